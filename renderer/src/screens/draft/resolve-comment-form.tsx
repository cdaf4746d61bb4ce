import { useState } from 'react';
import { TextField } from '../../components/text-field';

interface ResolveCommentFormProps {
  suggestedName: string;
  onResolve: (by: string) => void;
  onCancel: () => void;
}

/** Asks who resolves a comment, so the history credits a named person. */
export function ResolveCommentForm({ suggestedName, onResolve, onCancel }: ResolveCommentFormProps) {
  const [by, setBy] = useState(suggestedName);
  return (
    <form
      className="comment__resolve"
      onSubmit={(e) => {
        e.preventDefault();
        if (by.trim() !== '') onResolve(by.trim());
      }}
    >
      <TextField label="Resolved by" value={by} onChange={setBy} required />
      <button type="submit" className="button button--primary" disabled={by.trim() === ''}>
        Resolve
      </button>{' '}
      <button type="button" onClick={onCancel}>
        Cancel
      </button>
    </form>
  );
}
