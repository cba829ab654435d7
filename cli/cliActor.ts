import { createHash } from 'node:crypto';
import { userInfo } from 'node:os';
import type { Actor } from '../shared/model/revision.js';
import { Actor as ActorSchema } from '../shared/model/revision.js';
import { usageError } from './cliIo.js';

/**
 * Who the command line acts as: `--as NAME`, else $KARTOTEKA_ACTOR, else the login name.
 * The id is derived from the name, so every run by the same person is the same author and
 * bundles they make on different days agree on who they are.
 */
export function cliActor(
  name: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): Actor {
  const chosen = (name ?? env.KARTOTEKA_ACTOR ?? loginName()).trim();
  const hex = createHash('sha256').update(`kartoteka-actor:${chosen}`).digest('hex');
  const variant = ((parseInt(hex.charAt(16), 16) & 0x3) | 0x8).toString(16);
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
  const actor = ActorSchema.safeParse({ id, name: chosen });
  if (!actor.success)
    throw usageError(`--as: "${chosen}" is not a usable name (1 to 200 characters)`);
  return actor.data;
}

function loginName(): string {
  try {
    return userInfo().username || 'kartoteka-cli';
  } catch {
    return 'kartoteka-cli';
  }
}
