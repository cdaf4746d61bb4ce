/**
 * Plain text as a flat OpenDocument file that LibreOffice prints as a publisher would: one paragraph a line, A4,
 * 11 pt Liberation Serif, no space between paragraphs (blank lines keep the gaps), long lines wrapped at the margin,
 * the page number in every page's footer; a form feed starts a new page.
 */
const XML_HEAD = `<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" office:version="1.2" office:mimetype="application/vnd.oasis.opendocument.text">
<office:styles>
<style:default-style style:family="paragraph"><style:paragraph-properties fo:margin-top="0cm" fo:margin-bottom="0cm"/><style:text-properties fo:font-family="'Liberation Serif'" fo:font-size="11pt"/></style:default-style>
<style:style style:name="Standard" style:family="paragraph"/>
<style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Standard"><style:paragraph-properties fo:break-before="page"/></style:style>
<style:style style:name="Footer" style:family="paragraph"><style:paragraph-properties fo:text-align="center"/><style:text-properties fo:font-size="9pt"/></style:style>
</office:styles>
<office:automatic-styles><style:page-layout style:name="A4"><style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm" fo:margin-top="2cm" fo:margin-bottom="1.5cm" fo:margin-left="2.5cm" fo:margin-right="2.5cm"/><style:footer-style><style:header-footer-properties fo:min-height="0.8cm" fo:margin-top="0.4cm"/></style:footer-style></style:page-layout></office:automatic-styles>
<office:master-styles><style:master-page style:name="Standard" style:page-layout-name="A4"><style:footer><text:p text:style-name="Footer"><text:page-number text:select-page="current">1</text:page-number></text:p></style:footer></style:master-page></office:master-styles>
<office:body><office:text>
`;
const XML_TAIL = '</office:text></office:body></office:document>\n';

function escapeXml(text: string): string {
  return text.replace(/[&<>]/g, (char) => (char === '&' ? '&amp;' : char === '<' ? '&lt;' : '&gt;'));
}

/** One line as an ODF paragraph: runs of spaces and tabs kept (XML would collapse them), control characters blanked. */
function paragraph(line: string, style: 'Standard' | 'PageBreak'): string {
  // eslint-disable-next-line no-control-regex -- XML 1.0 cannot hold these characters
  const clean = line.replace(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/g, ' ');
  const body = clean
    .split(/(\t| {2,}|^ )/)
    .map((part) => (part === '\t' ? '<text:tab/>' : /^ +$/.test(part) ? `<text:s text:c="${part.length}"/>` : escapeXml(part)))
    .join('');
  return `<text:p text:style-name="${style}">${body}</text:p>\n`;
}

/** A line holding form feeds: the text after each starts a new page. */
function paragraphs(line: string): string {
  if (!line.includes('\f')) return paragraph(line, 'Standard');
  return line
    .split('\f')
    .map((part, index) => (index === 0 && part === '' ? '' : paragraph(part, index === 0 ? 'Standard' : 'PageBreak')))
    .join('');
}

/** The text as a flat OpenDocument file, one paragraph a line. */
export function flatOdt(text: string): string {
  return XML_HEAD + text.replace(/\r\n?/g, '\n').split('\n').map(paragraphs).join('') + XML_TAIL;
}

