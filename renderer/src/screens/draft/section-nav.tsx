import type { ResponseDraft } from '../../../../shared/model';
import { listSections } from '../../sections';
import type { SectionId } from '../../state/store-types';
import { useApp } from '../../state/store-context';

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
        <li className="section-nav__export">
          <a
            href={`#/draft/${draft.id}/export`}
            aria-current={current === 'export' ? 'page' : undefined}
            className={`section-link${current === 'export' ? ' section-link--current' : ''}`}
            onClick={(e) => {
              e.preventDefault();
              navigate({ screen: 'draft', draftId: draft.id, section: 'export' });
            }}
          >
            <span className="tick" aria-hidden="true">
              →
            </span>
            <span className="section-link__text">
              <span className="section-link__label">Preview and export</span>
            </span>
          </a>
        </li>
      </ol>
    </nav>
  );
}
