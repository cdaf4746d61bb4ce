import { commentTargetLabel } from '../comment-target';
import type { CommentTarget, HistoryEntry, ResponseDraft, ReviewComment } from '../model';

export interface NewComment {
  id: string;
  target: CommentTarget;
  author: string;
  text: string;
}

export function addComment(draft: ResponseDraft, comment: NewComment, now: Date): ResponseDraft {
  const added: ReviewComment = { ...comment, author: comment.author.trim(), text: comment.text.trim(), at: now.toISOString(), resolved: false, resolvedBy: null, resolvedAt: null };
  return { ...draft, comments: [...draft.comments, added], updatedAt: now.toISOString() };
}

export function resolveComment(draft: ResponseDraft, commentId: string, by: string, now: Date): ResponseDraft {
  const at = now.toISOString();
  const comments = draft.comments.map((c) => (c.id === commentId && !c.resolved ? { ...c, resolved: true, resolvedBy: by.trim() || 'Someone', resolvedAt: at } : c));
  return { ...draft, comments, updatedAt: at };
}

/** Timeline lines for the comments added or resolved between two versions of a draft. */
export function commentEvents(before: ResponseDraft, after: ResponseDraft, now: Date): HistoryEntry[] {
  const at = now.toISOString();
  const previous = new Map(before.comments.map((c) => [c.id, c]));
  const events: HistoryEntry[] = [];
  for (const comment of after.comments) {
    const was = previous.get(comment.id);
    const where = commentTargetLabel(after, comment.target);
    if (!was) events.push({ kind: 'commented', at, summary: `${comment.author} commented on ${where}` });
    if (comment.resolved && !was?.resolved) events.push({ kind: 'comment-resolved', at, summary: `${comment.resolvedBy ?? 'Someone'} resolved a comment on ${where}` });
  }
  return events;
}
