import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/model/credential-patterns.ts
var REDACTED_MARKER = "<redacted:iotedge-gitops>";
var CREDENTIAL_NAME = /PASSWORD|PASSWD|PASSPHRASE|SECRET|KEY|TOKEN|CREDENTIAL|PRIVATE|AUTH_?CODE|CONNECTION_?STRING/i;
var CREDENTIAL_WORDS = /* @__PURE__ */ new Set(["PWD", "PASS", "SAS"]);
var CREDENTIAL_VALUE = [
  /SharedAccessKey\s*=/i,
  /AccountKey\s*=/i,
  /SharedAccessSignature\s/i,
  /[?&]sig=/i,
  /-----BEGIN [A-Z ]*PRIVATE KEY-----/,
  /\bgh[pousr]_[A-Za-z0-9]{20,}/,
  /\bgithub_pat_[A-Za-z0-9_]{20,}/,
  // `Server=…;User Id=…;Password=…` (SQL Server, PostgreSQL, MySQL connection strings) and `Pwd=`.
  /(?:^|[;\s])(?:Password|Pwd)\s*=/i,
  // user:password@ in a URL (`mongodb://admin:pw@host`, `rtsp://user:pw@camera/stream`); a bare `user@` is not a secret.
  /\b[a-z][a-z0-9+.-]*:\/\/[^/\s@:]*:[^/\s@]*@/i,
  // a JSON Web Token: base64url header and payload, both JSON objects (`eyJ` is `{"`), and a signature
  /\beyJ[A-Za-z0-9_-]{4,}\.eyJ[A-Za-z0-9_-]{4,}\.[A-Za-z0-9_-]*/,
  // an HTTP bearer token, as pasted into an Authorization value
  /\bBearer\s+[A-Za-z0-9._~+/-]{16,}/i,
  // an AWS access key id (long-term `AKIA`, temporary `ASIA`)
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/
];
function isCredentialName(name) {
  if (CREDENTIAL_NAME.test(name)) return true;
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").split(/[^A-Za-z0-9]+/).some((word) => CREDENTIAL_WORDS.has(word.toUpperCase()));
}
function looksLikeCredential(value) {
  return value.includes(REDACTED_MARKER) || CREDENTIAL_VALUE.some((pattern) => pattern.test(value));
}
var FLAG = /^--?([A-Za-z][A-Za-z0-9_.-]*)$/;
var FLAG_WITH_VALUE = /^(--?([A-Za-z][A-Za-z0-9_.-]*)=)(.*)$/s;
function credentialArgs(args) {
  const found = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    const withValue = FLAG_WITH_VALUE.exec(arg);
    if (withValue !== null && isCredentialName(withValue[2]) && withValue[3] !== "") {
      found.push({ index: i, prefix: withValue[1] });
      continue;
    }
    if (looksLikeCredential(arg)) {
      found.push({ index: i, prefix: "" });
      continue;
    }
    const flag = FLAG.exec(arg);
    const next = args[i + 1];
    if (flag !== null && isCredentialName(flag[1]) && next !== void 0 && !next.startsWith("-")) {
      found.push({ index: i + 1, prefix: "" });
      i++;
    }
  }
  return found;
}
function redactCredentials(value, onRedact = () => void 0, path = []) {
  if (typeof value === "string") {
    const key = path[path.length - 1];
    if (key !== void 0 && isCredentialName(key) || looksLikeCredential(value)) {
      onRedact(path);
      return REDACTED_MARKER;
    }
    return value;
  }
  if (Array.isArray(value)) return value.map((item, i) => redactCredentials(item, onRedact, [...path, String(i)]));
  if (value === null || typeof value !== "object") return value;
  const out = {};
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(out, key, { value: redactCredentials(child, onRedact, [...path, key]), enumerable: true, writable: true, configurable: true });
  }
  return out;
}
function withoutUrlUserInfo(text) {
  return text.replace(/([a-z][a-z0-9+.-]*:\/\/)[^/@\s]*@/gi, "$1");
}
var SCRUBBED = "<redacted>";
var SECRET_TEXT = [
  // user:password@ (or a bare token@) in a URL
  [/(\b[a-z][a-z0-9+.-]*:\/\/)[^/\s@:'"]*(:[^/\s@'"]*)?@/gi, `$1${SCRUBBED}@`],
  // a whole SAS token (IoT Hub Authorization header)
  [/SharedAccessSignature\s+[^\s"',}]+/gi, `SharedAccessSignature ${SCRUBBED}`],
  // an Authorization header value, keeping its scheme
  [/(authorization["']?\s*[:=]\s*["']?)(basic\s+|bearer\s+|token\s+)?(?!SharedAccessSignature\s)[^\s"',}]+/gi, `$1$2${SCRUBBED}`],
  [/\bBearer\s+(?!<redacted>)[A-Za-z0-9._~+/=-]+/gi, `Bearer ${SCRUBBED}`],
  // name=value pairs of connection strings, query strings and form bodies
  [/\b(SharedAccessKey|AccountKey|sig|password|pwd|token|access_token)=(?!<redacted>)[^;&\s"',}]+/gi, `$1=${SCRUBBED}`],
  [/\bgh[pousr]_[A-Za-z0-9]{20,}/g, SCRUBBED],
  [/\bgithub_pat_[A-Za-z0-9_]{20,}/g, SCRUBBED]
];
function scrubSecrets(text, known = []) {
  let result = text;
  const variants = known.filter((secret) => secret !== void 0 && secret.length >= 8).flatMap((secret) => [secret, encodeURIComponent(secret)]).sort((a, b) => b.length - a.length);
  for (const secret of variants) result = result.split(secret).join(SCRUBBED);
  for (const [pattern, replacement] of SECRET_TEXT) result = result.replace(pattern, replacement);
  return result;
}

export {
  REDACTED_MARKER,
  isCredentialName,
  looksLikeCredential,
  credentialArgs,
  redactCredentials,
  withoutUrlUserInfo,
  scrubSecrets
};
