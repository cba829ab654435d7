import type { CaseFactField, CaseFile, FactRef } from '../../shared/model/caseFile.js';
import type { Citation } from '../../shared/model/citation.js';
import type { Id } from '../../shared/model/ids.js';
import type { Note } from '../../shared/model/note.js';
import type { CaseSpec, Cites } from './caseSpec.js';
import type { SeedKey } from './seedSources.js';
import type { TagKey } from './sampleTags.js';
import { citeQuote } from './citeQuote.js';
import { sampleId } from './sampleId.js';

/** What a case needs to know about a seed source to cite it. */
export interface CitableSource {
  id: Id;
  sha256: string;
  text: string;
  fileName: string;
}

export interface CompileContext {
  sources: ReadonlyMap<SeedKey, CitableSource>;
  tagIds: Readonly<Record<TagKey, Id>>;
}

export interface CompiledCase {
  caseFile: CaseFile;
  citations: Citation[];
  notes: Note[];
}

/**
 * Turns an authored case into a case file, its citations and its notes. Every id comes from
 * the case's key plus the entry's key, so the output is the same on every run.
 */
export function compileCase(spec: CaseSpec, ctx: CompileContext): CompiledCase {
  const caseId = sampleId(`case:${spec.key}`);
  const citations: Citation[] = [];

  const cite = (field: CaseFactField, entryKey: string | null, quotes: Cites): void => {
    const entryId = entryKey === null ? null : entryIdOf(spec.key, field, entryKey);
    const fact: FactRef = { field, entryId };
    quotes.forEach((q, i) => {
      const source = ctx.sources.get(q.source);
      if (!source) throw new Error(`${spec.key}: unknown source ${q.source}`);
      const where = `${source.fileName} (cited by ${spec.key} ${field}${entryKey ? `/${entryKey}` : ''})`;
      citations.push({
        id: sampleId(`citation:${spec.key}:${field}:${entryKey ?? ''}:${i}`),
        caseId,
        fact,
        sourceId: source.id,
        selector: citeQuote(source.text, q.quote, where, q.occurrence),
        sourceSha256: source.sha256,
        note: q.note ?? '',
      });
    });
  };

  /** Gives each entry its id and cites it; keys must be unique in their list. */
  const entries = <E extends { key: string; cite: Cites }>(
    field: CaseFactField,
    list: readonly E[],
  ): (Omit<E, 'key' | 'cite'> & { id: Id })[] => {
    const seen = new Set<string>();
    return list.map((entry) => {
      const { key, cite: quotes, ...value } = entry;
      if (seen.has(key)) throw new Error(`${spec.key}: duplicate ${field} key "${key}"`);
      seen.add(key);
      cite(field, key, quotes);
      return { id: entryIdOf(spec.key, field, key), ...value };
    });
  };

  const caseFile: CaseFile = {
    id: caseId,
    names: entries('names', spec.names),
    birthDate: spec.birthDate?.value ?? null,
    gender: spec.gender?.value ?? null,
    occupation: spec.occupation?.value ?? '',
    affiliations: entries('affiliations', spec.affiliations),
    statusHistory: entries('statusHistory', spec.statusHistory),
    events: entries('events', spec.events),
    legalCases: entries('legalCases', spec.legalCases),
    detention: entries('detention', spec.detention),
    tagIds: spec.tags.map((t) => ctx.tagIds[t]),
    photoSha256: null,
  };
  if (spec.birthDate) cite('birthDate', null, spec.birthDate.cite);
  if (spec.gender) cite('gender', null, spec.gender.cite);
  if (spec.occupation) cite('occupation', null, spec.occupation.cite);

  const notes: Note[] = spec.notes.map((n) => ({
    id: sampleId(`note:${spec.key}:${n.key}`),
    caseId,
    body: n.body,
    private: n.private,
  }));
  return { caseFile, citations, notes };
}

function entryIdOf(caseKey: string, field: CaseFactField, entryKey: string): Id {
  return sampleId(`case:${caseKey}:${field}:${entryKey}`);
}
