/**
 * The names of the IPC contract's channels and events, with no schema library:
 * the preload needs only these, so it stays a few kilobytes instead of
 * carrying zod. shared/ipc.ts checks at compile time that these lists are
 * exactly its contract's keys.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'library:list',
  'draft:create',
  'draft:open',
  'draft:save',
  'draft:shared',
  'draft:leave',
  'draft:rename',
  'draft:duplicate',
  'draft:delete',
  'draft:restoreBackup',
  'consultation:add',
  'consultation:update',
  'consultation:remove',
  'draft:takeUpCorrection',
  'import:choose',
  'import:read',
  'work:cancel',
  'export:chooseFolder',
  'export:run',
  'export:openFile',
  'draft:workflow',
  'draft:noteReuse',
  'answers:search',
  'settings:get',
  'settings:saveProfile',
  'draftFile:open',
  'draftFile:saveCopy',
  'recent:list',
  'print:savePdf',
] as const;

export const EVENT_NAMES = ['menu:command', 'draft:opened', 'draft:changed', 'work:progress'] as const;

/** The name under which the preload exposes the API on `window`. */
export const API_GLOBAL = 'drafter';
