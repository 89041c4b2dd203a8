import type { EscalationLevel } from './authority-contact.entity.js';
import type { AuthorityKind } from './authority.entity.js';

/** Each kind of body as the committee names it. */
export const AUTHORITY_KIND_LABELS: Record<AuthorityKind, string> = {
  district_council: 'District or borough council',
  county_council: 'County council',
  police: 'Police',
  fire_rescue: 'Fire and rescue service',
  probation: 'Probation service',
  health: 'Health (integrated care board)',
  other: 'Other body',
};

/** Who each rung of a contact ladder is: reminders climb it when nothing is heard. */
export const ESCALATION_LABELS: Record<EscalationLevel, string> = {
  0: 'First contact',
  1: 'Senior officer',
  2: 'Chief officer',
};
