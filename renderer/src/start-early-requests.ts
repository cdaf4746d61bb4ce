import { withEarlyRequests } from './state/early-requests';
import { viewFromHash } from './state/navigation-slice';
import { loadDraftScreen } from './screens/draft/load-draft-screen';

/** Imported first by main.tsx, so these requests leave before the rest of the app's code has even run. */
export const api = withEarlyRequests(window.drafter, window.location.hash);

// A window that opens on a draft fetches and compiles that screen's code while the rest starts.
if (viewFromHash(window.location.hash).screen === 'draft') void loadDraftScreen();

// The first UK time-zone conversion costs tens of milliseconds (Chromium loads its zone data); pay it while the
// window waits for that data rather than while it draws the deadlines. (Intl directly: this module runs first,
// before the date libraries.)
requestIdleCallback(() => new Intl.DateTimeFormat('en-US', { timeZone: 'Europe/London', timeZoneName: 'longOffset' }).format(new Date()), { timeout: 1000 });
