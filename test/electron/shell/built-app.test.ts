import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const out = {
  main: resolve(root, 'out/main/main.js'),
  preload: resolve(root, 'out/preload/preload.cjs'),
  renderer: resolve(root, 'out/renderer/index.html'),
};

beforeAll(() => {
  if (Object.values(out).every((file) => existsSync(file))) return;
  // Built by `npm run build` / `npm run test:e2e`; build it here rather than skip the checks.
  try {
    execFileSync(process.execPath, [resolve(root, 'node_modules/electron-vite/bin/electron-vite.js'), 'build'], {
      cwd: root,
      stdio: 'pipe',
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' },
    });
  } catch (error) {
    const output = error as { stdout?: Buffer; stderr?: Buffer };
    throw new Error(`electron-vite build failed:\n${output.stdout?.toString() ?? ''}${output.stderr?.toString() ?? ''}`, { cause: error });
  }
}, 120_000);

function directive(policy: string, name: string): string | undefined {
  return policy
    .split(';')
    .map((part) => part.trim())
    .find((part) => part === name || part.startsWith(`${name} `));
}

describe('the built app', () => {
  it('has a CommonJS preload that needs nothing but electron, as a sandboxed preload must', () => {
    const preload = readFileSync(out.preload, 'utf8');
    expect(preload).not.toMatch(/^\s*import[\s{*"']/m);
    expect(preload).not.toMatch(/^\s*export\s/m);
    const required = [...preload.matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map((match) => match[1]);
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(preload).toContain('exposeInMainWorld');
  });

  it('loads the preload file that was actually built', () => {
    expect(readFileSync(out.main, 'utf8')).toContain('../preload/preload.cjs');
  });

  it('never turns off isolation, the sandbox or web security in the main process', () => {
    const main = readFileSync(out.main, 'utf8');
    for (const unsafe of [/nodeIntegration\s*:\s*true/, /contextIsolation\s*:\s*false/, /sandbox\s*:\s*false/, /webSecurity\s*:\s*false/, /webviewTag\s*:\s*true/]) {
      expect(main).not.toMatch(unsafe);
    }
  });

  it('serves the page with a CSP that allows no inline or evaluated script', () => {
    const html = readFileSync(out.renderer, 'utf8');
    const policy = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]+)"/i.exec(html)?.[1];
    expect(policy).toBeDefined();
    const scriptSrc = directive(policy ?? '', 'script-src') ?? directive(policy ?? '', 'default-src');
    expect(scriptSrc).toBeDefined();
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toContain("'unsafe-eval'");
    // An inline script would be blocked by that policy and leave the window blank.
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/\bsrc=/);
      expect(body?.trim()).toBe('');
    }
  });

  it('loads its scripts and styles from disk with relative paths, so they resolve under file://', () => {
    const html = readFileSync(out.renderer, 'utf8');
    const references = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)].map((match) => match[1] ?? '');
    expect(references.length).toBeGreaterThan(0);
    for (const reference of references) {
      expect(reference, reference).toMatch(/^\.\//);
      expect(existsSync(resolve(root, 'out/renderer', reference)), reference).toBe(true);
    }
  });
});
