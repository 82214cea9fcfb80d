/**
 * Tests mirror src (README "Development"): each source file with logic has its tests at the mirrored path,
 * `src/<path>.ts` → `test/<path>.test.ts`. The files below have none, each for the reason given; a new source file
 * needs its test file or a line here that says why not.
 */
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

const TYPES = 'types and interfaces only';
const WITHOUT_OWN_TEST: Record<string, string> = {
  'action/action-entry.ts': 'process entry of the action: test/action/action-bundle.test.ts runs the bundle built from it',
  'action/run-action.ts': 'runs as the action process: test/action/action-bundle.test.ts and matrix-workflow-steps.test.ts run it',
  'cli/bin.ts': 'process entry of the CLI: the tests of test/faults run it',
  'cli/io.ts': "the process's streams, environment and working directory, as one object",
  'cli/live-input.ts': "wiring of the live hub read: test/cli/load-input.test.ts runs its branch, test/source/live the read",
  'defaults.ts': 'constants',
  'model/device-manifest.ts': TYPES,
  'model/edge-deployment.ts': TYPES,
  'model/edge-device.ts': TYPES,
  'model/hub-model.ts': TYPES,
  'model/hub-snapshot.ts': TYPES,
  'model/json.ts': 'JSON types and one type guard, used everywhere',
  'model/schemas/edge-agent-schema-1-0.ts': 'the Azure CLI schema as data: test/model/schema-check.test.ts validates with it',
  'model/schemas/edge-agent-schema-1-1.ts': 'the Azure CLI schema as data: test/model/schema-check.test.ts validates with it',
  'model/schemas/edge-hub-schema-1-0.ts': 'the Azure CLI schema as data: test/model/schema-check.test.ts validates with it',
  'model/schemas/edge-hub-schema-1-1.ts': 'the Azure CLI schema as data: test/model/schema-check.test.ts validates with it',
  'model/schemas/edge-hub-schema-1-2.ts': 'the Azure CLI schema as data: test/model/schema-check.test.ts validates with it',
  'model/source-ref.ts': TYPES,
  'plan/inventory.ts': TYPES,
  'plan/output-plan.ts': TYPES,
  'plan/previous-output.ts': TYPES,
  'publish/output/device-dir-messages.ts': 'the messages between the writer and its thread: constants and types',
  'publish/output/device-dir-worker.ts': 'worker thread, run from lib/ by test/publish/output/device-dir-writer.test.ts',
  'publish/output/device-dir-writer-contract.ts': TYPES,
  'render/rendered-device.ts': TYPES,
  'source/live/page-size.ts': 'constants',
  'targeting/device-target.ts': TYPES,
  'translate/certificate-source.ts': 'a type and its constants',
  'translate/index.ts': "the stage's exports, re-exported",
  'translate/isolation-intent.ts': TYPES,
  'translate/isolation-options.ts': 'types and constants',
  'translate/ledger.ts': TYPES,
  'translate/secret-value-source.ts': TYPES,
  'translate/string-map.ts': TYPES,
};

/** Every `.ts` file under `dir`, relative to it, POSIX separators. */
function sourceFiles(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((entry) => {
    const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
    return entry.isDirectory() ? sourceFiles(dir, child) : entry.name.endsWith('.ts') ? [child] : [];
  });
}

const mirrored = (file: string) => path.join(root, 'test', file.replace(/\.ts$/, '.test.ts'));

describe('test layout', () => {
  const files = sourceFiles(path.join(root, 'src'));

  it('every source file has its mirrored test file, or a reason here why not', () => {
    expect(files.filter((file) => !existsSync(mirrored(file)) && !(file in WITHOUT_OWN_TEST))).toStrictEqual([]);
  });

  it('the list stays true: each file on it exists and still has no mirrored test file', () => {
    const stale = Object.keys(WITHOUT_OWN_TEST).filter((file) => !files.includes(file) || existsSync(mirrored(file)));
    expect(stale).toStrictEqual([]);
  });

  it('sees the whole tree (a wrong root would pass the rules above vacuously)', () => {
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain('cli/main.ts');
  });
});
