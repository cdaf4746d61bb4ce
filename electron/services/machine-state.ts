import { mkdir, readFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomic-file';

const MachineStateSchema = z.object({
  /** Where each draft's exports go on this machine, by draft id. */
  exportFolders: z.record(z.string(), z.string().max(4096)),
  /** Draft files opened from outside the library, by draft id, so they stay listed after a restart. */
  externalDrafts: z.record(z.string(), z.string().max(4096)),
});

export type MachineState = z.infer<typeof MachineStateSchema>;

const EMPTY: MachineState = { exportFolders: {}, externalDrafts: {} };

/**
 * What only this machine may decide about a draft: folders on its own disk.
 * Kept in the library folder (which is per user and machine), never in a
 * draft file, so a file from elsewhere cannot point the app at a path.
 */
export interface MachineStateStore {
  read(): Promise<MachineState>;
  change(edit: (state: MachineState) => MachineState): Promise<MachineState>;
}

export function createMachineStateStore(path: string): MachineStateStore {
  let cached: MachineState | null = null;
  let queue: Promise<unknown> = Promise.resolve();

  async function read(): Promise<MachineState> {
    if (cached) return cached;
    try {
      const parsed = MachineStateSchema.safeParse(JSON.parse(await readFile(path, 'utf8')));
      cached = parsed.success ? parsed.data : EMPTY;
    } catch {
      // Missing or unreadable: start afresh; it holds nothing a draft cannot do without.
      cached = EMPTY;
    }
    return cached;
  }

  function change(edit: (state: MachineState) => MachineState): Promise<MachineState> {
    const next = queue.then(async () => {
      const updated = edit(await read());
      // A library not used before has no folder yet: opening a draft from a shared drive may come first.
      await mkdir(dirname(path), { recursive: true });
      await writeFileAtomic(path, `${JSON.stringify(updated, null, 2)}\n`);
      cached = updated;
      return updated;
    });
    queue = next.catch(() => undefined);
    return next;
  }

  return { read, change };
}
