// One small hierarchy of domain errors. The server maps each class to a status code;
// tests check the class, not the wording.

export class OrbitError extends Error {
  override name = 'OrbitError';
}

/** The input is malformed or breaks a rule; `details` can carry per-line problems. */
export class InvalidInputError extends OrbitError {
  override name = 'InvalidInputError';
  constructor(
    message: string,
    readonly details: { line?: number; field?: string; message: string }[] = [],
  ) {
    super(message);
  }
}

export class NotFoundError extends OrbitError {
  override name = 'NotFoundError';
}

/** A stale version, a duplicate, or a write that would contradict the current state. */
export class ConflictError extends OrbitError {
  override name = 'ConflictError';
}

/** The input is larger than the documented limit. */
export class TooLargeError extends OrbitError {
  override name = 'TooLargeError';
}

/** A backing service (database) cannot be reached or refused the credentials. */
export class UnavailableError extends OrbitError {
  override name = 'UnavailableError';
}
