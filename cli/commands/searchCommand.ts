import type { CliIo } from '../cliIo.js';
import { usageError } from '../cliIo.js';
import { parseCommandArgs } from '../parseCommandArgs.js';
import { readPassphrase } from '../passphrase.js';
import { readBundleFile } from '../readBundleFile.js';
import { progressReporter } from '../progressReporter.js';
import { archiveOf } from '../bundleArchiveLoader.js';
import { SearchIndex } from '../../shared/search/SearchIndex.js';
import type { SearchHit } from '../../shared/search/SearchIndex.js';
import { annotationDoc, caseDoc, noteDoc, sourceDoc } from '../../shared/search/indexDocs.js';
import type { IndexDoc } from '../../shared/search/indexDocs.js';
import { computeArchiveViews } from '../../shared/merge/computeArchiveViews.js';
import type { Annotation } from '../../shared/model/annotation.js';

export const SEARCH_USAGE = `Usage: kartoteka search FILE QUERY [--json] [--limit N] [--passphrase-file F]

Searches a bundle the way the app's search box does: names across scripts and spellings,
words, "quoted phrases", -excluded words, filters such as status:released. Prints the hits
best first (case files before sources and notes that answer as many of the query's words).

Options:
  --json                a JSON array of hits: {type, id, title, snippet}
  --limit N             hits per kind (case files, sources, notes), default 20
  --no-cross-script     match names only as written
  --passphrase-file F   passphrase of an encrypted bundle (or $KARTOTEKA_PASSPHRASE)
`;

const GROUP_ORDER = ['cases', 'sources', 'notes'] as const;

export async function searchCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    'passphrase-file': { type: 'string' },
    json: { type: 'boolean' },
    limit: { type: 'string' },
    'no-cross-script': { type: 'boolean' },
  });
  if (values.help) {
    io.stdout(SEARCH_USAGE);
    return 0;
  }
  const [file, ...words] = positionals;
  if (!file || words.length === 0) throw usageError('search needs a FILE and a QUERY');
  const limit = Number(values.limit ?? 20);
  if (!Number.isInteger(limit) || limit < 1)
    throw usageError('--limit must be a whole number of at least 1');
  const passphrase = await readPassphrase(values['passphrase-file'], io.env);
  const progress = progressReporter(io, values);
  const bundle = await readBundleFile(file, {
    passphrase,
    onProgress: (p) => progress.report(`reading ${p.phase}`, p.done, p.total),
  });
  const archive = archiveOf(bundle.revisions, bundle.texts);
  const texts = new Map(bundle.texts.map((t) => [t.sha256, t.text]));
  const tagNames = new Map(archive.tags.map((t) => [t.id, t.name]));
  const annotations = [...computeArchiveViews(bundle.revisions).values()]
    .filter((v) => v.entity === 'annotation' && !v.deleted)
    .map((v) => v.value as Annotation);
  const sourceText = new Map(archive.sources.map((s) => [s.id, texts.get(s.sha256) ?? '']));
  const docs: IndexDoc[] = [
    ...archive.cases.map((c) => caseDoc(c, tagNames)),
    ...archive.sources.map((s) => sourceDoc(s, sourceText.get(s.id) ?? '')),
    ...archive.notes.map(noteDoc),
    ...annotations.map(annotationDoc),
  ];
  const index = SearchIndex.create();
  index.addAll(docs, (done) => progress.report('indexing', done, docs.length));
  progress.done();
  const results = index.search(words.join(' '), {
    limit,
    crossScript: !values['no-cross-script'],
    textOf: (id) => sourceText.get(id),
  });
  const hits = GROUP_ORDER.flatMap((group, rank) =>
    results[group].hits.map((hit, i) => ({ hit, rank, i })),
  )
    .sort((a, b) => b.hit.matchedWords - a.hit.matchedWords || a.rank - b.rank || a.i - b.i)
    .map(({ hit }) => hit);
  if (values.json) io.stdout(`${JSON.stringify(hits.map(asJson), null, 2)}\n`);
  else
    io.stdout(
      hits.length === 0
        ? 'No results.\n'
        : hits.map((h) => `${h.kind.padEnd(10)} ${h.id}  ${h.title}\n`).join(''),
    );
  return 0;
}

function asJson(hit: SearchHit) {
  return {
    type: hit.kind,
    id: hit.id,
    title: hit.title,
    snippet: hit.snippet?.text ?? null,
    parentId: hit.parentId,
  };
}
