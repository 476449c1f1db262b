import { readFileSync } from 'node:fs';
import {
  jorgeBot,
  type BotEffect,
  type JorgeState,
  type Slots,
  type TenantBotContext,
} from '../../../src/bots/index.js';
import type { ConversationContext } from '../../../src/bots/port.js';
import type { AuthorType } from '../../../src/protocol/common.js';

interface TenantFile {
  tenants: (TenantBotContext & { id: string; calendarSlots?: string[] })[];
}

/** The demo tenant of config/tenants.json, as the bots see it. */
export function demoTenant(overrides: Partial<TenantBotContext> = {}): TenantBotContext {
  const file = JSON.parse(
    readFileSync(new URL('../../../config/tenants.json', import.meta.url), 'utf8'),
  ) as TenantFile;
  const demo = file.tenants.find((tenant) => tenant.id === 'demo')!;
  return {
    tenantId: demo.id,
    market: demo.market,
    agentName: demo.agentName,
    timeZone: demo.timeZone,
    knownAreas: demo.knownAreas,
    highValueThreshold: demo.highValueThreshold,
    calendarSlots: demo.calendarSlots ?? [],
    ...overrides,
  };
}

export const T0 = Date.UTC(2025, 2, 10, 18, 0, 0);

export interface Played {
  state: JorgeState;
  effects: BotEffect[];
  reply?: string;
}

/** A small driver: feeds lead messages one minute apart and keeps the transcript for hand-off packets. */
export function conversation(context: ConversationContext = {}, tenant = demoTenant(), startMs = T0) {
  let state = jorgeBot.initialState(context, tenant);
  let nowMs = startMs;
  let seq = 0;
  const recent: { author: AuthorType; text: string }[] = [];
  return {
    get state() {
      return state;
    },
    advance(ms: number) {
      nowMs += ms;
    },
    say(text: string, extra: { modelSlots?: Slots; modelOptOut?: boolean } = {}): Played {
      seq += 1;
      nowMs += 60_000;
      recent.push({ author: 'lead', text });
      const result = jorgeBot.step(state, {
        type: 'lead_message',
        text,
        seq,
        nowMs,
        tenant,
        context,
        recent: [...recent],
        ...(extra.modelSlots ? { modelSlots: extra.modelSlots } : {}),
        ...(extra.modelOptOut ? { modelOptOut: true } : {}),
      });
      state = result.state;
      const reply = replyText(result.effects);
      if (reply !== undefined) recent.push({ author: 'bot', text: reply });
      return { state, effects: result.effects, ...(reply !== undefined ? { reply } : {}) };
    },
    resume(): Played {
      const result = jorgeBot.step(state, { type: 'resume', nowMs, tenant, context });
      state = result.state;
      return { state, effects: result.effects };
    },
  };
}

export function replyText(effects: BotEffect[]): string | undefined {
  for (const effect of effects) {
    if (effect.type === 'reply' || effect.type === 'hold_for_review') return effect.text;
  }
  return undefined;
}

export function effectOf<K extends BotEffect['type']>(
  effects: BotEffect[],
  type: K,
): Extract<BotEffect, { type: K }> | undefined {
  return effects.find((effect): effect is Extract<BotEffect, { type: K }> => effect.type === type);
}
