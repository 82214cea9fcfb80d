import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);

// src/source/write-file-atomic.ts
import { open, rename, rm } from "node:fs/promises";
import path from "node:path";
var _tempCounter = 0;
async function writeFileAtomic(file, text, options = {}) {
  const temp = options.temp ?? path.join(path.dirname(file), `.${path.basename(file)}.${process.pid}.${++_tempCounter}.tmp`);
  const handle = await open(temp, "wx");
  try {
    try {
      await _writeText(handle, text);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true }).catch(() => void 0);
    throw error;
  }
  await _syncDirectory(path.dirname(file));
}
async function _writeText(handle, text) {
  if (typeof text === "string") {
    await handle.writeFile(text, "utf8");
    return;
  }
  let batch = "";
  for (const piece of text) {
    batch += piece;
    if (batch.length >= 1 << 20) {
      await handle.writeFile(batch, "utf8");
      batch = "";
    }
  }
  await handle.writeFile(batch, "utf8");
}
async function _syncDirectory(dir) {
  try {
    const handle = await open(dir, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
  }
}

export {
  writeFileAtomic
};
