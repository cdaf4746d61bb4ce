import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/security';
import { API_GLOBAL, channels, eventNames } from '../../../shared/ipc';

const root = resolve(import.meta.dirname, '../../..');
let out: string;

// Built afresh into a folder of its own, so the gate checks the current sources and never races another test reading out/.
beforeAll(() => {
  out = mkdtempSync(join(tmpdir(), 'crd-gate-build-'));
  try {
    execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build', '--outDir', out], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`electron-vite build failed:\n${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? ''}`, { cause: error });
  }
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

function policyDirectives(policy: string): Map<string, string[]> {
  return new Map(
    policy
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name as string, values]),
  );
}

describe('the built page', () => {
  it('carries a CSP that allows no inline or evaluated script, no plugins, and connects nowhere but itself', () => {
    const html = readFileSync(join(out, 'renderer/index.html'), 'utf8');
    const metas = [...html.matchAll(/<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/gi)];
    expect(metas).toHaveLength(1);
    const policy = metas[0]![1]!;
    expect(policy).toBe(CONTENT_SECURITY_POLICY);
    const directives = policyDirectives(policy);
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
    expect(directives.get('form-action')).toEqual(["'none'"]);
    expect(directives.get('connect-src')).toEqual(["'self'"]);
    const scriptSrc = directives.get('script-src') ?? [];
    expect(scriptSrc).toEqual(["'self'"]);
    for (const [name, values] of directives) {
      for (const unsafe of ["'unsafe-inline'", "'unsafe-eval'", "'wasm-unsafe-eval'", "'unsafe-hashes'", '*', 'http:', 'https:', 'ws:', 'wss:', 'file:']) {
        if (name !== 'style-src' || unsafe !== "'unsafe-inline'") expect(values, `${name} allows ${unsafe}`).not.toContain(unsafe);
      }
    }
    // Every script the page loads is a file of its own; an inline one would be blocked anyway.
    for (const [, attributes, body] of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      expect(attributes).toMatch(/\bsrc="\.\//);
      expect(body?.trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  });
});

describe('the built preload', () => {
  const preload = () => readFileSync(join(out, 'preload/preload.cjs'), 'utf8');

  it('exposes one object, once, and reaches for nothing of Node', () => {
    const code = preload();
    expect(code.match(/exposeInMainWorld/g)).toHaveLength(1);
    expect([...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((m) => m[1])).toEqual(['electron']);
    for (const forbidden of [/process\.env/, /process\.versions/, /\brequire\(\s*["'`](node:)?(fs|child_process|path|os|net|http|https|vm|module|worker_threads)/, /ipcRenderer\.sendSync/, /\beval\(/, /webFrame/, /shell\.openExternal/]) {
      expect(code, String(forbidden)).not.toMatch(forbidden);
    }
  });

  it('is small: it carries the channel names, not the contract’s schemas', () => {
    const code = preload();
    expect(code.length).toBeLessThan(20_000);
    expect(code).not.toMatch(/ZodError|safeParse/);
  });

  it('puts exactly the contract on window.drafter: one function per channel and subscribe, each invoking only its own channel', async () => {
    const exposed: Array<[string, Record<string, unknown>]> = [];
    const invoked: Array<[string, unknown]> = [];
    const listened: string[] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (name: string, api: Record<string, unknown>) => exposed.push([name, api]) },
      ipcRenderer: {
        invoke: async (channel: string, args: unknown) => {
          invoked.push([channel, args]);
          return { ok: true, value: null };
        },
        on: (event: string) => listened.push(event),
        removeListener: () => undefined,
      },
    };
    const module = { exports: {} };
    runInNewContext(preload(), {
      require: (name: string) => {
        if (name !== 'electron') throw new Error(`the preload required ${name}`);
        return electron;
      },
      module,
      exports: module.exports,
    });

    expect(exposed.map(([name]) => name)).toEqual([API_GLOBAL]);
    const api = exposed[0]![1];
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.keys(api).sort()).toEqual([...channels, 'subscribe'].sort());
    for (const channel of channels) {
      expect(typeof api[channel]).toBe('function');
      await (api[channel] as (args: unknown) => Promise<unknown>)({ probe: channel });
    }
    expect(invoked).toEqual(channels.map((channel) => [channel, { probe: channel }]));

    const subscribe = api['subscribe'] as (event: string, listener: () => void) => () => void;
    for (const event of [...eventNames, 'draft:save', 'ELECTRON_BROWSER_REQUIRE', 'anything']) subscribe(event, () => undefined)();
    expect(listened).toEqual(eventNames);
  });
});

describe('the built app as Electron loads it', () => {
  it('has a CommonJS preload that needs nothing but electron, as a sandboxed preload must', () => {
    const preload = readFileSync(join(out, 'preload/preload.cjs'), 'utf8');
    expect(preload).not.toMatch(/^\s*import[\s{*"']/m);
    expect(preload).not.toMatch(/^\s*export\s/m);
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
  });

  it('loads the preload file that was built, and never turns off isolation, the sandbox or web security', () => {
    const main = readFileSync(join(out, 'main/main.js'), 'utf8');
    expect(main).toContain('../preload/preload.cjs');
    for (const unsafe of [/nodeIntegration\s*:\s*true/, /contextIsolation\s*:\s*false/, /sandbox\s*:\s*false/, /webSecurity\s*:\s*false/, /webviewTag\s*:\s*true/]) {
      expect(main).not.toMatch(unsafe);
    }
  });

  it('has no inline script, and loads scripts and styles with relative paths that resolve under file://', () => {
    const html = readFileSync(join(out, 'renderer/index.html'), 'utf8');
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
    const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference, reference).toMatch(/^\.\//);
      expect(existsSync(join(out, 'renderer', reference)), reference).toBe(true);
    }
  });
});
