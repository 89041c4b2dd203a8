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
import { AnnualReportSettingsService } from '../annual-reports/annual-report-settings.service.js';
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

/** Seed 001: the standing invitations renewed for 2016-17, each with what they were invited as (officers included). */
const STANDING_INVITATIONS_2016_17: [name: string, description: string, email: string][] = [
  ['Councillor Mrs Ann Allen MBE', 'Cabinet Portfolio Holder for Community Development', 'ann.allen@example.org'],
  ['Councillor Chris Shippam', 'Deputy Leader and Dartford representative on the Kent and Medway Police and Crime Panel', 'chris.shippam@example.org'],
  ['The Strategic Director (External Services)', 'to attend as appropriate and when her principal duties permit', 'sheri.green@example.org'],
  ["Dartford's District Commander", 'Kent Police; to attend as appropriate', 'district.commander@example.org'],
  ['All Dartford CSU staff', 'Council and Police; to attend as appropriate', 'csu@example.org'],
];

/** Seed 001's own words for its introduction, protocol and work programme (the council's text for its reports). */
const REPORT_TEXT = {
  introduction: [
    "The Council has a legal duty under the Crime and Disorder Act 1998 to carry out all of its various functions with regard to the need to prevent crime and disorder and reduce re-offending in its area. 'Crime and Disorder' is defined as including forms of crime and disorder that involve anti-social behaviour or other behaviour adversely affecting the local environment or the misuse of drugs, alcohol and other substances.",
    'The Council appointed the Crime and Disorder (Overview & Scrutiny) Committee in October 2009 under the provisions of the Police and Justice Act 2006 and the Local Government and Public Involvement in Health Act 2007 and in direct response to the provisions of the subsequent Crime and Disorder (Overview and Scrutiny) Regulations 2009.',
    'The 2006 and 2007 Acts and the 2009 Regulations granted the Council the power to scrutinise both crime and disorder matters and hold the Dartford and Gravesham Community Safety Partnership (the CSP) and other partner organisations to account for their performance; including their work with the Council to meet specific local targets as set out in detail in the Memorandum of Understanding (MoU) between the Council and the CSP.',
  ].join('\n\n'),
  protocol: [
    "The Crime and Disorder Committee's Protocol requires it to review, scrutinise, and make reports and recommendations regarding the functioning of the responsible authorities which comprise the Dartford and Gravesham Community Safety Partnership (CSP).",
    'Work carried out by the Crime & Disorder Committee complements the work of the Scrutiny and Policy Overview Committees, whose specific remits are set out in their respective Protocols.',
    "The Committee's Protocol requires it to report to the Council annually on the work it has undertaken in the preceding municipal year.",
  ].join('\n\n'),
  workProgramme: [
    "In accordance with its Protocol the Committee is required on a statutory basis each year to consider the Dartford & Gravesham's Community Safety Partnership (CSP) Strategic Assessment (SA) document, in addition to, the CSP's three year Community Safety Strategy together with any annual Refresh documents.",
    "On a discretionary basis and with the prior agreement of the CSP as appropriate; the Committee reviews on a rolling basis the contributions made by CSP partner Agencies to the aims of the Partnership as a whole. In addition, the Committee considers the CSP's mid-year Performance Report, receives updates from Dartford's Representative on the Kent & Medway Police & Crime Panel (PCP), an annual update from D-TAC (Dartford Town Against Crime), plus ad-hoc topics drawn-down with the agreement of the Strategic Director (External Services) and the Managing Director as appropriate.",
  ].join('\n\n'),
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
  // Seed 001: the standing invitations renewed for 2016-17 (seed 001 names no other member of that year).
  for (const [name, description, address] of STANDING_INVITATIONS_2016_17) {
    await app.get(CommitteesService).addMember(demo, committee.id, { name, email: address, role: 'standing_invitee', description, from: '2016-05-18', to: '2017-05-16' });
  }
  await app.get(AnnualReportSettingsService).settings(demo, committee.id, REPORT_TEXT);

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
