import type { Channel } from '../../../shared/ipc';
import { PATH_LIKE_IDS, VALID_ARGUMENTS } from './valid-arguments';

/**
 * Arguments a compromised or buggy page might send, written by hand from real
 * attacks and boundary values — never generated from the schemas they test,
 * so loosening a schema cannot quietly remove its own test case.
 */
export type BadArgument = [what: string, args: unknown];

const HUGE = 'x'.repeat(5_000_000);

/** Not an argument object at all. */
const WRONG_SHAPES: BadArgument[] = [
  ['null', null],
  ['a number', 42],
  ['NaN', Number.NaN],
  ['Infinity', Number.POSITIVE_INFINITY],
  ['a string', 'gate-draft'],
  ['an array', ['gate-draft']],
  ['true', true],
];

/** Values that are no draft id: paths, control characters, wrong types, boundary lengths. */
const NOT_A_DRAFT_ID: unknown[] = [
  ...PATH_LIKE_IDS,
  '',
  'x'.repeat(65),
  HUGE,
  'Gate-Draft',
  'gate draft',
  'gate-draft\n',
  'gate\u0000draft',
  'gate\u202edraft',
  'gate-draft.crdraft',
  '__proto__',
  42,
  Number.NaN,
  null,
  true,
  ['gate-draft'],
  { toString: 'gate-draft' },
];

/** The same argument with one field replaced. */
function withField(channel: Channel, field: string, value: unknown): unknown {
  return { ...(VALID_ARGUMENTS[channel] as object), [field]: value };
}

function idAttacks(channel: Channel, field: string): BadArgument[] {
  return NOT_A_DRAFT_ID.map((value) => [`${field} = ${describeValue(value)}`, withField(channel, field, value)]);
}

function fieldAttacks(channel: Channel, field: string, values: unknown[]): BadArgument[] {
  return values.map((value) => [`${field} = ${describeValue(value)}`, withField(channel, field, value)]);
}

function describeValue(value: unknown): string {
  if (typeof value === 'string') return value.length > 40 ? `"x"×${value.length}` : JSON.stringify(value);
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value) ?? String(value);
}

/** Channels that take no argument: anything at all sent to them is refused. */
const NO_ARGUMENT: BadArgument[] = [...WRONG_SHAPES, ['an object', { id: 'gate-draft' }], ['an empty string', '']];

const validDraft = (VALID_ARGUMENTS['draft:save'] as { draft: Record<string, unknown> }).draft;
const validSignOff = (VALID_ARGUMENTS['draft:workflow'] as { action: Record<string, unknown> }).action;

export const BAD_ARGUMENTS: { [C in Channel]: BadArgument[] } = {
  'app:info': NO_ARGUMENT,
  'library:list': NO_ARGUMENT,
  'import:choose': NO_ARGUMENT,
  'settings:get': NO_ARGUMENT,
  'recent:list': NO_ARGUMENT,
  'draft:create': [...WRONG_SHAPES, ...fieldAttacks('draft:create', 'consultationId', ['', HUGE, 42, null, ['dcc']])],
  'draft:open': [...WRONG_SHAPES, ...idAttacks('draft:open', 'id')],
  'draft:shared': [...WRONG_SHAPES, ...idAttacks('draft:shared', 'id'), ...fieldAttacks('draft:shared', 'knownRevision', [5, 'r'.repeat(201), {}, undefined])],
  'draft:leave': [...WRONG_SHAPES, ...idAttacks('draft:leave', 'id')],
  'draft:duplicate': [...WRONG_SHAPES, ...idAttacks('draft:duplicate', 'id')],
  'draft:delete': [...WRONG_SHAPES, ...idAttacks('draft:delete', 'id')],
  'draft:restoreBackup': [...WRONG_SHAPES, ...idAttacks('draft:restoreBackup', 'id')],
  'draftFile:saveCopy': [...WRONG_SHAPES, ...idAttacks('draftFile:saveCopy', 'id')],
  'export:chooseFolder': [...WRONG_SHAPES, ...idAttacks('export:chooseFolder', 'draftId')],
  'draft:rename': [...WRONG_SHAPES, ...idAttacks('draft:rename', 'id'), ...fieldAttacks('draft:rename', 'name', ['', '   ', HUGE, 42, null])],
  'draft:save': [
    ...WRONG_SHAPES,
    ['draft = null', { draft: null }],
    ...NOT_A_DRAFT_ID.map((id): BadArgument => [`draft.id = ${describeValue(id)}`, { draft: { ...validDraft, id } }]),
    ['draft.answers = a string', { draft: { ...validDraft, answers: 'all of them' } }],
    ['draft.status = "sent" spelt wrong', { draft: { ...validDraft, status: 'SENT' } }],
    ['draft.schemaVersion = Infinity', { draft: { ...validDraft, schemaVersion: Number.POSITIVE_INFINITY } }],
    ['draft.schemaVersion = NaN', { draft: { ...validDraft, schemaVersion: Number.NaN } }],
    // Far more entries than any draft holds, each one valid: refused on the count, not checked one by one.
    ['draft.comments = 100,000 comments', { draft: { ...validDraft, comments: Array.from({ length: 100_000 }, () => ({ id: 'c-1', target: { kind: 'section', section: 'general' }, author: 'A', at: '2026-01-01T00:00:00Z', text: 'x', resolved: false, resolvedBy: null, resolvedAt: null })) } }],
    ['draft.answers = 100,000 answers', { draft: { ...validDraft, answers: Object.fromEntries(Array.from({ length: 100_000 }, (_, i) => [`q-${i}`, { position: null, rationale: '', confidential: false }])) } }],
  ],
  'consultation:add': [
    ...WRONG_SHAPES,
    ['consultation = null', { consultation: null }],
    ['consultation.questions = an object', { consultation: { ...(VALID_ARGUMENTS['consultation:add'] as { consultation: object }).consultation, questions: {} } }],
  ],
  'consultation:update': [
    ...WRONG_SHAPES,
    ['consultation = null', { consultation: null }],
    ...['../../evil', 'a/b', 'a\\b', '', HUGE, 42].map((id): BadArgument => [`consultation.id = ${describeValue(id)}`, { consultation: { ...(VALID_ARGUMENTS['consultation:update'] as { consultation: object }).consultation, id } }]),
  ],
  'consultation:remove': [...WRONG_SHAPES, ...fieldAttacks('consultation:remove', 'id', ['../../evil', 'a/b', 'a\\b', '/etc/passwd', '', HUGE, 42, null])],
  'draft:takeUpCorrection': [
    ...WRONG_SHAPES,
    ...idAttacks('draft:takeUpCorrection', 'id'),
    ...fieldAttacks('draft:takeUpCorrection', 'correctedAt', ['yesterday', '2020-02-31T09:00:00Z', '', 42, null, Number.NaN]),
  ],
  'import:read': [
    ...WRONG_SHAPES,
    ...fieldAttacks('import:read', 'fileName', ['', 'x'.repeat(501), 42, null]),
    // Past 25 MB once decoded: refused before a byte is decoded.
    ...fieldAttacks('import:read', 'dataBase64', ['A'.repeat(40 * 1024 * 1024), 42, null, ['QQ==']]),
  ],
  'export:run': [
    ...WRONG_SHAPES,
    ...idAttacks('export:run', 'draftId'),
    ...fieldAttacks('export:run', 'kinds', [[], ['letter-secret'], ['__proto__'], 'email', [42], null]),
    ...fieldAttacks('export:run', 'overwrite', ['true', 1, null, Number.NaN]),
  ],
  'export:openFile': [...WRONG_SHAPES, ...idAttacks('export:openFile', 'draftId'), ...fieldAttacks('export:openFile', 'fileName', ['', 'x'.repeat(501), 42, null])],
  'draft:workflow': [
    ...WRONG_SHAPES,
    ...idAttacks('draft:workflow', 'id'),
    ...fieldAttacks('draft:workflow', 'action', [null, 'sign-off', { kind: 'approve-everything' }, { kind: '__proto__' }]),
    ['a sign-off dated 31 February', withField('draft:workflow', 'action', { ...validSignOff, date: '2020-02-31' })],
    ['a sign-off with no name', withField('draft:workflow', 'action', { ...validSignOff, name: '' })],
  ],
  'draft:noteReuse': [...WRONG_SHAPES, ...idAttacks('draft:noteReuse', 'id'), ...idAttacks('draft:noteReuse', 'fromDraftId'), ...fieldAttacks('draft:noteReuse', 'questionId', ['', HUGE, 42])],
  'answers:search': [
    ...WRONG_SHAPES,
    ...fieldAttacks('answers:search', 'limit', [0, -1, 101, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '10', null, 1e9]),
    ...fieldAttacks('answers:search', 'text', [HUGE, 42, null]),
    ...fieldAttacks('answers:search', 'excludeDraftId', ['../x', 'a/b', HUGE, 42]),
  ],
  'settings:saveProfile': [...WRONG_SHAPES, ['profile = null', { profile: null }], ['profile = a string', { profile: 'me' }]],
  'draftFile:open': [...WRONG_SHAPES, ...fieldAttacks('draftFile:open', 'path', ['', 'x'.repeat(4097), 42, ['a.crdraft']])],
  'print:savePdf': [...WRONG_SHAPES, ...idAttacks('print:savePdf', 'draftId'), ...fieldAttacks('print:savePdf', 'version', ['secret', '', 'FULL', 42, null])],
  'work:cancel': [...WRONG_SHAPES, ...fieldAttacks('work:cancel', 'kind', ['', 'IMPORT', 'delete', '__proto__', 42, null])],
};
