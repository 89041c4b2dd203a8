import { describe, expect, it } from '@jest/globals';
import { IsIn, IsString, Length } from 'class-validator';
import { IsIsoDate } from '../http/validators.js';
import { ConflictError, InvalidInputError } from '../errors/domain-errors.js';
import { checkForm, dateFromParts, dateParts, linesOf, listOf, problemsAsErrors, submitForm, timeFromText } from './forms.js';

class Sample {
  @IsString() @Length(1, 20) subject: string;
  @IsIsoDate() issuedOn: string;
  @IsIn(['a', 'b']) kind: string;
}

const fields = {
  subject: { label: 'Subject', message: 'Enter the subject' },
  issuedOn: { label: 'Date issued', anchor: 'issuedOn-day' },
  kind: { label: 'What is asked' },
};

describe('checking a page form with the API’s own DTO', () => {
  it('passes a good form, typed', async () => {
    const checked = await checkForm(Sample, { subject: 'Encampments', issuedOn: '2017-07-26', kind: 'a' }, fields);
    expect(checked.errors).toBeNull();
    expect(checked.value).toBeInstanceOf(Sample);
  });

  it('gives one message per bad field, in the page’s words, linked to the field', async () => {
    const checked = await checkForm(Sample, { subject: '', issuedOn: '2017-02-30', kind: 'c' }, fields);
    expect(checked.errors!.list).toEqual([
      { text: 'Enter the subject', href: '#subject' },
      { text: expect.stringMatching(/^Date issued: /), href: '#issuedOn-day' },
      { text: expect.stringMatching(/^What is asked: /), href: '#kind' },
    ]);
    expect(checked.errors!.byField.subject).toEqual({ text: 'Enter the subject' });
  });
});

describe('problems the service found', () => {
  it('are put against the field they name, with its label', () => {
    const errors = problemsAsErrors(['dueOn is computed for a recommendation; leave it out', 'issuedOn: Wed 1 August 2018 is still to come', 'the council has no authorities'], {
      dueOn: { label: 'Due date', anchor: 'dueOn-day' },
      issuedOn: { label: 'Date issued' },
    });
    expect(errors.list).toEqual([
      { text: 'Due date is computed for a recommendation; leave it out', href: '#dueOn-day' },
      { text: 'Date issued: Wed 1 August 2018 is still to come', href: '#issuedOn' },
      { text: 'The council has no authorities', href: '#main-content' },
    ]);
  });

  it('are said in the page’s own words where it has them', () => {
    expect(problemsAsErrors(['authorityId: who gave the undertaking is required'], { authorityId: { label: 'Who', message: 'Select who gave the undertaking' } }).list).toEqual([
      { text: 'Select who gave the undertaking', href: '#authorityId' },
    ]);
  });
});

describe('dates typed in day, month and year boxes', () => {
  it('become ISO dates, or stay as typed for the validator to refuse', () => {
    expect(dateFromParts({ 'd-day': '26', 'd-month': '7', 'd-year': '2017' }, 'd')).toBe('2017-07-26');
    expect(dateFromParts({ 'd-day': ' 1 ', 'd-month': '08', 'd-year': '2017' }, 'd')).toBe('2017-08-01');
    expect(dateFromParts({}, 'd')).toBeUndefined();
    expect(dateFromParts({ 'd-day': '31', 'd-month': 'x', 'd-year': '17' }, 'd')).toBe('17-x-31');
    expect(dateParts('2017-07-26')).toEqual({ day: '26', month: '7', year: '2017' });
    expect(dateParts(null)).toEqual({ day: '', month: '', year: '' });
  });
});

describe('lists in forms', () => {
  it('reads one recommendation per line and checkboxes however many were ticked', () => {
    expect(linesOf('That A\r\n\n  That B  \n')).toEqual(['That A', 'That B']);
    expect(linesOf(undefined)).toEqual([]);
    expect(listOf('x')).toEqual(['x']);
    expect(listOf(['x', 'y'])).toEqual(['x', 'y']);
    expect(listOf(undefined)).toEqual([]);
  });
});

describe('times typed into a form', () => {
  it('reads the ways people write a time of day', () => {
    expect(timeFromText('7pm')).toBe('19:00');
    expect(timeFromText('7.30 pm')).toBe('19:30');
    expect(timeFromText('19:00')).toBe('19:00');
    expect(timeFromText('1930')).toBe('19:30');
    expect(timeFromText('12pm')).toBe('12:00');
    expect(timeFromText('12am')).toBe('00:00');
    expect(timeFromText('midday')).toBe('12:00');
  });

  it('refuses what is not a time', () => {
    for (const text of ['', '7', '25:00', '13pm', '19:75', 'evening', undefined]) expect(timeFromText(text)).toBeNull();
  });
});

describe('submitting a form', () => {
  const good = { subject: 'Encampments', issuedOn: '2017-07-26', kind: 'a' };

  it('makes the change with the checked value', async () => {
    expect(await submitForm(Sample, good, fields, async (value) => value.subject)).toEqual({ done: 'Encampments', errors: null });
  });

  it('makes no change when the form is bad', async () => {
    let made = false;
    const result = await submitForm(Sample, { ...good, subject: '' }, fields, async () => (made = true));
    expect(made).toBe(false);
    expect(result.errors!.list[0]).toEqual({ text: 'Enter the subject', href: '#subject' });
  });

  it('puts what the service refused back on the form, and lets any other failure through', async () => {
    expect((await submitForm(Sample, good, fields, () => Promise.reject(new InvalidInputError(['issuedOn: is still to come'])))).errors!.list).toEqual([{ text: 'Date issued: is still to come', href: '#issuedOn-day' }]);
    expect((await submitForm(Sample, good, fields, () => Promise.reject(new ConflictError('The minutes are approved')))).errors!.list).toEqual([{ text: 'The minutes are approved', href: '#subject' }]);
    await expect(submitForm(Sample, good, fields, () => Promise.reject(new Error('disk full')))).rejects.toThrow('disk full');
  });
});
