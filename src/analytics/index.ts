/** Analytics (docs/ANALYTICS.md): the lead event log, its rollups, the reports and experiments. */
export { LeadEventType, leadEventSchema, ONCE_PER_CONVERSATION, type LeadEvent } from './events.js';
export {
  conversationChangeEvents,
  conversationStartedEvents,
  leadCreatedEvents,
  messageEvents,
  turnEvents,
  type ConversationScope,
} from './derive.js';
export {
  Dimension,
  Grain,
  DURATION_EDGES_MS,
  durationBucket,
  rollupIncrements,
  TIMED_EVENTS,
  type RollupIncrement,
} from './rollups.js';
