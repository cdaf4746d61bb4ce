import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createIpcHandlers } from '../../../electron/ipc-handlers';
import { createDraftLibrary } from '../../../electron/services/draft-library';
import { channels, ipcContract, type Channel } from '../../../shared/ipc';
import { dccConsultation } from '../../support/sample-draft';
import { createTestServices } from '../../support/test-services';
import { describeMutation, fieldsOf, mutations, withValueAt } from './schema-mutations';
import { untouchableServices } from './untouchable-services';
import { GATE_DRAFT_ID, PATH_LIKE_IDS, VALID_ARGUMENTS } from './valid-arguments';

const schemaOf = (channel: Channel): z.ZodType => ipcContract[channel].args;

describe('every IPC channel refuses arguments that do not match its schema', () => {
  it('has a valid example for every channel, which its schema accepts', () => {
    expect(Object.keys(VALID_ARGUMENTS).sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      expect(schemaOf(channel).safeParse(VALID_ARGUMENTS[channel]).success, channel).toBe(true);
    }
  });

  for (const channel of channels) {
    it(`${channel}: answers every wrong argument generated from its schema with invalid-argument, touching no service`, async () => {
      const { services, touched } = untouchableServices();
      const handler = createIpcHandlers(services)[channel] as (args: unknown) => ReturnType<ReturnType<typeof createIpcHandlers>[Channel]>;
      const cases = mutations(schemaOf(channel), VALID_ARGUMENTS[channel]);
      expect(cases.length, 'too few wrong arguments could be generated').toBeGreaterThanOrEqual(5);
      // A field that refuses nothing (z.any(), z.unknown()) would let anything through to the service.
      const refusing = new Set(cases.map((m) => m.path.join('.')));
      const acceptsAnything = fieldsOf(schemaOf(channel), VALID_ARGUMENTS[channel]).filter((f) => !refusing.has(f.path.join('.')));
      expect(acceptsAnything.map((f) => f.path.join('.'))).toEqual([]);
      const letThrough: string[] = [];
      for (const mutation of cases) {
        const result = await handler(withValueAt(VALID_ARGUMENTS[channel], mutation.path, mutation.value));
        if (result.ok || result.error.code !== 'invalid-argument') letThrough.push(`${describeMutation(mutation)} → ${result.ok ? 'accepted' : result.error.code}`);
      }
      expect(letThrough).toEqual([]);
      expect(touched).toEqual([]);
    });
  }
});

/** Fields that name a file or a record: a path in them must never reach outside the library. */
function idFields(channel: Channel) {
  return fieldsOf(schemaOf(channel), VALID_ARGUMENTS[channel]).filter(({ path, value }) => {
    const key = String(path[path.length - 1]);
    return typeof value === 'string' && (/^(id|fileName)$/.test(key) || /Id$/.test(key));
  });
}

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => relative(folder, join(e.parentPath, e.name))).sort();
}

/** Files the library may legitimately write to: its own folders and settings. */
const INSIDE_LIBRARY = /^nest\/library\/(drafts|consultations|deleted)\/[^/]+$|^nest\/library\/settings\.json$/;

describe('ids and file names that look like paths', () => {
  it('are refused by the schema wherever the argument names a draft (draft ids become file names)', () => {
    const letThrough: string[] = [];
    for (const channel of channels) {
      const draftIds = idFields(channel).filter(({ path }) => /^(id|draftId|\w+DraftId)$/.test(String(path[path.length - 1])) && (path.length === 1 || path.join('.') === 'draft.id'));
      for (const { path } of draftIds) {
        for (const id of PATH_LIKE_IDS) {
          if (schemaOf(channel).safeParse(withValueAt(VALID_ARGUMENTS[channel], path, id)).success) letThrough.push(`${channel} ${path.join('.')} = ${JSON.stringify(id)}`);
        }
      }
    }
    expect(letThrough).toEqual([]);
  });

  for (const channel of channels) {
    const fields = idFields(channel);
    if (fields.length === 0) continue;
    it(`${channel}: ${fields.map((f) => f.path.join('.')).join(', ')} never lead outside the library`, async () => {
      const sandbox = await mkdtemp(join(tmpdir(), 'crd-gate-'));
      try {
        const libraryFolder = join(sandbox, 'nest', 'library');
        await createDraftLibrary({ folder: libraryFolder, newId: () => GATE_DRAFT_ID }).create(dccConsultation.id);
        const services = createTestServices({ libraryFolder, exportFolder: join(sandbox, 'nest', 'exports') });
        const handlers = createIpcHandlers(services);
        for (const { path } of fields) {
          for (const id of PATH_LIKE_IDS) {
            const args = withValueAt(VALID_ARGUMENTS[channel], path, id);
            const accepted = schemaOf(channel).safeParse(args).success;
            // The schema refusing it is the first line; where a field is free text, the service must still stay inside.
            await (handlers[channel] as (a: unknown) => Promise<unknown>)(args);
            const outside = (await filesUnder(sandbox)).filter((file) => !INSIDE_LIBRARY.test(file));
            expect(outside, `${path.join('.')} = ${JSON.stringify(id)} (schema ${accepted ? 'accepted' : 'refused'} it)`).toEqual([]);
            expect(services.openedPaths.filter((p) => !p.startsWith(join(sandbox, 'nest', 'exports')))).toEqual([]);
          }
        }
      } finally {
        await rm(sandbox, { recursive: true, force: true });
      }
    });
  }
});
