import { stage } from '../../core/stage.js';

/** langid stage (stub: passes the analysis through). */
export const langid = stage('langid', (a) => a);
