import type { HomeCard, HomeCards } from '../../src/protocol/homes.js';
import { formatPrice, h } from '../shared/dom.js';
import { widgetText } from './i18n.js';

const MAX_CARDS = 3;
const isText = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);

/**
 * The homes a bot message sends (`meta.homes`, src/protocol/homes.ts; the hub builds them through the zod schema):
 * read here with a light shape check so the widget bundle carries no schema library. Anything else: no cards, the
 * message's text is shown.
 */
export function homesOf(meta: Record<string, unknown> | undefined): HomeCards | undefined {
  const homes = meta?.homes as { lang?: unknown; cards?: unknown } | undefined;
  if (!homes || (homes.lang !== 'en' && homes.lang !== 'es') || !Array.isArray(homes.cards)) return undefined;
  const cards = (homes.cards as Partial<HomeCard>[]).filter(
    (card): card is HomeCard =>
      isText(card.ListingKey) &&
      isCount(card.price) &&
      isText(card.reason) &&
      (card.photoURL === undefined || (isText(card.photoURL) && card.photoURL.startsWith('https://'))),
  );
  return cards.length > 0 ? { lang: homes.lang, cards: cards.slice(0, MAX_CARDS) } : undefined;
}

/**
 * The cards as a list: the photo (its alternative text names the home), the address and area, the price, the beds
 * and baths, and why it fits. Text only (no links), in the language the cards were written in.
 */
export function homeCardsView(homes: HomeCards): HTMLElement {
  const text = widgetText(homes.lang);
  return h(
    'div',
    { class: 'body homes', lang: homes.lang },
    h('p', { class: 'homes-title' }, text.homesLabel),
    h(
      'ul',
      { class: 'homes-list', 'aria-label': text.homesLabel },
      ...homes.cards.map((card) => {
        const where = card.address ?? card.area ?? text.homeFallback;
        const rooms = [
          card.beds !== undefined ? text.homeBeds(card.beds) : undefined,
          card.baths !== undefined ? text.homeBaths(card.baths) : undefined,
        ].filter(isText);
        return h(
          'li',
          { class: 'home', 'data-listing': card.ListingKey },
          card.photoURL
            ? h('img', {
                class: 'home-photo',
                src: card.photoURL,
                alt: text.homePhoto(where),
                loading: 'lazy',
                referrerpolicy: 'no-referrer',
              })
            : null,
          h(
            'div',
            { class: 'home-facts' },
            h('p', { class: 'home-address' }, where),
            card.address && card.area ? h('p', { class: 'home-area' }, card.area) : null,
            h('p', { class: 'home-price' }, formatPrice(card.price) ?? ''),
            rooms.length > 0 ? h('p', { class: 'home-rooms' }, rooms.join(' · ')) : null,
            h(
              'p',
              { class: 'home-reason' },
              h('span', { class: 'visually-hidden' }, `${text.homeWhy} `),
              card.reason,
            ),
          ),
        );
      }),
    ),
  );
}
