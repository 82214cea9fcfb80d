import { CREATE_OPTIONS_HANDLERS } from './create-options/index.js';
import { SETTING_HANDLERS } from './module-settings.js';

/** One row of the README mapping table. */
export interface MappingRow {
  readonly field: string;
  readonly kubernetes: string;
  readonly fidelity: string;
  readonly note: string;
}

/** Rows that are not createOptions or module settings: env, identity, system modules, twins, routes. */
const SYSTEM_ROWS: readonly MappingRow[] = [
  { field: 'modules.<name>', kubernetes: 'Deployment, Service, ServiceAccount, container name', fidelity: 'exact', note: 'dnsLabel of the name ($edgeHub → edgehub); two modules with one name → error' },
  { field: 'env.<NAME>.value', kubernetes: 'containers[].env', fidelity: 'exact', note: 'numbers and booleans as JSON text; wins over createOptions.Env' },
  { field: 'env / Env credential (PASSWORD, SECRET, KEY, TOKEN, SharedAccessKey=, AccountKey=, registry password)', kubernetes: 'env valueFrom.secretKeyRef → ExternalSecret <module>-env', fidelity: 'approximate', note: 'value never written; read from the secret store' },
  { field: 'runtime variables', kubernetes: 'env IOTEDGE_DEVICEID, IOTEDGE_MODULEID, IOTEDGE_IOTHUBHOSTNAME, IOTEDGE_GATEWAYHOSTNAME=edgehub', fidelity: 'exact', note: 'GATEWAYHOSTNAME for user modules only' },
  { field: 'runtime identity (IOTEDGE_WORKLOADURI, IOTEDGE_AUTHSCHEME)', kubernetes: 'env EdgeHubConnectionString / IotHubConnectionString from ExternalSecret iotedge-identity; CA certificates from ExternalSecrets', fidelity: 'approximate', note: 'no workload API; as the IoT Edge simulator (iotedgehubdev)' },
  { field: 'registryCredentials.<name>', kubernetes: 'ExternalSecret → kubernetes.io/dockerconfigjson Secret, imagePullSecrets', fidelity: 'approximate', note: 'Secret named lower(username)-host; password fetched from the secret store' },
  { field: 'systemModules.edgeAgent', kubernetes: '', fidelity: 'dropped', note: 'by design: Flux / Argo CD do its job; never a strict failure' },
  { field: 'systemModules.edgeHub', kubernetes: 'Deployment + Service edgehub', fidelity: 'exact', note: 'Service ports from its PortBindings (5671, 8883, 443)' },
  { field: '$edgeHub routes', kubernetes: 'ConfigMap edgehub-config', fidelity: 'exact', note: 'a route that does not parse → error; a route naming a module the device does not run → approximate' },
  { field: '$edgeHub storeAndForwardConfiguration, mqttBroker', kubernetes: 'ConfigMap edgehub-config', fidelity: 'exact', note: '' },
  { field: '<module> properties.desired', kubernetes: 'ConfigMap <module>-twin at /etc/iotedge-gitops/twin/twin.json', fidelity: 'exact', note: 'twin of a module the device does not run → approximate, no object' },
];

/**
 * The mapping table, generated from the handlers that apply it (module settings, then createOptions
 * fields in application order, then system rows), so README cannot drift from the code.
 */
export function mappingTable(): MappingRow[] {
  const row = (h: MappingRow): MappingRow => ({ field: h.field, kubernetes: h.kubernetes, fidelity: h.fidelity, note: h.note });
  return [
    ...SETTING_HANDLERS.map(row),
    ...CREATE_OPTIONS_HANDLERS.map((h) => row({ ...h, field: `createOptions.${h.field}` })),
    ...SYSTEM_ROWS.map(row),
  ];
}

function _cell(text: string): string {
  return (text === '' ? '—' : text).replace(/\|/g, '\\|');
}

/** The mapping table as a Markdown table (README section). */
export function renderMappingTableMarkdown(): string {
  const lines = ['| Field | Kubernetes | Fidelity | Note |', '|---|---|---|---|'];
  for (const r of mappingTable()) lines.push(`| \`${r.field}\` | ${_cell(r.kubernetes)} | ${r.fidelity} | ${_cell(r.note)} |`);
  return lines.join('\n') + '\n';
}
