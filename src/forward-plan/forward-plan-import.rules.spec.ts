import { describe, expect, it } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { fromHtml } from '../common/documents/published-document.js';
import { dueDateIn, importForwardPlan } from './forward-plan-import.rules.js';

const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/forward-plans/${name}`, import.meta.url), 'utf8');

describe('importForwardPlan', () => {
  it("reads Plymouth's plan page: the period, each decision's title, maker, date and lead officer, and says which dates are not exact", () => {
    const plan = importForwardPlan(fixture('plymouth-2004-02.txt'));
    expect([plan.periodStart, plan.periodEnd]).toEqual(['2004-02-01', '2004-04-30']);
    expect(plan.decisions.map((d) => [d.title, d.decisionMaker?.name, d.decisionDueOn, d.contactOfficer, d.key])).toEqual([
      ['Business Improvement District Progress Report', 'Cabinet', '2004-03-23', 'Nigel Pitt', true],
      ['Medium Term Financial Plan', 'Cabinet', '2004-03-04', 'Helen Hocking', true],
      ['Approval of Community Safety Mainstreaming Strategy and Action Plan', 'Cabinet', '2004-03-23', 'Richard Willoughby', true],
      ['Mechanisms for Race Relations Work', 'Cabinet', '2004-04-30', 'Richard Willoughby', true],
    ]);
    expect(plan.decisions.every((d) => d.decisionMaker?.kind === 'body')).toBe(true);
  });

  it("reads Cherwell's plan: a month for a date becomes its first day, with a warning to check it", () => {
    const plan = importForwardPlan(fixture('cherwell-2023-01.txt'));
    expect([plan.periodStart, plan.periodEnd]).toEqual(['2023-01-01', '2023-04-30']);
    expect(plan.decisions).toHaveLength(1);
    expect(plan.decisions[0]).toMatchObject({ title: 'Tenants Charter', decisionDueOn: '2023-02-01', dueAsWritten: 'February 2023', contactOfficer: 'Nicola Riley, Richard Smith', exemptParagraph: null });
    expect(plan.warnings.join(' ')).toContain('"Tenants Charter": due "February 2023"; dated 2023-02-01');
  });

  it('tells key decisions from the others, by their field or by the heading they are listed under, and reads the private ones', () => {
    const page = fromHtml(`
      <h1>Forward Plan of Key Decisions for the period 1 March 2024 to 30 June 2024</h1>
      <h2>Key decisions</h2>
      <p class="mgAiTitleTxt">Community Safety Partnership Plan 2024-27</p>
      <p>Decision maker: Cabinet</p><p>Decision due: 18 April 2024</p><p>Wards affected: (All Wards);</p>
      <p>Lead officer: Head of Community Safety</p><p>Key decision: Yes</p>
      <p>Anticipated restriction: Part exempt</p><p>Explanation of anticipated restriction: Appendix B contains information under paragraph 3 of Schedule 12A</p>
      <p>Documents: Report to Cabinet; Appendix A – draft plan</p>
      <p class="mgAiTitleTxt">CCTV maintenance contract extension</p>
      <p>Decision maker: Director of Communities</p><p>Decision due: 2 April 2024</p><p>Key decision: No</p>
      <h2>Non-key decisions</h2>
      <p class="mgAiTitleTxt">Alley gating scheme, Park Ward</p>
      <p>Decision maker: Cabinet Member for Community Safety</p><p>Decision due: 9 May 2024</p><p>Wards affected: Park</p>`);
    const plan = importForwardPlan(page.text);
    expect([plan.periodStart, plan.periodEnd]).toEqual(['2024-03-01', '2024-06-30']);
    expect(plan.decisions.map((d) => [d.title, d.key, d.decisionDueOn])).toEqual([
      ['Community Safety Partnership Plan 2024-27', true, '2024-04-18'],
      ['CCTV maintenance contract extension', false, '2024-04-02'],
      ['Alley gating scheme, Park Ward', false, '2024-05-09'],
    ]);
    const [csp, cctv, alley] = plan.decisions;
    expect(csp).toMatchObject({ wardsAffected: ['All Wards'], exemptParagraph: 3, documents: ['Report to Cabinet', 'Appendix A – draft plan'], contactOfficer: 'Head of Community Safety' });
    expect(cctv.decisionMaker).toEqual({ kind: 'person', name: 'Director of Communities' });
    expect(alley).toMatchObject({ decisionMaker: { kind: 'person', name: 'Cabinet Member for Community Safety' }, wardsAffected: ['Park'] });
  });

  it('reads dates as plans write them', () => {
    expect(dueDateIn('14 Mar 2023')).toEqual({ date: '2023-03-14', exact: true });
    expect(dueDateIn('Tuesday, 5th September, 2023')).toEqual({ date: '2023-09-05', exact: true });
    expect(dueDateIn('05/09/2023')).toEqual({ date: '2023-09-05', exact: true });
    expect(dueDateIn('September 2023')).toEqual({ date: '2023-09-01', exact: false });
    expect(dueDateIn('31 February 2023')).toEqual({ date: null, exact: true });
    expect(dueDateIn('to be confirmed')).toEqual({ date: null, exact: false });
  });

  it('gives a decision without a date or a maker without them, and never throws on arbitrary text', () => {
    const plan = importForwardPlan('Some decision\nDecision maker: Cabinet\n\nAnother one\nDecision due: soon');
    expect(plan.decisions.map((d) => [d.title, d.decisionMaker?.name ?? null, d.decisionDueOn, d.dueAsWritten])).toEqual([
      ['Some decision', 'Cabinet', null, null],
      ['Another one', null, null, 'soon'],
    ]);
    for (const text of ['', 'Decision:', ':::', 'x'.repeat(1_000_000), 'Decision maker: A\n'.repeat(10_000)]) expect(() => importForwardPlan(text)).not.toThrow();
  });
});
