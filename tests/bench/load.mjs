// Benchmark: the built site's size, and its cold-load time to app-ready in headless
// Chromium (median of 5 fresh profiles) next to a plain static HTML page served the
// same way, as a ratio. Prints figures; asserts nothing (the size budget is a test).

import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Driver } from '../e2e/lib/webdriver.mjs';
import { plainPage, serveSite } from '../e2e/lib/server.mjs';
import { siteSize } from '../e2e/lib/size.mjs';

const site = resolve(process.argv[2] || 'target/bench-site');
const RUNS = 5;

const size = siteSize(site);
console.log('Built site (gzip -9 per file):');
for (const file of size.files) console.log(`  ${file.path.padEnd(48)} ${String(file.raw).padStart(8)} B raw ${String(file.gzip).padStart(8)} B gzip`);
console.log(`  total: ${size.rawTotal} B raw, ${size.gzipTotal} B gzip (${(size.gzipTotal / 1024).toFixed(1)} KB; budget 150 KB)`);

const plainDir = mkdtempSync(join(tmpdir(), 'jiritsu-plain-'));
mkdirSync(join(plainDir, 'p'));
writeFileSync(join(plainDir, 'p', 'index.html'), plainPage());

const app = await serveSite(site, '/jiritsu/');
const plain = await serveSite(plainDir, '/jiritsu/');
const driver = await Driver.start();

async function coldLoad(url) {
  const session = await driver.session({ lang: 'ja' });
  try {
    await session.open(url);
    return await session.run("return performance.getEntriesByName('jiritsu-ready')[0].startTime");
  } finally {
    await session.quit();
  }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
  const appTimes = [];
  const plainTimes = [];
  for (let i = 0; i < RUNS; i++) {
    appTimes.push(await coldLoad(app.url));
    plainTimes.push(await coldLoad(`${plain.url}p/`));
  }
  const a = median(appTimes);
  const p = median(plainTimes);
  console.log(`Cold load to app-ready, median of ${RUNS} fresh profiles (headless Chromium):`);
  console.log(`  Jiritsu:    ${a.toFixed(1)} ms   (runs: ${appTimes.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`  plain page: ${p.toFixed(1)} ms   (runs: ${plainTimes.map((t) => t.toFixed(0)).join(', ')})`);
  console.log(`  ratio:      ${(a / p).toFixed(2)}x`);
} finally {
  driver.stop();
  await app.close();
  await plain.close();
  rmSync(plainDir, { recursive: true, force: true });
}
