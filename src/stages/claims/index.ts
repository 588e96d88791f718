import { stage } from '../../core/stage.js';

/** claims stage (stub: passes the analysis through). */
export const claims = stage('claims', (a) => a);
