import type { Annotation } from '../model/annotation.js';
import type { CaseFile, CaseStatus, LegalCase, NameScript } from '../model/caseFile.js';
import { currentStatusOf, displayNameOf } from '../model/caseFileViews.js';
import type { Note } from '../model/note.js';
import type { Source } from '../model/source.js';

/**
 * What the search index takes: plain data, one document per case file, source, note or
 * annotation. The adapters below build them from the model; the renderer may also build them
 * itself (e.g. in a worker, from rows read out of IndexedDB).
 */
export type IndexDoc = CaseDoc | SourceDoc | NoteDoc | AnnotationDoc;
export type DocKind = IndexDoc['kind'];

export interface CaseDoc {
  kind: 'case';
  id: string;
  /** Every name, any script, primary and alias: matched by the name index. */
  names: { text: string; script?: NameScript; kind?: 'primary' | 'alias' }[];
  /** The name shown for the result. */
  title: string;
  /** The case's own text: occupation, affiliations, charges, sentences, places, entry notes, events. */
  text: string;
  /** Current status (status filter). */
  status: CaseStatus | null;
  /** Dates of the status history (date filter). */
  statusDates: string[];
  tagIds: string[];
  /** Tag names, so that tag:journalist works; reindex the tagged cases when a tag is renamed. */
  tagNames: string[];
  articles: { article: string; part: string | null }[];
}

export interface SourceDoc {
  kind: 'source';
  id: string;
  title: string;
  publisher: string;
  author: string;
  date: string | null;
  /** The full text. Indexed, not stored: snippets and phrases read it back through `textOf`. */
  text: string;
  /**
   * The SHA-256 of the text (the source's `sha256`), kept in the index so that a search reads
   * the text by it directly rather than reading the source first to learn it.
   */
  sha256: string;
}

export interface NoteDoc {
  kind: 'note';
  id: string;
  caseId: string;
  text: string;
  private: boolean;
}

export interface AnnotationDoc {
  kind: 'annotation';
  id: string;
  sourceId: string;
  /** The highlighted passage. */
  quote: string;
  /** The researcher's note on it. */
  text: string;
}

/** A case file as a search document. `tagNames` maps tag ids to their current names. */
export function caseDoc(c: CaseFile, tagNames: ReadonlyMap<string, string> = new Map()): CaseDoc {
  const parts: string[] = [];
  const add = (s: string | null | undefined) => {
    if (s && s.trim() !== '') parts.push(s.trim());
  };
  add(c.occupation);
  for (const a of c.affiliations) add(a.role ? `${a.name} (${a.role})` : a.name);
  for (const l of c.legalCases) addLegalCase(l, add);
  for (const d of c.detention) {
    add(d.place);
    add(d.note);
  }
  for (const s of c.statusHistory) add(s.note);
  for (const e of c.events) add(e.text);
  return {
    kind: 'case',
    id: c.id,
    names: c.names.map((n) => ({ text: n.text, script: n.script, kind: n.kind })),
    title: displayNameOf(c),
    text: parts.join(' · '),
    status: currentStatusOf(c)?.status ?? null,
    statusDates: c.statusHistory.flatMap((s) => (s.date ? [s.date] : [])),
    tagIds: [...c.tagIds],
    tagNames: c.tagIds.flatMap((t) => {
      const name = tagNames.get(t);
      return name ? [name] : [];
    }),
    articles: c.legalCases.flatMap((l) =>
      l.articles.map((a) => ({ article: a.article, part: a.part })),
    ),
  };
}

function addLegalCase(l: LegalCase, add: (s: string | null | undefined) => void): void {
  for (const ch of l.charges) add(ch);
  for (const a of l.articles) add(`art. ${a.article}${a.part ? ` part ${a.part}` : ''} ${a.code}`);
  add(l.court);
  if (l.sentence) {
    add(l.sentence.text);
    // "15 years" in words too, so that the query a researcher types finds the number field.
    if (l.sentence.months !== null && !l.sentence.text) add(termInWords(l.sentence.months));
    if (l.sentence.regime) add(`${l.sentence.regime.replace(/_/gu, ' ')} regime`);
  }
  for (const f of l.fines) add(f.text);
  add(l.note);
}

/** 180 → "15 years"; 18 → "1 year 6 months". */
export function termInWords(months: number): string {
  const years = Math.floor(months / 12);
  const rest = months % 12;
  const y = years > 0 ? `${years} year${years === 1 ? '' : 's'}` : '';
  const m = rest > 0 ? `${rest} month${rest === 1 ? '' : 's'}` : '';
  return [y, m].filter((s) => s !== '').join(' ') || '0 months';
}

export function sourceDoc(s: Source, text: string): SourceDoc {
  return {
    kind: 'source',
    id: s.id,
    title: s.title,
    publisher: s.publisher,
    author: s.author,
    date: s.date,
    text,
    sha256: s.sha256,
  };
}

export function noteDoc(n: Note): NoteDoc {
  return { kind: 'note', id: n.id, caseId: n.caseId, text: n.body, private: n.private };
}

export function annotationDoc(a: Annotation): AnnotationDoc {
  return {
    kind: 'annotation',
    id: a.id,
    sourceId: a.sourceId,
    quote: a.selector.exact,
    text: a.note,
  };
}
