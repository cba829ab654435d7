import { selectorForQuote } from '../../shared/anchoring/anchorSelector.js';
import type { DossierArchive } from '../../shared/dossier/dossierArchive.js';
import type { CaseFile } from '../../shared/model/caseFile.js';
import type { Citation } from '../../shared/model/citation.js';
import { AP_TEXT, BNE_TEXT, SOURCES, dossierTestArchive } from './dossierTestArchive.js';

/**
 * A made-up archive of any size for timing dossiers: `cases` case files, each with
 * `citationsPerCase` citations (names, statuses, a legal case, and events for the rest),
 * quoting real sentences of the two fixture articles.
 */
export function syntheticDossierArchive(cases: number, citationsPerCase: number): DossierArchive {
  const base = dossierTestArchive();
  const sentences = [AP_TEXT, BNE_TEXT].map((text) =>
    text
      .split(/(?<=\.)\s+/)
      .filter((s) => s.length > 20 && s.length < 400 && text.indexOf(s) === text.lastIndexOf(s)),
  );
  let n = 0;
  const uuid = () => `10000000-0000-4000-8000-${(n++).toString(16).padStart(12, '0')}`;
  const allCases: CaseFile[] = [];
  const citations: Citation[] = [];
  for (let i = 0; i < cases; i++) {
    const caseId = uuid();
    const names = [
      {
        id: uuid(),
        text: `Prisoner ${i + 1} Statkevich`,
        script: 'latin' as const,
        kind: 'primary' as const,
      },
      {
        id: uuid(),
        text: `Вязень ${i + 1} Статкевіч`,
        script: 'be' as const,
        kind: 'primary' as const,
      },
      {
        id: uuid(),
        text: `Заключённый ${i + 1} Статкевич`,
        script: 'ru' as const,
        kind: 'primary' as const,
      },
    ];
    const statuses = (['detained', 'convicted', 'held_incommunicado', 'released'] as const).map(
      (status, k) => ({
        id: uuid(),
        status,
        date: `${2020 + k}-0${k + 1}`,
        note: '',
      }),
    );
    const legal = {
      id: uuid(),
      articles: [{ code: 'BY-CC', article: '293', part: '1' }],
      charges: ['Organising mass riots'],
      court: 'Homiel Regional Court',
      arrestDate: '2020-05',
      verdictDate: '2021-12-14',
      sentence: { months: 168, regime: 'strict' as const, text: '' },
      fines: [],
      note: '',
    };
    const facts: Citation['fact'][] = [
      ...names.map((x) => ({ field: 'names' as const, entryId: x.id })),
      ...statuses.map((x) => ({ field: 'statusHistory' as const, entryId: x.id })),
      { field: 'legalCases', entryId: legal.id },
    ];
    const events = Array.from({ length: Math.max(0, citationsPerCase - facts.length) }, (_, k) => ({
      id: uuid(),
      date: `2022-${String((k % 12) + 1).padStart(2, '0')}`,
      text: `Event ${k + 1} in the case of prisoner ${i + 1}, as reported by the press.`,
    }));
    facts.push(...events.map((e) => ({ field: 'events' as const, entryId: e.id })));
    facts.slice(0, citationsPerCase).forEach((fact, k) => {
      const s = (k + i) % 2;
      const list = sentences[s] ?? [];
      const quote = list[(k * 7 + i) % list.length] ?? '';
      const source = SOURCES[s];
      const selector = selectorForQuote(s === 0 ? AP_TEXT : BNE_TEXT, quote);
      if (!source || !selector) throw new Error('synthetic quote not found');
      citations.push({
        id: uuid(),
        caseId,
        fact,
        sourceId: source.id,
        selector,
        sourceSha256: source.sha256,
        note: '',
      });
    });
    allCases.push({
      id: caseId,
      names,
      birthDate: '1970',
      gender: 'male',
      occupation: 'Activist',
      affiliations: [],
      statusHistory: statuses,
      events,
      legalCases: [legal],
      detention: [
        { id: uuid(), place: 'Penal colony No. 1, Navapolatsk', from: '2022', to: null, note: '' },
      ],
      tagIds: [],
      photoSha256: null,
    });
  }
  return { ...base, cases: allCases, citations, notes: [] };
}
