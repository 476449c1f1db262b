import { Decoder, Encoder, PacketType, protocol } from 'socket.io-parser';

/**
 * The largest Socket.IO packet a client may send (the engine closes that connection for a larger one). Every
 * client event is small: the longest, a lead message, is at most 10,000 characters (about 60 KB when every
 * character is JSON-escaped).
 */
export const MAX_PACKET_BYTES = 128 * 1024;

/** No client event nests deeper than a few levels; a packet deeper than this is refused before it is parsed. */
export const MAX_PACKET_DEPTH = 32;

/**
 * Whether the JSON in a packet nests arrays and objects deeper than `max` (brackets inside strings do not count).
 * One pass over the characters: JSON.parse of a 1.9 MB packet nested 950,000 levels deep held the event loop for
 * about 0.4 s, and the payload was parsed before any per-socket limit could refuse it.
 */
export function nestsDeeperThan(text: string, max: number, from = 0): boolean {
  let depth = 0;
  let inString = false;
  for (let i = from; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (inString) {
      if (code === 92 /* \ */) i += 1;
      else if (code === 34 /* " */) inString = false;
    } else if (code === 34) inString = true;
    else if (code === 91 /* [ */ || code === 123 /* { */) {
      depth += 1;
      if (depth > max) return true;
    } else if (code === 93 /* ] */ || code === 125 /* } */) depth -= 1;
  }
  return false;
}

/** A namespace as the hub names them: a slash and plain characters ("/widget"). */
const NAMESPACE = /^\/[\w-]*$/;

/**
 * Where a packet's JSON starts: after its type, its attachment count, its namespace (up to the first comma) and its
 * ack id, as socket.io-parser reads them. Throws for a namespace with other characters: the parser reads it up to
 * the first comma, so quotes and brackets there would hide the JSON from the depth check.
 */
function jsonStart(packet: string): number {
  let i = 1;
  const attachments = /^\d+-/.exec(packet.slice(1, 24));
  if (attachments) i += attachments[0].length;
  if (packet.charAt(i) === '/') {
    const comma = packet.indexOf(',', i);
    const end = comma === -1 ? packet.length : comma;
    if (end - i > 64 || !NAMESPACE.test(packet.slice(i, end))) throw new Error('malformed namespace');
    i = comma === -1 ? packet.length : comma + 1;
  }
  while (i < packet.length && packet.charCodeAt(i) >= 48 && packet.charCodeAt(i) <= 57) i += 1;
  return i;
}

/** Packet types that announce binary attachments (no client event of the hub carries any). */
const BINARY_TYPES = new Set([`${PacketType.BINARY_EVENT}`, `${PacketType.BINARY_ACK}`]);

/**
 * socket.io-parser's decoder, refusing (the connection closes) a packet nested deeper than MAX_PACKET_DEPTH and any
 * binary packet or attachment: a packet that announces attachments and never sends the last one would otherwise
 * hold the ones it sent for the life of the connection.
 */
class BoundedDecoder extends Decoder {
  override add(packet: unknown): void {
    if (typeof packet !== 'string') throw new Error('binary attachments are not accepted');
    if (BINARY_TYPES.has(packet.charAt(0))) throw new Error('binary packets are not accepted');
    if (nestsDeeperThan(packet, MAX_PACKET_DEPTH, jsonStart(packet))) {
      throw new Error(`packet nested deeper than ${MAX_PACKET_DEPTH} levels`);
    }
    super.add(packet);
  }
}

/** The Socket.IO `parser` option: the standard encoder and the bounded decoder. */
export const boundedParser = { protocol, Encoder, Decoder: BoundedDecoder };
