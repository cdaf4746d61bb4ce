import type { ReadinessItem } from '../../../../shared/letter';
import type { SectionId } from '../../state/store-types';
import { useApp } from '../../state/store-context';

function sectionOf(item: ReadinessItem): SectionId | null {
  if (item.section === 'questions') return item.questionId ? `question:${item.questionId}` : null;
  if (item.section === 'consultation') return null;
  return item.section;
}

/** What is missing before export: blocks stop the export, warnings do not. */
export function ReadinessList({ items, draftId }: { items: readonly ReadinessItem[]; draftId: string }) {
  const navigate = useApp((s) => s.navigate);
  if (items.length === 0) return <p className="readiness readiness--ok">Everything is filled in.</p>;
  return (
    <ul className="readiness">
      {items.map((item, i) => {
        const section = sectionOf(item);
        return (
          <li key={i} className={`readiness__item readiness__item--${item.severity}`}>
            <span className="readiness__badge">{item.severity === 'block' ? 'Must fix' : 'Check'}</span>
            <span>{item.message}</span>
            {section ? (
              <button type="button" className="link-button" onClick={() => navigate({ screen: 'draft', draftId, section })}>
                Go there
              </button>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
