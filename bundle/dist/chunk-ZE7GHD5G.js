import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  CREATE_OPTIONS_CHUNK_SIZE,
  createOptionsChunkKey,
  isCreateOptionsKey,
  jsonPathOf,
  parseCreateOptions
} from "./chunk-P364WQNB.js";
import {
  isJsonObject
} from "./chunk-TMKRJT3R.js";
import {
  REDACTED_MARKER,
  credentialArgs,
  isCredentialName,
  looksLikeCredential
} from "./chunk-QHVAIHFP.js";

// src/model/redact-create-options.ts
function redactCreateOptions(options, registryPasswords, onRedact = () => void 0) {
  const secretValue = (value) => looksLikeCredential(value) || value !== "" && registryPasswords.has(value);
  const out = {};
  for (const [key, value] of Object.entries(options)) {
    let copy;
    if (key === "Env" && Array.isArray(value)) copy = value.map((entry, i) => _redactEnvEntry(entry, i, secretValue, onRedact));
    else if ((key === "Cmd" || key === "Entrypoint") && (typeof value === "string" || Array.isArray(value) && value.every((v) => typeof v === "string"))) copy = _redactArgs(key, value, onRedact);
    else if (key === "Labels" && isJsonObject(value)) copy = _redactLabels(value, secretValue, onRedact);
    else copy = _redactShaped(value, [key], secretValue, onRedact);
    Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function _redactEnvEntry(entry, index, secretValue, onRedact) {
  if (typeof entry !== "string") return _redactShaped(entry, ["Env", index], secretValue, onRedact);
  const eq = entry.indexOf("=");
  if (eq <= 0) return _redactShaped(entry, ["Env", index], secretValue, onRedact);
  const name = entry.slice(0, eq);
  const value = entry.slice(eq + 1);
  if (value === "" || !(isCredentialName(name) || secretValue(value))) return entry;
  onRedact(["Env", index], _registryPasswordOnly(name, value, secretValue) ? "registry password value" : "credential env value");
  return `${name}=${REDACTED_MARKER}`;
}
function _registryPasswordOnly(name, value, secretValue) {
  return !isCredentialName(name) && !looksLikeCredential(value) && secretValue(value);
}
function _redactArgs(field, value, onRedact) {
  const args = typeof value === "string" ? [value] : value;
  const copy = [...args];
  for (const { index, prefix } of credentialArgs(args)) {
    onRedact([field, index], "credential argument");
    copy[index] = `${prefix}${REDACTED_MARKER}`;
  }
  return typeof value === "string" ? copy[0] : copy;
}
function _redactLabels(labels, secretValue, onRedact) {
  const out = {};
  for (const [key, value] of Object.entries(labels)) {
    let copy = value;
    if (typeof value === "string" && (isCredentialName(key) || secretValue(value))) {
      onRedact(["Labels", key], "credential label");
      copy = REDACTED_MARKER;
    } else if (typeof value !== "string") {
      copy = _redactShaped(value, ["Labels", key], secretValue, onRedact);
    }
    Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function _redactShaped(value, path, secretValue, onRedact) {
  if (typeof value === "string") {
    if (!secretValue(value)) return value;
    onRedact(path, looksLikeCredential(value) ? "credential-shaped value" : "registry password value");
    return REDACTED_MARKER;
  }
  if (Array.isArray(value)) return value.map((item, i) => _redactShaped(item, [...path, i], secretValue, onRedact));
  if (!isJsonObject(value)) return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(out, key, { value: _redactShaped(child, [...path, key], secretValue, onRedact), enumerable: true, writable: true, configurable: true });
  }
  return out;
}

// src/model/redact-snapshot.ts
var MODULES_CONTENT = ["content", "modulesContent"];
var REGISTRY_CREDENTIALS = ["properties", "desired", "runtime", "settings", "registryCredentials"];
var MODULE_SECTIONS = /* @__PURE__ */ new Set(["modules", "systemModules"]);
var STRING_LITERAL = /"((?:[^"\\]|\\.)*)"/g;
function redactSnapshot(snapshot, onRedact) {
  const report = onRedact ?? (() => void 0);
  const passwords = _registryPasswords(snapshot);
  const conditionWords = _targetConditionWords(snapshot);
  return {
    ...snapshot,
    configurations: snapshot.configurations.map((configuration) => {
      const configurationId = isJsonObject(configuration) && typeof configuration["id"] === "string" ? configuration["id"] : void 0;
      return _redact(configuration, { path: [], passwords, configuration: true }, (path, reason) => report({ configurationId, jsonPath: jsonPathOf("", ...path), reason }));
    }),
    devices: snapshot.devices.map((twin) => {
      const deviceId = isJsonObject(twin) && typeof twin["deviceId"] === "string" ? twin["deviceId"] : void 0;
      return _redact(twin, { path: [], passwords, twin: conditionWords }, (path, reason) => report({ deviceId, jsonPath: jsonPathOf("", ...path), reason }));
    })
  };
}
function _redact(value, where, report, onValue) {
  if (Array.isArray(value)) {
    return value.map((item, index) => _redact(item, { ...where, path: [...where.path, index], logical: where.logical && [...where.logical, String(index)] }, report, onValue));
  }
  if (isJsonObject(value)) {
    const copy = {};
    const moduleLevel = _samePath(where.path, MODULES_CONTENT);
    const contentLevel = where.module !== void 0 && where.path.length === MODULES_CONTENT.length + 1;
    const childWhere = (key) => ({
      path: [...where.path, key],
      module: moduleLevel ? key : where.module,
      logical: moduleLevel ? void 0 : contentLevel ? key.split(".") : where.logical && [...where.logical, key],
      passwords: where.passwords,
      twin: where.twin,
      configuration: where.configuration
    });
    const chunks = where.module === "$edgeAgent" ? _createOptionsChunks(value, where, contentLevel) : void 0;
    const done = /* @__PURE__ */ new Set();
    for (const [key, child] of Object.entries(value)) {
      if (done.has(key)) continue;
      const group = chunks?.get(key);
      if (group !== void 0) {
        for (const chunkKey of group) done.add(chunkKey);
        for (const [newKey, newValue] of _redactChunks(value, group, where, report)) _define(copy, newKey, newValue);
        continue;
      }
      _define(copy, key, _redact(child, childWhere(key), report, onValue));
    }
    return copy;
  }
  if (value === null || typeof value === "boolean") return value;
  const reason = _reasonAt(where, value);
  if (reason !== void 0) {
    onValue?.(value, reason);
    report(where.path, reason);
    return REDACTED_MARKER;
  }
  return value;
}
function _define(target, key, value) {
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}
function _createOptionsChunks(value, where, contentLevel) {
  let bySettings;
  for (const key of Object.keys(value)) {
    if (!isCreateOptionsKey(key)) continue;
    const logical = contentLevel ? key.split(".") : where.logical && [...where.logical, key];
    if (logical === void 0 || !_isModuleSettings(logical.slice(0, -1)) || !isCreateOptionsKey(logical[logical.length - 1])) continue;
    const settings = logical.slice(0, -1).join("\0");
    bySettings ??= /* @__PURE__ */ new Map();
    bySettings.set(settings, [...bySettings.get(settings) ?? [], key]);
  }
  return bySettings && new Map([...bySettings.values()].map((group) => [group[0], group]));
}
function _redactChunks(parent, keys, where, report) {
  const chunkKeyOf = (key) => key.slice(key.lastIndexOf(".") + 1);
  const prefix = keys[0].slice(0, keys[0].length - chunkKeyOf(keys[0]).length);
  const settings = {};
  for (const key of keys) _define(settings, chunkKeyOf(key), parent[key]);
  const unchanged = keys.map((key) => [key, parent[key]]);
  const problems = [];
  const { options, form } = parseCreateOptions(settings, problems);
  const at = [...where.path, keys[0]];
  if (problems.length > 0) return keys.map((key) => [key, _redactUnparsed(parent[key], [...where.path, key], where.passwords, report)]);
  if (options === null) return unchanged;
  const redacted = redactCreateOptions(options, where.passwords, (path, reason) => report([...at, ...path], reason));
  if (JSON.stringify(redacted) === JSON.stringify(options)) return unchanged;
  if (form === "object") return [[keys[0], redacted]];
  const text = JSON.stringify(redacted);
  const out = [];
  for (let i = 0; i * CREATE_OPTIONS_CHUNK_SIZE < text.length; i++) {
    out.push([`${prefix}${createOptionsChunkKey(i)}`, text.slice(i * CREATE_OPTIONS_CHUNK_SIZE, (i + 1) * CREATE_OPTIONS_CHUNK_SIZE)]);
  }
  return out;
}
function _redactUnparsed(chunk, path, passwords, report) {
  if (typeof chunk !== "string") return chunk;
  let reason;
  const result = chunk.replace(STRING_LITERAL, (literal, body) => {
    const eq = body.indexOf("=");
    if (eq > 0 && /^[A-Za-z_][A-Za-z0-9_.-]*$/.test(body.slice(0, eq)) && isCredentialName(body.slice(0, eq)) && body.slice(eq + 1) !== REDACTED_MARKER) {
      reason ??= "credential env value";
      return `"${body.slice(0, eq)}=${REDACTED_MARKER}"`;
    }
    if (body !== REDACTED_MARKER && (looksLikeCredential(body) || passwords.has(body))) {
      reason ??= "credential-shaped value";
      return `"${REDACTED_MARKER}"`;
    }
    return literal;
  });
  if (reason !== void 0) report(path, reason);
  return result;
}
function _reasonAt(where, value) {
  const { path, module, logical } = where;
  if (module === "$edgeAgent" && logical !== void 0 && _isRegistryPassword(logical)) return "registry password";
  if (module === "$edgeAgent" && logical !== void 0 && _isCredentialEnv(logical)) return "credential env value";
  if (typeof value === "string" && module !== void 0 && !module.startsWith("$") && logical !== void 0 && _isCredentialSetting(logical)) return "credential module setting";
  if (path[0] === "authentication" && /key$/i.test(String(path[path.length - 1]))) return "device key";
  if (typeof value === "string" && where.twin !== void 0 && _isCredentialTwinValue(path, where.twin)) return "credential twin property";
  if (typeof value === "string" && where.configuration === true && path[0] === "labels" && path.length === 2 && isCredentialName(String(path[1]))) return "credential configuration label";
  if (typeof value === "string" && looksLikeCredential(value)) return "credential-shaped value";
  if (typeof value === "string" && where.passwords.has(value)) return "registry password value";
  return void 0;
}
function _registryPasswords(snapshot) {
  const found = /* @__PURE__ */ new Set();
  for (const configuration of snapshot.configurations) {
    _redact(configuration, { path: [], passwords: /* @__PURE__ */ new Set() }, () => void 0, (value, reason) => {
      if (reason === "registry password" && typeof value === "string" && value !== "") found.add(value);
    });
  }
  return found;
}
function _isRegistryPassword(logical) {
  return logical.length >= REGISTRY_CREDENTIALS.length + 2 && _startsWith(logical, REGISTRY_CREDENTIALS) && logical[logical.length - 1] === "password";
}
function _isCredentialEnv(logical) {
  if (logical[0] !== "properties" || logical[1] !== "desired" || !MODULE_SECTIONS.has(logical[2] ?? "") || logical[4] !== "env") return false;
  const nameParts = logical.slice(5);
  if (nameParts.length > 1 && nameParts[nameParts.length - 1] === "value") nameParts.pop();
  return nameParts.length > 0 && isCredentialName(nameParts.join("."));
}
function _isCredentialSetting(logical) {
  if (logical[0] !== "properties" || logical[1] !== "desired") return false;
  const name = [...logical.slice(2)].reverse().find((key) => !/^\d+$/.test(key));
  return name !== void 0 && isCredentialName(name);
}
function _isModuleSettings(logical) {
  return logical.length === 5 && logical[0] === "properties" && logical[1] === "desired" && MODULE_SECTIONS.has(logical[2]) && logical[4] === "settings";
}
function _isCredentialTwinValue(path, conditionWords) {
  const twinPart = path[0] === "tags" || path[0] === "properties" && (path[1] === "desired" || path[1] === "reported");
  if (!twinPart) return false;
  const name = [...path].reverse().find((key) => typeof key === "string" && !/^\d+$/.test(key));
  return typeof name === "string" && isCredentialName(name) && !conditionWords.has(name);
}
function _targetConditionWords(snapshot) {
  const words = /* @__PURE__ */ new Set();
  for (const configuration of snapshot.configurations) {
    const condition = isJsonObject(configuration) ? configuration["targetCondition"] : void 0;
    if (typeof condition !== "string") continue;
    for (const match of condition.matchAll(/[A-Za-z0-9_$-]+/g)) words.add(match[0]);
  }
  return words;
}
function _startsWith(path, prefix) {
  return prefix.every((key, index) => path[index] === key);
}
function _samePath(path, other) {
  return path.length === other.length && _startsWith(path, other);
}

export {
  redactCreateOptions,
  redactSnapshot
};
