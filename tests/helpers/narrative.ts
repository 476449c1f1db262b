import { expect } from 'vitest';
import type { FakeAnthropic, FakeRequestInfo } from '../fakes/anthropic-server.js';
import { postJson } from './hub.js';

/** The catalogue: L-100 (the review gate stays off) and L-900 (over the demo tenant's high-value threshold). */
export const NARRATIVE_CATALOGUE = [
  {
    ListingKey: 'L-100',
    StandardStatus: 'Active',
    ListPrice: 725_000,
    BedroomsTotal: 4,
    BathroomsTotalInteger: 3,
    LivingArea: 2_350,
    YearBuilt: 2004,
    PoolPrivateYN: true,
    GarageSpaces: 3,
    UnparsedAddress: '12345 Day Creek Blvd',
    City: 'Rancho Cucamonga',
    SubdivisionName: 'Etiwanda',
  },
  {
    ListingKey: 'L-900',
    StandardStatus: 'Active',
    ListPrice: 1_900_000,
    BedroomsTotal: 5,
    BathroomsTotalInteger: 5,
    UnparsedAddress: '1 Hillcrest Dr',
    City: 'Rancho Cucamonga',
  },
];

/** Model narratives, sentence by sentence as deltas (one word a delta). */
export const MODEL_NARRATIVE =
  'This four-bedroom home on Day Creek has the private pool you asked for. At $725,000 it fits your budget. Would you like to see it?';
export const words = (text: string) => text.match(/\S+\s*/g) ?? [];
export const isNarrative = (request: Pick<FakeRequestInfo, 'system'>) =>
  request.system.includes('narrative about one home');

export async function importCatalogue(url: string, tenantId = 'demo') {
  const { body } = await postJson(`${url}/api/dev/tokens`, {
    tenantId,
    role: 'admin',
    userId: 'ana',
    name: 'Ana',
  });
  const response = await fetch(`${url}/api/admin/listings`, {
    method: 'POST',
    headers: { authorization: `Bearer ${String(body.token)}`, 'content-type': 'application/json' },
    body: JSON.stringify(NARRATIVE_CATALOGUE),
  });
  expect(response.status).toBe(200);
}

/** The narrative requests the fake API received. */
export const narrativeRequests = (fake: FakeAnthropic) =>
  fake.requests.filter((request) => JSON.stringify(request.body).includes('narrative about one home'));
