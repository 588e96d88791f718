/** A progress bar on stderr for long runs (only on a terminal; cli-progress is loaded only then). */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';

const EXT = new Set(['.txt', '.text', '.md', '.markdown', '.html', '.htm', '.xhtml', '.jsonl', '.ndjson']);

/** How many article files the inputs name (directories walked; hidden entries skipped), capped. */
export function countInputFiles(inputs: readonly string[], cap = 1_000_000): number {
  let n = 0;
  const walk = (p: string, top: boolean): void => {
    if (n >= cap) return;
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) if (!e.startsWith('.')) walk(join(p, e), false);
    } else if (st.isFile() && (top || EXT.has(extname(p).toLowerCase()))) n++;
  };
  for (const i of inputs) if (i !== '-') walk(i, true);
  return n;
}

/** Files inside the input directories that are not articles by their extension (ingest skips them). */
export function skippedInputFiles(inputs: readonly string[], cap = 100_000): string[] {
  const out: string[] = [];
  const walk = (p: string): void => {
    if (out.length >= cap) return;
    let st;
    try {
      st = statSync(p);
    } catch {
      return;
    }
    if (st.isDirectory()) {
      for (const e of readdirSync(p).sort()) if (!e.startsWith('.')) walk(join(p, e));
    } else if (st.isFile() && !EXT.has(extname(p).toLowerCase())) out.push(p);
  };
  for (const i of inputs) {
    if (i === '-') continue;
    try {
      if (statSync(i).isDirectory()) walk(i);
    } catch {
      /* reported by ingest */
    }
  }
  return out;
}

/** One stderr line naming files skipped as not articles (the first three, and how many). */
export function reportSkipped(command: string, inputs: readonly string[]): void {
  const skipped = skippedInputFiles(inputs);
  if (skipped.length === 0) return;
  const shown = skipped.slice(0, 3).join(', ');
  process.stderr.write(`${command}: skipped ${skipped.length} file(s) that are not articles by their extension (${shown}${skipped.length > 3 ? ', …' : ''}); articles are ${[...EXT].join(' ')}\n`);
}

export interface Progress {
  tick(source: string): void;
  stop(): void;
}

const NONE: Progress = { tick: () => {}, stop: () => {} };

/** A bar over `total` files when stderr is a terminal and the run is long enough to need one. */
export async function progressBar(label: string, total: number, enabled: boolean): Promise<Progress> {
  if (!enabled || !process.stderr.isTTY || total < 5) return NONE;
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: `${label} [{bar}] {value}/{total} files | {rate} files/s | ETA {eta_formatted}`, etaBuffer: 50, clearOnComplete: true },
    cliProgress.Presets.shades_classic,
  );
  const t0 = Date.now();
  const seen = new Set<string>();
  bar.start(total, 0, { rate: '0.0' });
  return {
    tick(source) {
      seen.add(source.replace(/#\d+$/, ''));
      const secs = Math.max((Date.now() - t0) / 1000, 1e-3);
      bar.update(Math.min(seen.size, total), { rate: (seen.size / secs).toFixed(1) });
    },
    stop: () => bar.stop(),
  };
}
