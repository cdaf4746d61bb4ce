import { beforeEach, describe, expect, it, vi } from 'vitest';

/** The machine's name as the computer reports it, changed per test. */
const machine = vi.hoisted(() => ({ name: 'vm' }));
vi.mock('node:os', async (importOriginal) => ({ ...(await importOriginal<typeof import('node:os')>()), hostname: () => machine.name }));

const { machineIdPart, newWriterId } = await import('../../../electron/services/sync/writer');

beforeEach(() => {
  machine.name = 'vm';
});

/**
 * Each session's files in a shared draft's changes folder are named after the machine: the name must be safe as
 * a file name on every system, and must still tell the machine apart so ended sessions can be recognised.
 */
describe('the machine part of a writer’s file names', () => {
  it('keeps only letters, digits and hyphens of the machine’s name', () => {
    machine.name = 'Priya’s MacBook Pro (2).local';
    expect(machineIdPart()).toBe('PriyasMacBookPro2local');
    machine.name = 'LAPTOP-7';
    expect(machineIdPart()).toBe('LAPTOP-7');
  });

  it('is cut to 40 characters', () => {
    machine.name = `${'A'.repeat(30)}-${'b'.repeat(30)}`;
    expect(machineIdPart()).toBe(`${'A'.repeat(30)}-${'b'.repeat(9)}`);
  });

  it('is "machine" for a name with nothing usable in it', () => {
    machine.name = '東京の端末';
    expect(machineIdPart()).toBe('machine');
  });

  it('goes into an id with this process and a random part, unique per session', () => {
    machine.name = 'LAPTOP-7';
    const id = newWriterId();
    expect(id).toMatch(new RegExp(`^LAPTOP-7-${process.pid}-[0-9a-f]{8}$`));
    expect(newWriterId()).not.toBe(id);
  });
});
