// The shell methods (dialogs, recent notebooks, external links) go through the
// same validation as the notebook's: the input is parsed by `shellContract`
// before a handler sees it, and every outcome is a DispatchResult. Free of
// Electron, so the dev server and the e2e harness reuse it with their own handlers.
import {
  describeIssues,
  shellContract,
  toErrorData,
  type DispatchResult,
  type ShellContract,
  type ShellMethod,
} from '@dossier/core';

export type ShellInput<M extends ShellMethod> = ReturnType<ShellContract[M]['input']['parse']>;
export type ShellOutput<M extends ShellMethod> = ReturnType<ShellContract[M]['output']['parse']>;
export type ShellHandlers = { [M in ShellMethod]: (input: ShellInput<M>) => Promise<ShellOutput<M>> };

export async function dispatchShell(
  handlers: ShellHandlers,
  method: ShellMethod,
  rawInput: unknown,
): Promise<DispatchResult> {
  const parsed = shellContract[method].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    return { ok: false, error: { code: 'invalid_input', message: `${method}: ${describeIssues(parsed.error)}` } };
  }
  try {
    const handler = handlers[method] as (input: unknown) => Promise<unknown>;
    const value = await handler(parsed.data);
    return { ok: true, value } as DispatchResult;
  } catch (error) {
    return { ok: false, error: toErrorData(error) };
  }
}
