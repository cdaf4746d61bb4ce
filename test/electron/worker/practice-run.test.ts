import { describe, expect, it } from 'vitest';
import { practise } from '../../../electron/services/worker/practice-run';

describe('the practice export a worker runs when it starts', () => {
  // Its failures are swallowed so a worker still starts; this is where a practice draft the app can no longer export shows.
  it('runs through: both letters, the email and an import of the letter', async () => {
    expect(await practise()).toBe(true);
  });
});
