import { readEmbedConfig } from './config.js';
import { mountWidget } from './app.js';

declare global {
  interface Window {
    JorgeHubWidget?: ReturnType<typeof mountWidget>;
  }
}

/** Entry of widget.js: reads the embed tag's data attributes and mounts once per page. */
function boot(): void {
  if (window.JorgeHubWidget) return;
  const script =
    (document.currentScript as HTMLScriptElement | null) ??
    document.querySelector<HTMLScriptElement>('script[src*="widget.js"][data-tenant]');
  const config = readEmbedConfig(script?.dataset ?? {}, script?.src ?? '', location.href);
  const start = () => {
    window.JorgeHubWidget = mountWidget(config);
  };
  if (document.body) start();
  else document.addEventListener('DOMContentLoaded', start, { once: true });
}

boot();
