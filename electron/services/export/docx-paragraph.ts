import { Paragraph, type IParagraphOptions } from 'docx';

/**
 * Every paragraph of the letter goes through here, so none is left without
 * widow and orphan control: Word and LibreOffice only apply it when the
 * paragraph (or its style chain) says so, and docx styles cannot.
 */
export function paragraph(options: IParagraphOptions): Paragraph {
  return new Paragraph({ widowControl: true, ...options });
}
