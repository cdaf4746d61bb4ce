import { readFile, rename } from 'node:fs/promises';
import { AppError } from '../../shared/app-error';
import { EMPTY_RESPONDENT, MAX_RECENT_FILES, SettingsSchema, type Settings } from '../../shared/model';
import { writeFileAtomic } from './atomic-file';
import type { SettingsStore } from './contracts';

const DEFAULT_SETTINGS: Settings = {
  schemaVersion: 1,
  profile: { respondent: EMPTY_RESPONDENT, signatory: { name: '', jobTitle: '', signature: null }, reviewerName: '', bankHolidayRegion: 'england-and-wales' },
  recentDraftFiles: [],
};

/**
 * Settings in one JSON file. A file that cannot be read is moved aside (kept,
 * not overwritten) the first time new settings are saved.
 */
export function createSettingsStore(options: { path: string; clock?: () => Date }): SettingsStore {
  const clock = options.clock ?? (() => new Date());
  let damaged = false;

  async function read(): Promise<Settings> {
    let text: string;
    try {
      text = await readFile(options.path, 'utf8');
    } catch {
      return DEFAULT_SETTINGS;
    }
    try {
      return SettingsSchema.parse(JSON.parse(text));
    } catch {
      damaged = true;
      return DEFAULT_SETTINGS;
    }
  }

  async function write(settings: Settings): Promise<Settings> {
    try {
      if (damaged) {
        await rename(options.path, `${options.path}.damaged-${clock().toISOString().replace(/[:.]/g, '-')}`);
        damaged = false;
      }
      await writeFileAtomic(options.path, `${JSON.stringify(settings, null, 2)}\n`);
    } catch (error) {
      throw new AppError('io', `Could not save the settings (${(error as NodeJS.ErrnoException).code ?? String(error)}).`);
    }
    return settings;
  }

  return {
    get: read,
    async saveProfile(profile) {
      return write({ ...(await read()), profile });
    },
    async addRecentFile(path) {
      const settings = await read();
      const recent = [path, ...settings.recentDraftFiles.filter((p) => p !== path)].slice(0, MAX_RECENT_FILES);
      return write({ ...settings, recentDraftFiles: recent });
    },
    async clearRecentFiles() {
      return write({ ...(await read()), recentDraftFiles: [] });
    },
  };
}
