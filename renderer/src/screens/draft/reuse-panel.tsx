import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatUkTime } from '../../../../shared/uk-time';
import type { AnswerMatch } from '../../../../shared/ipc';
import { POSITION_LABELS } from '../../../../shared/model/choices';
import { useApp } from '../../state/store-context';

const RESULT_LIMIT = 20;

/** Searches the answers in every draft of the library and inserts one as a starting point. */
export function ReusePanel({ questionId, questionText, onInserted }: { questionId: string; questionText: string; onInserted: () => void }) {
  const draftId = useApp((s) => s.draft?.id ?? null);
  const issuers = useApp(useShallow((s) => [...new Set((s.listing?.consultations ?? []).map((c) => c.issuer).filter((i) => i !== ''))]));
  const searchAnswers = useApp((s) => s.searchAnswers);
  const insertEarlierAnswer = useApp((s) => s.insertEarlierAnswer);
  const loadLibrary = useApp((s) => s.loadLibrary);
  const [text, setText] = useState('');
  const [issuer, setIssuer] = useState('');
  const [matches, setMatches] = useState<AnswerMatch[] | null>(null);
  const [searched, setSearched] = useState(0);
  const searchId = useId();
  const issuerId = useId();

  useEffect(() => {
    void loadLibrary();
  }, [loadLibrary]);

  useEffect(() => {
    let current = true;
    // Without words, suggest answers to questions worded like this one.
    const query = text.trim() === '' ? questionText.split(/\s+/).filter((w) => w.length > 6).slice(0, 3).join(' ') : text;
    const timer = setTimeout(() => {
      void searchAnswers({ text: query, issuer: issuer || null, excludeDraftId: draftId, limit: RESULT_LIMIT }).then((result) => {
        if (current && result) {
          setMatches(result.matches);
          setSearched(result.draftsSearched);
        }
      });
    }, 150);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [text, issuer, questionText, draftId, searchAnswers]);

  return (
    <section className="reuse" aria-label="Earlier answers">
      <div className="reuse__filters">
        <div className="field">
          <label htmlFor={searchId}>Search earlier answers</label>
          <input id={searchId} type="search" value={text} placeholder="Words in the answer or the question" onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={issuerId}>Issuer</label>
          <select id={issuerId} value={issuer} onChange={(e) => setIssuer(e.target.value)}>
            <option value="">Any issuer</option>
            {issuers.map((i) => (
              <option key={i} value={i}>
                {i}
              </option>
            ))}
          </select>
        </div>
      </div>
      {matches === null ? (
        <p className="muted">Searching…</p>
      ) : matches.length === 0 ? (
        <p className="muted">No earlier answer matches (searched {searched} drafts).</p>
      ) : (
        <ul className="reuse__results" aria-label={`${matches.length} earlier answers`}>
          {matches.map((m) => (
            <li key={`${m.draftId}/${m.questionId}`} className="reuse__result">
              <div className="reuse__source">
                <strong>{m.questionLabel}</strong> in “{m.draftName}” · {m.issuer || 'unknown issuer'} · {formatUkTime(m.updatedAt, 'd MMM yyyy')}
                {m.position ? ` · ${POSITION_LABELS[m.position]}` : ''}
                {m.confidential ? <span className="badge badge--warning"> Confidential</span> : null}
              </div>
              <p className="reuse__excerpt">{m.rationale.length > 280 ? `${m.rationale.slice(0, 277)}…` : m.rationale}</p>
              <button
                type="button"
                onClick={() => {
                  void insertEarlierAnswer(questionId, m).then(onInserted);
                }}
                aria-label={`Insert the answer to ${m.questionLabel} from ${m.draftName}`}
              >
                Insert as a starting point
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
