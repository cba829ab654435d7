/** Orders partial dates chronologically; "2021" before "2021-12" before "2021-12-14". */
export function comparePartialDates(a: string, b: string): number {
  const len = Math.min(a.length, b.length);
  const head = a.slice(0, len).localeCompare(b.slice(0, len));
  return head !== 0 ? head : a.length - b.length;
}
