import { readdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { PresenceSchema, type Presence } from '../../../shared/model';
import { writeFileAtomic } from '../atomic-file';

export const PRESENCE_SUFFIX = '.presence.json';
/** Refreshed at least this often while a draft is open... */
export const PRESENCE_REFRESH_MS = 20_000;
/** ...and ignored once this old: the app was closed without saying so (a crash, a lost network). */
export const PRESENCE_STALE_MS = 90_000;

/** Says, in the draft's changes folder, that this writer has the draft open. */
export async function announcePresence(folder: string, writerId: string, presence: Presence): Promise<void> {
  await writeFileAtomic(join(folder, `${writerId}${PRESENCE_SUFFIX}`), `${JSON.stringify(PresenceSchema.parse(presence))}\n`);
}

export async function withdrawPresence(folder: string, writerId: string): Promise<void> {
  await rm(join(folder, `${writerId}${PRESENCE_SUFFIX}`), { force: true });
}

/** Everyone else who has the draft open now, longest first; unreadable or stale records are skipped. */
export async function othersPresent(folder: string, writerId: string, now: Date): Promise<Presence[]> {
  const names = (await readdir(folder).catch(() => [] as string[])).filter((n) => n.endsWith(PRESENCE_SUFFIX) && n !== `${writerId}${PRESENCE_SUFFIX}`);
  const present: Presence[] = [];
  for (const name of names) {
    const text = await readFile(join(folder, name), 'utf8').catch(() => null);
    if (text === null) continue;
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      continue;
    }
    const parsed = PresenceSchema.safeParse(json);
    if (parsed.success && now.getTime() - Date.parse(parsed.data.seenAt) < PRESENCE_STALE_MS) present.push(parsed.data);
  }
  return present.sort((a, b) => a.since.localeCompare(b.since) || a.name.localeCompare(b.name));
}
