import { DRAFT_STATUS_LABELS, type ResponseDraft } from '../../../../shared/model';
import { listSections } from '../../sections';
import type { SectionId } from '../../state/store-types';
import { useApp } from '../../state/store-context';

const WORKFLOW_LINKS: { id: SectionId; label: string; icon: string }[] = [
  { id: 'review', label: 'Review and sign-off', icon: '•' },
  { id: 'export', label: 'Preview and export', icon: '→' },
  { id: 'history', label: 'History', icon: '•' },
];

/** The draft's sections with a tick for each one that is complete. */
export function SectionNav({ draft, current }: { draft: ResponseDraft; current: SectionId }) {
  const navigate = useApp((s) => s.navigate);
  const sections = listSections(draft);
  const done = sections.filter((s) => s.complete).length;
  return (
    <nav className="section-nav" aria-label="Sections of this response">
      <p className="section-nav__progress">
        {done} of {sections.length} sections complete
      </p>
      <ol>
        {sections.map((s) => (
          <li key={s.id}>
            <a
              href={`#/draft/${draft.id}/${encodeURIComponent(s.id)}`}
              aria-current={s.id === current ? 'page' : undefined}
              className={`section-link${s.id === current ? ' section-link--current' : ''}`}
              onClick={(e) => {
                e.preventDefault();
                navigate({ screen: 'draft', draftId: draft.id, section: s.id });
              }}
            >
              <span className={`tick${s.complete ? ' tick--done' : ''}`} aria-hidden="true">
                {s.complete ? '✓' : ''}
              </span>
              <span className="section-link__text">
                <span className="section-link__label">{s.label}</span>
                {s.detail ? <span className="section-link__detail">{s.detail}</span> : null}
              </span>
              <span className="visually-hidden">{s.complete ? ' (complete)' : ' (not complete)'}</span>
            </a>
          </li>
        ))}
        {WORKFLOW_LINKS.map((link, i) => (
          <li key={link.id} className={i === 0 ? 'section-nav__workflow' : undefined}>
            <a
              href={`#/draft/${draft.id}/${link.id}`}
              aria-current={current === link.id ? 'page' : undefined}
              className={`section-link${current === link.id ? ' section-link--current' : ''}`}
              onClick={(e) => {
                e.preventDefault();
                navigate({ screen: 'draft', draftId: draft.id, section: link.id });
              }}
            >
              <span className="tick tick--plain" aria-hidden="true">
                {link.icon}
              </span>
              <span className="section-link__text">
                <span className="section-link__label">{link.label}</span>
                {link.id === 'review' ? <span className="section-link__detail">{DRAFT_STATUS_LABELS[draft.status]}</span> : null}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
