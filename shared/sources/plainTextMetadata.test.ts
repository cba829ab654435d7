import { describe, expect, it } from 'vitest';
import { plainTextMetadata } from './plainTextMetadata.js';

const meta = (text: string) => plainTextMetadata(text, 'file-name');

describe('plainTextMetadata', () => {
  it('reads a leading date token without taking it into the title', () => {
    expect(meta(' date 2026-03-06 Lukashenko pardons 18. More text follows here.')).toMatchObject({
      date: '2026-03-06',
      title: 'Lukashenko pardons 18.',
    });
    expect(meta('date: 2025-09-11\nHeadline here\nBody text.')).toMatchObject({
      date: '2025-09-11',
      title: 'Headline here',
    });
  });

  it('ignores a date token that is not a calendar date or not at the start', () => {
    expect(meta('date 2025-02-30 Text.').date).toBeNull();
    expect(meta('Text with date 2025-09-11 inside.').date).toBeNull();
  });

  it('reads a date line under the headline', () => {
    expect(meta('Headline of the story\nSeptember 11, 2025\nBody text.')).toMatchObject({
      title: 'Headline of the story',
      date: '2025-09-11',
    });
    expect(meta('Загаловак навіны\n11 верасня 2025\nТэкст.').date).toBe('2025-09-11');
  });

  it('takes a byline at the top or the bottom, in proper case, with the publisher below it', () => {
    expect(meta('Headline here\nBy JANE DOE\nBody text.')).toMatchObject({
      author: 'Jane Doe',
      publisher: '',
    });
    expect(meta('Headline here\nBody text.\nBy YURAS KARMANAU\nAssociated Press')).toMatchObject({
      author: 'Yuras Karmanau',
      publisher: 'Associated Press',
    });
    expect(meta('By: TA | AP Brief\nHeadline here\nBody text.')).toMatchObject({
      author: 'TA',
      publisher: 'AP Brief',
      title: 'Headline here',
    });
    expect(meta('Headline here\nBy Jane Doe, Reuters\nBody.').publisher).toBe('Reuters');
    expect(meta('Headline here\nBy Jane Doe, John Smith\nBody.')).toMatchObject({
      author: 'Jane Doe, John Smith',
      publisher: '',
    });
    expect(meta('Headline here\nBy The Associated Press\nBody.')).toMatchObject({
      author: '',
      publisher: 'Associated Press',
    });
  });

  it('does not read a sentence that starts with "By" as a byline', () => {
    expect(
      meta('Headline here\nBy the end of the year, 1,100 people were held.\nMore.').author,
    ).toBe('');
    expect(meta('Body text.\nBy then, Statkevich had refused to leave.').author).toBe('');
  });

  it('never takes a photographer from a photo credit as the author', () => {
    const m = meta(
      'Lukashenko arrives in Moscow, Feb. 26, 2026. (AP Photo/Pavel Bednyakov, Pool)\n\nTALLINN – Belarus pardons 18.',
    );
    expect(m.author).toBe('');
    expect(m.publisher).toBe('');
    expect(m.title).toBe('Belarus pardons 18.');
  });

  it('reads the agency from a dateline and from a closing credit', () => {
    expect(meta('TALLINN, Estonia (AP) — Belarus pardoned 42 activists.').publisher).toBe(
      'Associated Press',
    );
    expect(meta('MINSK (Reuters) - Belarus freed 52.').publisher).toBe('Reuters');
    expect(
      meta('Body.\n\nAssociated Press writers Dasha Litvinova in Tallinn contributed.').publisher,
    ).toBe('Associated Press');
    expect(meta('TALLINN – Belarus pardoned 18.').publisher).toBe('');
  });

  it('makes a title of the first sentence, shortened at a word boundary', () => {
    expect(meta('The U.S. envoy John Coale met Lukashenko. Then more.').title).toBe(
      'The U.S. envoy John Coale met Lukashenko.',
    );
    const long = `${'Lukashenko pardoned many more prisoners '.repeat(5)}today.`;
    const title = meta(long).title;
    expect(Array.from(title).length).toBeLessThanOrEqual(121);
    expect(title.endsWith('prisoners…') || title.endsWith('more…') || title.endsWith('many…')).toBe(
      true,
    );
  });

  it('falls back to the file name when nothing else will do', () => {
    expect(meta('By JANE DOE').title).toBe('file-name');
  });
});
