import { ImportError } from '../../../shared/import/import-result';

/**
 * Settles with the work, or rejects with an ImportError once `ms` have passed
 * (calling `onTimeout` so the work can stop), so a hostile or broken file can
 * never leave the import waiting forever.
 */
export function withTimeLimit<T>(work: Promise<T>, ms: number, fileName: string, onTimeout: () => void = () => {}): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => {
      onTimeout();
      reject(
        new ImportError(
          'corrupt',
          `Reading "${fileName}" took longer than ${Math.round(ms / 1000)} seconds, so it was stopped. The file may be damaged; open it and save it again, or ask the sender for another copy.`,
        ),
      );
    }, ms);
  });
  // A late failure of abandoned work must not surface as an unhandled rejection.
  work.catch(() => {});
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
