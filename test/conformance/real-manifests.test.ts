/**
 * Issue 12: the conformance corpus of real deployment manifests (../shared/corpus/real-manifests, 118 files
 * from 80 public repositories; README.md there says where each comes from). Each manifest (the resolved copy
 * of a template) is synthesized for one edge device: a base alone, a layered one over the builders' base.
 * Each must either give objects that pass the Kubernetes 1.27 schemas, the name/label rules and the API
 * server's own rules (test/helpers/k8s-validation.ts), or be refused with a clear error (configuration,
 * module, JSON path) for a reason the IoT Edge agent, edgeHub or IoT Hub also refuses it: REFUSED below
 * names that reason and its evidence. Nothing may crash.
 *
 * Before this work (same harness, the code at the start of issue 12): 91 accepted and valid, 6 accepted but
 * invalid for an API server (one container path mounted twice), 19 refused, 2 not JSON.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import YAML from 'yaml';
import { synthesize } from '../../src/plan/synthesize.js';
import type { HubSnapshot } from '../../src/model/hub-snapshot.js';
import type { JsonObject } from '../../src/model/json.js';
import { baseModulesContent } from '../builders.js';
import { nameAndLabelProblems, validationErrors } from '../helpers/k8s-validation.js';

/** CI has shared/ beside the clone, read-only. */
const corpusDir = path.resolve(import.meta.dirname, '../../../shared/corpus/real-manifests');

interface Refusal {
  /** A fragment of the one-line error the tool must print. */
  readonly message: string;
  /** Why the real system refuses it too. */
  readonly evidence: string;
}

const REFUSED: Record<string, Refusal> = {
  'Avanade--2DOF-PI-WebRTC-Camera--obs-cam.device.manifest.json': {
    message: 'registryCredentials.registryName.address',
    evidence: 'the agent constructs RegistryCredentials with Preconditions.CheckNonWhiteSpace(address): an empty address throws (Azure/iotedge edge-agent Docker/RegistryCredentials.cs)',
  },
  'BM-TechX--Intelligent-Video-Analytics-with-NVIDIA-Jetson-and-Microsoft-Azure--deployment-iothub__deployment.template.resolved.json': {
    message: 'HostConfig.PortBindings: port key must be <port>[/tcp|udp|sctp]',
    evidence: 'PortBindings is IDictionary<string, IList<PortBinding>> in Docker.DotNet: Newtonsoft cannot turn the strings of a "Binds" key into PortBinding objects, and Docker (nat.ParsePortSpec) refuses "Binds" as a port',
  },
  'OPCFoundation--UA-EdgeTranslator--deployment.template.resolved.json': {
    message: 'env._comment_IGNORE_PROVISIONING_MODE: must be an object (got a string)',
    evidence: 'the agent reads env as IDictionary<string, EnvVal>: Newtonsoft cannot convert a string to EnvVal {value}',
  },
  'dolittle-edge--MQTT--config__deployment.amd64.json': {
    message: 'systemModules.edgeAgent.env.RuntimeLogLevel: must be an object (got a string)',
    evidence: 'the agent reads env as IDictionary<string, EnvVal>: Newtonsoft cannot convert a string to EnvVal {value}',
  },
  'jamescorbould--IoTEdgeTest--config__deployment.windows-amd64.json': {
    message: 'registryCredentials.username: must be an object (got a string)',
    evidence: 'registryCredentials is a map of name → {address, username, password} (agent DockerRuntimeConfig): a string where a credential object belongs does not deserialise',
  },
  'marvin-garcia--IoTGateway--EdgeASATest__layered.deployment.json': {
    message: "a layered deployment may not set $edgeAgent 'properties.desired.modules'",
    evidence: 'IoT Hub docs (module-deployment-monitoring, "Layered deployment"): edgeAgent and edgeHub are not configured as part of a layered deployment; layers reach them only through properties.desired.modules.<name> and properties.desired.routes.<name> (spec iothub-semantics.md §2)',
  },
  'bryan-starbuck--WeatherBalloon--edge__nontransmitter.deployment.json': {
    message: 'not JSON',
    evidence: 'not JSON at all: IoT Hub (PUT /configurations) and the az CLI cannot read it',
  },
  'dolittle-edge--MQTT--deployment.template.json': {
    message: 'not JSON',
    evidence: 'not JSON at all: IoT Hub (PUT /configurations) and the az CLI cannot read it',
  },
};

/** The copy to test: the resolved copy of a template, else the file as its repository has it. */
function corpusFiles(): string[] {
  return readdirSync(corpusDir)
    .filter((file) => file.endsWith('.json') && !file.endsWith('.resolved.json'))
    .map((file) => {
      const resolved = file.replace(/\.json$/, '.resolved.json');
      return existsSync(path.join(corpusDir, resolved)) ? resolved : file;
    })
    .sort();
}

const configuration = (id: string, modulesContent: JsonObject, priority: number) => ({
  id, content: { modulesContent }, targetCondition: '*', priority, createdTimeUtc: '2026-01-01T00:00:00Z', etag: 'e',
});
// A child device of a nested-edge gateway (the nested manifests pull from `$upstream`); other manifests ignore the parent.
const twin = {
  deviceId: 'device-1', tags: {}, properties: { desired: {}, reported: {} }, capabilities: { iotEdge: true },
  parentScopes: ['ms-azure-iot-edge://gateway-1-637000000000000000'],
};

type Outcome = { kind: 'not JSON' } | { kind: 'refused'; messages: readonly string[] } | { kind: 'synthesized'; problems: string[] };

function synthesizeFile(file: string): Outcome {
  let json: { content?: { modulesContent?: JsonObject }; modulesContent?: JsonObject };
  try {
    json = JSON.parse(readFileSync(path.join(corpusDir, file), 'utf8'));
  } catch {
    return { kind: 'not JSON' };
  }
  const content = (json.content?.modulesContent ?? json.modulesContent) as JsonObject;
  const layered = !((content['$edgeAgent'] as JsonObject | undefined)?.['properties.desired']);
  const configurations = layered ? [configuration('base', baseModulesContent(), 0), configuration('layer', content, 10)] : [configuration('base', content, 0)];
  const snapshot = { hub: 'hub1', configurations, devices: [twin] } as unknown as HubSnapshot;
  const result = synthesize(snapshot);
  if (result.failed > 0 || result.messages.length > 0) return { kind: 'refused', messages: result.messages };
  const objects = [...result.plan.files]
    .filter(([name]) => name.endsWith('.yaml') && !name.endsWith('/kustomization.yaml'))
    .flatMap(([name, text]) => YAML.parseAllDocuments(text).map((doc) => ({ name, object: doc.toJS() as JsonObject })));
  if (objects.length < 4) return { kind: 'synthesized', problems: [`only ${objects.length} objects`] };
  return { kind: 'synthesized', problems: objects.flatMap(({ name, object }) => [...validationErrors(object), ...nameAndLabelProblems(object)].map((p) => `${name}: ${p}`)) };
}

const files = corpusFiles();

describe('real manifests (../shared/corpus/real-manifests)', () => {
  it('holds the 118 manifests README.md there lists', () => {
    expect(files).toHaveLength(118);
  });

  it('every refusal listed is a file of the corpus', () => {
    expect(Object.keys(REFUSED).filter((file) => !files.includes(file))).toStrictEqual([]);
  });

  it.each(files)('%s', (file) => {
    const outcome = synthesizeFile(file);
    const refusal = REFUSED[file];
    if (refusal === undefined) {
      expect(outcome).toStrictEqual({ kind: 'synthesized', problems: [] });
      return;
    }
    if (refusal.message === 'not JSON') {
      expect(outcome).toStrictEqual({ kind: 'not JSON' });
      return;
    }
    expect(outcome.kind).toBe('refused');
    const messages = outcome.kind === 'refused' ? outcome.messages : [];
    // One clear line naming the configuration and the JSON path, with the reason.
    expect(messages.some((m) => m.includes(refusal.message) && /configuration '(base|layer)'/.test(m) && m.includes('content.modulesContent'))).toBe(true);
    for (const message of messages) expect(message).not.toContain('\n');
  });
});
