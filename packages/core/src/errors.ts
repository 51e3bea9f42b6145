// Typed errors: every failure that reaches a user carries a code a program can
// branch on and a one-line message a person can act on.

export const ERROR_CODES = [
  'invalid_input',
  'unknown_method',
  'not_found',
  'conflict',
  'refused_file',
  'notebook_in_use',
  'notebook_corrupt',
  'notebook_missing',
  'io_error',
  'read_only',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface DossierErrorData {
  code: ErrorCode;
  message: string;
}

export class DossierError extends Error {
  readonly code: ErrorCode;

  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'DossierError';
    this.code = code;
  }

  toJSON(): DossierErrorData {
    return { code: this.code, message: this.message };
  }
}

export function isDossierErrorData(value: unknown): value is DossierErrorData {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string'
  );
}
