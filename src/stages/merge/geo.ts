export { distanceKm } from '../../core/geo.js';
