import type { Consultation } from '../model';
import { readDocument } from './document-structure';
import { findClassification } from './find-classification';
import { findDeadline } from './find-deadline';
import { findIssuedOn } from './find-issued-on';
import { findIssuer } from './find-issuer';
import { findPublicationNotice } from './find-publication-notice';
import { findQuestions } from './find-questions';
import { findReference } from './find-reference';
import { findResponseEmail } from './find-response-email';
import { findTitle } from './find-title';
import { ImportError, type ParsedConsultation, ParsedConsultationSchema } from './import-result';

export interface ParseOptions {
  /** The id the imported consultation gets. */
  id: string;
  /** The document's file name, used as the reference when none is printed. */
  fileName?: string;
  /** The title the file itself carries (a .docx's title property), preferred when it reads as a title. */
  documentTitle?: string;
}

/**
 * Reads a consultation from its text (plain, or Markdown as converters write
 * it) and says, per field, where in the text it was found and how sure the
 * reading is. Pure and deterministic; runs in the main process and the renderer.
 */
export function parseConsultation(text: string, options: ParseOptions): ParsedConsultation {
  const doc = readDocument(text);
  const title = findTitle(doc, options.documentTitle);
  const deadline = findDeadline(doc);
  const issuedOn = findIssuedOn(doc, deadline.respondBy?.date ?? null);
  const responseEmail = findResponseEmail(doc);
  const issuer = findIssuer(doc, responseEmail);
  const reference = findReference(doc, { text: title.title, span: title.span }, options.fileName);
  const classification = findClassification(doc);
  const questions = findQuestions(doc);

  const consultation: Consultation = {
    id: options.id,
    title: title.title,
    reference: reference.reference,
    issuer: issuer.issuer,
    issuedOn: issuedOn.issuedOn,
    respondBy: deadline.respondBy,
    responseEmail: responseEmail.email,
    classification: classification.classification,
    questions: questions.map((found) => found.question),
    publicationNotice: findPublicationNotice(doc),
    source: 'imported',
  };
  const parsed = ParsedConsultationSchema.safeParse({
    consultation,
    findings: {
      title: { confidence: title.confidence, span: title.span },
      reference: { confidence: reference.confidence, span: reference.span },
      issuer: { confidence: issuer.confidence, span: issuer.span },
      issuedOn: { confidence: issuedOn.confidence, span: issuedOn.span },
      respondBy: { confidence: deadline.confidence, span: deadline.span, ...(deadline.alternatives.length > 0 ? { alternatives: deadline.alternatives } : {}) },
      responseEmail: { confidence: responseEmail.confidence, span: responseEmail.span },
      classification: { confidence: classification.confidence, span: classification.span },
      questions: questions.map((found) => found.finding),
    },
  });
  if (!parsed.success) {
    // Only an invalid id gets here; every field above is built within the schema's limits.
    throw new ImportError('corrupt', `The consultation could not be read into a valid form: ${parsed.error.issues[0]?.message ?? 'unknown problem'}.`);
  }
  return parsed.data;
}
