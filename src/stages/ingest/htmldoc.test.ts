import { beforeAll, describe, expect, it } from 'vitest';
import type { RawDocument } from '../../core/document.js';
import type { LanguagePack } from '../../lang/pack.js';
import { loadPacks } from '../../lang/registry.js';
import { blockText } from './blocks.js';
import { ingestString } from './index.js';

let packs: Record<string, LanguagePack>;
beforeAll(async () => {
  packs = await loadPacks();
});

const para = (s: string) => `<p>${s}</p>`;
const story = [
  'Firefighters in the port city of Westhaven battled a large blaze at a grain terminal on Saturday night, the harbour authority said in a statement on Sunday morning.',
  'The fire broke out shortly after ten in the evening and spread quickly through two warehouses, sending thick smoke over the old town &amp; the river banks.',
  'Nobody was hurt, according to the fire brigade, but three hundred residents of nearby streets were told to keep their windows closed until the smoke cleared.',
  'The cause of the fire was not yet known. Investigators were expected to visit the site on Monday once the ruins had cooled down.',
].map(para);

function page(head: string, bodyTop = ''): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<title>Blaze at grain terminal | Westhaven Courier</title>
${head}
</head>
<body>
<div class="cookie-consent"><p>This site uses cookies to improve your experience and to show personalised advertising from our partners.</p></div>
<nav class="menu"><a href="/">Home</a> <a href="/local">Local</a></nav>
<main><article>
<h1>Blaze at grain terminal</h1>
${bodyTop}
${story.join('\n')}
<div class="share-tools">Share this story</div>
</article></main>
<footer>Westhaven Courier &middot; All rights reserved</footer>
</body></html>`;
}

const read = (html: string): RawDocument => ingestString(html, 'page.html', 'html', { packs });

describe('HTML documents', () => {
  it('metadata from meta tags and JSON-LD; lang from <html lang>', () => {
    const d = read(
      page(`<meta property="og:title" content="Blaze at grain terminal">
<link rel="canonical" href="https://courier.example/local/blaze">
<meta name="author" content="Sam Field">
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Blaze at grain terminal","datePublished":"2023-06-11T08:30:00+02:00"}</script>`),
    );
    expect(d.format).toBe('html');
    expect(d.title).toBe('Blaze at grain terminal');
    expect(d.url).toBe('https://courier.example/local/blaze');
    expect(d.byline).toBe('Sam Field');
    expect(d.declaredLang).toBe('en');
    expect(d.date).toMatchObject({ value: '2023-06-11', precision: 'day', basis: 'metadata' });
    expect(d.original.slice(d.date!.span!.start, d.date!.span!.end)).toBe('2023-06-11T08:30:00+02:00');
  });

  it('article:published_time wins over other meta dates', () => {
    const d = read(page('<meta name="date" content="2023-06-12"><meta property="article:published_time" content="2023-06-11T06:00:00Z">'));
    expect(d.date?.value).toBe('2023-06-11');
  });

  it('without metadata the byline/date line of the article is read', () => {
    const d = read(page('', '<p class="byline">By Sam Field · 11 June 2023, 08:30</p>'));
    expect(d.date?.value).toBe('2023-06-11');
    expect(d.byline).toBe('Sam Field');
    expect(d.blocks.find((b) => blockText(b).startsWith('By Sam'))?.hint).toBe('meta');
  });

  it('Readability decides the content: story blocks stay, furniture is chrome; pieces index the raw HTML', () => {
    const html = page('');
    const d = read(html);
    const byText = new Map(d.blocks.map((b) => [blockText(b), b.hint]));
    expect(byText.get('Blaze at grain terminal')).toBe('title');
    expect(byText.get('This site uses cookies to improve your experience and to show personalised advertising from our partners.')).toBe('chrome');
    expect(byText.get('Home Local')).toBe('chrome');
    expect(byText.get('Share this story')).toBe('chrome');
    expect(byText.get('Westhaven Courier · All rights reserved')).toBe('chrome');
    const content = d.blocks.filter((b) => b.hint === 'paragraph');
    expect(content).toHaveLength(4);
    // a word of the story found through the block pieces indexes the raw HTML
    const word = 'Westhaven';
    const piece = content[0]!.pieces.find((p) => p.text.includes(word))!;
    const at = piece.start + piece.text.indexOf(word);
    expect(html.slice(at, at + word.length)).toBe(word);
    expect(at).toBeGreaterThan(html.indexOf('<article>'));
    // the decoded entity maps to its raw range
    const amp = content[1]!.pieces.find((p) => p.text === '&')!;
    expect(html.slice(amp.start, amp.end)).toBe('&amp;');
  });

  it('a dateline opening the first paragraph goes to meta', () => {
    const d = read(page('<meta property="article:published_time" content="2023-06-11">', '').replace('<p>Firefighters', '<p>WESTHAVEN, June 11 (Wire) - Firefighters'));
    expect(d.meta.map((m) => d.original.slice(m.start, m.end))).toContain('WESTHAVEN, June 11 (Wire) -');
    expect(d.blocks.some((b) => blockText(b).startsWith('Firefighters in the port city'))).toBe(true);
  });
});

describe('HTML without text', () => {
  it('warns when only markup and scripts are there', () => {
    const d = ingestString('<html><head><title>T</title></head><body><script>var a = "<p>no</p>";</script><nav>Menu</nav></body></html>', 'x.html', 'html');
    expect(d.diagnostics.map((x) => x.code)).toContain('ingest/no-text');
  });
});

describe('declared language fallbacks', () => {
  it('og:locale when <html> has no lang', () => {
    const d = ingestString('<html><head><meta property="og:locale" content="de_DE"></head><body><p>Ein Satz.</p></body></html>', 'x.html', 'html');
    expect(d.declaredLang).toBe('de');
  });
});

describe('photo captions and credits (issue 10)', () => {
  it('are page chrome: boilerplate after clean, never article text', async () => {
    const { runPipeline } = await import('../../core/pipeline.js');
    const { clean } = await import('../clean/index.js');
    const html = page(
      '',
      `<figure><img src="/a.jpg" alt=""><figcaption>Smoke rises over the terminal on Saturday night. <span class="credit">Photo: Jan Smit</span></figcaption></figure>
<figure><img src="/b.jpg" alt=""><p class="copyright">© Agency</p></figure>`,
    );
    const raw = ingestString(html, 'page.html', 'html', { packs });
    const caption = raw.blocks.filter((b) => /Smoke rises|Photo: Jan|© Agency/u.test(blockText(b)));
    expect(caption.length).toBeGreaterThan(0);
    for (const b of caption) expect(b.hint).toBe('chrome');
    const { analysis } = runPipeline(raw, { packs, gazetteer: () => { throw new Error('not needed'); } }, [clean]);
    expect(analysis.text).not.toContain('Smoke rises');
    expect(analysis.text).not.toContain('<');
    expect(analysis.boilerplate.some((b) => b.text.includes('Smoke rises over the terminal'))).toBe(true);
  });
});

describe('HTML dates beyond the publication meta tags', () => {
  it('a modification date only when nothing else dates the page; microdata; the first <time>', () => {
    const updatedOnly = ingestString(page('<meta property="article:modified_time" content="2022-06-07T10:00:00Z">'), 'p.html', 'html', { packs });
    expect(updatedOnly.date?.value).toBe('2022-06-07');
    const both = ingestString(page('<meta property="article:modified_time" content="2022-06-07T10:00:00Z">', '<p class="dateline">5 June 2022</p>'), 'p.html', 'html', { packs });
    expect(both.date?.value).toBe('2022-06-05');
    const micro = ingestString(page('', '<span itemprop="datePublished" content="2021-02-03"></span>'), 'p.html', 'html', { packs });
    expect(micro.date?.value).toBe('2021-02-03');
    const time = ingestString(page('', '<div class="info"><time datetime="2020-09-08T07:00">8 Sep</time></div>'), 'p.html', 'html', { packs });
    expect(time.date?.value).toBe('2020-09-08');
  });
});

describe('an HTML date line that does not read', () => {
  it('gives a diagnostic', () => {
    const d = ingestString(page('', '<p class="date">Published: 31 February 2023</p>'), 'p.html', 'html', { packs });
    expect(d.diagnostics.map((x) => x.code)).toContain('ingest/unparsed-date-line');
  });
});
