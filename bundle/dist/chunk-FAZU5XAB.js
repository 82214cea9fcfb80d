import { createRequire as __createRequire } from 'node:module';
import { fileURLToPath as __fileURLToPath } from 'node:url';
import { dirname as __pathDirname } from 'node:path';
const require = __createRequire(import.meta.url);
const __filename = __fileURLToPath(import.meta.url);
const __dirname = __pathDirname(__filename);
import {
  oneLine
} from "./chunk-24TSOMEI.js";
import {
  canonicalJson
} from "./chunk-3IZLTUMI.js";
import {
  DEVICES_DIR,
  require_dist
} from "./chunk-7TEJUEPN.js";
import {
  compareOrdinal
} from "./chunk-6QTJJVG7.js";
import {
  ConfigError
} from "./chunk-25NRP4G4.js";
import {
  __commonJS,
  __toESM
} from "./chunk-R2YBVA4Z.js";

// node_modules/markdown-escape/index.js
var require_markdown_escape = __commonJS({
  "node_modules/markdown-escape/index.js"(exports, module) {
    var replacements = [
      [/\*/g, "\\*", "asterisks"],
      [/#/g, "\\#", "number signs"],
      [/\//g, "\\/", "slashes"],
      [/\(/g, "\\(", "parentheses"],
      [/\)/g, "\\)", "parentheses"],
      [/\[/g, "\\[", "square brackets"],
      [/\]/g, "\\]", "square brackets"],
      [/</g, "&lt;", "angle brackets"],
      [/>/g, "&gt;", "angle brackets"],
      [/_/g, "\\_", "underscores"],
      [/`/g, "\\`", "codeblocks"]
    ];
    module.exports = function(string, skips) {
      skips = skips || [];
      return replacements.reduce(function(string2, replacement) {
        var name = replacement[2];
        return name && skips.indexOf(name) !== -1 ? string2 : string2.replace(replacement[0], replacement[1]);
      }, string);
    };
  }
});

// src/publish/changes/describe-change.ts
function summaryLine(changes) {
  const count = (kind) => changes.devices.filter((d) => d.kind === kind).length;
  return `iotedge-gitops: ${count("added")} added, ${count("changed")} changed, ${count("removed")} removed devices`;
}
function describeModuleChange(change) {
  if (change.kind === "removed") return `module ${change.module} removed`;
  const parts = [];
  if (change.image) parts.push(change.kind === "added" ? `image ${change.image.to ?? "(none)"}` : `image ${change.image.from ?? "(none)"} → ${change.image.to ?? "(none)"}`);
  if (change.replicas && change.kind === "changed") parts.push(`replicas ${change.replicas.from ?? "(default)"} → ${change.replicas.to ?? "(default)"}`);
  if (change.replicas && change.kind === "added" && change.replicas.to === 0) parts.push("replicas 0 (stopped)");
  if (change.portsAdded.length > 0) parts.push(`ports +${change.portsAdded.join(", +")}`);
  if (change.portsRemoved.length > 0 && change.kind === "changed") parts.push(`ports −${change.portsRemoved.join(", −")}`);
  if (change.envAdded.length > 0 && change.kind === "changed") parts.push(`env added: ${change.envAdded.join(", ")}`);
  if (change.envRemoved.length > 0) parts.push(`env removed: ${change.envRemoved.join(", ")}`);
  if (change.envChanged.length > 0) parts.push(`env changed: ${change.envChanged.join(", ")}`);
  const head = change.kind === "added" ? `module ${change.module} added` : `module ${change.module}`;
  return parts.length === 0 ? head : `${head}: ${parts.join("; ")}`;
}
var EDITED_OUTSIDE_NOTE = "edited outside iotedge-gitops since it was written: restored to what the hub says";
function deviceDetails(change) {
  if (change.kind === "removed") return change.modules.length > 0 ? [`modules removed: ${change.modules.map((m) => m.module).join(", ")}`] : [];
  const lines = change.editedOutside ? [EDITED_OUTSIDE_NOTE] : [];
  if (change.podSecurity !== void 0) lines.push(podSecurityChangeNote(change.podSecurity));
  lines.push(...change.modules.map(describeModuleChange));
  const covered = change.modules.length > 0;
  if ((!covered || change.editedOutside) && change.files.length > 0) lines.push(`files: ${change.files.join(", ")}`);
  return lines;
}
function podSecurityChangeNote(change) {
  return `Pod Security level ${change.from} → ${change.to}`;
}

// src/publish/changes/group-changes.ts
function groupChanges(changes, inventory) {
  const previousConfigurations = new Map((changes.previousInventory?.configurations ?? []).map((c) => [c.id, c]));
  const configurations = /* @__PURE__ */ new Map();
  const known = changes.previousInventory !== null;
  for (const c of inventory.configurations) configurations.set(c.id, _groupConfiguration(c, previousConfigurations.get(c.id), known));
  for (const c of previousConfigurations.values()) if (!configurations.has(c.id)) configurations.set(c.id, _groupConfiguration(c, c, known));
  const previousDevices = _byPath(changes.previousInventory?.devices ?? []);
  const groups = /* @__PURE__ */ new Map();
  const secretsAddedByDir = /* @__PURE__ */ new Map();
  for (const change of changes.devices) {
    const before = previousDevices.get(change.dir);
    const was = before ? _deploymentsOf(before) : [];
    const now = change.kind === "removed" ? [] : _deploymentsOf(change);
    const deployments = change.kind === "removed" ? was.length > 0 ? was : _deploymentsOf(change) : now;
    const compared = before !== void 0 || change.kind !== "changed";
    const left = change.kind === "removed" ? deployments : compared ? was.filter((d) => !now.includes(d)) : [];
    const entered = compared ? now.filter((d) => !was.includes(d)) : [];
    const review = change.review;
    const lines = review ? [...change.editedOutside ? [EDITED_OUTSIDE_NOTE] : [], ...change.podSecurity ? [podSecurityChangeNote(change.podSecurity)] : [], ...review.changes] : deviceDetails(change);
    if (review && change.kind === "changed" && review.changes.length === 0 && change.files.length > 0) lines.push(`files changed: ${change.files.join(", ")}`);
    const group = {
      kind: change.kind,
      lines,
      deployments,
      entered,
      left,
      configurations: [.../* @__PURE__ */ new Set([...deployments, ...left])].sort(compareOrdinal).flatMap((id) => configurations.has(id) ? [configurations.get(id)] : []),
      secretsAdded: review?.secretsAdded ?? [],
      identitiesAdded: review?.identitiesAdded ?? [],
      postureRises: review?.postureRises ?? [],
      editedOutside: change.editedOutside === true
    };
    const signature = canonicalJson({ ...group, secretsAdded: group.secretsAdded.map((s) => s.ref) });
    const entry = groups.get(signature) ?? { group, devices: [] };
    entry.devices.push({ deviceId: change.deviceId, dir: change.dir, cluster: change.cluster });
    secretsAddedByDir.set(change.dir, group.secretsAdded);
    groups.set(signature, entry);
  }
  const kindOrder = { added: 0, changed: 1, removed: 2 };
  const list = [...groups.values()].map(({ group, devices }) => {
    devices.sort((a, b) => a.deviceId === null !== (b.deviceId === null) ? a.deviceId === null ? 1 : -1 : compareOrdinal(a.deviceId ?? a.dir, b.deviceId ?? b.dir));
    const clusters = /* @__PURE__ */ new Map();
    for (const d of devices) clusters.set(d.cluster, (clusters.get(d.cluster) ?? 0) + 1);
    return {
      ...group,
      secretsAdded: secretsAddedByDir.get(devices[0].dir),
      devices,
      clusters: [...clusters].sort(([a], [b]) => compareOrdinal(a, b)).map(([cluster, n]) => ({ cluster, devices: n }))
    };
  });
  list.sort((a, b) => b.devices.length - a.devices.length || kindOrder[a.kind] - kindOrder[b.kind] || compareOrdinal(a.devices[0].deviceId ?? a.devices[0].dir, b.devices[0].deviceId ?? b.devices[0].dir));
  const failed = inventory.devices.filter((d) => d.errors && d.errors.length > 0).map((d) => ({ deviceId: d.deviceId, cluster: d.cluster, error: d.errors[0], more: d.errors.length - 1 })).sort((a, b) => compareOrdinal(a.deviceId, b.deviceId));
  const count = (kind) => changes.devices.filter((d) => d.kind === kind).length;
  return {
    hub: inventory.hub,
    totals: { added: count("added"), changed: count("changed"), removed: count("removed") },
    groups: list,
    failed,
    configurations: [...inventory.configurations].sort((a, b) => compareOrdinal(a.id, b.id)).map((c) => configurations.get(c.id)),
    inventoryOnly: changes.devices.length === 0 && changes.inventoryChanged
  };
}
function _groupConfiguration(c, previous, known) {
  return { id: c.id, kind: c.kind, priority: c.priority, etag: c.etag, ...previous ? { previousEtag: previous.etag } : known ? { isNew: true } : {} };
}
function _deploymentsOf(device) {
  return device.baseDeployment === null ? [] : [device.baseDeployment, ...device.layeredDeployments];
}
function _byPath(devices) {
  const byPath = /* @__PURE__ */ new Map();
  for (const d of devices) if (d.path !== null && !byPath.has(d.path)) byPath.set(d.path, d);
  return byPath;
}

// src/publish/pull-request/review-markdown.ts
var import_markdown_escape = __toESM(require_markdown_escape(), 1);

// node_modules/markdown-table/index.js
function defaultStringLength(value) {
  return value.length;
}
function markdownTable(table, options) {
  const settings = options || {};
  const align = (settings.align || []).concat();
  const stringLength = settings.stringLength || defaultStringLength;
  const alignments = [];
  const cellMatrix = [];
  const sizeMatrix = [];
  const longestCellByColumn = [];
  let mostCellsPerRow = 0;
  let rowIndex = -1;
  while (++rowIndex < table.length) {
    const row2 = [];
    const sizes2 = [];
    let columnIndex2 = -1;
    if (table[rowIndex].length > mostCellsPerRow) {
      mostCellsPerRow = table[rowIndex].length;
    }
    while (++columnIndex2 < table[rowIndex].length) {
      const cell = serialize(table[rowIndex][columnIndex2]);
      if (settings.alignDelimiters !== false) {
        const size = stringLength(cell);
        sizes2[columnIndex2] = size;
        if (longestCellByColumn[columnIndex2] === void 0 || size > longestCellByColumn[columnIndex2]) {
          longestCellByColumn[columnIndex2] = size;
        }
      }
      row2.push(cell);
    }
    cellMatrix[rowIndex] = row2;
    sizeMatrix[rowIndex] = sizes2;
  }
  let columnIndex = -1;
  if (typeof align === "object" && "length" in align) {
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = toAlignment(align[columnIndex]);
    }
  } else {
    const code = toAlignment(align);
    while (++columnIndex < mostCellsPerRow) {
      alignments[columnIndex] = code;
    }
  }
  columnIndex = -1;
  const row = [];
  const sizes = [];
  while (++columnIndex < mostCellsPerRow) {
    const code = alignments[columnIndex];
    let before = "";
    let after = "";
    if (code === 99) {
      before = ":";
      after = ":";
    } else if (code === 108) {
      before = ":";
    } else if (code === 114) {
      after = ":";
    }
    let size = settings.alignDelimiters === false ? 1 : Math.max(
      1,
      longestCellByColumn[columnIndex] - before.length - after.length
    );
    const cell = before + "-".repeat(size) + after;
    if (settings.alignDelimiters !== false) {
      size = before.length + size + after.length;
      if (size > longestCellByColumn[columnIndex]) {
        longestCellByColumn[columnIndex] = size;
      }
      sizes[columnIndex] = size;
    }
    row[columnIndex] = cell;
  }
  cellMatrix.splice(1, 0, row);
  sizeMatrix.splice(1, 0, sizes);
  rowIndex = -1;
  const lines = [];
  while (++rowIndex < cellMatrix.length) {
    const row2 = cellMatrix[rowIndex];
    const sizes2 = sizeMatrix[rowIndex];
    const cellsInRow = settings.fillRows === false ? Math.max(1, cellMatrix[rowIndex === 1 ? 0 : rowIndex].length) : mostCellsPerRow;
    columnIndex = -1;
    const line = [];
    while (++columnIndex < cellsInRow) {
      const cell = row2[columnIndex] || "";
      let before = "";
      let after = "";
      if (settings.alignDelimiters !== false) {
        const size = longestCellByColumn[columnIndex] - (sizes2[columnIndex] || 0);
        const code = alignments[columnIndex];
        if (code === 114) {
          before = " ".repeat(size);
        } else if (code === 99) {
          const half = size / 2;
          if (size % 2) {
            before = " ".repeat(half + 0.5);
            after = " ".repeat(half - 0.5);
          } else {
            before = " ".repeat(half);
            after = before;
          }
        } else {
          after = " ".repeat(size);
        }
      }
      if (settings.delimiterStart !== false && !columnIndex) {
        line.push("|");
      }
      if (settings.padding !== false && // Don’t add the opening space if we’re not aligning and the cell is
      // empty: there will be a closing space.
      !(settings.alignDelimiters === false && cell === "") && (settings.delimiterStart !== false || columnIndex)) {
        line.push(" ");
      }
      if (settings.alignDelimiters !== false) {
        line.push(before);
      }
      line.push(cell);
      if (settings.alignDelimiters !== false) {
        line.push(after);
      }
      if (settings.padding !== false) {
        line.push(" ");
      }
      if (settings.delimiterEnd !== false || columnIndex !== cellsInRow - 1) {
        line.push("|");
      }
    }
    lines.push(
      settings.delimiterEnd === false ? line.join("").replace(/ +$/, "") : line.join("")
    );
  }
  return lines.join("\n");
}
function serialize(value) {
  return value === null || value === void 0 ? "" : String(value);
}
function toAlignment(value) {
  const code = typeof value === "string" ? value.codePointAt(0) : 0;
  return code === 67 || code === 99 ? 99 : code === 76 || code === 108 ? 108 : code === 82 || code === 114 ? 114 : 0;
}

// src/publish/pull-request/review-markdown.ts
var _DETAILS = [
  { name: "full", devices: Infinity, failed: Infinity, merged: false },
  { name: "devices-50", devices: 50, failed: 50, merged: false },
  { name: "devices-10", devices: 10, failed: 20, merged: false },
  { name: "counts", devices: 0, failed: 5, merged: false },
  { name: "merged", devices: 0, failed: 0, merged: true }
];
function renderReviewMarkdown(review, options = {}) {
  const limit = options.limit ?? Infinity;
  const measure = options.measure ?? ((t) => t.length);
  const level = options.level ?? 3;
  const maxDevices = options.maxDevices ?? Infinity;
  for (const detail of _DETAILS.filter((d) => d.devices <= maxDevices)) {
    const text = _render(review, detail, level).join("\n").trimEnd() + "\n";
    if (measure(text) <= limit) return { text, detail: detail.name };
  }
  return { text: _cut(_render(review, _DETAILS[_DETAILS.length - 1], level), limit, measure), detail: "cut" };
}
function _render(review, detail, level) {
  const h = "#".repeat(level);
  const lines = [];
  const attention = _attention(review, detail, `${h}#`);
  if (attention.length > 0) lines.push(`${h} Act on these first`, "", ...attention);
  if (review.groups.length === 0) {
    lines.push(review.inventoryOnly ? "No device changes; inventory.json updated (configuration etags or unmanaged devices)." : "No device changes.", "");
    return lines;
  }
  if (detail.merged) {
    lines.push(`${h} Changes (${review.groups.length} groups of devices, merged to fit)`, "");
    const byLine = /* @__PURE__ */ new Map();
    for (const g of review.groups) {
      for (const line of [..._groupHead(g), ...g.lines]) byLine.set(line, (byLine.get(line) ?? 0) + g.devices.length);
    }
    for (const [line, devices] of [...byLine].sort(([a], [b]) => compareOrdinal(a, b))) lines.push(`- ${_md(line)} — ${_count(devices)}`);
    lines.push("");
    return lines;
  }
  lines.push(`${h} Changes by group`, "");
  for (const group of review.groups) lines.push(..._group(group, detail, `${h}#`));
  return lines;
}
function _group(group, detail, h) {
  const clusters = group.clusters.map((c) => `${_code(c.cluster)} (${c.devices})`).join(", ");
  const lines = [`${h} ${_count(group.devices.length)} ${group.kind} · ${group.clusters.length === 1 ? "cluster" : "clusters"} ${clusters}`, ""];
  const configurations = group.configurations.map(_configuration).join(", ");
  if (configurations !== "") lines.push(`Configurations: ${configurations}`, "");
  for (const line of [..._groupHead(group), ...group.lines]) lines.push(`- ${_md(line)}`);
  lines.push("");
  if (detail.devices > 0) {
    const shown = group.devices.slice(0, detail.devices).map((d) => d.deviceId === null ? _code(d.dir) : _md(d.deviceId));
    const more = group.devices.length - shown.length;
    lines.push(`<details><summary>${_count(group.devices.length)}</summary>`, "", shown.join(", ") + (more > 0 ? ` … and ${more} more` : ""), "", "</details>", "");
  }
  return lines;
}
function _groupHead(group) {
  const lines = [];
  if (group.kind !== "removed" && group.entered.length > 0) lines.push(`${group.kind === "added" ? "targeted by" : "now falls into"} deployment ${group.entered.join(", ")}`);
  if (group.left.length > 0) lines.push(`falls out of deployment ${group.left.join(", ")}`);
  return lines;
}
function _configuration(c) {
  const now = c.etag ?? "-";
  const etag = c.isNew ? `etag ${now}, new` : c.previousEtag === void 0 ? `etag ${now}` : c.previousEtag !== c.etag ? `etag ${c.previousEtag ?? "-"} → ${now}` : `etag ${now}, unchanged`;
  return `${_code(c.id)} (${c.kind}, priority ${c.priority}, ${etag})`;
}
function _attention(review, detail, h) {
  const lines = [];
  const examples = Math.min(detail.devices, 5);
  const secrets = /* @__PURE__ */ new Map();
  const identities = /* @__PURE__ */ new Map();
  const rises = /* @__PURE__ */ new Map();
  for (const g of review.groups) {
    for (const s of g.secretsAdded) {
      const entry = secrets.get(s.ref) ?? { example: s.remoteKey, devices: 0 };
      secrets.set(s.ref, { ...entry, devices: entry.devices + g.devices.length });
    }
    for (const m of g.identitiesAdded) identities.set(m, (identities.get(m) ?? 0) + g.devices.length);
    for (const r of g.postureRises) rises.set(r, [...rises.get(r) ?? [], ...g.devices.map((d) => d.deviceId ?? d.dir)]);
  }
  if (secrets.size > 0) {
    lines.push(`${h} Secrets to provision before merging`, "", "The output references these secret-store keys (names only); the store must hold them when the change deploys.", "");
    lines.push(_table(["ExternalSecret/key", "Remote key (first device)", "Devices"], [...secrets].sort(([a], [b]) => compareOrdinal(a, b)).map(([ref, s]) => [_code(ref), _code(s.example), String(s.devices)])), "");
  }
  if (identities.size > 0) {
    lines.push(`${h} New module identities`, "", "Each needs a module identity in IoT Hub and its connection string in the store.", "");
    lines.push(_table(["Module", "Devices"], [...identities].sort(([a], [b]) => compareOrdinal(a, b)).map(([m, n]) => [_code(m), String(n)])), "");
  }
  if (rises.size > 0) {
    lines.push(`${h} Security posture rises`, "");
    const rows = [...rises].sort(([a], [b]) => compareOrdinal(a, b)).map(([rise, devices]) => {
      const sorted = [...devices].sort();
      const shown = sorted.slice(0, examples).map(_md).join(", ");
      return [_md(rise), String(devices.length) + (shown === "" ? "" : `: ${shown}${sorted.length > examples ? " …" : ""}`)];
    });
    lines.push(_table(["Change", "Devices"], rows), "");
  }
  if (review.failed.length > 0) {
    lines.push(`${h} Devices that failed and keep their last output (${review.failed.length})`, "");
    for (const f of review.failed.slice(0, detail.failed)) lines.push(`- **${_md(f.deviceId)}** (${_code(f.cluster)}): ${_md(f.error)}${f.more > 0 ? ` (+${f.more} more)` : ""}`);
    if (review.failed.length > detail.failed) lines.push(`- … and ${review.failed.length - detail.failed} more`);
    lines.push("");
  }
  return lines;
}
function _cut(lines, limit, measure) {
  const kept = [];
  let size = 0;
  const note = (n) => `
… ${n} more lines did not fit; run sync with --dry-run or --report-file for all of them.
`;
  for (let i = 0; i < lines.length; i++) {
    const next = measure(lines[i]) + 1;
    if (size + next + measure(note(lines.length - i)) > limit) return kept.join("\n") + note(lines.length - i);
    kept.push(lines[i]);
    size += next;
  }
  return kept.join("\n") + "\n";
}
function _table(head, rows) {
  return markdownTable([head, ...rows.map((r) => r.map((cell) => cell.replace(/\|/g, "\\|")))], { alignDelimiters: false });
}
function _count(devices) {
  return `${devices} ${devices === 1 ? "device" : "devices"}`;
}
function _md(text) {
  return (0, import_markdown_escape.default)(oneLine(text), ["slashes", "parentheses"]);
}
function _code(text) {
  const flat = oneLine(text);
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = "`".repeat(longest + 1);
  return flat.includes("`") ? `${fence} ${flat} ${fence}` : `${fence}${flat}${fence}`;
}

// src/publish/pull-request/change-report.ts
var STEP_SUMMARY_LIMIT = 1024 * 1024;
function renderChangeReport(changes, inventory, options = {}) {
  const heading = `## ${summaryLine(changes)} (hub ${inventory.hub})

`;
  const measure = (text) => Buffer.byteLength(text, "utf8");
  const limit = (options.limitBytes ?? Infinity) - measure(heading);
  const review = groupChanges(changes, inventory);
  return heading + renderReviewMarkdown(review, { limit, measure, ...options.maxDevices !== void 0 ? { maxDevices: options.maxDevices } : {} }).text;
}
var STEP_SUMMARY_DEVICES_PER_GROUP = 50;
function renderStepSummary(changes, inventory, tail) {
  const ending = `
${tail}

`;
  const report = renderChangeReport(changes, inventory, { limitBytes: STEP_SUMMARY_LIMIT - Buffer.byteLength(ending, "utf8"), maxDevices: STEP_SUMMARY_DEVICES_PER_GROUP });
  return `${report}${ending}`;
}

// src/publish/repo-template/cluster-coverage.ts
var import_yaml = __toESM(require_dist(), 1);
import { readdir, readFile } from "node:fs/promises";
import path2 from "node:path";

// src/publish/repo-template/coverage-source-files.ts
import { spawn } from "node:child_process";
import { lstat } from "node:fs/promises";
import path from "node:path";
function isCoverageSource(file, managedFolder) {
  const devices = path.posix.join(managedFolder, DEVICES_DIR);
  const parts = file.split("/");
  return /\.ya?ml$/.test(parts[parts.length - 1]) && !parts.includes(".git") && file !== devices && !file.startsWith(`${devices}/`);
}
function coverageSourceBlobs(lsTreeOutput, managedFolder) {
  const blobs = [];
  for (const entry of lsTreeOutput.split("\0")) {
    const match = /^(100644|100755) blob ([0-9a-f]+)\t(.+)$/s.exec(entry);
    if (match && isCoverageSource(match[3], managedFolder)) blobs.push({ path: match[3], oid: match[2] });
  }
  return blobs.sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
}
async function listCoverageSourceBlobs(read, commit, managedFolder) {
  const devices = path.posix.join(managedFolder, DEVICES_DIR);
  const parts = devices.split("/");
  const onTheWay = new Set(parts.slice(0, -1).map((_, i) => parts.slice(0, i + 1).join("/")));
  const elsewhere = [];
  let listing = "";
  const folders = [""];
  for (const folder of folders) {
    for (const entry of (await read(["ls-tree", "-z", folder === "" ? commit : `${commit}:${folder}`])).split("\0")) {
      const match = /^(\d+) (\w+) ([0-9a-f]+)\t(.+)$/s.exec(entry);
      if (!match) continue;
      const file = folder === "" ? match[4] : `${folder}/${match[4]}`;
      if (match[2] !== "tree") listing += `${match[1]} ${match[2]} ${match[3]}	${file}\0`;
      else if (onTheWay.has(file)) folders.push(file);
      else if (file !== devices) elsewhere.push(file);
    }
  }
  if (elsewhere.length > 0) listing += await read(["--literal-pathspecs", "ls-tree", "-r", "-z", "--full-tree", commit, "--", ...elsewhere]);
  return coverageSourceBlobs(listing, managedFolder);
}
async function readCommittedCoverageSources(repoRoot, managedFolder) {
  const gitDir = await lstat(path.join(repoRoot, ".git")).catch(() => null);
  if (gitDir === null) return null;
  const head = (await _git(repoRoot, ["rev-parse", "--verify", "-q", "HEAD^{commit}"]).catch(() => "")).trim();
  if (head === "") return [];
  const blobs = await listCoverageSourceBlobs((args) => _git(repoRoot, args), head, managedFolder);
  const texts = await _catBlobs(repoRoot, blobs.map((b) => b.oid));
  return blobs.map((b, i) => ({ path: b.path, text: texts[i] }));
}
function _env() {
  const env = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith("GIT_")) env[key] = value;
  return { ...env, LC_ALL: "C", GIT_TERMINAL_PROMPT: "0" };
}
function _git(cwd, args, input) {
  return _run(cwd, args, input).then((out) => out.toString("utf8"));
}
async function _catBlobs(cwd, oids) {
  if (oids.length === 0) return [];
  const out = await _run(cwd, ["cat-file", "--batch"], oids.map((oid) => `${oid}
`).join(""));
  const texts = [];
  let at = 0;
  for (const oid of oids) {
    const eol = out.indexOf(10, at);
    const header = out.subarray(at, eol).toString("utf8").split(" ");
    if (header[0] !== oid || header[1] !== "blob") throw new ConfigError(`could not read blob ${oid} of the repository's Flux and Argo CD objects (git cat-file: ${header.join(" ")})`, { stage: "publish" });
    const size = Number(header[2]);
    texts.push(out.subarray(eol + 1, eol + 1 + size).toString("utf8"));
    at = eol + 1 + size + 1;
  }
  return texts;
}
function _run(cwd, args, input) {
  return new Promise((resolve, reject) => {
    const child = spawn("git", args, { cwd, env: _env(), stdio: [input === void 0 ? "ignore" : "pipe", "pipe", "pipe"] });
    const out = [];
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      if (code === 0) resolve(Buffer.concat(out));
      else reject(new ConfigError(`git ${args[0]} could not read the commit in ${cwd}: ${Buffer.concat(err).toString("utf8").trim()}`, { stage: "publish" }));
    });
    if (child.stdin) {
      child.stdin.on("error", () => void 0);
      child.stdin.end(input);
    }
  });
}

// src/publish/repo-template/cluster-coverage.ts
async function readReconciledPaths(repoRoot, managedFolder) {
  const committed = await readCommittedCoverageSources(repoRoot, managedFolder);
  const devicesFolder = path2.posix.join(managedFolder, "devices");
  const files = committed ?? await Promise.all((await _yamlFiles(repoRoot, "", devicesFolder)).map(async (file) => ({ path: file, text: await readFile(path2.join(repoRoot, file), "utf8") })));
  const fluxPaths = [];
  const argoDirectoryPatterns = [];
  for (const file of files) {
    let docs;
    try {
      docs = import_yaml.default.parseAllDocuments(file.text).map((d) => d.toJSON());
    } catch {
      continue;
    }
    for (const doc of docs) {
      if (!_isObject(doc) || typeof doc["apiVersion"] !== "string") continue;
      const spec = _isObject(doc["spec"]) ? doc["spec"] : {};
      if (doc["kind"] === "Kustomization" && doc["apiVersion"].startsWith("kustomize.toolkit.fluxcd.io/")) {
        fluxPaths.push(_normalize(typeof spec["path"] === "string" ? spec["path"] : ""));
      }
      if (doc["kind"] === "ApplicationSet" && doc["apiVersion"].startsWith("argoproj.io/")) {
        for (const generator of _generators(spec)) {
          const directories = _isObject(generator["git"]) && Array.isArray(generator["git"]["directories"]) ? generator["git"]["directories"] : [];
          for (const d of directories) if (_isObject(d) && typeof d["path"] === "string" && d["exclude"] !== true) argoDirectoryPatterns.push(_normalize(d["path"]));
        }
      }
    }
  }
  return { fluxPaths: fluxPaths.sort(), argoDirectoryPatterns: argoDirectoryPatterns.sort() };
}
function uncoveredClusters(reconciled, managedFolder, deviceDirs) {
  if (reconciled.fluxPaths.length === 0 && reconciled.argoDirectoryPatterns.length === 0) return [];
  const counts = /* @__PURE__ */ new Map();
  for (const dir of deviceDirs) {
    const cluster = dir.split("/")[1];
    if (cluster !== void 0) counts.set(cluster, (counts.get(cluster) ?? 0) + 1);
  }
  const uncovered = [];
  for (const [cluster, devices] of [...counts].sort(([a], [b]) => compareOrdinal(a, b))) {
    const folder = _normalize(path2.posix.join(managedFolder, "devices", cluster));
    const byFlux = reconciled.fluxPaths.some((p) => p === "" || folder === p || folder.startsWith(`${p}/`));
    const byArgo = reconciled.argoDirectoryPatterns.some((pattern) => _glob(pattern).test(`${folder}/msiot-device`));
    if (!byFlux && !byArgo) uncovered.push({ cluster, folder, devices });
  }
  return uncovered;
}
function uncoveredClusterWarning(u) {
  return `${u.devices} device(s) in cluster '${u.cluster}' (${u.folder}/) are reconciled by no Flux Kustomization or Argo CD ApplicationSet in the repository: they are in Git but no cluster applies them (iotedge-gitops init --cluster ${u.cluster} writes both)`;
}
function _glob(pattern) {
  let source = "";
  for (const ch of pattern) {
    if (ch === "*") source += "[^/]*";
    else if (ch === "?") source += "[^/]";
    else if (ch === "[" || ch === "]") source += ch;
    else source += ch.replace(/[.+^${}()|\\]/g, "\\$&");
  }
  try {
    return new RegExp(`^${source}$`);
  } catch {
    return /$^/;
  }
}
function _generators(spec) {
  const top = Array.isArray(spec["generators"]) ? spec["generators"] : [];
  return top.filter(_isObject).flatMap((g) => {
    const nested = ["matrix", "merge"].flatMap((k) => _isObject(g[k]) && Array.isArray(g[k]["generators"]) ? g[k]["generators"] : []);
    return [g, ...nested.filter(_isObject)];
  });
}
async function _yamlFiles(root, dir, skip) {
  const found = [];
  for (const entry of await readdir(path2.join(root, dir), { withFileTypes: true })) {
    const rel = dir === "" ? entry.name : `${dir}/${entry.name}`;
    if (entry.name === ".git" || rel === skip) continue;
    if (entry.isDirectory()) found.push(...await _yamlFiles(root, rel, skip));
    else if (entry.isFile() && /\.ya?ml$/.test(entry.name)) found.push(rel);
  }
  return found.sort();
}
function _normalize(p) {
  return p.replace(/^(\.\/)+/, "").replace(/^\.$/, "").replace(/\/+$/, "");
}
function _isObject(value) {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

export {
  summaryLine,
  groupChanges,
  renderReviewMarkdown,
  renderChangeReport,
  renderStepSummary,
  listCoverageSourceBlobs,
  readReconciledPaths,
  uncoveredClusters,
  uncoveredClusterWarning
};
