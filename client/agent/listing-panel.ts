import type {
  ListingCard,
  ListingCardResult,
  NarrativeLength,
  NarrativeStyle,
} from '../../src/protocol/index.js';
import type { StreamView } from '../sdk/index.js';
import { formatPrice, h, replaceChildren } from '../shared/dom.js';

export interface ListingPanelHandlers {
  /** Asks for a narrative draft of the conversation's listing. */
  draft: (style: NarrativeStyle, length: NarrativeLength) => Promise<void>;
  /** Puts the draft in the reply box (the agent edits and sends it). */
  useDraft: (text: string) => void;
}

const STATUS_CLASS: Record<string, string> = { Active: 'active', Pending: 'pending', Closed: 'closed' };

const noPhoto = (text: string) => h('div', { class: 'no-photo', 'aria-hidden': 'true' }, text);

/** The listing's photo; a placeholder instead of a broken image when it cannot load (gone, or refused). */
function photo(url: string, name: string): HTMLElement {
  const image = h('img', { class: 'photo', src: url, alt: `Photo of ${name}`, loading: 'lazy' });
  image.addEventListener('error', () => image.replaceWith(noPhoto('Photo unavailable')), { once: true });
  return image;
}

/** A lot as people say it: acres with up to two decimals, square feet whole. */
const lotText = (lot: NonNullable<ListingCard['lot']>): string =>
  lot.units === 'Acres'
    ? `${Number(lot.area.toFixed(2))}-acre lot`
    : `${Math.round(lot.area).toLocaleString('en-US')} sq ft lot`;

/** One listing as a card: photo, address, status, price and facts. */
function card(listing: ListingCard, extra?: Node): HTMLElement {
  const facts = [
    listing.beds !== undefined ? `${listing.beds} bd` : undefined,
    listing.baths !== undefined ? `${listing.baths} ba` : undefined,
    listing.sqft !== undefined ? `${listing.sqft.toLocaleString('en-US')} sq ft` : undefined,
    listing.yearBuilt !== undefined ? `built ${listing.yearBuilt}` : undefined,
    listing.pool ? 'pool' : undefined,
    listing.garageSpaces ? `${listing.garageSpaces}-car garage` : undefined,
    listing.lot ? lotText(listing.lot) : undefined,
    listing.hoa
      ? listing.hoa.fee === 0
        ? 'no HOA fee'
        : `HOA ${formatPrice(listing.hoa.fee) ?? listing.hoa.fee} ${listing.hoa.frequency.toLowerCase()}`
      : undefined,
  ].filter(Boolean);
  return h(
    'article',
    { class: 'listing-card', 'data-listing': listing.ListingKey },
    listing.photoURL ? photo(listing.photoURL, listing.address ?? listing.ListingKey) : noPhoto('No photo'),
    h(
      'div',
      { class: 'listing-body' },
      h('strong', {}, listing.address ?? listing.ListingKey),
      h(
        'p',
        { class: 'line' },
        h('span', { class: `listing-status ${STATUS_CLASS[listing.status] ?? 'other'}` }, listing.status),
        h('span', { class: 'price' }, formatPrice(listing.price) ?? 'No price'),
      ),
      h('p', { class: 'meta' }, [listing.area, ...facts].filter(Boolean).join(' · ')),
      extra ?? null,
    ),
  );
}

/**
 * The console's listing panel beside the conversation: the catalogue listing (facts, photo, status), the homes that
 * match from the hand-off packet, and the narrative draft (style, length, the stream as it comes, "Use as reply").
 */
export function createListingPanel(handlers: ListingPanelHandlers) {
  const listingBox = h('div', { class: 'listing-box' });
  const matchesBox = h('div', { class: 'matches-box' });
  const style = h(
    'select',
    { id: 'narrative-style', 'aria-label': 'Narrative style' },
    h('option', { value: 'warm' }, 'Warm'),
    h('option', { value: 'factual' }, 'Factual'),
    h('option', { value: 'luxury' }, 'Luxury'),
  );
  const length = h(
    'select',
    { id: 'narrative-length', 'aria-label': 'Narrative length' },
    h('option', { value: 'short' }, 'Short'),
    h('option', { value: 'full' }, 'Full'),
  );
  const draftButton = h(
    'button',
    { type: 'button', class: 'primary', id: 'narrative-draft' },
    'Draft narrative',
  );
  const draftText = h('p', { class: 'narrative-text', 'aria-live': 'polite' });
  const draftStatus = h('p', { class: 'meta narrative-status', role: 'status' });
  const useButton = h('button', { type: 'button', hidden: true }, 'Use as reply');
  const narrative = h(
    'div',
    { class: 'narrative-box', hidden: true },
    h('div', { class: 'actions' }, style, length, draftButton),
    draftText,
    draftStatus,
    useButton,
  );
  const element = h(
    'section',
    { class: 'listing-panel', 'aria-labelledby': 'listing-title', hidden: true },
    h('h3', { id: 'listing-title' }, 'Listing'),
    listingBox,
    narrative,
    matchesBox,
  );
  let streamId: string | undefined;
  let draftDone = '';
  draftButton.addEventListener('click', () => {
    draftButton.disabled = true;
    draftText.textContent = '';
    draftStatus.textContent = 'Writing a narrative…';
    useButton.hidden = true;
    streamId = undefined;
    handlers
      .draft(style.value as NarrativeStyle, length.value as NarrativeLength)
      .catch((error: { message?: string }) => {
        draftStatus.textContent = `Narrative unavailable: ${error.message ?? 'error'}`;
        draftButton.disabled = false;
      });
  });
  useButton.addEventListener('click', () => handlers.useDraft(draftDone));

  return {
    element,
    /** Shows the conversation's cards (or hides the panel when it has no catalogue listing and no matches). */
    render(cards: ListingCardResult | undefined) {
      streamId = undefined;
      draftText.textContent = '';
      draftStatus.textContent = '';
      useButton.hidden = true;
      draftButton.disabled = false;
      if (!cards || (!cards.listing && cards.matches.length === 0)) {
        element.hidden = true;
        return;
      }
      element.hidden = false;
      replaceChildren(listingBox, cards.listing ? card(cards.listing) : null);
      narrative.hidden = !cards.listing;
      replaceChildren(
        matchesBox,
        cards.matches.length > 0 ? h('h4', {}, `Homes that match (${cards.matches.length})`) : null,
        ...cards.matches.map((match) =>
          match.card
            ? card(match.card, h('p', { class: 'reasons' }, match.reasons.join(' · ')))
            : h('p', { class: 'meta' }, `${match.ListingKey}: ${match.reasons.join(' · ')}`),
        ),
      );
    },
    /** The draft stream started (its id, from the ack). */
    started(id: string) {
      streamId = id;
    },
    /** A narrative stream's progress (coach family, kind narrative). */
    update(view: StreamView) {
      if (streamId !== undefined && view.streamId !== streamId) return;
      draftText.textContent = view.text;
      if (view.status === 'streaming') return;
      draftButton.disabled = false;
      if (view.error) {
        draftStatus.textContent = `Not sent: ${view.error.message}`;
        return;
      }
      const result = view.result as { text?: string; review?: boolean; source?: string } | undefined;
      draftDone = result?.text ?? view.text;
      draftText.textContent = draftDone;
      if (result?.review) {
        draftStatus.textContent = 'Held for a supervisor to approve (high-value review).';
      } else {
        draftStatus.textContent = result?.source === 'template' ? 'Template narrative' : 'Narrative draft';
        useButton.hidden = false;
      }
    },
  };
}
