import type { ConsultationImporter, DraftExporter } from '../electron/services/contracts';

/**
 * The app's own import and export services, as the command line uses them.
 * Loaded on first use, so commands that need neither (show, set, check) start
 * without loading mammoth, pdf.js or docx.
 */
export interface CliServices {
  importer(): Promise<ConsultationImporter>;
  exporter(): Promise<DraftExporter>;
  clock: () => Date;
}

export function createCliServices(): CliServices {
  return {
    importer: async () => (await import('../electron/services/import/importer')).createConsultationImporter(),
    exporter: async () => (await import('../electron/services/export/draft-exporter')).createDraftExporter(),
    clock: () => new Date(),
  };
}
