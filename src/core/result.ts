import type { Diagnostic } from './diagnostic.js';

/** Expected failures are values, not exceptions. */
export type Result<T> = { ok: true; value: T; diagnostics: Diagnostic[] } | { ok: false; diagnostics: Diagnostic[] };

export const ok = <T>(value: T, diagnostics: Diagnostic[] = []): Result<T> => ({ ok: true, value, diagnostics });
export const fail = <T>(diagnostics: Diagnostic[]): Result<T> => ({ ok: false, diagnostics });
