import { stage } from '../../core/stage.js';

/** places stage (stub: passes the analysis through). */
export const places = stage('places', (a) => a);
