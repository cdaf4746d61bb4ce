import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import type { ProbeResult } from './cold-probe';

export type ProbeKind = 'import-worker' | 'export' | 'export-worker' | 'list';

const PROBE = resolve(import.meta.dirname, 'cold-probe.ts');

/** Runs cold-probe.ts in a fresh Node process and returns what it measured. */
export async function coldProbe(kind: ProbeKind, target: string, runs: number): Promise<ProbeResult> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--import', 'tsx', PROBE, kind, target, String(runs)], {
    cwd: resolve(import.meta.dirname, '..'),
    maxBuffer: 16 * 1024 * 1024,
  });
  return JSON.parse(stdout.trim().split('\n').pop() ?? '{}') as ProbeResult;
}

/** Each of `times` fresh processes: the first call's time, and the later calls' times, all collected. */
export async function coldAndWarm(kind: ProbeKind, target: string, times: number, runs: number): Promise<{ first: number[]; later: number[]; probes: ProbeResult[] }> {
  const probes: ProbeResult[] = [];
  for (let i = 0; i < times; i += 1) probes.push(await coldProbe(kind, target, runs));
  return { first: probes.map((p) => p.firstMs), later: probes.flatMap((p) => p.laterMs), probes };
}
