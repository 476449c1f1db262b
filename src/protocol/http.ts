import { z } from 'zod';
import { idSchema, listingSchema, StaffRole } from './common.js';

export const widgetSessionBody = z.strictObject({
  tenantId: idSchema,
  listing: listingSchema.optional(),
  intent: z.enum(['buy', 'sell']).optional(),
  page: z.strictObject({ url: z.string().max(2_000), title: z.string().max(300) }).optional(),
  visitorId: idSchema.optional(),
});
export type WidgetSessionBody = z.infer<typeof widgetSessionBody>;

export interface WidgetSessionResult {
  token: string;
  visitorId: string;
}

export const devTokenBody = z.strictObject({
  tenantId: idSchema,
  role: z.enum(StaffRole),
  userId: idSchema,
  name: z.string().min(1).max(120),
});
export type DevTokenBody = z.infer<typeof devTokenBody>;
