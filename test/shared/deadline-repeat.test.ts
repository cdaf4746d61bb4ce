import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { deadlineInstant, formatRespondBy } from '../../shared/deadline';

const run = promisify(execFile);

describe('deadlines worked out again for every row of the library', () => {
  it('gives the same instant and words the second time, whatever the caller did with the first Date', () => {
    const deadline = { date: '2021-07-14', time: '16:00' };
    const first = deadlineInstant(deadline);
    first.setTime(0);
    expect(deadlineInstant(deadline).toISOString()).toBe('2021-07-14T15:00:00.000Z');
    expect(deadlineInstant({ date: '2021-07-14', time: null }).toISOString()).toBe('2021-07-14T22:59:59.999Z');
    expect(formatRespondBy(deadline)).toBe('16:00 Wed 14 Jul 2021');
    expect(formatRespondBy(deadline)).toBe('16:00 Wed 14 Jul 2021');
  });

  it('names the same calendar day whatever time zone the computer is set to', { timeout: 60_000 }, async () => {
    const script = [
      "import { formatRespondBy } from './shared/deadline.ts';",
      "const days = ['2020-03-29', '2020-10-25', '2021-01-01', '2024-02-29', '2026-12-31'];",
      'console.log(days.map((date) => formatRespondBy({ date, time: null })).join(" | "));',
    ].join('\n');
    const expected = 'Sun 29 Mar 2020 | Sun 25 Oct 2020 | Fri 1 Jan 2021 | Thu 29 Feb 2024 | Thu 31 Dec 2026';
    for (const tz of ['Pacific/Kiritimati', 'Pacific/Pago_Pago']) {
      const { stdout } = await run('npx', ['tsx', '--eval', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
      expect({ tz, out: stdout.trim() }).toEqual({ tz, out: expected });
    }
  });
});
