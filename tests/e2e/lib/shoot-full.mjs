// A developer's tool, not a test: full-page screenshots of the built site, for looking at
// long screens (the worksheet). Usage: SEED=doc.json node tests/e2e/lib/shoot-full.mjs OUT_DIR LANG WIDTH hash...
import { Driver } from './webdriver.mjs';
import { serveSite } from './server.mjs';
import { SITE_DIR } from './fixture.mjs';
import { readFileSync, writeFileSync } from 'node:fs';

const seed = process.env.SEED ? readFileSync(process.env.SEED, 'utf8') : null;
const [outDir = '/tmp/shots', lang = 'ja', width = '1280', ...hashes] = process.argv.slice(2);
const server = await serveSite(SITE_DIR, '/jiritsu/');
const driver = await Driver.start();
try {
  const s = await driver.session({ lang, width: Number(width), height: 900 });
  try {
    await s.cdp('Emulation.setDeviceMetricsOverride', { width: Number(width), height: 900, deviceScaleFactor: 1, mobile: Number(width) < 500 });
    await s.open(server.url);
    if (seed) await s.run("localStorage.setItem('jiritsu.document', arguments[0])", seed);
    for (const hash of hashes.length ? hashes : ['/']) {
      await s.open(`${server.url}#${hash}`);
      await s.reload();
      await new Promise((ok) => setTimeout(ok, 500));
      const shot = await s.cdp('Page.captureScreenshot', { format: 'png', captureBeyondViewport: true });
      const name = `${outDir}/full${hash.replace(/\W+/g, '_')}-${lang}-${width}.png`;
      writeFileSync(name, Buffer.from(shot.data, 'base64'));
      console.log(name);
    }
  } finally {
    await s.quit();
  }
} finally {
  driver.stop();
  await server.close();
}
