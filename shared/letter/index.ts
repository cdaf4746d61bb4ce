export * from './letter';
export { composeLetter, letterTitle, NO_ANSWER_TEXT, type ComposeLetterOptions } from './compose-letter';
export {
  bodiesSharedWith,
  confidentialityStatement,
  confidentialQuestions,
  publicationAvailability,
  type PublicationAvailability,
} from './confidentiality';
export { checkReadiness, blockingItems, type ReadinessItem, type ReadinessSection, type ReadinessSeverity } from './readiness';
export { renderPlainText, richBlocksToPlainText } from './render-plain-text';
export { ukLongDate } from './uk-date';
export { fitSignature, SIGNATURE_BOX } from './signature-box';
