import { withEarlyRequests } from './state/early-requests';

/** Imported first by main.tsx, so these requests leave before the rest of the app's code has even run. */
export const api = withEarlyRequests(window.drafter, window.location.hash);
