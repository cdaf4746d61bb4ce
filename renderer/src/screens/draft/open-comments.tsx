import type { ResponseDraft } from '../../../../shared/model';
import { commentTargetKey, commentTargetLabel } from '../../../../shared/comment-target';
import type { SectionId } from '../../state/store-types';
import { useApp } from '../../state/store-context';

/** Every unresolved review comment in the draft, each linking to where it was made. */
export function OpenComments({ draft }: { draft: ResponseDraft }) {
  const navigate = useApp((s) => s.navigate);
  const open = draft.comments.filter((c) => !c.resolved);
  if (open.length === 0) return <p className="muted">No open review comments.</p>;
  return (
    <section aria-labelledby="open-comments-title">
      <h2 id="open-comments-title">Open review comments ({open.length})</h2>
      <ul>
        {open.map((c) => (
          <li key={c.id}>
            <button type="button" className="link-button" onClick={() => navigate({ screen: 'draft', draftId: draft.id, section: commentTargetKey(c.target) as SectionId })}>
              {commentTargetLabel(draft, c.target)}
            </button>
            : {c.author} — {c.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
