import type { Letter, LetterBlock } from '../../../shared/letter/letter';
import { CONFIDENTIAL_MARKER, REDACTED_TEXT } from '../../../shared/letter/letter';
import { fitSignature } from '../../../shared/letter/signature-box';
import { plainParagraphs } from '../../../shared/markdown/rich-text';
import { RichTextView } from './rich-text-view';
import './letter-preview.css';

function Lines({ lines, className }: { lines: readonly string[]; className: string }) {
  if (lines.length === 0) return null;
  return (
    <p className={className}>
      {lines.map((line, i) => (
        <span key={i} className="letter-preview__line">
          {line}
        </span>
      ))}
    </p>
  );
}

function QuestionView({ block }: { block: Extract<LetterBlock, { kind: 'question' }> }) {
  const { answer } = block;
  const flagged = answer.status === 'answered' && answer.confidential;
  return (
    <section className="letter-preview__question" aria-label={block.label}>
      <h3>
        {block.label}
        {flagged && <span className="letter-preview__confidential">{CONFIDENTIAL_MARKER}</span>}
      </h3>
      <blockquote className="letter-preview__question-text">
        <RichTextView blocks={plainParagraphs(block.text)} />
      </blockquote>
      {answer.status === 'redacted' ? (
        <p className="letter-preview__redacted">{REDACTED_TEXT}</p>
      ) : (
        <>
          {answer.position !== null && (
            <p>
              <strong>Position:</strong> {answer.position}
            </p>
          )}
          <RichTextView blocks={answer.rationale} />
        </>
      )}
    </section>
  );
}

function SignatureView({ block }: { block: Extract<LetterBlock, { kind: 'signature' }> }) {
  const { image } = block;
  const size = image ? fitSignature(image) : null;
  return (
    <div className="letter-preview__signature">
      <p className="letter-preview__closing">{block.closing}</p>
      {image && size ? (
        <img
          src={`data:${image.mimeType};base64,${image.dataBase64}`}
          alt={`Signature of ${block.name || 'the signatory'}`}
          width={size.width}
          height={size.height}
        />
      ) : (
        <div className="letter-preview__signature-space" />
      )}
      {block.name && <p className="letter-preview__signatory">{block.name}</p>}
      <Lines lines={[block.jobTitle, block.organisation, block.date].filter((l) => l !== '')} className="letter-preview__lines" />
    </div>
  );
}

function BlockView({ block }: { block: LetterBlock }) {
  switch (block.kind) {
    case 'letterhead':
      return (
        <header className="letter-preview__letterhead">
          {block.organisation && <p className="letter-preview__organisation">{block.organisation}</p>}
          <Lines lines={block.addressLines} className="letter-preview__address" />
        </header>
      );
    case 'date':
      return <p className="letter-preview__date">{block.text}</p>;
    case 'addressee':
      return <Lines lines={block.lines} className="letter-preview__addressee" />;
    case 'salutation':
      return <p className="letter-preview__salutation">{block.text}</p>;
    case 'title':
      return (
        <>
          <h1>{block.text}</h1>
          <Lines lines={block.details.map((d) => `${d.label}: ${d.value}`)} className="letter-preview__reference" />
        </>
      );
    case 'introduction':
      return <RichTextView blocks={block.content} />;
    case 'confidentiality':
      return (
        <section className="letter-preview__confidentiality" aria-label={block.heading}>
          <h2>{block.heading}</h2>
          {block.paragraphs.map((text, i) => (
            <p key={i}>{text}</p>
          ))}
        </section>
      );
    case 'heading':
      return <h2>{block.text}</h2>;
    case 'question':
      return <QuestionView block={block} />;
    case 'contact':
      return <p className="letter-preview__contact">{block.text}</p>;
    case 'signature':
      return <SignatureView block={block} />;
  }
}

/** The letter as it will print: the same blocks the .docx is made from. */
export function LetterPreview({ letter }: { letter: Letter }) {
  return (
    <article className="letter-preview" aria-label={letter.meta.title} data-version={letter.meta.version}>
      {letter.meta.watermark && (
        // Drawn by CSS from the attribute: decorative faint text behind the letter, which a contrast check would otherwise count as content.
        <div className="letter-preview__watermark" aria-hidden="true" data-watermark={letter.meta.watermark} />
      )}
      {letter.meta.headerMarks.map((mark) => (
        <p key={mark} className="letter-preview__mark">
          {mark}
        </p>
      ))}
      {letter.blocks.map((block, i) => (
        <BlockView key={`${block.kind}-${i}`} block={block} />
      ))}
    </article>
  );
}
