import { stage } from '../../core/stage.js';

/** events stage (stub: passes the analysis through). */
export const events = stage('events', (a) => a);
