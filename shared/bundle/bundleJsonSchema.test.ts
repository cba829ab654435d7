import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { unzipSync } from 'fflate';
import { bundleJsonSchema } from './bundleJsonSchema.js';
import { writeBundle } from './writeBundle.js';
import { TEST_OPTIONS, smallArchive } from './bundleTestkit.js';

const COMMITTED = new URL('../../docs/bundle.schema.json', import.meta.url);

/** The text `npm run build:schema` writes. */
function schemaText(): string {
  return `${JSON.stringify(bundleJsonSchema(), null, 2)}\n`;
}

describe('docs/bundle.schema.json', () => {
  it('is what the model generates (run `npm run build:schema` after changing the model)', async () => {
    const committed = await readFile(COMMITTED, 'utf8');
    expect(committed, 'docs/bundle.schema.json is out of date: run npm run build:schema').toBe(
      schemaText(),
    );
  });

  it('accepts what the writer writes and refuses what the reader refuses', async () => {
    const schema = JSON.parse(await readFile(COMMITTED, 'utf8')) as Record<string, unknown>;
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema(schema, 'bundle');
    const manifest = ajv.getSchema('bundle#/$defs/manifest');
    const revision = ajv.getSchema('bundle#/$defs/revision');
    if (!manifest || !revision)
      throw new Error('the schema lacks $defs.manifest or $defs.revision');
    const files = unzipSync(await writeBundle(smallArchive(), TEST_OPTIONS));
    const decode = (name: string) => new TextDecoder().decode(files[name]);
    expect(manifest(JSON.parse(decode('manifest.json'))), JSON.stringify(manifest.errors)).toBe(
      true,
    );
    const lines = decode('records/revisions.ndjson').split('\n').filter(Boolean);
    for (const line of lines)
      expect(revision(JSON.parse(line)), JSON.stringify(revision.errors)).toBe(true);
    const first = JSON.parse(lines[1] as string) as { data: Record<string, unknown> };
    expect(revision({ ...first, data: { ...first.data, extra: 1 } })).toBe(false);
    expect(revision({ ...first, data: { ...first.data, names: [] } })).toBe(false);
    expect(revision({ ...first, deleted: true })).toBe(false);
    expect(revision({ ...first, deleted: true, data: null })).toBe(true);
  });
});
