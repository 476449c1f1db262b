export * from './common.js';
export * from './events.js';
export * from './http.js';
export type { Ack, ErrorBody, ErrorCode } from '../errors.js';
