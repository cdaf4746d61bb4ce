import { useId, useMemo, useState } from 'react';
import type { ResponseDraft } from '../../../../shared/model';
import type { SectionId } from '../../state/store-types';
import { useApp } from '../../state/store-context';
import { answerFor } from '../../../../shared/draft-changes/content';

interface FindHit {
  section: SectionId;
  label: string;
  excerpt: string;
}

function excerptAround(text: string, index: number, length: number): string {
  const start = Math.max(0, index - 40);
  const end = Math.min(text.length, index + length + 40);
  return `${start > 0 ? '…' : ''}${text.slice(start, end)}${end < text.length ? '…' : ''}`;
}

/** Every place in the draft where the words appear: answers, questions, confidentiality, comments. */
function findInDraft(draft: ResponseDraft, query: string): FindHit[] {
  const needle = query.trim().toLowerCase();
  if (needle.length < 2) return [];
  const hits: FindHit[] = [];
  const look = (section: SectionId, label: string, text: string) => {
    const index = text.toLowerCase().indexOf(needle);
    if (index >= 0) hits.push({ section, label, excerpt: excerptAround(text, index, needle.length) });
  };
  draft.consultation.questions.forEach((q) => {
    look(`question:${q.id}`, `${q.label} (answer)`, answerFor(draft, q.id)?.rationale ?? '');
    look(`question:${q.id}`, `${q.label} (question)`, q.text);
  });
  look('confidentiality', 'Confidentiality', `${draft.confidentiality.reasons}\n${draft.confidentiality.otherParts}`);
  look('respondent', 'Respondent', Object.values(draft.respondent).join('\n'));
  look('signatory', 'Signatory', `${draft.signatory.name}\n${draft.signatory.jobTitle}`);
  return hits;
}

/** Find in draft (Ctrl/Cmd+F): lists where the words appear and goes there. */
export function FindBar({ draft }: { draft: ResponseDraft }) {
  const setPanel = useApp((s) => s.setPanel);
  const navigate = useApp((s) => s.navigate);
  const [query, setQuery] = useState('');
  const inputId = useId();
  const hits = useMemo(() => findInDraft(draft, query), [draft, query]);
  return (
    <div className="find-bar" role="search">
      <label htmlFor={inputId}>Find in draft</label>
      <input
        id={inputId}
        type="search"
        autoFocus
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') setPanel(null);
          if (e.key === 'Enter' && hits[0]) navigate({ screen: 'draft', draftId: draft.id, section: hits[0].section });
        }}
      />
      <button type="button" onClick={() => setPanel(null)}>
        Close
      </button>
      {query.trim().length >= 2 ? (
        <ul className="find-bar__hits" aria-label={`${hits.length} places found`}>
          {hits.length === 0 ? <li className="muted">Not found in this draft.</li> : null}
          {hits.map((hit, i) => (
            <li key={i}>
              <button type="button" className="link-button" onClick={() => navigate({ screen: 'draft', draftId: draft.id, section: hit.section })}>
                {hit.label}
              </button>{' '}
              <span className="muted">{hit.excerpt}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
