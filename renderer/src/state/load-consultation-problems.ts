import type { consultationProblems } from '../../../shared/consultation/consultation-problems';

/**
 * The check of a consultation before it is saved, read when first needed: it brings the schemas and their
 * validation library, which the window's first screen does without.
 */
export async function loadConsultationProblems(): Promise<typeof consultationProblems> {
  return (await import('../../../shared/consultation/consultation-problems')).consultationProblems;
}
