import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createSettingsStore } from '../../../electron/services/settings-store';
import { MAX_RECENT_FILES } from '../../../shared/model';
import { SAMPLE_NOW, sampleDraft } from '../../support/sample-draft';
import { signature } from '../../shared/letter/letter-fixtures';

let folder: string;

beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'crd-settings-'));
});

afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

describe('the app settings', () => {
  it('keeps the respondent profile', async () => {
    const store = createSettingsStore({ path: join(folder, 'settings.json') });
    const profile = {
      respondent: sampleDraft().respondent,
      signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature },
      reviewerName: 'Sam Patel',
      bankHolidayRegion: 'scotland' as const,
    };
    await store.saveProfile(profile);
    expect((await createSettingsStore({ path: join(folder, 'settings.json') }).get()).profile).toEqual(profile);
  });

  it('reads a settings file from before the signature, reviewer name and holiday region were kept', async () => {
    const old = { schemaVersion: 1, profile: { respondent: sampleDraft().respondent, signatory: { name: 'Jordan Lee', jobTitle: 'Head' } }, recentDraftFiles: [] };
    await writeFile(join(folder, 'settings.json'), JSON.stringify(old));
    const { profile } = await createSettingsStore({ path: join(folder, 'settings.json') }).get();
    expect(profile.signatory).toEqual({ name: 'Jordan Lee', jobTitle: 'Head', signature: null });
    expect(profile.reviewerName).toBe('');
    expect(profile.bankHolidayRegion).toBe('england-and-wales');
  });

  it('lists recent draft files newest first, without repeats, up to the limit', async () => {
    const store = createSettingsStore({ path: join(folder, 'settings.json') });
    for (let n = 0; n < MAX_RECENT_FILES + 3; n += 1) await store.addRecentFile(`/shared/drive/draft-${n}.crdraft`);
    await store.addRecentFile('/shared/drive/draft-5.crdraft');
    const recent = (await store.get()).recentDraftFiles;
    expect(recent).toHaveLength(MAX_RECENT_FILES);
    expect(recent.slice(0, 3)).toEqual(['/shared/drive/draft-5.crdraft', '/shared/drive/draft-12.crdraft', '/shared/drive/draft-11.crdraft']);
    expect(new Set(recent).size).toBe(recent.length);
  });

  it('starts from defaults when the file is damaged, and keeps the damaged file aside', async () => {
    await writeFile(join(folder, 'settings.json'), '{ not json');
    const store = createSettingsStore({ path: join(folder, 'settings.json'), clock: () => SAMPLE_NOW });
    expect((await store.get()).recentDraftFiles).toEqual([]);
    await store.addRecentFile('/a.crdraft');
    const names = await readdir(folder);
    const aside = names.find((n) => n.startsWith('settings.json.damaged-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(folder, aside!), 'utf8')).toBe('{ not json');
  });
});

describe('clearing the recent files', () => {
  it('empties the list and keeps the profile', async () => {
    const store = createSettingsStore({ path: join(folder, 'settings.json') });
    await store.saveProfile({
      respondent: sampleDraft().respondent,
      signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation', signature: null },
      reviewerName: '',
      bankHolidayRegion: 'england-and-wales',
    });
    await store.addRecentFile('/shared/a.crdraft');
    const cleared = await store.clearRecentFiles();
    expect(cleared.recentDraftFiles).toEqual([]);
    expect(cleared.profile.signatory.name).toBe('Jordan Lee');
  });
});
