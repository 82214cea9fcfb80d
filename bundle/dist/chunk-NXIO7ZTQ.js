import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  loadInput
} from "./chunk-VJEZGED6.js";
import {
  printJson,
  resolveInputSource
} from "./chunk-JQIJVHU6.js";
import {
  printableLines
} from "./chunk-24TSOMEI.js";
import {
  clusterTagError,
  compileDeployments,
  devicePodSecurity,
  targetDevice,
  translateDevice,
  translateOptionsOf
} from "./chunk-KXDU2NHN.js";
import "./chunk-ZE7GHD5G.js";
import "./chunk-KTVVMMZK.js";
import "./chunk-KU5DCUL7.js";
import {
  deviceIdentity,
  loadModel
} from "./chunk-XUMF3SKE.js";
import "./chunk-P364WQNB.js";
import "./chunk-3IZLTUMI.js";
import "./chunk-7TEJUEPN.js";
import "./chunk-6QTJJVG7.js";
import "./chunk-BXWOZHT3.js";
import "./chunk-2NO4HCE6.js";
import "./chunk-YB2EACNY.js";
import "./chunk-TMKRJT3R.js";
import "./chunk-QHVAIHFP.js";
import {
  ConfigError
} from "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";

// src/model/merged-desired.ts
function sourceOf(merged, twin, path) {
  let found;
  for (const write of merged.writes) {
    if (write.twin !== twin) continue;
    const n = Math.min(write.path.length, path.length);
    let prefix = true;
    for (let i = 0; i < n; i++) if (write.path[i] !== path[i]) {
      prefix = false;
      break;
    }
    if (prefix) found = write.source;
  }
  return found;
}

// src/cli/explain-report.ts
var REASON_TEXT = {
  "applied-base": "APPLIED (base)",
  "applied-layer": "APPLIED (layer)",
  "condition-false": "not applied (condition false)",
  "condition-error": "not applied (condition does not parse)",
  "lower-priority": "not applied (lower priority)",
  "older-at-equal-priority": "not applied (older at equal priority)",
  "not-above-base": "not applied (layer not above the base)",
  "no-base": "not applied (no base deployment)"
};
function explainDevice(target, context) {
  const merged = target.merged;
  const manifest = target.manifest;
  const modules = [];
  const routes = [];
  const moduleTwins = [];
  if (manifest) {
    for (const module of [manifest.edgeHub, ...manifest.modules]) modules.push(_supplied(module.name, module.source));
    for (const route of manifest.hub.routes) routes.push(_supplied(route.name, route.source));
    for (const twin of manifest.moduleTwins) {
      for (const property of Object.keys(twin.desired).sort()) {
        const source = merged ? sourceOf(merged, twin.module, [property]) ?? twin.source : twin.source;
        moduleTwins.push(_supplied(`${twin.module}.${property}`, source));
      }
    }
  }
  return {
    deviceId: target.device.deviceId,
    namespace: context.namespace,
    cluster: context.cluster,
    baseDeployment: target.base?.id ?? null,
    layeredDeployments: target.layers.map((l) => l.id),
    decisions: target.decisions,
    modules,
    routes,
    moduleTwins,
    ledger: context.ledger,
    errors: [...target.errors, ...context.errors ?? []].map((e) => e.describe()),
    ...context.podSecurity !== void 0 ? { podSecurity: context.podSecurity } : {}
  };
}
function formatExplain(report) {
  const lines = [];
  lines.push(`device '${report.deviceId}' → namespace ${report.namespace} (cluster ${report.cluster})`);
  lines.push(
    report.baseDeployment === null ? "no base deployment targets this device: IoT Hub leaves it as it is, so no directory is written and nothing is deleted" : `base deployment: ${report.baseDeployment}; layers merged in order: ${report.layeredDeployments.length ? report.layeredDeployments.join(", ") : "(none)"}`
  );
  lines.push("", "deployments:");
  const width = Math.max(0, ...report.decisions.map((d) => d.configurationId.length));
  for (const d of report.decisions) {
    lines.push(`  ${d.configurationId.padEnd(width)}  ${d.kind.padEnd(7)}  priority ${String(d.priority).padStart(3)}  ${REASON_TEXT[d.reason]}${d.detail ? `: ${d.detail}` : ""}`);
  }
  const section = (title, values) => {
    if (values.length === 0) return;
    lines.push("", `${title}:`);
    for (const v of values) lines.push(`  ${v.name}  ← ${v.configurationId}  ${v.jsonPath}`);
  };
  section("modules (from which configuration)", report.modules);
  section("routes", report.routes);
  section("module twin properties", report.moduleTwins);
  if (report.ledger.length > 0) {
    lines.push("", "translation (fidelity ledger):");
    for (const e of report.ledger) {
      lines.push(`  ${e.module}  ${e.key}  ${e.fidelity}${e.target ? ` → ${e.target}` : ""}  — ${e.reason}`);
    }
  }
  if (report.podSecurity !== void 0) {
    lines.push("", `pod security (the namespace is labelled with the highest level: ${report.podSecurity.level}):`);
    for (const m of report.podSecurity.modules) {
      lines.push(`  ${m.module}  ${m.level}`);
      for (const v of m.violations) lines.push(`    needs ${v.needs}: ${v.rule}: ${v.field} ${v.detail}`);
    }
  }
  if (report.errors.length > 0) {
    lines.push("", "errors (the device keeps its last good output):");
    for (const e of report.errors) lines.push(`  ${e}`);
  }
  return printableLines(lines);
}
function _supplied(name, source) {
  return { name, configurationId: source.configurationId, jsonPath: source.jsonPath };
}

// src/cli/commands/explain.ts
async function run(options, io) {
  const snapshot = await loadInput(resolveInputSource(options, io.env), io, options.quiet);
  const model = loadModel(snapshot);
  const device = model.devices.find((d) => d.deviceId === options.deviceId);
  if (device === void 0) {
    const why = model.ignoredDevices.includes(options.deviceId) ? "it is not an IoT Edge device (capabilities.iotEdge is not true)" : "no twin has this deviceId";
    throw new ConfigError(`cannot explain device '${options.deviceId}': ${why}`, { stage: "cli", deviceId: options.deviceId });
  }
  const translateOptions = translateOptionsOf(model, options);
  const identity = deviceIdentity(model.hub, device, translateOptions.clusterTag);
  const target = targetDevice(device, compileDeployments(model), model.unusableDeployments);
  let ledger = [];
  let podSecurity;
  const errors = [];
  const clusterError = clusterTagError(device, translateOptions.clusterTag);
  if (clusterError) errors.push(clusterError);
  if (target.manifest !== null && target.errors.length === 0 && !clusterError) {
    try {
      const translation = translateDevice(target, identity, translateOptions);
      ledger = translation.ledger;
      podSecurity = devicePodSecurity(translation.intent.workloads);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      errors.push(error);
      podSecurity = _podSecurityWithoutLimit(target, identity, translateOptions);
    }
  }
  const report = explainDevice(target, {
    namespace: identity.namespace,
    cluster: identity.cluster,
    ledger,
    errors,
    ...podSecurity !== void 0 ? { podSecurity } : {}
  });
  if (options.json) printJson(io.stdout, report);
  else io.stdout.write(formatExplain(report));
  return report.errors.length > 0 ? 2 : 0;
}
function _podSecurityWithoutLimit(target, identity, options) {
  if (options.isolation?.maxPodSecurity === void 0) return void 0;
  const { maxPodSecurity: _limit, ...isolation } = options.isolation;
  try {
    return devicePodSecurity(translateDevice(target, identity, { ...options, isolation }).intent.workloads);
  } catch (error) {
    if (error instanceof ConfigError) return void 0;
    throw error;
  }
}
export {
  run
};
