import type { Listing } from '../../src/protocol/index.js';

/** What the embed tag says (`data-*` attributes of the widget's script tag). */
export interface EmbedConfig {
  hubUrl: string;
  tenantId: string;
  listing?: Listing;
  intent?: 'buy' | 'sell';
  /** Header title (default "Chat with us"). */
  title: string;
  /** A signed-in site user: the short-lived identity token the site's backend signed (data-identity-token). */
  identityToken?: string;
  /** LEGACY (data-user-id, data-user-hash): only for a tenant with legacyIdentityHash (docs/SECURITY.md). */
  identity?: { userId: string; hash: string; name?: string };
}

const toNumber = (value: string | undefined): number | undefined => {
  if (!value) return undefined;
  const number = Number(value.replace(/[$,\s]/g, ''));
  return Number.isFinite(number) && number >= 0 ? number : undefined;
};

/** Reads the embed tag. The hub URL defaults to the origin the script was loaded from. */
export function readEmbedConfig(dataset: DOMStringMap, scriptSrc: string, pageUrl: string): EmbedConfig {
  const hubUrl = (dataset.hub ?? new URL(scriptSrc || pageUrl, pageUrl).origin).replace(/\/$/, '');
  const config: EmbedConfig = {
    hubUrl,
    tenantId: dataset.tenant ?? 'demo',
    title: dataset.title ?? 'Chat with us',
  };
  if (dataset.intent === 'buy' || dataset.intent === 'sell') config.intent = dataset.intent;
  if (dataset.identityToken) config.identityToken = dataset.identityToken.slice(0, 4_096);
  if (dataset.userId && dataset.userHash) {
    config.identity = { userId: dataset.userId.slice(0, 200), hash: dataset.userHash.slice(0, 200) };
    if (dataset.userName) config.identity.name = dataset.userName.slice(0, 120);
  }
  if (dataset.listingId) {
    const listing: Listing = { id: dataset.listingId.slice(0, 128) };
    if (dataset.listingAddress) listing.address = dataset.listingAddress.slice(0, 300);
    const price = toNumber(dataset.listingPrice);
    if (price !== undefined) listing.price = price;
    const beds = toNumber(dataset.listingBeds);
    if (beds !== undefined) listing.beds = beds;
    const baths = toNumber(dataset.listingBaths);
    if (baths !== undefined) listing.baths = baths;
    if (dataset.listingArea) listing.area = dataset.listingArea.slice(0, 200);
    config.listing = listing;
  }
  return config;
}
