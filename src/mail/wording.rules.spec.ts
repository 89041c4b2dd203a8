import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from '@jest/globals';
import { projectDir } from '../common/files/project-dir.js';
import { standardWordingOf, wordingProblems } from './wording.rules.js';

const src = join(projectDir(), 'src');
const read = (name: string) => readFileSync(join(src, name), 'utf8');
const part = (name: string) => {
  try {
    return read(name);
  } catch {
    return undefined;
  }
};
const STANDARD = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.mail.njk'));
const reminder = standardWordingOf(read('reminders/reminder.mail.njk'), part);

describe('a council’s own wording of a message', () => {
  it('may be any standard wording as it ships, every one of them', () => {
    expect(STANDARD.length).toBeGreaterThanOrEqual(20);
    for (const name of STANDARD) {
      const source = read(name);
      expect([name, wordingProblems(source, standardWordingOf(source, part))]).toEqual([name, []]);
    }
  });

  it('may reword, reorder and drop what the standard wording says, with its values, conditions, loops and filters', () => {
    const own = [
      '{# Our own words #}',
      'Subject: {{ obligation.subject | upper }} – please reply by {{ obligation.dueOn | date }}',
      '',
      'Dear colleague at {{ authority }},',
      '{% if escalation %}We have written before:{% for earlier in escalation.before %}',
      '- {{ loop.index }}. {{ earlier.to }}{% endfor %}{% endif %}',
      '{% include "reminders/answer.mail-part.njk" %}',
    ].join('\n');
    expect(wordingProblems(own, reminder)).toEqual([]);
  });

  it('refuses code that would run on the server, and says where', () => {
    expect(wordingProblems('Subject: x\n{{ range.constructor("return process")() }}', reminder)).toEqual([
      "Line 2: a council's wording can call only its own macros",
    ]);
    expect(wordingProblems('Subject: x\n\n{{ obligation.__proto__ }}', reminder)).toEqual(['Line 3: “__proto__” cannot be read from a value']);
    expect(wordingProblems('Subject: {{ authority | safe }}', reminder)[0]).toMatch(/^Line 1: the filter “safe” cannot be used/);
    expect(wordingProblems('Subject: x\n{% include "../../etc/passwd" %}', reminder)[0]).toMatch(/^Line 2: only the parts the standard wording includes can be included/);
    expect(wordingProblems('Subject: x\n{% extends "common/web/layout.njk" %}', reminder)[0]).toMatch(/^Line 2: a council's wording cannot use “extends”/);
  });

  it('names a value the message does not have, so a misspelling is not sent as a blank', () => {
    expect(wordingProblems('Subject: {{ authorty }}', reminder)).toEqual(['Line 1: “authorty” is not a value of this message; the list below names those it has']);
  });

  it('needs its subject line first, and says so', () => {
    expect(wordingProblems('Dear {{ authority }}', reminder)).toEqual(['The wording must begin with a line “Subject: …”, the subject of the e-mail']);
    expect(wordingProblems('{% set greeting = "Dear" %}\n{# note #}\nSubject: {{ greeting }} {{ authority }}', reminder)).toEqual([]);
  });

  it('puts a mistake of syntax by its line, and refuses an empty or overlong wording', () => {
    expect(wordingProblems('Subject: x\n{{ authority }\nmore', reminder)).toEqual(['Line 2: expected variable end – check the {{ }} and {% %} around it']);
    expect(wordingProblems('Subject: x\n{% if authority %}\nno end', reminder)).toEqual(['expected elif, else, or endif, but the wording ended – check the {{ }} and {% %} around it']);
    expect(wordingProblems('  \n', reminder)).toEqual(['Enter the wording of the message']);
    expect(wordingProblems(`Subject: x\n${'a'.repeat(20_001)}`, reminder)).toEqual(['The wording must be at most 20,000 characters']);
  });
});
