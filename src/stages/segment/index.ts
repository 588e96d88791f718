import { stage } from '../../core/stage.js';

/** segment stage (stub: passes the analysis through). */
export const segment = stage('segment', (a) => a);
