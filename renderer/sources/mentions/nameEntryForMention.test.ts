import { describe, expect, it } from 'vitest';
import type { NameEntry } from '../../../shared/model/index.js';
import { nameEntryForMention } from './nameEntryForMention';

const NAMES: NameEntry[] = [
  { id: 'lat', text: 'Mikalai Statkevich', script: 'latin', kind: 'primary' },
  { id: 'be', text: 'Мікалай Статкевіч', script: 'be', kind: 'primary' },
  { id: 'ru', text: 'Николай Статкевич', script: 'ru', kind: 'primary' },
  { id: 'nik', text: 'Nikolai Statkevich', script: 'latin', kind: 'alias' },
];

describe('nameEntryForMention', () => {
  it('picks the entry spelled like the mention', () => {
    expect(nameEntryForMention(NAMES, 'Nikolai Statkevich')?.id).toBe('nik');
    expect(nameEntryForMention(NAMES, 'Мікалай Статкевіч')?.id).toBe('be');
  });

  it('picks an entry that sounds alike, in the mention’s script, for other spellings', () => {
    expect(nameEntryForMention(NAMES, 'Статкевича')?.id).toBe('ru');
    expect(nameEntryForMention(NAMES, 'Statkievič')?.id).toBe('lat');
  });

  it('falls back to a primary name', () => {
    expect(nameEntryForMention(NAMES, 'Someone Else')?.kind).toBe('primary');
    expect(nameEntryForMention([], 'Statkevich')).toBeUndefined();
  });
});
