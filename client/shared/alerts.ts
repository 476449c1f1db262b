import { h } from './dom.js';

const ASKED_KEY = 'jorge-hub:notifications-asked';

/** A short two-tone chime (Web Audio); silent when the browser blocks audio until a user gesture. */
function chime(): void {
  const Context =
    window.AudioContext ??
    (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
  if (!Context) return;
  try {
    const context = new Context();
    const gain = context.createGain();
    gain.gain.value = 0.08;
    gain.connect(context.destination);
    [880, 1_320].forEach((frequency, index) => {
      const tone = context.createOscillator();
      tone.type = 'sine';
      tone.frequency.value = frequency;
      tone.connect(gain);
      tone.start(context.currentTime + index * 0.18);
      tone.stop(context.currentTime + index * 0.18 + 0.16);
    });
    setTimeout(() => void context.close().catch(() => undefined), 1_000);
  } catch {
    // No audio device: the banner and the tab badge still show.
  }
}

/**
 * Hand-off alerts that reach the agent: a desktop notification (permission asked once, with a button, since
 * browsers only ask after a click), a chime, and a visible in-page banner that works even without permission.
 * The button and the banner live in the top bar (`host`), where they cover none of the app's controls.
 */
export function createAlerts(options: { host: HTMLElement; onOpen: (conversationId: string) => void }) {
  const supported = typeof Notification !== 'undefined';
  const enable = h('button', { type: 'button', class: 'enable-alerts' }, 'Turn on desktop alerts');
  const banner = h('div', { class: 'alert-banner', role: 'alert', hidden: true });
  options.host.replaceChildren(banner, enable);

  const renderPermission = () => {
    const state = supported ? Notification.permission : 'denied';
    enable.hidden = state !== 'default' || localStorage.getItem(ASKED_KEY) === 'denied';
  };
  enable.addEventListener('click', () => {
    if (!supported) return;
    void Notification.requestPermission().then((state) => {
      localStorage.setItem(ASKED_KEY, state);
      renderPermission();
    });
  });
  renderPermission();

  return {
    /** Rings for one conversation: banner always, chime, and a desktop notification when allowed. */
    ring(conversationId: string, title: string, body: string) {
      const open = h('button', { type: 'button', class: 'primary' }, 'Open');
      const dismiss = h('button', { type: 'button', 'aria-label': 'Dismiss alert' }, '×');
      open.addEventListener('click', () => {
        banner.hidden = true;
        options.onOpen(conversationId);
      });
      dismiss.addEventListener('click', () => {
        banner.hidden = true;
      });
      banner.replaceChildren(h('strong', { title }, title), h('span', { title: body }, body), open, dismiss);
      banner.hidden = false;
      chime();
      if (supported && Notification.permission === 'granted') {
        try {
          const notification = new Notification(title, { body, tag: conversationId });
          notification.onclick = () => {
            window.focus();
            options.onOpen(conversationId);
          };
        } catch {
          // Some browsers only allow notifications from a service worker: the banner is enough.
        }
      }
    },
    /** The number in the tab title: "(3) Agent console · Jorge Hub". */
    setBadge(count: number) {
      const base = document.title.replace(/^\(\d+\)\s*/, '');
      document.title = count > 0 ? `(${count}) ${base}` : base;
    },
    /** Removes the button and the banner from the top bar (sign-out). */
    destroy() {
      options.host.replaceChildren();
    },
  };
}
