import { createStreamGuard } from './bots/guard.js';
import type { HubOptions } from './app.js';
import { buildCoachingContext, createCoachingEngine } from './coaching/index.js';
import { HubError } from './errors.js';
import type { Logger } from './logger.js';
import type { ModelProvider } from './llm/port.js';
import { createPhrasingReplyStreamer } from './llm/reply-streamer.js';
import type { Registry } from 'prom-client';
import type { Store } from './store/types.js';
import type { TenantDirectory } from './tenants.js';

const COACHING_CONTEXT_MESSAGES = 12;

export interface ModelWiringDeps {
  store: Store;
  tenants: TenantDirectory;
  model: ModelProvider;
  logger: Logger;
  registry: Registry;
  /** Debounce of prospect utterances before coaching starts (ms). */
  debounceMs?: number;
}

/** The coaching engine behind the hub's coaching port: streams to staff, keeps the result staff-only. */
export function coachingWiring(deps: ModelWiringDeps): NonNullable<HubOptions['coaching']> {
  const { store, tenants, model, logger, registry } = deps;
  return ({ streams, core }) => {
    const engine = createCoachingEngine({
      model,
      publisher: streams,
      registry,
      logger: logger.child({ component: 'coaching' }),
      ...(deps.debounceMs !== undefined ? { debounceMs: deps.debounceMs } : {}),
      async loadContext(tenantId, conversationId) {
        const conversation = await core.getConversation(tenantId, conversationId);
        const tenant = core.tenantOf(tenantId);
        const [lead, messages] = await Promise.all([
          store.getLead(tenantId, conversation.leadId),
          store.lastMessages(tenantId, conversationId, COACHING_CONTEXT_MESSAGES),
        ]);
        return buildCoachingContext({ tenant, conversation, lead, messages });
      },
      async saveResult(tenantId, conversationId, result, text) {
        const { message } = await core.append(tenantId, {
          conversationId,
          author: { type: 'system', name: 'Coach' },
          visibility: 'staff',
          kind: 'coaching',
          text,
          meta: { result: result as unknown as Record<string, unknown> },
        });
        return message.seq;
      },
    });
    const tenantKnown = (tenantId: string) => {
      if (!tenants.get(tenantId)) throw new HubError('FORBIDDEN', 'Unknown tenant');
    };
    return {
      request: (tenantId, conversationId, kind) => {
        tenantKnown(tenantId);
        return engine.trigger({ tenantId, conversationId, kind, trigger: 'request' });
      },
      trigger: (tenantId, conversationId, trigger, replyToSeq) => {
        engine
          .trigger({ tenantId, conversationId, kind: 'coaching', trigger, replyToSeq })
          .catch((error: unknown) => {
            logger.warn({ err: error, conversationId }, 'coaching trigger failed');
          });
      },
      close: () => engine.close(),
    };
  };
}

/** Bot replies phrased by the model through the outbound guard; template text otherwise or on any failure. */
export function phrasingWiring(
  deps: ModelWiringDeps,
  options: { wordDelayMs?: number } = {},
): NonNullable<HubOptions['replyStreamer']> {
  return ({ streams, core }) =>
    createPhrasingReplyStreamer({
      streams,
      ...(options.wordDelayMs ? { wordDelayMs: options.wordDelayMs } : {}),
      model: deps.model,
      guardFor: ({ lang }) => createStreamGuard({ lang }),
      tenantOf: (tenantId) => deps.tenants.get(tenantId),
      logger: deps.logger.child({ component: 'phrasing' }),
      onViolations: (tenantId, conversationId, violations) => {
        deps.logger.warn({ tenantId, conversationId, violations }, 'the guard blocked model phrasing');
        for (const violation of violations) {
          core
            .raiseCompliance(tenantId, conversationId, violation.rule, violation.detail)
            .catch(() => undefined);
        }
      },
    });
}
