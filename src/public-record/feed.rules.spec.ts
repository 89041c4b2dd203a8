import { describe, expect, it } from '@jest/globals';
import { FEED_LENGTH, type Published, publishedFeed } from './feed.rules.js';

const entry = (n: number, over: Partial<Published> = {}): Published => ({
  kind: 'agenda',
  key: `meeting-${n}`,
  title: `Agenda published: meeting ${n}`,
  summary: 'The agenda of the meeting.',
  path: `/public/dartford/meetings/${n}`,
  at: new Date(Date.UTC(2017, 0, n)),
  ...over,
});
const record = (published: Published[]) => ({ council: 'Dartford Borough Council', slug: 'dartford', baseUrl: 'https://scrutiny.example.org', domain: 'scrutiny.example.org', since: '2026', published });

describe('the public record as an Atom feed', () => {
  it('lists the newest first, each with a tag URI of its own and the page it is on, and is dated by the newest', () => {
    const atom = publishedFeed(record([entry(1), entry(3, { kind: 'minutes', title: 'Minutes approved & <published>' }), entry(2)]));
    expect(atom).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
    expect(atom).toContain('<updated>2017-01-03T00:00:00.000Z</updated>');
    const ids = [...atom.matchAll(/<id>(tag:[^<]+)<\/id>/g)].map((m) => m[1]);
    expect(ids).toEqual(['tag:scrutiny.example.org,2026:dartford', 'tag:scrutiny.example.org,2026:dartford/minutes/meeting-3', 'tag:scrutiny.example.org,2026:dartford/agenda/meeting-2', 'tag:scrutiny.example.org,2026:dartford/agenda/meeting-1']);
    expect(atom).toContain('href="https://scrutiny.example.org/public/dartford/meetings/3"');
    // Marked as HTML by the library, so the text is escaped once: a reader shows it as written.
    expect(atom).toContain('<title type="html"><![CDATA[Minutes approved &#38; &#60;published&#62;]]></title>');
  });

  it('reads the same when nothing new is published, whenever it is asked for', () => {
    const published = [entry(1), entry(2)];
    expect(publishedFeed(record(published))).toBe(publishedFeed(record([...published].reverse())));
  });

  it(`keeps the newest ${FEED_LENGTH}`, () => {
    const atom = publishedFeed(record(Array.from({ length: FEED_LENGTH + 10 }, (_, i) => entry(i + 1))));
    expect(atom.match(/<entry>/g)).toHaveLength(FEED_LENGTH);
    expect(atom).not.toContain('meeting-10<');
    expect(atom).toContain('dartford/agenda/meeting-60<');
  });
});
