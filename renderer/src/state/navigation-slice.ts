import type { StateCreator } from 'zustand';
import type { AppState, NavigationSlice, SectionId, View } from './store-types';

export function viewToHash(view: View): string {
  if (view.screen === 'library') return '#/library';
  if (view.screen === 'settings') return '#/settings';
  if (view.screen === 'import') return '#/import';
  if (view.screen === 'edit-consultation') return `#/consultation/${view.consultationId}`;
  return view.section === null ? `#/draft/${view.draftId}` : `#/draft/${view.draftId}/${encodeURIComponent(view.section)}`;
}

const FIXED_SECTIONS = ['confidentiality', 'respondent', 'signatory', 'review', 'export', 'history'];

export function viewFromHash(hash: string): View {
  if (hash === '#/settings') return { screen: 'settings' };
  const consultation = /^#\/consultation\/([a-z0-9-]{1,100})$/.exec(hash);
  if (consultation) return { screen: 'edit-consultation', consultationId: consultation[1]! };
  const match = /^#\/draft\/([a-z0-9-]{1,64})(?:\/([^/]+))?$/.exec(hash);
  if (!match) return { screen: 'library' };
  if (match[2] === undefined) return { screen: 'draft', draftId: match[1]!, section: null };
  const section = decodeURIComponent(match[2]);
  const known = FIXED_SECTIONS.includes(section) || section.startsWith('question:');
  return known ? { screen: 'draft', draftId: match[1]!, section: section as SectionId } : { screen: 'library' };
}

export const createNavigationSlice = (initial: View): StateCreator<AppState, [], [], NavigationSlice> => (set) => ({
  view: initial,
  navigate: (view) =>
    set(view.screen === 'draft' && view.section !== null && view.section !== 'export' ? { view, lastEditingSection: view.section } : { view }),
});
