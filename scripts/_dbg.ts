import { readWhens } from '../src/bots/read/dates.js';
import { extractBuyerTimeline } from '../src/bots/extract/timeline.js';
const nowMs = Date.UTC(2026, 2, 10, 17);
const o = { nowMs, timeZone: 'America/Los_Angeles' };
for (const t of process.argv.slice(2)) console.log(t, JSON.stringify(readWhens(t, o)), JSON.stringify(extractBuyerTimeline(t, o)));
