import { describe, expect, it } from 'vitest';
import { NameIndex } from '../../shared/names/index.js';
import { SEARCH_INDEX_VERSION, SearchIndex } from '../../shared/search/index.js';
import { isCurrentMeta, newSavedMeta, savedNamesOf, savedStampOf } from './savedIndexMeta';

const people = () => {
  const index = SearchIndex.create();
  index.add({
    kind: 'case',
    id: 'losik',
    names: [{ text: 'Ihar Losik' }],
    title: 'Ihar Losik',
    text: '',
    status: null,
    statusDates: [],
    tagIds: [],
    tagNames: [],
    articles: [],
  });
  return index.toJSON();
};

describe('the saved index’s meta row', () => {
  it('gives the names part of a current save, restorable', () => {
    const names = savedNamesOf(newSavedMeta(), people());
    expect(names).not.toBeNull();
    expect(
      NameIndex.fromJSON(names as NonNullable<typeof names>).search('Losik')[0]?.personId,
    ).toBe('losik');
  });

  it('gives nothing for a save by an earlier version, so it is rebuilt, never misread', () => {
    const previous = { ...newSavedMeta(), searchIndexVersion: SEARCH_INDEX_VERSION - 1 };
    expect(isCurrentMeta(previous)).toBe(false);
    expect(savedNamesOf(previous, people())).toBeNull();
    expect(savedStampOf(previous)).toBeNull();
    const oldPart = { ...people(), version: SEARCH_INDEX_VERSION - 1 };
    expect(savedNamesOf(newSavedMeta(), oldPart)).toBeNull();
    expect(() => SearchIndex.fromJSON(oldPart)).toThrow(/another version/u);
  });

  it('stamps every save differently', () => {
    expect(savedStampOf(newSavedMeta())).not.toBe(savedStampOf(newSavedMeta()));
  });
});
