import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import mammoth from 'mammoth';
import { readFileSync } from 'node:fs';
import { AnnualReportsService } from '../../src/annual-reports/annual-reports.service.js';
import { loadDartfordDemo } from '../../src/demo/dartford.demo.js';
import { SweepsScheduler } from '../../src/jobs/sweeps.scheduler.js';
import { OperatorsService } from '../../src/operators/operators.service.js';
import { png } from '../support/images.js';
import { waitFor } from '../support/wait-for.js';
import { DIALECTS, startTestApp, type TestApp } from '../support/test-app.js';

const minutes2017 = readFileSync(new URL('../fixtures/minutes-2017-07-26.txt', import.meta.url), 'utf8');

/** Seed 001's sections, in its order, then what this system adds. */
const SECTIONS_2016_17 = [
  'Introduction and Background',
  'The Responsible Authorities',
  'Protocol and Remit',
  'Annual Report 2015-16',
  'Standing Invitations',
  'Work Programme',
  'Initial Rolling Work Plan 2016-17 and Beyond',
  'Amendments to the Work Plan',
  'Work Plan Items Completed in the 2016-17 Municipal Year',
  'Recommendations and Responses',
  'Answers from the Responsible Authorities',
  "The Year's Deadlines",
  'Draw-down Requests',
  'Regulation 9 Notices',
  'Attendance',
  'Statutory Coverage',
];

/** Text of item 13 of 26 July 2017, taken in closed session: none of it may reach any format. */
const EXEMPT_TEXT = ['iQuanta', 'Crime Recording Registrar', 'obligation of confidence', 'Most Similar Group', 'crime rate per 1,000'];

describe.each(DIALECTS)('annual reports on %s', (dialect) => {
  let t: TestApp;
  let token: string;
  let member: string;
  let committeeId: string;
  let july2017: string;
  let automatic: string;

  const get = (path: string, as = token) => t.as(as).get(path);
  const post = (path: string, body: object, as = token) => t.as(as).post(path, body);
  /** A draft as the bytes served, in a format. */
  const draft = (id: string, format: 'md' | 'html' | 'docx') =>
    get(`/api/v1/annual-reports/${id}/draft.${format}`)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on('data', (c: Buffer) => chunks.push(c));
        r.on('end', () => done(null, Buffer.concat(chunks)));
      });
  const download = async (id: string, format: 'md' | 'html' | 'docx'): Promise<string> => {
    const res = await draft(id, format);
    expect(res.status).toBe(200);
    const body = res.body as Buffer;
    return format === 'docx' ? (await mammoth.extractRawText({ buffer: body })).value : body.toString('utf8');
  };
  const compiled = async (id: string) => {
    return waitFor(`report ${id} to be compiled`, async () => {
      const report = (await get(`/api/v1/annual-reports/${id}`)).body;
      return ['queued', 'compiling'].includes(report.status) ? undefined : report;
    });
  };
  const headings = (markdown: string, level: string) => markdown.split('\n').filter((l) => l.startsWith(`${level} `)).map((l) => l.slice(level.length + 1));

  beforeAll(async () => {
    t = await startTestApp(dialect);
    t.clock.set('2017-08-01T08:00:00Z');
    token = await loadDartfordDemo(t.app, t.config);
    member = (await post('/api/v1/users', { email: 'member@example.org', name: 'A Member', role: 'member' })).body.token;
    committeeId = (await get('/api/v1/committees')).body.items[0].id;
    july2017 = (await get('/api/v1/meetings')).body.items.find((m: { startsAt: string }) => m.startsAt.startsWith('2017-07-26')).id;
  });
  afterAll(() => t.close());

  it("compiles 2016-17 by itself once the year's last meeting has approved minutes, and e-mails the co-ordinators the link", async () => {
    await t.app.get(SweepsScheduler).tick();
    const mail = await t.smtp.waitFor((m) => m.subject === 'Draft annual report 2016-17 compiled');
    // The links open in a browser without the API's token (no API route in an e-mail).
    expect(mail.text).not.toContain('/api/v1/');
    const htmlLink = /http:\/\/127\.0\.0\.1:\d+(\/draft-annual-report\/[A-Za-z0-9._-]+\/report\.html)/.exec(mail.text!)![1];
    const opened = await t.http().get(htmlLink);
    expect(opened.status).toBe(200);
    expect(opened.headers['content-type']).toContain('text/html');
    expect(opened.text).toContain('2016-17');
    const docx = await t.http().get(htmlLink.replace(/report\.html$/, 'report.docx')).buffer(true);
    expect(docx.status).toBe(200);
    expect(docx.headers['content-disposition']).toMatch(/annual-report-2016-17-v1\.docx/);
    expect((await t.http().get(htmlLink.replace(/\.[A-Za-z0-9_-]{43}\/report/, '.AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA/report'))).status).toBe(404);
    automatic = (await get(`/api/v1/annual-reports?committeeId=${committeeId}&municipalYear=2016-17`)).body.items[0].id;
    const report = await compiled(automatic);
    expect(report).toMatchObject({ municipalYear: '2016-17', version: 1, status: 'draft', progress: 100, automatic: true });
    // 2017-18 has no approved minutes of its last meeting: no draft yet.
    expect((await get(`/api/v1/annual-reports?committeeId=${committeeId}&municipalYear=2017-18`)).body).toEqual({ items: [], total: 0 });
  });

  it('has every section of seed 001 in its order, the same meetings and items, and the five amendments', async () => {
    const markdown = await download(automatic, 'md');
    expect(headings(markdown, '##')).toEqual(SECTIONS_2016_17);
    expect(headings(markdown, '###')).toEqual(['Wed 27 July 2016', 'Wed 15 February 2017']);
    const items = markdown.split('\n').filter((l) => l.startsWith('Item '));
    expect(items).toEqual([
      'Item 1: Committee Protocol & Lead Member Participation',
      'Item 2: Kent Police and Crime Panel (PCP) – Update',
      'Item 3: Dartford Town Against Crime (D-TAC) – Progress Report',
      'Item 4: CSP Community Safety Strategy 2016-19',
      'Item 5: Performance',
      'Item 1: Kent Police and Crime Panel (PCP) Update',
      'Item 2: Neighbourhood Watch (NW) – Sharing Best Practice',
      'Item 3: Bluewater Safety Shop and Safety at Home Facility',
      'Item 4: Update – New Anti-Social Behaviour Powers – Anti-Social Behaviour, Crime and Policing Act 2014',
      'Item 5: Dartford and Gravesham Community Safety Partnership (CSP) – Strategic Assessment 2016',
      'Item 6: Work Plan 2016/17 – Update',
    ]);
    const amendments = markdown.split('\n').filter((l) => /^- \([ivx]+\)/.test(l));
    expect(amendments).toHaveLength(5);
    [
      '- (i) Domestic Abuse Framework Update: deferred from Summer 2016 (July) to Summer 2017 (July).',
      '- (ii) D-TAC Update: D-TAC 6 monthly update becomes an annual review each July.',
      "- (iii) Presentation by PCC: cancelled. Presentation by Kent PCC cancelled by PCC's office",
      '- (iv) Presentation by North Kent Crime Prevention Partnership / KP: Neighbourhood Watch – Sharing Best Practice: brought forward from Summer 2017 (July) to Winter 2017 (February).',
      '- (v) Kent Police presentation on Bluewater Safety Shop / Community Safety at Home facility: brought forward from Summer 2017 (July) to Winter 2017 (February).',
    ].forEach((start, i) => expect(amendments[i].replace(/\\/g, '')).toContain(start));
    expect(markdown).toContain('| Summer 2016 (July) | CSP Community Safety Strategy 2016 to 2019<br>CSP Performance Report June 2016');
    expect(markdown).toContain('| Winter 2018 (February) | CSP Strategic Assessment 2017');
    // The eight Summer 2017 items of the seed: the six planned, and in brackets the two the amendments agreed with the plan took there.
    const summer2017 = markdown.split('\n').find((l) => l.startsWith('| Summer 2017 (July) |'))!.replace(/ \|$/, '').split(' | ')[1].replace(/\\/g, '').split('<br>');
    expect(summer2017).toHaveLength(8);
    expect(summer2017.slice(-2)).toEqual(['[Domestic Abuse Framework Update]', '[D-TAC Update]']);
    // Seed 001, section by section, where the demo holds its content.
    expect(markdown).toContain("'Crime and Disorder' is defined as including forms of crime and disorder that involve anti-social behaviour");
    expect(markdown).toContain('The Council appointed the Crime and Disorder (Overview & Scrutiny) Committee in October 2009');
    // The responsible authorities in the seed's (the council's) order, not the alphabet's.
    expect(markdown).toContain(
      [
        '- Dartford Borough Council',
        '- Gravesham Borough Council',
        '- Kent County Council',
        '- Kent Police',
        '- Kent Fire and Rescue Service',
        '- Kent, Surrey and Sussex Community Rehabilitation Company',
        '- Dartford, Gravesham and Swanley Clinical Commissioning Group',
      ].join('\n'),
    );
    // Each invitee with what they were invited as, officers included.
    expect(markdown).toContain(
      '- Councillor Mrs Ann Allen MBE (Cabinet Portfolio Holder for Community Development)\n' +
        '- Councillor Chris Shippam (Deputy Leader and Dartford representative on the Kent and Medway Police and Crime Panel)\n' +
        '- The Strategic Director (External Services) (to attend as appropriate and when her principal duties permit)\n' +
        "- Dartford's District Commander (Kent Police; to attend as appropriate)\n" +
        '- All Dartford CSU staff (Council and Police; to attend as appropriate)',
    );
    // The work programme opens with the protocol's remit.
    expect(markdown).toMatch(/## Work Programme\n\nIn accordance with its Protocol the Committee is required on a statutory basis/);
    expect(markdown).toContain('The Committee agreed the Work Plan as set out above, with two amendments at the direction of the Strategic Director (External Services) and three subsequent changes in timing:');
    expect(markdown).not.toContain('(at the direction of');
    // The two items seed 001 says were taken in closed session are marked so, and nothing of them is told.
    expect(markdown).toContain('Item 5: Performance\n\nConsidered in closed session (the press and public excluded).\n\n1. Noted.');
    expect(markdown).toContain('Item 5: Dartford and Gravesham Community Safety Partnership (CSP) – Strategic Assessment 2016\n\nConsidered in closed session (the press and public excluded).');
    expect(markdown).not.toContain('12.8%');
    expect(markdown).toContain('On Wed 27 July 2016 Members considered "Committee Annual Report 2015-16".');
    expect(markdown).toContain('The Committee met twice during the 2016-17 municipal cycle');
    expect(markdown).toContain('- Kent Police\n');
  });

  it('reads back as a Word document with the sections and the work plan as a real table, and as HTML', async () => {
    const res = await draft(automatic, 'docx');
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const html = (await mammoth.convertToHtml({ buffer: res.body as Buffer })).value;
    for (const section of SECTIONS_2016_17) expect(html).toContain(`<h2>${section.replace(/&/g, '&amp;')}</h2>`);
    expect(html).toMatch(/<table>.*<td><p>Summer 2016 \(July\)<\/p><\/td>.*<\/table>/s);
    expect(html).toMatch(/<ol><li>Domestic Abuse Framework Update: deferred/);
    const text = await download(automatic, 'docx');
    expect(text.indexOf('Introduction and Background')).toBeLessThan(text.indexOf('Statutory Coverage'));
    const page = await download(automatic, 'html');
    expect(page).toContain('<h2>Amendments to the Work Plan</h2>');
    expect(page).toContain('<ol type="i">');
    expect(page).toContain('<th scope="col">Work Plan Items</th>');
  });

  it("carries the council's logo, set by the operator, in every format: the image in the HTML and the Word document, its address in the Markdown", async () => {
    const operator = await t.app.get(OperatorsService).createOperator('ops@hosting.example.org', 'Olu Operator');
    const councilId = (await get('/api/v1/me')).body.councilId;
    const logo = png(300, 75);
    const set = await t.as(operator).put(`/api/v1/operator/councils/${councilId}/logo`, { image: logo.toString('base64') });
    expect(set.status).toBe(200);
    const name = set.body.name;
    try {
      const html = await download(automatic, 'html');
      expect(html).toContain(`<p><img src="data:image/png;base64,${logo.toString('base64')}" alt="${name}" width="300" height="75"></p>`);
      const markdown = await download(automatic, 'md');
      expect(markdown.split('\n')[0]).toBe(`![${name}](<${t.baseUrl}${set.body.logo}>)`);
      const res = await draft(automatic, 'docx');
      const word = (await mammoth.convertToHtml({ buffer: res.body as Buffer })).value;
      expect(word.startsWith(`<p><img alt="${name}" src="data:image/png;base64,${logo.toString('base64')}" /></p>`)).toBe(true);
    } finally {
      expect((await t.as(operator).delete(`/api/v1/operator/councils/${councilId}/logo`)).body.logo).toBeNull();
    }
    expect(await download(automatic, 'html')).not.toContain('<img');
  });

  it('keeps each version: compiling again makes version 2; members read it; bad input and unknown ids are refused', async () => {
    const queued = await post('/api/v1/annual-reports', { committeeId, municipalYear: '2016-17' });
    expect(queued.status).toBe(202);
    expect(queued.body).toMatchObject({ version: 2, status: 'queued', automatic: false, downloads: [] });
    await compiled(queued.body.id);
    const versions = (await get(`/api/v1/annual-reports?committeeId=${committeeId}&municipalYear=2016-17`, member)).body.items;
    expect((await get(`/api/v1/annual-reports?committeeId=${committeeId}&municipalYear=2016-17&limit=1`)).body).toMatchObject({ total: 2, items: [{ version: 2 }] });
    expect(versions.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[2, 'draft'], [1, 'draft']]);
    expect(await download(automatic, 'md')).toContain('## Statutory Coverage');

    const bad = await post('/api/v1/annual-reports', { committeeId: '', municipalYear: 7 });
    expect(bad.status).toBe(400);
    for (const field of ['committeeId', 'municipalYear']) expect(bad.body.message.join(' ')).toContain(field);
    expect((await post('/api/v1/annual-reports', { committeeId, municipalYear: '1999-00' })).status).toBe(404);
    expect((await post('/api/v1/annual-reports', { committeeId, municipalYear: '2016-17' }, member)).status).toBe(403);
    const other = await t.council();
    expect((await get(`/api/v1/annual-reports/${automatic}`, other.coordinator)).status).toBe(404);
    expect((await get(`/api/v1/annual-reports/${automatic}/draft.md`, other.coordinator)).status).toBe(404);
  });

  it('goes draft → agreed by committee → submitted to council, and only then is public', async () => {
    expect((await t.http().get('/public/dartford/annual-reports/2016-17')).status).toBe(404);
    expect((await post(`/api/v1/annual-reports/${automatic}/submit`, {})).status).toBe(409);
    const agreed = await post(`/api/v1/annual-reports/${automatic}/agree`, {});
    expect(agreed.body).toMatchObject({ status: 'agreed', agreedAt: '2017-08-01T08:00:00.000Z' });
    expect((await post(`/api/v1/annual-reports/${automatic}/agree`, {})).status).toBe(409);
    expect((await post(`/api/v1/annual-reports/${automatic}/submit`, {})).body.status).toBe('submitted');
    // One version of a year's report is agreed: the other (version 2, in draft) cannot be too.
    const second = (await get(`/api/v1/annual-reports?committeeId=${committeeId}&municipalYear=2016-17`)).body.items.find((v: { version: number }) => v.version === 2);
    const again = await post(`/api/v1/annual-reports/${second.id}/agree`, {});
    expect(again.status).toBe(409);
    expect(again.body.message).toBe("Version 1 of the 2016-17 report is already submitted to council: only one version of a year's report is agreed");
    const page = await t.http().get('/public/dartford/annual-reports/2016-17');
    expect(page.status).toBe(200);
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    expect(page.text).toContain('<h1>Crime and Disorder (Overview and Scrutiny) Committee: Annual Report 2016-17</h1>');
    expect((await t.http().get('/public/dartford/annual-reports/2017-18')).status).toBe(404);
  });

  it('compiles a year by itself on the day the council set, minutes approved or not', async () => {
    const bad = await t.as(token).put(`/api/v1/committees/${committeeId}/annual-report-settings`, { compileOnDay: '13-40' });
    expect(bad.status).toBe(400);
    expect(bad.body.message).toEqual(['compileOnDay must be a day of the year as MM-DD, e.g. 06-01']);
    await t.as(token).put(`/api/v1/committees/${committeeId}/annual-report-settings`, { compileOnDay: '06-01' });
    const versions = async () => (await get(`/api/v1/annual-reports?committeeId=${committeeId}&municipalYear=2017-18`)).body.items as { id: string; automatic: boolean }[];
    // The sweep the scheduled tick runs, called directly so that "nothing yet" is known, not raced.
    const { councilId } = (await get('/api/v1/me')).body;
    t.clock.set('2018-05-31T08:00:00Z');
    expect(await t.app.get(AnnualReportsService).sweep(councilId)).toBe(0);
    expect(await versions()).toEqual([]);
    t.clock.set('2018-06-01T08:00:00Z');
    expect(await t.app.get(AnnualReportsService).sweep(councilId)).toBe(1);
    await t.smtp.waitFor((m) => m.subject === 'Draft annual report 2017-18 compiled');
    const [report] = await versions();
    expect(report.automatic).toBe(true);
    expect((await compiled(report.id)).status).toBe('draft');
  });

  it('with seed 003 imported as the minutes of 26 July 2017, lists its items and reduces item 13 to its title in every format', async () => {
    const imported = await t.as(token).post(`/api/v1/meetings/${july2017}/minutes/import`).set('Content-Type', 'text/plain').send(minutes2017);
    expect(imported.status).toBe(200);
    const named = await t.as(token).put(`/api/v1/committees/${committeeId}/annual-report-settings`, { councilName: 'Dartford Borough Council (the Council)', introduction: 'Our own introduction.\n\nIts second paragraph.' });
    expect(named.status).toBe(200);
    // A draw-down request refused during the year is counted, not named.
    const approver = (await post('/api/v1/users', { email: 'director@example.org', name: 'A Director', role: 'approver' })).body;
    await t.as(token).put(`/api/v1/committees/${committeeId}/draw-down-settings`, { approverIds: [approver.id], consultChair: false });
    t.clock.set('2017-09-01T09:00:00Z');
    const asked = await post('/api/v1/draw-downs', { committeeId, topic: 'Rumoured closure of the Temple Hill police office', concern: 'Residents worried' }, member);
    await post(`/api/v1/draw-downs/${asked.body.id}/decisions`, { decision: 'refuse', reason: 'Not a matter for the committee' }, approver.token);
    const report = await compiled((await post('/api/v1/annual-reports', { committeeId, municipalYear: '2017-18' })).body.id);
    expect(report.status).toBe('draft');
    const markdown = await download(report.id, 'md');
    expect(markdown).toContain('Dartford Borough Council (the Council)\n\n## Introduction and Background\n\nOur own introduction.\n\nIts second paragraph.');
    expect(markdown.split('\n').flatMap((l) => /^Item (\d+):/.exec(l)?.[1] ?? [])).toEqual(['6', '7', '8', '9', '10', '11', '13', '14', '15', '16']);
    expect(markdown).toContain('Item 13: CSP PERFORMANCE REPORT\n\nConsidered in closed session (the press and public excluded).\n\n1. Noted.');
    expect(markdown).toContain('From the draft minutes, not yet confirmed.');
    expect(markdown).toContain('On Wed 26 July 2017 Members considered "CRIME AND DISORDER (O&S) ANNUAL REPORT 2016-17".');
    expect(markdown).toContain('| Councillor R J Wells | 1 of 1 | 0 |');
    expect(markdown).toContain('| Councillor R Lees | 0 of 1 | 1 |');
    expect(markdown).toContain('1 draw-down request was made: 1 refused.');
    expect(markdown).not.toContain('Temple Hill police office');
    for (const format of ['md', 'html', 'docx'] as const) {
      const text = await download(report.id, format);
      expect(text).toContain('CSP PERFORMANCE REPORT');
      for (const secret of EXEMPT_TEXT) expect({ format, secret, found: text.includes(secret) }).toEqual({ format, secret, found: false });
    }
  });

  it("reports the authority's latest positions on the committee's recommendations, in words", async () => {
    t.clock.set('2017-09-05T09:00:00Z');
    const police = (await get('/api/v1/authorities')).body.items.find((a: { name: string }) => a.name === 'Kent Police').id;
    const issued = await post('/api/v1/obligations', {
      kind: 'recommendation',
      authorityId: police,
      subject: 'Anti-social behaviour on the Fastrack route',
      details: 'The recommendations of 5 September 2017.',
      recommendations: ['That patrols on the route are increased', 'That the CCTV at the Bluewater stop is repaired'],
      issuedOn: '2017-09-05',
    });
    expect(issued.status).toBe(201);
    const contact = (await post('/api/v1/users', { email: 'inspector@kent.police.example', name: 'Inspector', role: 'authority', authorityId: police })).body.token;
    const answer = (positions: string[]) => ({
      text: 'Our response.',
      positions: positions.map((position, i) => ({ recommendation: `Recommendation ${i + 1}`, position, reason: `Reason ${i + 1}` })),
    });
    // A response to listed recommendations takes a position on each of them.
    const none = await post(`/api/v1/obligations/${issued.body.id}/responses`, { text: 'We will consider them.' }, contact);
    expect(none.status).toBe(400);
    expect(none.body.message).toEqual(['positions: give a position (accepted, partly accepted or rejected, with the reason) on each of the 2 recommendations; 0 given']);
    expect((await post(`/api/v1/obligations/${issued.body.id}/responses`, answer(['accepted']), contact)).status).toBe(400);
    expect((await post(`/api/v1/obligations/${issued.body.id}/responses`, answer(['accepted', 'rejected']), contact)).status).toBe(201);
    t.clock.set('2017-09-12T09:00:00Z');
    expect((await post(`/api/v1/obligations/${issued.body.id}/responses`, answer(['accepted', 'partly_accepted']), contact)).status).toBe(201);

    const report = await compiled((await post('/api/v1/annual-reports', { committeeId, municipalYear: '2017-18' })).body.id);
    const markdown = await download(report.id, 'md');
    expect(markdown).toContain('Recommendation 1: accepted (Reason 1)');
    expect(markdown).toContain('Recommendation 2: partly accepted (Reason 2)');
    expect(markdown).not.toContain('partly_accepted');
    expect(markdown).not.toContain('rejected');
  });

  it('compiled mid-year: counts only the meetings held, calls only what was considered considered, and leaves the meetings to come empty', async () => {
    t.clock.set('2017-09-20T09:00:00Z');
    const february = await post('/api/v1/meetings', { committeeId, startsAt: '2018-02-14T19:00:00Z' });
    const planned = await post('/api/v1/work-plan/items', { committeeId, title: 'Presentation by KCC Trading Standards Officers', basis: 'discretionary', category: 'partner_update', meetingId: february.body.id });
    expect(planned.status).toBe(201);
    const report = await compiled((await post('/api/v1/annual-reports', { committeeId, municipalYear: '2017-18' })).body.id);
    const markdown = await download(report.id, 'md');
    expect(markdown).toContain('The Committee met once during the 2017-18 municipal cycle (Wed 26 July 2017); one meeting is still to come (Wed 14 February 2018).');
    expect(markdown).toMatch(/Still to be considered in the year:\n\n(- .*\n)*- Presentation by KCC Trading Standards Officers/);
    const considered = markdown.slice(markdown.indexOf('On a discretionary basis:'), markdown.indexOf('Still to be considered'));
    expect(considered).not.toContain('Presentation by KCC Trading Standards Officers');
    expect(markdown).toContain('### Wed 14 February 2018\n\nThe meeting is still to come.');
    expect(markdown).not.toContain('No notices of key decisions were published');
  });
});
