import { parse as parseCsv } from 'csv-parse/sync';
import {
  LISTING_FIELDS,
  listingInputSchema,
  StandardStatus,
  type ListingInput,
} from '../store/listing-types.js';
import { cleanRemarks, type RemarksNote } from './remarks.js';

/** A feed row the import refused, with why (row: 1 for the first listing; a CSV's header is row 0). */
export interface RejectedRow {
  row: number;
  ListingKey?: string;
  reason: string;
}

/** A row kept with a change made to it (its remarks cleaned or cut). */
export interface ChangedRow {
  row: number;
  ListingKey: string;
  notes: RemarksNote[];
}

export interface ParsedFeed {
  /** Rows read (listings in the file, valid or not). */
  rows: number;
  listings: ListingInput[];
  rejected: RejectedRow[];
  changed: ChangedRow[];
  /** Columns or fields of the feed the catalogue does not keep (names only; their values are dropped). */
  ignoredFields: string[];
}

export type FeedFormat = 'json' | 'csv';

/** Feeds larger than this are refused whole (split them: the import upserts, so parts can come one by one). */
export const MAX_FEED_BYTES = 256 * 1024 * 1024;

const KNOWN = new Set<string>(LISTING_FIELDS);
const NUMBER_FIELDS = new Set<string>([
  'ListPrice',
  'BedroomsTotal',
  'BathroomsTotalInteger',
  'LivingArea',
  'LotSizeArea',
  'YearBuilt',
  'GarageSpaces',
  'AssociationFee',
]);
const STATUS_BY_FOLDED = new Map(
  StandardStatus.map((status) => [status.toLowerCase().replace(/[^a-z]/g, ''), status]),
);

class FeedError extends Error {}

/** The listing rows of a JSON feed: an array, or a RESO Web API page ({"value": [...]}) or {"listings": [...]}. */
function jsonRows(text: string): unknown[] {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new FeedError(`The file is not valid JSON (${(error as Error).message})`);
  }
  if (Array.isArray(data)) return data;
  if (data && typeof data === 'object') {
    const page = data as { value?: unknown; listings?: unknown };
    if (Array.isArray(page.value)) return page.value;
    if (Array.isArray(page.listings)) return page.listings;
  }
  throw new FeedError(
    'A JSON feed is an array of listings, or an object with "value" or "listings" holding one',
  );
}

/** The rows of a CSV feed (header row of RESO field names), as objects of strings; a short or long row is refused. */
function csvRows(text: string, rejected: RejectedRow[]): (Record<string, string> | undefined)[] {
  let records: string[][];
  try {
    records = parseCsv(text, { bom: true, skip_empty_lines: true, relax_column_count: true, trim: true });
  } catch (error) {
    throw new FeedError(`The file is not valid CSV (${(error as Error).message})`);
  }
  const [header, ...body] = records;
  if (!header) return [];
  const duplicate = header.find((name, index) => header.indexOf(name) !== index);
  if (duplicate !== undefined) throw new FeedError(`The CSV header names the column ${duplicate} twice`);
  return body.map((fields, index) => {
    if (fields.length !== header.length) {
      rejected.push({
        row: index + 1,
        reason: `The row has ${fields.length} fields; the header has ${header.length}`,
      });
      return undefined;
    }
    return Object.fromEntries(header.map((name, column) => [name, fields[column]!]));
  });
}

/** A CSV cell as the field's type; undefined for an empty cell, the text itself when it does not read (refused later). */
function fromCsv(field: string, value: string): unknown {
  if (value === '') return undefined;
  if (NUMBER_FIELDS.has(field)) {
    const plain = value.replace(/^\$/, '').replace(/,(?=\d{3}\b)/g, '');
    return /^-?\d+(\.\d+)?$/.test(plain) ? Number(plain) : value;
  }
  if (field === 'PoolPrivateYN') {
    const folded = value.toLowerCase();
    if (['y', 'yes', 'true', '1'].includes(folded)) return true;
    if (['n', 'no', 'false', '0'].includes(folded)) return false;
    return value;
  }
  if (field === 'PhotoURLs') return value.split(/[|\s]+/).filter(Boolean);
  return value;
}

/** RESO Media ([{MediaURL, Order}]) as photo URLs in order. */
function mediaUrls(media: unknown): unknown {
  if (!Array.isArray(media)) return media;
  return media
    .filter(
      (item): item is { MediaURL: unknown; Order?: unknown } => typeof item === 'object' && item !== null,
    )
    .sort((a, b) => (Number(a.Order) || 0) - (Number(b.Order) || 0))
    .map((item) => item.MediaURL);
}

const describe = (value: unknown): string =>
  value === null ? 'null' : Array.isArray(value) ? 'a list' : typeof value;

/**
 * Reads a feed into listings the store accepts. Each row is read alone: a row missing its ListingKey, with a
 * value of the wrong type, an unknown status, or a key an earlier row of the file already used, is refused with
 * its reason; every other row is kept, its remarks cleaned (cleanRemarks; what changed is reported). Only the
 * catalogue's fields are read: anything else (agent or owner contacts, showing instructions) is dropped, and its
 * column name reported. A file that cannot be read at all throws with the reason.
 */
export function readFeed(text: string, format: FeedFormat): ParsedFeed {
  const reader = feedReader(text, format);
  reader.rows.forEach(reader.readRow);
  return reader.finish();
}

/**
 * readFeed for a live hub (the admin route): the rows are read `sliceRows` at a time, giving the event loop back
 * between slices (a row takes about 15 µs: a 20 MB feed would otherwise hold the loop for most of a second).
 */
export async function readFeedInSlices(
  text: string,
  format: FeedFormat,
  sliceRows = 500,
): Promise<ParsedFeed> {
  const reader = feedReader(text, format);
  for (let index = 0; index < reader.rows.length; index++) {
    reader.readRow(reader.rows[index], index);
    if ((index + 1) % sliceRows === 0) await new Promise((resolve) => setImmediate(resolve));
  }
  return reader.finish();
}

/** A feed's rows, and reading them one by one into the feed (see readFeed). */
function feedReader(text: string, format: FeedFormat) {
  if (text.length > MAX_FEED_BYTES) throw new FeedError('The file is too large; split it');
  const rejected: RejectedRow[] = [];
  const rows = format === 'json' ? jsonRows(text) : csvRows(text, rejected);
  const feed: ParsedFeed = { rows: rows.length, listings: [], rejected, changed: [], ignoredFields: [] };
  const ignored = new Set<string>();
  const firstRowOf = new Map<string, number>();
  const readRow = (raw: unknown, index: number): void => {
    const row = index + 1;
    if (raw === undefined) return;
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
      rejected.push({ row, reason: `A listing is an object, not ${describe(raw)}` });
      return;
    }
    const source = raw as Record<string, unknown>;
    const candidate: Record<string, unknown> = {};
    for (const [field, value] of Object.entries(source)) {
      const name = field === 'Media' ? 'PhotoURLs' : field;
      if (!KNOWN.has(name)) {
        ignored.add(field);
        continue;
      }
      const read =
        format === 'csv' && typeof value === 'string'
          ? fromCsv(name, value)
          : field === 'Media'
            ? mediaUrls(value)
            : value;
      if (read !== undefined && read !== null) candidate[name] = read;
    }
    const key = typeof candidate.ListingKey === 'string' ? candidate.ListingKey : undefined;
    const refuse = (reason: string): void => {
      rejected.push({ row, ...(key ? { ListingKey: key } : {}), reason });
    };
    if (candidate.ListingKey === undefined) return refuse('ListingKey is missing');
    if (key === undefined) return refuse(`ListingKey must be text, not ${describe(candidate.ListingKey)}`);
    if (typeof candidate.StandardStatus === 'string') {
      const status = STATUS_BY_FOLDED.get(candidate.StandardStatus.toLowerCase().replace(/[^a-z]/g, ''));
      if (status) candidate.StandardStatus = status;
    }
    let notes: RemarksNote[] = [];
    if (typeof candidate.PublicRemarks === 'string') {
      const cleaned = cleanRemarks(candidate.PublicRemarks);
      notes = cleaned.notes;
      if (cleaned.text === undefined) delete candidate.PublicRemarks;
      else candidate.PublicRemarks = cleaned.text;
    }
    const parsed = listingInputSchema.safeParse(candidate);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const field = issue.path.join('.') || 'listing';
      const value = issue.path.length > 0 ? candidate[String(issue.path[0])] : undefined;
      return refuse(
        value === undefined && issue.path.length > 0 ? `${field} is missing` : `${field}: ${issue.message}`,
      );
    }
    const first = firstRowOf.get(key);
    if (first !== undefined) return refuse(`ListingKey ${key} is already used by row ${first} of this file`);
    firstRowOf.set(key, row);
    feed.listings.push(
      Object.fromEntries(
        Object.entries(parsed.data).filter(([, value]) => value !== undefined),
      ) as ListingInput,
    );
    if (notes.length > 0) feed.changed.push({ row, ListingKey: key, notes });
  };
  const finish = (): ParsedFeed => {
    feed.ignoredFields = [...ignored].sort();
    rejected.sort((a, b) => a.row - b.row);
    return feed;
  };
  return { rows, readRow, finish };
}

export function isFeedError(error: unknown): error is Error {
  return error instanceof FeedError;
}

/** The format of a feed file by its name (.json or .csv). */
export function formatOf(fileName: string): FeedFormat | undefined {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.json')) return 'json';
  if (lower.endsWith('.csv')) return 'csv';
  return undefined;
}
