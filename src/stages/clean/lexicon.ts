/** What a language pack supplies to the clean stage (data only). */

/** Why a stretch of the source is boilerplate (not extraction material). */
export type BoilerplateReason =
  | 'cookie-wall'
  | 'read-more'
  | 'caption'
  | 'credit'
  | 'share'
  | 'newsletter'
  | 'pull-quote'
  | 'byline'
  | 'chrome'
  | 'meta'
  | 'menu'
  | 'repeated';

/**
 * One boilerplate cue. Clean tests the cues of ALL packs (it runs before language
 * identification), against each block's text.
 */
export interface BoilerplateCue {
  reason: BoilerplateReason;
  /** Unicode-aware pattern tested against the block text (leading/trailing whitespace trimmed). */
  pattern: RegExp;
  /**
   * `block`: a match makes the whole block boilerplate.
   * `match`: only the matched text is boilerplate (the named group `bp` when present), the
   * rest of the block is kept — a photo credit after a caption, "Updated 3 hours ago" after a date.
   */
  scope: 'block' | 'match';
  /** the cue only counts in blocks of at most this many words */
  maxWords?: number;
  /** the cue only counts in blocks that do not end like a sentence (. ! ?) — for bylines and similar one-liners */
  unterminated?: boolean;
}

export interface CleanLexicon {
  cues: BoilerplateCue[];
}
