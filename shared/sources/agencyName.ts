// News agencies as datelines, bylines and credits abbreviate them, under the name a source
// list should show.
const AGENCIES: ReadonlyMap<string, string> = new Map([
  ['ap', 'Associated Press'],
  ['the associated press', 'Associated Press'],
  ['associated press', 'Associated Press'],
  ['reuters', 'Reuters'],
  ['afp', 'Agence France-Presse'],
  ['agence france-presse', 'Agence France-Presse'],
  ['agence france presse', 'Agence France-Presse'],
]);

/** The full name of a news agency written as `name`, or null when it is not one. */
export function agencyName(name: string): string | null {
  return AGENCIES.get(name.trim().toLowerCase()) ?? null;
}
