import type { z } from '../model/zod.js';
import { joinPath } from './parseGuardedJson.js';

/** A zod issue as a field path and a short message a person can act on. */
export function describeIssue(
  issue: z.core.$ZodIssue,
  prefix = '',
): { field: string; message: string } {
  let field = issue.path.reduce<string>(
    (p, k) => joinPath(p, typeof k === 'number' ? k : String(k)),
    prefix,
  );
  let message: string;
  switch (issue.code) {
    case 'invalid_type':
      message = /received undefined/.test(issue.message)
        ? 'is missing'
        : `must be ${article(issue.expected)}`;
      break;
    case 'too_small':
      message = sizeMessage(issue.origin, Number(issue.minimum), 'least', issue.inclusive ?? true);
      break;
    case 'too_big':
      message = sizeMessage(issue.origin, Number(issue.maximum), 'most', issue.inclusive ?? true);
      break;
    case 'invalid_value':
      message = `must be ${issue.values.length === 1 ? '' : 'one of '}${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
      break;
    case 'unrecognized_keys':
      field = joinPath(field, issue.keys[0] ?? '');
      message = 'is not a field of this record (unknown field)';
      break;
    case 'invalid_format':
      message = issue.message.startsWith('must') ? issue.message : formatMessage(issue.format);
      break;
    default:
      message = issue.message;
  }
  return { field, message };
}

function sizeMessage(
  origin: string,
  n: number,
  bound: 'least' | 'most',
  inclusive: boolean,
): string {
  if (origin === 'string') {
    if (bound === 'least' && n === 1) return 'must not be empty';
    return `must be at ${bound} ${n} characters long`;
  }
  if (origin === 'array' || origin === 'set') {
    if (bound === 'least' && n === 1) return 'must not be empty';
    return `must have at ${bound} ${n} items`;
  }
  if (!inclusive) return `must be ${bound === 'least' ? 'more' : 'less'} than ${n}`;
  return `must be at ${bound} ${n}`;
}

function formatMessage(format: string): string {
  if (format === 'datetime') return 'must be a UTC time like 2025-01-31T12:00:00.000Z';
  return `must be a valid ${format}`;
}

function article(expected: string): string {
  return /^[aeiou]/.test(expected) ? `an ${expected}` : `a ${expected}`;
}
