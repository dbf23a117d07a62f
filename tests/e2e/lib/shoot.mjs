// A developer's tool, not a test: takes screenshots of the built site so a person can
// look at it. Usage: node tests/e2e/lib/shoot.mjs OUT_DIR [hash ...]
// With SEED=path/to/document.json the browser's storage starts with that document.
import { Driver } from './webdriver.mjs';
import { serveSite } from './server.mjs';
import { SITE_DIR } from './fixture.mjs';
import { readFileSync } from 'node:fs';

const seed = process.env.SEED ? readFileSync(process.env.SEED, 'utf8') : null;

const [outDir = '/tmp/shots', ...hashes] = process.argv.slice(2);
const server = await serveSite(SITE_DIR, '/jiritsu/');
const driver = await Driver.start();
try {
  for (const [lang, width, height] of [['ja', 1280, 1000], ['en', 1280, 1000], ['ja', 360, 1400]]) {
    const s = await driver.session({ lang, width, height });
    try {
      if (seed) {
        await s.open(server.url);
        await s.run("localStorage.setItem('jiritsu.document', arguments[0])", seed);
        await s.reload();
      }
      for (const hash of hashes.length ? hashes : ['/']) {
        await s.open(`${server.url}#${hash}`);
        await s.reload();
        const name = `${outDir}/${hash.replace(/\W+/g, '_') || 'home'}-${lang}-${width}.png`;
        await s.screenshot(name);
        console.log(name);
      }
    } finally {
      await s.quit();
    }
  }
} finally {
  driver.stop();
  await server.close();
}
