import type { Consultation } from '../../../../shared/model';
import { DRAFT_STATUS_LABELS } from '../../../../shared/model/choices';
import { completionKey, sectionOutline } from '../../sections';
import type { SectionId } from '../../state/store-types';
import { useApp } from '../../state/store-context';

const WORKFLOW_LINKS: { id: SectionId; label: string; icon: string }[] = [
  { id: 'review', label: 'Review and sign-off', icon: '•' },
  { id: 'export', label: 'Preview and export', icon: '→' },
  { id: 'history', label: 'History', icon: '•' },
];

/** The draft's sections with a tick for each one that is complete. */
export function SectionNav({ draftId, consultation, current }: { draftId: string; consultation: Consultation; current: SectionId }) {
  const navigate = useApp((s) => s.navigate);
  const completion = useApp((s) => (s.draft ? completionKey(s.draft) : ''));
  const status = useApp((s) => s.draft?.status ?? 'drafting');
  const sections = sectionOutline(consultation).map((s, i) => ({ ...s, complete: completion[i] === '1' }));
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
              href={`#/draft/${draftId}/${encodeURIComponent(s.id)}`}
              aria-current={s.id === current ? 'page' : undefined}
              className={`section-link${s.id === current ? ' section-link--current' : ''}`}
              onClick={(e) => {
                e.preventDefault();
                navigate({ screen: 'draft', draftId, section: s.id });
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
              href={`#/draft/${draftId}/${link.id}`}
              aria-current={current === link.id ? 'page' : undefined}
              className={`section-link${current === link.id ? ' section-link--current' : ''}`}
              onClick={(e) => {
                e.preventDefault();
                navigate({ screen: 'draft', draftId, section: link.id });
              }}
            >
              <span className="tick tick--plain" aria-hidden="true">
                {link.icon}
              </span>
              <span className="section-link__text">
                <span className="section-link__label">{link.label}</span>
                {link.id === 'review' ? <span className="section-link__detail">{DRAFT_STATUS_LABELS[status]}</span> : null}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
