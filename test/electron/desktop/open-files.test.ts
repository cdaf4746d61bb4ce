import { describe, expect, it } from 'vitest';
import { draftPathsFromArgv } from '../../../electron/open-files';

function existing(...paths: string[]) {
  const files = new Set(paths);
  return (path: string) => files.has(path);
}

describe('draft files named on the command line', () => {
  it('finds the file Explorer passes to the installed app on Windows', () => {
    const argv = ['C:\\Users\\Priya\\AppData\\Local\\Programs\\crd\\Consultation Response Drafter.exe', 'S:\\Regulation\\Dates response.crdraft'];
    expect(draftPathsFromArgv(argv, 'C:\\Windows\\System32', { platform: 'win32', isFile: existing('S:\\Regulation\\Dates response.crdraft') })).toEqual([
      'S:\\Regulation\\Dates response.crdraft',
    ]);
  });

  it('ignores switches, including the ones Chromium and macOS add', () => {
    const argv = ['/opt/crd/crd', '--no-sandbox', '--original-process-start-time=13350000000000000', '-psn_0_12345', '--', '/home/priya/a.crdraft'];
    expect(draftPathsFromArgv(argv, '/home/priya', { platform: 'linux', isFile: existing('/home/priya/a.crdraft') })).toEqual(['/home/priya/a.crdraft']);
  });

  it('ignores the executable and the app folder that "electron ." passes in development', () => {
    const argv = ['/work/node_modules/electron/dist/electron', '.', '/work/out/main/main.js'];
    expect(draftPathsFromArgv(argv, '/work', { platform: 'linux', isFile: () => true })).toEqual([]);
  });

  it('ignores files that are not drafts, and drafts that are not there', () => {
    const argv = ['crd', '/home/priya/consultation.pdf', '/home/priya/notes.txt', '/home/priya/moved.crdraft', '/home/priya/here.crdraft'];
    expect(draftPathsFromArgv(argv, '/', { platform: 'linux', isFile: existing('/home/priya/here.crdraft', '/home/priya/consultation.pdf') })).toEqual([
      '/home/priya/here.crdraft',
    ]);
  });

  it('resolves a relative path against the folder the launch was made from', () => {
    expect(draftPathsFromArgv(['crd', 'drafts/b.crdraft'], '/home/priya', { platform: 'linux', isFile: existing('/home/priya/drafts/b.crdraft') })).toEqual([
      '/home/priya/drafts/b.crdraft',
    ]);
    expect(draftPathsFromArgv(['crd.exe', 'b.crdraft'], 'C:\\Users\\Priya\\Documents', { platform: 'win32', isFile: existing('C:\\Users\\Priya\\Documents\\b.crdraft') })).toEqual([
      'C:\\Users\\Priya\\Documents\\b.crdraft',
    ]);
  });

  it('accepts the extension in any case, as Windows file names do', () => {
    expect(draftPathsFromArgv(['crd.exe', 'C:\\Drafts\\OLD.CRDRAFT'], 'C:\\', { platform: 'win32', isFile: () => true })).toEqual(['C:\\Drafts\\OLD.CRDRAFT']);
  });

  it('accepts file:// URLs, which Linux file managers may pass for %U', () => {
    expect(draftPathsFromArgv(['crd', 'file:///home/priya/Shared%20drive/c.crdraft'], '/', { platform: 'linux', isFile: existing('/home/priya/Shared drive/c.crdraft') })).toEqual([
      '/home/priya/Shared drive/c.crdraft',
    ]);
    expect(draftPathsFromArgv(['crd', 'file://not a url%.crdraft'], '/', { platform: 'linux', isFile: () => true })).toEqual([]);
  });

  it('names each file once', () => {
    expect(draftPathsFromArgv(['crd', '/a.crdraft', '/a.crdraft'], '/', { platform: 'linux', isFile: () => true })).toEqual(['/a.crdraft']);
  });
});
