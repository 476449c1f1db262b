import type { ConversationStatusEvent, MessageView } from '../../src/protocol/index.js';
import {
  createWidgetClient,
  webStorage,
  type KeyValueStorage,
  type StreamView,
  type WidgetClient,
} from '../sdk/index.js';
import { formatPrice } from '../shared/dom.js';
import type { EmbedConfig } from './config.js';
import { createRatingAsk } from './ask-rating.js';
import { detectLang, type WidgetLang, type WidgetText } from './i18n.js';
import { widgetTokenSource } from './session.js';
import { createWidgetView, type WidgetView } from './view.js';

const TYPING_IDLE_MS = 4_000;
const AWAIT_REPLY_MS = 15_000;

function listingLine(config: EmbedConfig): string | undefined {
  const listing = config.listing;
  if (!listing) return undefined;
  return (
    [listing.address?.split(',')[0], formatPrice(listing.price)].filter(Boolean).join(' · ') || undefined
  );
}

function launcherLabel(config: EmbedConfig, text: WidgetText): string {
  if (config.intent === 'sell') return text.launcherSell;
  return config.listing ? text.launcherListing : text.launcherChat;
}

/** Mounts the widget: a host element with a shadow root, connected to the hub through the SDK. */
export function mountWidget(config: EmbedConfig, storage: KeyValueStorage = webStorage(localStorage)) {
  const prefix = `jorge-hub:${config.tenantId}:${config.hubUrl}`;
  const openKey = `${prefix}:open`;
  const host = document.createElement('div');
  host.id = 'jorge-hub-widget';
  document.body.append(host);

  let unread = 0;
  let agentName: string | undefined;
  let typingTimer: ReturnType<typeof setTimeout> | undefined;
  let leadTyping = false;
  let awaitingReply: ReturnType<typeof setTimeout> | undefined;
  let remoteTyping: string | undefined;
  let connectStarted = false;

  const client: WidgetClient = createWidgetClient({
    url: config.hubUrl,
    token: widgetTokenSource(config, storage, prefix),
    storage,
    storageKey: `${prefix}:conversation`,
  });

  const langKey = `${prefix}:lang`;
  const storedLang = storage.get(langKey);
  const initialLang: WidgetLang =
    storedLang === 'es' || storedLang === 'en'
      ? storedLang
      : /^es\b/i.test(navigator.language ?? '')
        ? 'es'
        : 'en';
  const listingSubtitle = listingLine(config);
  const defaultSubtitle = () => listingSubtitle ?? view.text.subtitle;
  let lastStatus: ConversationStatusEvent | undefined;
  const view: WidgetView = createWidgetView(host, {
    title: config.title,
    subtitle: listingSubtitle ?? '',
    lang: initialLang,
    greeting: (text) =>
      config.intent === 'sell' ? text.greetingSell(config.title) : text.greeting(config.title),
    launcherLabel: (text) => launcherLabel(config, text),
    onOpenChange(open) {
      storage.set(openKey, open ? '1' : '0');
      if (open) {
        unread = 0;
        view.setUnread(0);
        ensureConnected();
      }
    },
    onSubmit(text) {
      followLanguage(text);
      ratingAsk.activity(true);
      ensureConnected();
      client.send(text).catch(() => undefined); // failures arrive as `failed` events
      waitForReply();
    },
    onTyping(isTyping) {
      if (typingTimer !== undefined) clearTimeout(typingTimer);
      if (isTyping) typingTimer = setTimeout(() => sendTyping(false), TYPING_IDLE_MS);
      sendTyping(isTyping);
    },
    onNarrative() {
      narrativeBusy = true;
      renderNarrative();
      // Busy until the narrative's stream ends (the `stream` event below), or at once when it was refused.
      client.narrative().catch((error: unknown) => {
        // No listing of the team's catalogue in this conversation: the button goes away.
        if ((error as { code?: string }).code === 'NOT_FOUND') narrativeRefused = true;
        narrativeBusy = false;
        renderNarrative();
      });
    },
  });

  /** "Tell me more about this home": on a listing's page, once the conversation exists (the hub has its listing). */
  let narrativeRefused = false;
  let narrativeBusy = false;
  function renderNarrative() {
    const available = config.listing !== undefined && client.conversationId !== null && !narrativeRefused;
    view.setNarrative(available, narrativeBusy || client.state !== 'connected');
  }

  const ratingAsk = createRatingAsk({ client, view, storage, storagePrefix: prefix });

  if (!listingSubtitle) view.setSubtitle(defaultSubtitle());
  /** The widget's own text follows the language the lead writes in. */
  function followLanguage(text: string) {
    const lang = detectLang(text);
    if (!lang || lang === view.lang) return;
    view.setLang(lang);
    storage.set(langKey, lang);
    if (lastStatus) showStatus(lastStatus);
    else if (!agentName) view.setSubtitle(defaultSubtitle());
    renderTyping();
    renderPending();
  }

  function sendTyping(isTyping: boolean) {
    if (isTyping === leadTyping) return;
    leadTyping = isTyping;
    void client.setTyping(isTyping);
  }

  function ensureConnected() {
    if (connectStarted) return;
    connectStarted = true;
    client.connect().catch(() => undefined); // the state shows failures
  }

  function renderTyping() {
    // No "Typing…" while the hub cannot be reached: nothing is being written then.
    const awaiting = awaitingReply !== undefined && client.state === 'connected';
    view.setTyping(remoteTyping ?? (awaiting ? view.text.typing : undefined));
  }
  /** Whether a bot reply is expected: the bot is active and no person has taken over. */
  function botAnswers(): boolean {
    if (client.status) return client.status.botActive && !client.status.agentName;
    // No status event since the page loaded: a person who wrote in the conversation means the bot is not on.
    return !client
      .messages()
      .some((message) => message.author.type === 'agent' || message.author.type === 'supervisor');
  }
  function waitForReply() {
    if (!botAnswers()) return;
    if (awaitingReply !== undefined) clearTimeout(awaitingReply);
    awaitingReply = setTimeout(() => {
      awaitingReply = undefined;
      renderTyping();
    }, AWAIT_REPLY_MS);
    renderTyping();
  }
  function replyArrived() {
    if (awaitingReply !== undefined) clearTimeout(awaitingReply);
    awaitingReply = undefined;
    renderTyping();
  }

  /**
   * Echoes of the lead's own messages that arrived before their ack: the pending bubble with the same text is
   * hidden meanwhile (a message event does not carry the clientMsgId).
   */
  const echoes: string[] = [];
  function renderPending() {
    const unmatched = [...echoes];
    const visible = client.pending().filter((entry) => {
      const at = unmatched.indexOf(String(entry.payload.text));
      if (at === -1) return true;
      unmatched.splice(at, 1);
      return false;
    });
    view.setPending(
      visible.map((entry) => ({ clientMsgId: entry.clientMsgId, text: String(entry.payload.text) })),
      client.state !== 'connected',
    );
  }

  function showStatus(status: ConversationStatusEvent) {
    lastStatus = status;
    agentName = status.agentName;
    if (agentName) view.setSubtitle(view.text.chattingWith(agentName));
    else if (status.status === 'handoff_pending') view.setSubtitle(view.text.handoff);
    else view.setSubtitle(defaultSubtitle());
    // A person answers next (a hand-off waits, or a reply is being reviewed): say so instead of a silent wait.
    view.setNote(status.personReplying && !agentName ? view.text.personReplying : undefined);
    if (status.personReplying) replyArrived();
  }

  client.on('message', (message: MessageView) => {
    view.addMessage(message);
    if (message.author.type !== 'system') ratingAsk.activity(message.author.type === 'lead');
    if (message.author.type === 'lead' || message.author.type === 'bot') followLanguage(message.text);
    if (message.author.type === 'lead') {
      if (client.pending().some((entry) => entry.payload.text === message.text)) echoes.push(message.text);
    } else {
      replyArrived();
      if (!view.isOpen && message.author.type !== 'system') view.setUnread(++unread);
    }
    renderPending();
  });
  client.on('stream', (stream: StreamView) => {
    if (stream.text || stream.status !== 'streaming') replyArrived();
    view.setStream(stream);
    if (stream.status !== 'streaming' && narrativeBusy) {
      narrativeBusy = false;
      renderNarrative();
    }
  });
  client.on('typing', (event) => {
    if (event.who === 'lead') return;
    remoteTyping = event.isTyping
      ? event.who === 'agent'
        ? view.text.agentTyping(agentName ?? 'Agent')
        : view.text.typing
      : undefined;
    renderTyping();
  });
  client.on('status', (status) => {
    showStatus(status);
    ratingAsk.status(status);
  });
  client.on('outbox', renderPending);
  client.on('sent', (entry) => {
    renderNarrative();
    const at = echoes.indexOf(String(entry.payload.text));
    if (at !== -1) echoes.splice(at, 1);
    renderPending();
  });
  client.on('state', (state) => {
    view.setConnection(state);
    if (state === 'connected') ratingAsk.activity(false);
    renderNarrative();
    renderPending();
    renderTyping();
  });
  client.on('failed', (entry, error) => {
    console.warn(`[jorge-hub widget] message not sent (${error.code}): ${error.message}`, entry.clientMsgId);
  });

  // Redraw what the SDK restored from storage (a reload), then resume by seq.
  for (const message of client.messages()) view.addMessage(message);
  if (client.status) showStatus(client.status);
  renderPending();
  renderNarrative();
  const wasOpen = storage.get(openKey) === '1';
  if (wasOpen) view.setOpen(true, false);
  if (client.conversationId || client.pending().length > 0) ensureConnected();

  return {
    client,
    view,
    open: () => view.setOpen(true),
    close: () => view.setOpen(false),
    destroy() {
      ratingAsk.destroy();
      client.close();
      host.remove();
    },
  };
}
