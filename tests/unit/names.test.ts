import { describe, expect, it } from 'vitest';
import { encodePart, parseRoom, rooms } from '../../src/names.js';

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
});
