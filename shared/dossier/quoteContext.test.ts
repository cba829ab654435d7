import { describe, expect, it } from 'vitest';
import { selectorForQuote } from '../anchoring/anchorSelector.js';
import { quoteContext } from './quoteContext.js';

const text =
  'Also among those released was Ihar Losik, a journalist for U.S. government-funded broadcaster Radio Free Europe.';

function select(quote: string) {
  const s = selectorForQuote(text, quote);
  if (!s) throw new Error(`not in the text: ${quote}`);
  return s;
}

describe('quoteContext', () => {
  it('trims the context to whole words and marks where the text goes on', () => {
    expect(quoteContext(select('a journalist for U.S.'))).toEqual({
      before: '…those released was Ihar Losik, ',
      after: ' government-funded broadcaster…',
    });
  });

  it('puts no ellipsis where the quote starts or ends the text', () => {
    expect(quoteContext(select('Also among')).before).toBe('');
    expect(quoteContext(select('Radio Free Europe.')).after).toBe('');
  });

  it('turns line breaks in the context into spaces', () => {
    expect(quoteContext({ prefix: 'a\n\nb ', suffix: '\nc' })).toEqual({
      before: 'a b ',
      after: ' c',
    });
  });
});
