import type { z } from '../../shared/model/zod.js';

/**
 * Bad input to the archive: a value that breaks its schema, a name already taken, a record
 * that does not exist. Nothing was written when it is thrown. `field` is the path of the
 * offending field (e.g. "names.0.text") when there is one, so a form can point at it.
 */
export class KartotekaDataError extends Error {
  readonly field: string | undefined;

  constructor(message: string, field?: string) {
    super(message);
    this.name = 'KartotekaDataError';
    this.field = field;
  }

  /** The first zod issue as a data error; `what` names the record, e.g. "case 1234…". */
  static fromZod(what: string, error: z.ZodError): KartotekaDataError {
    const issue = error.issues[0];
    const field = issue && issue.path.length > 0 ? issue.path.map(String).join('.') : undefined;
    const message = `${what}: ${field ? `${field}: ` : ''}${issue?.message ?? 'invalid'}`;
    return new KartotekaDataError(message, field);
  }
}
