import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

/** A person the test identity provider knows: the login name typed in its sign-in form. */
export interface TestAccount {
  email: string;
  name: string;
  groups: string[];
  emailVerified?: boolean;
}

export interface TestIssuer {
  issuer: string;
  clientId: string;
  clientSecret: string;
  close(): Promise<void>;
}

/**
 * A real OpenID Connect provider (oidc-provider, a certified implementation) on a free port, with one confidential
 * client for the hub and its development sign-in pages (any login with any password; the login is the account).
 * PKCE is required, as with the hub's real providers.
 */
export async function startTestIssuer(options: {
  redirectUris: () => string[];
  accounts: Record<string, TestAccount>;
}): Promise<TestIssuer> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const clientId = 'jorge-hub';
  const clientSecret = 'test-client-secret-0123456789';
  let provider: Provider | undefined;
  const handler = () => {
    provider ??= new Provider(issuer, {
      clients: [
        {
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uris: options.redirectUris(),
          grant_types: ['authorization_code'],
          response_types: ['code'],
        },
      ],
      pkce: { required: () => true },
      claims: {
        openid: ['sub'],
        email: ['email', 'email_verified'],
        profile: ['name'],
        groups: ['groups'],
      },
      scopes: ['openid', 'email', 'profile', 'groups'],
      cookies: { keys: ['test-issuer-cookie-key-0123456789'] },
      findAccount: (_ctx, sub) => {
        const account = options.accounts[sub];
        return {
          accountId: sub,
          claims: () => ({
            sub,
            ...(account
              ? {
                  email: account.email,
                  email_verified: account.emailVerified ?? true,
                  name: account.name,
                  groups: account.groups,
                }
              : {}),
          }),
        };
      },
    });
    return provider.callback();
  };
  server.on('request', (req, res) => void handler()(req, res));
  return {
    issuer,
    clientId,
    clientSecret,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
