import { classifyOptOut } from '../src/bots/optout.js';
for (const t of process.argv.slice(2)) console.log(JSON.stringify(t), classifyOptOut(t));
