import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/translate/pod-security-level.ts
var POD_SECURITY_LEVELS = ["restricted", "baseline", "privileged"];
var POD_SECURITY_VERSION = "v1.27";
function isPodSecurityLevel(level) {
  return POD_SECURITY_LEVELS.includes(level);
}
function looserLevel(a, b) {
  return POD_SECURITY_LEVELS.indexOf(a) >= POD_SECURITY_LEVELS.indexOf(b) ? a : b;
}
function exceedsLevel(needed, allowed) {
  return POD_SECURITY_LEVELS.indexOf(needed) > POD_SECURITY_LEVELS.indexOf(allowed);
}

export {
  POD_SECURITY_LEVELS,
  POD_SECURITY_VERSION,
  isPodSecurityLevel,
  looserLevel,
  exceedsLevel
};
