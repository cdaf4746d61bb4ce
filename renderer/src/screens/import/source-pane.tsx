import { useEffect, useRef } from 'react';
import type { SourceSpan } from '../../../../shared/import/import-result';

/** The document's text, with the finding being checked highlighted and scrolled into view. */
export function SourcePane({ text, span, fileName }: { text: string; span: SourceSpan | null; fileName: string | null }) {
  const markRef = useRef<HTMLElement>(null);
  useEffect(() => {
    markRef.current?.scrollIntoView({ block: 'center' });
  }, [span]);
  if (!text) return <p className="muted">Typed in: there is no source document.</p>;
  const valid = span !== null && span.start < span.end && span.end <= text.length;
  return (
    // Focusable so the document's text can be scrolled with the keyboard.
    <section className="source-pane" tabIndex={0} aria-label={`Text of ${fileName ?? 'the document'}`}>
      <pre>
        {valid ? (
          <>
            {text.slice(0, span.start)}
            <mark ref={markRef}>{text.slice(span.start, span.end)}</mark>
            {text.slice(span.end)}
          </>
        ) : (
          text
        )}
      </pre>
    </section>
  );
}
