import type { ModuleSpec } from '../model/device-manifest.js';
import type { LedgerRecorder } from './ledger-recorder.js';

/** What the IoT Edge module settings decide about a workload. */
export interface SettingsDraft {
  replicas: number;
  image: string;
  imagePullPolicy?: 'Always' | 'Never';
  version?: string;
  /** restartPolicy on-unhealthy needs the Healthcheck probe; set by the caller after createOptions ran. */
  hasHealthcheck: boolean;
  /** What `$upstream` stands for on this device. @default undefined */
  upstream?: { readonly host: string; readonly from: 'flag' | 'parent' };
}

/** The nested-edge image prefix the IoT Edge agent replaces with its parent's host name. */
const UPSTREAM = '$upstream';

/** One IoT Edge module setting: its table row and the code that applies it. */
export interface SettingHandler {
  readonly field: string;
  readonly kubernetes: string;
  readonly fidelity: string;
  readonly note: string;
  /** Applies the setting when present; records one ledger entry (or an error). */
  apply(module: ModuleSpec, draft: SettingsDraft, rec: LedgerRecorder): void;
}

/** A Docker image reference (distribution/reference grammar): rejects unresolved template placeholders. */
const IMAGE_REF =
  /^(?:[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?(?:\.[a-zA-Z0-9](?:[a-zA-Z0-9-]*[a-zA-Z0-9])?)*(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*(?::[\w][\w.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$/;

/** True when the reference names a tag or digest (`repo:tag`, `repo@sha256:…`); a registry port is not a tag. */
export function hasTagOrDigest(image: string): boolean {
  const last = image.split('/').pop() ?? '';
  return last.includes(':') || last.includes('@');
}

/** True when `image` is a valid image reference. */
export function isImageReference(image: string): boolean {
  return IMAGE_REF.test(image);
}

/** The module settings IoT Edge reads, in ledger order. */
export const SETTING_HANDLERS: readonly SettingHandler[] = [
  {
    field: 'type',
    kubernetes: '',
    fidelity: 'exact',
    note: 'only docker exists; anything else is an error',
    apply(module, _draft, rec) {
      if (module.type !== 'docker') rec.fail(`module type '${module.type}' is not supported (only docker)`, ['type']);
      else rec.record('type', 'exact', '', 'Docker modules run as OCI containers.', ['type']);
    },
  },
  {
    field: 'settings.image',
    kubernetes: 'containers[].image',
    fidelity: 'exact',
    note: 'an invalid reference (unresolved template placeholder) is an error; no tag → approximate; `$upstream:<port>/…` (nested edge) → --upstream-host, else the parent device id from parentScopes (approximate)',
    apply(module, draft, rec) {
      let image = module.image.trim();
      const nested = image.startsWith(`${UPSTREAM}:`) || image.startsWith(`${UPSTREAM}/`);
      if (nested) {
        // The agent replaces $upstream with the parent's host name (IOTEDGE_PARENTHOSTNAME); Kubernetes nodes
        // pull from whatever host --upstream-host names, else from the parent device id as a host name.
        if (draft.upstream === undefined) {
          rec.fail('settings.image pulls from $upstream (nested edge), but the device has no parent in IoT Hub (parentScopes) and no --upstream-host was given', ['settings', 'image']);
          return;
        }
        image = draft.upstream.host + image.slice(UPSTREAM.length);
      }
      if (image === '' || !isImageReference(image)) {
        rec.fail('settings.image is not a valid image reference (an unresolved template placeholder?)', ['settings', 'image']);
        return;
      }
      draft.image = image;
      if (nested) {
        const from = draft.upstream!.from === 'flag' ? 'the host given by --upstream-host' : "the parent device id of the twin's parentScopes, as a host name the nodes must resolve (or set --upstream-host)";
        rec.record('settings.image', 'approximate', 'containers[].image', `$upstream (the parent device, which the IoT Edge agent puts in its place) became ${from}.`, ['settings', 'image']);
      } else if (hasTagOrDigest(image)) rec.record('settings.image', 'exact', 'containers[].image', 'Same image reference.', ['settings', 'image']);
      else rec.record('settings.image', 'approximate', 'containers[].image', 'No tag: IoT Edge pulls :latest once on create; Kubernetes also uses :latest but defaults imagePullPolicy to Always.', ['settings', 'image']);
    },
  },
  {
    field: 'status',
    kubernetes: 'Deployment.spec.replicas 1 / 0',
    fidelity: 'exact',
    note: 'stopped → 0 replicas',
    apply(module, draft, rec) {
      draft.replicas = module.status === 'stopped' ? 0 : 1;
      rec.record('status', 'exact', 'Deployment.spec.replicas', module.status === 'stopped' ? 'Stopped: 0 replicas.' : 'Running: 1 replica.', ['status']);
    },
  },
  {
    field: 'restartPolicy',
    kubernetes: 'pod restartPolicy Always (implicit)',
    fidelity: 'exact / approximate / dropped',
    note: 'always exact; on-failure, on-unhealthy approximate; never dropped — Deployments always restart',
    apply(module, draft, rec) {
      const path = ['restartPolicy'];
      switch (module.restartPolicy) {
        case 'always':
          return rec.record('restartPolicy', 'exact', 'Deployment.spec.template.spec.restartPolicy (Always)', 'Deployments always restart their containers.', path);
        case 'on-failure':
          return rec.record('restartPolicy', 'approximate', 'Deployment.spec.template.spec.restartPolicy (Always)', 'Deployments always restart, also after a clean exit (code 0).', path);
        case 'on-unhealthy':
          return rec.record(
            'restartPolicy',
            'approximate',
            'Deployment.spec.template.spec.restartPolicy (Always)',
            draft.hasHealthcheck ? 'Deployments always restart; the livenessProbe from Healthcheck restarts unhealthy containers.' : 'Deployments always restart, also after a clean exit; without a Healthcheck nothing detects an unhealthy container.',
            path,
          );
        case 'never':
          return rec.record('restartPolicy', 'dropped', '', 'Deployments always restart: never cannot be expressed.', path);
      }
    },
  },
  {
    field: 'imagePullPolicy',
    kubernetes: 'containers[].imagePullPolicy',
    fidelity: 'approximate / exact',
    note: 'on-create → Always (approximate); never → Never (exact); unset → unset',
    apply(module, draft, rec) {
      if (module.imagePullPolicy === undefined) return;
      if (module.imagePullPolicy === 'never') {
        draft.imagePullPolicy = 'Never';
        rec.record('imagePullPolicy', 'exact', 'containers[].imagePullPolicy', 'Never pull: the image must already be on the node.', ['imagePullPolicy']);
      } else {
        draft.imagePullPolicy = 'Always';
        rec.record('imagePullPolicy', 'approximate', 'containers[].imagePullPolicy', 'IoT Edge pulls when it (re)creates the module; Kubernetes with Always also checks the registry on every container start.', ['imagePullPolicy']);
      }
    },
  },
  {
    field: 'startupOrder',
    kubernetes: '',
    fidelity: 'dropped',
    note: 'Kubernetes starts pods in no order',
    apply(module, _draft, rec) {
      if (module.startupOrder === undefined) return;
      rec.record('startupOrder', 'dropped', '', 'Kubernetes starts pods in no particular order; modules must retry until their peers are up.', ['startupOrder']);
    },
  },
  {
    field: 'version',
    kubernetes: 'annotation net.azure-devices.edge.version (Deployment and pod template)',
    fidelity: 'exact',
    note: 'a new version rolls the pod, as IoT Edge recreates the module',
    apply(module, draft, rec) {
      if (module.version === undefined) return;
      draft.version = module.version;
      rec.record('version', 'exact', 'metadata.annotations["net.azure-devices.edge.version"]', 'Recorded as an annotation; a change rolls the pod as IoT Edge recreates the module.', ['version']);
    },
  },
  {
    field: 'settings.createOptions (form)',
    kubernetes: '',
    fidelity: 'exact / approximate',
    note: 'string and createOptions01… chunks exact; a JSON object (template form) accepted, approximate',
    apply(module, _draft, rec) {
      if (module.createOptionsForm === 'object') {
        rec.record('settings.createOptions', 'approximate', '', 'createOptions written as a JSON object (template form) instead of a string; IoT Hub deployments need a string, read as if stringified.', ['settings', 'createOptions']);
      } else if (module.createOptionsForm === 'chunked') {
        rec.record('settings.createOptions', 'exact', '', 'createOptions chunks joined in order, as IoT Edge does.', ['settings', 'createOptions']);
      }
    },
  },
  {
    field: 'settings.createOptions (reading)',
    kubernetes: '',
    fidelity: 'exact',
    note: "read as the IoT Edge agent reads it: member names in any case, `\"true\"`/`\"1024\"` converted where its model is typed (HostConfig, Env, Labels), unquoted names / single quotes / comments; one ledger entry lists what was read so",
    apply(module, _draft, rec) {
      const readings = module.createOptionsReadings ?? [];
      if (readings.length === 0) return;
      const paths = (kind: string): string[] => [...new Set(readings.filter((r) => r.kind === kind).map((r) => r.path.join('.')))].sort();
      const parts = [
        ...(readings.some((r) => r.kind === 'syntax') ? ["not strict JSON (unquoted member names, single quotes or comments), read as Newtonsoft reads it"] : []),
        ...(paths('name').length > 0 ? [`member names matched case-insensitively: ${paths('name').join(', ')}`] : []),
        ...(paths('value').length > 0 ? [`values converted to the member's type: ${paths('value').join(', ')}`] : []),
      ];
      rec.record('settings.createOptions (reading)', 'exact', '', `Read as the IoT Edge agent reads createOptions: ${parts.join('; ')}.`, ['settings', 'createOptions']);
    },
  },
];
