import type { Consultation } from '../../../../shared/model';
import type { ImportFindings, SourceSpan } from '../../../../shared/import/import-result';
import { TextField } from '../../components/text-field';
import { FindingNote } from './finding-note';

interface ConsultationFieldsProps {
  consultation: Consultation;
  findings: ImportFindings;
  imported: boolean;
  onChange: (change: Partial<Consultation>) => void;
  onShow: (span: SourceSpan) => void;
}

const lowClass = (imported: boolean, confidence: string) => (imported && confidence === 'low' ? 'finding-field finding-field--low' : 'finding-field');

/** The consultation's own details, each editable, each with how it was found. */
export function ConsultationFields({ consultation: c, findings, imported, onChange, onShow }: ConsultationFieldsProps) {
  const note = (key: Exclude<keyof ImportFindings, 'questions'>) => <FindingNote finding={findings[key]} onShow={onShow} imported={imported} />;
  return (
    <div className="consultation-fields">
      <div className={lowClass(imported, findings.title.confidence)}>
        <TextField label="Title" required value={c.title} onChange={(title) => onChange({ title })} hint={note('title')} />
      </div>
      <div className={lowClass(imported, findings.reference.confidence)}>
        <TextField label="Reference or filename" value={c.reference} onChange={(reference) => onChange({ reference })} hint={note('reference')} />
      </div>
      <div className={lowClass(imported, findings.issuer.confidence)}>
        <TextField label="Issuer" value={c.issuer} onChange={(issuer) => onChange({ issuer })} hint={note('issuer')} />
      </div>
      <div className={`field ${lowClass(imported, findings.issuedOn.confidence)}`}>
        <label htmlFor="issued-on">Date issued</label>
        {note('issuedOn')}
        <input id="issued-on" type="date" value={c.issuedOn ?? ''} onChange={(e) => onChange({ issuedOn: e.target.value || null })} />
      </div>
      <fieldset className={`positions ${lowClass(imported, findings.respondBy.confidence)}`}>
        <legend>Respond by (UK time)</legend>
        {note('respondBy')}
        <div className="inline-fields">
          <label>
            Date{' '}
            <input
              type="date"
              value={c.respondBy?.date ?? ''}
              onChange={(e) => onChange({ respondBy: e.target.value ? { date: e.target.value, time: c.respondBy?.time ?? null } : null })}
            />
          </label>
          <label>
            Time{' '}
            <input
              type="time"
              value={c.respondBy?.time ?? ''}
              disabled={!c.respondBy}
              onChange={(e) => c.respondBy && onChange({ respondBy: { date: c.respondBy.date, time: e.target.value || null } })}
            />
          </label>
          <span className="muted small">Leave the time empty when the document gives only a date.</span>
        </div>
      </fieldset>
      <div className={lowClass(imported, findings.responseEmail.confidence)}>
        <TextField label="Response email address" type="email" value={c.responseEmail} onChange={(responseEmail) => onChange({ responseEmail: responseEmail.trim() })} hint={note('responseEmail')} />
      </div>
      <div className={lowClass(imported, findings.classification.confidence)}>
        <TextField label="Classification" value={c.classification} onChange={(classification) => onChange({ classification })} hint={note('classification')} />
      </div>
      <TextField
        label="What it says about publication and confidentiality"
        multiline
        rows={5}
        value={c.publicationNotice}
        onChange={(publicationNotice) => onChange({ publicationNotice })}
        hint="Shown beside the confidentiality section of each response."
      />
    </div>
  );
}
