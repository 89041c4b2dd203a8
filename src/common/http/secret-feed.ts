import type { Response } from 'express';

/**
 * A calendar behind a secret address (the address is its only credential): private to the one
 * cache of the subscriber, refreshed within five minutes, and its address never sent on as a referrer.
 */
export function sendSecretCalendar(response: Response, calendar: string): void {
  response
    .status(200)
    .set({ 'Content-Type': 'text/calendar; charset=utf-8', 'Cache-Control': 'private, max-age=300', 'Referrer-Policy': 'no-referrer' })
    .send(calendar);
}
