import type { Diagnostic } from '../../core/diagnostic.js';
import type { RawDocument } from '../../core/document.js';

/** What ingest yields per input: a document, or why there is none. */
export type IngestItem = { ok: true; doc: RawDocument } | { ok: false; source: string; diagnostics: Diagnostic[] };
