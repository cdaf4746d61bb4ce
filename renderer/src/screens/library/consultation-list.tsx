import type { DraftSummary } from '../../../../shared/ipc';
import type { Consultation } from '../../../../shared/model';
import { DeadlineText } from '../../components/deadline-text';
import { useApp } from '../../state/store-context';

interface ConsultationListProps {
  consultations: readonly Consultation[];
  drafts: readonly DraftSummary[];
}

export function ConsultationList({ consultations, drafts }: ConsultationListProps) {
  const startResponse = useApp((s) => s.startResponse);
  return (
    <section aria-labelledby="consultations-title" className="panel">
      <h2 id="consultations-title">Consultations</h2>
      <ul className="card-list">
        {consultations.map((c) => {
          const existing = drafts.filter((d) => d.consultationId === c.id).length;
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
                {existing > 0 ? <span className="muted">{existing === 1 ? '1 draft already' : `${existing} drafts already`}</span> : null}
              </div>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
