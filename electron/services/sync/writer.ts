import { randomBytes } from 'node:crypto';
import { hostname, userInfo } from 'node:os';

/** "priya on LAPTOP-7": who is saving, as others see it until the respondent profile names them. */
export function defaultWriterName(): string {
  let user = 'someone';
  try {
    user = userInfo().username || user;
  } catch {
    // No user name on this system (some containers); the machine still tells people apart.
  }
  return `${user} on ${hostname()}`;
}

/** "Priya Shah on LAPTOP-7" from a name typed in the profile; empty when none was, so the OS user is used. */
export function nameOnThisMachine(name: string): string {
  return name.trim() === '' ? '' : `${name.trim()} on ${hostname()}`;
}

/**
 * How colleagues see this person in a shared draft: their own name from the profile, else the respondent contact
 * (often the whole team's, so only a fallback), each with the machine; empty when neither is filled in.
 */
export function writerNameFromProfile(profile: { reviewerName: string; respondent: { contactName: string } }): string {
  return nameOnThisMachine(profile.reviewerName.trim() || profile.respondent.contactName);
}

/** A new name for this process's files in a shared draft's changes folder: the machine, the process and a random part. */
export function newWriterId(): string {
  return `${machineIdPart()}-${process.pid}-${randomBytes(4).toString('hex')}`;
}

/** This machine's name as it appears in writer ids: letters, digits and hyphens only. */
export function machineIdPart(): string {
  return hostname().replace(/[^A-Za-z0-9-]/g, '').slice(0, 40) || 'machine';
}
