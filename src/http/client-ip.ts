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
