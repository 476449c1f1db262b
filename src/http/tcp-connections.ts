import type { Server } from 'node:http';
import type { Socket } from 'node:net';
import { addressBucket } from './client-ip.js';

/**
 * Every TCP connection of the HTTP server, upgraded WebSockets included, so a shutdown can end the ones a peer keeps
 * open; and, when `maxPerPeer` is above 0, at most that many from one peer address (more are closed at once), so
 * slow clients of one address cannot exhaust the file descriptors.
 */
export function trackTcpConnections(httpServer: Server, maxPerPeer: number): ReadonlySet<Socket> {
  const sockets = new Set<Socket>();
  const perPeer = new Map<string, number>();
  // One listener shared by every connection (called with the socket as `this`): no closure per connection.
  function forget(this: Socket) {
    sockets.delete(this);
    if (maxPerPeer === 0) return;
    const peer = addressBucket(this.remoteAddress ?? '');
    const left = (perPeer.get(peer) ?? 1) - 1;
    if (left > 0) perPeer.set(peer, left);
    else perPeer.delete(peer);
  }
  httpServer.on('connection', (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', forget);
    if (maxPerPeer === 0) return;
    const peer = addressBucket(socket.remoteAddress ?? '');
    const open = (perPeer.get(peer) ?? 0) + 1;
    perPeer.set(peer, open);
    if (open > maxPerPeer) socket.destroy();
  });
  return sockets;
}
