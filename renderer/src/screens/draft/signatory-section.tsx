import type { Signatory } from '../../../../shared/model';
import { SectionHeading } from '../../components/section-heading';
import { TextField } from '../../components/text-field';
import { useApp } from '../../state/store-context';
import { SectionPager } from './section-pager';

export function SignatorySection() {
  const signatory = useApp((s) => s.draft?.signatory);
  const editDraft = useApp((s) => s.editDraft);
  if (!signatory) return null;
  const update = (change: Partial<Signatory>) => editDraft((d) => ({ ...d, signatory: { ...d.signatory, ...change } }));
  return (
    <div className="form-section">
      <SectionHeading sectionKey="signatory">Signatory</SectionHeading>
      <p>The person who signs the response on the organisation’s behalf, usually the Head of Regulation.</p>
      <TextField label="Signatory name" required autoComplete="off" value={signatory.name} onChange={(name) => update({ name })} />
      <TextField label="Signatory job title" required autoComplete="off" value={signatory.jobTitle} onChange={(jobTitle) => update({ jobTitle })} />
      <SectionPager current="signatory" />
    </div>
  );
}
