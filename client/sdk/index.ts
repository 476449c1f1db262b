export {
  createWidgetClient,
  type WidgetClient,
  type WidgetClientEvents,
  type WidgetClientOptions,
} from './widget-client.js';
export { createAgentClient, type AgentClient, type AgentClientOptions } from './agent-client.js';
export {
  createSupervisorClient,
  type SupervisorClient,
  type SupervisorClientOptions,
} from './supervisor-client.js';
export type { StaffClientBase } from './staff-base.js';
export type { StaffClientEvents, StaffClientOptions } from './staff-core.js';
export type { ConnectionOptions, ConnectionState, ConnectionEvents, TokenSource } from './connection.js';
export { HubClientError, ClientErrorCode, isRetryable, type HubClientErrorCode } from './errors.js';
export type { OutboxEntry } from './outbox.js';
export {
  createStreamAssembler,
  type StreamAssembler,
  type StreamView,
  type StreamFamily,
  type StreamStatus,
} from './streams.js';
export { createTranscript, type Transcript } from './transcript.js';
export {
  createCoachingParser,
  parseCoaching,
  COACH_SECTIONS,
  QUALIFICATION_SECTIONS,
  type CoachingParser,
  type CoachingStreamKind,
  type CoachingView,
  type CoachSectionKey,
} from './coaching.js';
export { memoryStorage, webStorage, type KeyValueStorage } from './storage.js';
export { createWidgetSession, requestDevToken, type HttpOptions } from './http.js';
export { solveChallenge } from './challenge.js';
export { newClientMsgId } from './ids.js';
export type * from '../../src/protocol/index.js';
