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
  printLines,
  resolveInputSource
} from "./chunk-JQIJVHU6.js";
import "./chunk-24TSOMEI.js";
import {
  compileDeployments,
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
  ConfigError,
  ConfigErrors
} from "./chunk-25NRP4G4.js";
import "./chunk-R2YBVA4Z.js";

// src/cli/github-annotation.ts
function githubAnnotation(error) {
  const title = [error.configurationId && `configuration ${error.configurationId}`, error.deviceId && `device ${error.deviceId}`, error.module && `module ${error.module}`].filter(Boolean).join(", ") || "iotedge-gitops";
  return `::error title=${_escapeProperty(title)}::${_escapeData(error.describe())}`;
}
function _escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function _escapeProperty(text) {
  return _escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}

// src/cli/commands/validate.ts
async function run(options, io) {
  const snapshot = await loadInput(resolveInputSource(options, io.env), io, options.quiet);
  const model = loadModel(snapshot);
  const compiled = compileDeployments(model);
  const problems = [];
  const seen = /* @__PURE__ */ new Set();
  const add = (error) => {
    const text = error.describe();
    if (!seen.has(text)) {
      seen.add(text);
      problems.push(error);
    }
  };
  model.errors.forEach(add);
  const broken = /* @__PURE__ */ new Set();
  for (const c of compiled) {
    for (const error of [...c.conditionError ? [c.conditionError] : [], ...c.errors]) {
      add(error);
      broken.add(c.deployment.id);
    }
  }
  const translateOptions = translateOptionsOf(model, {});
  const namespaces = /* @__PURE__ */ new Map();
  for (const device of model.devices) {
    const target = targetDevice(device, compiled, model.unusableDeployments);
    for (const error of target.errors) {
      if (error.configurationId === void 0 || !broken.has(error.configurationId)) add(error);
    }
    const identity = deviceIdentity(model.hub, device, translateOptions.clusterTag);
    namespaces.set(identity.namespace, [...namespaces.get(identity.namespace) ?? [], device.deviceId]);
    if (target.manifest === null) continue;
    try {
      translateDevice(target, identity, translateOptions);
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error;
      (error instanceof ConfigErrors ? error.errors : [error]).forEach(add);
    }
  }
  for (const [namespace, owners] of namespaces) {
    if (owners.length < 2) continue;
    add(new ConfigError(`namespace '${namespace}' would be shared by devices ${owners.map((d) => `'${d}'`).join(", ")}`, { stage: "translate", deviceId: owners[0] }));
  }
  const annotate = io.env["GITHUB_ACTIONS"] === "true";
  for (const problem of problems) {
    printLines(io.stdout, `error: ${problem.describe()}`);
    if (annotate) printLines(io.stdout, githubAnnotation(problem));
  }
  const deployments = model.deployments.length;
  printLines(
    io.stdout,
    problems.length === 0 ? `${deployments} deployment(s) and ${model.devices.length} edge device(s): valid` : `${problems.length} problem(s) in ${deployments} deployment(s) and ${model.devices.length} edge device(s)`
  );
  return problems.length === 0 ? 0 : 1;
}
export {
  run
};
