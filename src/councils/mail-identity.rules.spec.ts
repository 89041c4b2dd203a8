import { describe, expect, it } from '@jest/globals';
import { identityProblems, NO_IDENTITY, replyToOf, senderOf, serverShown, serverToSave } from './mail-identity.rules.js';

describe("a council's mail identity", () => {
  it('sends under the council name and domain where it has them, MAIL_FROM otherwise', () => {
    expect(senderOf('Scrutineer <scrutineer@hosting.example.org>', NO_IDENTITY)).toBe('"Scrutineer" <scrutineer@hosting.example.org>');
    expect(senderOf('Scrutineer <scrutineer@hosting.example.org>', { ...NO_IDENTITY, senderName: 'Medway Community Safety' })).toBe('"Medway Community Safety" <scrutineer@hosting.example.org>');
    expect(senderOf('"Scrutineer" <scrutineer@hosting.example.org>', { ...NO_IDENTITY, senderName: 'Medway Community Safety', sendingDomain: 'Mail.Medway.gov.uk' })).toBe(
      '"Medway Community Safety" <scrutineer@mail.medway.gov.uk>',
    );
    expect(senderOf('scrutineer@hosting.example.org', { ...NO_IDENTITY, sendingDomain: 'mail.medway.gov.uk' })).toBe('scrutineer@mail.medway.gov.uk');
  });

  it('names each bad field, and takes a good identity', () => {
    expect(identityProblems({ senderName: 'Medway Community Safety', replyTo: 'scrutiny@medway.gov.uk', sendingDomain: 'mail.medway.gov.uk', smtpUrl: 'smtps://medway:secret@smtp.medway.gov.uk:465' })).toEqual([]);
    expect(identityProblems(NO_IDENTITY)).toEqual([]);
    const problems = identityProblems({ senderName: 'Evil\r\nBcc: everyone@example.org', replyTo: 'not an address', sendingDomain: 'no_domain', smtpUrl: 'http://smtp.example.org' });
    expect(problems.map((p) => p.split(' ')[0])).toEqual(['senderName', 'replyTo', 'sendingDomain', 'smtpUrl']);
    expect(identityProblems({ ...NO_IDENTITY, senderName: 'Fake <boss@example.org>' })).toHaveLength(1);
  });

  it("sends replies to the council's reply-to over the one a message asks for, and to that one otherwise", () => {
    expect(replyToOf({ ...NO_IDENTITY, replyTo: 'scrutiny@medway.gov.uk' }, 'first.coordinator@medway.gov.uk')).toBe('scrutiny@medway.gov.uk');
    expect(replyToOf(NO_IDENTITY, 'first.coordinator@medway.gov.uk')).toBe('first.coordinator@medway.gov.uk');
    expect(replyToOf(NO_IDENTITY, undefined)).toBeUndefined();
  });

  it('shows a mail server without its user or password', () => {
    expect(serverShown('smtps://medway:secret@smtp.medway.gov.uk:465')).toBe('smtps://smtp.medway.gov.uk:465');
    expect(serverShown('smtp://relay.example.org')).toBe('smtp://relay.example.org');
    expect(serverShown(null)).toBeNull();
  });

  it('keeps the server set when its box is left empty, replaces it when one is typed, drops it for the service’s, and makes the operator choose when it can no longer be read', () => {
    const set = { ...NO_IDENTITY, smtpUrl: 'smtps://u:p@smtp.medway.example.org:465' };
    expect(serverToSave(set, null, false)).toEqual({ smtpUrl: 'smtps://u:p@smtp.medway.example.org:465' });
    expect(serverToSave(set, 'smtp://new.example.org:25', false)).toEqual({ smtpUrl: 'smtp://new.example.org:25' });
    expect(serverToSave(set, 'smtp://new.example.org:25', true)).toEqual({ smtpUrl: null });
    expect(serverToSave(NO_IDENTITY, null, false)).toEqual({ smtpUrl: null });
    const unreadable = { ...NO_IDENTITY, serverUnreadable: true };
    expect(serverToSave(unreadable, null, false)).toEqual({ problem: expect.stringMatching(/^smtpUrl: /) });
    expect(serverToSave(unreadable, null, true)).toEqual({ smtpUrl: null });
    expect(serverToSave(unreadable, 'smtp://again.example.org:25', false)).toEqual({ smtpUrl: 'smtp://again.example.org:25' });
  });
});
