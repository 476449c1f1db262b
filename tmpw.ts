import { parentPort } from 'node:worker_threads';
import Database from 'better-sqlite3';
const x: number = 1;
parentPort!.postMessage({ hi: x, db: typeof Database });
