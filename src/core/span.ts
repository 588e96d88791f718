/**
 * Spans and offset maps.
 *
 * Every span that leaves the pipeline indexes the ORIGINAL text as read
 * (0-based, half-open, UTF-16 code units). Stages work on the cleaned text
 * and translate with an {@link OffsetMap} built while cleaning.
 */
export interface Span {
  start: number;
  end: number;
}

export interface TextSpan extends Span {
  text: string;
}

/** One contiguous piece of the cleaned text and the original range it came from. */
interface Piece {
  /** start in the cleaned text */
  c: number;
  /** length in the cleaned text */
  cl: number;
  /** start in the original text */
  o: number;
  /** length in the original text (differs from cl for decoded entities, synthetic separators) */
  ol: number;
}

/** Piecewise map from cleaned-text offsets to original-text offsets. */
export class OffsetMap {
  readonly #pieces: Piece[];
  readonly #length: number;

  constructor(pieces: Piece[], length: number) {
    this.#pieces = pieces;
    this.#length = length;
  }

  static identity(length: number): OffsetMap {
    return new OffsetMap([{ c: 0, cl: length, o: 0, ol: length }], length);
  }

  get length(): number {
    return this.#length;
  }

  #find(ci: number): Piece | undefined {
    const ps = this.#pieces;
    let lo = 0;
    let hi = ps.length - 1;
    let best: Piece | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const p = ps[mid]!;
      if (p.c <= ci) {
        best = p;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return best;
  }

  /** Original offset of the character at cleaned offset `ci` (a start position). */
  toOriginalStart(ci: number): number {
    const p = this.#find(ci);
    if (!p) return 0;
    if (ci >= p.c + p.cl) return p.o + p.ol; // inside a gap after the piece
    if (p.cl === p.ol) return p.o + (ci - p.c);
    return p.o; // decoded entity or synthetic text: map to the piece start
  }

  /** Original offset just after the character before cleaned offset `ce` (an end position). */
  toOriginalEnd(ce: number): number {
    if (ce <= 0) return this.toOriginalStart(0);
    const p = this.#find(ce - 1);
    if (!p) return 0;
    if (ce - 1 >= p.c + p.cl) return p.o + p.ol;
    if (p.cl === p.ol) return p.o + (ce - p.c);
    return p.o + p.ol;
  }

  toOriginal(span: Span): Span {
    const start = this.toOriginalStart(span.start);
    const end = Math.max(start, this.toOriginalEnd(span.end));
    return { start, end };
  }
}

/** Builds a cleaned text piece by piece while recording where each piece came from. */
export class TextBuilder {
  #parts: string[] = [];
  #pieces: Piece[] = [];
  #len = 0;

  get length(): number {
    return this.#len;
  }

  /** Append `original.slice(start, end)` verbatim. */
  copy(original: string, start: number, end: number): this {
    if (end <= start) return this;
    this.#push(original.slice(start, end), start, end - start);
    return this;
  }

  /** Append text that stands for `original[start, end)` but is not identical to it (a decoded entity). */
  replace(text: string, start: number, end: number): this {
    if (text.length === 0) return this;
    this.#push(text, start, end - start);
    return this;
  }

  /** Append text that exists nowhere in the original (a paragraph separator); it maps to `at`. */
  synthetic(text: string, at: number): this {
    if (text.length === 0) return this;
    this.#push(text, at, 0);
    return this;
  }

  #push(text: string, o: number, ol: number): void {
    const last = this.#pieces[this.#pieces.length - 1];
    // merge with the previous verbatim piece when contiguous
    if (last && last.cl === last.ol && ol === text.length && last.o + last.ol === o && last.c + last.cl === this.#len) {
      last.cl += text.length;
      last.ol += ol;
    } else {
      this.#pieces.push({ c: this.#len, cl: text.length, o, ol });
    }
    this.#parts.push(text);
    this.#len += text.length;
  }

  build(): { text: string; map: OffsetMap } {
    return { text: this.#parts.join(''), map: new OffsetMap(this.#pieces, this.#len) };
  }
}

export function spanText(original: string, span: Span): TextSpan {
  return { start: span.start, end: span.end, text: original.slice(span.start, span.end) };
}

export function overlaps(a: Span, b: Span): boolean {
  return a.start < b.end && b.start < a.end;
}

export function contains(outer: Span, inner: Span): boolean {
  return outer.start <= inner.start && inner.end <= outer.end;
}
