import { describe, expect, it } from 'vitest';
import { Id } from '../../shared/model/ids.js';
import { sampleId } from './sampleId.js';

describe('sampleId', () => {
  it('gives the same UUID for the same key on every call', () => {
    expect(sampleId('case:statkevich')).toBe(sampleId('case:statkevich'));
  });

  it('is a version 5, RFC 4122 variant UUID the model accepts', () => {
    const id = sampleId('case:losik');
    expect(Id.safeParse(id).success).toBe(true);
    expect(id[14]).toBe('5');
    expect(['8', '9', 'a', 'b']).toContain(id[19]);
  });

  it('gives different keys different ids', () => {
    const keys = Array.from({ length: 2000 }, (_, i) => `citation:x:names:latin:${i}`);
    expect(new Set(keys.map(sampleId)).size).toBe(keys.length);
  });

  it('is pinned: changing the derivation would change every id in shipped samples', () => {
    // Two archives that opened different generations of the sample must still agree. The
    // value was computed independently: first 16 bytes of SHA-256("kartoteka-sample:actor"),
    // version and variant bits set (Python's uuid module gives the same string).
    expect(sampleId('actor')).toBe('ead0fda4-a150-5709-8ed8-60d80832be33');
  });
});
