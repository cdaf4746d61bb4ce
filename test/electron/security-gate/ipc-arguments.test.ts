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
import { BAD_ARGUMENTS } from './bad-arguments';
import { fieldsOf, withValueAt } from './schema-mutations';
import { untouchableServices } from './untouchable-services';
import { GATE_DRAFT_ID, PATH_LIKE_IDS, VALID_ARGUMENTS } from './valid-arguments';

/** Prototype-pollution payloads, as JSON text a page could send. */
const POLLUTING_JSON = [
  '{"__proto__": {"polluted": true, "isAdmin": true}}',
  '{"constructor": {"prototype": {"polluted": true}}}',
  '{"draft": {"__proto__": {"polluted": true}}}',
];

const schemaOf = (channel: Channel): z.ZodType => ipcContract[channel].args;

describe('every IPC channel refuses bad arguments', () => {
  it('has a valid example for every channel, which its schema accepts (the control)', () => {
    expect(Object.keys(VALID_ARGUMENTS).sort()).toEqual([...channels].sort());
    for (const channel of channels) {
      expect(schemaOf(channel).safeParse(VALID_ARGUMENTS[channel]).success, channel).toBe(true);
    }
  });

  for (const channel of channels) {
    it(`${channel}: answers each of ${BAD_ARGUMENTS[channel].length} known-bad arguments with invalid-argument, touching no service`, async () => {
      const { services, touched } = untouchableServices();
      const handler = createIpcHandlers(services)[channel] as (args: unknown) => ReturnType<ReturnType<typeof createIpcHandlers>[Channel]>;
      const letThrough: string[] = [];
      for (const [what, args] of BAD_ARGUMENTS[channel]) {
        const result = await handler(args);
        if (result.ok || result.error.code !== 'invalid-argument') letThrough.push(`${what} → ${result.ok ? 'accepted' : result.error.code}`);
      }
      expect(letThrough).toEqual([]);
      expect(touched).toEqual([]);
    });
  }
});

describe('keys that would pollute every object', () => {
  it('change nothing, on any channel, when sent inside an otherwise valid argument', async () => {
    const sandbox = await mkdtemp(join(tmpdir(), 'crd-gate-'));
    try {
      const libraryFolder = join(sandbox, 'library');
      await createDraftLibrary({ folder: libraryFolder, newId: () => GATE_DRAFT_ID }).create(dccConsultation.id);
      const handlers = createIpcHandlers(createTestServices({ libraryFolder, exportFolder: join(sandbox, 'exports') }));
      for (const channel of channels) {
        const valid = VALID_ARGUMENTS[channel];
        if (valid === undefined) continue;
        for (const poison of POLLUTING_JSON) {
          // As it arrives over IPC: parsed from text, so "__proto__" is an own key.
          const args = { ...JSON.parse(poison), ...(valid as object) } as unknown;
          await (handlers[channel] as (a: unknown) => Promise<unknown>)(args);
        }
      }
      const probe: Record<string, unknown> = {};
      expect([probe['polluted'], probe['isAdmin'], Object.keys(Object.prototype)]).toEqual([undefined, undefined, []]);
    } finally {
      await rm(sandbox, { recursive: true, force: true });
    }
  });
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
const INSIDE_LIBRARY = /^nest\/library\/(drafts|consultations|deleted)\/[^/]+$|^nest\/library\/drafts\/[^/]+\.crdraft-changes\/[^/]+$|^nest\/library\/settings\.json$/;

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
