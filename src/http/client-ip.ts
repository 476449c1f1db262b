import ipaddr from 'ipaddr.js';
/**
 * The client's address. Behind load balancers, HUB_TRUST_PROXY says how many proxy hops in front of the hub add
 * an X-Forwarded-For entry (0, the default, trusts none: the header is ignored, since anyone can send it). The
 * address is taken that many hops from the right, as Express does with `trust proxy` set to a number.
 */
export function clientIp(
  remoteAddress: string | undefined,
  forwardedFor: string | string[] | undefined,
  trustedHops: number,
): string {
  const remote = normalise(remoteAddress ?? 'unknown');
  // A proxy sits on the hub's own network: a peer on a public address reached the hub directly, and whatever
  // X-Forwarded-For it sent is its own words (docs/SECURITY.md "HUB_TRUST_PROXY").
  if (trustedHops <= 0 || forwardedFor === undefined || !isProxyAddress(remote)) return remote;
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : forwardedFor;
  const chain = header
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean);
  // [remote, last proxy's view, ..., first] from the nearest hop outwards.
  const hops = [remote, ...chain.reverse().map(normalise)];
  return hops[Math.min(trustedHops, hops.length - 1)]!;
}

/** "::ffff:1.2.3.4" and "1.2.3.4" are one client. */
const normalise = (address: string): string => address.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/, '$1');

/**
 * The key per-address limits count a client under: an IPv4 address as it is, an IPv6 address by its /64 prefix.
 * One IPv6 host usually holds a whole /64 (2^64 addresses), so counting full addresses would let it take any
 * number of budgets; a /64 is the usual unit a site or home gets.
 */
export function addressBucket(address: string): string {
  if (!ipaddr.IPv6.isValid(address)) return address;
  const parsed = ipaddr.IPv6.parse(address);
  if (parsed.isIPv4MappedAddress()) return parsed.toIPv4Address().toString();
  const prefix = parsed.parts.slice(0, 4).map((part) => part.toString(16));
  return `${prefix.join(':')}::/64`;
}

/** The ranges a proxy in front of the hub connects from: loopback, private, link-local, unique-local, shared (CGNAT). */
const PROXY_RANGES: ReadonlySet<string> = new Set([
  'loopback',
  'private',
  'linkLocal',
  'uniqueLocal',
  'carrierGradeNat',
]);

/** True when the peer may be the trusted proxy: an address of a local or private network. */
export function isProxyAddress(address: string): boolean {
  if (!ipaddr.isValid(address)) return false;
  const parsed = ipaddr.process(address);
  return PROXY_RANGES.has(parsed.range());
}

/**
 * The wider key the free widget sessions are counted under (src/visitors/session-gate.ts): an IPv4 client by its
 * /24, an IPv6 client by its /56 (what one subscriber is usually given). Addresses of one network share it, so
 * a host that owns many addresses of its network gets one free budget, not one per address.
 */
export function networkBucket(address: string): string {
  if (!ipaddr.isValid(address)) return address;
  const parsed = ipaddr.process(address);
  if (parsed.kind() === 'ipv4') return `${parsed.toByteArray().slice(0, 3).join('.')}.0/24`;
  const bytes = parsed.toByteArray().slice(0, 7);
  const groups = [0, 2, 4].map((at) => ((bytes[at]! << 8) | bytes[at + 1]!).toString(16));
  return `${groups.join(':')}:${bytes[6]!.toString(16)}00::/56`;
}
