import type { BrowserWindowConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { createMainWindow, type LoadableWindow } from '../../../electron/window';
import { expectSecurePreferences } from '../security-gate/secure-preferences';

class FakeWindow implements LoadableWindow {
  static created: FakeWindow[] = [];
  readonly shown = vi.fn();
  readonly maximised = vi.fn();
  readonly loadedFiles: string[] = [];
  readonly loadedUrls: string[] = [];
  private readyListener: (() => void) | null = null;
  loadResult: Promise<void> = Promise.resolve();

  constructor(readonly options: BrowserWindowConstructorOptions) {
    FakeWindow.created.push(this);
  }
  once(_event: 'ready-to-show', listener: () => void): this {
    this.readyListener = listener;
    return this;
  }
  show(): void {
    this.shown();
  }
  maximize(): void {
    this.maximised();
  }
  loadFile(filePath: string): Promise<void> {
    this.loadedFiles.push(filePath);
    return this.loadResult;
  }
  loadURL(url: string): Promise<void> {
    this.loadedUrls.push(url);
    return this.loadResult;
  }
  paint(): void {
    this.readyListener?.();
  }
}

describe('the app window', () => {
  it('is created with the secure preferences and loads the built page from disk', () => {
    const window = createMainWindow({
      BrowserWindow: FakeWindow,
      preloadPath: '/app/out/preload/preload.cjs',
      renderer: { kind: 'file', path: '/app/out/renderer/index.html' },
    });
    expectSecurePreferences(window.options.webPreferences, '/app/out/preload/preload.cjs');
    expect(window.loadedFiles).toEqual(['/app/out/renderer/index.html']);
    expect(window.loadedUrls).toEqual([]);
  });

  it('stays hidden until its first paint, so the user never sees a blank frame', () => {
    const window = createMainWindow({
      BrowserWindow: FakeWindow,
      preloadPath: '/p.cjs',
      renderer: { kind: 'file', path: '/index.html' },
    });
    expect(window.options.show).toBe(false);
    expect(window.shown).not.toHaveBeenCalled();
    window.paint();
    expect(window.shown).toHaveBeenCalledOnce();
  });

  it('opens centred at the default size when there is no remembered place', () => {
    const window = createMainWindow({ BrowserWindow: FakeWindow, preloadPath: '/p.cjs', renderer: { kind: 'file', path: '/index.html' } });
    expect(window.options).toMatchObject({ width: 1280, height: 860 });
    expect(window.options.x).toBeUndefined();
    window.paint();
    expect(window.maximised).not.toHaveBeenCalled();
  });

  it('opens where it was last time, maximised before it is shown if it was maximised', () => {
    const window = createMainWindow({
      BrowserWindow: FakeWindow,
      preloadPath: '/p.cjs',
      renderer: { kind: 'file', path: '/index.html' },
      placement: { x: 40, y: 50, width: 1100, height: 700, maximised: true },
    });
    expect(window.options).toMatchObject({ x: 40, y: 50, width: 1100, height: 700, minWidth: 900, minHeight: 600 });
    expect(window.options).not.toHaveProperty('maximised');
    window.paint();
    expect(window.maximised).toHaveBeenCalledOnce();
    expect(window.maximised.mock.invocationCallOrder[0]).toBeLessThan(window.shown.mock.invocationCallOrder[0] ?? 0);
  });

  it('loads the dev server page when running electron-vite dev', () => {
    const window = createMainWindow({
      BrowserWindow: FakeWindow,
      preloadPath: '/p.cjs',
      renderer: { kind: 'url', url: 'http://localhost:5173/' },
    });
    expect(window.loadedUrls).toEqual(['http://localhost:5173/']);
  });

  it('reports a page that fails to load instead of leaving an unhandled rejection', async () => {
    const failure = new Error('ERR_FILE_NOT_FOUND');
    class BrokenWindow extends FakeWindow {
      override loadResult = Promise.reject(failure);
    }
    const onLoadFailed = vi.fn();
    createMainWindow({ BrowserWindow: BrokenWindow, preloadPath: '/p.cjs', renderer: { kind: 'file', path: '/missing.html' }, onLoadFailed });
    await vi.waitFor(() => expect(onLoadFailed).toHaveBeenCalledWith(failure));
  });
});
