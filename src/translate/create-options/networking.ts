import type { JsonObject } from '../../model/json.js';
import { asString, asStringList, droppedField, type FieldHandler } from './field-handler.js';

/** Network modes that mean "the module's default network", which is the pod network here. */
const DEFAULT_NETWORKS = new Set(['default', 'bridge', 'azure-iot-edge']);

/** NetworkMode, IpcMode, PidMode, ExtraHosts, Dns*, NetworkingConfig. */
export const NETWORK_HANDLERS: readonly FieldHandler[] = [
  {
    field: 'HostConfig.NetworkMode',
    kubernetes: 'host → hostNetwork + dnsPolicy ClusterFirstWithHostNet; other networks → pod network',
    fidelity: 'exact / approximate / dropped',
    note: 'host exact; bridge/azure-iot-edge/custom approximate (namespace = network); container:<x> / none dropped',
    apply(value, ctx) {
      const mode = asString(value, ctx);
      if (mode === undefined) return;
      const lower = mode.toLowerCase();
      if (lower === 'host') {
        ctx.draft.hostNetwork = true;
        ctx.draft.dnsPolicy = 'ClusterFirstWithHostNet';
        ctx.record('exact', 'Deployment.spec.template.spec.hostNetwork, dnsPolicy', 'Host networking; ClusterFirstWithHostNet keeps the edgehub Service name resolvable.');
      } else if (lower === 'none' || lower.startsWith('container:')) {
        ctx.record('dropped', '', 'A pod cannot run without a network or join another container\'s network.');
      } else {
        ctx.record('approximate', 'Deployment.spec.template.spec (pod network)', DEFAULT_NETWORKS.has(lower) ? 'The IoT Edge network becomes the namespace: modules reach each other by Service name.' : 'Custom Docker networks become the pod network of the namespace; there is no isolation between them.');
      }
    },
  },
  {
    field: 'HostConfig.IpcMode',
    kubernetes: 'host → pod.spec.hostIPC',
    fidelity: 'exact / dropped',
    note: 'shareable/private are the pod default',
    apply(value, ctx) {
      const mode = asString(value, ctx);
      if (mode === undefined) return;
      if (mode === 'host') {
        ctx.draft.hostIPC = true;
        ctx.record('exact', 'Deployment.spec.template.spec.hostIPC', 'Same meaning.');
      } else if (mode === 'private' || mode === 'shareable') {
        ctx.record('exact', '', 'A pod has its own IPC namespace, as this mode asks.');
      } else {
        ctx.record('dropped', '', 'Pods cannot join another container\'s IPC namespace.');
      }
    },
  },
  {
    field: 'HostConfig.PidMode',
    kubernetes: 'host → pod.spec.hostPID',
    fidelity: 'exact / dropped',
    note: '',
    apply(value, ctx) {
      const mode = asString(value, ctx);
      if (mode === undefined) return;
      if (mode === 'host') {
        ctx.draft.hostPID = true;
        ctx.record('exact', 'Deployment.spec.template.spec.hostPID', 'Same meaning.');
      } else {
        ctx.record('dropped', '', 'Pods cannot join another container\'s PID namespace.');
      }
    },
  },
  {
    field: 'HostConfig.ExtraHosts',
    kubernetes: 'pod.spec.hostAliases (grouped by IP)',
    fidelity: 'exact',
    note: '`host:ip` entries; host-gateway dropped',
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === undefined) return;
      let dropped = 0;
      list.forEach((entry, i) => {
        const at = entry.indexOf(':');
        if (at <= 0) return ctx.fail('an extra host must be host:ip', i);
        const host = entry.slice(0, at);
        const ip = entry.slice(at + 1);
        if (ip === 'host-gateway') {
          dropped++;
          return;
        }
        const names = ctx.draft.hostAliases.get(ip) ?? [];
        if (!names.includes(host)) names.push(host);
        ctx.draft.hostAliases.set(ip, names);
      });
      if (dropped > 0) ctx.record('dropped', '', 'host-gateway is resolved by Docker on the host; Kubernetes has no equivalent (other entries were kept).');
      else ctx.record('exact', 'Deployment.spec.template.spec.hostAliases', 'Entries are written to the pod /etc/hosts, as Docker does.');
    },
  },
  {
    field: 'HostConfig.Dns',
    kubernetes: 'pod.spec.dnsConfig.nameservers',
    fidelity: 'approximate',
    note: 'added to the cluster DNS (policy stays ClusterFirst) so that edgehub still resolves',
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === undefined) return;
      ctx.draft.dnsConfig.nameservers = list;
      ctx.record('approximate', 'Deployment.spec.template.spec.dnsConfig.nameservers', 'Docker replaces the resolvers; here they are added after the cluster DNS so that the edgehub Service name keeps resolving.');
    },
  },
  {
    field: 'HostConfig.DnsSearch',
    kubernetes: 'pod.spec.dnsConfig.searches',
    fidelity: 'approximate',
    note: 'appended to the cluster search domains',
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === undefined) return;
      ctx.draft.dnsConfig.searches = list;
      ctx.record('approximate', 'Deployment.spec.template.spec.dnsConfig.searches', 'Appended to the cluster search domains instead of replacing them.');
    },
  },
  {
    field: 'HostConfig.DnsOptions',
    kubernetes: 'pod.spec.dnsConfig.options',
    fidelity: 'exact',
    note: '`name[:value]` entries',
    apply(value, ctx) {
      const list = asStringList(value, ctx);
      if (list === undefined) return;
      ctx.draft.dnsConfig.options = list.map((o): JsonObject => {
        const at = o.indexOf(':');
        return at < 0 ? { name: o } : { name: o.slice(0, at), value: o.slice(at + 1) };
      });
      ctx.record('exact', 'Deployment.spec.template.spec.dnsConfig.options', 'Written to resolv.conf options, as Docker does.');
    },
  },
  droppedField('NetworkingConfig', 'Network aliases: the module is reachable by its Service name only.'),
  droppedField('HostConfig.UTSMode', 'Pods cannot share the host UTS namespace.'),
  droppedField('HostConfig.UsernsMode', 'User namespaces are a node setting.'),
];
