import { describe, expect, it } from 'vitest';
import { allowedHubOrigin } from '../../client/shared/login.js';

/** Finding 8: the staff console sends its JWT only to its own origin or an allowed one, whatever ?hub= says. */
describe('the staff console hub origin', () => {
  const production = { origin: 'https://hub.example.com', hostname: 'hub.example.com' };
  const dev = { origin: 'http://localhost:5173', hostname: 'localhost' };

  it('ignores a ?hub= pointing at another server', () => {
    expect(allowedHubOrigin('https://attacker.example', production, [])).toBeUndefined();
    expect(allowedHubOrigin('http://localhost:3000', production, [])).toBeUndefined();
    expect(allowedHubOrigin('javascript:alert(1)', production, [])).toBeUndefined();
    expect(allowedHubOrigin('not a url', production, [])).toBeUndefined();
    expect(allowedHubOrigin('https://attacker.example', dev, [])).toBeUndefined();
  });

  it('accepts its own origin, a configured one, and a loopback hub from a loopback page', () => {
    expect(allowedHubOrigin('https://hub.example.com/', production, [])).toBe('https://hub.example.com');
    expect(allowedHubOrigin('https://hub-eu.example.com/x', production, ['https://hub-eu.example.com'])).toBe(
      'https://hub-eu.example.com',
    );
    expect(allowedHubOrigin('http://127.0.0.1:3000', dev, [])).toBe('http://127.0.0.1:3000');
  });
});
