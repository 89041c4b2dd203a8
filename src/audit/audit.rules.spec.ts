import { describe, expect, it } from '@jest/globals';
import { auditInWords, fieldInWords } from './audit.rules.js';

describe('the audit trail in words', () => {
  it('says who did what, and each field that changed from what to what', () => {
    const words = auditInWords({
      actor: 'Jo Smith <jo@dartford.gov.uk> (coordinator)',
      action: 'decide-extension',
      before: { id: 'x', dueOn: '2017-08-23', status: 'open', updatedAt: '2017-08-10T09:00:00Z', authorityId: 'a' },
      after: { id: 'x', dueOn: '2017-09-06', status: 'open', updatedAt: '2017-08-11T09:00:00Z', authorityId: 'a', decidedAt: '2017-08-10T09:00:00.000Z', urgent: true },
    }, 'Europe/London');
    expect(words).toEqual({
      who: 'Jo Smith <jo@dartford.gov.uk> (coordinator)',
      what: 'decided the request for more time',
      changes: [
        { field: 'due on', from: 'Wednesday 23 August 2017', to: 'Wednesday 6 September 2017' },
        { field: 'decided at', from: 'nothing', to: 'Thursday 10 August 2017 at 10am' },
        { field: 'urgent', from: 'nothing', to: 'yes' },
      ],
      facts: [],
    });
  });

  it('lists no changes for a creation but what it was made with, in words, and words an action it does not know from its name', () => {
    expect(auditInWords({ actor: 'Scrutineer', action: 'create', before: null, after: { title: 'A', sharedAuthorityId: 'x', expiresAt: '2017-08-10T21:00:00.000Z' } }, 'Europe/London')).toEqual({
      who: 'Scrutineer',
      what: 'created it',
      changes: [],
      facts: [
        { field: 'title', value: 'A' },
        { field: 'expires at', value: 'Thursday 10 August 2017 at 10pm' },
      ],
    });
    expect(auditInWords({ actor: 'Scrutineer', action: 'something-new', before: null, after: null }, 'Europe/London').what).toBe('something-new');
    expect(fieldInWords('withdrawnReason')).toBe('withdrawn reason');
  });

  it('never shows secrets or bookkeeping', () => {
    const words = auditInWords({ actor: 'A', action: 'update', before: { tokenHash: 'a', clientSecretSealed: 'x', version: 1 }, after: { tokenHash: 'b', clientSecretSealed: 'y', version: 2 } }, 'Europe/London');
    expect(words.changes).toEqual([]);
  });
});
