import { z } from './zod.js';
import { Id } from './ids.js';
import { PartialDate } from './partialDate.js';
import { CASE_STATUSES } from './caseStatuses.js';
import { currentStatusOf, displayNameOf, sortedStatusHistory } from './caseFileViews.js';

/**
 * A case file: everything the archive knows about one prisoner. Lists hold entries with
 * their own ids, so that a citation can point at one entry (one sentence, one period of
 * detention) and a merge can tell an added entry from an edited one.
 */

const text = (max: number) => z.string().max(max);
const optionalDate = PartialDate.nullable();

/** The script a name is written in. Belarusian and Russian Cyrillic spell one name differently. */
export const NameScript = z.enum(['be', 'ru', 'latin', 'other']);
export type NameScript = z.infer<typeof NameScript>;

export const NameEntry = z.object({
  id: Id,
  text: text(300).min(1),
  script: NameScript,
  /** 'primary': the name as the person's own language writes it in that script. */
  kind: z.enum(['primary', 'alias']),
});
export type NameEntry = z.infer<typeof NameEntry>;

export { CASE_STATUSES };
export const CaseStatus = z.enum(CASE_STATUSES);
export type CaseStatus = z.infer<typeof CaseStatus>;

export const StatusEntry = z.object({
  id: Id,
  status: CaseStatus,
  date: optionalDate,
  note: text(2000),
});
export type StatusEntry = z.infer<typeof StatusEntry>;

/** An event on the timeline that is not a change of status (a raid, a transfer, a hearing). */
export const TimelineEvent = z.object({
  id: Id,
  date: optionalDate,
  text: text(2000).min(1),
});
export type TimelineEvent = z.infer<typeof TimelineEvent>;

export const Affiliation = z.object({
  id: Id,
  name: text(300).min(1),
  role: text(300),
});
export type Affiliation = z.infer<typeof Affiliation>;

/** One article of a criminal code, e.g. Belarus CC art. 293 part 1. */
export const CodeArticle = z.object({
  /** Which code: 'BY-CC' is the Criminal Code of the Republic of Belarus. */
  code: text(40).min(1),
  article: z
    .string()
    .regex(/^\d{1,4}(\.\d{1,3})?$/, { message: 'must be an article number such as 293 or 361.1' }),
  part: z
    .string()
    .regex(/^\d{1,2}$/, { message: 'must be a part number' })
    .nullable(),
});
export type CodeArticle = z.infer<typeof CodeArticle>;

export const SENTENCE_REGIMES = [
  'general',
  'enhanced',
  'strict',
  'special',
  'prison',
  'colony_settlement',
  'restricted_freedom',
  'other',
] as const;

export const Sentence = z.object({
  /** Term of imprisonment in months (14 years = 168); null when not (yet) known. */
  months: z.number().int().min(0).max(1200).nullable(),
  regime: z.enum(SENTENCE_REGIMES).nullable(),
  /** The sentence as a source words it, when it does not fit the fields above. */
  text: text(1000),
});
export type Sentence = z.infer<typeof Sentence>;

export const Fine = z.object({
  amount: z.number().min(0).nullable(),
  currency: text(10),
  text: text(500),
});
export type Fine = z.infer<typeof Fine>;

/** One prosecution. A person may be tried several times (Statkevich: 2011 and 2021). */
export const LegalCase = z.object({
  id: Id,
  articles: z.array(CodeArticle).max(100),
  charges: z.array(text(1000).min(1)).max(100),
  court: text(500),
  arrestDate: optionalDate,
  verdictDate: optionalDate,
  sentence: Sentence.nullable(),
  fines: z.array(Fine).max(50),
  note: text(5000),
});
export type LegalCase = z.infer<typeof LegalCase>;

export const DetentionPlace = z.object({
  id: Id,
  place: text(500).min(1),
  from: optionalDate,
  to: optionalDate,
  note: text(2000),
});
export type DetentionPlace = z.infer<typeof DetentionPlace>;

export const Gender = z.enum(['female', 'male', 'other']);
export type Gender = z.infer<typeof Gender>;

export const CaseFile = z.object({
  id: Id,
  names: z.array(NameEntry).min(1).max(200),
  birthDate: optionalDate,
  gender: Gender.nullable(),
  occupation: text(1000),
  affiliations: z.array(Affiliation).max(200),
  statusHistory: z.array(StatusEntry).max(500),
  events: z.array(TimelineEvent).max(2000),
  legalCases: z.array(LegalCase).max(100),
  detention: z.array(DetentionPlace).max(500),
  tagIds: z.array(Id).max(500),
  /** SHA-256 of a photo kept in the attachments table, if there is one. */
  photoSha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .nullable(),
});
export type CaseFile = z.infer<typeof CaseFile>;

/**
 * The parts of a case file a citation can back. A scalar field is cited as a whole;
 * a list field is cited entry by entry (entryId).
 */
export const CASE_FACT_FIELDS = [
  'names',
  'birthDate',
  'gender',
  'occupation',
  'affiliations',
  'statusHistory',
  'events',
  'legalCases',
  'detention',
] as const;
export const CaseFactField = z.enum(CASE_FACT_FIELDS);
export type CaseFactField = z.infer<typeof CaseFactField>;

export const LIST_FACT_FIELDS: ReadonlySet<CaseFactField> = new Set([
  'names',
  'affiliations',
  'statusHistory',
  'events',
  'legalCases',
  'detention',
]);

export const FactRef = z
  .object({
    field: CaseFactField,
    entryId: Id.nullable(),
  })
  .refine((f) => LIST_FACT_FIELDS.has(f.field) === (f.entryId !== null), {
    message: 'a list field is cited by entry, a single field without one',
  });
export type FactRef = z.infer<typeof FactRef>;

export { currentStatusOf, displayNameOf, sortedStatusHistory };
