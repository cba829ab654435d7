/** Edits tolerated in a word of `length` letters: none below 4, one up to 7, two from 8. */
export function editBudget(length: number): number {
  if (length < 4) return 0;
  return length <= 7 ? 1 : 2;
}
