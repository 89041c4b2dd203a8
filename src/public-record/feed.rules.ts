import { Feed } from 'feed';
import { escapeHtml } from '../common/http/html.js';

/** One thing the council published, as the public record's feed lists it. */
export interface Published {
  kind: 'agenda' | 'minutes' | 'work-plan-change' | 'forward-plan' | 'annual-report';
  /** Stable for the thing, so a reader never sees it twice: the record's own id. */
  key: string;
  title: string;
  summary: string;
  /** The public page it is on, from the site's root ("/public/dartford/meetings/…"). */
  path: string;
  at: Date;
}

/** How many entries the feed carries: enough for a reader who looks in once a month. */
export const FEED_LENGTH = 50;

/**
 * The public record as an Atom 1.0 feed (RFC 4287): newest first, each entry with a tag URI of its
 * own (RFC 4151) and the page it is on. The feed is dated by its newest entry, never by the time it
 * was asked for, so it reads the same until something is published and a reader asking again gets 304.
 */
export function publishedFeed(record: { council: string; slug: string; baseUrl: string; domain: string; since: string; published: Published[] }): string {
  const newest = [...record.published].sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key)).slice(0, FEED_LENGTH);
  const home = `${record.baseUrl}/public/${record.slug}`;
  const feed = new Feed({
    id: `tag:${record.domain},${record.since}:${record.slug}`,
    title: `${record.council}: crime and disorder scrutiny`,
    description: 'Agendas, minutes, work plan changes, forward plan notices and annual reports, as they are published.',
    link: home,
    feedLinks: { atom: `${home}/feed.atom` },
    language: 'en-GB',
    updated: newest[0]?.at ?? new Date(`${record.since}-01-01T00:00:00Z`),
    author: { name: record.council },
    copyright: `${record.council}`,
    generator: 'Scrutineer',
  });
  for (const p of newest) {
    // The library marks titles and summaries as HTML: plain text goes in escaped, so a reader shows it as written.
    feed.addItem({
      id: `tag:${record.domain},${record.since}:${record.slug}/${p.kind}/${p.key}`,
      title: escapeHtml(p.title),
      link: `${record.baseUrl}${p.path}`,
      date: p.at,
      description: escapeHtml(p.summary),
    });
  }
  return feed.atom1();
}
