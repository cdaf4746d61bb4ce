import { hostname } from 'node:os';
import { describe, expect, it } from 'vitest';
import { writerNameFromProfile } from '../../../electron/services/sync/writer';

const profile = (reviewerName: string, contactName: string) => ({ reviewerName, respondent: { contactName } });

describe('how colleagues see this person in a shared draft', () => {
  it('by their own name from the profile, with the machine, rather than the organisation’s contact', () => {
    expect(writerNameFromProfile(profile('Sam Green', 'Priya Shah'))).toBe(`Sam Green on ${hostname()}`);
  });

  it('by the contact while their own name is empty, and by nothing (so the OS user) while both are', () => {
    expect(writerNameFromProfile(profile('  ', 'Priya Shah'))).toBe(`Priya Shah on ${hostname()}`);
    expect(writerNameFromProfile(profile('', ' '))).toBe('');
  });
});
