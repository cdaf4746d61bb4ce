import type { Services } from '../../../electron/services/contracts';

/** Services that record and refuse every use, so a test can show a refused request never reached them. */
export function untouchableServices(): { services: Services; touched: string[] } {
  const touched: string[] = [];
  const forbidden = <T extends object>(name: string, fields: Record<string, unknown> = {}): T =>
    new Proxy(fields, {
      get(target, property) {
        if (typeof property === 'string' && property in target) return target[property];
        return () => {
          touched.push(`${name}.${String(property)}`);
          throw new Error(`${name}.${String(property)} must not be called`);
        };
      },
    }) as T;
  const services: Services = {
    library: forbidden('library', { folder: '/library' }),
    importer: forbidden('importer'),
    exporter: forbidden('exporter'),
    settings: forbidden('settings'),
    search: forbidden('search'),
    work: forbidden('work'),
    printer: forbidden('printer'),
    dialogs: forbidden('dialogs'),
    shell: forbidden('shell'),
    clock: () => {
      touched.push('clock');
      return new Date(0);
    },
    appVersion: '0.0.0-gate',
  };
  return { services, touched };
}
