import { credentialArgs, isCredentialName, looksLikeCredential, REDACTED_MARKER } from '../../model/credential-patterns.js';
import { dnsLabel } from '../../names.js';
import { asBoolean, asInteger, asObject, asString, asStringList, droppedField, type FieldHandler } from './field-handler.js';

const NS_PER_S = 1e9;
/** Docker's Healthcheck defaults (Docker Engine API: 0 means "inherit", i.e. 30s / 30s / 3 retries). */
const DOCKER_HEALTH_INTERVAL_S = 30;
const DOCKER_HEALTH_TIMEOUT_S = 30;
const DOCKER_HEALTH_RETRIES = 3;

/** An annotation key: optional DNS-subdomain prefix + `/`, then a ≤63-char name. */
const ANNOTATION_KEY = /^(([a-z0-9]([-a-z0-9]*[a-z0-9])?)(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\/)?[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/;

/** Hostname and Domainname: a name made a DNS label for one pod field, dropped when nothing of it is left. */
function _podDnsLabelField(field: string, podField: 'hostname' | 'subdomain', what: string, note: string, reason: string): FieldHandler {
  return {
    field,
    kubernetes: `pod.spec.${podField}`,
    fidelity: 'approximate',
    note,
    apply(value, ctx) {
      const name = asString(value, ctx);
      if (name === undefined) return;
      const label = dnsLabel(name);
      if (label === '') {
        ctx.record('dropped', '', `${what} has no letter or digit; it cannot be a DNS label.`);
        return;
      }
      ctx.draft[podField] = label;
      ctx.record('approximate', `Deployment.spec.template.spec.${podField}`, reason);
    },
  };
}

/** Env variable a credential argument of `field` at `index` is read from. */
export function argSecretName(field: 'Cmd' | 'Entrypoint', index: number): string {
  return `IOTEDGE_GITOPS_${field.toUpperCase()}_${index}`;
}

/**
 * Cmd or Entrypoint: the argument list with every credential (`credentialArgs`: `--password X`,
 * `--token=X`, a connection string) replaced by `$(VAR)`, which Kubernetes expands in command and args
 * from the container's env; VAR is added as a secretKeyRef (module-env.ts), so the container still gets
 * the value while Git never holds it.
 */
function _argsField(field: 'Cmd' | 'Entrypoint', target: 'command' | 'args', note: string, reason: string): FieldHandler {
  return {
    field,
    kubernetes: `containers[].${target}`,
    fidelity: 'exact / approximate',
    note: `${note}; an argument holding a credential becomes \`$(IOTEDGE_GITOPS_${field.toUpperCase()}_<i>)\`, an env variable from the secret store (approximate)`,
    apply(value, ctx) {
      const list = asStringList(value, ctx, true);
      if (list === undefined) return;
      const args = [...list];
      const secrets = credentialArgs(list);
      for (const { index, prefix } of secrets) {
        const name = argSecretName(field, index);
        args[index] = `${prefix}$(${name})`;
        ctx.draft.argSecrets.push({ name, key: `${field}[${index}]`, path: ['settings', 'createOptions', field, index], field, index, prefix });
      }
      ctx.draft[target] = args;
      if (secrets.length === 0) ctx.record('exact', `containers[].${target}`, reason);
      else ctx.record('approximate', `containers[].${target}`, `${reason} ${secrets.length} argument(s) holding a credential read $(VAR) instead, which Kubernetes expands from env variables the secret store fills.`);
    },
  };
}

function _seconds(ns: number): number {
  return Math.ceil(ns / NS_PER_S);
}

/** Process and container-level createOptions fields. */
export const CONTAINER_HANDLERS: readonly FieldHandler[] = [
  {
    field: 'Image',
    kubernetes: '',
    fidelity: 'exact',
    note: 'IoT Edge ignores it: settings.image is the image',
    apply(_value, ctx) {
      ctx.record('exact', '', 'IoT Edge itself ignores createOptions.Image; settings.image is used.');
    },
  },
  _argsField('Entrypoint', 'command', 'a single string is a one-element list', 'Entrypoint replaces the image entrypoint, as command does.'),
  _argsField('Cmd', 'args', 'a single string is a one-element list (as Docker accepts)', 'Cmd replaces the image command, as args does.'),
  {
    field: 'WorkingDir',
    kubernetes: 'containers[].workingDir',
    fidelity: 'exact',
    note: '',
    apply(value, ctx) {
      const dir = asString(value, ctx);
      if (dir === undefined) return;
      ctx.draft.workingDir = dir;
      ctx.record('exact', 'containers[].workingDir', 'Same meaning.');
    },
  },
  _podDnsLabelField('Hostname', 'hostname', 'Host name', 'made a DNS label; other pods reach the module by its Service name, not this host name', 'Sets the pod host name; other pods reach the module by its Service name, not this host name.'),
  _podDnsLabelField('Domainname', 'subdomain', 'Domain name', 'resolves only with a headless Service of that name', 'The pod domain resolves only when a headless Service of that name exists.'),
  {
    field: 'Labels',
    kubernetes: 'pod-template + Service annotations',
    fidelity: 'approximate',
    note: 'container labels become annotations (as the original runtime did); keys that are not valid annotation keys are left out; a credential value is replaced by a marker (dropped)',
    apply(value, ctx) {
      const labels = asObject(value, ctx);
      if (labels === undefined) return;
      let skipped = 0;
      for (const key of Object.keys(labels).sort()) {
        const v = labels[key];
        if (!ANNOTATION_KEY.test(key) || typeof v !== 'string') {
          skipped++;
          continue;
        }
        if (isCredentialName(key) || looksLikeCredential(v)) {
          // An annotation cannot reference a Secret: the value is not written, and the module does not get it.
          ctx.draft.labelAnnotations[key] = REDACTED_MARKER;
          ctx.recordPart(`Labels.${key}`, [key], 'dropped', '', 'A credential in a container label: an annotation cannot read the secret store, so its value is not written (the marker stands in its place).');
          continue;
        }
        ctx.draft.labelAnnotations[key] = v;
      }
      ctx.record(
        'approximate',
        'Deployment.spec.template.metadata.annotations, Service.metadata.annotations',
        skipped === 0
          ? 'Docker container labels become pod and Service annotations (readable by controllers, not selectable).'
          : `Docker container labels become pod and Service annotations; ${skipped} label(s) with an invalid key or a non-string value were left out.`,
      );
    },
  },
  {
    field: 'Healthcheck',
    kubernetes: 'containers[].livenessProbe',
    fidelity: 'approximate',
    note: 'CMD → exec argv, CMD-SHELL → sh -c; ns → s rounded up; Docker defaults 30s/30s/3 written out; Docker only marks unhealthy, Kubernetes restarts',
    apply(value, ctx) {
      const hc = asObject(value, ctx);
      if (hc === undefined) return;
      const test = hc['Test'];
      const list = test === undefined ? undefined : asStringList(test, ctx);
      // Docker reads a missing Test and an empty one alike: inherit the image's HEALTHCHECK.
      if (test === undefined || list?.length === 0) {
        ctx.record('dropped', '', `Healthcheck ${test === undefined ? 'without Test' : 'with an empty Test'} inherits the image HEALTHCHECK, which Kubernetes does not read.`);
        return;
      }
      if (list === undefined) return;
      const [kind, ...rest] = list;
      if (kind === 'NONE') {
        ctx.record('exact', '', 'Test NONE disables the health check; Kubernetes has none by default.');
        return;
      }
      let command: string[];
      if (kind === 'CMD') command = rest;
      else if (kind === 'CMD-SHELL') command = ['/bin/sh', '-c', rest.join(' ')];
      else {
        ctx.fail('Healthcheck.Test must start with NONE, CMD or CMD-SHELL', 'Test', 0);
        return;
      }
      const num = (k: string): number | undefined => (typeof hc[k] === 'number' && (hc[k] as number) > 0 ? (hc[k] as number) : undefined);
      const interval = num('Interval');
      const timeout = num('Timeout');
      const retries = num('Retries');
      const start = num('StartPeriod');
      ctx.draft.livenessProbe = {
        exec: { command },
        periodSeconds: interval !== undefined ? _seconds(interval) : DOCKER_HEALTH_INTERVAL_S,
        timeoutSeconds: timeout !== undefined ? _seconds(timeout) : DOCKER_HEALTH_TIMEOUT_S,
        failureThreshold: retries ?? DOCKER_HEALTH_RETRIES,
        ...(start !== undefined ? { initialDelaySeconds: _seconds(start) } : {}),
      };
      ctx.draft.hasHealthcheck = true;
      ctx.record('approximate', 'containers[].livenessProbe', 'Docker only marks the container unhealthy (IoT Edge restarts it under on-unhealthy); Kubernetes restarts it on failure.');
    },
  },
  {
    field: 'StopTimeout',
    kubernetes: 'pod.spec.terminationGracePeriodSeconds',
    fidelity: 'exact',
    note: '',
    zeroIsValue: true,
    apply(value, ctx) {
      const s = asInteger(value, ctx);
      if (s === undefined) return;
      if (s < 0) {
        ctx.record('dropped', '', 'A negative stop timeout (wait forever) has no Kubernetes equivalent.');
        return;
      }
      ctx.draft.terminationGracePeriodSeconds = s;
      ctx.record('exact', 'Deployment.spec.template.spec.terminationGracePeriodSeconds', 'Seconds between SIGTERM and SIGKILL, same meaning.');
    },
  },
  droppedField('StopSignal', 'Kubernetes always sends SIGTERM first; the image STOPSIGNAL is not used either.', ['SIGTERM', '15']),
  {
    field: 'Tty',
    kubernetes: 'containers[].tty',
    fidelity: 'exact',
    note: '',
    apply(value, ctx) {
      const b = asBoolean(value, ctx);
      if (b === undefined) return;
      ctx.draft.tty = b;
      ctx.record('exact', 'containers[].tty', 'Same meaning.');
    },
  },
  {
    field: 'OpenStdin',
    kubernetes: 'containers[].stdin',
    fidelity: 'exact',
    note: '',
    apply(value, ctx) {
      const b = asBoolean(value, ctx);
      if (b === undefined) return;
      ctx.draft.stdin = b;
      ctx.record('exact', 'containers[].stdin', 'Same meaning.');
    },
  },
  droppedField('AttachStdin', 'Attaching is a client action; nothing attaches to a Deployment pod.'),
  droppedField('AttachStdout', 'Attaching is a client action; Kubernetes always collects stdout.', [true]),
  droppedField('AttachStderr', 'Attaching is a client action; Kubernetes always collects stderr.', [true]),
  droppedField('StdinOnce', 'Only meaningful with an attached client.'),
  droppedField('MacAddress', 'The pod network assigns addresses.'),
  droppedField('Shell', 'Used only by Dockerfile SHELL; nothing to run here.'),
  droppedField('ArgsEscaped', 'Windows-only Docker detail.'),
  droppedField('NetworkDisabled', 'A pod always has a network interface.'),
  droppedField('OnBuild', 'Build-time only.'),
];
