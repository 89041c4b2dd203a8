import type { INestApplicationContext } from '@nestjs/common';
import type { AuthorityKind } from '../authorities/authorities.service.js';
import { AuthoritiesService } from '../authorities/authorities.service.js';
import type { AppConfig } from '../common/config/app-config.js';
import type { CommitteeRole } from '../councils/committees.service.js';
import { CommitteesService } from '../councils/committees.service.js';
import { CouncilsService } from '../councils/councils.service.js';
import { MunicipalYearsService } from '../councils/municipal-years.service.js';
import { MeetingsService } from '../meetings/meetings.service.js';
import { MinutesService } from '../minutes/minutes.service.js';
import { WorkPlanService } from '../work-plan/work-plan.service.js';
import { loadDartfordMinutes } from './dartford.minutes.js';
import { loadDartfordWorkPlan } from './dartford.work-plan.js';

/*
 * The Dartford Crime and Disorder (Overview and Scrutiny) Committee of the seed papers: members
 * and officers from the minutes of 26 July 2017 (seed 003), the responsible authorities of the
 * Dartford and Gravesham CSP and the standing invitations from the 2016-17 annual report (seed 001), the
 * work plan and its amendments, and the minutes of 2016-17 from that report's item summaries.
 * E-mail addresses are invented (example.org): the papers give none.
 */

const AUTHORITIES: [string, AuthorityKind][] = [
  ['Dartford Borough Council', 'district_council'],
  ['Gravesham Borough Council', 'district_council'],
  ['Kent County Council', 'county_council'],
  ['Kent Police', 'police'],
  ['Kent Fire and Rescue Service', 'fire_rescue'],
  ['Kent, Surrey and Sussex Community Rehabilitation Company', 'probation'],
  ['Dartford, Gravesham and Swanley Clinical Commissioning Group', 'health'],
];

const CONTACTS: Record<string, [name: string, role: string, level: 0 | 1 | 2][]> = {
  'Kent Police': [
    ['Insp. Gary Woodward', 'CSU Inspector', 0],
    ['Dartford District Commander', 'District Commander', 1],
  ],
  'Kent County Council': [['Emily Matthews', 'DA Commissioning Officer', 0]],
  'Dartford Borough Council': [
    ['Tony Henley', 'Community Safety Manager, CSU', 0],
    ['Sheri Green', 'Strategic Director (External Services)', 1],
  ],
};

const MEMBERS: [string, CommitteeRole][] = [
  ['Councillor R J Wells', 'chair'],
  ['Councillor A S Sandhu, MBE', 'vice_chair'],
  ['Councillor S R Jarnell', 'member'],
  ['Councillor M B Kelly', 'member'],
  ['Councillor R Lees', 'member'],
  ['Councillor M A Maddison', 'member'],
  ['Councillor C S McLean', 'member'],
  ['Councillor D J Mote', 'member'],
  ['Councillor Mrs Ann Allen MBE', 'standing_invitee'],
  ['Councillor Chris Shippam', 'standing_invitee'],
];

const VENUE = 'Council Chamber, Civic Centre, Home Gardens, Dartford';
// Evening meetings, as Dartford's committee meets (the 26 July 2017 meeting closed at 9.25 pm).
const MEETINGS = ['2016-07-27T19:00:00+01:00', '2017-02-15T19:00:00+00:00', '2017-07-26T19:00:00+01:00'];
/** The days the demo records each meeting's agenda as published: the s100B date, five clear working days before it. */
const AGENDAS_PUBLISHED = ['2016-07-19', '2017-02-07', '2017-07-18'];

const email = (name: string) =>
  `${name
    .replace(/^(Councillor|Insp\.)\s+(Mrs\s+)?/, '')
    .replace(/,?\s+MBE$/, '')
    .toLowerCase()
    .replace(/[^a-z]+/g, '.')
    .replace(/^\.|\.$/g, '')}@example.org`;

/** Loads the demo into an empty database; returns a coordinator token. */
export async function loadDartfordDemo(app: INestApplicationContext, config: AppConfig): Promise<string> {
  const councils = app.get(CouncilsService);
  const council = await councils.createCouncil('dartford', 'Dartford Borough Council', config.TZ_DEFAULT);
  const demo = await councils.systemContext(council.id, { councilId: council.id, userId: null, label: 'demo loader' });

  const committee = await app.get(CommitteesService).create(demo, 'Crime and Disorder (Overview and Scrutiny) Committee');
  const years = app.get(MunicipalYearsService);
  await years.create(demo, { label: '2016-17', startsOn: '2016-05-18', endsOn: '2017-05-16' });
  await years.create(demo, { label: '2017-18', startsOn: '2017-05-17', endsOn: '2018-05-15' });

  for (const [name, role] of MEMBERS) {
    await app.get(CommitteesService).addMember(demo, committee.id, { name, email: email(name), role, from: '2017-05-17' });
  }
  // Seed 001: the standing invitations renewed for 2016-17.
  for (const [name, role] of MEMBERS.filter(([, role]) => role === 'standing_invitee')) {
    await app.get(CommitteesService).addMember(demo, committee.id, { name, email: email(name), role, from: '2016-05-18', to: '2017-05-16' });
  }

  const authorities = app.get(AuthoritiesService);
  for (const [name, kind] of AUTHORITIES) {
    const authority = await authorities.create(demo, { name, kind, statutory: true });
    for (const [contact, role, escalationLevel] of CONTACTS[name] ?? []) {
      await authorities.addContact(demo, authority.id, { name: contact, email: email(contact), role, escalationLevel });
    }
  }

  const meetings = app.get(MeetingsService);
  const made: string[] = [];
  for (const startsAt of MEETINGS) {
    made.push((await meetings.create(demo, { committeeId: committee.id, startsAt, venue: VENUE })).id);
  }
  const byDate = { july2016: made[0], february2017: made[1], july2017: made[2] };
  await loadDartfordWorkPlan(app.get(WorkPlanService), demo, committee.id, byDate);
  await loadDartfordMinutes(app.get(MinutesService), demo, byDate);
  // Each agenda published by its day (the demo loaded on an earlier day leaves the later ones unpublished).
  for (const [index, publishedOn] of AGENDAS_PUBLISHED.entries()) {
    if (publishedOn <= demo.today) await meetings.publishAgenda(demo, made[index], publishedOn);
  }

  await councils.createUser(demo, { email: 'sheri.green@example.org', name: 'Sheri Green', role: 'approver' });
  const coordinator = await councils.createUser(demo, {
    email: 'democratic.services@example.org',
    name: 'Democratic Services',
    role: 'coordinator',
  });
  return coordinator.token;
}
