import type { CallCaptionEvent, CallStatusEvent, MessageView } from '../../src/protocol/index.js';
import { h, keepAtBottom } from '../shared/dom.js';

/** What the hub answers `POST /api/telephony/calls` (docs/TELEPHONY.md). */
interface CallStart {
  call: { callId: string; conversationId: string; stallAfterMs: number };
  twilio?: { statusCallbackUrl: string; twiml: string };
  feed?: { eventsUrl: string };
}

type FeedState = 'idle' | 'waiting' | 'live' | 'stalled' | 'ended';
const STATE_TEXT: Record<FeedState, string> = {
  idle: 'No phone call',
  waiting: 'Waiting for the transcript…',
  live: 'Transcript live',
  stalled: 'Transcript stalled',
  ended: 'Call ended',
};
const DEFAULT_STALL_MS = 15_000;

export interface CallPanelOptions {
  hubUrl: string;
  /** The current staff token (renewed by the sign-in session). */
  token: () => string;
  announce: (text: string) => void;
  fail: (error: unknown) => void;
}

/**
 * The phone-call panel of the agent console: starts a call with a live transcript (the hub's call id and what to
 * hand the provider), shows captions of both sides as they come, tells whether the feed is live or stalled, and
 * keeps the call's transcript after the call.
 */
export function createCallPanel(options: CallPanelOptions) {
  let conversationId: string | undefined;
  let callId: string | undefined;
  let state: FeedState = 'idle';
  let stallAfterMs = DEFAULT_STALL_MS;
  let lastEventAt = 0;
  /** The partial caption of each speaker, replaced by the next partial or by the final text. */
  const partials = new Map<string, HTMLLIElement>();
  const finals = new Set<string>();

  const badge = h('span', { class: 'feed-state', 'data-state': state, role: 'status' }, STATE_TEXT.idle);
  const startButton = h(
    'button',
    { type: 'button', onclick: () => void start().catch(options.fail) },
    'Start phone call',
  );
  const endButton = h(
    'button',
    { type: 'button', hidden: true, onclick: () => void end().catch(options.fail) },
    'End phone call',
  );
  const setup = h('details', { class: 'call-setup', hidden: true });
  const captions = h('ol', { class: 'captions', 'aria-label': 'Call captions', 'aria-live': 'polite' });
  const element = h(
    'section',
    { class: 'call-panel', 'aria-labelledby': 'call-panel-title' },
    h('h3', { id: 'call-panel-title' }, 'Phone call ', badge),
    h('div', { class: 'call-actions' }, startButton, endButton),
    setup,
    captions,
  );

  function setState(next: FeedState) {
    if (state === next) return;
    state = next;
    badge.dataset.state = next;
    badge.textContent = STATE_TEXT[next];
    const inCall = next === 'waiting' || next === 'live' || next === 'stalled';
    startButton.hidden = inCall;
    endButton.hidden = !inCall;
    if (next === 'stalled') options.announce('The call transcript stalled');
  }

  async function post(path: string, body?: unknown): Promise<unknown> {
    const response = await fetch(`${options.hubUrl}${path}`, {
      method: 'POST',
      headers: { authorization: `Bearer ${options.token()}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer = (await response.json()) as { error?: { code: string; message: string } };
    if (!response.ok) throw Object.assign(new Error(answer.error?.message ?? 'Request failed'), answer.error);
    return answer;
  }

  async function start() {
    if (!conversationId) return;
    const started = (await post('/api/telephony/calls', { conversationId })) as CallStart;
    if (started.call.conversationId !== conversationId) return;
    callId = started.call.callId;
    stallAfterMs = started.call.stallAfterMs;
    lastEventAt = Date.now();
    captions.replaceChildren();
    partials.clear();
    finals.clear();
    setup.replaceChildren(
      h('summary', {}, `Call ${callId}: connect the transcript`),
      ...(started.twilio
        ? [
            h('p', {}, 'Twilio TwiML (or use the status callback URL):'),
            h('pre', { class: 'twiml' }, started.twilio.twiml),
            h('code', { class: 'callback-url' }, started.twilio.statusCallbackUrl),
          ]
        : []),
      ...(started.feed ? [h('p', {}, 'Generic feed URL:'), h('code', {}, started.feed.eventsUrl)] : []),
    );
    setup.hidden = false;
    setState('waiting');
  }

  async function end() {
    if (!conversationId || !callId) return;
    await post(
      `/api/telephony/calls/${encodeURIComponent(conversationId)}/${encodeURIComponent(callId)}/end`,
    );
    setState('ended');
  }

  function addFinal(speaker: string, text: string, key: string) {
    if (finals.has(key)) return;
    finals.add(key);
    keepAtBottom(captions, () => {
      partials.get(speaker)?.remove();
      partials.delete(speaker);
      captions.append(
        h(
          'li',
          { class: 'caption final', 'data-speaker': speaker },
          h('strong', {}, speaker === 'prospect' ? 'Prospect: ' : 'Agent: '),
          text,
        ),
      );
    });
  }

  function onCaption(event: CallCaptionEvent) {
    if (event.conversationId !== conversationId) return;
    if (event.callId !== callId) {
      callId = event.callId;
      captions.replaceChildren();
      partials.clear();
      finals.clear();
    }
    lastEventAt = Date.now();
    setState('live');
    if (event.final) {
      addFinal(
        event.speaker,
        event.text,
        event.seq !== undefined ? `seq:${event.seq}` : `n:${event.sequence}`,
      );
      return;
    }
    keepAtBottom(captions, () => {
      let line = partials.get(event.speaker);
      if (!line) {
        line = h('li', { class: 'caption partial', 'data-speaker': event.speaker });
        partials.set(event.speaker, line);
        captions.append(line);
      }
      line.replaceChildren(
        h('strong', {}, event.speaker === 'prospect' ? 'Prospect: ' : 'Agent: '),
        event.text,
      );
    });
  }

  function onStatus(event: CallStatusEvent) {
    if (event.conversationId !== conversationId) return;
    stallAfterMs = event.stallAfterMs;
    if (event.state === 'ended') {
      if (event.callId === callId || !callId) setState('ended');
      return;
    }
    if (event.callId !== callId) {
      callId = event.callId;
      captions.replaceChildren();
      partials.clear();
      finals.clear();
    }
    lastEventAt = Date.now();
    setState('waiting');
  }

  /** Rebuilds the panel for a conversation from its transcript: the last call's utterances and whether it runs. */
  function show(id: string | undefined, messages: MessageView[], callActive: boolean) {
    conversationId = id;
    callId = undefined;
    captions.replaceChildren();
    partials.clear();
    finals.clear();
    setup.hidden = true;
    let inCall = false;
    for (const message of messages) {
      const event = message.meta?.event;
      if (event === 'call_started') {
        const call = message.meta?.call as { callId?: string } | undefined;
        callId = call?.callId;
        captions.replaceChildren();
        finals.clear();
        inCall = true;
      } else if (event === 'call_ended') {
        inCall = false;
      } else if (callId && message.kind === 'text' && message.visibility === 'staff') {
        const speaker = message.author.type === 'lead' ? 'prospect' : 'agent';
        addFinal(speaker, message.text, `seq:${message.seq}`);
      }
    }
    state = 'idle';
    setState(!id ? 'idle' : inCall && callActive ? 'waiting' : callId ? 'ended' : 'idle');
    lastEventAt = Date.now();
    startButton.disabled = !id;
  }

  /** A stored utterance arriving as a message (after a reconnect the caption may have been missed). */
  function onMessage(message: MessageView) {
    if (message.conversationId !== conversationId || !callId) return;
    if (message.kind !== 'text' || message.visibility !== 'staff') return;
    if (message.author.type !== 'lead' && message.author.type !== 'agent') return;
    addFinal(message.author.type === 'lead' ? 'prospect' : 'agent', message.text, `seq:${message.seq}`);
  }

  const timer = setInterval(() => {
    if ((state === 'live' || state === 'waiting') && Date.now() - lastEventAt > stallAfterMs) {
      setState('stalled');
    }
  }, 250);

  show(undefined, [], false);
  return { element, show, onCaption, onStatus, onMessage, destroy: () => clearInterval(timer) };
}
