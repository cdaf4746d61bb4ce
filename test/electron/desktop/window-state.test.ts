import { EventEmitter } from 'node:events';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createWindowStateStore,
  DEFAULT_WINDOW_SIZE,
  parseWindowState,
  restoreBounds,
  trackWindowState,
  type Area,
  type TrackedWindow,
  type WindowState,
} from '../../../electron/window-state';

const laptop: Area = { x: 0, y: 0, width: 1440, height: 860 };
const monitorOnRight: Area = { x: 1440, y: 0, width: 2560, height: 1400 };

describe('where the window opens', () => {
  it('opens centred at the default size the first time', () => {
    expect(restoreBounds(null, [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximised: false });
  });

  it('opens where it was, at the size it was', () => {
    const saved: WindowState = { x: 1600, y: 100, width: 1400, height: 1000, maximised: false };
    expect(restoreBounds(saved, [laptop, monitorOnRight])).toEqual(saved);
  });

  it('drops a position on a monitor that is no longer connected, so the window is not lost off-screen', () => {
    const saved: WindowState = { x: 1600, y: 100, width: 1400, height: 1000, maximised: false };
    const placement = restoreBounds(saved, [laptop]);
    expect(placement.x).toBeUndefined();
    expect(placement.y).toBeUndefined();
    expect(placement).toMatchObject({ width: 1400, height: 860 });
  });

  it('drops a position whose title bar is above the top of every display, where it could not be dragged', () => {
    const placement = restoreBounds({ x: 100, y: -400, width: 1000, height: 800, maximised: false }, [laptop]);
    expect(placement.x).toBeUndefined();
  });

  it('cuts the size down to the display it opens on', () => {
    const placement = restoreBounds({ x: 0, y: 0, width: 2400, height: 1300, maximised: false }, [laptop, monitorOnRight]);
    expect(placement).toEqual({ x: 0, y: 0, width: 1440, height: 860, maximised: false });
  });

  it('pulls a window hanging over the edge of its display back onto it', () => {
    const placement = restoreBounds({ x: 1000, y: 500, width: 1000, height: 800, maximised: false }, [laptop]);
    expect(placement).toEqual({ x: 440, y: 60, width: 1000, height: 800, maximised: false });
  });

  it('reopens maximised when it was closed maximised', () => {
    expect(restoreBounds({ x: 10, y: 10, width: 1200, height: 800, maximised: true }, [laptop]).maximised).toBe(true);
  });

  it('keeps the saved size when no display is known', () => {
    expect(restoreBounds({ x: 10, y: 10, width: 1200, height: 800, maximised: false }, [])).toEqual({ width: 1200, height: 800, maximised: false });
  });
});

describe('reading the saved state', () => {
  it('accepts a state it wrote', () => {
    expect(parseWindowState('{"x":1,"y":2,"width":1200,"height":800,"maximised":false}')).toEqual({ x: 1, y: 2, width: 1200, height: 800, maximised: false });
  });

  it('treats a damaged or tampered file as no state at all', () => {
    for (const text of ['', '{', 'null', '[]', '{"x":1,"y":2,"width":-5,"height":800,"maximised":false}', '{"x":"left","y":2,"width":1200,"height":800,"maximised":false}', '{"x":1,"y":2,"width":1200,"height":800}', '{"x":1e308,"y":2,"width":1200,"height":800,"maximised":false}']) {
      expect(parseWindowState(text), text).toBeNull();
    }
  });
});

describe('the window-state file', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'crd-window-state-'));
  });
  afterEach(async () => {
    vi.useRealTimers();
    await rm(folder, { recursive: true, force: true });
  });

  it('falls back to the defaults when the file is missing or damaged', async () => {
    const path = join(folder, 'window-state.json');
    expect(await createWindowStateStore({ path }).load()).toBeNull();
    await writeFile(path, '{"x": 10, "y": ');
    const store = createWindowStateStore({ path });
    expect(await store.load()).toBeNull();
    expect(restoreBounds(store.latest(), [laptop])).toEqual({ ...DEFAULT_WINDOW_SIZE, maximised: false });
  });

  it('writes once moving and resizing settle, not on every event', async () => {
    vi.useFakeTimers();
    const writes: string[] = [];
    const store = createWindowStateStore({ path: 'unused', delayMs: 500, writeText: async (_path, text) => void writes.push(text) });
    store.remember({ x: 1, y: 1, width: 1000, height: 700, maximised: false });
    store.remember({ x: 2, y: 2, width: 1000, height: 700, maximised: false });
    store.remember({ x: 3, y: 3, width: 1000, height: 700, maximised: false });
    expect(store.busy).toBe(true);
    await vi.advanceTimersByTimeAsync(499);
    expect(writes).toEqual([]);
    await vi.advanceTimersByTimeAsync(1);
    expect(writes.map((text) => JSON.parse(text) as WindowState)).toEqual([{ x: 3, y: 3, width: 1000, height: 700, maximised: false }]);
    expect(store.busy).toBe(false);
  });

  it('saves to disk on close and reads it back next time', async () => {
    const path = join(folder, 'window-state.json');
    const store = createWindowStateStore({ path, delayMs: 60_000 });
    store.remember({ x: 20, y: 30, width: 1100, height: 750, maximised: true });
    await store.flush();
    expect(JSON.parse(await readFile(path, 'utf8'))).toEqual({ x: 20, y: 30, width: 1100, height: 750, maximised: true });
    expect(await createWindowStateStore({ path }).load()).toEqual({ x: 20, y: 30, width: 1100, height: 750, maximised: true });
  });

  it('shrugs off a failed write; the next move tries again', async () => {
    const store = createWindowStateStore({ path: 'unused', writeText: async () => Promise.reject(new Error('EACCES')) });
    store.remember({ x: 1, y: 1, width: 1000, height: 700, maximised: false });
    await expect(store.flush()).resolves.toBeUndefined();
    expect(store.busy).toBe(false);
  });
});

describe('following the window', () => {
  function fakeWindow(bounds: Area, maximised = false) {
    const window = Object.assign(new EventEmitter(), {
      bounds,
      maximised,
      getNormalBounds: () => window.bounds,
      isMaximized: () => window.maximised,
    });
    return window;
  }

  it('remembers the normal bounds as the window moves, and flushes them on close', () => {
    const window = fakeWindow({ x: 0, y: 0, width: 1000, height: 700 });
    const store = { remember: vi.fn(), flush: vi.fn(async () => undefined) };
    trackWindowState(window as unknown as TrackedWindow, store);

    window.bounds = { x: 50, y: 60, width: 1000, height: 700 };
    window.emit('move');
    expect(store.remember).toHaveBeenLastCalledWith({ x: 50, y: 60, width: 1000, height: 700, maximised: false });

    window.maximised = true;
    window.emit('maximize');
    expect(store.remember).toHaveBeenLastCalledWith({ x: 50, y: 60, width: 1000, height: 700, maximised: true });

    window.emit('close');
    expect(store.flush).toHaveBeenCalledOnce();
  });

  it('ignores the empty bounds a minimised window can report', () => {
    const window = fakeWindow({ x: -32000, y: -32000, width: 0, height: 0 });
    const store = { remember: vi.fn(), flush: vi.fn(async () => undefined) };
    trackWindowState(window as unknown as TrackedWindow, store);
    window.emit('resize');
    expect(store.remember).not.toHaveBeenCalled();
  });
});
