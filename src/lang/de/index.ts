import type { LanguagePack } from '../pack.js';
import { ingest } from './ingest.js';
import { clean } from './clean.js';
import { segment } from './segment.js';
import { places } from './places.js';
import { time } from './time.js';
import { actors } from './actors.js';
import { events } from './events.js';
import { casualties } from './casualties.js';
import { claims } from './claims.js';

export const pack: LanguagePack = {
  code: 'de',
  name: 'German',
  ingest,
  clean,
  segment,
  places,
  time,
  actors,
  events,
  casualties,
  claims,
};
