import { useEffect } from 'react';
import { countDueThisWeek } from '../../shared/deadline-board';
import { useApp, useNow } from './state/store-context';
import { useProfile } from './state/use-profile';

const APP_TITLE = 'Consultation Response Drafter';

/** Puts the number of drafts due this week in the window title, where it shows in the taskbar too. */
export function useDueBadge(): void {
  const drafts = useApp((s) => s.listing?.drafts ?? null);
  const now = useNow();
  const region = useProfile()?.bankHolidayRegion;
  useEffect(() => {
    const due = drafts ? countDueThisWeek(drafts, now, region) : 0;
    document.title = due > 0 ? `(${due} due this week) ${APP_TITLE}` : APP_TITLE;
  }, [drafts, now, region]);
}
