import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';

/** Only public unicast addresses: not loopback, private, link-local, unique-local, reserved or mapped to those. */
export function isPublicAddress(address: string): boolean {
  try {
    return ipaddr.process(address).range() === 'unicast';
  } catch {
    return false;
  }
}

/** Suffixes of names that never leave the local network (RFC 6761, RFC 6762, cloud-internal names). */
const LOCAL_SUFFIXES = ['localhost', 'local', 'internal', 'localdomain', 'home.arpa', 'lan', 'intranet'];

/**
 * Why a URL's host cannot be a public destination, or null when it may be one (its addresses are still checked
 * on every connection: src/jobs/webhook.ts). Refused: IP literals that are not public unicast, `localhost` with or
 * without its final dot, names under a local-only suffix, and single-label names ("intranet", "redis"), which
 * resolve through the host's search domains to whatever the local network says.
 */
export function nonPublicHostReason(hostname: string): string | null {
  const host = hostname.replace(/^\[|\]$/g, '').toLowerCase();
  if (isIP(host)) return isPublicAddress(host) ? null : 'a loopback, private or reserved address';
  const name = host.replace(/\.+$/, '');
  if (!name) return 'an empty name';
  const local = LOCAL_SUFFIXES.find((suffix) => name === suffix || name.endsWith(`.${suffix}`));
  if (local) return 'a local-only name';
  return name.includes('.') ? null : 'a single-label name';
}
