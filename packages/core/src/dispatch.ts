// The one entry point every transport calls: validate, call, report.
import type { z } from 'zod';
import { contract, isMethod, type DossierService, type Method, type MethodOutput } from './contract.js';
import { DossierError, type DossierErrorData } from './errors.js';
import { isFreshOutput } from './fresh-output.js';

// Present in every runtime we ship to (browsers, Node, Electron); core compiles without their types.
declare const structuredClone: <T>(value: T) => T;

export type DispatchResult<M extends Method = Method> =
  { ok: true; value: MethodOutput<M> } | { ok: false; error: DossierErrorData };

/** One line naming the first problems of a failed validation, e.g. `quote: too short`. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 3)
    .map((issue) => (issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message))
    .join('; ');
}

/**
 * Validates `rawInput` against the method's schema, calls the service and
 * returns its output, or a typed error. Never throws.
 */
export async function dispatch(service: DossierService, method: unknown, rawInput: unknown): Promise<DispatchResult> {
  if (!isMethod(method)) {
    return { ok: false, error: { code: 'unknown_method', message: `unknown method: ${String(method).slice(0, 80)}` } };
  }
  const parsed = contract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: `${method}: ${describeIssues(parsed.error)}` } };
  }
  try {
    const call = service[method] as (input: unknown) => Promise<unknown>;
    const value = await call.call(service, parsed.data);
    // The service may hand out its own live objects; a caller in the same process
    // must get what a transport would deliver, so later changes cannot reach it.
    // An output marked fresh (see fresh-output.ts) is such a copy already.
    const delivered = isFreshOutput(value) ? value : structuredClone(value);
    return { ok: true, value: delivered as MethodOutput<Method> };
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}

export function toErrorData(error: unknown): DossierErrorData {
  if (error instanceof DossierError) return error.toJSON();
  const message = error instanceof Error ? error.message : String(error);
  return { code: 'internal', message: `unexpected error: ${message}` };
}
