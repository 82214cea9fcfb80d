import { asStringList, type FieldHandler } from './field-handler.js';

/** createOptions.Env. Merging with module env and runtime variables happens in `module-env.ts`. */
export const ENV_HANDLERS: readonly FieldHandler[] = [
  {
    field: 'Env',
    kubernetes: 'containers[].env',
    fidelity: 'exact',
    note: '`K=V` split on the first `=`; module env wins on duplicates (Docker-mode rule); credentials become secretKeyRef',
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === undefined) return;
      let skipped = 0;
      list.forEach((entry, index) => {
        const eq = entry.indexOf('=');
        if (eq === 0) {
          // The agent passes Env to Docker as is (CreateCommand.InjectEnvVars); the daemon refuses to create a
          // container with an entry whose name is empty (moby daemon/container.go validateContainerConfig →
          // opts.ValidateEnv: "invalid environment variable"), so IoT Edge would never run this module.
          ctx.fail("the variable name is empty ('=' comes first); Docker refuses to create such a container", index);
          return;
        }
        if (eq < 0) {
          skipped++;
          return;
        }
        ctx.draft.createEnv.push({ name: entry.slice(0, eq), value: entry.slice(eq + 1), index });
      });
      if (skipped > 0) {
        ctx.record('dropped', '', `${skipped} entry(ies) without NAME=value (Docker would copy them from the client's environment, which does not exist here).`);
      } else {
        ctx.record('exact', 'containers[].env', 'NAME=value entries become env entries; module env wins on duplicate names, as IoT Edge does.');
      }
    },
  },
];
