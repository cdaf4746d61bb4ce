import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
// js-yaml and app-builder-lib come with electron-builder (not direct dependencies, and untyped here).
const require = createRequire(resolve(root, 'package.json'));
const yaml = require('js-yaml') as { load(text: string): unknown };
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, logger: { isEnabled: boolean; add(key: string, value: unknown): void }): Promise<void>;
};

interface FileAssociation {
  ext: string;
  name: string;
  role: string;
  rank: string;
  mimeType: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  directories: { buildResources: string; output: string };
  files: string[];
  asar: boolean;
  publish: unknown;
  fileAssociations: FileAssociation[];
  win: { target: string[]; icon: string };
  nsis: { oneClick: boolean; perMachine: boolean; allowElevation: boolean; deleteAppDataOnUninstall: boolean };
  mac: { target: string[]; category: string; icon: string };
  linux: { target: string[]; category: string; maintainer?: string; icon: string };
}

let config: BuilderConfig;

beforeAll(() => {
  config = yaml.load(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
});

describe('the packaging configuration', () => {
  it("passes electron-builder's own schema", async () => {
    await expect(validateConfiguration(config, { isEnabled: false, add: () => undefined })).resolves.toBeUndefined();
  });

  it('ships the built app only, not the sources', () => {
    expect(config.files).toContain('out/**');
    expect(config.files).toContain('package.json');
    expect(config.files.some((pattern) => /^(electron|renderer|shared|test)\b/.test(pattern))).toBe(false);
  });

  it('invents no contact details: the deb maintainer comes from package.json, which must be completed before a deb release', () => {
    expect(config.linux.maintainer).toBeUndefined();
    const manifest = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8')) as { author?: unknown };
    expect(manifest.author).toBeTruthy();
    expect(readFileSync(resolve(root, 'electron-builder.yml'), 'utf8')).toMatch(/homepage.*author.*email/s);
  });

  it('installs per user on Windows without asking for admin rights, and keeps drafts on uninstall', () => {
    expect(config.nsis.oneClick).toBe(false);
    expect(config.nsis.perMachine).toBe(false);
    expect(config.nsis.allowElevation).toBe(false);
    expect(config.nsis.deleteAppDataOnUninstall).toBe(false);
  });

  it('publishes nowhere and so never auto-updates', () => {
    expect(config.publish).toBeNull();
  });

  it('opens .crdraft files with the app', () => {
    expect(config.fileAssociations).toEqual([
      expect.objectContaining({ ext: 'crdraft', name: 'Consultation response draft', role: 'Editor', rank: 'Owner', mimeType: 'application/x-crdraft+json' }),
    ]);
  });

  it('points at icons that exist, including the 512 px PNG electron-builder turns into .ico and .icns', () => {
    const icons = [config.win.icon, config.mac.icon, config.linux.icon];
    for (const icon of icons) expect(existsSync(resolve(root, icon)), icon).toBe(true);
    const png = readFileSync(resolve(root, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    expect(existsSync(resolve(root, 'build/icon.svg'))).toBe(true);
  });
});
