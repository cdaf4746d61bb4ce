import type { StateCreator } from 'zustand';
import type { AppState, NavigationSlice, SectionId, View } from './store-types';

export function viewToHash(view: View): string {
  if (view.screen === 'library') return '#/library';
  return view.section === null ? `#/draft/${view.draftId}` : `#/draft/${view.draftId}/${encodeURIComponent(view.section)}`;
}

export function viewFromHash(hash: string): View {
  const match = /^#\/draft\/([a-z0-9-]{1,64})(?:\/([^/]+))?$/.exec(hash);
  if (!match) return { screen: 'library' };
  if (match[2] === undefined) return { screen: 'draft', draftId: match[1]!, section: null };
  const section = decodeURIComponent(match[2]);
  const known = ['confidentiality', 'respondent', 'signatory', 'export'].includes(section) || section.startsWith('question:');
  return known ? { screen: 'draft', draftId: match[1]!, section: section as SectionId } : { screen: 'library' };
}

export const createNavigationSlice = (initial: View): StateCreator<AppState, [], [], NavigationSlice> => (set) => ({
  view: initial,
  navigate: (view) => set({ view }),
});
