import { answerFor, changeAnswer } from '../../../../shared/draft-changes/content';
import { useEffect, useEffectEvent, useMemo, useRef, useState } from 'react';
import { applyPlainEdit, toMarkedText } from '../../../../shared/markdown/confidential-marks';
import { useApp } from '../../state/store-context';
import { selectionIsMarked, toggleConfidentialMark, type MarkOutcome } from '../../state/confidential-marking';
import { TOGGLE_CONFIDENTIAL_EVENT } from '../../state/toggle-confidential-event';
import { highlightSegments } from './highlight-segments';

/** Ctrl+Shift+M (Cmd+Shift+M on a Mac) marks or unmarks the selection. */
export const MARK_SHORTCUT_LABEL = 'Ctrl+Shift+M';

function isMarkShortcut(event: React.KeyboardEvent): boolean {
  return (event.ctrlKey || event.metaKey) && event.shiftKey && !event.altKey && event.key.toLowerCase() === 'm';
}

const OUTCOME_MESSAGES: Record<MarkOutcome, string> = {
  marked: 'Marked as confidential. Give the reason in the Confidentiality section.',
  unmarked: 'Confidential mark removed.',
  nothing: 'Select the words to mark as confidential first.',
};

interface RationaleEditorProps {
  id: string;
  questionId: string;
  rationale: string;
  locked: boolean;
  describedBy: string;
}

/**
 * The rationale as the user sees it: the words without the confidential
 * markers, with marked words highlighted by a layer behind the transparent
 * textarea. Edits go back through the marks, so a mark stays on its words.
 */
export function RationaleEditor({ id, questionId, rationale, locked, describedBy }: RationaleEditorProps) {
  const editDraft = useApp((s) => s.editDraft);
  const textarea = useRef<HTMLTextAreaElement>(null);
  const layerText = useRef<HTMLDivElement>(null);
  const [selection, setSelection] = useState({ start: 0, end: 0 });
  const [announcement, setAnnouncement] = useState('');
  const plain = useMemo(() => toMarkedText(rationale).plain, [rationale]);
  const segments = useMemo(() => highlightSegments(rationale), [rationale]);
  const selectionMarked = selectionIsMarked(rationale, selection.start, selection.end);

  const toggle = () => {
    const field = textarea.current;
    if (!field || locked) return;
    const { selectionStart: start, selectionEnd: end } = field;
    let outcome: MarkOutcome = 'nothing';
    editDraft((draft) => {
      const result = toggleConfidentialMark(draft, questionId, start, end);
      outcome = result.outcome;
      return result.draft;
    });
    setAnnouncement(OUTCOME_MESSAGES[outcome]);
    // The words do not change, so the selection can be put back where it was.
    field.focus();
    field.setSelectionRange(start, end);
    setSelection({ start, end });
  };
  const onToggleEvent = useEffectEvent(toggle);

  useEffect(() => {
    const field = textarea.current;
    if (!field) return;
    const listener = () => onToggleEvent();
    field.addEventListener(TOGGLE_CONFIDENTIAL_EVENT, listener);
    return () => field.removeEventListener(TOGGLE_CONFIDENTIAL_EVENT, listener);
  }, []);

  const noteSelection = () => {
    const field = textarea.current;
    if (field) setSelection({ start: field.selectionStart, end: field.selectionEnd });
  };

  return (
    <>
      <div className="rationale-editor">
        <div className="rationale-editor__highlights rationale" aria-hidden="true">
          {/* Moved rather than scrolled with the textarea: it holds only the text up to the last mark, so may be shorter. */}
          <div className="rationale-editor__highlight-text" ref={layerText}>
            {segments.map((segment, i) =>
              segment.markId === null ? (
                <span key={i}>{segment.text}</span>
              ) : (
                <mark key={i} className="confidential-mark" data-mark-id={segment.markId}>
                  {segment.text}
                </mark>
              ),
            )}
            {/* A final line break needs a character after it to take up its line. */}
            {'\u200b'}
          </div>
        </div>
        <textarea
          ref={textarea}
          id={id}
          className="rationale rationale-editor__text"
          data-question-id={questionId}
          rows={14}
          spellCheck
          lang="en-GB"
          readOnly={locked}
          value={plain}
          aria-describedby={describedBy}
          onChange={(e) => {
            const { value, selectionEnd } = e.target;
            editDraft(
              (d) => changeAnswer(d, questionId, { rationale: applyPlainEdit(answerFor(d, questionId)?.rationale ?? '', value, selectionEnd) }, new Date()),
              `rationale:${questionId}`,
            );
          }}
          onSelect={noteSelection}
          onKeyDown={(e) => {
            if (isMarkShortcut(e)) {
              e.preventDefault();
              toggle();
            }
          }}
          onScroll={(e) => {
            if (layerText.current) layerText.current.style.transform = `translateY(${-e.currentTarget.scrollTop}px)`;
          }}
        />
      </div>
      {locked ? null : (
        <div className="rationale-editor__tools">
          <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={toggle} aria-keyshortcuts="Control+Shift+M">
            {selectionMarked ? 'Remove confidential mark' : 'Mark selection confidential'}
          </button>
          <span className="muted small"> {MARK_SHORTCUT_LABEL}, or right-click the selected words</span>
          <span className="visually-hidden" aria-live="polite">
            {announcement}
          </span>
        </div>
      )}
    </>
  );
}
