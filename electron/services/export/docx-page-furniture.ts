import { Footer, Header, PageNumber, TextRun } from 'docx';
import { TextWatermark } from 'docx/watermarks';
import type { LetterMeta } from '../../../shared/letter/letter';
import { BODY_FONT } from './docx-styles';
import { paragraph } from './docx-paragraph';

/**
 * The page header: the marks ("DRAFT — not signed off", "CONFIDENTIAL",
 * "Publication version — confidential parts removed") and, for a draft, the
 * watermark written faintly across the page the way Word's Design > Watermark
 * does. A header repeats on every page, so both are on every page.
 */
export function pageHeader(meta: LetterMeta): Header | undefined {
  if (meta.headerMarks.length === 0 && meta.watermark === null) return undefined;
  const watermark = meta.watermark
    ? [new TextWatermark({ text: meta.watermark, font: BODY_FONT, bold: true, color: 'BFBFBF', opacity: 0.5 })]
    : [];
  const marks = meta.headerMarks.length > 0 ? meta.headerMarks : [''];
  return new Header({
    children: marks.map((mark, i) =>
      paragraph({ style: 'HeaderMark', children: [...(i === 0 ? watermark : []), ...(mark ? [new TextRun(mark)] : [])] }),
    ),
  });
}

/** Only page numbers: a footer is on every page, so it must never carry anything a reader should not see. */
export function pageFooter(): Footer {
  return new Footer({
    children: [
      paragraph({
        style: 'FooterText',
        children: [new TextRun({ children: ['Page ', PageNumber.CURRENT, ' of ', PageNumber.TOTAL_PAGES] })],
      }),
    ],
  });
}
