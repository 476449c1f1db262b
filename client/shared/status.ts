import type { ConnectionState, HubClientError } from '../sdk/index.js';

const LABELS: Record<ConnectionState, string> = {
  idle: 'Not connected',
  connecting: 'Connecting…',
  connected: 'Live',
  reconnecting: 'Reconnecting…',
  offline: 'Offline',
  failed: 'Disconnected',
  closed: 'Closed',
};

/** The connection pill of the top bar (a polite live region). */
export function renderConnection(element: HTMLElement, state: ConnectionState): void {
  element.textContent = LABELS[state];
  element.className = `conn ${state}`;
}

/** Shows an error in the page's alert banner until the next one or until dismissed. */
export function showError(banner: HTMLElement, error: HubClientError | Error | string): void {
  const text =
    typeof error === 'string' ? error : 'code' in error ? `${error.message} (${error.code})` : error.message;
  banner.textContent = text;
  banner.hidden = false;
}

export function clearError(banner: HTMLElement): void {
  banner.hidden = true;
  banner.textContent = '';
}
