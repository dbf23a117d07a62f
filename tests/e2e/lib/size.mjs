// Measures a built site: every file, raw and gzipped at the highest level (what a
// static server with compression would send).

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

/** The size guard (see size.test.mjs), here so that the test and `scripts/bench` say the same. */
export const GUARD_BYTES = 680 * 1024;

export function siteSize(root) {
  const files = [];
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else {
        const bytes = readFileSync(path);
        files.push({ path: relative(root, path), raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length });
      }
    }
  };
  walk(root);
  files.sort((a, b) => b.gzip - a.gzip);
  return {
    files,
    rawTotal: files.reduce((sum, f) => sum + f.raw, 0),
    gzipTotal: files.reduce((sum, f) => sum + f.gzip, 0),
  };
}
