export { NURTURE_DAYS, nurtureMessage, planFollowUps } from '../bots/nurture.js';
export type { NurtureMessageInput, NurturePlanInput, PlannedFollowUp } from '../bots/nurture.js';
export { createFollowUpScheduler } from './scheduler.js';
export type {
  FollowUpScheduler,
  FollowUpSchedulerOptions,
  SchedulerLogger,
  TickResult,
} from './scheduler.js';
export { createWebhookSender, SIGNATURE_HEADER, signBody, signTimestamped } from './webhook.js';
export type { WebhookResult, WebhookSender, WebhookSenderOptions } from './webhook.js';
export { DEFAULT_QUIET_HOURS, isQuietTime, localParts, nextSendableMs } from '../time-zone.js';
