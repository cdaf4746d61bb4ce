import { RESPONDENT_CATEGORY_LABELS, RespondentCategorySchema, type Respondent } from '../../../../shared/model';
import { SectionHeading } from '../../components/section-heading';
import { TextField } from '../../components/text-field';
import { useApp } from '../../state/store-context';
import { SectionPager } from './section-pager';
import { useId } from 'react';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export function RespondentSection() {
  const respondent = useApp((s) => s.draft?.respondent);
  const editDraft = useApp((s) => s.editDraft);
  const categoryId = useId();
  if (!respondent) return null;
  const update = (change: Partial<Respondent>) => editDraft((d) => ({ ...d, respondent: { ...d.respondent, ...change } }));
  const emailError = respondent.email !== '' && !EMAIL_SHAPE.test(respondent.email) ? 'This does not look like an email address.' : null;

  return (
    <div className="form-section">
      <SectionHeading sectionKey="respondent">Respondent</SectionHeading>
      <p>Who is responding. This appears on the letterhead and in the email.</p>
      <TextField label="Organisation" required autoComplete="organization" value={respondent.organisation} onChange={(organisation) => update({ organisation })} />
      <TextField label="Contact name" required autoComplete="name" value={respondent.contactName} onChange={(contactName) => update({ contactName })} />
      <TextField label="Job title" autoComplete="organization-title" value={respondent.jobTitle} onChange={(jobTitle) => update({ jobTitle })} />
      <TextField label="Email" type="email" required autoComplete="email" value={respondent.email} onChange={(email) => update({ email })} error={emailError} />
      <TextField label="Telephone" type="tel" autoComplete="tel" value={respondent.telephone} onChange={(telephone) => update({ telephone })} />
      <TextField label="Postal address" multiline rows={4} autoComplete="street-address" value={respondent.postalAddress} onChange={(postalAddress) => update({ postalAddress })} />
      <div className="field">
        <label htmlFor={categoryId}>Respondent category</label>
        <select id={categoryId} value={respondent.category} onChange={(e) => update({ category: RespondentCategorySchema.parse(e.target.value) })}>
          {RespondentCategorySchema.options.map((category) => (
            <option key={category} value={category}>
              {RESPONDENT_CATEGORY_LABELS[category]}
            </option>
          ))}
        </select>
      </div>
      <SectionPager current="respondent" />
    </div>
  );
}
