/**
 * Faults injected into node:fs/promises, for the real atomic write to meet:
 * a full disk part-way through writing the temporary file, an I/O error on
 * fsync or close, a read-only file system, a rename that fails. Used through
 * vi.mock('node:fs/promises', …) with `withFaults`; this module must not
 * import node:fs/promises itself.
 */
type FsPromises = typeof import('node:fs/promises');
type FileHandle = Awaited<ReturnType<FsPromises['open']>>;

export type FaultStep = 'open' | 'write' | 'sync' | 'close' | 'rename' | 'link';
/** Which atomic write fails: the backup of the previous version, or the draft itself. */
export type FaultTarget = 'backup' | 'draft';

export interface Fault {
  target: FaultTarget;
  step: FaultStep;
  code: 'ENOSPC' | 'EIO' | 'EROFS' | 'EXDEV' | 'EPERM' | 'EACCES' | 'EDQUOT';
}

/**
 * `noHardLinks`: every hard link is refused, as on a drive without them (FAT, some network shares), so a
 * save's backup is written as a copy and faults in that copy can be met. Not counted as a hit.
 */
export const fsFaults: { active: Fault | null; hits: number; noHardLinks: boolean } = { active: null, hits: 0, noHardLinks: false };

function targetOf(path: string): FaultTarget | null {
  if (/\.crdraft\.bak\.tmp-/.test(path)) return 'backup';
  if (/\.crdraft\.tmp-/.test(path)) return 'draft';
  return null;
}

function failing(step: FaultStep, path: string): Fault | null {
  const fault = fsFaults.active;
  if (fault === null || fault.step !== step || targetOf(path) !== fault.target) return null;
  return fault;
}

function errnoError(fault: Fault, syscall: string, path: string): NodeJS.ErrnoException {
  fsFaults.hits += 1;
  return Object.assign(new Error(`${fault.code}: simulated failure, ${syscall} '${path}'`), { code: fault.code, syscall, path });
}

function wrapHandle(handle: FileHandle, path: string): FileHandle {
  return new Proxy(handle, {
    get(target, property) {
      if (property === 'writeFile') {
        return async (data: string | Uint8Array) => {
          const fault = failing('write', path);
          if (fault === null) return target.writeFile(data);
          // A disk fills part-way through: half the bytes land, then the write fails.
          const bytes = typeof data === 'string' ? Buffer.from(data) : data;
          await target.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
          throw errnoError(fault, 'write', path);
        };
      }
      if (property === 'writev') {
        return async (parts: readonly Uint8Array[]) => {
          const fault = failing('write', path);
          if (fault === null) return target.writev(parts);
          // As writeFile above: half the bytes land, then the write fails.
          const bytes = Buffer.concat(parts);
          await target.write(bytes.subarray(0, Math.floor(bytes.length / 2)));
          throw errnoError(fault, 'write', path);
        };
      }
      if (property === 'sync') {
        return async () => {
          const fault = failing('sync', path);
          if (fault !== null) throw errnoError(fault, 'fsync', path);
          return target.sync();
        };
      }
      if (property === 'close') {
        return async () => {
          await target.close();
          // Network file systems report a failed write-back only when the file is closed.
          const fault = failing('close', path);
          if (fault !== null) throw errnoError(fault, 'close', path);
        };
      }
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? value.bind(target) : value;
    },
  });
}

export function withFaults(real: FsPromises): FsPromises {
  const open = (async (path: Parameters<FsPromises['open']>[0], ...rest: unknown[]) => {
    const fault = failing('open', String(path));
    if (fault !== null) throw errnoError(fault, 'open', String(path));
    const handle = await (real.open as (...args: unknown[]) => Promise<FileHandle>)(path, ...rest);
    return wrapHandle(handle, String(path));
  }) as FsPromises['open'];
  const rename = (async (from: Parameters<FsPromises['rename']>[0], to: Parameters<FsPromises['rename']>[1]) => {
    const fault = failing('rename', String(from));
    if (fault !== null) throw errnoError(fault, 'rename', String(from));
    return real.rename(from, to);
  }) as FsPromises['rename'];
  // A hard link is made under the target's temporary name (`<draft>.bak.tmp-…`), so faults are matched on that.
  const link = (async (existing: Parameters<FsPromises['link']>[0], target: Parameters<FsPromises['link']>[1]) => {
    if (fsFaults.noHardLinks) throw Object.assign(new Error(`EPERM: hard links not supported, link '${String(existing)}'`), { code: 'EPERM', syscall: 'link' });
    const fault = failing('link', String(target));
    if (fault !== null) throw errnoError(fault, 'link', String(target));
    return real.link(existing, target);
  }) as FsPromises['link'];
  return { ...real, open, rename, link, default: { ...real, open, rename, link } } as FsPromises;
}
