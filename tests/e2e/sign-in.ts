import type { Page } from 'playwright-core';

/** Opens a staff app and signs in by pasting a staff token into the sign-in screen (never through the URL). */
export async function signInWithToken(page: Page, appUrl: string, token: string): Promise<void> {
  await page.goto(appUrl);
  await page.getByLabel('Staff token').fill(token);
  await page.getByRole('button', { name: 'Use token' }).click();
  await page.locator('#sign-out').waitFor();
}

/**
 * Records the URL of every navigation and every request of a page (frames, fetches, WebSocket upgrades), so a
 * test can assert that no token ever appears in one.
 */
export function watchUrls(page: Page): string[] {
  const urls: string[] = [];
  page.on('framenavigated', (frame) => urls.push(frame.url()));
  page.on('request', (request) => urls.push(request.url()));
  page.on('websocket', (socket) => urls.push(socket.url()));
  return urls;
}

/** True when a URL carries something that looks like a token (a JWT, an access token or code parameter). */
export function urlCarriesToken(url: string, tokens: string[]): boolean {
  return (
    /[?&#](token|access_token|id_token)=/.test(url) ||
    /eyJ[A-Za-z0-9_-]{10,}\./.test(url) ||
    tokens.some((token) => token.length > 0 && url.includes(token))
  );
}
