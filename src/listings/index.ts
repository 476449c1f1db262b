/** The tenant's listing catalogue (docs/LISTINGS.md): import, the facts the bot reads, matching. */
export { importListings, type ImportOptions, type ListingImportReport } from './import.js';
export {
  readFeed,
  formatOf,
  isFeedError,
  type FeedFormat,
  type ParsedFeed,
  type RejectedRow,
} from './rows.js';
export { cleanRemarks, type RemarksNote } from './remarks.js';
export { botListing, cleanPageListing, listingForBot, monthlyHoa } from './facts.js';
export { notifyListingChanges, changeLine, type PostListingEvent } from './notify.js';
export { createMatchIndex, matchListings, MAX_MATCHES, type LeadWants, type ListingMatch } from './match.js';
export { createListingMatcher, wantsFromSlots, type ListingMatcher } from './matcher.js';
export { createListingRouter, postThroughCore } from './routes.js';
