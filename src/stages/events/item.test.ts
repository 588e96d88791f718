import { describe, expect, it } from 'vitest';
import type { MergeItem } from './item.js';
import { absorb, paragraphsOf } from './item.js';

function item(paragraph: number, sentence: number): MergeItem {
  return {
    type: 'Battles',
    subType: 'Armed clash',
    location: { level: 'place', name: 'X', country: 'UA' },
    date: { start: '2025-01-01', end: '2025-01-01' },
    heading: false,
    evidence: [{ start: sentence * 10, end: sentence * 10 + 5, text: 'xxxxx' }],
    sentences: [sentence],
    actors: [],
    paragraph,
  };
}

describe('events: absorbing a mention', () => {
  it('keeps every paragraph, sentence and evidence span of both', () => {
    const a = item(1, 2);
    absorb(a, item(3, 7));
    expect(paragraphsOf(a).sort()).toEqual([1, 3]);
    expect(a.paragraph).toBe(3);
    expect(a.sentences).toEqual([2, 7]);
    expect(a.evidence).toHaveLength(2);
    absorb(a, item(3, 7));
    expect(a.evidence).toHaveLength(2);
  });
});
