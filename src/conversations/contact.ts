/** The contact reader lives with the bots' extractors (pure); the hub uses it on every lead message. */
export { canReach, extractContact } from '../bots/extract/contact.js';
export type { ContactDetails, ContactOptions } from '../bots/extract/contact.js';
