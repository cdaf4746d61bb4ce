import type { Respondent } from '../../../../shared/model';
import { SectionHeading } from '../../components/section-heading';
import { RespondentFields } from '../../components/respondent-fields';
import { useApp } from '../../state/store-context';
import { useDraftLocked } from '../../state/use-draft-locked';
import { SectionPager } from './section-pager';
import { CommentsPanel } from './comments-panel';
import { changeRespondent } from '../../../../shared/draft-changes/content';

export function RespondentSection() {
  const respondent = useApp((s) => s.draft?.respondent);
  const editDraft = useApp((s) => s.editDraft);
  const locked = useDraftLocked();
  if (!respondent) return null;
  const update = (change: Partial<Respondent>) => editDraft((d) => changeRespondent(d, change, new Date()), `respondent:${Object.keys(change).join()}`);
  return (
    <div className="form-section">
      <SectionHeading sectionKey="respondent">Respondent</SectionHeading>
      <p>Who is responding. This appears on the letterhead and in the email.</p>
      <RespondentFields respondent={respondent} onChange={update} locked={locked} />
      <CommentsPanel target={{ kind: 'section', section: 'respondent' }} />
      <SectionPager current="respondent" />
    </div>
  );
}
