import { Fragment, type ReactNode } from 'react';
import type { RichBlock, Run } from '../../../shared/markdown/rich-text';

function RunView({ run }: { run: Run }): ReactNode {
  const pieces = run.text.split('\n');
  let content: ReactNode = pieces.map((piece, i) => (
    <Fragment key={i}>
      {i > 0 && <br />}
      {piece}
    </Fragment>
  ));
  if (run.italic) content = <em>{content}</em>;
  if (run.bold) content = <strong>{content}</strong>;
  // A marked passage is shaded and labelled, as in the .docx; a redaction is set apart like a redacted answer.
  if (run.mark?.kind === 'confidential') content = <mark className="letter-preview__marked">{content}</mark>;
  if (run.mark?.kind === 'label') content = <span className="letter-preview__marked-label">{content}</span>;
  if (run.mark?.kind === 'redacted') content = <span className="letter-preview__redacted">{content}</span>;
  return content;
}

export function RunsView({ runs }: { runs: readonly Run[] }) {
  return runs.map((run, i) => <RunView key={i} run={run} />);
}

/** Rich blocks as semantic HTML. Text goes in as React text, so nothing a user typed is ever read as markup. */
export function RichTextView({ blocks }: { blocks: readonly RichBlock[] }) {
  return blocks.map((block, i) => {
    switch (block.type) {
      case 'paragraph':
        return (
          <p key={i}>
            <RunsView runs={block.runs} />
          </p>
        );
      case 'bullet-list':
        return (
          <ul key={i}>
            {block.items.map((item, j) => (
              <li key={j}>
                <RichTextView blocks={item.blocks} />
              </li>
            ))}
          </ul>
        );
      case 'numbered-list':
        return (
          <ol key={i} start={block.start}>
            {block.items.map((item, j) => (
              <li key={j}>
                <RichTextView blocks={item.blocks} />
              </li>
            ))}
          </ol>
        );
    }
  });
}
