import type { NarrativeLength, NarrativeStyle } from '../../protocol/common.js';
import type { ListingRecord } from '../../store/listing-types.js';
import { monthlyHoa, streetAddress } from '../facts.js';
import type { NarrativeProfile } from './profile.js';

export type NarrativeLang = 'en' | 'es';

export interface NarrativeOptions {
  style: NarrativeStyle;
  length: NarrativeLength;
  lang: NarrativeLang;
}

const money = (value: number) => `$${Math.round(value).toLocaleString('en-US')}`;
const number = (value: number) => Math.round(value).toLocaleString('en-US');

/** The words of one language: facts and ties to what the lead said, one sentence each. */
const WORDS = {
  en: {
    opener: {
      warm: (place: string) => `${place} could be a lovely fit for what you described.`,
      factual: (place: string) => `Here are the facts on ${place}.`,
      luxury: (place: string) => `${place} is a refined home with room to live well.`,
    },
    thisHome: 'This home',
    size: (beds?: number, baths?: number, sqft?: number) =>
      `It has ${[
        beds !== undefined ? `${beds} bedrooms` : undefined,
        baths !== undefined ? `${baths} bathrooms` : undefined,
        sqft !== undefined ? `${number(sqft)} square feet` : undefined,
      ]
        .filter(Boolean)
        .join(', ')}.`,
    price: (price: string) => `It is listed at ${price}.`,
    bedsTie: (asked: number, has: number) =>
      has >= asked
        ? `You asked for ${asked} bedrooms, and it has ${has}.`
        : `You asked for ${asked} bedrooms; it has ${has}, so it is worth a look at the floor plan.`,
    budgetIn: (price: string) => `At ${price}, it sits within the budget you mentioned.`,
    budgetOver: (price: string, max: string) => `At ${price}, it is a little above the ${max} you mentioned.`,
    areaTie: (area: string) => `It is in ${area}, one of the areas you named.`,
    poolTie: 'It has the private pool you wanted.',
    garageTie: (spaces: number) => `It has a ${spaces}-car garage, as you wanted.`,
    pool: 'It has a private pool.',
    garage: (spaces: number) => `It comes with a ${spaces}-car garage.`,
    year: (year: number) => `It was built in ${year}.`,
    lot: (lot: string) => `The lot is ${lot}.`,
    hoaNone: 'There are no HOA dues.',
    hoa: (fee: string) => `HOA dues are about ${fee} a month.`,
    soon: 'It is available now, which suits moving soon.',
    status: (status: string) => `Its listing status is ${status}.`,
    close: {
      warm: 'Would you like to see it in person?',
      factual: 'Would you like a showing?',
      luxury: 'Would you like a private showing?',
    },
    acres: (value: number) => `${value} acres`,
    squareFeet: (value: number) => `${number(value)} square feet`,
  },
  es: {
    opener: {
      warm: (place: string) => `${place} podría encajar muy bien con lo que nos contaste.`,
      factual: (place: string) => `Estos son los datos de ${place}.`,
      luxury: (place: string) => `${place} es una casa refinada, con espacio para vivir bien.`,
    },
    thisHome: 'Esta casa',
    size: (beds?: number, baths?: number, sqft?: number) =>
      `Tiene ${[
        beds !== undefined ? `${beds} recámaras` : undefined,
        baths !== undefined ? `${baths} baños` : undefined,
        sqft !== undefined ? `${number(sqft)} pies cuadrados` : undefined,
      ]
        .filter(Boolean)
        .join(', ')}.`,
    price: (price: string) => `Su precio es de ${price}.`,
    bedsTie: (asked: number, has: number) =>
      has >= asked
        ? `Pediste ${asked} recámaras, y tiene ${has}.`
        : `Pediste ${asked} recámaras; tiene ${has}, así que vale la pena revisar el plano.`,
    budgetIn: (price: string) => `Con ${price}, está dentro del presupuesto que mencionaste.`,
    budgetOver: (price: string, max: string) =>
      `Con ${price}, está un poco arriba de los ${max} que mencionaste.`,
    areaTie: (area: string) => `Está en ${area}, una de las zonas que mencionaste.`,
    poolTie: 'Tiene la alberca privada que querías.',
    garageTie: (spaces: number) => `Tiene cochera para ${spaces} autos, como querías.`,
    pool: 'Tiene alberca privada.',
    garage: (spaces: number) => `Incluye cochera para ${spaces} autos.`,
    year: (year: number) => `Se construyó en ${year}.`,
    lot: (lot: string) => `El terreno mide ${lot}.`,
    hoaNone: 'No paga cuotas de HOA.',
    hoa: (fee: string) => `La cuota de HOA es de unos ${fee} al mes.`,
    soon: 'Está disponible ahora, ideal si quieres mudarte pronto.',
    status: (status: string) => `Su estado en el listado es ${status}.`,
    close: {
      warm: '¿Te gustaría verla en persona?',
      factual: '¿Quieres agendar una visita?',
      luxury: '¿Te gustaría una visita privada?',
    },
    acres: (value: number) => `${value} acres`,
    squareFeet: (value: number) => `${number(value)} pies cuadrados`,
  },
} as const;

/**
 * The template narrative: facts from the catalogue record, tied to what the lead said (bedrooms, budget, areas,
 * must-haves, how soon), in the lead's language, in one of three styles; `short` is the opener, the ties and the
 * price, `full` adds every other fact the catalogue holds. Used offline and whenever the model is slow, fails or is
 * over budget. Remarks are not used (they are the listing agent's words, cleaned but not checked against the lead).
 */
export function templateNarrative(
  record: ListingRecord,
  profile: NarrativeProfile,
  options: NarrativeOptions,
): string {
  const words = WORDS[options.lang];
  const address = streetAddress(record);
  const place = address ?? words.thisHome;
  const sentences: string[] = [words.opener[options.style](place)];
  const price = record.ListPrice;
  const beds = record.BedroomsTotal;
  const ties: string[] = [];
  if (profile.bedrooms !== undefined && beds !== undefined) ties.push(words.bedsTie(profile.bedrooms, beds));
  const max = profile.budget?.max;
  if (price !== undefined && max !== undefined)
    ties.push(price <= max ? words.budgetIn(money(price)) : words.budgetOver(money(price), money(max)));
  const named = new Set((profile.areas ?? []).map((area) => area.toLowerCase()));
  const area = [record.SubdivisionName, record.City].find(
    (candidate): candidate is string => candidate !== undefined && named.has(candidate.toLowerCase()),
  );
  if (area) ties.push(words.areaTie(area));
  const wantsPool = profile.mustHaves?.includes('pool') && record.PoolPrivateYN === true;
  const garage = record.GarageSpaces ?? 0;
  const wantsGarage = profile.mustHaves?.includes('garage') && garage > 0;
  if (wantsPool) ties.push(words.poolTie);
  if (wantsGarage) ties.push(words.garageTie(garage));
  if (profile.urgency === 'immediate' && record.StandardStatus === 'Active') ties.push(words.soon);

  const hasSize =
    beds !== undefined || record.BathroomsTotalInteger !== undefined || record.LivingArea !== undefined;
  if (options.style === 'factual' || options.length === 'full' || ties.length === 0) {
    if (hasSize) sentences.push(words.size(beds, record.BathroomsTotalInteger, record.LivingArea));
  }
  sentences.push(...ties);
  if (price !== undefined && max === undefined) sentences.push(words.price(money(price)));
  if (options.length === 'full') {
    if (record.PoolPrivateYN === true && !wantsPool) sentences.push(words.pool);
    if (garage > 0 && !wantsGarage) sentences.push(words.garage(garage));
    if (record.YearBuilt !== undefined) sentences.push(words.year(record.YearBuilt));
    if (record.LotSizeArea !== undefined)
      sentences.push(
        words.lot(
          record.LotSizeUnits === 'Acres'
            ? words.acres(record.LotSizeArea)
            : words.squareFeet(record.LotSizeArea),
        ),
      );
    const hoa = monthlyHoa(record);
    if (hoa === 0) sentences.push(words.hoaNone);
    else if (hoa !== undefined) sentences.push(words.hoa(money(hoa)));
    if (record.StandardStatus !== 'Active') sentences.push(words.status(record.StandardStatus));
  }
  sentences.push(words.close[options.style]);
  return sentences.join(' ');
}
