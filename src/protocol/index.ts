export * from './common.js';
export * from './events.js';
export * from './http.js';
export * from './challenge.js';
export type { Ack, ErrorBody, ErrorCode } from '../errors.js';
export * from './homes.js';
