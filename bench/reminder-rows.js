// What the reminder benchmarks share: rows made by the database itself (the fast way to a million).

/** Every due reminder of the benchmarks is due at this one instant, as the app plans them (09:00). */
export const DUE_AT = '2020-02-03T09:00:00.000Z';
const LATER_AT = '2099-02-02T09:00:00.000Z';

/**
 * Open obligations numbered `from` to `from + count - 1`, each with one pending reminder at the stage
 * "due"; the first `due` of them due at DUE_AT, the others in 2099. Ids are made from the numbers, so
 * later calls add to earlier ones.
 */
export async function seedReminders(db, dialect, { councilId, authorityId, from, count, due }) {
  const last = from + count - 1;
  const series = dialect === 'sqlite' ? `(WITH RECURSIVE n(i) AS (SELECT ${from} UNION ALL SELECT i + 1 FROM n WHERE i < ${last}) SELECT i FROM n)` : `(SELECT generate_series(${from}, ${last}) AS i)`;
  const id = (suffix) => (dialect === 'sqlite' ? `printf('%08d-0000-4000-8000-00000000000${suffix}', i)` : `lpad(i::text, 8, '0') || '-0000-4000-8000-00000000000${suffix}'`);
  const no = dialect === 'sqlite' ? '0' : 'false';
  const p = (n) => (dialect === 'sqlite' ? '?' : `$${n}`);
  const isDue = `i < ${from + due}`;
  await db.query(
    `INSERT INTO obligations (id, council_id, kind, authority_id, subject, details, issued_on, due_on, due_rule_id, due_citation, due_explanation, status, created_at)
     SELECT ${id(0)}, ${p(1)}, 'information_request', ${p(2)}, 'Bench obligation', 'Quarterly figures by ward', '2020-01-06',
            CASE WHEN ${isDue} THEN '2020-02-03' ELSE '2099-02-02' END${dialect === 'sqlite' ? '' : '::date'}, 'information_request',
            'Crime and Disorder (Overview and Scrutiny) Regulations 2009', 'Due on the date named in the request.', 'open', '2020-01-06T10:00:00.000Z'
     FROM ${series} AS s`,
    [councilId, authorityId],
  );
  await db.query(
    `INSERT INTO reminders (id, council_id, obligation_id, stage, level, copy_coordinator, copy_chair, due_at, status, attempts)
     SELECT ${id(1)}, ${p(1)}, ${id(0)}, 'due', 0, ${no}, ${no}, CASE WHEN ${isDue} THEN '${DUE_AT}' ELSE '${LATER_AT}' END, 'pending', 0
     FROM ${series} AS s`,
    [councilId],
  );
  await db.query(dialect === 'sqlite' ? 'ANALYZE' : 'ANALYZE obligations; ANALYZE reminders');
}
