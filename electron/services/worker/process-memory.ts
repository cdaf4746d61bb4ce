import { readdir, readFile } from 'node:fs/promises';

/**
 * Resident memory of a process, read from Linux's /proc (null elsewhere, or
 * when the process has gone). RSS counts everything the process holds,
 * ArrayBuffers included, which V8's heap limit does not cap.
 */
export async function residentBytesOf(pid: number): Promise<number | null> {
  try {
    const status = await readFile(`/proc/${pid}/status`, 'utf8');
    const match = /^VmRSS:\s+(\d+)\s+kB/m.exec(status);
    return match?.[1] === undefined ? null : Number(match[1]) * 1024;
  } catch {
    return null;
  }
}

async function parentPidOf(pid: number): Promise<number | null> {
  try {
    const stat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // The command name in brackets may hold spaces; the parent pid is the second field after it.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

/** The process and all its descendants, from /proc (just the process where /proc is missing). */
export async function processTree(rootPid: number): Promise<number[]> {
  let entries: string[];
  try {
    entries = await readdir('/proc');
  } catch {
    return [rootPid];
  }
  const children = new Map<number, number[]>();
  await Promise.all(
    entries
      .filter((name) => /^\d+$/.test(name))
      .map(async (name) => {
        const pid = Number(name);
        const parent = await parentPidOf(pid);
        if (parent === null) return;
        const siblings = children.get(parent) ?? [];
        siblings.push(pid);
        children.set(parent, siblings);
      }),
  );
  const tree: number[] = [];
  const pending = [rootPid];
  while (pending.length > 0) {
    const pid = pending.pop() as number;
    tree.push(pid);
    for (const child of children.get(pid) ?? []) pending.push(child);
  }
  return tree;
}

/** Resident memory of a process and all its descendants together, in bytes. */
export async function processTreeResidentBytes(rootPid: number): Promise<number> {
  const sizes = await Promise.all((await processTree(rootPid)).map(residentBytesOf));
  return sizes.reduce<number>((sum, size) => sum + (size ?? 0), 0);
}
