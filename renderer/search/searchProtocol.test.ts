import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CASE_STATUSES } from '../../shared/model/caseStatuses.js';
import { parseToWorker, type ToWorker } from './searchProtocol';

const refused = (data: unknown) => {
  const parsed = parseToWorker(data);
  return 'error' in parsed ? parsed.error : null;
};

/** Every message the window may send, built from the protocol's own grammar. */
const toWorker: fc.Arbitrary<ToWorker> = fc.oneof(
  fc.record(
    {
      type: fc.constant('open' as const),
      archive: fc.string({ minLength: 1 }),
      ahead: fc.boolean(),
    },
    { requiredKeys: ['type', 'archive'] },
  ),
  fc.record(
    {
      type: fc.constant('search' as const),
      id: fc.integer(),
      text: fc.string(),
      filters: fc.record(
        {
          statuses: fc.array(fc.constantFrom(...CASE_STATUSES)),
          tags: fc.array(fc.string()),
          articles: fc.array(
            fc.record({ article: fc.string(), part: fc.option(fc.string(), { nil: null }) }),
          ),
          publishers: fc.array(fc.string()),
          from: fc.string(),
          to: fc.string(),
          groups: fc.array(fc.constantFrom('cases' as const, 'sources' as const, 'notes' as const)),
        },
        { requiredKeys: [] },
      ),
      limit: fc.integer({ min: 1, max: 1000 }),
      crossScript: fc.boolean(),
    },
    { requiredKeys: ['type', 'id', 'text'] },
  ),
  fc.constant({ type: 'changed' as const }),
  fc.record({ type: fc.constant('settle' as const), id: fc.integer(), save: fc.boolean() }),
);

describe('the search worker reads its messages', () => {
  it('takes every well-formed message as it was sent', () => {
    fc.assert(
      fc.property(toWorker, (message) => {
        expect(parseToWorker(message)).toEqual(message);
      }),
    );
  });

  it('answers anything at all with a message or a reason, never by throwing', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withObjectString: true }), (data) => {
        const parsed = parseToWorker(data);
        if ('error' in parsed) expect(parsed.error.length).toBeGreaterThan(0);
        else expect(['open', 'search', 'changed', 'settle']).toContain(parsed.type);
      }),
    );
  });

  it.each([
    ['no type', { archive: 'kartoteka' }],
    ['an unknown type', { type: 'drop', archive: 'kartoteka' }],
    ['an open without an archive', { type: 'open', archive: '' }],
    ['a search id that is not an integer', { type: 'search', id: 1.5, text: 'x' }],
    ['a search without its text', { type: 'search', id: 1 }],
    ['a limit of 0', { type: 'search', id: 1, text: 'x', limit: 0 }],
    ['a limit over 1,000', { type: 'search', id: 1, text: 'x', limit: 1001 }],
    [
      'a status the model does not have',
      { type: 'search', id: 1, text: 'x', filters: { statuses: ['lost'] } },
    ],
    [
      'a filter the worker does not know',
      { type: 'search', id: 1, text: 'x', filters: { colour: 'red' } },
    ],
    [
      'a group that does not exist',
      { type: 'search', id: 1, text: 'x', filters: { groups: ['people'] } },
    ],
    ['a settle without save', { type: 'settle', id: 3 }],
  ])('refuses %s', (_what, data) => {
    expect(refused(data)).toEqual(expect.any(String));
  });
});
