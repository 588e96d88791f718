import { stage } from '../../core/stage.js';

/** actors stage (stub: passes the analysis through). */
export const actors = stage('actors', (a) => a);
