/** Reads the snapshot from the resolved input source. */
import type { HubSnapshot } from '../model/hub-snapshot.js';
import { readSnapshotFile, readSplitSnapshotFiles } from '../source/read-snapshot.js';
import type { InputSource } from './input-options.js';
import type { CommandIo } from './io.js';
import path from 'node:path';

/** Reads a snapshot file, the two az CLI lists, or the live hub. */
export async function loadInput(source: InputSource, io: CommandIo, quiet = false): Promise<HubSnapshot> {
  switch (source.kind) {
    case 'snapshot':
      return readSnapshotFile(path.resolve(io.cwd, source.file));
    case 'split':
      return readSplitSnapshotFiles({
        configurations: path.resolve(io.cwd, source.configurations),
        twins: path.resolve(io.cwd, source.twins),
        hub: source.hub,
      });
    case 'live': {
      const { readLiveHubFromEnv } = await import('./live-input.js');
      return readLiveHubFromEnv(source, io, quiet);
    }
  }
}
