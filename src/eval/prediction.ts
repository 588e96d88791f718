/**
 * What eval reads from a system's output for one article: a SitrepDocument or
 * any JSON with top-level `places`, `events` and `casualties` (extra fields are
 * fine; a missing array counts as empty). Only the fields scoring needs are checked.
 */
import { z } from 'zod';

const Num = z.number().nullable().optional();

const PredPlaceSchema = z.looseObject({
  start: z.number().int(),
  end: z.number().int(),
  text: z.string().optional(),
  level: z.string().optional(),
  name: z.string().nullable().optional(),
  country: z.string().nullable().optional(),
  admin1: z.string().nullable().optional(),
  lat: Num,
  lon: Num,
  kind: z.string().optional(),
});

const PredClaimSchema = z.looseObject({
  name: z.string().nullable(),
  aliases: z.array(z.string()).optional(),
  hedge: z.string(),
});

const FigureSchema = z.looseObject({ min: z.number().int().nullable(), max: z.number().int().nullable() });

const PredEventSchema = z.looseObject({
  id: z.string().optional(),
  type: z.string(),
  subType: z.string().nullable().optional(),
  date: z.looseObject({ start: z.string(), end: z.string() }),
  location: z.looseObject({
    level: z.string().optional(),
    name: z.string().nullable().optional(),
    country: z.string().nullable().optional(),
    admin1: z.string().nullable().optional(),
    lat: Num,
    lon: Num,
  }),
  fatalities: FigureSchema.nullable().optional(),
  sources: z.array(PredClaimSchema).optional(),
});

const PredCasualtySchema = z.looseObject({
  kind: z.string(),
  min: z.number().int().nullable(),
  max: z.number().int().nullable(),
});

export const PredictionSchema = z.looseObject({
  places: z.array(PredPlaceSchema).default([]),
  events: z.array(PredEventSchema).default([]),
  casualties: z.array(PredCasualtySchema).default([]),
});

export type Prediction = z.infer<typeof PredictionSchema>;
export type PredPlace = Prediction['places'][number];
export type PredEvent = Prediction['events'][number];
export type PredCasualty = Prediction['casualties'][number];

export const EMPTY_PREDICTION: Prediction = { places: [], events: [], casualties: [] };

/** Read a prediction from parsed JSON; a one-element array (as `extract` prints for one file) is unwrapped. */
export function parsePrediction(data: unknown): { ok: true; prediction: Prediction } | { ok: false; message: string } {
  const value = Array.isArray(data) && data.length === 1 ? data[0] : data;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, message: 'expected a JSON object with places, events and casualties' };
  }
  const r = PredictionSchema.safeParse(value);
  if (!r.success) {
    return {
      ok: false,
      message: r.error.issues
        .slice(0, 8)
        .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
        .join('; '),
    };
  }
  return { ok: true, prediction: r.data };
}
