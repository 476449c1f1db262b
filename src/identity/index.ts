import type { HubOptions } from '../app.js';
import type { Logger } from '../logger.js';
import type { Store } from '../store/types.js';
import { createOidcRouter } from './oidc.js';
import type { OidcProviderSettings, SessionSettings } from './oidc-settings.js';
import { createSessionService } from './sessions.js';

export { oidcSettingsFromConfig } from './oidc-settings.js';
export type { OidcProviderSettings, SessionSettings } from './oidc-settings.js';

export interface IdentityWiringOptions {
  store: Store;
  logger: Logger;
  /** HUB_JWT_SECRET: signs the login-state cookie. */
  secret: string;
  providers: OidcProviderSettings[];
  session: SessionSettings;
  now?: () => Date;
}

/** Staff sign-in for createHub: OpenID Connect providers and the sign-in sessions behind them. */
export function identityWiring(options: IdentityWiringOptions): NonNullable<HubOptions['identity']> {
  const { store, providers } = options;
  const logger = options.logger.child({ component: 'identity' });
  const now = options.now ?? (() => new Date());
  return ({ tokens, onSessionEnded }) => {
    const sessions = createSessionService({
      store,
      tokens,
      settings: options.session,
      logger,
      now,
      onEnded: onSessionEnded,
    });
    const oidc =
      providers.length > 0
        ? [
            createOidcRouter({
              providers,
              settings: options.session,
              secret: options.secret,
              sessions,
              store,
              logger,
              now,
            }),
          ]
        : [];
    return {
      routers: [...oidc, sessions.router],
      providers: () => providers.map(({ id, label, tenantId }) => ({ id, label, tenantId })),
    };
  };
}
