import type { Span } from './span.js';

export type Severity = 'error' | 'warning' | 'info';

/** Diagnostics are data: stages report, they do not throw for expected failures. */
export interface Diagnostic {
  /** stable machine code, e.g. `ingest/invalid-utf8` */
  code: string;
  severity: Severity;
  stage: string;
  message: string;
  /** span into the original text, when the problem has a place */
  span?: Span;
  /** file or record the diagnostic is about, when it is not the current document */
  source?: string;
}

export interface DiagnosticSink {
  report(d: Diagnostic): void;
  readonly items: readonly Diagnostic[];
}

export function createSink(): DiagnosticSink {
  const items: Diagnostic[] = [];
  return {
    report(d) {
      items.push(d);
    },
    items,
  };
}
