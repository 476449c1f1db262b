/** Room names are built in src/names.ts (one module for every room and Redis key). */
export { parseRoom, rooms } from '../names.js';
