import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { DRAFT_EXTENSION } from './services/draft-file';

export type SaveKind = 'draft' | 'pdf';

const SAVE_KINDS: Record<SaveKind, { title: string; filter: { name: string; extensions: string[] }; extension: string }> = {
  draft: {
    title: 'Save a copy of this draft',
    filter: { name: 'Response drafts', extensions: [DRAFT_EXTENSION.slice(1)] },
    extension: DRAFT_EXTENSION,
  },
  pdf: { title: 'Save the letter as PDF', filter: { name: 'PDF documents', extensions: ['pdf'] }, extension: '.pdf' },
};

export function importFileDialog(): OpenDialogOptions {
  return {
    title: 'Import a consultation',
    buttonLabel: 'Import',
    properties: ['openFile'],
    filters: [{ name: 'Consultation documents', extensions: ['docx', 'pdf', 'txt', 'md'] }],
  };
}

export function exportFolderDialog(defaultPath: string | null, documents: string): OpenDialogOptions {
  return {
    title: 'Choose a folder for the exported files',
    buttonLabel: 'Choose folder',
    defaultPath: defaultPath ?? documents,
    properties: ['openDirectory', 'createDirectory'],
  };
}

export function draftFileDialog(): OpenDialogOptions {
  return {
    title: 'Open a draft file',
    buttonLabel: 'Open',
    properties: ['openFile'],
    filters: [SAVE_KINDS.draft.filter],
  };
}

/** A save dialog starting in Documents with the suggested name; Linux asks before replacing only when told to. */
export function savePathDialog(kind: SaveKind, suggestedName: string, documents: string): SaveDialogOptions {
  const { title, filter } = SAVE_KINDS[kind];
  return {
    title,
    buttonLabel: 'Save',
    defaultPath: join(documents, suggestedName),
    filters: [filter],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
}

/**
 * Some Linux dialogs return the name exactly as typed; a draft saved as
 * "response" would then not open on double-click, so the extension is added.
 */
export function withExtension(path: string, kind: SaveKind): string {
  const { extension } = SAVE_KINDS[kind];
  return path.toLowerCase().endsWith(extension) ? path : `${path}${extension}`;
}
