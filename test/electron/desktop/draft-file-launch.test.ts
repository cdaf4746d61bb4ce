import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { createDraftFileOpener } from '../../../electron/draft-file-opener';
import { listenForDraftFiles, type LaunchApp } from '../../../electron/single-instance';
import { createWindowMessages } from '../../../electron/window-messages';
import { draftPathsFromArgv } from '../../../electron/open-files';
import { sampleDraft } from '../../support/sample-draft';
import type { Settings } from '../../../shared/model';

const SHARED = '/mnt/shared/Regulation/Dates response.crdraft';
const OTHER = '/home/priya/Second.crdraft';

/** The running app with fakes for everything it touches: the library, settings, the window and its page. */
function runningApp(options: { files?: string[]; argv?: string[]; failing?: Map<string, Error> } = {}) {
  const app = new EventEmitter();
  const files = new Set(options.files ?? [SHARED, OTHER]);
  const library = {
    openFile: vi.fn(async (path: string) => {
      const failure = options.failing?.get(path);
      if (failure) throw failure;
      return { ...sampleDraft(), id: path === SHARED ? 'shared-draft' : 'second-draft' };
    }),
  };
  // The opener ignores what the store answers, so an empty stand-in will do.
  const settings = { addRecentFile: vi.fn(async (_path: string) => ({}) as Settings) };
  const page = { send: vi.fn<(channel: string, payload: unknown) => void>() };
  const messages = createWindowMessages();
  const showWindow = vi.fn();
  const recentFilesChanged = vi.fn();
  const reportProblem = vi.fn<(path: string, message: string) => void>();
  const opener = createDraftFileOpener({ library, settings, messages, showWindow, recentFilesChanged, reportProblem });
  const launches = listenForDraftFiles({
    app: app as unknown as LaunchApp,
    argv: options.argv ?? ['/opt/crd/crd'],
    cwd: '/home/priya',
    draftPaths: (argv, cwd) => draftPathsFromArgv(argv, cwd, { platform: 'linux', isFile: (path) => files.has(path) }),
    showWindow,
  });
  const ready = async () => {
    messages.pageLoading(page);
    messages.pageCalled();
    await launches.start((path) => opener.open(path));
  };
  return { app, library, settings, page, showWindow, recentFilesChanged, reportProblem, ready };
}

describe('opening a draft file from outside the app', () => {
  it('opens the file the app was started with on Windows or Linux, and shows it in the window', async () => {
    const running = runningApp({ argv: ['/opt/crd/crd', '--no-sandbox', SHARED] });
    await running.ready();
    expect(running.library.openFile).toHaveBeenCalledWith(SHARED);
    expect(running.settings.addRecentFile).toHaveBeenCalledWith(SHARED);
    expect(running.recentFilesChanged).toHaveBeenCalled();
    expect(running.page.send.mock.calls).toEqual([['draft:opened', { draftId: 'shared-draft' }]]);
  });

  it('opens a second launch\'s file in the running app and brings its window forward', async () => {
    const running = runningApp();
    await running.ready();
    running.app.emit('second-instance', {}, ['/opt/crd/crd', '--allow-file-access-from-files', SHARED], '/home/priya');
    await vi.waitFor(() => expect(running.page.send).toHaveBeenCalled());
    expect(running.library.openFile).toHaveBeenCalledWith(SHARED);
    expect(running.showWindow).toHaveBeenCalled();
    expect(running.page.send.mock.calls).toEqual([['draft:opened', { draftId: 'shared-draft' }]]);
  });

  it('resolves a second launch\'s relative path against that launch\'s own folder', async () => {
    const running = runningApp();
    await running.ready();
    running.app.emit('second-instance', {}, ['crd', 'Second.crdraft'], '/home/priya');
    await vi.waitFor(() => expect(running.library.openFile).toHaveBeenCalledWith(OTHER));
  });

  it('just brings the window forward when a second launch names no file', async () => {
    const running = runningApp();
    await running.ready();
    running.app.emit('second-instance', {}, ['/opt/crd/crd'], '/tmp');
    expect(running.showWindow).toHaveBeenCalledOnce();
    expect(running.library.openFile).not.toHaveBeenCalled();
  });

  it('keeps a macOS open-file that arrives before the app is ready, and opens it once it is', async () => {
    const running = runningApp();
    const event = { preventDefault: vi.fn() };
    running.app.emit('open-file', event, SHARED);
    expect(event.preventDefault).toHaveBeenCalled();
    expect(running.library.openFile).not.toHaveBeenCalled();

    await running.ready();
    expect(running.library.openFile).toHaveBeenCalledWith(SHARED);
    expect(running.page.send.mock.calls).toEqual([['draft:opened', { draftId: 'shared-draft' }]]);
  });

  it('opens a macOS open-file straight away once the app is running', async () => {
    const running = runningApp();
    await running.ready();
    running.app.emit('open-file', { preventDefault: () => undefined }, OTHER);
    await vi.waitFor(() => expect(running.page.send).toHaveBeenCalledWith('draft:opened', { draftId: 'second-draft' }));
  });

  it('opens several files one after another, so the last one named is the one on screen', async () => {
    const running = runningApp({ argv: ['crd', SHARED, OTHER] });
    await running.ready();
    expect(running.page.send.mock.calls.map(([, payload]) => payload)).toEqual([{ draftId: 'shared-draft' }, { draftId: 'second-draft' }]);
  });

  it('tells the user, in the library\'s words, when a file cannot be opened, and does not remember it', async () => {
    const damaged = new AppError('damaged', 'This draft file is damaged and cannot be read.');
    const running = runningApp({ argv: ['crd', SHARED], failing: new Map([[SHARED, damaged]]) });
    await running.ready();
    expect(running.reportProblem).toHaveBeenCalledWith(SHARED, 'This draft file is damaged and cannot be read.');
    expect(running.settings.addRecentFile).not.toHaveBeenCalled();
    expect(running.page.send).not.toHaveBeenCalled();
  });

  it('still shows the draft when the recent list cannot be saved', async () => {
    const running = runningApp({ argv: ['crd', SHARED] });
    running.settings.addRecentFile.mockRejectedValueOnce(new AppError('io', 'Could not save the settings (EACCES).'));
    await running.ready();
    expect(running.page.send).toHaveBeenCalledWith('draft:opened', { draftId: 'shared-draft' });
    expect(running.reportProblem).not.toHaveBeenCalled();
  });
});

describe('messages to the window', () => {
  it('waits until the page has called the main process, so a message sent while it loads is not lost', () => {
    const messages = createWindowMessages();
    const page = { send: vi.fn() };
    messages.pageLoading(page);
    messages.post('draft:opened', { draftId: 'shared-draft' });
    messages.post('menu:command', 'print');
    expect(page.send).not.toHaveBeenCalled();
    messages.pageCalled();
    expect(page.send.mock.calls).toEqual([
      ['draft:opened', { draftId: 'shared-draft' }],
      ['menu:command', 'print'],
    ]);
    messages.post('menu:command', 'undo');
    expect(page.send).toHaveBeenLastCalledWith('menu:command', 'undo');
  });

  it('holds messages again while the page reloads, and for the next window after one closes', () => {
    const messages = createWindowMessages();
    const first = { send: vi.fn() };
    messages.pageLoading(first);
    messages.pageCalled();
    messages.pageLoading(first);
    messages.post('menu:command', 'find');
    expect(first.send).not.toHaveBeenCalled();

    messages.windowClosed();
    messages.pageCalled();
    const second = { send: vi.fn() };
    messages.pageLoading(second);
    messages.pageCalled();
    expect(first.send).not.toHaveBeenCalled();
    expect(second.send.mock.calls).toEqual([['menu:command', 'find']]);
  });

  it('refuses a message that breaks the contract rather than send it', () => {
    const messages = createWindowMessages();
    expect(() => messages.post('draft:opened', { draftId: '../etc/passwd' })).toThrow();
    expect(() => messages.post('menu:command', 'format-disk' as never)).toThrow();
  });

  it('keeps only the latest messages if the page never starts', () => {
    const messages = createWindowMessages();
    for (let index = 0; index < 50; index += 1) messages.post('menu:command', index % 2 === 0 ? 'undo' : 'redo');
    const page = { send: vi.fn() };
    messages.pageLoading(page);
    messages.pageCalled();
    expect(page.send.mock.calls.length).toBeLessThanOrEqual(20);
    expect(page.send).toHaveBeenLastCalledWith('menu:command', 'redo');
  });
});
