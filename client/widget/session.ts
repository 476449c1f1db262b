import { createWidgetSession, HubClientError, type KeyValueStorage, type TokenSource } from '../sdk/index.js';
import type { EmbedConfig } from './config.js';

/**
 * The widget's token source: opens a session with the stored visitor secret (the hub issued it; it resumes the
 * same visitor and conversation) and opens a new one when the hub refuses the token (expired, revoked). The hub
 * answers an unknown or expired secret with a new visitor and a new secret, which replaces the stored one.
 */
export function widgetTokenSource(
  config: EmbedConfig,
  storage: KeyValueStorage,
  storagePrefix: string,
): TokenSource {
  const secretKey = `${storagePrefix}:visitor-secret`;
  let token: string | undefined;
  return async ({ lastError }) => {
    if (token && !lastError) return token;
    const stored = storage.get(secretKey) ?? undefined;
    const open = (visitorSecret?: string) =>
      createWidgetSession(config.hubUrl, {
        tenantId: config.tenantId,
        ...(config.listing ? { listing: config.listing } : {}),
        ...(config.intent ? { intent: config.intent } : {}),
        ...(config.identityToken ? { identityToken: config.identityToken } : {}),
        ...(config.identity ? { identity: config.identity } : {}),
        page: { url: location.href.slice(0, 2_000), title: document.title.slice(0, 300) },
        ...(visitorSecret ? { visitorSecret } : {}),
      });
    // A damaged stored secret must not lock the visitor out: start over without it.
    const session = await open(stored).catch((error: unknown) => {
      if (stored && error instanceof HubClientError && error.code === 'INVALID_PAYLOAD') return open();
      throw error;
    });
    storage.set(secretKey, session.visitorSecret);
    token = session.token;
    return token;
  };
}
