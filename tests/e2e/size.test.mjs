// The size budget: the whole built site, every feature included, stays within 150 KB
// gzipped. Deterministic: it measures the bytes of the files, not a download time.

import { it } from 'node:test';
import assert from 'node:assert/strict';
import { siteSize } from './lib/size.mjs';
import { SITE_DIR } from './lib/fixture.mjs';

const BUDGET_BYTES = 150 * 1024;

it('keeps the whole built site within 150 KB gzipped', () => {
  const { files, gzipTotal } = siteSize(SITE_DIR);
  assert.ok(files.some((f) => f.path.endsWith('.wasm')), 'the site contains the app module');
  assert.ok(gzipTotal > 10 * 1024, `the measured site is implausibly small: ${gzipTotal} bytes`);
  assert.ok(gzipTotal <= BUDGET_BYTES,
    `the site is ${gzipTotal} bytes gzipped, over the ${BUDGET_BYTES}-byte budget:\n`
    + files.map((f) => `  ${f.path}: ${f.gzip}`).join('\n'));
});
