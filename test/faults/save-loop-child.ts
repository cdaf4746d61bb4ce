/**
 * Saves one draft through the library service, over and over, until killed:
 * `node --import tsx test/faults/save-loop-child.ts <library folder> <draft id>`.
 * Each save is the next version (see save-versions.ts); the child writes
 * nothing else, so every file the parent finds must be one of those versions.
 */
import { createDraftLibrary } from '../../electron/services/draft-library';
import { FAULT_CLOCK, versionNumber, versionOf } from './save-versions';

const [folder, id] = process.argv.slice(2);
if (!folder || !id) throw new Error('usage: save-loop-child.ts <library folder> <draft id>');

const library = createDraftLibrary({ folder, clock: () => FAULT_CLOCK });
const base = await library.open(id);
let version = versionNumber(base) ?? 0;
process.stdout.write('ready\n');
for (;;) {
  version += 1;
  await library.save(versionOf(base, version));
}
