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
  if (trustedHops <= 0 || forwardedFor === undefined) return remote;
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
