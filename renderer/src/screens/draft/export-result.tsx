import { useState } from 'react';
import type { ExportedFile } from '../../../../shared/ipc';
import type { ResponseDraft } from '../../../../shared/model';
import { emailSubject, mailtoLink, composeEmail } from '../../../../shared/email';
import { useApp } from '../../state/store-context';
import { CancelOrConfirm, ModalDialog } from '../../components/modal-dialog';

/** Whether the file was written before sign-off, by its export record (the draft may have been signed off since). */
function isDraftExport(draft: ResponseDraft, file: ExportedFile): boolean {
  const record = draft.history.find((h) => h.kind === 'exported' && h.sha256 === file.sha256);
  return record?.kind === 'exported' ? !record.signedOff : draft.signOff === null;
}

/** What was written, and the ways to get the email out: the .eml, the clipboard, or mailto as a last resort. */
export function ExportResult({ files, draft }: { files: readonly ExportedFile[]; draft: ResponseDraft }) {
  const openExportedFile = useApp((s) => s.openExportedFile);
  const [copied, setCopied] = useState<string | null>(null);
  const [confirmingDraftEmail, setConfirmingDraftEmail] = useState(false);
  const eml = files.find((f) => f.kind === 'email');
  const openEmail = (file: ExportedFile) => {
    if (isDraftExport(draft, file)) setConfirmingDraftEmail(true);
    else void openExportedFile(file.fileName);
  };
  const to = draft.consultation.responseEmail;
  const subject = emailSubject(draft);
  const email = composeEmail(draft, files.filter((f) => f.kind !== 'email').map((f) => ({ fileName: f.fileName, kind: f.kind })));

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(`${to}\n${subject}`);
      setCopied('Address and subject copied.');
    } catch {
      setCopied('Copying was not allowed; select the address and subject above instead.');
    }
  };

  return (
    <>
      <div className="export-result" role="status">
        <p>
          <strong>Exported {files.length === 1 ? '1 file' : `${files.length} files`}:</strong>
        </p>
        <ul>
          {files.map((f) => (
            <li key={f.fileName}>
              {f.fileName} <code title="SHA-256 of the file written">{f.sha256.slice(0, 12)}…</code>
            </li>
          ))}
        </ul>
        <p>
          To: <strong>{to || 'no response address'}</strong>
          <br />
          Subject: <strong>{subject}</strong>
        </p>
        <div className="export-result__actions">
          {eml ? (
            <button type="button" className="button button--primary" onClick={() => openEmail(eml)}>
              Open in mail app
            </button>
          ) : null}
          <button type="button" onClick={() => void copy()}>
            Copy address and subject
          </button>
          {to ? (
            <a className="button" href={mailtoLink(email)} target="_blank" rel="noreferrer">
              New email without attachments (mailto)
            </a>
          ) : null}
        </div>
        {copied ? <p className="muted">{copied}</p> : null}
        <p className="field__hint">
          “Open in mail app” opens the .eml as an unsent draft with the letter attached (Outlook, Apple Mail, Thunderbird). The mailto link is a last resort: it cannot attach files and some mail programs cut long subjects, so attach the letter yourself.
        </p>
      </div>
      {confirmingDraftEmail && eml ? (
        <ModalDialog
          title="Open a draft email?"
          onCancel={() => setConfirmingDraftEmail(false)}
          actions={<CancelOrConfirm confirmLabel="Open the draft email" focusCancel onCancel={() => setConfirmingDraftEmail(false)} onConfirm={() => void openExportedFile(eml.fileName)} />}
        >
          <p>
            This email was prepared before sign-off: its subject and text say DRAFT and the attached letter carries a DRAFT watermark and no signature. Send it only for internal review, not to {to || 'the consultation'}.
          </p>
          <p>To send the response itself, sign it off and export again.</p>
        </ModalDialog>
      ) : null}
    </>
  );
}
