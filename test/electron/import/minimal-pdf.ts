/**
 * A small but valid PDF written byte by byte: one page of Helvetica text and, when given, a document
 * information Title, as Word and LibreOffice write the document's own title when they save a PDF.
 */
export function minimalPdf(lines: readonly string[], title?: string): Uint8Array {
  const escape = (text: string): string => text.replace(/[\\()]/g, (character) => `\\${character}`);
  const content = ['BT', '/F1 11 Tf', '14 TL', '72 770 Td', ...lines.map((line) => `(${escape(line)}) Tj T*`), 'ET'].join('\n');
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
    ...(title === undefined ? [] : [`<< /Title (${escape(title)}) /Producer (LibreOffice) >>`]),
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  const entries = offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${entries}`;
  const info = title === undefined ? '' : ` /Info ${objects.length} 0 R`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R${info} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new TextEncoder().encode(body);
}
