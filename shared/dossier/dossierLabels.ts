import type {
  CaseStatus,
  CodeArticle,
  Fine,
  Gender,
  NameEntry,
  Sentence,
} from '../model/caseFile.js';

/** The words a dossier prints for the model's codes. English, like the interface for now. */

export const STATUS_LABELS: Readonly<Record<CaseStatus, string>> = {
  detained: 'Detained',
  convicted: 'Convicted',
  held_incommunicado: 'Held incommunicado',
  released: 'Released',
  pardoned: 'Pardoned',
  forcibly_exiled: 'Forcibly exiled',
  died_in_custody: 'Died in custody',
  whereabouts_unknown: 'Whereabouts unknown',
};

const SCRIPT_LABELS: Readonly<Record<NameEntry['script'], string>> = {
  be: 'Belarusian',
  ru: 'Russian',
  latin: 'Latin',
  other: 'Other script',
};

/** "Belarusian", "Russian", "Latin"; an alias says so: "Alias (Latin)". */
export function nameLabel(name: Pick<NameEntry, 'script' | 'kind'>): string {
  const script = SCRIPT_LABELS[name.script];
  return name.kind === 'alias' ? `Alias (${script})` : script;
}

/** BCP 47 tag of a name's script, so hyphenation and copy-paste know the language. */
export function nameLang(name: Pick<NameEntry, 'script'>): string | null {
  return name.script === 'be' ? 'be' : name.script === 'ru' ? 'ru' : null;
}

export const GENDER_LABELS: Readonly<Record<Gender, string>> = {
  female: 'Female',
  male: 'Male',
  other: 'Other',
};

type Regime = NonNullable<Sentence['regime']>;

const REGIME_LABELS: Readonly<Record<Regime, string>> = {
  general: 'general-regime colony',
  enhanced: 'enhanced-regime colony',
  strict: 'strict-regime colony',
  special: 'special-regime colony',
  prison: 'prison',
  colony_settlement: 'open colony (colony-settlement)',
  restricted_freedom: 'restricted freedom',
  other: 'other regime',
};

const CODE_NAMES: Readonly<Record<string, string>> = {
  'BY-CC': 'Criminal Code of the Republic of Belarus',
  'BY-CAO': 'Code of Administrative Offences of the Republic of Belarus',
  'RU-CC': 'Criminal Code of the Russian Federation',
};

/** The full name of a code identifier, or the identifier itself when we do not know it. */
export function codeName(code: string): string {
  return CODE_NAMES[code] ?? code;
}

/** "Art. 293 part 1"; the code is printed once per case, beside it. */
export function formatArticle(a: CodeArticle): string {
  return a.part ? `Art. ${a.article} part ${a.part}` : `Art. ${a.article}`;
}

/** 168 → "14 years"; 78 → "6 years 6 months"; 0 → "no imprisonment". */
export function formatMonths(months: number): string {
  if (months === 0) return 'no imprisonment';
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const parts: string[] = [];
  if (years > 0) parts.push(`${years} ${years === 1 ? 'year' : 'years'}`);
  if (rest > 0) parts.push(`${rest} ${rest === 1 ? 'month' : 'months'}`);
  return parts.join(' ');
}

/** "14 years, special-regime colony", or null when the sentence says nothing in fields. */
export function formatSentenceTerm(s: Sentence): string | null {
  const parts: string[] = [];
  if (s.months !== null) parts.push(formatMonths(s.months));
  if (s.regime !== null) parts.push(REGIME_LABELS[s.regime]);
  return parts.length > 0 ? parts.join(', ') : null;
}

/** "2,500 BYN"; null when the fine has no amount (its text may still say something). */
export function formatFineAmount(f: Fine): string | null {
  if (f.amount === null) return null;
  const amount = f.amount.toLocaleString('en-GB', { maximumFractionDigits: 2 });
  return f.currency.trim() ? `${amount} ${f.currency.trim()}` : amount;
}
