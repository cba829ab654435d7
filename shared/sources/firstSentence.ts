// Words that end with a period without ending the sentence ("U.S. President", "Mr. Trump").
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof st jr sr gen gov sen rep lt col capt sgt no vs approx inc ltd co corp mt ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec им ул г гг т тыс млн'
  ).split(' '),
);

/** The first sentence of a paragraph, or the whole paragraph when it has one sentence. */
export function firstSentence(paragraph: string): string {
  const end = /[.!?…]+["'”’»)]*(?=\s)/gu;
  for (let m = end.exec(paragraph); m; m = end.exec(paragraph)) {
    const before = paragraph.slice(0, m.index);
    const word = before.slice(before.search(/\S+$/u));
    const isAbbreviation =
      m[0].startsWith('.') &&
      (/^\p{L}$/u.test(word) ||
        /\p{L}\.\p{L}/u.test(word) ||
        ABBREVIATIONS.has(word.toLowerCase()));
    const next = paragraph.slice(m.index + m[0].length).trimStart();
    // A sentence ends before a capital, a digit or an opening quote, not before "and" or "a".
    if (!isAbbreviation && /^[\p{Lu}\p{N}"'“‘«(]/u.test(next))
      return paragraph.slice(0, m.index + m[0].length);
  }
  return paragraph;
}
