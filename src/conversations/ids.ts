import { randomUUID } from 'node:crypto';

export const newDraftId = () => `draft-${randomUUID()}`;
