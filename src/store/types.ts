/**
 * The store: ONE interface, two mirror-image backends (src/store/sqlite, src/store/postgres).
 *
 * Write path: `putDocument(doc, original)` stores one analysed article (its original text and every
 * extraction) and merges its events with those already stored, all in ONE transaction. The article id
 * is the content hash (RawDocument.id), so putting the same article twice changes nothing.
 *
 * Read path: what the CLI, the HTTP API, the exports and the web page need. "Events" in the read
 * path are MERGED events (one per real-world event, possibly reported by several articles);
 * the per-article events they were merged from are their `members`.
 */
import type { Casualty, Claim, DateWindow, EventLocation, Hedge, Level, Place, SitrepDocument, SitrepEvent, TextSpanOut } from '../core/schema.js';

/** One article event, named by its article (content hash) and its id inside that article. */
export interface MemberRef {
  articleId: string;
  eventId: string;
}

/** An article as listed (without its text). */
export interface StoredArticle {
  /** content hash (sha256 hex, first 16) of the original text */
  id: string;
  /** file path or `path#line` it was read from (first ingest wins) */
  source: string;
  format: SitrepDocument['document']['format'];
  lang: string;
  /** document date value (YYYY-MM-DD | YYYY-MM | YYYY) or null */
  date: string | null;
  title: string | null;
  url: string | null;
  byline: string | null;
  /** characters in the original text */
  length: number;
  eventCount: number;
  /** ISO timestamp of the first ingest (never changed by re-ingest) */
  ingestedAt: string;
}

/** An article with its original text and the full extraction stored for it. */
export interface ArticleWithText extends StoredArticle {
  original: string;
  document: SitrepDocument;
  /** merged event id of each of this article's events (article event id → merged id) */
  mergedIds: Record<string, string>;
  /** other outlets' copies of this story (republished or lightly edited), stored as its sources; oldest first */
  copies?: StoredCopy[];
}

/**
 * An article stored as a copy of a stored story: its text is a near-duplicate (MinHash estimate of
 * word-shingle Jaccard similarity ≥ 0.55) of the story's, so it was not extracted again. It keeps its
 * own outlet, URL, date and original text, and counts as one more source of the story's events.
 */
export interface StoredCopy {
  /** content hash of the copy's own text */
  id: string;
  /** the stored article (story) it is a copy of */
  storyId: string;
  source: string;
  /** the publishing site: host name of `url` (without `www.`), null without a URL */
  outlet: string | null;
  format: SitrepDocument['document']['format'];
  lang: string;
  date: string | null;
  title: string | null;
  url: string | null;
  byline: string | null;
  length: number;
  /** estimated similarity to the story's text (0..1) */
  similarity: number;
  ingestedAt: string;
}

/** What `putCopy` needs of an article read but not analysed (a RawDocument has all of it). */
export interface CopyCandidate {
  id: string;
  source: string;
  format: SitrepDocument['document']['format'];
  original: string;
  title?: string;
  url?: string;
  byline?: string;
  /** document date value (YYYY-MM-DD | YYYY-MM | YYYY) */
  date?: string;
  declaredLang?: string;
}

/** Range of a casualty figure across the claims of a merged event (UCDP-style low/best/high). */
export interface FigureRange {
  low: number | null;
  /** the highest stated lower bound: every claim "at least N" is consistent with it */
  best: number | null;
  /** null when some claim is open-ended ("at least N") and none gives an upper bound above it */
  high: number | null;
}

/** Who said what, pointing back into one article. */
export interface ClaimRef extends MemberRef {
  /** claim source name; null = the article's own voice */
  source: string | null;
  hedge: Hedge;
  /** article source (file path) and language, for display */
  article: string;
  lang: string;
  /** where the value is stated in the article's original text */
  span?: TextSpanOut;
}

/** A field on which the merged articles disagree; each distinct value names the claims behind it. */
export interface Conflict {
  field: 'fatalities' | 'injuries' | 'type' | 'subType' | 'date' | 'location';
  values: Array<{ value: unknown; claims: ClaimRef[] }>;
}

/** One real-world event, merged from one or more article events. */
export interface MergedEvent {
  /** stable: derived from the earliest member key, the same for the same input in any ingest order */
  id: string;
  type: string;
  subType: string;
  /** the intersection of the members' windows when they overlap (else the earliest member's window) */
  date: { start: string; end: string };
  /** the most precise member location (place > admin2 > admin1 > country) */
  location: EventLocation;
  /** union of member actors, sorted */
  actors: string[];
  actorRoles: Array<{ name: string; role: 'initiator' | 'target' | 'other' }>;
  fatalities: FigureRange | null;
  injuries: FigureRange | null;
  /** distinct hedges over all claims, strongest first (asserted, claimed, reported, denied) */
  hedges: Hedge[];
  /** distinct named claim sources, sorted (the article's own voice not included) */
  sources: string[];
  mergedFrom: MemberRef[];
  articleCount: number;
  langs: string[];
  conflicts: Conflict[];
  /** the earliest member's trigger sentence text, for notes/snippets */
  summary: string;
}

/** One member of a merged event with everything the article says about it. */
export interface EventMember extends MemberRef {
  event: SitrepEvent;
  /** the event's claims (its `sources`), with spans into the article's original text */
  claims: Claim[];
  /** casualty figures the article links to this event */
  casualties: Casualty[];
  /** the sentence around the trigger, as a span of the original text */
  sentence: TextSpanOut | null;
  article: StoredArticle;
}

export interface EventDetail extends MergedEvent {
  members: EventMember[];
}

export interface EventFilter {
  /** [minLon, minLat, maxLon, maxLat] */
  bbox?: [number, number, number, number];
  /** date window overlaps [from, to] (YYYY-MM-DD; inclusive) */
  from?: string;
  to?: string;
  type?: string;
  subType?: string;
  /** exact actor name (case-insensitive) */
  actor?: string;
  /** any of these exact actor names (case-insensitive); with `actor`, both must hold */
  actors?: string[];
  /** ISO 3166-1 alpha-2 */
  country?: string;
  admin1?: string;
  /** admin2 (district, county, raion) name of the location (case-insensitive) */
  admin2?: string;
  /** any of these admin1 names (case-insensitive) */
  admin1s?: string[];
  /** claim source name (case-insensitive exact) */
  source?: string;
  /** some claim of the event carries this hedge */
  hedge?: Hedge;
  /** full-text search over the text of the member articles */
  q?: string;
  /** only events reported by this article */
  article?: string;
  /** page size, default 50, at most 1000 */
  limit?: number;
  /** opaque cursor from a previous page's `next` */
  cursor?: string;
}

export interface ArticleFilter {
  lang?: string;
  /** full-text search over the article text */
  q?: string;
  /** substring of the source path */
  source?: string;
  limit?: number;
  cursor?: string;
}

export interface PlaceFilter {
  country?: string;
  level?: Level;
  /** name prefix (case-insensitive) */
  q?: string;
  limit?: number;
  cursor?: string;
}

/** A place aggregated over all stored mentions. */
export interface PlaceSummary {
  /** `${country}:${level}:${geonameId ?? name}` */
  key: string;
  name: string;
  level: Level;
  country: string;
  admin1: string | null;
  lat: number | null;
  lon: number | null;
  geonameId: number | null;
  mentions: number;
  articles: number;
  /** merged events located here */
  events: number;
}

/** Ordered newest first: (date.start DESC, id DESC) for events; (ingestedAt DESC, id DESC) for articles. */
export interface Page<T> {
  items: T[];
  /** cursor for the next page, null at the end */
  next: string | null;
}

export interface StoreStats {
  articles: number;
  articleEvents: number;
  mergedEvents: number;
  /** merged events reported by more than one article */
  multiSourceEvents: number;
  claims: number;
  casualties: number;
  places: number;
  conflicts: number;
  byLang: Record<string, number>;
  byType: Record<string, number>;
  byCountry: Record<string, number>;
  /** earliest and latest event date */
  dateRange: { from: string | null; to: string | null };
}

export interface PutResult {
  articleId: string;
  /** `exists`: the content hash was stored already; nothing was written */
  status: 'inserted' | 'exists';
  events: number;
  /** merged events created or changed by this write */
  merged: string[];
  /** set when the article was stored as a copy of this stored story (not extracted; no events of its own) */
  copyOf?: string;
  similarity?: number;
}

/** An actor as the merged events name it, with how many merged events name it. */
export interface ActorSummary {
  name: string;
  events: number;
}

/** A first-level region as the merged events name it. */
export interface Admin1Summary {
  country: string;
  admin1: string;
  events: number;
}

/** Events per day over a filter (for a time axis). */
export interface DayCount {
  day: string;
  events: number;
}

/** The articles behind a merged event, with the start of an HTML original (`head`) when asked for. */
export interface EventArticle extends StoredArticle {
  head?: string;
}

export interface Store {
  readonly kind: 'sqlite' | 'postgres';
  /** Store one analysed article and merge its events, in one transaction. Idempotent by content hash. */
  putDocument(doc: SitrepDocument, original: string): Promise<PutResult>;
  /**
   * Store an article that has not been analysed as a copy of a stored story, when its text is a
   * near-duplicate of one (then it needs no extraction). `null`: no stored story is like it (analyse it
   * and `putDocument` it); `exists`: this content hash is stored already. `putDocument` makes the same
   * check inside its transaction, so two workers racing with copies of a new story still store one story.
   */
  putCopy(article: CopyCandidate): Promise<PutResult | null>;
  /** Which of these content hashes are stored already, as articles or as copies (for fast resume). */
  knownArticles(ids: readonly string[]): Promise<Set<string>>;
  getArticle(id: string): Promise<ArticleWithText | null>;
  listArticles(filter?: ArticleFilter): Promise<Page<StoredArticle>>;
  listEvents(filter?: EventFilter): Promise<Page<MergedEvent>>;
  /** How many merged events match the filter (cursor and limit ignored). */
  countEvents(filter?: EventFilter): Promise<number>;
  /** A merged id replaced by a later re-merge (e.g. a report with an earlier key joined) resolves to its successor. */
  getEvent(id: string): Promise<EventDetail | null>;
  listPlaces(filter?: PlaceFilter): Promise<Page<PlaceSummary>>;
  /** Actor names of the merged events with their event counts, most frequent first (`q`: substring, case-insensitive). */
  listActors(filter?: { q?: string; limit?: number }): Promise<ActorSummary[]>;
  /** Distinct (country, admin1) of the merged events with counts, most frequent first. */
  listAdmin1(filter?: { country?: string; limit?: number }): Promise<Admin1Summary[]>;
  /** Merged events per start day matching the filter (cursor and limit ignored), in day order. */
  eventDays(filter?: EventFilter): Promise<DayCount[]>;
  /** The articles behind each merged event (by merged id), with other outlets' copies of them; `head`: also the first N characters of HTML originals. */
  eventArticles(ids: readonly string[], opts?: { head?: number }): Promise<Map<string, EventArticle[]>>;
  stats(): Promise<StoreStats>;
  /** Canonical dump of the stored content (articles, extractions, merged events) — equal dumps = equal content. */
  dump(): Promise<string>;
  /** Backend integrity check ("ok" when fine). */
  check(): Promise<string>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** SQLite file (default $SITREP_DB or ./sitrep.db) */
  sqlite?: string;
  /** PostgreSQL connection URL */
  pg?: string;
  /** PostgreSQL schema to use (created if missing; default "sitrep") */
  pgSchema?: string;
  /** store near-duplicates of a stored story as its copies (default true) */
  dedup?: boolean;
}

export type { DateWindow, EventLocation, Hedge, Level, Place };
