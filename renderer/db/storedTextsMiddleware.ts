import type { DBCore, DBCoreCursor, DBCoreTable, Middleware } from 'dexie';
import type { SourceText } from '../../shared/model/index.js';
import type { StoredSourceText } from './storedSourceText.js';
import { decodeSourceText, encodeSourceText, isUtf8Text } from './storedSourceText.js';

const TEXTS_TABLE = 'sourceTexts';

/**
 * Transactions whose reads of `sourceTexts` give the rows as stored (UTF-8 bytes not decoded):
 * for readers that want the bytes, such as an export, which would otherwise decode every text
 * only to encode it again (8 of 41 s of the bundle worker's time exporting data set L).
 */
const storedFormReads = new WeakSet<object>();

/** Makes this transaction's reads of `sourceTexts` give rows in their stored form (StoredSourceText). */
export function readStoredForm(trans: IDBTransaction): void {
  storedFormReads.add(trans);
}

/** A value on its way in: a text is encoded, a row in UTF-8 already is kept as it is. */
function toStored(value: unknown): unknown {
  const row = value as StoredSourceText;
  if (typeof row !== 'object' || row === null || isUtf8Text(row)) return value;
  return typeof row.text === 'string' ? encodeSourceText(row) : value;
}

/** A value on its way out: always `{ sha256, text }`, whatever form it was stored in. */
function fromStored(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value;
  return decodeSourceText(value as StoredSourceText) satisfies SourceText;
}

function withTexts(table: DBCoreTable): DBCoreTable {
  const out = (trans: object) => (storedFormReads.has(trans) ? (v: unknown) => v : fromStored);
  return {
    ...table,
    mutate: (req) =>
      table.mutate(
        req.type === 'add' || req.type === 'put'
          ? { ...req, values: req.values.map(toStored) }
          : req,
      ),
    get: async (req) => out(req.trans)(await table.get(req)),
    getMany: async (req) => (await table.getMany(req)).map(out(req.trans)),
    query: async (req) => {
      const res = await table.query(req);
      return req.values ? { ...res, result: res.result.map(out(req.trans)) } : res;
    },
    openCursor: async (req) => {
      const cursor = await table.openCursor(req);
      if (!cursor || !req.values || storedFormReads.has(req.trans)) return cursor;
      // A view of the cursor whose value is read out of storage form when asked for.
      return Object.create(cursor, {
        value: { get: () => fromStored(cursor.value) },
      }) as DBCoreCursor;
    },
  };
}

/**
 * Stores source texts as UTF-8 and gives them back as text (storedSourceText.ts says why),
 * so that no reader of `sourceTexts` knows about it. Below the search journal (which only
 * needs keys) and above user middleware such as encryption at rest, which then encrypts
 * the smaller form.
 */
export const storedTextsMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'storedTexts',
  level: 15,
  create: (down) => ({
    ...down,
    table: (name) => (name === TEXTS_TABLE ? withTexts(down.table(name)) : down.table(name)),
  }),
};
