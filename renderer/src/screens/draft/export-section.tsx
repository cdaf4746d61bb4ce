import { useMemo, useState } from 'react';
import { formatUkTime } from '../../../../shared/uk-time';
import type { ExportKind } from '../../../../shared/model';
import { blockingItems, checkReadiness, composeLetter, publicationAvailability, type LetterVersion } from '../../../../shared/letter';
import { SectionHeading } from '../../components/section-heading';
import { useApp, useNow } from '../../state/store-context';
import { LetterPreview } from '../../letter/letter-preview';
import { WorkProgressBar } from '../../components/work-progress';
import { ScreenBoundary } from '../../components/screen-boundary';
import { ReadinessList } from './readiness-list';
import { ExportResult } from './export-result';
import { ModalDialog } from '../../components/modal-dialog';

const KIND_LABELS: Record<ExportKind, string> = {
  'letter-full': 'Response letter (.docx)',
  'letter-publication': 'Publication version with confidential parts redacted (.docx)',
  email: 'Email draft with the letter attached (.eml)',
};

export function ExportSection() {
  const draft = useApp((s) => s.draft);
  const exportState = useApp((s) => s.exportState);
  const chooseExportFolder = useApp((s) => s.chooseExportFolder);
  const runExport = useApp((s) => s.runExport);
  const resetExport = useApp((s) => s.resetExport);
  const now = useNow();
  const [version, setVersion] = useState<LetterVersion>('full');
  const [wanted, setWanted] = useState<Record<ExportKind, boolean>>({ 'letter-full': true, 'letter-publication': true, email: true });

  const readiness = useMemo(() => (draft ? checkReadiness(draft) : []), [draft]);
  const letter = useMemo(() => (draft ? composeLetter(draft, { version, date: now }) : null), [draft, version, now]);
  if (!draft || !letter) return null;

  const publication = publicationAvailability(draft);
  const kinds = (Object.keys(wanted) as ExportKind[]).filter((k) => wanted[k] && (k !== 'letter-publication' || publication.available));
  const blockers = blockingItems(readiness, kinds);
  const canExport = draft.exportFolder !== null && kinds.length > 0 && blockers.length === 0 && exportState.kind !== 'running';
  const exports = draft.history.filter((h) => h.kind === 'exported');

  return (
    <div className="export">
      <SectionHeading sectionKey="export">Preview and export</SectionHeading>

      <section className="panel" aria-labelledby="readiness-title">
        <h2 id="readiness-title">Before you export</h2>
        <ReadinessList items={readiness} draftId={draft.id} />
      </section>

      <section className="panel" aria-labelledby="export-title">
        <h2 id="export-title">Export</h2>
        <div className="export-folder">
          <span>
            Save to: {draft.exportFolder ? <code>{draft.exportFolder}</code> : <span className="muted">no folder chosen yet</span>}
          </span>
          <button type="button" onClick={() => void chooseExportFolder()}>
            {draft.exportFolder ? 'Change folder…' : 'Choose folder…'}
          </button>
        </div>
        <fieldset className="positions">
          <legend>Files to produce</legend>
          {(Object.keys(KIND_LABELS) as ExportKind[]).map((kind) => {
            const unavailable = kind === 'letter-publication' && !publication.available;
            return (
              <label key={kind} className="choice">
                <input type="checkbox" disabled={unavailable} checked={wanted[kind] && !unavailable} onChange={(e) => setWanted({ ...wanted, [kind]: e.target.checked })} />
                <span>
                  {KIND_LABELS[kind]}
                  {unavailable && !publication.available ? <span className="choice__hint"> — {publication.reason}</span> : null}
                </span>
              </label>
            );
          })}
        </fieldset>
        <button type="button" className="button button--primary" disabled={!canExport} onClick={() => void runExport(kinds, false)}>
          {exportState.kind === 'running' ? 'Exporting…' : 'Export'}
        </button>
        {exportState.kind === 'running' ? <WorkProgressBar kind="export" /> : null}
        {draft.exportFolder === null ? <p className="field__hint">Choose a folder first; it is remembered for this draft.</p> : null}
        {exportState.kind === 'error' ? (
          <div className="alert alert--error" role="alert">
            Nothing was exported. {exportState.message}
          </div>
        ) : null}
        {exportState.kind === 'confirm-overwrite' ? (
          <ModalDialog
            title="Replace existing files?"
            onCancel={resetExport}
            actions={
              <>
                <button type="button" autoFocus onClick={resetExport}>
                  Keep the existing files
                </button>
                <button type="button" className="button button--danger" onClick={() => void runExport(exportState.kinds, true)}>
                  Replace them
                </button>
              </>
            }
          >
            <p>{exportState.message}</p>
          </ModalDialog>
        ) : null}
        {exportState.kind === 'done' ? <ExportResult files={exportState.files} draft={draft} /> : null}
        {exports.length > 0 ? (
          <details className="export-history">
            <summary>Earlier exports ({exports.length})</summary>
            <ul>
              {exports.map((h, i) =>
                h.kind === 'exported' ? (
                  <li key={i}>
                    {formatUkTime(h.at, 'd MMM yyyy HH:mm')}: {h.fileName} <code title="SHA-256">{h.sha256.slice(0, 12)}…</code>
                  </li>
                ) : null,
              )}
            </ul>
          </details>
        ) : null}
      </section>

      <section className="panel" aria-labelledby="preview-title">
        <div className="preview-header">
          <h2 id="preview-title">Letter preview</h2>
          <div role="radiogroup" aria-label="Version to preview" className="segmented">
            <label className="choice">
              <input type="radio" name="preview-version" checked={version === 'full'} onChange={() => setVersion('full')} />
              Full letter
            </label>
            <label className="choice">
              <input type="radio" name="preview-version" checked={version === 'publication'} disabled={!publication.available} onChange={() => setVersion('publication')} />
              Publication version
            </label>
          </div>
        </div>
        <ScreenBoundary what="The letter preview">
          <LetterPreview letter={letter} />
        </ScreenBoundary>
      </section>
    </div>
  );
}
