import type { Finding, SourceSpan } from '../../../../shared/import/import-result';

/**
 * How sure the parser was, with a way to see where in the document a value came
 * from, and any other place worded as strongly (two "respond by" dates) so the
 * user can compare them before choosing; or, when several dates are worded alike and none was chosen, each of them.
 */
export function FindingNote({ finding, onShow, imported }: { finding: Finding; onShow: (span: SourceSpan) => void; imported: boolean }) {
  if (!imported) return null;
  const span = finding.span;
  const alternatives = finding.alternatives ?? [];
  return (
    <span className={`finding finding--${finding.confidence}`}>
      {finding.confidence === 'low'
        ? span
          ? alternatives.length > 0
            ? 'Unsure: the document gives more than one answer. '
            : 'Unsure: check this. '
          : alternatives.length > 0
            ? 'Not found: the document gives several dates worded alike, so none was chosen. Look at them, then fill this in. '
            : 'Not found: fill this in. '
        : finding.confidence === 'medium'
          ? 'Check this. '
          : ''}
      {span ? (
        <button type="button" className="link-button" onClick={() => onShow(span)}>
          Show in document
        </button>
      ) : null}
      {alternatives.map((alternative, index) => (
        <span key={`${alternative.start}-${alternative.end}`}>
          {span === null && index === 0 ? '' : ' · '}
          <button type="button" className="link-button" onClick={() => onShow(alternative)}>
            {span === null ? `Show date ${index + 1}` : alternatives.length === 1 ? 'Show the other one' : `Show other ${index + 1}`}
          </button>
        </span>
      ))}
    </span>
  );
}
