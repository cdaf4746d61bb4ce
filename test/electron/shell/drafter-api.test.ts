import { describe, expect, it, vi } from 'vitest';
import { buildDrafterApi, type Invoke, type Subscribe } from '../../../electron/drafter-api';
import { channels, type Channel } from '../../../shared/ipc';

const noEvents: Subscribe = () => () => undefined;

function recordingInvoke() {
  const calls: Array<[Channel, unknown]> = [];
  const invoke: Invoke = async (channel, args) => {
    calls.push([channel, args]);
    return { ok: true, value: `answer from ${channel}` };
  };
  return { calls, invoke };
}

describe('the API the preload puts on window', () => {
  it('has exactly one function per contract channel, plus subscribe, and nothing else', () => {
    const api = buildDrafterApi(recordingInvoke().invoke, noEvents);
    expect(Object.keys(api).sort()).toEqual([...channels, 'subscribe'].sort());
    expect(api.subscribe).toBe(noEvents);
    for (const channel of channels) expect(typeof api[channel], channel).toBe('function');
    expect(Object.isFrozen(api)).toBe(true);
  });

  it('sends each call on its own channel with the argument unchanged', async () => {
    const { calls, invoke } = recordingInvoke();
    const api = buildDrafterApi(invoke, noEvents);

    await expect(api['draft:open']({ id: 'sample-draft' })).resolves.toEqual({ ok: true, value: 'answer from draft:open' });
    await api['app:info']();
    await api['export:run']({ draftId: 'sample-draft', kinds: ['letter-full'], overwrite: false });

    expect(calls).toEqual([
      ['draft:open', { id: 'sample-draft' }],
      ['app:info', undefined],
      ['export:run', { draftId: 'sample-draft', kinds: ['letter-full'], overwrite: false }],
    ]);
  });

  it('calls invoke once for every channel, with that channel', async () => {
    const invoke = vi.fn<Invoke>(async () => ({ ok: true, value: null }));
    const api = buildDrafterApi(invoke, noEvents);
    const call = api as unknown as Record<Channel, (args: unknown) => Promise<unknown>>;
    for (const channel of channels) await call[channel]({ probe: channel });
    expect(invoke.mock.calls).toEqual(channels.map((channel) => [channel, { probe: channel }]));
  });

  it('answers with an error result instead of throwing when the main process cannot be reached', async () => {
    const api = buildDrafterApi(async () => {
      throw new Error("Error invoking remote method 'library:list': no handler");
    }, noEvents);
    const result = await api['library:list']();
    expect(result.ok).toBe(false);
    expect(result.ok ? null : result.error.code).toBe('internal');
  });
});
