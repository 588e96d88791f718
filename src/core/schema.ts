/**
 * The output contract: what `sitrep extract` prints per article.
 * Field names of places, events and casualties follow the corpus README
 * (../shared/corpus/README.md); extra fields carry provenance.
 * The JSON Schema in schema/ is generated from these (npm run schema).
 */
import { z } from 'zod';

export const SpanSchema = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  text: z.string(),
});

/** How a value was obtained: the rule id, and whether the text states it or we inferred it. */
export const ProvenanceSchema = z.object({
  rule: z.string(),
  stated: z.boolean(),
});

export const PrecisionSchema = z.enum(['day', 'month', 'year']);
export const DateBasisSchema = z.enum(['explicit', 'relative', 'inferred', 'metadata', 'cli', 'none']);

export const DocDateSchema = z.object({
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  value: z.string().nullable(),
  precision: PrecisionSchema.nullable(),
  basis: DateBasisSchema,
  span: SpanSchema.optional(),
});

export const DiagnosticSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  stage: z.string(),
  message: z.string(),
  span: z.object({ start: z.number(), end: z.number() }).optional(),
  source: z.string().optional(),
});

/** `region`: a continent or multi-country region ("Europe", "Sahel"), reported with a representative point */
export const LevelSchema = z.enum(['country', 'admin1', 'admin2', 'place', 'region']);

export const PlaceSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  level: LevelSchema,
  name: z.string(),
  /** ISO 3166-1 alpha-2 */
  country: z.string(),
  admin1: z.string().optional(),
  /** second-level division (district, county, raion, LGA) the place lies in, or is */
  admin2: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  geonameId: z.number().int().optional(),
  /** toponym | demonym (adjectives such as "Russische" are not toponyms) */
  kind: z.enum(['toponym', 'demonym']),
  precision: z.object({ acled: z.number().int().min(1).max(3), ucdp: z.number().int().min(1).max(7) }),
  radiusKm: z.number().optional(),
  rule: z.string(),
  stated: z.boolean().optional(),
});

export const HedgeSchema = z.enum(['asserted', 'reported', 'claimed', 'denied']);

export const ClaimSchema = z.object({
  /** canonical name of who makes the claim; null = the article's own voice */
  name: z.string().nullable(),
  /** other names of the same source (a person's role title such as "Governor of Kursk Oblast", an acronym) */
  aliases: z.array(z.string()).optional(),
  hedge: HedgeSchema,
  /** the words that set the hedge or attribution ("naar verluidt", "according to") */
  cue: SpanSchema.nullable().optional(),
  span: SpanSchema.optional(),
  rule: z.string().optional(),
});

export const ActorSchema = z.object({
  name: z.string(),
  kind: z.string(),
  /** ACLED inter code 1..8 where known */
  inter: z.number().int().min(0).max(8).optional(),
  role: z.string().optional(),
  /** other names of the same actor: a person's office ("Governor of Kursk Oblast"), an acronym, a generic form ("Russian armed forces") */
  aliases: z.array(z.string()).optional(),
  /** ISO 3166-1 alpha-2 of the state the actor belongs to, where known */
  country: z.string().optional(),
  mentions: z.array(SpanSchema),
  rule: z.string(),
});

export const DateWindowSchema = z.object({
  start: z.string(),
  end: z.string(),
  precision: PrecisionSchema.optional(),
  basis: z.enum(['explicit', 'relative', 'inferred']).optional(),
  span: SpanSchema.optional(),
  rule: z.string().optional(),
});

export const EventLocationSchema = z.object({
  level: LevelSchema,
  name: z.string(),
  country: z.string(),
  admin1: z.string().optional(),
  /** second-level division (district, county, raion, LGA) the place lies in, or is */
  admin2: z.string().optional(),
  lat: z.number().optional(),
  lon: z.number().optional(),
  geonameId: z.number().int().optional(),
  span: SpanSchema.optional(),
  rule: z.string().optional(),
  stated: z.boolean().optional(),
});

export const FigureSchema = z.object({
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
});

export const EventSchema = z.object({
  id: z.string(),
  type: z.string(),
  subType: z.string(),
  date: DateWindowSchema,
  location: EventLocationSchema,
  actors: z.array(z.string()),
  actorRoles: z.array(z.object({ name: z.string(), role: z.enum(['initiator', 'target', 'other']) })).optional(),
  fatalities: FigureSchema.optional(),
  injuries: FigureSchema.optional(),
  sources: z.array(ClaimSchema),
  trigger: SpanSchema,
  evidence: z.array(SpanSchema),
  /** rule id per field, e.g. {type: "nl.trigger.mortieraanval", location: "loc.clause"} */
  rules: z.record(z.string(), z.string()),
});

export const CasualtySchema = z.object({
  kind: z.enum(['killed', 'injured', 'missing', 'detained', 'displaced']),
  min: z.number().int().nonnegative().nullable(),
  max: z.number().int().nonnegative().nullable(),
  /** UCDP-style estimates beside ACLED's conservative count */
  low: z.number().int().nonnegative().nullable().optional(),
  best: z.number().int().nonnegative().nullable().optional(),
  high: z.number().int().nonnegative().nullable().optional(),
  acled: z.number().int().nonnegative().nullable().optional(),
  who: z.string().nullable(),
  source: z.string().nullable(),
  hedge: HedgeSchema,
  claim: ClaimSchema.optional(),
  eventId: z.string().nullable().optional(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  rule: z.string(),
});

export const SitrepDocumentSchema = z.object({
  document: z.object({
    id: z.string(),
    source: z.string(),
    format: z.enum(['text', 'html', 'jsonl']),
    lang: z.string(),
    date: DocDateSchema,
    title: z.string().optional(),
    url: z.string().optional(),
    byline: z.string().optional(),
    /** language per paragraph where the article mixes languages */
    paragraphLangs: z.array(z.object({ start: z.number(), end: z.number(), lang: z.string() })).optional(),
  }),
  boilerplate: z.array(SpanSchema.extend({ reason: z.string() })),
  places: z.array(PlaceSchema),
  actors: z.array(ActorSchema),
  events: z.array(EventSchema),
  casualties: z.array(CasualtySchema),
  diagnostics: z.array(DiagnosticSchema),
});

export type TextSpanOut = z.infer<typeof SpanSchema>;
export type DocDate = z.infer<typeof DocDateSchema>;
export type Place = z.infer<typeof PlaceSchema>;
export type Claim = z.infer<typeof ClaimSchema>;
export type Hedge = z.infer<typeof HedgeSchema>;
export type Actor = z.infer<typeof ActorSchema>;
export type DateWindow = z.infer<typeof DateWindowSchema>;
export type EventLocation = z.infer<typeof EventLocationSchema>;
export type SitrepEvent = z.infer<typeof EventSchema>;
export type Casualty = z.infer<typeof CasualtySchema>;
export type SitrepDocument = z.infer<typeof SitrepDocumentSchema>;
export type Level = z.infer<typeof LevelSchema>;
