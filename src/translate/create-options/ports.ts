import type { JsonValue } from '../../model/json.js';
import { isJsonObject } from '../../model/json.js';
import type { ContainerPortIntent } from '../device-intent.js';
import type { WorkloadDraft } from '../workload-draft.js';
import { asObject, droppedField, type FieldContext, type FieldHandler } from './field-handler.js';

type Protocol = ContainerPortIntent['protocol'];

/** `"80"`, `"80/tcp"`, `"8089/UDP"` → port and protocol; undefined when malformed. */
export function parsePortKey(key: string): { port: number; protocol: Protocol } | undefined {
  const m = /^([0-9]{1,5})(?:\/(tcp|udp|sctp))?$/i.exec(key.trim());
  if (m === null) return undefined;
  const port = Number(m[1]);
  if (port < 1 || port > 65535) return undefined;
  return { port, protocol: (m[2] ?? 'tcp').toUpperCase() as Protocol };
}

function _addContainerPort(draft: WorkloadDraft, port: number, protocol: Protocol): void {
  draft.containerPorts.set(`${port}/${protocol}`, { containerPort: port, protocol });
}

function _parseHostPort(value: JsonValue | undefined): number | 'any' | undefined {
  if (value === undefined || value === null || value === '') return 'any';
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim() : '';
  if (!/^[0-9]{1,5}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= 1 && n <= 65535 ? n : undefined;
}

function _bad(ctx: FieldContext, key: string): void {
  ctx.fail(`port key must be <port>[/tcp|udp|sctp]`, key);
}

/** ExposedPorts and HostConfig.PortBindings → container ports and the module's Service. */
export const PORT_HANDLERS: readonly FieldHandler[] = [
  {
    field: 'ExposedPorts',
    kubernetes: 'containers[].ports + Service ports',
    fidelity: 'exact',
    note: 'Service port `exposedport-<port>-<proto>`, port = targetPort',
    apply(value, ctx) {
      const ports = asObject(value, ctx);
      if (ports === undefined) return;
      for (const key of Object.keys(ports)) {
        const p = parsePortKey(key);
        if (p === undefined) return _bad(ctx, key);
        _addContainerPort(ctx.draft, p.port, p.protocol);
        const id = `${p.port}/${p.protocol}`;
        // A PortBinding for the same (port, protocol) is more specific and replaces this one.
        if (!ctx.draft.servicePorts.has(id)) {
          ctx.draft.servicePorts.set(id, {
            name: `exposedport-${p.port}-${p.protocol.toLowerCase()}`,
            port: p.port,
            targetPort: p.port,
            protocol: p.protocol,
          });
        }
      }
      ctx.record('exact', 'containers[].ports, Service.spec.ports', 'Exposed ports are reachable from the other modules through the module Service, as on the IoT Edge network.');
    },
  },
  {
    field: 'HostConfig.PortBindings',
    kubernetes: 'containers[].ports + Service port=HostPort, targetPort=container port',
    fidelity: 'approximate',
    note: 'type ClusterIP unless k8s-experimental.serviceOptions.type; keyed by (port, protocol); name `hostport-<hostPort>-<proto>`; HostIp dropped',
    apply(value, ctx) {
      const bindings = asObject(value, ctx);
      if (bindings === undefined) return;
      const notes = new Set<string>();
      for (const key of Object.keys(bindings)) {
        const p = parsePortKey(key);
        if (p === undefined) return _bad(ctx, key);
        _addContainerPort(ctx.draft, p.port, p.protocol);
        const list = bindings[key];
        if (list === null || list === undefined) continue;
        if (!Array.isArray(list)) return ctx.fail('expected a list of {HostIp, HostPort}', key);
        list.forEach((binding, i) => {
          if (!isJsonObject(binding)) return ctx.fail('expected {HostIp, HostPort}', key, i);
          const host = _parseHostPort(binding['HostPort']);
          if (host === undefined) return ctx.fail('HostPort must be a port number', key, i, 'HostPort');
          if (typeof binding['HostIp'] === 'string' && binding['HostIp'] !== '' && binding['HostIp'] !== '0.0.0.0') {
            notes.add('HostIp is dropped (a Service listens on its cluster IP)');
          }
          if (host === 'any') notes.add('an empty HostPort (Docker picks a random port) became the container port');
          const port = host === 'any' ? p.port : host;
          ctx.draft.servicePorts.set(`${port}/${p.protocol}`, {
            name: `hostport-${port}-${p.protocol.toLowerCase()}`,
            port,
            targetPort: p.port,
            protocol: p.protocol,
          });
        });
      }
      ctx.record(
        'approximate',
        'containers[].ports, Service.spec.ports',
        ['Published ports become Service ports (port = host port, targetPort = container port), reachable in the cluster, not on the node address unless the Service type says so', ...notes].join('; ') + '.',
      );
    },
  },
  droppedField('HostConfig.PublishAllPorts', 'Random host ports have no Kubernetes equivalent; ExposedPorts are already in the Service.'),
];
