/**
 * Answers that are hostile, or merely strange: markup and script, control
 * characters, a 10,000-character word, right-to-left marks, emoji and
 * combining marks. Scripts set window.__pwned, so a test can tell if one ran.
 */
export const SCRIPT = '<script>window.__pwned = "script"; alert(1)</script>';
export const IMG = `<img src=x onerror="window.__pwned = 'img'; alert(2)">`;
export const SVG = `<svg onload="window.__pwned = 'svg'"></svg>`;
export const JS_LINK = '[Open me](javascript:window.__pwned=1)';
export const HTML = '<b>not bold</b> <i>not italic</i> <iframe src="https://evil.example/"></iframe>';

/** U+0000–U+001F except tab and newline, and U+007F. */
export const CONTROLS = `${Array.from({ length: 32 }, (_, code) => String.fromCharCode(code))
  .filter((c) => c !== '\t' && c !== '\n')
  .join('')}\u007f`;

export const LONG_WORD = 'Antidisestablishmentarianism'.repeat(400).slice(0, 10_000);
/** A right-to-left mark, and an override that would show "exe.pdf" as "fdp.exe". */
export const BIDI = 'Invoice\u202efdp.exe\u202c then \u200fمرحبا\u200f';
export const EMOJI = '😀 👍🏽 👨‍👩‍👧‍👦 🇬🇧';
export const COMBINING = 'Z\u0337\u0322a\u0338l\u0336g\u0335o, caf\u0065\u0301, n\u0303';
/** Not characters at all, and not allowed anywhere in XML. */
export const NONCHARACTERS = '\ufffe\uffff';

/** Pieces of a hostile rationale, each a paragraph of its own so Markdown leaves it whole. */
export const HOSTILE_PARAGRAPHS = [
  `Script: ${SCRIPT}`,
  `Image: ${IMG}`,
  `Vector: ${SVG}`,
  `Link: ${JS_LINK}`,
  `Markup: ${HTML}`,
  `Controls: [${CONTROLS}]`,
  `Long: ${LONG_WORD}`,
  `Bidi: ${BIDI}`,
  `Emoji: ${EMOJI}`,
  `Combining: ${COMBINING}`,
];

export const HOSTILE_RATIONALE = HOSTILE_PARAGRAPHS.join('\n\n');

/** Fits the organisation field (300 characters) and a header line. */
export const HOSTILE_ORGANISATION = `Acme ${IMG.slice(0, 40)} & Sons <script>x</script> \u202eLtd\u202c 😀`;

/** Text that must read back unchanged wherever the answer is shown or written. */
export const MUST_SURVIVE = [SCRIPT, IMG, SVG, '<b>not bold</b>', '<iframe src="https://evil.example/"></iframe>', LONG_WORD, BIDI, EMOJI, COMBINING];

/**
 * Code points XML 1.0 does not allow, which make Word and LibreOffice refuse a
 * document. With the u flag a surrogate in the class only matches one that is
 * not half of a pair.
 */
// eslint-disable-next-line no-control-regex -- control characters are what this finds
export const XML_ILLEGAL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff\ud800-\udfff]/u;
