import { useMemo } from 'react';
import { composeLetter } from '../../../shared/letter';
import { LetterPreview } from '../letter/letter-preview';
import { useApp, useNow } from '../state/store-context';

/** The letter alone, shown only when printing; the print stylesheet hides everything else. */
export function PrintLetter() {
  const draft = useApp((s) => s.draft);
  const printState = useApp((s) => s.printState);
  const now = useNow();
  const version = printState.kind === 'printing' ? printState.version : null;
  const letter = useMemo(() => (draft && version ? composeLetter(draft, { version, date: now }) : null), [draft, version, now]);
  if (!letter) return null;
  return (
    <div className="print-only" data-testid="print-letter">
      <LetterPreview letter={letter} />
    </div>
  );
}
