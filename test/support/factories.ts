import type { Api } from './api.js';

/**
 * The records most tests start from, made through the API as a co-ordinator would make them. Each
 * checks that it was made and says what came back if not, so that a test fails where its setup did.
 */
async function made(what: string, response: Promise<{ status: number; body: { id?: string } }> | { status: number; body: { id?: string } }): Promise<string> {
  const res = await response;
  if (res.status !== 201 || !res.body.id) throw new Error(`${what} was not made: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.id;
}

export const DEFAULT_COMMITTEE = 'Crime and Disorder (Overview and Scrutiny) Committee';

/** A committee of the council. */
export function committee(api: Api, name = DEFAULT_COMMITTEE): Promise<string> {
  return made(`Committee "${name}"`, api.post('/api/v1/committees', { name }));
}

/** A member of the committee (the chair, say) from a day. */
export function committeeMember(api: Api, committeeId: string, member: { name: string; email: string; role: 'chair' | 'vice_chair' | 'member' | 'co_opted' | 'standing_invitee'; from: string }): Promise<string> {
  return made(`Committee member ${member.name}`, api.post(`/api/v1/committees/${committeeId}/members`, member));
}

export interface ContactInput {
  name: string;
  email: string;
  role?: string;
  escalationLevel?: number;
}

/** A responsible authority with its contacts, the first at the bottom of the escalation ladder. */
export async function authority(api: Api, input: { name?: string; kind?: string; statutory?: boolean; contacts?: ContactInput[] } = {}): Promise<string> {
  const name = input.name ?? 'Kent Police';
  const id = await made(`Authority ${name}`, api.post('/api/v1/authorities', { name, kind: input.kind ?? 'police', statutory: input.statutory ?? true }));
  for (const [level, contact] of (input.contacts ?? []).entries()) {
    await made(`Contact ${contact.email}`, api.post(`/api/v1/authorities/${id}/contacts`, { role: 'Officer', escalationLevel: level, ...contact }));
  }
  return id;
}

/** A meeting of the committee, starting at the instant (UTC). */
export function meeting(api: Api, committeeId: string, startsAt: string): Promise<string> {
  return made(`Meeting at ${startsAt}`, api.post('/api/v1/meetings', { committeeId, startsAt }));
}

/** An obligation issued to an authority: a request for information unless the kind is given. */
export function obligation(api: Api, authorityId: string, input: { subject: string; issuedOn: string; kind?: string; details?: string; dueOn?: string; recommendations?: string[]; exemptParagraph?: number }): Promise<string> {
  return made(`Obligation "${input.subject}"`, api.post('/api/v1/obligations', { kind: 'information_request', details: 'As set out in the minutes.', authorityId, ...input }));
}
