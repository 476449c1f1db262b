import { createWidgetSession, HubClientError, type KeyValueStorage, type TokenSource } from '../sdk/index.js';
import type { EmbedConfig } from './config.js';

/**
 * The widget's token source: opens a session for the stored visitor (same visitorId = same conversation) and
 * opens a new one when the hub refuses the token (expired).
 */
export function widgetTokenSource(
  config: EmbedConfig,
  storage: KeyValueStorage,
  storagePrefix: string,
): TokenSource {
  const visitorKey = `${storagePrefix}:visitor`;
  let token: string | undefined;
  return async ({ lastError }) => {
    if (token && !lastError) return token;
    const visitorId = storage.get(visitorKey) ?? undefined;
    const open = (visitor?: string) =>
      createWidgetSession(config.hubUrl, {
        tenantId: config.tenantId,
        ...(config.listing ? { listing: config.listing } : {}),
        ...(config.intent ? { intent: config.intent } : {}),
        page: { url: location.href.slice(0, 2_000), title: document.title.slice(0, 300) },
        ...(visitor ? { visitorId: visitor } : {}),
      });
    // A damaged stored visitor id must not lock the visitor out: start over without it.
    const session = await open(visitorId).catch((error: unknown) => {
      if (visitorId && error instanceof HubClientError && error.code === 'INVALID_PAYLOAD') return open();
      throw error;
    });
    storage.set(visitorKey, session.visitorId);
    token = session.token;
    return token;
  };
}
