import type { Finding, SourceSpan } from '../../../../shared/import/import-result';

/** How sure the parser was, with a way to see where in the document a value came from. */
export function FindingNote({ finding, onShow, imported }: { finding: Finding; onShow: (span: SourceSpan) => void; imported: boolean }) {
  if (!imported) return null;
  const span = finding.span;
  return (
    <span className={`finding finding--${finding.confidence}`}>
      {finding.confidence === 'low' ? (span ? 'Unsure: check this. ' : 'Not found: fill this in. ') : finding.confidence === 'medium' ? 'Check this. ' : ''}
      {span ? (
        <button type="button" className="link-button" onClick={() => onShow(span)}>
          Show in document
        </button>
      ) : null}
    </span>
  );
}
