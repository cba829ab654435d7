import { describe, expect, it } from 'vitest';
import { markdownMetadata } from './markdownMetadata.js';

describe('markdownMetadata', () => {
  it('reads YAML front matter', () => {
    const md = [
      '---',
      'title: "Statkevich refuses to cross into Lithuania"',
      "author: 'Yuras Karmanau'",
      'date: 2025-09-11T10:00:00Z',
      'publisher: Associated Press',
      'url: https://apnews.com/article/belarus',
      'tags:',
      '  - belarus',
      '---',
      '',
      '# Another heading',
      '',
      'Text.',
    ].join('\n');
    expect(markdownMetadata(md, 'f')).toEqual({
      title: 'Statkevich refuses to cross into Lithuania',
      author: 'Yuras Karmanau',
      date: '2025-09-11',
      publisher: 'Associated Press',
      url: 'https://apnews.com/article/belarus',
    });
  });

  it('joins a list of authors and refuses a non-http URL', () => {
    const md = '---\nauthors:\n  - Jane Doe\n  - John Smith\nurl: javascript:alert(1)\n---\nText.';
    expect(markdownMetadata(md, 'f')).toMatchObject({ author: 'Jane Doe, John Smith', url: '' });
  });

  it('takes the first level-one heading as the title, without its markup', () => {
    expect(markdownMetadata('Intro line\n\n# Ігар **Лосік** freed\n\nText.', 'f').title).toBe(
      'Ігар Лосік freed',
    );
    expect(markdownMetadata('```\n# not a heading\n```\n\n# Real one\n', 'f').title).toBe(
      'Real one',
    );
    expect(markdownMetadata('Setext title\n============\n\nText.', 'f').title).toBe('Setext title');
  });

  it('falls back to the plain text rules on the text without markup', () => {
    expect(
      markdownMetadata('*By JANE DOE*\n\nFirst **sentence** here. Second.', 'f'),
    ).toMatchObject({
      author: 'Jane Doe',
      title: 'First sentence here.',
    });
    expect(markdownMetadata('date 2025-09-11 Text.', 'f').date).toBe('2025-09-11');
  });
});
