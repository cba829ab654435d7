/**
 * A case file's possible statuses, in the order the interface lists them. Apart from the
 * schema (caseFile.ts) so that code which only needs the list, such as the search worker's
 * query parser, does not load zod with it.
 */
export const CASE_STATUSES = [
  'detained',
  'convicted',
  'held_incommunicado',
  'released',
  'pardoned',
  'forcibly_exiled',
  'died_in_custody',
  'whereabouts_unknown',
] as const;
