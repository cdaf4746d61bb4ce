import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import type { AppStore } from './app-store';
import type { AppState } from './store-types';

const StoreContext = createContext<AppStore | null>(null);
const ClockContext = createContext<() => Date>(() => new Date());

export function StoreProvider({ store, clock, children }: { store: AppStore; clock: () => Date; children: ReactNode }) {
  return (
    <StoreContext.Provider value={store}>
      <ClockContext.Provider value={clock}>{children}</ClockContext.Provider>
    </StoreContext.Provider>
  );
}

export function useAppStore(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp must be used inside <StoreProvider>');
  return store;
}

/** Reads the app state through a selector, re-rendering only when the selected value changes. */
export function useApp<T>(selector: (state: AppState) => T): T {
  return useStore(useAppStore(), selector);
}

/** The current time, refreshed each minute so countdowns stay right while the app is open. */
export function useNow(refreshMs = 60_000): Date {
  const clock = useContext(ClockContext);
  const [now, setNow] = useState(() => clock());
  useEffect(() => {
    const id = setInterval(() => setNow(clock()), refreshMs);
    return () => clearInterval(id);
  }, [clock, refreshMs]);
  return now;
}
