import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { buildDesktopServices, LETTER_PDF_OPTIONS, libraryFolderFor, type DesktopServicesOptions, type PdfPrinter } from '../../../electron/desktop-services';
import { withExtension } from '../../../electron/dialog-options';

const DOCUMENTS = '/home/priya/Documents';

function desktop(overrides: Partial<DesktopServicesOptions> = {}) {
  const showOpenDialog = vi.fn(async (_options: OpenDialogOptions) => ({ canceled: false, filePaths: ['/chosen/file'] }));
  const showSaveDialog = vi.fn(async (_options: SaveDialogOptions) => ({ canceled: false, filePath: '/chosen/Response.crdraft' }));
  const options: DesktopServicesOptions = {
    userData: '/home/priya/.config/crd',
    documents: DOCUMENTS,
    libraryOverride: null,
    appVersion: '0.1.0',
    showOpenDialog,
    showSaveDialog,
    openPath: async () => '',
    printTarget: () => null,
    worker: { run: async () => Promise.reject(new Error('No worker in this test')), prewarm: async () => {}, close: async () => {} },
    reportProgress: () => {},
    reportDraftChanged: () => {},
    ...overrides,
  };
  return { services: buildDesktopServices(options), showOpenDialog, showSaveDialog };
}

describe('the services main.ts builds', () => {
  it('keeps the library in the user-data folder unless CRD_LIBRARY_FOLDER says otherwise', () => {
    expect(libraryFolderFor('/home/priya/.config/crd', null)).toBe(join('/home/priya/.config/crd', 'library'));
    expect(libraryFolderFor('/home/priya/.config/crd', '/mnt/shared/library')).toBe('/mnt/shared/library');
    expect(desktop().services.library.folder).toBe(join('/home/priya/.config/crd', 'library'));
    expect(desktop().services.appVersion).toBe('0.1.0');
  });

  it('opens draft files through a dialog that shows only response drafts', async () => {
    const { services, showOpenDialog } = desktop();
    await expect(services.dialogs.chooseDraftFile()).resolves.toBe('/chosen/file');
    expect(showOpenDialog.mock.calls[0]?.[0]).toMatchObject({ properties: ['openFile'], filters: [{ name: 'Response drafts', extensions: ['crdraft'] }] });
  });

  it('suggests the file name in Documents, filtered to the kind of file being saved', async () => {
    const { services, showSaveDialog } = desktop();
    await services.dialogs.chooseSavePath('draft', 'Dates response.crdraft');
    await services.dialogs.chooseSavePath('pdf', 'Dates response.pdf');
    expect(showSaveDialog.mock.calls.map(([options]) => [options.defaultPath, options.filters])).toEqual([
      [join(DOCUMENTS, 'Dates response.crdraft'), [{ name: 'Response drafts', extensions: ['crdraft'] }]],
      [join(DOCUMENTS, 'Dates response.pdf'), [{ name: 'PDF documents', extensions: ['pdf'] }]],
    ]);
  });

  it('answers null when a dialog is cancelled', async () => {
    const { services } = desktop({
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true, filePath: '' }),
    });
    await expect(services.dialogs.chooseDraftFile()).resolves.toBeNull();
    await expect(services.dialogs.chooseImportFile()).resolves.toBeNull();
    await expect(services.dialogs.chooseSavePath('pdf', 'x.pdf')).resolves.toBeNull();
  });

  it('adds the extension a Linux save dialog may leave off', async () => {
    const { services } = desktop({ showSaveDialog: async () => ({ canceled: false, filePath: '/home/priya/response' }) });
    await expect(services.dialogs.chooseSavePath('draft', 'x.crdraft')).resolves.toBe('/home/priya/response.crdraft');
    expect(withExtension('/a/Letter.PDF', 'pdf')).toBe('/a/Letter.PDF');
    expect(withExtension('/a/Letter', 'pdf')).toBe('/a/Letter.pdf');
  });

  it('starts the export folder dialog at the last folder used, or Documents', async () => {
    const { services, showOpenDialog } = desktop();
    await services.dialogs.chooseExportFolder('/mnt/shared/Responses');
    await services.dialogs.chooseExportFolder(null);
    expect(showOpenDialog.mock.calls.map(([options]) => options.defaultPath)).toEqual(['/mnt/shared/Responses', DOCUMENTS]);
  });

  it('prints the window to an A4 PDF with its backgrounds and the letter margins', async () => {
    const printToPDF = vi.fn(async () => Buffer.from('%PDF-1.7 letter'));
    const { services } = desktop({ printTarget: () => ({ printToPDF }) as PdfPrinter });
    const pdf = await services.printer.printToPdf();
    expect(Buffer.from(pdf).toString('latin1')).toBe('%PDF-1.7 letter');
    expect(pdf).toBeInstanceOf(Uint8Array);
    expect(printToPDF).toHaveBeenCalledWith(LETTER_PDF_OPTIONS);
    expect(LETTER_PDF_OPTIONS).toMatchObject({ pageSize: 'A4', printBackground: true });
    expect(LETTER_PDF_OPTIONS.margins?.top).toBeCloseTo(20 / 25.4);
    expect(LETTER_PDF_OPTIONS.margins?.left).toBeCloseTo(22 / 25.4);
  });

  it('says so when there is no window to print', async () => {
    await expect(desktop().services.printer.printToPdf()).rejects.toMatchObject({ code: 'export-failed' });
  });

  it("reports a file the system could not open, with the system's reason", async () => {
    const { services } = desktop({ openPath: async () => 'No application is associated with this file' });
    await expect(services.shell.openPath('/x/letter.docx')).rejects.toMatchObject({ code: 'io', message: expect.stringContaining('No application') });
    await expect(desktop().services.shell.openPath('/x/letter.docx')).resolves.toBeUndefined();
  });
});
