// End to end: the app shell as a first-time visitor meets it, served under a sub-path.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';

const JA_HEADING = '面談の前に、自分のことばを用意する';
const EN_HEADING = 'Find your own words before the interview';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);

describe('a first-time visitor', () => {
  it('sees the home screen in Japanese when the browser prefers Japanese', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      assert.equal(await s.text('h1'), JA_HEADING);
      assert.equal(await s.run('return document.documentElement.lang'), 'ja');
      assert.match(await s.run('return document.title'), /キャリア面談/);
      const privacy = await s.text('.privacy');
      assert.match(privacy, /このブラウザの中にだけ保存/);
      const urls = await assertCleanAndLocal(s, fixture.server.origin);
      assert.ok(urls.some((url) => url.endsWith('.wasm')), 'the app module was loaded from the sub-path');
      assert.ok(urls.every((url) => url.startsWith(fixture.server.url) || !url.startsWith('http')),
        `every file comes from under /jiritsu/: ${urls.join(', ')}`);
    }));

  it('sees English when the browser prefers English', () =>
    withSession({ lang: 'en-US' }, async (s) => {
      await s.open(fixture.server.url);
      assert.equal(await s.text('h1'), EN_HEADING);
      assert.equal(await s.run('return document.documentElement.lang'), 'en');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('sees Japanese when the browser prefers a language Jiritsu does not speak', () =>
    withSession({ lang: 'fr' }, async (s) => {
      await s.open(fixture.server.url);
      assert.equal(await s.text('h1'), JA_HEADING);
    }));
});

describe('the language switch', () => {
  it('switches the whole screen, follows with <html lang>, and survives a reload', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      assert.equal(await s.run("return document.querySelector('.lang-switch [lang=ja]').getAttribute('aria-pressed')"), 'true');
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('h1')) === EN_HEADING, 5000, 'English heading');
      assert.equal(await s.run('return document.documentElement.lang'), 'en');
      assert.match(await s.run('return document.title'), /career interview/);
      assert.equal(await s.run("return document.querySelector('.lang-switch [lang=en]').getAttribute('aria-pressed')"), 'true');
      await s.reload();
      assert.equal(await s.text('h1'), EN_HEADING);
      assert.equal(await s.run('return document.documentElement.lang'), 'en');
      await s.click('.lang-switch button[lang=ja]');
      await s.waitUntil(async () => (await s.text('h1')) === JA_HEADING, 5000, 'Japanese heading');
      await s.reload();
      assert.equal(await s.text('h1'), JA_HEADING);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('is usable with the keyboard alone', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.run("document.querySelector('.lang-switch [lang=en]').focus()");
      await s.keys('\uE007'); // Enter
      await s.waitUntil(async () => (await s.text('h1')) === EN_HEADING, 5000, 'English heading');
    }));
});

describe('accessibility', () => {
  for (const [lang, width] of [['ja', 1280], ['en', 1280], ['ja', 320]]) {
    it(`has no serious axe finding on the home screen (${lang}, ${width} px)`, () =>
      withSession({ lang, width, height: 800 }, async (s) => {
        await s.open(fixture.server.url);
        assert.equal(await s.run('return window.innerWidth'), width, 'the page is laid out at that width');
        assert.deepEqual(await seriousViolations(s), []);
        const overflow = await s.run('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      }));
  }

  it('has a skip link that moves focus to the main content', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.run("document.querySelector('.skip-link').focus()");
      assert.ok(await s.run("return document.querySelector('.skip-link').getBoundingClientRect().top >= 0"),
        'the focused skip link is visible');
      await s.keys('\uE007');
      assert.equal(await s.run('return document.activeElement.id'), 'main');
      assert.equal(await s.run('return location.hash'), '', 'the skip link does not change the route');
    }));
});
