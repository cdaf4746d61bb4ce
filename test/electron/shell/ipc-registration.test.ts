import { describe, expect, it, vi } from 'vitest';
import { createIpcHandlers, type IpcHandlers } from '../../../electron/ipc-handlers';
import { registerIpcHandlers, type InvokeEventLike, type IpcMainLike } from '../../../electron/ipc';
import type {
  AnswerSearch,
  ConsultationImporter,
  DesktopShell,
  Dialogs,
  DraftExporter,
  DraftLibrary,
  Services,
  SettingsStore,
  WindowPrinter,
  WorkControl,
} from '../../../electron/services/contracts';
import { channels, type Channel, type ChannelResult, type IpcResult } from '../../../shared/ipc';
import { mainOwnedFields } from '../../../shared/save-merge';
import { dccConsultation, sampleDraft } from '../../support/sample-draft';

// electron/ipc.ts also wires the real ipcMain; the real module cannot load outside Electron.
vi.mock('electron', () => ({ ipcMain: { handle: () => undefined } }));

const APP_URL = 'file:///opt/crd/resources/app.asar/out/renderer/index.html';
type Listener = (event: InvokeEventLike, args: unknown) => Promise<IpcResult<unknown>>;

function fakeIpcMain() {
  const listeners = new Map<string, Listener>();
  const ipcMain: IpcMainLike = {
    handle(channel, listener) {
      if (listeners.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
      listeners.set(channel, listener);
    },
  };
  const call = (channel: Channel, args: unknown, event: InvokeEventLike = fromApp()) => {
    const listener = listeners.get(channel);
    if (!listener) throw new Error(`no handler for ${channel}`);
    return listener(event, args);
  };
  return { ipcMain, listeners, call };
}

function fromApp(url = APP_URL): InvokeEventLike {
  return { senderFrame: { url, parent: null } };
}

function spyHandlers() {
  const calls: Array<[Channel, unknown]> = [];
  const handlers = Object.fromEntries(
    channels.map((channel) => [
      channel,
      async (args: unknown) => {
        calls.push([channel, args]);
        return { ok: true, value: channel };
      },
    ]),
  ) as unknown as IpcHandlers;
  return { calls, handlers };
}

/** Services that fail the test if the IPC layer ever lets a bad request through to them. */
function untouchableServices() {
  const touched: string[] = [];
  const forbidden = <T extends object>(name: string, fields: Partial<T> = {}): T =>
    new Proxy(fields, {
      get(target, property) {
        if (property in target) return target[property as keyof typeof target];
        return () => {
          touched.push(`${name}.${String(property)}`);
          throw new Error(`${name}.${String(property)} must not be called`);
        };
      },
    }) as T;
  const services: Services = {
    library: forbidden<DraftLibrary>('library', { folder: '/library' }),
    importer: forbidden<ConsultationImporter>('importer'),
    exporter: forbidden<DraftExporter>('exporter'),
    settings: forbidden<SettingsStore>('settings'),
    search: forbidden<AnswerSearch>('search'),
    work: forbidden<WorkControl>('work'),
    printer: forbidden<WindowPrinter>('printer'),
    dialogs: forbidden<Dialogs>('dialogs'),
    shell: forbidden<DesktopShell>('shell'),
    clock: () => {
      touched.push('clock');
      return new Date(0);
    },
    appVersion: '0.1.0',
  };
  return { services, touched };
}

/** For every channel, arguments a compromised or buggy page might send. Typed so a new channel must add its own. */
const invalidArguments: Record<Channel, unknown[]> = {
  'app:info': [{}, 'x', 1, null],
  'library:list': [{}, 'x', [], null],
  'draft:create': [undefined, {}, { consultationId: '' }, { consultationId: 7 }, 'x'],
  'draft:open': [undefined, {}, { id: '../x' }, { id: 'A/B' }, { id: 'x'.repeat(65) }, { id: 1 }],
  'draft:shared': [undefined, {}, { id: '../x', knownRevision: null }, { id: 'ok-id' }, { id: 'ok-id', knownRevision: 7 }],
  'draft:leave': [undefined, {}, { id: '../x' }, { id: 7 }],
  'draft:save': [undefined, {}, { draft: {} }, { draft: 'x' }, 'x'],
  'draft:rename': [undefined, {}, { id: '../x', name: 'New name' }, { id: 'ok-id', name: '   ' }, { id: 'ok-id', name: 5 }],
  'draft:duplicate': [undefined, {}, { id: '../x' }, { id: '' }],
  'draft:delete': [undefined, {}, { id: '../../etc' }, { id: 'x\\y' }],
  'draft:restoreBackup': [undefined, {}, { id: '..' }, { id: null }],
  'consultation:add': [undefined, {}, { consultation: {} }, { consultation: 'x' }],
  'consultation:update': [undefined, {}, { consultation: {} }, { consultation: { ...dccConsultation, id: '../x' } }, { consultation: { ...dccConsultation, responseEmail: 'not an address' } }],
  'consultation:remove': [undefined, {}, { id: '../x' }, { id: 'a/b' }, { id: '' }, { id: 3 }],
  'draft:takeUpCorrection': [undefined, {}, { id: '../x', correctedAt: '2020-10-27T09:00:00.000Z' }, { id: 'ok-id', correctedAt: 'yesterday' }, { id: 'ok-id' }],
  'import:choose': [{}, 'C:\\Windows\\system.ini', [], null],
  'import:read': [undefined, {}, { fileName: '', dataBase64: 'eA==' }, { fileName: 'a.pdf', dataBase64: 42 }, { fileName: 'a.pdf' }],
  'work:cancel': [undefined, {}, { kind: 'everything' }, { kind: 1 }, 'import'],
  'export:chooseFolder': [undefined, {}, { draftId: '../x' }],
  'export:run': [
    undefined,
    {},
    { draftId: 'ok-id', kinds: [], overwrite: false },
    { draftId: 'ok-id', kinds: ['everything'], overwrite: false },
    { draftId: 'ok-id', kinds: ['letter-full'], overwrite: 'yes' },
    { draftId: '../x', kinds: ['letter-full'], overwrite: false },
  ],
  'export:openFile': [undefined, {}, { draftId: 'ok-id', fileName: '' }, { draftId: '../x', fileName: 'letter.docx' }],
  'draft:workflow': [
    undefined,
    {},
    { id: '../x', action: { kind: 'request-review' } },
    { id: 'ok-id', action: { kind: 'delete-everything' } },
    { id: 'ok-id', action: { kind: 'sign-off', name: '', jobTitle: 'Head of Regulation', date: '2020-10-26' } },
    { id: 'ok-id', action: { kind: 'mark-sent', sentOn: '2020-10-26', sha256: 'not-a-hash' } },
  ],
  'draft:noteReuse': [
    undefined,
    {},
    { id: 'ok-id', questionId: 'q1', fromDraftId: '../x', fromQuestionId: 'q1' },
    { id: 'ok-id', questionId: '', fromDraftId: 'other-id', fromQuestionId: 'q1' },
    { id: 'ok-id', questionId: 'q1', fromDraftId: 'other-id' },
  ],
  'answers:search': [
    undefined,
    {},
    { text: 'x'.repeat(501), issuer: null, excludeDraftId: null, limit: 10 },
    { text: 'dates', issuer: null, excludeDraftId: null, limit: 0 },
    { text: 'dates', issuer: null, excludeDraftId: '../x', limit: 10 },
    { text: 'dates', issuer: 5, excludeDraftId: null, limit: 10 },
    { text: 'dates', issuer: null, excludeDraftId: null, limit: 1e9 },
  ],
  'settings:get': [{}, 'x', [], null],
  'settings:saveProfile': [undefined, {}, { profile: {} }, { profile: 'x' }, { profile: { respondent: {}, signatory: { name: 1, jobTitle: '' } } }],
  'draftFile:open': [undefined, {}, { path: '' }, { path: 7 }, { path: 'x'.repeat(4097) }, 'C:\\drafts\\a.crdraft'],
  'draftFile:saveCopy': [undefined, {}, { id: '../x' }, { id: null }, { path: '/tmp/a.crdraft' }],
  'recent:list': [{}, 'x', [], null],
  'print:savePdf': [
    undefined,
    {},
    { draftId: 'ok-id', version: 'everything' },
    { draftId: '../x', version: 'full' },
    { draftId: 'ok-id' },
  ],
};

describe('registering the IPC contract in the main process', () => {
  it('registers exactly one handler per contract channel', () => {
    const { ipcMain, listeners } = fakeIpcMain();
    registerIpcHandlers(ipcMain, spyHandlers().handlers, () => true);
    expect([...listeners.keys()].sort()).toEqual([...channels].sort());
  });

  it("passes a call from the app's own page to its handler unchanged", async () => {
    const { ipcMain, call } = fakeIpcMain();
    const { handlers, calls } = spyHandlers();
    registerIpcHandlers(ipcMain, handlers, (url) => url === APP_URL);
    await expect(call('draft:open', { id: 'sample-draft' })).resolves.toEqual({ ok: true, value: 'draft:open' });
    expect(calls).toEqual([['draft:open', { id: 'sample-draft' }]]);
  });

  it('refuses every channel from any other page without running its handler', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const { handlers, calls } = spyHandlers();
    registerIpcHandlers(ipcMain, handlers, (url) => url === APP_URL);
    const strangers: InvokeEventLike[] = [
      fromApp('https://evil.example/'),
      fromApp('file:///home/priya/Downloads/page.html'),
      { senderFrame: null },
      { senderFrame: { url: APP_URL, parent: { url: APP_URL } } },
    ];
    for (const channel of channels) {
      for (const event of strangers) {
        const result = await call(channel, { id: 'sample-draft' }, event);
        expect(result.ok ? null : result.error.code, `${channel} from ${event.senderFrame?.url}`).toBe('untrusted-sender');
      }
    }
    expect(calls).toEqual([]);
  });

  it('answers a handler that throws with an internal error rather than a rejection', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const handlers = { ...spyHandlers().handlers, 'library:list': async () => Promise.reject(new Error('disk gone')) };
    registerIpcHandlers(ipcMain, handlers, () => true);
    const result = await call('library:list', undefined);
    expect(result.ok ? null : result.error.code).toBe('internal');
    if (!result.ok) expect(result.error.message).toBe('Something went wrong: disk gone');
  });

  it('tells an observer about trusted calls and their answers, and nothing about refused ones', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const onCall = vi.fn();
    const onResult = vi.fn();
    registerIpcHandlers(ipcMain, spyHandlers().handlers, (url) => url === APP_URL, { onCall, onResult });
    await call('draftFile:open', { path: null });
    await call('draftFile:open', { path: null }, fromApp('https://evil.example/'));
    expect(onCall.mock.calls).toEqual([['draftFile:open']]);
    expect(onResult.mock.calls).toEqual([['draftFile:open', { ok: true, value: 'draftFile:open' }]]);
  });

  it('answers the window even when an observer fails', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const broken = () => {
      throw new Error('observer bug');
    };
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    registerIpcHandlers(ipcMain, spyHandlers().handlers, () => true, { onCall: broken, onResult: broken });
    await expect(call('recent:list', undefined)).resolves.toEqual({ ok: true, value: 'recent:list' });
    quiet.mockRestore();
  });

  it('lets quitting wait for a save that is still being written', async () => {
    const { ipcMain, call } = fakeIpcMain();
    let finishSave: () => void = () => undefined;
    const handlers = {
      ...spyHandlers().handlers,
      'draft:save': () => new Promise<IpcResult<ChannelResult<'draft:save'>>>((resolve) => {
        finishSave = () => resolve({ ok: true, value: { savedAt: '2020-10-26T10:00:00.000Z', owned: mainOwnedFields(sampleDraft()) } });
      }),
    };
    const registration = registerIpcHandlers(ipcMain, handlers, () => true);
    expect(registration.busy).toBe(false);

    const saving = call('draft:save', { draft: {} });
    expect(registration.busy).toBe(true);
    let idle = false;
    const waiting = registration.whenIdle(10_000).then(() => (idle = true));
    await Promise.resolve();
    expect(idle).toBe(false);

    finishSave();
    await saving;
    // Quitting goes on as soon as the save is written, not when the grace period runs out.
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(true);
    await waiting;
    expect(registration.busy).toBe(false);
  });

  it('waits for every save in progress, not just the first to finish', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const finishers: Array<() => void> = [];
    const handlers = {
      ...spyHandlers().handlers,
      'draft:save': () => new Promise<IpcResult<ChannelResult<'draft:save'>>>((resolve) => {
        finishers.push(() => resolve({ ok: true, value: { savedAt: '2020-10-26T10:00:00.000Z', owned: mainOwnedFields(sampleDraft()) } }));
      }),
    };
    const registration = registerIpcHandlers(ipcMain, handlers, () => true);
    const first = call('draft:save', { draft: {} });
    const second = call('draft:save', { draft: {} });
    let idle = false;
    const waiting = registration.whenIdle(10_000).then(() => (idle = true));
    finishers[0]!();
    await first;
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(false);
    expect(registration.busy).toBe(true);
    finishers[1]!();
    await second;
    await new Promise((resolve) => setImmediate(resolve));
    expect(idle).toBe(true);
    await waiting;
  });

  it('lets quitting go on at once when nothing is being saved', async () => {
    const { ipcMain } = fakeIpcMain();
    const registration = registerIpcHandlers(ipcMain, spyHandlers().handlers, () => true);
    const first = await Promise.race([
      registration.whenIdle(10_000).then(() => 'idle'),
      new Promise((resolve) => setImmediate(() => resolve('still waiting'))),
    ]);
    expect(first).toBe('idle');
  });

  it('stops waiting for a stuck call after the grace period', async () => {
    const { ipcMain, call } = fakeIpcMain();
    const handlers = { ...spyHandlers().handlers, 'draft:save': () => new Promise<IpcResult<never>>(() => undefined) };
    const registration = registerIpcHandlers(ipcMain, handlers, () => true);
    void call('draft:save', undefined);
    await expect(registration.whenIdle(20)).resolves.toBeUndefined();
  });

  it('has malformed arguments to try on every channel of the contract, so a new channel cannot slip past', () => {
    expect(Object.keys(invalidArguments).sort()).toEqual([...channels].sort());
    for (const channel of channels) expect(invalidArguments[channel]?.length ?? 0, channel).toBeGreaterThan(0);
  });

  describe('with the real argument validation', () => {
    for (const channel of channels) {
      it(`rejects malformed arguments on ${channel} before any service is touched`, async () => {
        const { ipcMain, call } = fakeIpcMain();
        const { services, touched } = untouchableServices();
        registerIpcHandlers(ipcMain, createIpcHandlers(services), (url) => url === APP_URL);
        for (const args of invalidArguments[channel]) {
          const result = await call(channel, args);
          expect(result.ok ? 'accepted' : result.error.code, `${channel} with ${JSON.stringify(args)}`).toBe('invalid-argument');
        }
        expect(touched).toEqual([]);
      });
    }
  });
});
