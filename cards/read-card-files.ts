/** Node-side reading of the card folder; the only part of `cards/` that touches the file system. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { CardFile } from './validate';

export const CARD_DATA_DIR = join(import.meta.dirname, 'data');

export function readCardFiles(dataDir: string = CARD_DATA_DIR, shownFrom: string = process.cwd()): CardFile[] {
  const out: CardFile[] = [];
  for (const sub of readdirSync(dataDir, { withFileTypes: true })) {
    if (!sub.isDirectory()) continue;
    const dir = join(dataDir, sub.name);
    for (const name of readdirSync(dir).sort()) {
      if (!name.endsWith('.json')) continue;
      const path = join(dir, name);
      out.push({ path: relative(shownFrom, path), content: readFileSync(path, 'utf8') });
    }
  }
  return out;
}
