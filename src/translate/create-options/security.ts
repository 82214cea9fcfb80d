import { asBoolean, asObject, asString, asStringList, droppedField, type FieldContext, type FieldHandler } from './field-handler.js';

/** Docker capability names as Kubernetes writes them: `cap_net_admin` → `NET_ADMIN`, `ALL` stays. */
export function capabilityName(name: string): string {
  return name.trim().toUpperCase().replace(/^CAP_/, '');
}

function _caps(value: Parameters<FieldHandler['apply']>[0], ctx: FieldContext, which: 'add' | 'drop'): void {
  const list = asStringList(value, ctx);
  if (list === undefined) return;
  const caps = ctx.draft.security.capabilities ?? {};
  caps[which] = [...new Set([...(caps[which] ?? []), ...list.map(capabilityName)])].sort();
  ctx.draft.security.capabilities = caps;
  ctx.record('exact', `containers[].securityContext.capabilities.${which}`, 'Same Linux capabilities, CAP_ prefix removed.');
}

const NUMERIC = /^[0-9]+$/;

/** User, privileges, capabilities and other security settings. */
export const SECURITY_HANDLERS: readonly FieldHandler[] = [
  {
    field: 'User',
    kubernetes: 'containers[].securityContext.runAsUser / runAsGroup',
    fidelity: 'exact / dropped',
    note: 'numeric uid[:gid] (and root) only; user names cannot be resolved outside the image',
    apply(value, ctx) {
      const user = asString(value, ctx);
      if (user === undefined) return;
      const [u = '', g] = user.split(':');
      const uid = u === 'root' ? '0' : u;
      const gid = g === 'root' ? '0' : g;
      if (!NUMERIC.test(uid) || (gid !== undefined && !NUMERIC.test(gid))) {
        ctx.record('dropped', '', 'User or group names cannot be resolved to ids outside the image; write numeric uid[:gid].');
        return;
      }
      ctx.draft.security.runAsUser = Number(uid);
      if (gid !== undefined) ctx.draft.security.runAsGroup = Number(gid);
      ctx.record('exact', gid !== undefined ? 'containers[].securityContext.runAsUser, runAsGroup' : 'containers[].securityContext.runAsUser', 'Same user and group ids.');
    },
  },
  {
    field: 'HostConfig.Privileged',
    kubernetes: 'containers[].securityContext.privileged',
    fidelity: 'exact',
    note: '',
    apply(value, ctx) {
      const b = asBoolean(value, ctx);
      if (b === undefined) return;
      ctx.draft.security.privileged = b;
      ctx.record('exact', 'containers[].securityContext.privileged', 'Same meaning.');
    },
  },
  {
    field: 'HostConfig.CapAdd',
    kubernetes: 'containers[].securityContext.capabilities.add',
    fidelity: 'exact',
    note: 'CAP_ prefix stripped, upper-cased',
    apply: (value, ctx) => _caps(value, ctx, 'add'),
  },
  {
    field: 'HostConfig.CapDrop',
    kubernetes: 'containers[].securityContext.capabilities.drop',
    fidelity: 'exact',
    note: 'CAP_ prefix stripped, upper-cased',
    apply: (value, ctx) => _caps(value, ctx, 'drop'),
  },
  {
    field: 'HostConfig.ReadonlyRootfs',
    kubernetes: 'containers[].securityContext.readOnlyRootFilesystem',
    fidelity: 'exact',
    note: 'set only when true (the renderer keeps library defaults out)',
    apply(value, ctx) {
      const b = asBoolean(value, ctx);
      if (b === undefined) return;
      ctx.draft.security.readOnlyRootFilesystem = b;
      ctx.record('exact', 'containers[].securityContext.readOnlyRootFilesystem', 'Same meaning.');
    },
  },
  {
    field: 'HostConfig.SecurityOpt',
    kubernetes: 'securityContext allowPrivilegeEscalation / seccompProfile / appArmorProfile / seLinuxOptions',
    fidelity: 'approximate',
    note: 'no-new-privileges, seccomp=unconfined, apparmor=…, label=… mapped; others dropped',
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === undefined) return;
      const s = ctx.draft.security;
      let unmapped = 0;
      for (const raw of list) {
        const [key = '', val = 'true'] = raw.split(/[=:](.*)/s).filter((x) => x !== undefined) as string[];
        if (key === 'no-new-privileges') {
          s.allowPrivilegeEscalation = val !== 'true' ? true : false;
        } else if (key === 'seccomp' && val === 'unconfined') {
          s.seccompProfile = { type: 'Unconfined' };
        } else if (key === 'apparmor') {
          s.appArmorProfile = val === 'unconfined' ? { type: 'Unconfined' } : { type: 'Localhost', localhostProfile: val };
        } else if (key === 'label' && /^(user|role|type|level):/.test(val)) {
          const [k = '', v = ''] = val.split(/:(.*)/s);
          s.seLinuxOptions = { ...(s.seLinuxOptions ?? {}), [k]: v };
        } else {
          unmapped++;
        }
      }
      if (unmapped === list.length) {
        ctx.record('dropped', '', 'None of these security options has a Kubernetes field (seccomp profile files must be installed on the node as Localhost profiles).');
      } else {
        ctx.record('approximate', 'containers[].securityContext', unmapped === 0 ? 'Security options map to securityContext fields; profiles must exist on the node.' : `Mapped where a securityContext field exists; ${unmapped} option(s) dropped.`);
      }
    },
  },
  {
    field: 'HostConfig.GroupAdd',
    kubernetes: 'pod securityContext.supplementalGroups',
    fidelity: 'exact / dropped',
    note: 'numeric group ids only',
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === undefined) return;
      const ids = list.filter((g) => NUMERIC.test(g)).map(Number);
      if (ids.length > 0) ctx.draft.podSecurity['supplementalGroups'] = [...new Set(ids)].sort((a, b) => a - b);
      if (ids.length === list.length) ctx.record('exact', 'Deployment.spec.template.spec.securityContext.supplementalGroups', 'Same supplementary group ids.');
      else ctx.record('dropped', '', 'Group names cannot be resolved to ids outside the image; numeric ids were kept.');
    },
  },
  {
    field: 'HostConfig.Sysctls',
    kubernetes: 'pod securityContext.sysctls',
    fidelity: 'approximate',
    note: 'pod-wide; unsafe sysctls need the kubelet allow-list',
    apply(value, ctx) {
      const map = asObject(value, ctx);
      if (map === undefined) return;
      ctx.draft.podSecurity['sysctls'] = Object.keys(map)
        .sort()
        .map((name) => ({ name, value: String(map[name]) }));
      ctx.record('approximate', 'Deployment.spec.template.spec.securityContext.sysctls', 'Sysctls apply to the whole pod; sysctls Kubernetes considers unsafe are refused unless the kubelet allows them.');
    },
  },
  {
    field: 'HostConfig.Runtime',
    kubernetes: 'pod.spec.runtimeClassName',
    fidelity: 'approximate',
    note: 'a RuntimeClass of that name must exist',
    apply(value, ctx) {
      const name = asString(value, ctx);
      if (name === undefined) return;
      if (name === 'runc') {
        ctx.record('exact', '', 'runc is the default runtime.');
        return;
      }
      ctx.draft.runtimeClassName = name;
      ctx.record('approximate', 'Deployment.spec.template.spec.runtimeClassName', 'The cluster needs a RuntimeClass of that name (e.g. nvidia).');
    },
  },
  droppedField('HostConfig.Init', 'Kubernetes has no init-process option; use an image with tini or shareProcessNamespace.'),
  droppedField('HostConfig.RestartPolicy', 'IoT Edge uses the module restartPolicy and ignores this; a Deployment always restarts.', [{ Name: '' }, { Name: 'no' }]),
  droppedField('HostConfig.LogConfig', 'Logging is configured on the node (container runtime / log agent), not per pod.'),
  droppedField('HostConfig.AutoRemove', 'Pods are removed by their Deployment.'),
  droppedField('HostConfig.Links', 'Legacy links: modules reach each other by Service name.'),
  droppedField('HostConfig.CgroupParent', 'The kubelet owns the cgroup hierarchy.'),
  droppedField('HostConfig.Cgroup', 'The kubelet owns the cgroup hierarchy.'),
  droppedField('HostConfig.CgroupnsMode', 'The container runtime decides the cgroup namespace.'),
  droppedField('HostConfig.DeviceCgroupRules', 'Device access needs privileged or a device plugin.'),
  droppedField('HostConfig.Isolation', 'Windows only.'),
  droppedField('HostConfig.StorageOpt', 'No per-container storage driver options in Kubernetes.'),
  droppedField('HostConfig.MaskedPaths', 'Kubernetes only offers procMount Default/Unmasked.'),
  droppedField('HostConfig.ReadonlyPaths', 'Kubernetes only offers procMount Default/Unmasked.'),
  droppedField('HostConfig.ConsoleSize', 'No terminal is attached.'),
  droppedField('HostConfig.ContainerIDFile', 'Client-side file; nothing to write.'),
];
