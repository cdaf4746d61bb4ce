import { useId } from 'react';
import type { Respondent } from '../../../shared/model';
import { isRespondentCategory, RESPONDENT_CATEGORIES, RESPONDENT_CATEGORY_LABELS } from '../../../shared/model/choices';
import { TextField } from './text-field';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Organisation, contact and category: shared by a draft's respondent section and the profile. */
export function RespondentFields({ respondent, onChange, locked }: { respondent: Respondent; onChange: (change: Partial<Respondent>) => void; locked: boolean }) {
  const categoryId = useId();
  const emailError = respondent.email !== '' && !EMAIL_SHAPE.test(respondent.email) ? 'This does not look like an email address.' : null;
  return (
    <>
      <TextField label="Organisation" required readOnly={locked} autoComplete="organization" value={respondent.organisation} onChange={(organisation) => onChange({ organisation })} />
      <TextField label="Contact name" required readOnly={locked} autoComplete="name" value={respondent.contactName} onChange={(contactName) => onChange({ contactName })} />
      <TextField label="Job title" readOnly={locked} autoComplete="organization-title" value={respondent.jobTitle} onChange={(jobTitle) => onChange({ jobTitle })} />
      <TextField label="Email" type="email" required readOnly={locked} autoComplete="email" value={respondent.email} onChange={(email) => onChange({ email })} error={emailError} />
      <TextField label="Telephone" type="tel" readOnly={locked} autoComplete="tel" value={respondent.telephone} onChange={(telephone) => onChange({ telephone })} />
      <TextField label="Postal address" multiline rows={4} readOnly={locked} autoComplete="street-address" value={respondent.postalAddress} onChange={(postalAddress) => onChange({ postalAddress })} />
      <div className="field">
        <label htmlFor={categoryId}>Respondent category</label>
        <select id={categoryId} disabled={locked} value={respondent.category} onChange={(e) => isRespondentCategory(e.target.value) && onChange({ category: e.target.value })}>
          {RESPONDENT_CATEGORIES.map((category) => (
            <option key={category} value={category}>
              {RESPONDENT_CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
