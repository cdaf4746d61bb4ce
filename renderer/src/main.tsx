// First, so the first screen's data is already on its way while the rest starts.
import { api } from './start-early-requests';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { createAppStore } from './state/app-store';
import { StoreProvider } from './state/store-context';
import { viewFromHash } from './state/navigation-slice';
import './styles.css';

const AUTOSAVE_DELAY_MS = 600;
/** Colleagues' saved changes to a shared draft appear within this long, even where the file watcher hears nothing (network drives). */
const SHARED_POLL_MS = 3000;

const clock = () => new Date();
const store = createAppStore({ api, clock, autosaveDelayMs: AUTOSAVE_DELAY_MS, sharedPollMs: SHARED_POLL_MS }, viewFromHash(window.location.hash));

const container = document.getElementById('root');
if (!container) throw new Error('The page has no #root element');
createRoot(container).render(
  <StrictMode>
    <StoreProvider store={store} clock={clock}>
      <App />
    </StoreProvider>
  </StrictMode>,
);
