import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { writeFileAtomic } from './services/atomic-file';

const Coordinate = z.number().finite().min(-1_000_000).max(1_000_000);
const Length = z.number().finite().positive().max(1_000_000);

/** Where the window was when last moved or resized: its normal (not maximised) bounds, and whether it was maximised. */
export const WindowStateSchema = z.object({ x: Coordinate, y: Coordinate, width: Length, height: Length, maximised: z.boolean() });
export type WindowState = z.infer<typeof WindowStateSchema>;

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** No position means "let Electron centre it". */
export interface WindowPlacement {
  x?: number;
  y?: number;
  width: number;
  height: number;
  maximised: boolean;
}

export const DEFAULT_WINDOW_SIZE = { width: 1280, height: 860 } as const;

/** How much of the title bar must be on a display for the user to grab it and drag the window back. */
const GRIP = { width: 120, height: 24 };

function overlap(a: Area, b: Area): { width: number; height: number } {
  return {
    width: Math.max(0, Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x)),
    height: Math.max(0, Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y)),
  };
}

function fit(size: { width: number; height: number }, area: Area | undefined): { width: number; height: number } {
  const width = Math.round(size.width);
  const height = Math.round(size.height);
  return area === undefined ? { width, height } : { width: Math.min(width, area.width), height: Math.min(height, area.height) };
}

const clamp = (value: number, low: number, high: number): number => Math.min(Math.max(value, low), Math.max(low, high));

/**
 * Where to open the window, given where it was and the displays there are
 * now (work areas, primary first). A position whose title bar is on no
 * display — a monitor unplugged since, a laptop off its dock — is dropped so
 * the window opens centred; the size is cut down to fit the display, and a
 * window that would hang over a display's edge is pulled onto it.
 */
export function restoreBounds(saved: WindowState | null, workAreas: readonly Area[], defaults: { width: number; height: number } = DEFAULT_WINDOW_SIZE): WindowPlacement {
  const primary = workAreas[0];
  if (saved === null) return { ...fit(defaults, primary), maximised: false };

  const titleBar: Area = { x: saved.x, y: saved.y, width: saved.width, height: GRIP.height };
  const home = workAreas.find((area) => {
    const visible = overlap(titleBar, area);
    return visible.width >= Math.min(GRIP.width, saved.width) && visible.height >= GRIP.height;
  });
  if (home === undefined) return { ...fit(saved, primary), maximised: saved.maximised };

  const size = fit(saved, home);
  return {
    x: Math.round(clamp(saved.x, home.x, home.x + home.width - size.width)),
    y: Math.round(clamp(saved.y, home.y, home.y + home.height - size.height)),
    ...size,
    maximised: saved.maximised,
  };
}

/** A file that is not valid JSON or not a window state (hand-edited, cut short) counts as no state at all. */
export function parseWindowState(text: string): WindowState | null {
  try {
    const parsed = WindowStateSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export interface WindowStateStoreOptions {
  path: string;
  /** Moving or resizing fires many events; the file is written once things settle. */
  delayMs?: number;
  readText?: (path: string) => Promise<string>;
  writeText?: (path: string, text: string) => Promise<void>;
}

export interface WindowStateStore {
  load(): Promise<WindowState | null>;
  /** The last state loaded or remembered, for a window opened again later (macOS). */
  latest(): WindowState | null;
  remember(state: WindowState): void;
  /** Writes a remembered state now rather than after the delay; resolves once it is on disk. */
  flush(): Promise<void>;
  readonly busy: boolean;
}

export function createWindowStateStore(options: WindowStateStoreOptions): WindowStateStore {
  const delayMs = options.delayMs ?? 500;
  const readText = options.readText ?? ((path: string) => readFile(path, 'utf8'));
  const writeText = options.writeText ?? writeFileAtomic;
  let latest: WindowState | null = null;
  let unsaved: WindowState | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Writes run one after another, so an older state can never land after a newer one.
  let writing: Promise<void> = Promise.resolve();
  let writesInFlight = 0;

  function writeNow(): Promise<void> {
    if (timer !== null) clearTimeout(timer);
    timer = null;
    const state = unsaved;
    unsaved = null;
    if (state === null) return writing;
    writesInFlight += 1;
    writing = writing
      .then(() => writeText(options.path, `${JSON.stringify(state)}\n`))
      // Losing the window's place is not worth an error dialog; the next move tries again.
      .catch(() => undefined)
      .finally(() => {
        writesInFlight -= 1;
      });
    return writing;
  }

  return {
    async load() {
      try {
        latest = parseWindowState(await readText(options.path));
      } catch {
        latest = null;
      }
      return latest;
    },
    latest: () => latest,
    remember(state) {
      latest = state;
      unsaved = state;
      if (timer !== null) clearTimeout(timer);
      timer = setTimeout(() => void writeNow(), delayMs);
    },
    flush: writeNow,
    get busy() {
      return unsaved !== null || writesInFlight > 0;
    },
  };
}

/** The part of BrowserWindow whose place is remembered; Electron's class satisfies it. */
export interface TrackedWindow {
  on(event: 'resize', listener: () => void): unknown;
  on(event: 'move', listener: () => void): unknown;
  on(event: 'maximize', listener: () => void): unknown;
  on(event: 'unmaximize', listener: () => void): unknown;
  on(event: 'close', listener: () => void): unknown;
  getNormalBounds(): Area;
  isMaximized(): boolean;
}

/** Remembers the window's place as it changes, and writes it straight away when the window closes. */
export function trackWindowState(window: TrackedWindow, store: Pick<WindowStateStore, 'remember' | 'flush'>): void {
  // Normal bounds, so a maximised window restores to the size it had before it was maximised.
  const remember = (): void => {
    // A minimised window on some platforms reports no size; such a state is not worth keeping.
    const state = WindowStateSchema.safeParse({ ...window.getNormalBounds(), maximised: window.isMaximized() });
    if (state.success) store.remember(state.data);
  };
  window.on('resize', remember);
  window.on('move', remember);
  window.on('maximize', remember);
  window.on('unmaximize', remember);
  window.on('close', () => {
    remember();
    void store.flush();
  });
}
