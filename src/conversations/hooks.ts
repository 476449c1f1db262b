import type { Logger } from '../logger.js';
import type { OutboxEvent } from '../store/outbox-types.js';
import type { ConversationRecord, MessageRecord } from '../store/types.js';
import type { HubEvent } from './events.js';
import type { Tenant } from '../tenants.js';
import type { CoachingService, GuardViolation, ReplyStreamer, StreamPort, TurnReader } from './ports.js';

/** What every hook receives: the tenant, the conversation as the core read it, and the message concerned. */
export interface HookPayload {
  tenant: Tenant;
  conversation: ConversationRecord;
  message: MessageRecord;
}

export interface UtterancePayload extends HookPayload {
  speaker: 'prospect' | 'agent';
}

export interface AgentMessagePayload extends HookPayload {
  /** The coaching card the agent took the text from ("Use as reply": its stored seq), when the client said so. */
  coachingSeq?: number;
}

export interface ConversationEndedPayload extends HookPayload {
  /** Staff closed it, or a phone call on it ended; `message` is the staff-only system line that says so. */
  reason: 'closed' | 'call_ended';
}

export interface GuardViolationPayload extends HookPayload {
  /** What the guard blocked while the reply to `message` (the newest lead message of the turn) was phrased. */
  violations: GuardViolation[];
}

/**
 * The one extension surface of the hub (STYLE.md 15, the hocuspocus way): features register as extensions and
 * the core calls them through one typed runner, each hook with one payload. Hooks run after the core's own work
 * (the message is stored and broadcast); they must not throw (a throw is logged and ignored).
 */
export interface HubExtension {
  readonly name: string;
  /** A lead message was stored (widget text; any owner). Coaching triggers here when an agent owns it. */
  onLeadMessage?(payload: HookPayload): void | Promise<void>;
  /** Staff sent a message to the lead (stored and broadcast; not a resend). Coaching records a used card here. */
  onAgentMessage?(payload: AgentMessagePayload): void | Promise<void>;
  /** Staff closed the conversation, or a call on it ended (console or telephony): the summary is written here. */
  onConversationEnded?(payload: ConversationEndedPayload): void | Promise<void>;
  /** A call utterance was stored (staff-only transcript): from the agent console or a telephony feed. */
  onUtterance?(payload: UtterancePayload): void | Promise<void>;
  /** The outbound guard blocked model text in a bot reply (staff get a compliance alert from the core). */
  onGuardViolation?(payload: GuardViolationPayload): void | Promise<void>;
  /**
   * A lifecycle event (events.ts) whose change is written: CRM webhooks and agent pages (src/integrations), the
   * tenant's new-lead count. Called at once, in registration order; what it returns runs in the background
   * (graceful shutdown waits for it).
   */
  onEvent?(event: HubEvent): void | Promise<void>;
  /**
   * The outbox rows of these events, written in the same store call as the change they report (each with its
   * delivery id; onEvent follows once it is written). None when nothing delivers them (no webhook).
   */
  outbox?(events: readonly HubEvent[]): OutboxEvent[];
  /** Phrases bot replies (the first extension that provides one is used; the template streamer otherwise). */
  readonly replyStreamer?: ReplyStreamer;
  /** Reads each bot turn's lead messages with the model (the first extension that provides one; rules only else). */
  readonly turnReader?: TurnReader;
  /** Serves coach:request (the first extension that provides it). */
  readonly coaching?: CoachingService;
  /** Shutdown: abort whatever the extension still runs. */
  close?(): Promise<void>;
}

/** What an extension factory gets from the hub it is built for. */
export interface ExtensionDeps {
  streams: StreamPort;
  /** Stores a staff-only coaching result (or any system message) and broadcasts it. */
  core: {
    getConversation(tenantId: string, conversationId: string): Promise<ConversationRecord>;
    tenantOf(tenantId: string): Tenant;
    append: (
      tenantId: string,
      message: Omit<MessageRecord, 'seq' | 'createdAt'>,
    ) => Promise<{ message: MessageRecord; duplicate: boolean }>;
    /** The outbox rows of lifecycle events, to write with their change (none without a webhook). */
    outboxOf(...events: HubEvent[]): OutboxEvent[];
    /** Raises lifecycle events once their change is written. */
    emit(event: HubEvent): void;
  };
}

export type ExtensionFactory = (deps: ExtensionDeps) => HubExtension;

type HookName =
  'onLeadMessage' | 'onAgentMessage' | 'onConversationEnded' | 'onUtterance' | 'onGuardViolation';
type PayloadOf<H extends HookName> = Parameters<NonNullable<HubExtension[H]>>[0];

/** How the core raises lifecycle events: through the extensions (their outbox rows, then their onEvent). */
export interface EventHooks {
  /** The outbox rows every extension writes for these events (none without a webhook). */
  outbox(events: readonly HubEvent[]): OutboxEvent[];
  /** Calls every extension's onEvent, in registration order; never throws, never waits. */
  event(event: HubEvent): void;
}

export interface HookRunner extends EventHooks {
  /** Calls the hook on every extension that has it, in registration order; failures are logged, not thrown. */
  run<H extends HookName>(hook: H, payload: PayloadOf<H>): Promise<void>;
  /** Resolves when every hook started so far has finished (graceful shutdown, before the store closes). */
  idle(): Promise<void>;
  readonly extensions: readonly HubExtension[];
}

export function createHookRunner(extensions: readonly HubExtension[], logger: Logger): HookRunner {
  const pending = new Set<Promise<void>>();

  function track(work: Promise<void>): Promise<void> {
    pending.add(work);
    void work.finally(() => pending.delete(work));
    return work;
  }

  async function runAll<H extends HookName>(hook: H, payload: PayloadOf<H>): Promise<void> {
    for (const extension of extensions) {
      const handler = extension[hook] as ((payload: unknown) => void | Promise<void>) | undefined;
      if (!handler) continue;
      try {
        await handler.call(extension, payload);
      } catch (error) {
        logger.warn(
          { err: error, extension: extension.name, hook, conversationId: payload.conversation.id },
          'extension hook failed',
        );
      }
    }
  }

  function eventFailed(extension: HubExtension, event: HubEvent, error: unknown): void {
    logger.warn(
      { err: error, extension: extension.name, type: event.type, conversationId: event.conversationId },
      'extension event hook failed',
    );
  }

  return {
    extensions,
    run: (hook, payload) => track(runAll(hook, payload)),
    outbox: (events) => extensions.flatMap((extension) => extension.outbox?.(events) ?? []),
    event(event) {
      for (const extension of extensions) {
        if (!extension.onEvent) continue;
        try {
          const work = extension.onEvent(event);
          if (work) void track(work.catch((error: unknown) => eventFailed(extension, event, error)));
        } catch (error) {
          eventFailed(extension, event, error);
        }
      }
    },
    async idle() {
      while (pending.size > 0) await Promise.allSettled([...pending]);
    },
  };
}
