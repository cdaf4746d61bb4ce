import type { LetterWording } from '../../../../shared/model';
import { letterGreeting } from '../../../../shared/letter/salutation';
import { TextField } from '../../components/text-field';
import { useApp } from '../../state/store-context';
import { useDraftLocked } from '../../state/use-draft-locked';

/** Who the letter is addressed to and how it opens and closes; empty fields print the usual wording. */
export function LetterWordingFields() {
  const wording = useApp((s) => s.draft?.letterWording);
  const editDraft = useApp((s) => s.editDraft);
  const locked = useDraftLocked();
  if (!wording) return null;
  const update = (change: Partial<LetterWording>) =>
    editDraft((d) => ({ ...d, letterWording: { ...d.letterWording, ...change } }), `letterWording:${Object.keys(change).join()}`);
  // What prints if the field is left empty: the salutation follows the addressee, the closing follows the salutation.
  const usual = letterGreeting({ ...wording, salutation: null, closing: null });
  const usualClosing = letterGreeting({ ...wording, closing: null }).closing;

  return (
    <fieldset className="letter-wording">
      <legend>Greeting and closing</legend>
      <TextField
        label="Addressee’s name"
        hint="A named person at the issuer, if the consultation names one; leave empty to write to the team."
        readOnly={locked}
        autoComplete="off"
        value={wording.addresseeName}
        onChange={(addresseeName) => update({ addresseeName })}
      />
      <TextField
        label="Salutation"
        hint={`Leave empty for “${usual.salutation}”`}
        readOnly={locked}
        autoComplete="off"
        value={wording.salutation ?? ''}
        onChange={(text) => update({ salutation: text.trim() === '' ? null : text })}
      />
      <TextField
        label="Closing"
        hint={`Leave empty for “${usualClosing}”, which matches the salutation`}
        readOnly={locked}
        autoComplete="off"
        value={wording.closing ?? ''}
        onChange={(text) => update({ closing: text.trim() === '' ? null : text })}
      />
    </fieldset>
  );
}
