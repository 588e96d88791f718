import { stage } from '../../core/stage.js';

/** casualties stage (stub: passes the analysis through). */
export const casualties = stage('casualties', (a) => a);
