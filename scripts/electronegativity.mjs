// Runs Doyensec's Electronegativity over the shipped sources of electron/ and fails on any
// HIGH or MEDIUM finding that is not waived. A waiver is a comment on the line of the
// finding, in Electronegativity's own syntax, with its reason after a colon:
//   foo(); // eng-disable CHECK_ID: why this finding does not apply
// A waiver without a reason fails the run too.
//
// What is scanned is a temporary copy of electron/*.ts without the tests (they are not
// shipped), under the same names, so line numbers and waivers stay as written. No
// transpiling is needed: Electronegativity's Babel parser reads our TypeScript, `satisfies`
// included. The copy also gets one HTML file carrying the CSP from
// shared/platform/contentSecurityPolicy.ts as a meta tag: the app sends that policy as an
// HTTP header from its app:// protocol handler, a place Electronegativity does not look,
// and this way its CSP checks grade the real policy instead of reporting none.
//
// Usage: node scripts/electronegativity.mjs [--verbose]
import { build } from 'esbuild';
import { copyFile, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sources = path.join(root, 'electron');
const input = await mkdtemp(path.join(tmpdir(), 'kartoteka-electronegativity-'));
for (const name of await readdir(sources)) {
  if (name.endsWith('.ts') && !name.endsWith('.test.ts')) {
    await copyFile(path.join(sources, name), path.join(input, name));
  }
}
await writeFile(
  path.join(input, 'app-protocol-csp.html'),
  `<!doctype html><meta http-equiv="Content-Security-Policy" content="${await appCsp()}">\n`,
);
const verbose = process.argv.includes('--verbose');
const require = createRequire(import.meta.url);

// Electronegativity fetches fresh translations from the network before every scan. The
// project's tooling stays offline too: its HTTP client is replaced, for this process only,
// by one that answers "not found", after which the bundled English texts are used.
const runnerPath = require.resolve('@doyensec/electronegativity');
const gotPath = createRequire(runnerPath).resolve('got');
const offlineGot = async () => ({ statusCode: 404, body: '' });
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offlineGot };
const run = require('@doyensec/electronegativity');

const electronVersion = JSON.parse(
  await readFile(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8'),
).version;

const result = await run(
  {
    input,
    isRelative: true,
    isVerbose: false,
    customScan: [],
    // This check downloads Electron's release list from GitHub to compare versions. It
    // cannot run offline, and the Electron version is pinned by package-lock.json anyway.
    excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    // electron/ has no package.json of its own to read the version from.
    electronVersionOverride: electronVersion,
    parserPlugins: [],
  },
  false,
);
await rm(input, { recursive: true, force: true });

const failing = (issue) => issue.severity.value >= 2; // MEDIUM (2) or HIGH (3)
const issues = [...result.issues].sort(
  (a, b) => b.severity.value - a.severity.value || a.file.localeCompare(b.file),
);
const parseErrors = result.errors.filter((error) => !error.tolerable);
const waivers = await findWaivers(sources);
const unexplained = waivers.filter((waiver) => waiver.reason === '');

console.log(
  `Electronegativity over electron/ (Electron ${electronVersion}): ` +
    `${result.atomicChecks} atomic and ${result.globalChecks} global checks.`,
);
for (const issue of issues) {
  if (!failing(issue) && !verbose) continue;
  const where = `${issue.file}:${issue.location.line}:${issue.location.column}`;
  const review = issue.manualReview ? ' (review)' : '';
  console.log(`  ${issue.severity.name.padEnd(13)} ${issue.id}${review}  electron/${where}`);
  if (verbose) console.log(`      ${issue.description}`);
}
const counts = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL']
  .map((level) => `${issues.filter((i) => i.severity.name === level).length} ${level}`)
  .join(', ');
console.log(
  `Findings: ${counts}${verbose ? '' : ' (LOW and INFORMATIONAL listed with --verbose)'}.`,
);
for (const waiver of waivers) {
  console.log(
    `  waived ${waiver.checks} at ${waiver.where}: ${waiver.reason || '(no reason given)'}`,
  );
}
for (const error of result.errors) {
  console.log(
    `  ${error.tolerable ? 'parse warning' : 'PARSE ERROR'} ${error.file}: ${error.message}`,
  );
}

const failures = issues.filter(failing).length + parseErrors.length + unexplained.length;
if (failures > 0) {
  console.error(
    `Electronegativity: FAILED (${issues.filter(failing).length} HIGH/MEDIUM findings, ` +
      `${parseErrors.length} files not parsed, ${unexplained.length} waivers without a reason).`,
  );
  process.exit(1);
}
console.log('Electronegativity: passed.');

/** Every eng-disable comment in the scanned sources, with the reason written after it. */
async function findWaivers(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !/\.ts$/.test(entry.name) || entry.name.endsWith('.test.ts')) continue;
    const file = path.join(entry.parentPath, entry.name);
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, index) => {
      const match = /(?:\/\*|\/\/|<!--)[ \t]*eng-disable[ \t]+([\w \t]+)(?::([^*]*))?/.exec(line);
      if (!match) return;
      found.push({
        where: `${path.relative(root, file)}:${index + 1}`,
        checks: (match[1] ?? '').trim(),
        reason: (match[2] ?? '').replace(/-->\s*$/, '').trim(),
      });
    });
  }
  return found;
}

/** The CSP string, taken from the TypeScript module both hosts use. */
async function appCsp() {
  const { outputFiles } = await build({
    entryPoints: [path.join(root, 'shared/platform/contentSecurityPolicy.ts')],
    bundle: true,
    format: 'esm',
    write: false,
    logLevel: 'silent',
  });
  const code = outputFiles[0]?.text ?? '';
  const module = await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  );
  return module.CONTENT_SECURITY_POLICY;
}
