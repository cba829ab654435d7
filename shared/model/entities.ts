import type { z } from './zod.js';
import { CaseFile } from './caseFile.js';
import { Source } from './source.js';
import { Citation } from './citation.js';
import { Annotation } from './annotation.js';
import { Note } from './note.js';
import { Tag } from './tag.js';

/**
 * Every kind of record that has a history, travels in bundles and merges. Source texts are
 * not here: they are immutable and content-addressed, so they need no history.
 */
export const ENTITY_SCHEMAS = {
  case: CaseFile,
  source: Source,
  citation: Citation,
  annotation: Annotation,
  note: Note,
  tag: Tag,
} as const;

export type EntityKind = keyof typeof ENTITY_SCHEMAS;
export const ENTITY_KINDS = Object.keys(ENTITY_SCHEMAS) as EntityKind[];

export type EntityOf<K extends EntityKind> = z.infer<(typeof ENTITY_SCHEMAS)[K]>;
export type AnyEntity = EntityOf<EntityKind>;
