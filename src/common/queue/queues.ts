/**
 * The id of a job, made from the parts that identify the logical job, so that the same work always
 * gets the same id and BullMQ keeps one copy (`send-reminder_<obligationId>_<stage>`). BullMQ 6
 * forbids `:` in custom ids and ids that are only digits.
 */
export function jobId(name: string, ...parts: (string | number)[]): string {
  const id = [name, ...parts.map(String)].join('_');
  if (id.includes(':')) throw new Error(`A job id may not contain ":" (${id})`);
  if (parts.some((p) => String(p).length === 0)) throw new Error(`A job id part may not be empty (${id})`);
  if (/^\d+$/.test(id)) throw new Error(`A job id may not be only digits (${id})`);
  return id;
}
