import { hostname, userInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { defaultWriterName, writerNameFromProfile } from '../../../electron/services/sync/writer';

const profile = (reviewerName: string, contactName: string) => ({ reviewerName, respondent: { contactName } });

describe('how colleagues see this person in a shared draft', () => {
  it('by their own name from the profile, with the machine, rather than the organisation’s contact', () => {
    expect(writerNameFromProfile(profile('Sam Green', 'Priya Shah'))).toBe(`Sam Green on ${hostname()}`);
  });

  it('by the contact while their own name is empty, and by nothing (so the OS user) while both are', () => {
    expect(writerNameFromProfile(profile('  ', 'Priya Shah'))).toBe(`Priya Shah on ${hostname()}`);
    expect(writerNameFromProfile(profile('', ' '))).toBe('');
  });

  it('without the stray spaces a name was typed with', () => {
    expect(writerNameFromProfile(profile('', '  Priya Shah  '))).toBe(`Priya Shah on ${hostname()}`);
  });

  it('by the computer’s user name and machine until the profile names them', () => {
    expect(defaultWriterName()).toBe(`${userInfo().username} on ${hostname()}`);
  });
});
