import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { isHubError } from '../../../src/errors.js';
import {
  createPersonalDataCodec,
  DEV_DATA_KEYS,
  newDataKey,
  parseDataKeys,
} from '../../../src/store/personal-data.js';
import { indexText, sealConversation, openConversation } from '../../../src/store/sealed-records.js';
import type { ConversationRecord } from '../../../src/store/types.js';

describe('personal data codec', () => {
  it('seals with AES-256-GCM under the active key id and opens it again; nothing of the plaintext shows', () => {
    const codec = createPersonalDataCodec(parseDataKeys(`k1:${newDataKey()}`, undefined, newDataKey()));
    const sealed = codec.seal('lead.phone', '(909) 555-0142');
    expect(sealed).toMatch(/^pd1\.k1\.[\w-]{16}\.[\w-]+$/);
    expect(sealed).not.toContain('555-0142');
    expect(codec.seal('lead.phone', '(909) 555-0142')).not.toBe(sealed);
    expect(codec.open('lead.phone', sealed)).toBe('(909) 555-0142');
    expect(codec.keyIdOf(sealed)).toBe('k1');
  });

  it('rotates: values sealed under an old key stay readable once a new key is active', () => {
    const old = newDataKey();
    const lookup = newDataKey();
    const before = createPersonalDataCodec(parseDataKeys(`2024:${old}`, undefined, lookup));
    const sealed = before.seal('lead.email', 'maria@example.com');
    const after = createPersonalDataCodec(parseDataKeys(`2025:${newDataKey()},2024:${old}`, '2025', lookup));
    expect(after.open('lead.email', sealed)).toBe('maria@example.com');
    expect(after.keyIdOf(after.seal('lead.email', 'x'))).toBe('2025');
    // The lookup key did not change: hashes stay equal across the rotation.
    expect(after.lookup('email', 't', 'Maria@example.com')).toBe(
      before.lookup('email', 't', 'maria@example.com'),
    );
    // A key that is no longer listed: a typed error, never garbage.
    const without = createPersonalDataCodec(parseDataKeys(`2025:${newDataKey()}`, undefined, lookup));
    expect(() => without.open('lead.email', sealed)).toThrowError(/key 2024/);
  });

  it('refuses tampered values and values moved to another field', () => {
    const codec = createPersonalDataCodec();
    const sealed = codec.seal('lead.name', 'María Gómez');
    const parts = sealed.split('.');
    const body = Buffer.from(parts[3]!, 'base64url');
    body[0] = body[0]! ^ 1;
    const tampered = [...parts.slice(0, 3), body.toString('base64url')].join('.');
    for (const attempt of [() => codec.open('lead.name', tampered), () => codec.open('lead.email', sealed)]) {
      try {
        attempt();
        expect.unreachable('opened a value it must refuse');
      } catch (error) {
        expect(isHubError(error, 'INTERNAL')).toBe(true);
      }
    }
    // Values written before encryption are read as they are.
    expect(codec.open('lead.name', 'Legacy Name')).toBe('Legacy Name');
  });

  it('draws a fresh nonce for every seal, and reads a value again (from memory) only in its own field', () => {
    const codec = createPersonalDataCodec();
    const nonces = new Set(
      Array.from({ length: 5_000 }, () => codec.seal('message.text', 'same').split('.')[2]),
    );
    expect(nonces.size).toBe(5_000);
    const sealed = codec.seal('lead.name', 'María Gómez');
    for (let read = 0; read < 3; read++) expect(codec.open('lead.name', sealed)).toBe('María Gómez');
    expect(() => codec.open('lead.email', sealed)).toThrowError(/authentication/);
    // Far more values than it keeps: each still opens to its own plaintext.
    const many = Array.from(
      { length: 5_000 },
      (_, i) => [codec.seal('message.text', `m${i}`), `m${i}`] as const,
    );
    for (const [stored, plaintext] of many) expect(codec.open('message.text', stored)).toBe(plaintext);
  });

  it('hands out values sealed ahead once each, for their own field and plaintext only, until dropped', () => {
    const codec = createPersonalDataCodec();
    codec.sealAhead('message.text', ['hola', 'hola', 'hi']);
    const taken = [codec.seal('message.text', 'hola'), codec.seal('message.text', 'hola')];
    // Two values sealed ahead for "hola": both taken, each with its own nonce, each opening to "hola".
    expect(new Set(taken.map((sealed) => sealed.split('.')[2])).size).toBe(2);
    for (const sealed of taken) expect(codec.open('message.text', sealed)).toBe('hola');
    // A third "hola" and a value of another field are sealed on the spot, with fresh nonces.
    const third = codec.seal('message.text', 'hola');
    expect(taken).not.toContain(third);
    expect(codec.open('message.text', third)).toBe('hola');
    const name = codec.seal('lead.name', 'hi');
    expect(codec.open('lead.name', name)).toBe('hi');
    expect(() => codec.open('message.text', name)).toThrowError(/authentication/);
    // Once dropped, whatever was left is gone and every seal is made on the spot.
    codec.dropSealedAhead();
    const seals = Array.from({ length: 3 }, () => codec.seal('message.text', 'hi'));
    expect(new Set(seals.map((sealed) => sealed.split('.')[2])).size).toBe(3);
    for (const sealed of seals) expect(codec.open('message.text', sealed)).toBe('hi');
  });

  it('opens a value sealed with keep from its memory, as the same plaintext, in its own field only', () => {
    const codec = createPersonalDataCodec();
    const kept = codec.seal('message.text', '{"step":"budget"}', { keep: true });
    expect(kept).not.toBe(codec.seal('message.text', '{"step":"budget"}', { keep: true }));
    expect(codec.open('message.text', kept)).toBe('{"step":"budget"}');
    // Another process (a fresh codec, the same keys) decrypts it.
    expect(createPersonalDataCodec().open('message.text', kept)).toBe('{"step":"budget"}');
    expect(() => codec.open('lead.name', kept)).toThrowError(/authentication/);
    // A record's bot state and sealed meta are kept as they are sealed; each opens to what was sealed.
    const conversation = {
      meta: { botActive: true, leadName: 'Ana Ruiz' },
      botState: { version: 1, step: 'budget' },
      outbox: [],
    } as unknown as ConversationRecord;
    const sealed = sealConversation(codec, conversation);
    expect(openConversation(codec, sealed)).toEqual(conversation);
    expect(openConversation(createPersonalDataCodec(), sealed)).toEqual(conversation);
  });

  it('hashes lookups per purpose and tenant with the lookup key, normalising phones and emails', () => {
    const codec = createPersonalDataCodec();
    const other = createPersonalDataCodec({ ...DEV_DATA_KEYS, lookupKey: newDataKey() });
    expect(codec.lookup('phone', 't', '+1 (909) 555-0142')).toBe(codec.lookup('phone', 't', '9095550142'));
    expect(codec.lookup('phone', 't', '9095550142')).not.toBe(codec.lookup('phone', 'u', '9095550142'));
    expect(codec.lookup('phone', 't', '9095550142')).not.toBe(codec.lookup('name-word', 't', '9095550142'));
    expect(codec.lookup('phone', 't', '9095550142')).not.toBe(other.lookup('phone', 't', '9095550142'));
    expect(codec.lookup('phone', 't', 'no digits')).toBeNull();
  });

  it('gives the same search hashes from its memo as computed afresh, per purpose and tenant, past its bound', () => {
    const codec = createPersonalDataCodec();
    const fresh = (purpose: 'search-word' | 'search-prefix', tenant: string, word: string) =>
      createHmac('sha256', Buffer.from(DEV_DATA_KEYS.lookupKey, 'base64'))
        .update(`${purpose}\u0000${tenant}\u0000${word}`)
        .digest('hex');
    // Twice over more words than the memo holds: first computed, then remembered or computed again.
    for (let round = 0; round < 2; round++) {
      for (let n = 0; n < 25_000; n += 997) {
        expect(codec.lookup('search-word', 't', `word${n}`)).toBe(fresh('search-word', 't', `word${n}`));
        expect(codec.lookup('search-prefix', 'u', `wor${n}`)).toBe(fresh('search-prefix', 'u', `wor${n}`));
      }
      for (let n = 0; n < 21_000; n++) codec.lookup('search-prefix', 't', `filler${n}`);
    }
    expect(codec.lookup('search-word', 't', 'casa')).not.toBe(codec.lookup('search-word', 'u', 'casa'));
    expect(codec.lookup('search-word', 't', 'casa')).not.toBe(codec.lookup('search-prefix', 't', 'casa'));
  });

  it('reads the key settings and names the setting on every mistake', () => {
    const key = newDataKey();
    expect(parseDataKeys(`a:${key}, b:${newDataKey()}`, 'b', newDataKey()).activeKeyId).toBe('b');
    const mistakes: [string, string | undefined, string, RegExp][] = [
      ['', undefined, newDataKey(), /HUB_DATA_KEYS: no key/],
      [
        `a:${Buffer.alloc(16).toString('base64')}`,
        undefined,
        newDataKey(),
        /HUB_DATA_KEYS \(a\): must be base64 of 32/,
      ],
      [`bad id:${key}`, undefined, newDataKey(), /HUB_DATA_KEYS: each entry/],
      [`a:${key},a:${newDataKey()}`, undefined, newDataKey(), /listed twice/],
      [`a:${key}`, 'b', newDataKey(), /HUB_DATA_KEY_ACTIVE: b is not/],
      [`a:${key}`, undefined, 'short', /HUB_DATA_LOOKUP_KEY/],
      [`a:${key}`, undefined, key, /HUB_DATA_LOOKUP_KEY: must differ/],
    ];
    for (const [spec, active, lookup, message] of mistakes) {
      expect(() => parseDataKeys(spec, active, lookup)).toThrowError(message);
    }
  });
});

describe('sealed records', () => {
  it('keeps contact details and the lead name out of the search index text', () => {
    expect(
      indexText(
        "Hi, I'm Maria Gonzalez! Call 909-555-0142 or maria.g@example.com about the Etiwanda pool",
        [],
      ),
    ).toBe('hi call or about the etiwanda pool');
    expect(indexText('Thanks Maria, see you at the house', ['María Gonzalez'])).toBe(
      'thanks see you at the house',
    );
    expect(indexText('soy José Núñez y busco casa', [])).toBe('y busco casa');
    // Every introduction, in each case (the cheap first look must not skip one).
    for (const intro of [
      'My name is',
      "my name's",
      'This is',
      'I am',
      "I'm",
      'I’m',
      'Im',
      'Me llamo',
      'Mi nombre es',
      'Soy',
    ])
      expect(indexText(`${intro} Ana Ruiz, gracias`, []), intro).toBe('gracias');
  });

  it('reads a long message in linear time (no rescan of a run without "@")', () => {
    // 40,000 address characters without an "@": the unanchored pattern took seconds here.
    const long = 'x'.repeat(40_000);
    const started = performance.now();
    expect(indexText(`${long} write me at ana.b@mail.example.com`, [])).toBe(`${long} write me at`);
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('seals the lead name, hand-off and drafts of a conversation and the outbox texts, and opens them again', () => {
    const codec = createPersonalDataCodec();
    const conversation = {
      meta: {
        botActive: true,
        leadName: 'Ana Ruiz',
        handoff: {
          reason: 'wants_person',
          botKind: 'buyer',
          temperature: 'hot',
          slotsFilled: {},
          slotsMissing: [],
          summary: 'Ana, 909-555-0142',
          lastMessages: [],
          profile: {},
          requestedAt: '2026-11-25T10:00:00.000Z',
        },
        alerts: ['x'],
      },
      outbox: [{ clientMsgId: 'c', kind: 'reply', text: 'Hi Ana', visibility: 'everyone' }],
    } as unknown as ConversationRecord;
    // The sealed record is what the adapters keep; opened, it reads back through the meta's schema.
    const sealed = sealConversation(codec, conversation);
    // Whole words and the phone: three random characters of a ciphertext can spell "555" or "Ana".
    expect(JSON.stringify(sealed)).not.toMatch(/Ana Ruiz|Ana,|Hi Ana|555-0142/);
    expect(sealed.meta.alerts).toEqual(['x']);
    expect(openConversation(codec, sealed)).toEqual(conversation);
  });
});
