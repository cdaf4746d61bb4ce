/** Run in its own process (so the test's own memory stays small): writes the hostile files and prints their list as JSON. */
import { makeHostileFiles } from './hostile-files';

const folder = process.argv[2];
if (!folder) throw new Error('Usage: make-hostile-files.ts <folder>');
process.stdout.write(JSON.stringify(await makeHostileFiles(folder)));
