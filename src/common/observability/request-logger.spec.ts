import { describe, expect, it } from '@jest/globals';
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { RequestLog } from './request-logger.js';

/** A root logger writing its lines into an array, as the app's writes them to standard output. */
function rootWritingTo(lines: Record<string, unknown>[], level = 'info') {
  const stream = new Writable({
    write(chunk, _encoding, done) {
      lines.push(JSON.parse(String(chunk)) as Record<string, unknown>);
      done();
    },
  });
  return pino({ level }, stream);
}

describe('a request’s logger', () => {
  it('writes each line with the request’s id, its arguments as pino takes them', () => {
    const lines: Record<string, unknown>[] = [];
    const log = new RequestLog(rootWritingTo(lines), 'probe-5');
    log.warn('No sign-in link sent');
    log.info({ context: 'SignInService' }, 'Sent %s', 'a message');
    log.error(new Error('broken'));
    expect(lines.map(({ level, reqId, msg, context }) => ({ level, reqId, msg, context }))).toEqual([
      { level: 40, reqId: 'probe-5', msg: 'No sign-in link sent', context: undefined },
      { level: 30, reqId: 'probe-5', msg: 'Sent a message', context: 'SignInService' },
      { level: 50, reqId: 'probe-5', msg: 'broken', context: undefined },
    ]);
  });

  it('writes nothing below the root’s level, and its children keep the id with their own bindings', () => {
    const lines: Record<string, unknown>[] = [];
    const log = new RequestLog(rootWritingTo(lines, 'warn'), 'probe-6');
    log.info('not written');
    log.debug('not written');
    log.child({ councilId: 'c1' }).warn('written');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ reqId: 'probe-6', councilId: 'c1', msg: 'written' });
  });
});
