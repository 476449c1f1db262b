/** The widget's styles, scoped to its shadow root; nothing leaks in or out of the host page. */
export const widgetStyles = `
:host {
  all: initial;
  --jh-accent: #0f5c4d;
  --jh-accent-contrast: #ffffff;
  --jh-bg: #ffffff;
  --jh-fg: #1d2327;
  --jh-muted: #5b6770;
  --jh-lead: #0f5c4d;
  --jh-bot: #eef2f1;
  --jh-agent: #fff4e0;
  --jh-focus: #f2a900;
  font-family: system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif;
  font-size: 15px;
  line-height: 1.4;
  color: var(--jh-fg);
}
*, *::before, *::after { box-sizing: border-box; }
.visually-hidden {
  position: absolute !important; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
button, textarea { font: inherit; color: inherit; }
:focus-visible { outline: 3px solid var(--jh-focus); outline-offset: 2px; }

.launcher {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483000;
  display: inline-flex; align-items: center; gap: 8px;
  padding: 12px 18px; border: 0; border-radius: 999px; cursor: pointer;
  background: var(--jh-accent); color: var(--jh-accent-contrast);
  box-shadow: 0 6px 20px rgba(0, 0, 0, 0.25); font-weight: 600;
}
.launcher .badge {
  min-width: 20px; height: 20px; padding: 0 6px; border-radius: 10px;
  background: #d93025; color: #fff; font-size: 12px; line-height: 20px; text-align: center;
}
.launcher[aria-expanded="true"] { display: none; }

.panel {
  position: fixed; right: 20px; bottom: 20px; z-index: 2147483001;
  width: 380px; height: min(600px, calc(100vh - 40px));
  display: flex; flex-direction: column; overflow: hidden;
  background: var(--jh-bg); border-radius: 14px; box-shadow: 0 12px 40px rgba(0, 0, 0, 0.3);
}
.panel[hidden] { display: none; }
header {
  display: flex; align-items: flex-start; gap: 8px; padding: 14px 16px;
  background: var(--jh-accent); color: var(--jh-accent-contrast);
}
header .titles { flex: 1; min-width: 0; }
header h2 { margin: 0; font-size: 16px; }
header p {
  margin: 2px 0 0; font-size: 13px; opacity: 0.9; overflow: hidden;
  display: -webkit-box; -webkit-box-orient: vertical; -webkit-line-clamp: 2; line-clamp: 2;
}
header .close {
  border: 0; background: transparent; color: inherit; cursor: pointer; font-size: 22px; line-height: 1;
  padding: 2px 6px; border-radius: 6px;
}
.connection {
  margin: 0; padding: 6px 16px; font-size: 13px; background: #fff3cd; color: #5c4400; border-bottom: 1px solid #f0d98c;
}
.connection[hidden] { display: none; }
.connection.failed { background: #fde8e8; color: #8a1c1c; border-color: #f5b5b5; }
.scroller { flex: 1; overflow-y: auto; padding: 12px 14px; background: #fafbfb; }
.log, .live { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.live { margin-top: 8px; }
.msg { max-width: 85%; padding: 8px 12px; border-radius: 14px; white-space: pre-wrap; overflow-wrap: anywhere; }
.msg .who { display: block; font-size: 12px; font-weight: 600; color: var(--jh-muted); margin-bottom: 2px; }
.msg.lead { align-self: flex-end; background: var(--jh-lead); color: #fff; border-bottom-right-radius: 4px; }
.msg.bot { align-self: flex-start; background: var(--jh-bot); border-bottom-left-radius: 4px; }
.msg.agent, .msg.supervisor { align-self: flex-start; background: var(--jh-agent); border-bottom-left-radius: 4px; }
.msg.system { align-self: center; max-width: 95%; background: transparent; color: var(--jh-muted); font-size: 13px; text-align: center; }
.msg.pending { opacity: 0.75; }
.msg.bot, .msg.agent, .msg.supervisor { position: relative; margin-left: 34px; max-width: calc(85% - 34px); }
.msg .body { display: block; }
.avatar {
  position: absolute; left: -34px; bottom: 0; width: 28px; height: 28px; border-radius: 50%;
  display: inline-flex; align-items: center; justify-content: center; font-size: 12px; font-weight: 700;
  background: var(--jh-accent); color: var(--jh-accent-contrast);
}
.avatar.person { background: #8a5200; } /* white initials at 4.5:1 or more (WCAG AA) */
.msg .homes { white-space: normal; }
.homes-title { margin: 0 0 6px; font-weight: 600; }
.homes-list { list-style: none; margin: 0; padding: 0; display: flex; flex-direction: column; gap: 8px; }
.home { display: flex; gap: 10px; padding: 8px; border: 1px solid #c5cdd0; border-radius: 10px; background: var(--jh-bg); }
.home-photo { width: 88px; height: 66px; flex: none; object-fit: cover; border-radius: 6px; background: #dfe5e4; }
.home-facts { min-width: 0; }
.home-facts p { margin: 0; }
.home-address { font-weight: 600; }
.home-area, .home-rooms, .home-reason { font-size: 13px; color: var(--jh-muted); }
.home-price { font-weight: 600; color: var(--jh-accent); }
.msg .time { display: block; font-size: 11px; margin-top: 2px; opacity: 0.7; text-align: right; }
.msg.lead .time { color: #e6f2ef; opacity: 0.85; }
.greeting-list { margin: 0 0 8px; }
.greeting-list[hidden] { display: none; }
.note { margin: 8px 0 0; padding: 8px 10px; border-radius: 10px; font-size: 13px; background: #fff4e0; color: #5c4400; }
.note[hidden] { display: none; }
.msg .state { display: block; font-size: 11px; margin-top: 2px; opacity: 0.9; }
.typing { display: flex; align-items: center; gap: 6px; margin-top: 8px; color: var(--jh-muted); font-size: 13px; }
.typing[hidden] { display: none; }
.dots { display: inline-flex; gap: 3px; }
.dots span { width: 6px; height: 6px; border-radius: 50%; background: var(--jh-muted); animation: jh-blink 1.2s infinite ease-in-out; }
.dots span:nth-child(2) { animation-delay: 0.2s; }
.dots span:nth-child(3) { animation-delay: 0.4s; }
@keyframes jh-blink { 0%, 80%, 100% { opacity: 0.25; } 40% { opacity: 1; } }
@media (prefers-reduced-motion: reduce) { .dots span { animation: none; } }
.narrative { margin: 0 12px 8px; align-self: flex-start; padding: 6px 12px; border-radius: 999px; border: 1px solid var(--jh-accent, #0b6e69); background: transparent; color: var(--jh-accent, #0b6e69); font-size: 13px; cursor: pointer; }
.narrative[hidden] { display: none; }
.narrative:disabled { opacity: 0.5; cursor: default; }
form { display: flex; gap: 8px; padding: 10px 12px; border-top: 1px solid #e3e7e8; background: var(--jh-bg); }
textarea {
  flex: 1; resize: none; min-height: 42px; max-height: 120px; padding: 10px 12px;
  border: 1px solid #c5cdd0; border-radius: 10px; background: #fff;
}
form button {
  border: 0; border-radius: 10px; padding: 0 16px; cursor: pointer; font-weight: 600;
  background: var(--jh-accent); color: var(--jh-accent-contrast);
}
form button:disabled { opacity: 0.5; cursor: default; }
.notice { margin: 0; padding: 0 16px 8px; font-size: 12px; color: var(--jh-muted); background: var(--jh-bg); }

.rating-card { margin-top: 10px; padding: 12px; border: 1px solid #c5cdd0; border-radius: 12px; background: var(--jh-bg); }
.rating { display: block; padding: 0; border: 0; background: transparent; }
.rating[hidden], .rating-thanks[hidden], .rating-failed[hidden] { display: none; }
.rating fieldset { margin: 0; padding: 0; border: 0; min-width: 0; }
.rating legend { padding: 0; font-weight: 600; }
.rating-scale { margin: 2px 0 6px; font-size: 12px; color: var(--jh-muted); }
.stars { display: flex; gap: 4px; }
.star {
  position: relative; display: inline-flex; align-items: center; justify-content: center;
  width: 40px; height: 40px; border-radius: 8px; cursor: pointer; font-size: 26px; line-height: 1; color: #8f9ba1;
}
.star.on { color: #b06f00; }
.star:has(input:focus-visible) { outline: 3px solid var(--jh-focus); outline-offset: 1px; }
.rating-comment-label { display: block; margin: 8px 0 4px; font-size: 13px; }
.rating textarea { display: block; width: 100%; min-height: 56px; }
.rating-actions { display: flex; flex-wrap: wrap; gap: 8px; margin-top: 8px; }
.rating-actions button { padding: 8px 14px; border-radius: 10px; cursor: pointer; font-weight: 600; }
.rating .rating-send { border: 0; background: var(--jh-accent); color: var(--jh-accent-contrast); }
.rating .rating-send:disabled { opacity: 0.5; cursor: default; }
.rating .rating-skip { border: 1px solid #c5cdd0; background: transparent; color: var(--jh-fg); }
.rating-failed { margin: 6px 0 0; font-size: 13px; color: #8a1c1c; }
.rating-thanks { margin: 0; font-weight: 600; color: var(--jh-accent); }

@media (max-width: 480px) {
  .panel { right: 0; bottom: 0; width: 100vw; height: 100%; max-height: 100dvh; border-radius: 0; }
  .launcher { right: 12px; bottom: 12px; }
}
`;
