import { decodeHTML } from 'entities';
import { describe, expect, it } from 'vitest';
import type { RawBlock } from '../../core/document.js';
import { blockText } from './blocks.js';
import { htmlBlocks, textPieces } from './htmlblocks.js';
import { scanHtml } from './htmlscan.js';

/** Every piece is the raw slice, its entity-decoded form, or one space for a whitespace run. */
function expectPiecesMapRaw(html: string, blocks: RawBlock[]): void {
  for (const b of blocks) {
    expect(b.start).toBe(b.pieces[0]!.start);
    expect(b.end).toBe(b.pieces[b.pieces.length - 1]!.end);
    for (const p of b.pieces) {
      const raw = html.slice(p.start, p.end);
      const ok = p.text === raw || p.text === decodeHTML(raw) || (p.text === ' ' && /^\s+$/u.test(raw));
      expect(ok, `${JSON.stringify(p)} vs ${JSON.stringify(raw)}`).toBe(true);
    }
  }
}

describe('HTML scanner', () => {
  it('yields tags with attributes (quoted ">" inside), skips comments and raw-text content', () => {
    const html = '<!DOCTYPE html><!-- c <p>x</p> --><div data-x="a>b" class=foo>Hi<script>if (a<b) {"</p>"}</script><br/>there</div>';
    const toks = [...scanHtml(html)];
    expect(toks.filter((t) => t.type === 'text').map((t) => html.slice(t.start, t.end))).toEqual(['Hi', 'there']);
    const div = toks.find((t) => t.type === 'open' && t.name === 'div');
    expect(div).toMatchObject({ attrs: { 'data-x': 'a>b', class: 'foo' } });
    expect(toks.some((t) => t.type === 'open' && t.name === 'br' && t.selfClosing)).toBe(true);
  });

  it('a lone "<" is text', () => {
    const html = '<p>3 < 4 and 5 <= 6</p>';
    const t = [...scanHtml(html)].filter((x) => x.type === 'text');
    expect(t.map((x) => html.slice(x.start, x.end))).toEqual(['3 < 4 and 5 <= 6']);
  });
});

describe('HTML pieces', () => {
  it('decodes named, decimal and hex entities per piece', () => {
    const html = 'Caf&eacute; &amp; bar&#8212;&#x2019;s&nbsp;end &bogus; x';
    const ps = textPieces(html, 0, html.length);
    expect(ps.map((p) => p.text).join('')).toBe('Café & bar—’s\u00a0end &bogus; x');
    const amp = ps.find((p) => p.text === '&')!;
    expect(html.slice(amp.start, amp.end)).toBe('&amp;');
  });

  it('collapses whitespace runs to one decoded space', () => {
    const html = 'one\n    two';
    const ps = textPieces(html, 0, html.length);
    expect(ps).toEqual([
      { text: 'one', start: 0, end: 3 },
      { text: ' ', start: 3, end: 8 },
      { text: 'two', start: 8, end: 11 },
    ]);
  });
});

describe('HTML blocks', () => {
  const html = `<html lang="nl"><head><title>Kop | Krant</title><style>p{color:red}</style></head>
<body>
<div id="cookie-notice"><p>Wij gebruiken cookies.</p><button>Akkoord</button></div>
<nav><ul><li><a href="/">Home</a></li><li><a href="/b">Buitenland</a></li></ul></nav>
<article>
<header><h1>Brand in  de haven</h1></header>
<p class="byline">Door Piet Jansen</p>
<p>In de <b>haven</b> van Rotterdam brak &eacute;&eacute;n brand uit.<br>Er vielen geen gewonden.
<p>Een tweede alinea, met <a href="#">een link</a>.</p>
<figure><img src="x.jpg" alt="foto"><figcaption>Rook boven de kade.</figcaption></figure>
<blockquote>Het was een grote brand</blockquote>
<ul><li>punt een<li>punt twee</ul>
<template><p>niet zichtbaar</p></template>
<svg><text>geen tekst</text></svg>
</article>
<aside class="related">Lees ook dit</aside>
<footer><p>&copy; 2023 Krant</p></footer>
</body></html>`;
  const blocks = htmlBlocks(html);

  it('pieces map to the raw source', () => {
    expectPiecesMapRaw(html, blocks);
  });

  it('splits at block-level tags and <br>, joins inline tags, skips head/template/svg', () => {
    expect(blocks.map(blockText)).toEqual([
      'Wij gebruiken cookies.',
      'Akkoord',
      'Home',
      'Buitenland',
      'Brand in de haven',
      'Door Piet Jansen',
      'In de haven van Rotterdam brak één brand uit.',
      'Er vielen geen gewonden.',
      'Een tweede alinea, met een link.',
      'Rook boven de kade.',
      'Het was een grote brand',
      'punt een',
      'punt twee',
      'Lees ook dit',
      '© 2023 Krant',
    ]);
  });

  it('hints from the markup', () => {
    expect(blocks.map((b) => b.hint)).toEqual([
      'chrome',
      'chrome',
      'chrome',
      'chrome',
      'heading',
      'meta',
      'paragraph',
      'paragraph',
      'paragraph',
      'chrome',
      'quote',
      'list',
      'list',
      'chrome',
      'chrome',
    ]);
  });
});
