import type { JobsOptions } from 'bullmq';

/**
 * Every queue and job of the app, in one place: their names, and the options each job is added with.
 * A leaf: it imports no module of the app, so any module may name its jobs from here. Ids come from
 * `jobId` (common/queue/queues.ts): the same logical job always gets the same id.
 */
export const QUEUES = {
  /** The scheduled sweeps, one job per sweep per tick. */
  sweeps: 'sweeps',
  /** E-mails sent once: reminders and weekly digests. */
  deliveries: 'deliveries',
  annualReports: 'annual-reports',
} as const;

export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** A message that must go: tried again with backoff; a finished job is kept a day to dedupe its id. */
const SENT_ONCE: JobsOptions = {
  attempts: 4,
  backoff: { type: 'exponential', delay: 30_000 },
  removeOnComplete: { age: 24 * 3600 },
  removeOnFail: { age: 7 * 24 * 3600 },
};

export const JOBS = {
  /** A page of a sweep's due reminders, sent together (`reminderIds`). */
  sendReminders: { queue: QUEUES.deliveries, name: 'send-reminders', options: SENT_ONCE },
  /** One reminder: the jobs sweeps added before reminders went by the page, still in a queue at an upgrade. */
  sendReminder: { queue: QUEUES.deliveries, name: 'send-reminder', options: SENT_ONCE },
  sendDigest: { queue: QUEUES.deliveries, name: 'send-digest', options: SENT_ONCE },
  compileAnnualReport: { queue: QUEUES.annualReports, name: 'compile-annual-report', options: { removeOnComplete: { age: 3600 }, removeOnFail: { age: 24 * 3600 } } },
} as const satisfies Record<string, { queue: QueueName; name: string; options: JobsOptions }>;

/**
 * The scheduled sweeps. Each is a job of its own, added at every tick with the tick in its id (so
 * replicas' ticks collapse into one job): one that fails is retried on its own and holds up none of
 * the others.
 */
export const SWEEPS = {
  reminders: 'sweep-reminders',
  digests: 'sweep-digests',
  drawDownReminders: 'sweep-draw-down-reminders',
  annualReports: 'sweep-annual-reports',
  outbox: 'sweep-outbox',
} as const;

export type SweepName = (typeof SWEEPS)[keyof typeof SWEEPS];

/**
 * The sweeps that go council by council. The tick's job of such a sweep only adds one job per council
 * (`<sweep>_<tick>_<councilId>`), each retried on its own: a council whose sweep fails holds up no
 * other council, and each job's cost follows that council's work due. The outbox is swept whole, in
 * pages of the messages due.
 */
export const COUNCIL_SWEEPS: readonly SweepName[] = [SWEEPS.reminders, SWEEPS.digests, SWEEPS.drawDownReminders, SWEEPS.annualReports];

export const SWEEP_OPTIONS: JobsOptions = {
  attempts: 3,
  backoff: { type: 'exponential', delay: 10_000 },
  removeOnComplete: { age: 3600 },
  removeOnFail: { age: 24 * 3600 },
};
