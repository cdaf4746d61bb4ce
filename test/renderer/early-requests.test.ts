import { describe, expect, it } from 'vitest';
import type { DrafterApi } from '../../shared/ipc';
import { withEarlyRequests } from '../../renderer/src/state/early-requests';

/** An api whose every call is recorded and answers with its own call number. */
function recordingApi() {
  const calls: string[] = [];
  const answer = (name: string) => (args?: unknown) => {
    calls.push(args === undefined ? name : `${name} ${JSON.stringify(args)}`);
    return Promise.resolve({ ok: true, value: calls.length });
  };
  const api = new Proxy({} as DrafterApi, { get: (_, name) => answer(String(name)) });
  return { api: { ...api, 'library:list': answer('library:list'), 'draft:open': answer('draft:open'), 'settings:get': answer('settings:get') } as unknown as DrafterApi, calls };
}

describe('the first screen’s data, asked for at start', () => {
  it('lists the library at once when the app opens on it, and hands that answer to the first listing only', async () => {
    const { api, calls } = recordingApi();
    const early = withEarlyRequests(api, '#/');
    expect(calls).toEqual(['library:list', 'settings:get']);
    expect(await early['library:list']()).toEqual({ ok: true, value: 1 });
    expect(await early['library:list']()).toEqual({ ok: true, value: 3 });
    expect(calls).toEqual(['library:list', 'settings:get', 'library:list']);
  });

  it('opens the draft in the URL at once, and only a call for that draft takes the answer', async () => {
    const { api, calls } = recordingApi();
    const early = withEarlyRequests(api, `#/draft/abc-1/${encodeURIComponent('question:q1')}`);
    expect(calls).toEqual(['draft:open {"id":"abc-1"}', 'settings:get']);
    expect(await early['draft:open']({ id: 'other' })).toEqual({ ok: true, value: 3 });
    expect(await early['draft:open']({ id: 'abc-1' })).toEqual({ ok: true, value: 4 });
    expect(calls).toEqual(['draft:open {"id":"abc-1"}', 'settings:get', 'draft:open {"id":"other"}', 'draft:open {"id":"abc-1"}']);
  });

  it('asks afresh when the first call comes late, and asks only the settings early on other screens', async () => {
    const { api, calls } = recordingApi();
    let clock = 0;
    const early = withEarlyRequests(api, '#/library', () => clock);
    clock = 10_000;
    expect(await early['library:list']()).toEqual({ ok: true, value: 3 });
    expect(await early['settings:get']()).toEqual({ ok: true, value: 4 });
    const settings = withEarlyRequests(api, '#/settings');
    expect(calls).toEqual(['library:list', 'settings:get', 'library:list', 'settings:get', 'settings:get']);
    expect(await settings['settings:get']()).toEqual({ ok: true, value: 5 });
    expect(await settings['settings:get']()).toEqual({ ok: true, value: 6 });
  });
});
