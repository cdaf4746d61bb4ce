import type { App, Session, WebContents } from 'electron';
import { isTrustedSenderUrl, type RendererLocation } from './trusted-sender';

/** Must stay identical to the meta tag in renderer/index.html (a test compares them). */
export const CONTENT_SECURITY_POLICY =
  "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";

/** Links the user may follow out of the app: web pages over https and email addresses. */
export function externalUrlAllowed(url: string): boolean {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  if (parsed.protocol === 'mailto:') return true;
  // Credentials in a link are a classic way to disguise where it really goes.
  return parsed.protocol === 'https:' && parsed.hostname !== '' && parsed.username === '' && parsed.password === '';
}

export type NavigationDecision = 'allow' | 'open-externally' | 'deny';

/** The window only ever shows the app itself; a followed https/mailto link opens in the user's browser or mail client. */
export function navigationDecision(url: string, location: RendererLocation): NavigationDecision {
  if (isTrustedSenderUrl(url, location)) return 'allow';
  return externalUrlAllowed(url) ? 'open-externally' : 'deny';
}

/** window.open never makes an Electron window. */
export function newWindowDecision(url: string): Exclude<NavigationDecision, 'allow'> {
  return externalUrlAllowed(url) ? 'open-externally' : 'deny';
}

/** A redirect is never user intent, so nothing is opened outside either. */
export function redirectDecision(url: string, location: RendererLocation): Exclude<NavigationDecision, 'open-externally'> {
  return isTrustedSenderUrl(url, location) ? 'allow' : 'deny';
}

/** The app needs no camera, microphone, location, notifications or devices: every request is refused. */
export function permissionDecision(_permission: string): false {
  return false;
}

export interface ResponseDetails {
  url: string;
  resourceType: string;
  responseHeaders?: Record<string, string[]>;
}

/**
 * The same policy as a response header for the app's own documents, so it
 * holds even if the meta tag were lost from a build. Returns null to leave a
 * response untouched.
 */
export function headersWithPolicy(details: ResponseDetails): Record<string, string[]> | null {
  const isDocument = details.resourceType === 'mainFrame' || details.resourceType === 'subFrame';
  if (!isDocument || !details.url.startsWith('file:')) return null;
  return { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] };
}

function applySessionPolicies(session: Session): void {
  session.setPermissionRequestHandler((_contents, permission, callback) => callback(permissionDecision(permission)));
  session.setPermissionCheckHandler((_contents, permission) => permissionDecision(permission));
  session.setDevicePermissionHandler(() => false);
  session.webRequest.onHeadersReceived({ urls: ['file:///*'] }, (details, callback) => {
    const headers = headersWithPolicy(details);
    callback(headers === null ? {} : { responseHeaders: headers });
  });
}

export interface SecurityOptions {
  app: Pick<App, 'on'>;
  openExternal: (url: string) => Promise<void>;
  location: RendererLocation;
}

function guard(contents: WebContents, { openExternal, location }: SecurityOptions): void {
  const openOutside = (url: string): void => {
    // A browser that fails to start must not take the app down with it.
    openExternal(url).catch(() => undefined);
  };

  contents.setWindowOpenHandler(({ url }) => {
    if (newWindowDecision(url) === 'open-externally') openOutside(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    const decision = navigationDecision(event.url, location);
    if (decision === 'allow') return;
    event.preventDefault();
    if (decision === 'open-externally') openOutside(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (redirectDecision(event.url, location) === 'deny') event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

/**
 * The one web-contents-created hook: every page the app ever creates is
 * guarded before it loads anything. Call before the first window is made.
 */
export function installSecurityHooks(options: SecurityOptions): void {
  const guardedSessions = new WeakSet<Session>();
  options.app.on('web-contents-created', (_event, contents) => {
    if (!guardedSessions.has(contents.session)) {
      guardedSessions.add(contents.session);
      applySessionPolicies(contents.session);
    }
    guard(contents, options);
  });
}
