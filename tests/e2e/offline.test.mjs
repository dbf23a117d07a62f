// End to end: the app after the first visit works with the network gone (service worker),
// a new version is announced and used from the next load, and the host's settings file.

import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, utimesSync, writeFileSync, appendFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SITE_DIR, assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { serveSite } from './lib/server.mjs';
import { seriousViolations } from './lib/axe.mjs';

const fixture = useFixture();
const copies = [];
after(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the built site, served on its own under /hr/portal/jiritsu/, with `config`
 *  as its jiritsu.config.json (`undefined`: no file at all). */
async function siteWith(config) {
  const dir = mkdtempSync(join(tmpdir(), 'jiritsu-site-'));
  copies.push(dir);
  cpSync(SITE_DIR, dir, { recursive: true });
  if (config === undefined) rmSync(join(dir, 'jiritsu.config.json'));
  else writeFileSync(join(dir, 'jiritsu.config.json'), config);
  return { dir, server: await serveSite(dir, '/hr/portal/jiritsu/') };
}

async function withSite(config, options, body) {
  const { dir, server } = await siteWith(config);
  const s = await fixture.driver.session(options);
  try {
    await body(s, server, dir);
  } finally {
    await s.quit();
    await server.close();
  }
}

const controlled = (s) => s.waitUntil(
  () => s.run('return !!navigator.serviceWorker.controller'), 15000, 'the service worker to take over');

describe('offline', () => {
  it('loads and works with the network gone after the first visit', () =>
    withSite(readFileSync(join(SITE_DIR, 'jiritsu.config.json'), 'utf8'), { lang: 'ja' }, async (s, server) => {
      await s.open(server.url);
      await controlled(s);
      await server.close();
      await s.cdp('Network.enable');
      await s.cdp('Network.emulateNetworkConditions',
        { offline: true, latency: 0, downloadThroughput: -1, uploadThroughput: -1 });
      await s.open(`${server.url}#/check`);
      assert.equal(await s.run('return navigator.onLine'), false, 'the browser is offline');
      await s.type('#commitment-text', '来週の月曜から、毎朝15分の勉強会を開きます');
      await s.waitUntil(async () => /始まる|から/.test(await s.text('.verdicts')), 5000, 'the verdicts');
      await s.reload();
      assert.match(await s.run("return document.querySelector('#commitment-text').value"), /勉強会/);
      assert.deepEqual(await s.severeConsoleEntries(), []);
    }));

  it('says when a new version has arrived, and uses it from the next load', () =>
    withSite('{}', { lang: 'en' }, async (s, server, dir) => {
      await s.open(server.url);
      await controlled(s);
      assert.deepEqual(await s.findAll('[data-notice=update-ready]'), []);
      appendFileSync(join(dir, 'sw.js'), '\n// a new build\n');
      await s.runAsync('navigator.serviceWorker.getRegistration().then((r) => r.update()).then(() => arguments[0]())');
      const notice = await s.waitUntil(() => s.text('[data-notice=update-ready]'), 15000, 'the update notice');
      assert.match(notice, /new version of Jiritsu has arrived/);
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('[data-notice=update-ready] button');
      await s.waitForReady();
      assert.deepEqual(await s.findAll('[data-notice=update-ready]'), [], 'the new version is in use');
    }));
});

describe('settings file of the host', () => {
  it('applies the organisation, welcome note and fiscal year, and names the setting it ignored', () =>
    withSite(JSON.stringify({
      organizationName: '株式会社サンプル <b>人事部</b>',
      welcomeNote: '研修のあと、面談までにこのノートで準備してください。',
      fiscalYearStartMonth: 1,
      colour: 'blue',
      interviewTypes: ['career', 'mentor'],
    }), { lang: 'ja' }, async (s, server) => {
      await s.open(server.url);
      await s.waitUntil(async () => (await s.text('.brand')).includes('株式会社サンプル <b>人事部</b>'), 5000, 'the name');
      assert.match(await s.text('.welcome'), /面談までにこのノートで準備/);
      assert.match(await s.text('[data-notice=config-ignored]'), /「colour」：この名前の設定はありません/);
      // An unknown interview type is named, not only the list.
      assert.match(await s.text('[data-notice=config-ignored]'), /「interviewTypes」：「mentor」という面談の種類はありません。/);
      // Addressed to whoever hosts the site: the person using it has nothing to fix.
      assert.match(await s.text('[data-notice=config-ignored]'), /^サイトの管理者の方へ：/);
      assert.deepEqual(await seriousViolations(s), []);
      await s.open(`${server.url}#/check`);
      await s.type('#commitment-text', '来年度から、毎月1回勉強会を開きます');
      // The fiscal year starts in January here: 来年度 is 1 January, not 1 April.
      await s.waitUntil(async () => /2027年1月1日/.test(await s.text('main')), 5000, 'the start in January');
      await assertCleanAndLocal(s, server.origin);
    }));

  it('shows the welcome note as HR last edited it, even from a server that lets browsers keep files', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiritsu-site-'));
    copies.push(dir);
    cpSync(SITE_DIR, dir, { recursive: true });
    const config = join(dir, 'jiritsu.config.json');
    writeFileSync(config, JSON.stringify({ welcomeNote: '研修は1月13日です。' }));
    // A file left alone for ten days: a browser may keep it for a day without asking.
    const tenDaysAgo = new Date(Date.now() - 10 * 24 * 3600 * 1000);
    utimesSync(config, tenDaysAgo, tenDaysAgo);
    const server = await serveSite(dir, '/hr/portal/jiritsu/', { plain: true });
    const s = await fixture.driver.session({ lang: 'ja' });
    try {
      await s.open(server.url);
      await s.waitUntil(async () => /1月13日/.test(await s.text('.welcome')), 5000, 'the first note');
      await controlled(s);
      writeFileSync(config, JSON.stringify({ welcomeNote: '【変更】研修は1月20日です。' }));
      for (const how of ['reload', 'open again']) {
        if (how === 'reload') await s.reload();
        else await s.open(server.url);
        await s.waitUntil(async () => /1月20日/.test(await s.text('.welcome')), 5000, `the edited note after "${how}"`);
      }
      const asked = server.requests.filter((url) => url.endsWith('/jiritsu.config.json')).length;
      assert.ok(asked >= 3, `the file was asked for at each load (${asked} times)`);
    } finally {
      await s.quit();
      await server.close();
    }
  });

  it('runs on defaults and says so when the file is not JSON', () =>
    withSite('{ organizationName: oops', { lang: 'en' }, async (s, server) => {
      await s.open(server.url);
      assert.match(await s.text('[data-notice=config-ignored]'), /the file is not valid JSON \(near line 1, column 3: look for a comma too many or curly quotes\)/);
      await s.open(`${server.url}#/check`);
      await s.type('#commitment-text', 'From next fiscal year, I will run a study group every month');
      await s.waitUntil(async () => /April 2027|1 April/.test(await s.text('main')), 5000, 'the April default');
    }));

  it('says the file is not UTF-8 when it was saved as Shift_JIS, rather than showing garbled text', () =>
    // {"organizationName":"株式会社"} as a Japanese editor saves it by default.
    withSite(Buffer.concat([Buffer.from('{"organizationName":"'), Buffer.from([0x8a, 0x94, 0x8e, 0xae, 0x89, 0xef, 0x8e, 0xd0]), Buffer.from('"}')]),
      { lang: 'ja' }, async (s, server) => {
        await s.open(server.url);
        await s.waitUntil(async () => (await s.findAll('[data-notice=config-ignored]')).length === 1, 5000, 'the notice');
        assert.match(await s.text('[data-notice=config-ignored]'), /文字コードが UTF-8 ではありません。テキストエディタで「UTF-8」を選んで保存し直してください/);
        assert.doesNotMatch(await s.text('.site-header'), /\uFFFD/, 'no garbled name in the header');
      }));

  it('runs on defaults silently when there is no file', () =>
    withSite(undefined, { lang: 'ja' }, async (s, server) => {
      await s.open(server.url);
      await s.waitUntil(async () => (await s.requestedUrls()).some((url) => url.endsWith('/jiritsu.config.json')),
        5000, 'the settings request');
      assert.deepEqual(await s.findAll('[data-notice=config-ignored]'), []);
      assert.deepEqual(await s.findAll('.welcome'), []);
      // The browser itself reports the missing file; nothing else goes wrong.
      const severe = await s.severeConsoleEntries();
      assert.ok(severe.every((entry) => /jiritsu\.config\.json.*404/.test(entry.message)), JSON.stringify(severe));
    }));
});
