import { PartialDate } from '../../shared/model/partialDate.js';

export interface DossierArgs {
  file: string;
  /** Names or ids, in the order given; several make one combined dossier. */
  caseRefs: string[];
  out: string;
  confidential: boolean;
  omitPrivateNotes: boolean;
  archiveName: string | null;
  /** YYYY-MM-DD, or null for today. */
  date: string | null;
  chromium: string | null;
  passphraseFile: string | null;
}

export const DOSSIER_USAGE = `Usage: kartoteka dossier FILE --case NAME_OR_ID [--case …] -o OUT.pdf [options]

Prints the dossier of one case file, or one combined dossier with a table of contents when
--case is given several times.

Options:
  --case NAME_OR_ID       a case file id, or a name in any script or spelling it records
  -o, --out OUT.pdf       where to write the PDF
  --confidential          mark every page CONFIDENTIAL
  --omit-private-notes    leave notes marked private out
  --archive-name NAME     the archive name printed on every page (default: the file name)
  --date YYYY-MM-DD       date of issue (default: today); the status shown is on that day
  --chromium PATH         Chromium to print with (default: $KARTOTEKA_CHROMIUM or /usr/bin/chromium)
  --passphrase-file PATH  passphrase of an encrypted bundle (or $KARTOTEKA_PASSPHRASE)
  -h, --help              show this help
`;

type ValueKey = 'caseRefs' | 'out' | 'archiveName' | 'date' | 'chromium' | 'passphraseFile';

const VALUE_OPTIONS: Readonly<Record<string, ValueKey>> = {
  '--case': 'caseRefs',
  '-o': 'out',
  '--out': 'out',
  '--archive-name': 'archiveName',
  '--date': 'date',
  '--chromium': 'chromium',
  '--passphrase-file': 'passphraseFile',
};

export type ParsedDossierArgs =
  { kind: 'ok'; args: DossierArgs } | { kind: 'help' } | { kind: 'error'; message: string };

/** Parses the arguments after `dossier`; every mistake is reported with what to do instead. */
export function parseDossierArgs(argv: readonly string[]): ParsedDossierArgs {
  const a: DossierArgs = {
    file: '',
    caseRefs: [],
    out: '',
    confidential: false,
    omitPrivateNotes: false,
    archiveName: null,
    date: null,
    chromium: null,
    passphraseFile: null,
  };
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '-h' || arg === '--help') return { kind: 'help' };
    if (arg === '--confidential') a.confidential = true;
    else if (arg === '--omit-private-notes') a.omitPrivateNotes = true;
    else if (arg.startsWith('-') && arg !== '-') {
      const [flag, inline] = arg.includes('=')
        ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
        : [arg, undefined];
      const key = VALUE_OPTIONS[flag];
      if (!key) return { kind: 'error', message: `unknown option ${flag}` };
      const value = inline ?? argv[++i];
      if (value === undefined || value === '')
        return { kind: 'error', message: `${flag} needs a value` };
      if (key === 'caseRefs') a.caseRefs.push(value);
      else a[key] = value;
    } else positional.push(arg);
  }
  if (positional.length !== 1) {
    return {
      kind: 'error',
      message:
        positional.length === 0
          ? 'give the archive or bundle FILE'
          : `one FILE only, got: ${positional.join(' ')}`,
    };
  }
  a.file = positional[0] ?? '';
  if (a.caseRefs.length === 0)
    return { kind: 'error', message: 'say which case file with --case NAME_OR_ID' };
  if (!a.out) return { kind: 'error', message: 'say where to write the PDF with -o OUT.pdf' };
  if (a.date !== null && (a.date.length !== 10 || !PartialDate.safeParse(a.date).success)) {
    return { kind: 'error', message: `--date must be a day as YYYY-MM-DD, got ${a.date}` };
  }
  return { kind: 'ok', args: a };
}
