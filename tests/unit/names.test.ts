import { describe, expect, it } from 'vitest';
import { encodePart, isConversationRoom, parseRoom, rooms } from '../../src/names.js';

const IDS = [
  'demo',
  'conv-lead-7d3f0c1e-5a4b-4c2d-9e8f-0a1b2c3d4e5f',
  'a:b',
  'x{y}z|w',
  "it's (really) *odd*!",
  '100%',
  'ñandú',
  'spaces and\ttabs',
  '',
  '~_.-',
];

describe('room names', () => {
  it('keep ids made of unreserved characters as they are and encode every other id', () => {
    expect(encodePart('conv-lead-7d3f0c1e-5a4b-4c2d-9e8f-0a1b2c3d4e5f')).toBe(
      'conv-lead-7d3f0c1e-5a4b-4c2d-9e8f-0a1b2c3d4e5f',
    );
    for (const id of IDS) {
      const part = encodePart(id);
      expect(part).toMatch(/^[A-Za-z0-9_.~%-]*$/);
      expect(decodeURIComponent(part)).toBe(id);
    }
  });

  it('parse back to the tenant and id they were built from', () => {
    for (const id of IDS.filter(Boolean)) {
      expect(parseRoom(rooms.conversation('demo', id))).toEqual({
        kind: 'conversation',
        tenantId: 'demo',
        id,
      });
      expect(parseRoom(rooms.lead('demo', id))).toEqual({ kind: 'lead', tenantId: 'demo', id });
    }
    expect(rooms.conversation('demo', 'a:b')).not.toBe(rooms.conversation('demo:a', 'b'));
  });

  it('tell a conversation room from every other room, and from a socket id, as parseRoom does', () => {
    const names = IDS.filter(Boolean).flatMap((id) => [
      rooms.conversation('demo', id),
      rooms.conversation(id, 'c:1'),
      rooms.lead('demo', id),
      rooms.tenantStaff(id),
      rooms.board(id),
      rooms.staffMember('demo', id),
    ]);
    // Socket.IO socket ids (base64url, no colon), and a lead id that looks like a conversation room.
    names.push('c2RvY2tldC1pZC0xMjM0', 'cAbC-_xyz', rooms.lead('demo', 'c:demo:conv-1'));
    for (const name of names) {
      expect(isConversationRoom(name), name).toBe(parseRoom(name)?.kind === 'conversation');
    }
  });
});
