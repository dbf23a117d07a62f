// What every end-to-end test file shares: the built site served under /jiritsu/, one
// chromedriver, and checks that hold on every page (no console error, no request that
// leaves the origin).

import assert from 'node:assert/strict';
import { after, before } from 'node:test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { Driver } from './webdriver.mjs';
import { serveSite } from './server.mjs';

/** The release site built with `--public-url /jiritsu/` (scripts/test builds it). */
export const SITE_DIR = resolve(process.env.JIRITSU_SITE || 'target/e2e-site');

export async function startFixture() {
  assert.ok(existsSync(SITE_DIR), `built site missing at ${SITE_DIR}: run scripts/test`);
  const server = await serveSite(SITE_DIR, '/jiritsu/');
  const driver = await Driver.start();
  return {
    server,
    driver,
    async stop() {
      driver.stop();
      await server.close();
    },
  };
}

/**
 * For a test file: serves the site and starts chromedriver before its tests, stops them
 * after, and gives `withSession(options, body)`, which runs `body` in a fresh browser
 * profile and always closes it.
 */
export function useFixture() {
  const shared = {
    async withSession(options, body) {
      const session = await shared.driver.session(options);
      try {
        await body(session);
      } finally {
        await session.quit();
      }
    },
  };
  let fixture;
  before(async () => {
    fixture = await startFixture();
    shared.server = fixture.server;
    shared.driver = fixture.driver;
  });
  after(async () => { await fixture?.stop(); });
  return shared;
}

/** Asserts the console has no error and every request stayed on the site's origin. */
export async function assertCleanAndLocal(session, origin) {
  const severe = await session.severeConsoleEntries();
  assert.deepEqual(severe.map((entry) => entry.message), [], 'the browser console has errors');
  const urls = await session.requestedUrls();
  // Browser-internal pages (chrome://) are not network requests; everything that goes
  // over a network must go to the site's own origin.
  const network = urls.filter((url) => /^(https?|wss?|ftp):/i.test(url));
  const away = network.filter((url) => !url.startsWith(origin + '/'));
  assert.deepEqual(away, [], 'a request left the origin');
  return network;
}
