// Turning raw fields into validated records: every importer goes through graph/model's
// createContact, so an imported contact obeys the same rules as one typed in by hand.
import { InvalidInputError } from '../errors';
import { createContact, type ContactInput } from '../model';
import { addError, type ParsedContact, type ParsedImport } from './types';
import { errorMessage } from './text';

/** Validate and append a contact; on a rule violation record the error at `line` instead. */
export function pushContact(
  result: ParsedImport,
  line: number,
  key: string | null,
  input: ContactInput,
  now?: string,
): ParsedContact | null {
  try {
    const contact = createContact(input, now);
    const parsed: ParsedContact = { line, key: key ?? contact.id, contact };
    result.contacts.push(parsed);
    return parsed;
  } catch (err) {
    if (!(err instanceof InvalidInputError)) throw err;
    addError(result, line, `${input.name ? `'${String(input.name).slice(0, 60)}': ` : ''}${errorMessage(err)}`);
    return null;
  }
}

/** Throw the typed error for a whole-file problem (used by callers that want an exception). */
export function refuse(format: string, message: string, line = 1): never {
  throw new InvalidInputError(`${format} import: ${message}`, [{ line, message }]);
}
