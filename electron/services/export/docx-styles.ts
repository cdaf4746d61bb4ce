import {
  AlignmentType,
  LevelFormat,
  LineRuleType,
  type ILevelsOptions,
  type INumberingOptions,
  type IStylesOptions,
  type NumberingDefinition,
} from 'docx';

/** A sans-serif every Office install has; LibreOffice substitutes the metric-compatible Liberation Sans. */
export const BODY_FONT = 'Arial';
export const BULLET_REFERENCE = 'letter-bullets';
export const NUMBERED_REFERENCE = 'letter-numbered';
export const MAX_LIST_LEVEL = 8;

const INDENT_STEP = 360;
const BULLETS = ['•', '◦', '▪'] as const;

/** Where a list level's text starts, also used for the later paragraphs of a list item. */
export function listIndent(level: number): number {
  return INDENT_STEP * (level + 1);
}

function levels(make: (level: number) => Omit<ILevelsOptions, 'level'>): ILevelsOptions[] {
  return Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    alignment: AlignmentType.START,
    style: { paragraph: { indent: { left: listIndent(level), hanging: INDENT_STEP } } },
    ...make(level),
  }));
}

/** The numbered-list definition for lists that start at `start` ("3. …" in Markdown starts at 3). */
export function numberedDefinition(start: number): NumberingDefinition {
  return {
    reference: start === 1 ? NUMBERED_REFERENCE : `${NUMBERED_REFERENCE}-from-${start}`,
    levels: levels((level) => ({ format: LevelFormat.DECIMAL, text: `%${level + 1}.`, start })),
  };
}

export const letterNumbering: INumberingOptions = {
  config: [
    {
      reference: BULLET_REFERENCE,
      levels: levels((level) => ({ format: LevelFormat.BULLET, text: BULLETS[level % BULLETS.length] })),
    },
    numberedDefinition(1),
  ],
};

const PT = 2; // docx sizes are half-points
export const GREY = '595959';
export const CONFIDENTIAL_RED = 'B00020';
/** Behind a passage marked confidential in the full letter: light enough to print and photocopy legibly. */
export const CONFIDENTIAL_SHADING = 'FBE3E6';

/** Real Word styles, so the letter can be restyled in Word and its headings appear in the navigation pane. */
export const letterStyles: IStylesOptions = {
  default: {
    document: {
      run: { font: BODY_FONT, size: 11 * PT },
      // lineRule spelled out: LibreOffice does not read a missing rule as 'auto' for lines holding a picture.
      paragraph: { spacing: { after: 120, line: 276, lineRule: LineRuleType.AUTO } },
    },
    title: {
      run: { font: BODY_FONT, size: 16 * PT, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 240, after: 80, line: 264, lineRule: LineRuleType.AUTO }, keepNext: true },
    },
    heading1: {
      run: { font: BODY_FONT, size: 13 * PT, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 360, after: 120 }, keepNext: true },
    },
    heading2: {
      run: { font: BODY_FONT, size: 11.5 * PT, bold: true, color: '1F3864' },
      paragraph: { spacing: { before: 280, after: 80 }, keepNext: true },
    },
    listParagraph: { paragraph: { spacing: { after: 60 } } },
  },
  paragraphStyles: [
    {
      id: 'Letterhead',
      name: 'Letterhead',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 10 * PT, color: GREY },
      paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
    },
    {
      id: 'LetterLines',
      name: 'Letter Lines',
      basedOn: 'Normal',
      next: 'Normal',
      paragraph: { spacing: { after: 0 } },
    },
    {
      id: 'Reference',
      name: 'Reference',
      basedOn: 'Normal',
      next: 'Normal',
      run: { size: 10 * PT, color: GREY },
      paragraph: { spacing: { after: 240 } },
    },
    {
      id: 'QuestionText',
      name: 'Question Text',
      basedOn: 'Normal',
      next: 'Normal',
      run: { italics: true, color: '404040' },
      paragraph: {
        indent: { left: 284 },
        border: { left: { style: 'single', size: 12, color: 'BFBFBF', space: 8 } },
        keepNext: true,
      },
    },
    {
      id: 'Redacted',
      name: 'Redacted',
      basedOn: 'Normal',
      next: 'Normal',
      run: { bold: true, color: GREY },
    },
    {
      id: 'HeaderMark',
      name: 'Header Mark',
      basedOn: 'Normal',
      run: { bold: true, color: CONFIDENTIAL_RED, size: 10 * PT },
      paragraph: { alignment: AlignmentType.RIGHT, spacing: { after: 0 } },
    },
    {
      id: 'FooterText',
      name: 'Footer Text',
      basedOn: 'Normal',
      run: { size: 9 * PT, color: GREY },
      paragraph: { alignment: AlignmentType.CENTER, spacing: { after: 0 } },
    },
  ],
};
