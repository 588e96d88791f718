/**
 * Inputs → things to read: files (sizes from stat, so an oversized file is
 * refused without being read), directories walked recursively in sorted
 * order (hidden entries skipped; only article extensions), and `-` for stdin.
 */
import { createReadStream } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Diagnostic } from '../../core/diagnostic.js';

/** Extensions read when walking a directory (a file named explicitly is read whatever its name). */
export const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson']);
// `.json` files are read when named explicitly, not when walking (directories often hold other JSON).

export type Input =
  | { kind: 'file'; path: string; size: number }
  | { kind: 'stdin' }
  | { kind: 'error'; source: string; diagnostics: Diagnostic[] };

const unreadable = (source: string, e: unknown): Input => ({
  kind: 'error',
  source,
  diagnostics: [
    {
      code: 'ingest/unreadable',
      severity: 'error',
      stage: 'ingest',
      message: `cannot read: ${e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : e instanceof Error ? e.message : String(e)}`,
      source,
    },
  ],
});

async function* walk(dir: string, seen: Set<string>): AsyncGenerator<Input> {
  let real: string;
  let entries: string[];
  try {
    real = await realpath(dir);
    if (seen.has(real)) return; // a symlink loop
    seen.add(real);
    entries = (await readdir(dir)).filter((n) => !n.startsWith('.')).sort();
  } catch (e) {
    yield unreadable(dir, e);
    return;
  }
  for (const name of entries) {
    const path = join(dir, name);
    let st;
    try {
      st = await stat(path);
    } catch (e) {
      yield unreadable(path, e);
      continue;
    }
    if (st.isDirectory()) yield* walk(path, seen);
    else if (st.isFile() && ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) yield { kind: 'file', path, size: st.size };
  }
}

export async function* expandInputs(inputs: readonly string[]): AsyncGenerator<Input> {
  for (const input of inputs) {
    if (input === '-') {
      yield { kind: 'stdin' };
      continue;
    }
    let st;
    try {
      st = await stat(input);
    } catch (e) {
      yield unreadable(input, e);
      continue;
    }
    if (st.isDirectory()) yield* walk(input, new Set());
    else if (st.isFile()) yield { kind: 'file', path: input, size: st.size };
    else yield unreadable(input, new Error('not a regular file'));
  }
}

/** Read a whole stream, stopping once it exceeds `max` bytes (then `tooLarge` is set). */
export async function readBounded(stream: AsyncIterable<Buffer | string>, max: number): Promise<{ bytes: Uint8Array; tooLarge: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    total += b.length;
    if (total > max) return { bytes: new Uint8Array(), tooLarge: true };
    chunks.push(b);
  }
  return { bytes: new Uint8Array(Buffer.concat(chunks)), tooLarge: false };
}

/** The first `n` bytes of a file. */
export async function head(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return new Uint8Array(buf.subarray(0, bytesRead));
  } finally {
    await fh.close();
  }
}

/** The lines of a (large) text file, streamed. */
export function fileLines(path: string): AsyncIterable<string> {
  return createInterface({ input: createReadStream(path, { encoding: 'utf8' }), crlfDelay: Infinity });
}
