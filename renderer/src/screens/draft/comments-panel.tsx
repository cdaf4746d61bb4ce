import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { formatUkTime } from '../../../../shared/uk-time';
import { useApp } from '../../state/store-context';
import { useDraftLocked } from '../../state/use-draft-locked';
import { rememberReviewerName, rememberedReviewerName } from '../../state/reviewer-name';
import { TextField } from '../../components/text-field';
import { useProfile } from '../../state/use-profile';
import { ResolveCommentForm } from './resolve-comment-form';
import type { CommentTarget } from '../../../../shared/model';
import { sameCommentTarget } from '../../../../shared/comment-target';

/** Review comments on one question or section, kept in the draft file for colleagues. */
export function CommentsPanel({ target }: { target: CommentTarget }) {
  const comments = useApp(useShallow((s) => s.draft?.comments.filter((c) => sameCommentTarget(c.target, target)) ?? []));
  const hasDraft = useApp((s) => s.draft !== null);
  const addComment = useApp((s) => s.addComment);
  const resolveComment = useApp((s) => s.resolveComment);
  const locked = useDraftLocked();
  const profile = useProfile();
  // The name typed here last wins; otherwise the profile's, which may load after the panel opens.
  const suggestedName = rememberedReviewerName() || profile?.reviewerName.trim() || profile?.respondent.contactName.trim() || '';
  const [typedAuthor, setAuthor] = useState<string | null>(null);
  const author = typedAuthor ?? suggestedName;
  const [resolving, setResolving] = useState<string | null>(null);
  const [text, setText] = useState('');
  const [open, setOpen] = useState(false);
  if (!hasDraft) return null;
  const unresolved = comments.filter((c) => !c.resolved).length;

  const submit = () => {
    if (author.trim() === '' || text.trim() === '') return;
    rememberReviewerName(author);
    addComment(target, author, text);
    setText('');
  };

  return (
    <section className="comments" aria-label="Review comments">
      <h2 className="comments__title">
        Review comments {comments.length > 0 ? <span className="muted">({unresolved} open)</span> : null}
      </h2>
      {comments.length === 0 ? <p className="muted small">No comments.</p> : null}
      <ul className="comments__list">
        {comments.map((c) => (
          <li key={c.id} className={`comment${c.resolved ? ' comment--resolved' : ''}`}>
            <div className="comment__meta">
              <strong>{c.author}</strong> · {formatUkTime(c.at, 'd MMM yyyy HH:mm')}
              {c.resolved ? <span className="comment__state"> · Resolved by {c.resolvedBy}</span> : null}
            </div>
            <p className="comment__text">{c.text}</p>
            {!c.resolved && !locked && resolving === c.id ? (
              <ResolveCommentForm
                suggestedName={author}
                onCancel={() => setResolving(null)}
                onResolve={(by) => {
                  rememberReviewerName(by);
                  resolveComment(c.id, by);
                  setResolving(null);
                }}
              />
            ) : null}
            {!c.resolved && !locked && resolving !== c.id ? (
              <button type="button" onClick={() => setResolving(c.id)}>
                Mark resolved
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {locked ? null : open ? (
        <form
          className="comments__form"
          onSubmit={(e) => {
            e.preventDefault();
            submit();
          }}
        >
          <TextField label="Your name" value={author} onChange={setAuthor} />
          <TextField label="Comment" multiline rows={3} value={text} onChange={setText} />
          <button type="submit" className="button button--primary" disabled={author.trim() === '' || text.trim() === ''}>
            Add comment
          </button>{' '}
          <button type="button" onClick={() => setOpen(false)}>
            Done
          </button>
        </form>
      ) : (
        <button type="button" onClick={() => setOpen(true)}>
          Add a comment
        </button>
      )}
    </section>
  );
}
