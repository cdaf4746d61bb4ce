import type { DocumentStructure } from './document-structure';
import type { Confidence, SourceSpan } from './import-result';
import { spanOf } from './mapped-text';

export interface IssuerFinding {
  issuer: string;
  confidence: Confidence;
  span: SourceSpan | null;
}

interface KnownIssuer {
  name: string;
  domains: RegExp;
  names: RegExp;
}

// Bodies that consult UK energy suppliers, by the names and email domains they print.
const ISSUERS: readonly KnownIssuer[] = [
  { name: 'Smart DCC', domains: /(?:^|\.)smartdcc\.co\.uk$/, names: /\bSmart DCC\b|\bData Communications Company\b|\bDCC\b/ },
  {
    name: 'SECAS',
    domains: /(?:^|\.)smartenergycodecompany\.co\.uk$|secas/,
    names: /\bSECAS\b|\bSmart Energy Code Administrator and Secretariat\b|\bSmart Energy Code Company\b/,
  },
  { name: 'Ofgem', domains: /(?:^|\.)ofgem\.gov\.uk$/, names: /\bOfgem\b|\bOffice of Gas and Electricity Markets\b/ },
  {
    name: 'DESNZ',
    domains: /(?:^|\.)energysecurity\.gov\.uk$|desnz/,
    names: /\bDESNZ\b|\bDepartment for Energy Security (?:and|&) Net Zero\b/,
  },
  { name: 'BEIS', domains: /(?:^|\.)beis\.gov\.uk$/, names: /\bBEIS\b|\bDepartment for Business,? Energy (?:and|&) Industrial Strategy\b/ },
  { name: 'Elexon', domains: /(?:^|\.)elexon\.co\.uk$/, names: /\bElexon\b/ },
  { name: 'Xoserve', domains: /(?:^|\.)xoserve\.com$/, names: /\bXoserve\b/ },
  { name: 'RECCo', domains: /(?:^|\.)retailenergycode\.co\.uk$/, names: /\bRECCo\b|\bRetail Energy Code Company\b/ },
  {
    name: 'NESO',
    domains: /(?:^|\.)neso\.energy$|(?:^|\.)nationalenergyso\.com$/,
    names: /\bNESO\b|\bNational Energy System Operator\b/,
  },
  { name: 'Energy UK', domains: /(?:^|\.)energy-uk\.org\.uk$/, names: /\bEnergy UK\b/ },
];

const EMAIL = /[A-Za-z0-9._%+-]{1,64}@([A-Za-z0-9-]{1,63}(?:\.[A-Za-z0-9-]{1,63}){1,8})/g;
const FRONT_LINES = 80;

function issuerForEmail(email: string): string | null {
  const domain = email.slice(email.lastIndexOf('@') + 1).toLowerCase();
  return ISSUERS.find((issuer) => issuer.domains.test(domain))?.name ?? null;
}

/**
 * Who issued the consultation: from the domain of the address responses go to,
 * else an address or name on the front page, else the name the document uses most.
 */
export function findIssuer(doc: DocumentStructure, responseEmail: { email: string; span: SourceSpan | null }): IssuerFinding {
  const fromResponse = responseEmail.email === '' ? null : issuerForEmail(responseEmail.email);
  if (fromResponse) return { issuer: fromResponse, confidence: 'high', span: responseEmail.span };

  const counts = new Map<string, { count: number; span: SourceSpan }>();
  for (const line of doc.lines) {
    if (line.empty && !line.furniture) continue;
    const text = line.text.text;
    const front = line.index < FRONT_LINES;
    if (front) {
      for (const match of text.matchAll(EMAIL)) {
        const issuer = issuerForEmail(match[0]);
        if (issuer) return { issuer, confidence: 'medium', span: spanOf(line.text, match.index, match.index + match[0].length) };
      }
    }
    for (const issuer of ISSUERS) {
      const match = issuer.names.exec(text);
      if (!match) continue;
      const span = spanOf(line.text, match.index, match.index + match[0].length);
      // A name on the front page counts for more than one in the body.
      const weight = front ? 5 : 1;
      const entry = counts.get(issuer.name);
      counts.set(issuer.name, { count: (entry?.count ?? 0) + weight, span: entry?.span ?? span });
    }
  }
  let best: { name: string; count: number; span: SourceSpan } | null = null;
  for (const [name, entry] of counts) if (!best || entry.count > best.count) best = { name, ...entry };
  if (!best) return { issuer: '', confidence: 'low', span: null };
  return { issuer: best.name, confidence: 'low', span: best.span };
}
