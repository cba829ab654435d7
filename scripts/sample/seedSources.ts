import type { SourceMetadata } from '../../shared/sources/sourceImportResult.js';

export interface SeedSourceSpec {
  fileName: string;
  /**
   * Metadata we know better than the importer can read from the file; a field left out is
   * taken as the app's importer reads it. A title in [square brackets] is supplied by us
   * (the archivist's convention): the file carries no headline.
   */
  override: Partial<Pick<SourceMetadata, 'title' | 'publisher' | 'author' | 'date'>>;
  /** Why the date and any override are what they are: for the reviewer, not stored. */
  basis: string;
}

/**
 * The five seed articles. URLs stay empty: we do not know them, and an invented URL would be
 * a false reference.
 */
export const SEED_SOURCES = {
  '000': {
    fileName: '000_fb1d2af23b2e9b55.txt',
    override: {
      title: '[Belarus pardons 18 more prisoners in its rapprochement with the United States]',
      publisher: 'Associated Press',
    },
    basis:
      'Date from the first line "date 2026-03-06". AP: the dateline style, the "(AP Photo/…)" caption and an interview "with The Associated Press". The importer’s title is the truncated first sentence.',
  },
  '001': {
    fileName: '001_261a1afe3da135c9.txt',
    override: { date: '2025-05-07' },
    basis:
      'Pardons announced "on Wednesday" to mark the 80th anniversary of the defeat of Nazi Germany (May 2025); the Wednesday before 9 May 2025 is 7 May. Title, byline and publisher as the importer reads them.',
  },
  '002': {
    fileName: '002_50ca0e70b3cd0c94.txt',
    override: {
      title: '[Belarus releases another 52 prisoners after negotiations with the US]',
      publisher: 'bne IntelliNews',
      date: '2025-09-11',
    },
    basis:
      'BelTA "reported on September 11" and "earlier in the day" the US lifted sanctions on Belavia: the same day and release as seed 004 (2025-09-11). Publisher from "As bne IntelliNews reported".',
  },
  '003': {
    fileName: '003_99a0dc033ab6c9a4.txt',
    override: { publisher: 'Associated Press', date: '2026' },
    basis:
      'Lukashenko "won a seventh term last year", five years after the 2020 protests, so the article is from 2026; no month is given. "AP Brief" is an Associated Press format.',
  },
  '004': {
    fileName: '004_4f51b33c03dd0b8c.txt',
    override: {
      title: '[Belarus releases prisoners as the U.S. eases sanctions on Belavia]',
      author: 'Yuras Karmanau',
    },
    basis:
      'Date from the first line "date 2025-09-11". "Karmanau reported from Barcelona": Yuras Karmanau, the AP writer who signs seed 001.',
  },
} as const satisfies Record<string, SeedSourceSpec>;

export type SeedKey = keyof typeof SEED_SOURCES;
