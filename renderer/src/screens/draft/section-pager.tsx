import { listSections } from '../../sections';
import type { SectionId } from '../../state/store-types';
import { useApp } from '../../state/store-context';

/** Previous / next buttons through the draft's sections, ending at the export screen. */
export function SectionPager({ current }: { current: SectionId }) {
  const draft = useApp((s) => s.draft);
  const navigate = useApp((s) => s.navigate);
  if (!draft) return null;
  const ids: SectionId[] = [...listSections(draft).map((s) => s.id), 'export'];
  const index = ids.indexOf(current);
  const previous = index > 0 ? ids[index - 1] : undefined;
  const next = index >= 0 && index < ids.length - 1 ? ids[index + 1] : undefined;
  const go = (section: SectionId) => navigate({ screen: 'draft', draftId: draft.id, section });
  return (
    <div className="pager">
      {previous ? (
        <button type="button" onClick={() => go(previous)}>
          ← Previous
        </button>
      ) : (
        <span />
      )}
      {next ? (
        <button type="button" className="button button--primary" onClick={() => go(next)}>
          Next →
        </button>
      ) : null}
    </div>
  );
}
