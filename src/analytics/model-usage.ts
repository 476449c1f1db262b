import { costUsd } from '../llm/pricing.js';
import type { ModelUsage } from '../llm/port.js';
import type { UsageScope } from '../llm/usage.js';
import type { EventAppender } from './appender.js';

/**
 * The model provider's `onTokens`: every settled model call that belongs to a conversation (coaching, analysis,
 * phrasing, reading, narratives) becomes a `model_usage` lead event with its tokens and its cost at list prices
 * (src/llm/pricing.ts), so cost per conversation and per qualified lead come from the event log. Appended in the
 * background (EventAppender): the stream never waits for it.
 */
export function modelUsageEvents(appender: EventAppender) {
  return (scope: UsageScope, usage: ModelUsage): void => {
    if (!scope.conversationId) return;
    appender.appendFor(scope.tenantId, scope.conversationId, () => [
      {
        type: 'model_usage',
        tokensIn: usage.inputTokens,
        tokensOut: usage.outputTokens,
        ...(usage.cacheReadTokens > 0 ? { cacheReadTokens: usage.cacheReadTokens } : {}),
        ...(usage.cacheCreationTokens > 0 ? { cacheWriteTokens: usage.cacheCreationTokens } : {}),
        costUsd: costUsd(scope.model, usage),
        purpose: scope.purpose,
        ...(scope.promptVersion !== undefined ? { promptVersion: scope.promptVersion } : {}),
      },
    ]);
  };
}
