import { WebSocket } from 'ws';

/**
 * A minimal Socket.IO client on a bare WebSocket (engine.io v4 framing, the default JSON parser) for the soak
 * section: one namespace, an auth token, pongs, and `emit` with an ack. A few KB each, and it parses only its
 * own acks: the bot's reply tokens and the broadcasts it also receives are counted by their first bytes, never
 * decoded, so that 5,000 of them in one process do not take the cores the server under test needs.
 */
export interface SoakClient {
  /** Sends an event with one JSON argument; resolves with the ack's first argument, rejects after `timeoutMs`. */
  emitWithAck(event: string, payload: unknown, timeoutMs: number): Promise<unknown>;
  /** Whether the connection closed after it was connected (not asked to). */
  readonly dropped: boolean;
  close(): void;
}

export interface SoakClientCounters {
  /** `stream:end` events received (a bot reply finished streaming to the lead). */
  streamEnds: number;
  /** Connections that closed while the soak ran (the server or the network dropped them). */
  drops: number;
}

const ACK = 0x33; // '3' after '4': a Socket.IO ACK packet
const MESSAGE = 0x34; // '4': an engine.io message

export function connectSoakClient(
  url: string,
  namespace: string,
  token: string,
  counters: SoakClientCounters,
): Promise<SoakClient> {
  const ws = new WebSocket(`${url.replace('http', 'ws')}/socket.io/?EIO=4&transport=websocket`, {
    perMessageDeflate: false,
  });
  const ackPrefix = `43${namespace},`;
  const streamEndPrefix = Buffer.from(`42${namespace},["stream:end"`);
  const pending = new Map<number, { resolve: (value: unknown) => void; timer: NodeJS.Timeout }>();
  let nextId = 0;
  let closing = false;
  let dropped = false;
  return new Promise((resolve, reject) => {
    let connected = false;
    const client: SoakClient = {
      emitWithAck(event, payload, timeoutMs) {
        const id = nextId++;
        return new Promise((done, fail) => {
          const timer = setTimeout(() => {
            pending.delete(id);
            fail(new Error(`no ack for ${event} within ${timeoutMs} ms`));
          }, timeoutMs);
          pending.set(id, { resolve: done, timer });
          ws.send(`42${namespace},${id}${JSON.stringify([event, payload])}`);
        });
      },
      get dropped() {
        return dropped;
      },
      close() {
        closing = true;
        for (const { timer } of pending.values()) clearTimeout(timer);
        pending.clear();
        ws.terminate();
      },
    };
    ws.on('message', (data: Buffer) => {
      if (data[0] === MESSAGE && data[1] === ACK) {
        const text = data.toString();
        if (!text.startsWith(ackPrefix)) return;
        const open = text.indexOf('[', ackPrefix.length);
        const id = Number(text.slice(ackPrefix.length, open));
        const waiter = pending.get(id);
        if (!waiter) return;
        pending.delete(id);
        clearTimeout(waiter.timer);
        waiter.resolve((JSON.parse(text.slice(open)) as unknown[])[0]);
        return;
      }
      if (data.length === 1 && data[0] === 0x32) {
        ws.send('3'); // ping → pong
        return;
      }
      if (connected) {
        if (data.subarray(0, streamEndPrefix.length).equals(streamEndPrefix)) counters.streamEnds++;
        return;
      }
      const text = data.toString();
      if (text.startsWith('0')) ws.send(`40${namespace},${JSON.stringify({ token })}`);
      else if (text.startsWith(`40${namespace},`)) {
        connected = true;
        resolve(client);
      } else if (text.startsWith(`44${namespace},`)) reject(new Error(`refused: ${text}`));
    });
    ws.once('error', (error) => {
      if (!connected) reject(error);
    });
    ws.once('close', () => {
      if (!connected) reject(new Error('closed before connecting'));
      else if (!closing) {
        dropped = true;
        counters.drops++;
      }
    });
  });
}
