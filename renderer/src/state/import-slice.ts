import type { StateCreator } from 'zustand';
import type { Question } from '../../../shared/model';
import type { Finding, ImportFindings, ImportResult } from '../../../shared/import/import-result';
import type { AppState, ImportReview, ImportSlice, StoreDeps } from './store-types';
import { loadConsultationProblems } from './load-consultation-problems';

const EMPTY_FINDING: Finding = { confidence: 'high', span: null };

function randomId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(8));
  return `${prefix}-${Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('')}`;
}

function reviewFrom(result: ImportResult): ImportReview {
  const { consultation, findings } = result;
  return {
    fileName: result.fileName,
    sourceText: result.sourceText,
    findings,
    consultation,
    questionFindings: consultation.questions.map((_, i) => findings.questions[i] ?? EMPTY_FINDING),
  };
}

/** Findings for a consultation that was not read from a document: nothing to flag. */
export const NO_FINDINGS: ImportFindings = {
  title: EMPTY_FINDING,
  reference: EMPTY_FINDING,
  issuer: EMPTY_FINDING,
  issuedOn: EMPTY_FINDING,
  respondBy: EMPTY_FINDING,
  responseEmail: EMPTY_FINDING,
  classification: EMPTY_FINDING,
  questions: [],
};

function emptyReview(): ImportReview {
  return {
    fileName: null,
    sourceText: '',
    findings: NO_FINDINGS,
    consultation: {
      id: randomId('typed'),
      title: '',
      reference: '',
      issuer: '',
      issuedOn: null,
      respondBy: null,
      responseEmail: '',
      classification: '',
      questions: [],
      publicationNotice: '',
      source: 'typed',
    },
    questionFindings: [],
  };
}

function base64(bytes: Uint8Array): string {
  let binary = '';
  const chunk = 0x8000;
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk));
  return btoa(binary);
}

/** A consultation read from a document (or typed in) waits here until the user confirms it. */
export const createImportSlice =
  (deps: StoreDeps): StateCreator<AppState, [], [], ImportSlice> =>
  (set, get) => ({
    importReview: null,
    importError: null,
    importing: false,

    async chooseImportFile() {
      set({ importing: true, importError: null });
      get().clearWorkProgress('import');
      const result = await deps.api['import:choose']();
      set({ importing: false });
      get().clearWorkProgress('import');
      // A cancelled import needs no message: the user asked for it.
      if (!result.ok) set({ importError: result.error.code === 'cancelled' ? null : result.error.message });
      else if (result.value) {
        set({ importReview: reviewFrom(result.value) });
        get().navigate({ screen: 'import' });
      }
    },

    async importFile(file: File) {
      set({ importing: true, importError: null });
      get().clearWorkProgress('import');
      const bytes = new Uint8Array(await file.arrayBuffer());
      const result = await deps.api['import:read']({ fileName: file.name, dataBase64: base64(bytes) });
      set({ importing: false });
      get().clearWorkProgress('import');
      if (!result.ok) {
        set({ importError: result.error.code === 'cancelled' ? null : result.error.message });
        return;
      }
      set({ importReview: reviewFrom(result.value) });
      get().navigate({ screen: 'import' });
    },

    startTypedConsultation() {
      set({ importReview: emptyReview(), importError: null });
      get().navigate({ screen: 'import' });
    },

    editImport(edit: (review: ImportReview) => ImportReview) {
      const review = get().importReview;
      if (review) set({ importReview: edit(review) });
    },

    async saveImport(thenStartResponse: boolean) {
      const review = get().importReview;
      if (!review) return [];
      const problems = (await loadConsultationProblems())(review.consultation);
      if (problems.length > 0) return problems;
      const result = await deps.api['consultation:add']({ consultation: review.consultation });
      if (!result.ok) return [result.error.message];
      set({ importReview: null });
      if (thenStartResponse) await get().startResponse(result.value.id);
      else {
        get().navigate({ screen: 'library' });
        await get().loadLibrary();
      }
      return [];
    },

    cancelImport() {
      set({ importReview: null, importError: null });
      get().navigate({ screen: 'library' });
    },
  });

/**
 * A new, empty question. `reservedIds` are ids it must not take: when a saved
 * consultation is corrected, those of questions just removed, so a draft's
 * answer to a removed question never lands on a new one.
 */
export function newQuestion(existing: readonly Question[], reservedIds: readonly string[] = []): Question {
  const taken = new Set([...existing.map((q) => q.id), ...reservedIds]);
  let n = existing.length + 1;
  while (taken.has(`q-${n}`)) n += 1;
  return { id: `q-${n}`, label: `Q${n}`, text: 'New question', section: '', kind: 'open' };
}
