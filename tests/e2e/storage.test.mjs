// End to end: what the person sees when saving does not go as planned.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';

const EN_HEADING = 'Find your own words before the interview';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);

const savedDocument = (s) => s.run("return localStorage.getItem('jiritsu.document')");

describe('saving', () => {
  it('saves the document as versioned JSON under one key', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => JSON.parse(await savedDocument(s))?.settings?.language === 'en', 5000, 'the save');
      const saved = JSON.parse(await savedDocument(s));
      assert.equal(saved.version, 5);
    }));

  it('works in memory with a lasting notice when the browser refuses storage', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.addInitScript(`Object.defineProperty(window, 'localStorage', {
        get() { throw new DOMException('The operation is insecure.', 'SecurityError'); } });`);
      await s.open(fixture.server.url);
      const notice = await s.text('[data-notice=storage-unavailable]');
      assert.match(notice, /保存できない設定/);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('h1')) === EN_HEADING, 5000, 'English heading');
      assert.match(await s.text('[data-notice=storage-unavailable]'), /does not allow Jiritsu to save your data/);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('shows a failed save and keeps everything on screen when the quota is full', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.addInitScript(`(() => {
        const original = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key === 'jiritsu.document' && window.__jiritsuFull) {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return original.call(this, key, value);
        };
      })();`);
      await s.open(fixture.server.url);
      assert.deepEqual(await s.findAll('[data-notice=save-failed]'), []);
      await s.run('window.__jiritsuFull = true');
      await s.click('.lang-switch button[lang=en]');
      const notice = await s.text('[data-notice=save-failed]');
      assert.match(notice, /Could not save/);
      assert.equal(await s.text('h1'), EN_HEADING, 'the change made in memory is kept');
      assert.equal(await s.run("return document.querySelector('[data-notice=save-failed]').getAttribute('role')"), 'alert');
      // Once there is room again, "try again" saves and the notice goes away.
      await s.run('window.__jiritsuFull = false');
      await s.click('[data-notice=save-failed] button');
      await s.waitUntil(async () => (await s.findAll('[data-notice=save-failed]')).length === 0, 5000, 'the notice to go');
      assert.equal(JSON.parse(await savedDocument(s)).settings.language, 'en');
    }));

  it('keeps unreadable saved text aside, starts fresh, and lets the person take it out', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', '{\"version\": 1, \"settings\": {\"language\": \"en\"')");
      await s.reload();
      const notice = await s.text('[data-notice=unreadable]');
      assert.match(notice, /読み込めなかった/);
      const key = await s.text('[data-notice=unreadable] code');
      assert.match(key, /^jiritsu\.unreadable\.\d+$/);
      assert.equal(await s.run('return localStorage.getItem(arguments[0])', key),
        '{"version": 1, "settings": {"language": "en"');
      assert.equal(JSON.parse(await savedDocument(s)).version, 5, 'a fresh document is saved');
      // A second unreadable save is kept under another key: the first copy is never overwritten.
      await s.run("localStorage.setItem('jiritsu.document', 'not json at all')");
      await s.reload();
      const keys = await s.run("return Object.keys(localStorage).filter(k => k.startsWith('jiritsu.unreadable.')).sort()");
      assert.equal(keys.length, 2);
      assert.equal(await s.run('return localStorage.getItem(arguments[0])', key), '{"version": 1, "settings": {"language": "en"');
      assert.deepEqual(await seriousViolations(s), []);
      // Download the first copy.
      await s.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: s.downloads });
      await s.click('[data-notice=unreadable] button.primary');
      const download = await s.downloaded('.txt');
      assert.equal(download.text, '{"version": 1, "settings": {"language": "en"');
      // Delete both copies, each after a confirmation.
      for (let left = 2; left > 0; left--) {
        await s.click('[data-notice=unreadable] [data-action=delete-unreadable]');
        await s.click('[data-notice=unreadable] .confirm button.danger');
        await s.waitUntil(async () => (await s.findAll('[data-notice=unreadable]')).length === left - 1, 5000, 'the copy to go');
      }
      assert.equal(await s.run("return Object.keys(localStorage).filter(k => k.startsWith('jiritsu.unreadable.')).length"), 0);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});
