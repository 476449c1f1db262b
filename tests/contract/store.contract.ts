import { afterEach, beforeEach, describe } from 'vitest';
import type { ContractContext, StoreFactory, StoreHarness } from './store/fixtures.js';
import { consentContract } from './store/consents.js';
import { erasureContract } from './store/erasure.js';
import { conversationContract } from './store/conversations.js';
import { followUpContract } from './store/followups.js';
import { identityContract } from './store/identity.js';
import { leadContract, leadLookupContract } from './store/leads.js';
import { lifecycleContract } from './store/lifecycle.js';
import { listingContract } from './store/listings.js';
import { messageContract } from './store/messages.js';
import { visitorContract } from './store/visitors.js';
import { workdayContract } from './store/workday.js';
import { turnContract } from './store/turns.js';
import { turnWriteContract } from './store/turn-writes.js';
import { tenancyContract } from './store/tenancy.js';
import { leadEventContract } from './store/lead-events.js';
import { outboxContract } from './store/outbox.js';
import { tenantContract } from './store/tenants.js';
import { experimentContract } from './store/experiments.js';
import { clockContract } from './store/clock.js';

export type { StoreFactory, StoreHarness } from './store/fixtures.js';

/**
 * The store contract: ONE suite that every Store adapter runs unchanged (tests/contract/store.<adapter>.test.ts).
 * The factory is called before each test and must return a store on empty data; its cleanup runs after each test.
 */
export function runStoreContract(name: string, factory: StoreFactory): void {
  describe(`store contract: ${name}`, () => {
    let current: StoreHarness | undefined;
    let extra: StoreHarness[] = [];
    const ctx: ContractContext = {
      get harness() {
        if (!current) throw new Error('the store harness is only available inside a test');
        return current;
      },
      get store() {
        return ctx.harness.store;
      },
      async openWith(options) {
        const harness = await factory(options);
        extra.push(harness);
        return harness.store;
      },
    };

    beforeEach(async () => {
      current = await factory();
    });
    afterEach(async () => {
      const harnesses = [current, ...extra];
      current = undefined;
      extra = [];
      for (const harness of harnesses) await harness?.cleanup();
    });

    describe('leads', () => leadContract(ctx));
    describe('lead lookup by phone and email', () => leadLookupContract(ctx));
    describe('conversations', () => conversationContract(ctx));
    describe('messages', () => messageContract(ctx));
    describe('follow-ups', () => followUpContract(ctx));
    describe('lifecycle', () => lifecycleContract(ctx));
    describe('visitors and identities', () => visitorContract(ctx));
    describe('history, search and unread', () => workdayContract(ctx));
    describe('turns', () => turnContract(ctx));
    describe('turn writes', () => turnWriteContract(ctx));
    describe('staff identity and audit', () => identityContract(ctx));
    describe('consents', () => consentContract(ctx));
    describe('erasure', () => erasureContract(ctx));
    describe('listing catalogue', () => listingContract(ctx));
    describe('two tenants with the same ids', () => tenancyContract(ctx));
    describe('lead event log and rollups', () => leadEventContract(ctx));
    describe('event outbox', () => outboxContract(ctx));
    describe('tenants and their settings', () => tenantContract(ctx));
    describe('experiments', () => experimentContract(ctx));
    describe("the stamped times follow the store's clock", () => clockContract(ctx));
  });
}
