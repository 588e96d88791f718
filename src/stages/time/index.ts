import { stage } from '../../core/stage.js';

/** time stage (stub: passes the analysis through). */
export const time = stage('time', (a) => a);
