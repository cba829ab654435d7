import type { CaseFactField } from '../model/caseFile.js';
import type { Citation } from '../model/citation.js';
import { anchorSelector } from '../anchoring/anchorSelector.js';
import type { DossierSource } from './dossierInput.js';

/** Whether a citation's quote still stands in the source text the dossier lists. */
export type CitationAnchor =
  | {
      status: 'anchored';
      /** false: the words are there, but the text around them changed. */
      contextMatches: boolean;
      /** false: the quote was made on another version of the text than the one listed. */
      sameText: boolean;
    }
  | {
      status: 'needs_review';
      reason: 'quote_not_found' | 'source_text_missing' | 'source_missing';
    };

export interface NumberedCitation {
  /** The note number, unique in the whole document, in reading order. */
  number: number;
  citation: Citation;
  anchor: CitationAnchor;
  source: DossierSource | null;
  /** The source's number in the source list; null when the archive lacks the source. */
  sourceNumber: number | null;
}

function anchorOf(citation: Citation, source: DossierSource | null): CitationAnchor {
  if (!source) return { status: 'needs_review', reason: 'source_missing' };
  if (source.text === null) return { status: 'needs_review', reason: 'source_text_missing' };
  const found = anchorSelector(source.text, citation.selector);
  if (found.status !== 'anchored') return { status: 'needs_review', reason: 'quote_not_found' };
  return {
    status: 'anchored',
    contextMatches: found.contextMatches,
    sameText: citation.sourceSha256 === source.source.sha256,
  };
}

function factKey(field: CaseFactField, entryId: string | null): string {
  return `${field}/${entryId ?? ''}`;
}

/**
 * Numbers citations and sources in the order the document first shows them, across every
 * case file of a combined dossier, so "note 12" and "source [3]" mean one thing throughout.
 */
export class CitationRegistry {
  private nextNumber = 1;
  private readonly sourcesById: ReadonlyMap<string, DossierSource>;
  private readonly sourceOrder = new Map<string, number>();

  constructor(sources: readonly DossierSource[]) {
    this.sourcesById = new Map(sources.map((s) => [s.source.id, s]));
  }

  forCase(citations: readonly Citation[]): CaseCitations {
    return new CaseCitations(this, citations);
  }

  /** Called by CaseCitations when a fact is printed: gives its citations their numbers. */
  number(citation: Citation): NumberedCitation {
    const source = this.sourcesById.get(citation.sourceId) ?? null;
    let sourceNumber: number | null = null;
    if (source) {
      sourceNumber = this.sourceOrder.get(source.source.id) ?? this.sourceOrder.size + 1;
      this.sourceOrder.set(source.source.id, sourceNumber);
    }
    return {
      number: this.nextNumber++,
      citation,
      anchor: anchorOf(citation, source),
      source,
      sourceNumber,
    };
  }

  /** The cited sources in source-list order. */
  citedSources(): { number: number; source: DossierSource }[] {
    return [...this.sourceOrder].flatMap(([id, number]) => {
      const source = this.sourcesById.get(id);
      return source ? [{ number, source }] : [];
    });
  }
}

/** The citations of one case file, looked up by the fact they back. */
export class CaseCitations {
  private readonly byFact = new Map<string, Citation[]>();
  private readonly numbered = new Map<string, NumberedCitation[]>();
  private readonly all: NumberedCitation[] = [];

  constructor(
    private readonly registry: CitationRegistry,
    citations: readonly Citation[],
  ) {
    for (const c of citations) {
      const key = factKey(c.fact.field, c.fact.entryId);
      const list = this.byFact.get(key) ?? [];
      list.push(c);
      this.byFact.set(key, list);
    }
  }

  /** The numbered citations of a fact; numbers are given the first time a fact is asked for. */
  of(field: CaseFactField, entryId: string | null = null): NumberedCitation[] {
    const key = factKey(field, entryId);
    const done = this.numbered.get(key);
    if (done) return done;
    const fresh = (this.byFact.get(key) ?? []).map((c) => this.registry.number(c));
    this.numbered.set(key, fresh);
    this.all.push(...fresh);
    return fresh;
  }

  /** Every citation printed so far for this case, in number order. */
  printed(): readonly NumberedCitation[] {
    return this.all;
  }
}
