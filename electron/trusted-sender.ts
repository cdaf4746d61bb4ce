/** Where the app's own renderer lives: its built index.html, and in development the electron-vite server. */
export interface RendererLocation {
  /** file: URL of out/renderer/index.html. */
  appUrl: string;
  /** ELECTRON_RENDERER_URL in `electron-vite dev`; null in a built or packaged app. */
  devServerUrl: string | null;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * Node's pathToFileURL and Chromium do not percent-encode quite the same
 * characters, and Windows drive letters may differ in case, so paths are
 * compared decoded.
 */
function filePath(url: URL): string | null {
  try {
    return decodeURIComponent(url.pathname).replace(/^\/([a-z]):/i, (_, drive: string) => `/${drive.toUpperCase()}:`);
  } catch {
    return null;
  }
}

function isAppFile(candidate: URL, appUrl: string): boolean {
  const app = parse(appUrl);
  if (app === null || app.protocol !== 'file:' || candidate.protocol !== 'file:') return false;
  // A host in a file: URL is a network share (file://server/...), never the app's own file.
  if (candidate.host !== app.host) return false;
  const path = filePath(candidate);
  return path !== null && path === filePath(app);
}

function isDevServer(candidate: URL, devServerUrl: string | null): boolean {
  if (devServerUrl === null) return false;
  const dev = parse(devServerUrl);
  return dev !== null && (dev.protocol === 'http:' || dev.protocol === 'https:') && candidate.origin === dev.origin;
}

/**
 * True only for the app's own renderer page (any #fragment or ?query), so a
 * frame showing anything else — another local file, a web page — cannot call
 * the main process.
 */
export function isTrustedSenderUrl(url: string, location: RendererLocation): boolean {
  const candidate = parse(url);
  if (candidate === null) return false;
  return isAppFile(candidate, location.appUrl) || isDevServer(candidate, location.devServerUrl);
}
