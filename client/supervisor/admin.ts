import { bootStaffApp } from '../shared/boot.js';
import { h, replaceChildren } from '../shared/dom.js';
import { ADMIN_LABELS, type AdminLabels, type AdminLang } from './admin-labels.js';

/** The editable settings as GET /api/admin/tenant answers them (docs/PROTOCOL.md "Tenant settings"). */
interface CannedReply {
  title: string;
  text: string;
  lang?: 'en' | 'es';
}
/** One of the tenant's webhook endpoints (its secrets come masked). */
interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
  previousSecret?: string;
  events: string[];
  enabled: boolean;
}
interface FeedKey {
  id: string;
  secret: string;
}
/** The objections a team may write its own answer to (src/coaching/talk-tracks.ts). */
const OBJECTIONS = [
  'price',
  'rates',
  'timing',
  'sell_first',
  'competition',
  'think',
  'zestimate',
  'trust',
  'authority',
  'value',
] as const;
type Objection = (typeof OBJECTIONS)[number];
interface TalkTrack {
  focus?: string;
  say: { en?: string; es?: string };
}
interface TenantSettings {
  name: string;
  market: string;
  agentName: string;
  assistantName: string;
  timeZone: string;
  businessHours: { days: number[]; open: string; close: string };
  quietHours: { startHour: number; endHour: number };
  knownAreas: string[];
  knownStreets: string[];
  widgetOrigins: string[];
  highValueThreshold: number;
  calendarSlots: string[];
  agentGuard: 'confirm' | 'block';
  cannedReplies: CannedReply[];
  talkTracks?: Partial<Record<Objection, TalkTrack>>;
  identitySecret?: string;
  webhooks: WebhookEndpoint[];
  telephony?: {
    twilio?: { accountSid: string; authToken: string; inboundDial?: string };
    feedKeys: FeedKey[];
    [other: string]: unknown;
  };
  [other: string]: unknown;
}
interface SettingsView {
  tenantId: string;
  version: number;
  updatedAt: string;
  updatedBy: string;
  settings: TenantSettings;
}
/** A delivery as GET /api/admin/deliveries answers it (one per event and endpoint). */
interface Delivery {
  id: string;
  type: string;
  endpointId: string | null;
  status: 'pending' | 'delivered' | 'failed';
  attempts: number;
  lastError: string | null;
  occurredAt: string;
}
interface ErrorAnswer {
  error: { code: string; message: string; details?: { version?: number } };
}

const LANG_KEY = 'jorge-hub:admin-lang';
const SECRET_MASK = '********';
/** As an endpoint's `previousSecret`: its secret saved so far (rotation with an overlap; docs/PROTOCOL.md). */
const CURRENT_SECRET = '<current secret>';
/** The most endpoints a tenant may have (src/tenants.ts MAX_TENANT_WEBHOOKS). */
const MAX_ENDPOINTS = 10;
/** The events a webhook endpoint may filter on (src/tenants.ts TENANT_WEBHOOK_EVENTS). */
const WEBHOOK_EVENTS = [
  'lead.created',
  'lead.identified',
  'lead.qualified',
  'lead.opted_out',
  'handoff.requested',
  'handoff.claimed',
  'handoff.unclaimed',
  'agent.assigned',
  'agent.paged',
  'call.booked',
  'conversation.closed',
  'conversation.reopened',
  'conversation.summarized',
];
const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

let fieldCounter = 0;
/** A labelled control (the label names it for screen readers and for tests). */
function field(
  label: string,
  control: HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement,
): HTMLElement {
  control.id ||= `admin-field-${++fieldCounter}`;
  return h('div', { class: 'field' }, h('label', { for: control.id }, label), control);
}
const input = (value: string, props: Record<string, string> = {}) => {
  const element = h('input', { type: 'text', ...props });
  element.value = value;
  return element;
};
const textarea = (value: string, rows = 3) => {
  const element = h('textarea', { rows });
  element.value = value;
  return element;
};
function select(value: string, options: [string, string][]): HTMLSelectElement {
  const element = h(
    'select',
    {},
    ...options.map(([optionValue, text]) => h('option', { value: optionValue }, text)),
  );
  element.value = value;
  return element;
}
const hourOptions = (): [string, string][] =>
  Array.from({ length: 24 }, (_, hour) => [String(hour), `${String(hour).padStart(2, '0')}:00`]);

/** The Admin page: the tenant's settings, read, edited and saved with the version they were read at. */
function mountAdmin(page: {
  hubUrl: string;
  currentToken: () => string;
  root: HTMLElement;
  announcer: HTMLElement;
}) {
  let lang: AdminLang =
    (localStorage.getItem(LANG_KEY) as AdminLang | null) ??
    (navigator.language.startsWith('es') ? 'es' : 'en');
  let view: SettingsView | undefined;
  /** Reads the form back into settings (set by render). */
  let collect: () => TenantSettings = () => view!.settings;
  const status = h('p', { class: 'admin-status', role: 'status', 'aria-live': 'polite' });
  const deliveryList = h('ul', { class: 'deliveries' });

  /** The latest deliveries, each with its endpoint and a redelivery of that endpoint's copy. */
  async function loadDeliveries(): Promise<void> {
    const t = ADMIN_LABELS[lang];
    const response = await fetch(`${page.hubUrl}/api/admin/deliveries?limit=20`, {
      headers: { authorization: `Bearer ${page.currentToken()}` },
    });
    if (!response.ok) return;
    const { deliveries } = (await response.json()) as { deliveries: Delivery[] };
    const items = deliveries.map((delivery) => {
      const redeliver = h(
        'button',
        {
          type: 'button',
          'data-delivery': delivery.id,
          onclick: () => {
            redeliver.disabled = true;
            void fetch(`${page.hubUrl}/api/admin/deliveries/${encodeURIComponent(delivery.id)}/redeliver`, {
              method: 'POST',
              headers: { authorization: `Bearer ${page.currentToken()}` },
            }).then(() => loadDeliveries());
          },
        },
        t.redeliver,
      );
      return h(
        'li',
        { class: `delivery ${delivery.status}` },
        h(
          'span',
          {},
          t.delivery(
            delivery.type,
            delivery.endpointId ?? t.defaultEndpoint,
            t.deliveryStatus[delivery.status] ?? delivery.status,
            delivery.attempts,
          ),
          delivery.lastError ? ` (${delivery.lastError})` : '',
        ),
        redeliver,
      );
    });
    replaceChildren(deliveryList, ...(items.length > 0 ? items : [h('li', {}, t.noDeliveries)]));
  }

  async function call(method: 'GET' | 'PUT', body?: unknown): Promise<SettingsView | ErrorAnswer> {
    const response = await fetch(`${page.hubUrl}/api/admin/tenant`, {
      method,
      headers: {
        authorization: `Bearer ${page.currentToken()}`,
        ...(body ? { 'content-type': 'application/json' } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
    return (await response.json()) as SettingsView | ErrorAnswer;
  }

  async function load(): Promise<void> {
    const answer = await call('GET');
    if ('error' in answer) {
      throw new Error(answer.error.code === 'FORBIDDEN' ? ADMIN_LABELS[lang].notAdmin : answer.error.message);
    }
    view = answer;
    render(answer.settings);
    await loadDeliveries();
  }

  function setStatus(text: string, kind: 'ok' | 'error' | '', action?: HTMLElement) {
    status.className = `admin-status ${kind}`;
    replaceChildren(status, text, action ? ' ' : null, action ?? null);
    page.announcer.textContent = text;
  }

  async function save(button: HTMLButtonElement) {
    if (!view) return;
    const t = ADMIN_LABELS[lang];
    button.disabled = true;
    setStatus(t.saving, '');
    try {
      const answer = await call('PUT', { version: view.version, settings: collect() });
      if ('error' in answer) {
        if (answer.error.code === 'CONFLICT' && answer.error.details?.version !== undefined) {
          const reload = h(
            'button',
            { type: 'button', onclick: () => void load().then(() => setStatus('', '')) },
            t.reload,
          );
          setStatus(t.conflict(answer.error.details.version), 'error', reload);
        } else setStatus(answer.error.message, 'error');
        return;
      }
      view = answer;
      render(answer.settings);
      setStatus(t.saved(answer.version), 'ok');
    } catch (error) {
      setStatus((error as Error).message, 'error');
    } finally {
      button.disabled = false;
    }
  }

  function render(settings: TenantSettings) {
    if (!view) return;
    const t: AdminLabels = ADMIN_LABELS[lang];
    document.documentElement.lang = lang;
    const name = input(settings.name);
    const market = input(settings.market);
    const agentName = input(settings.agentName);
    const assistantName = input(settings.assistantName);
    const knownAreas = textarea(settings.knownAreas.join('\n'), 4);
    const knownStreets = textarea(settings.knownStreets.join('\n'), 3);
    const timeZone = input(settings.timeZone);
    const dayBoxes = t.days.map((day, index) => {
      const box = h('input', { type: 'checkbox', id: `admin-day-${index}`, value: String(index) });
      box.checked = settings.businessHours.days.includes(index);
      return h('label', { class: 'day', for: box.id }, box, day);
    });
    const open = input(settings.businessHours.open, { type: 'time' });
    const close = input(settings.businessHours.close, { type: 'time' });
    const quietStart = select(String(settings.quietHours.startHour), hourOptions());
    const quietEnd = select(String(settings.quietHours.endHour), hourOptions());
    const origins = textarea(settings.widgetOrigins.join('\n'), 3);
    const threshold = input(String(settings.highValueThreshold), { type: 'number', min: '1', step: '1' });
    const slots = textarea(settings.calendarSlots.join('\n'), 3);
    const guard = select(settings.agentGuard, [
      ['confirm', t.guardConfirm],
      ['block', t.guardBlock],
    ]);

    const replies = h('ol', { class: 'rows', 'aria-label': t.canned });
    const addReplyRow = (reply: CannedReply) => {
      const title = input(reply.title, { 'data-reply': 'title' });
      const text = textarea(reply.text, 2);
      text.dataset.reply = 'text';
      const replyLang = select(reply.lang ?? '', [
        ['', t.anyLang],
        ['en', t.english],
        ['es', t.spanish],
      ]);
      replyLang.dataset.reply = 'lang';
      const row = h(
        'li',
        { class: 'row' },
        field(t.replyTitle, title),
        field(t.replyLang, replyLang),
        field(t.replyText, text),
      );
      row.append(h('button', { type: 'button', class: 'remove', onclick: () => row.remove() }, t.remove));
      replies.append(row);
    };
    settings.cannedReplies.forEach(addReplyRow);

    const tracks = OBJECTIONS.map((objection) => {
      const own = settings.talkTracks?.[objection];
      const focus = input(own?.focus ?? '');
      const sayEn = textarea(own?.say.en ?? '', 2);
      const sayEs = textarea(own?.say.es ?? '', 2);
      const group = h(
        'div',
        { class: 'track', role: 'group', 'aria-label': t.objections[objection] },
        h('h3', {}, t.objections[objection]),
        field(t.trackFocus, focus),
        field(t.trackSayEn, sayEn),
        field(t.trackSayEs, sayEs),
      );
      const read = (): TalkTrack | undefined => {
        const said = { en: sayEn.value.trim(), es: sayEs.value.trim() };
        const track: TalkTrack = {
          ...(focus.value.trim() ? { focus: focus.value.trim() } : {}),
          say: { ...(said.en ? { en: said.en } : {}), ...(said.es ? { es: said.es } : {}) },
        };
        return track.focus || track.say.en || track.say.es ? track : undefined;
      };
      return { objection, group, read };
    });

    const twilio = settings.telephony?.twilio;
    const accountSid = input(twilio?.accountSid ?? '', { autocomplete: 'off' });
    const authToken = input(twilio?.authToken ?? '', { type: 'password', autocomplete: 'new-password' });
    const inboundDial = input(twilio?.inboundDial ?? '');
    const keys = h('ol', { class: 'rows', 'aria-label': t.feedKeys });
    const addKeyRow = (key: FeedKey) => {
      const id = input(key.id, { 'data-key': 'id' });
      const secret = input(key.secret, {
        type: 'password',
        autocomplete: 'new-password',
        'data-key': 'secret',
      });
      const row = h('li', { class: 'row' }, field(t.keyId, id), field(t.keySecret, secret));
      row.append(h('button', { type: 'button', class: 'remove', onclick: () => row.remove() }, t.remove));
      keys.append(row);
    };
    (settings.telephony?.feedKeys ?? []).forEach(addKeyRow);
    const endpoints = h('ol', { class: 'rows endpoints', 'aria-label': t.webhooks });
    const addEndpoint = h('button', { type: 'button' }, t.addEndpoint);
    const refreshAdd = () => {
      addEndpoint.disabled = endpoints.children.length >= MAX_ENDPOINTS;
    };
    /** One endpoint's row; `saved`: as the hub answered it (its id fixed: secrets are kept by id). */
    const addEndpointRow = (endpoint: WebhookEndpoint, saved: boolean) => {
      const n = ++fieldCounter;
      const id = input(endpoint.id, { 'data-endpoint': 'id', autocomplete: 'off' });
      if (saved) id.readOnly = true;
      const url = input(endpoint.url, { type: 'url', autocomplete: 'off', 'data-endpoint': 'url' });
      const secret = input(endpoint.secret, {
        type: 'password',
        autocomplete: 'new-password',
        'data-endpoint': 'secret',
      });
      const enabled = h('input', { type: 'checkbox', id: `admin-endpoint-${n}-enabled` });
      enabled.checked = endpoint.enabled;
      const overlap = h('input', { type: 'checkbox', id: `admin-endpoint-${n}-overlap` });
      overlap.checked = Boolean(endpoint.previousSecret);
      const boxes = WEBHOOK_EVENTS.map((event) => {
        const box = h('input', { type: 'checkbox', id: `admin-endpoint-${n}-${event}`, value: event });
        box.checked = endpoint.events.includes(event);
        return h('label', { class: 'day', for: box.id }, box, event);
      });
      const row = h('li', { class: 'endpoint' });
      const group = h(
        'div',
        { role: 'group', 'aria-label': `${t.endpoint} ${endpoint.id}`.trim() },
        h('div', { class: 'pair' }, field(t.endpointId, id), field(t.webhookUrl, url)),
        field(t.webhookSecret, secret),
        h(
          'div',
          { class: 'field' },
          h('span', { class: 'label' }, t.webhookEvents),
          h('div', { class: 'days' }, ...boxes),
        ),
        h(
          'div',
          { class: 'days' },
          h('label', { class: 'day', for: enabled.id }, enabled, t.endpointEnabled),
          h('label', { class: 'day', for: overlap.id }, overlap, t.webhookOverlap),
        ),
      );
      row.append(group);
      const read = (): WebhookEndpoint => {
        const before = saved ? view!.settings.webhooks.find((entry) => entry.id === endpoint.id) : undefined;
        // The previous secret: kept as saved, or the one saved so far when a new secret replaces it.
        const previousSecret = !overlap.checked
          ? undefined
          : secret.value !== SECRET_MASK && before
            ? CURRENT_SECRET
            : before?.previousSecret;
        return {
          id: id.value.trim(),
          url: url.value.trim(),
          secret: secret.value,
          ...(previousSecret ? { previousSecret } : {}),
          events: boxes
            .map((label) => label.querySelector('input')!)
            .filter((box) => box.checked)
            .map((box) => box.value),
          enabled: enabled.checked,
        };
      };
      endpointReaders.set(row, read);
      row.append(
        h(
          'button',
          {
            type: 'button',
            class: 'remove',
            onclick: () => {
              endpointReaders.delete(row);
              row.remove();
              refreshAdd();
            },
          },
          t.removeEndpoint,
        ),
      );
      endpoints.append(row);
      refreshAdd();
    };
    const endpointReaders = new Map<Element, () => WebhookEndpoint>();
    const savedIds = new Set(view.settings.webhooks.map((entry) => entry.id));
    settings.webhooks.forEach((endpoint) => addEndpointRow(endpoint, savedIds.has(endpoint.id)));
    addEndpoint.addEventListener('click', () => {
      const taken = new Set([...endpointReaders.values()].map((read) => read().id));
      let next = endpoints.children.length + 1;
      while (taken.has(`endpoint-${next}`)) next += 1;
      addEndpointRow({ id: `endpoint-${next}`, url: '', secret: '', events: [], enabled: true }, false);
      endpoints.lastElementChild?.querySelector<HTMLInputElement>('[data-endpoint="url"]')?.focus();
    });
    const identitySecret = input(settings.identitySecret ?? '', {
      type: 'password',
      autocomplete: 'new-password',
    });

    collect = () => {
      const base = view!.settings;
      const sid = accountSid.value.trim();
      const feedKeys = [...keys.children].map((row) => ({
        id: row.querySelector<HTMLInputElement>('[data-key="id"]')!.value.trim(),
        secret: row.querySelector<HTMLInputElement>('[data-key="secret"]')!.value,
      }));
      const telephony =
        sid || feedKeys.length > 0 || base.telephony
          ? {
              ...base.telephony,
              feedKeys,
              ...(sid
                ? {
                    twilio: {
                      accountSid: sid,
                      authToken: authToken.value,
                      ...(inboundDial.value.trim() ? { inboundDial: inboundDial.value.trim() } : {}),
                    },
                  }
                : { twilio: undefined }),
            }
          : undefined;
      const webhooks = [...endpoints.children].map((row) => endpointReaders.get(row)!());
      const { identitySecret: _identity, telephony: _telephony, webhooks: _webhooks, ...rest } = base;
      return {
        ...rest,
        name: name.value.trim(),
        market: market.value.trim(),
        agentName: agentName.value.trim(),
        assistantName: assistantName.value.trim(),
        knownAreas: lines(knownAreas.value),
        knownStreets: lines(knownStreets.value),
        timeZone: timeZone.value.trim(),
        businessHours: {
          days: dayBoxes
            .map((label) => label.querySelector('input')!)
            .filter((box) => box.checked)
            .map((box) => Number(box.value)),
          open: open.value,
          close: close.value,
        },
        quietHours: { startHour: Number(quietStart.value), endHour: Number(quietEnd.value) },
        widgetOrigins: lines(origins.value),
        highValueThreshold: Number(threshold.value),
        calendarSlots: lines(slots.value),
        agentGuard: guard.value as 'confirm' | 'block',
        cannedReplies: [...replies.children].map((row) => {
          const replyLang = row.querySelector<HTMLSelectElement>('[data-reply="lang"]')!.value;
          return {
            title: row.querySelector<HTMLInputElement>('[data-reply="title"]')!.value.trim(),
            text: row.querySelector<HTMLTextAreaElement>('[data-reply="text"]')!.value.trim(),
            ...(replyLang === 'en' || replyLang === 'es' ? { lang: replyLang } : {}),
          };
        }),
        talkTracks: Object.fromEntries(
          tracks.flatMap(({ objection, read }) => {
            const track = read();
            return track ? [[objection, track]] : [];
          }),
        ),
        ...(identitySecret.value ? { identitySecret: identitySecret.value } : {}),
        webhooks,
        ...(telephony
          ? { telephony: JSON.parse(JSON.stringify(telephony)) as TenantSettings['telephony'] }
          : {}),
      };
    };

    const saveButton = h('button', { type: 'submit', class: 'primary' }, t.save);
    const languages = h(
      'div',
      { class: 'languages', role: 'group', 'aria-label': t.language },
      ...(['en', 'es'] as const).map((code) =>
        h(
          'button',
          {
            type: 'button',
            'aria-pressed': String(lang === code),
            onclick: () => {
              if (lang === code) return;
              const current = collect();
              lang = code;
              localStorage.setItem(LANG_KEY, code);
              render(current);
              void loadDeliveries();
            },
          },
          code === 'en' ? 'English' : 'Español',
        ),
      ),
    );
    const form = h(
      'form',
      {
        class: 'admin-form',
        onsubmit: (event: Event) => {
          event.preventDefault();
          void save(saveButton);
        },
      },
      h(
        'fieldset',
        {},
        h('legend', {}, t.general),
        field(t.name, name),
        field(t.market, market),
        field(t.agentName, agentName),
        field(t.assistantName, assistantName),
        field(t.knownAreas, knownAreas),
        field(t.knownStreets, knownStreets),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t.hours),
        field(t.timeZone, timeZone),
        h(
          'div',
          { class: 'field' },
          h('span', { class: 'label' }, t.businessDays),
          h('div', { class: 'days' }, ...dayBoxes),
        ),
        h('div', { class: 'pair' }, field(t.open, open), field(t.close, close)),
        h('div', { class: 'pair' }, field(t.quietStart, quietStart), field(t.quietEnd, quietEnd)),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t.widget),
        field(t.widgetOrigins, origins),
        field(t.threshold, threshold),
        field(t.calendarSlots, slots),
        field(t.agentGuard, guard),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t.canned),
        h('p', { class: 'hint' }, t.cannedHint),
        replies,
        h('button', { type: 'button', onclick: () => addReplyRow({ title: '', text: '' }) }, t.addReply),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t.talkTracks),
        h('p', { class: 'hint' }, t.talkTracksHint),
        h('div', { class: 'tracks' }, ...tracks.map(({ group }) => group)),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t.telephony),
        field(t.accountSid, accountSid),
        field(t.authToken, authToken),
        field(t.inboundDial, inboundDial),
        h('h3', {}, t.feedKeys),
        keys,
        h('button', { type: 'button', onclick: () => addKeyRow({ id: '', secret: '' }) }, t.addKey),
        field(t.identitySecret, identitySecret),
      ),
      h(
        'fieldset',
        {},
        h('legend', {}, t.webhook),
        h('p', { class: 'hint' }, t.webhookHint),
        endpoints,
        addEndpoint,
      ),
      h('div', { class: 'actions' }, saveButton, status),
    );
    replaceChildren(
      page.root,
      h(
        'main',
        { class: 'admin' },
        h('div', { class: 'admin-head' }, h('h2', {}, `${t.title}: ${view.tenantId}`), languages),
        h('p', { class: 'hint' }, t.intro),
        h(
          'p',
          { class: 'version' },
          t.version(view.version, new Date(view.updatedAt).toLocaleString(lang), view.updatedBy),
        ),
        form,
        h(
          'section',
          { class: 'admin-deliveries', 'aria-label': t.deliveries },
          h('h2', {}, t.deliveries),
          h('p', { class: 'hint' }, t.deliveriesHint),
          deliveryList,
          h('button', { type: 'button', onclick: () => void loadDeliveries() }, t.refresh),
        ),
      ),
    );
  }

  return {
    connect: () => load(),
    destroy: () => {
      page.root.replaceChildren();
    },
  };
}

/** Entry of /supervisor/admin.html: the sign-in screen or session (admins), then the settings form. */
void bootStaffApp({
  role: 'supervisor',
  storageKey: 'jorge-hub:supervisor-token',
  defaults: { userId: 'ada', name: 'Ada Admin' },
  mount: (page) => mountAdmin(page),
});
