import type { Channel, ChannelArgs } from '../../../shared/ipc';
import { dccConsultation, sampleDraft } from '../../support/sample-draft';

export const GATE_DRAFT_ID = 'gate-draft';

/**
 * One valid argument per channel, the starting point for the generated wrong
 * ones. Typed over every channel, so a new channel does not compile until it
 * has an example here, and then gets its bad-argument cases automatically.
 */
export const VALID_ARGUMENTS: { [C in Channel]: ChannelArgs<C> } = {
  'app:info': undefined,
  'library:list': undefined,
  'draft:create': { consultationId: dccConsultation.id },
  'draft:open': { id: GATE_DRAFT_ID },
  'draft:shared': { id: GATE_DRAFT_ID, knownRevision: null },
  'draft:leave': { id: GATE_DRAFT_ID },
  'draft:save': { draft: sampleDraft({ id: GATE_DRAFT_ID }) },
  'draft:rename': { id: GATE_DRAFT_ID, name: 'Acme response' },
  'draft:duplicate': { id: GATE_DRAFT_ID },
  'draft:delete': { id: GATE_DRAFT_ID },
  'draft:restoreBackup': { id: GATE_DRAFT_ID },
  'consultation:add': { consultation: { ...dccConsultation, id: 'gate-consultation', source: 'typed' } },
  'consultation:update': { consultation: { ...dccConsultation, id: 'gate-consultation', source: 'typed' } },
  'consultation:remove': { id: 'gate-consultation' },
  'draft:takeUpCorrection': { id: GATE_DRAFT_ID, correctedAt: '2020-10-27T09:00:00.000Z' },
  'import:choose': undefined,
  'import:read': { fileName: 'consultation.txt', dataBase64: Buffer.from('Q1 Do you agree with the date?').toString('base64') },
  'work:cancel': { kind: 'import' },
  'export:chooseFolder': { draftId: GATE_DRAFT_ID },
  'export:run': { draftId: GATE_DRAFT_ID, kinds: ['letter-full', 'email'], overwrite: false },
  'export:openFile': { draftId: GATE_DRAFT_ID, fileName: 'Acme Energy Ltd - response.docx' },
  'draft:workflow': { id: GATE_DRAFT_ID, action: { kind: 'sign-off', name: 'Jordan Lee', jobTitle: 'Head of Regulation', date: '2020-10-27' } },
  'draft:noteReuse': { id: GATE_DRAFT_ID, questionId: 'dates-q1', fromDraftId: GATE_DRAFT_ID, fromQuestionId: 'dates-q1' },
  'answers:search': { text: 'date', issuer: 'Smart DCC', excludeDraftId: GATE_DRAFT_ID, limit: 10 },
  'settings:get': undefined,
  'settings:saveProfile': {
    profile: { respondent: sampleDraft().respondent, signatory: { name: 'Jordan Lee', jobTitle: 'Head of Regulation' } },
  },
  'draftFile:open': { path: '/home/priya/Shared/response.crdraft' },
  'draftFile:saveCopy': { id: GATE_DRAFT_ID },
  'recent:list': undefined,
  'print:savePdf': { draftId: GATE_DRAFT_ID, version: 'full' },
};

/** Ids a compromised page might send to reach outside the library folder. */
export const PATH_LIKE_IDS = ['../x', '../../../../tmp/evil', '..', 'a/b', 'a\\b', 'C:\\Windows\\x', '%2e%2e%2fx', '/etc/passwd', 'x\u0000.crdraft'];
