import { useState } from 'react';
import type { DraftSummary } from '../../../../shared/ipc';
import type { Consultation } from '../../../../shared/model';
import { formatUkTime } from '../../../../shared/uk-time';
import { DeadlineText } from '../../components/deadline-text';
import { useApp } from '../../state/store-context';
import { RemoveConsultationDialog } from './remove-consultation-dialog';

interface ConsultationListProps {
  consultations: readonly Consultation[];
  drafts: readonly DraftSummary[];
}

export function ConsultationList({ consultations, drafts }: ConsultationListProps) {
  const startResponse = useApp((s) => s.startResponse);
  const startConsultationEdit = useApp((s) => s.startConsultationEdit);
  const error = useApp((s) => s.consultationError);
  const [removing, setRemoving] = useState<Consultation | null>(null);
  const draftsOf = (c: Consultation) => drafts.filter((d) => d.consultationId === c.id).length;
  return (
    <section aria-labelledby="consultations-title" className="panel">
      <h2 id="consultations-title">Consultations</h2>
      {error ? (
        <div className="alert alert--error" role="alert">
          {error}
        </div>
      ) : null}
      <ul className="card-list">
        {consultations.map((c) => {
          const existing = draftsOf(c);
          return (
            <li key={c.id} className="card">
              <h3 className="card__title">{c.title}</h3>
              <dl className="facts">
                <div>
                  <dt>Issuer</dt>
                  <dd>{c.issuer || 'Not stated'}</dd>
                </div>
                <div>
                  <dt>Reference</dt>
                  <dd>{c.reference || 'None'}</dd>
                </div>
                <div>
                  <dt>Respond by</dt>
                  <dd>
                    <DeadlineText respondBy={c.respondBy} />
                  </dd>
                </div>
                <div>
                  <dt>Questions</dt>
                  <dd>{c.questions.length}</dd>
                </div>
              </dl>
              <div className="card__actions">
                <button type="button" className="button button--primary" onClick={() => void startResponse(c.id)} aria-label={`Start a response to ${c.title}`}>
                  Start a response
                </button>
                {c.source === 'bundled' ? (
                  <span className="muted small">Comes with the app: read-only</span>
                ) : (
                  <>
                    <button type="button" onClick={() => void startConsultationEdit(c.id)} aria-label={`Correct ${c.title}`}>
                      Correct…
                    </button>
                    <button type="button" className="button--danger" onClick={() => setRemoving(c)} aria-label={`Remove ${c.title}`}>
                      Remove…
                    </button>
                  </>
                )}
                {existing > 0 ? <span className="muted">{existing === 1 ? '1 draft already' : `${existing} drafts already`}</span> : null}
                {c.correctedAt ? <span className="muted small">Corrected {formatUkTime(c.correctedAt, 'd MMM yyyy, HH:mm')}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
      {removing ? <RemoveConsultationDialog consultation={removing} drafts={draftsOf(removing)} onDone={() => setRemoving(null)} /> : null}
    </section>
  );
}
