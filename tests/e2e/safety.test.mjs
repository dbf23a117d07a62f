// End to end: the six ways a notebook (or the typing in it) used to be lost, each tried
// the way it happens in a real browser — a too-long paste, another tab on a newer version,
// a storage read that throws, storage emptied by another app on the same intranet origin,
// a full quota with an unreadable notebook, and typing while another tab saves.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);
const at = (route) => `${fixture.server.url}#${route}`;
const stored = (s) => s.run("return localStorage.getItem('jiritsu.document')");
const NEWER = JSON.stringify({ version: 99, revision: 50, from: 'a newer Jiritsu' });

const openTab = async (s) => (await s.cmd('POST', '/window/new', { type: 'tab' })).handle;
const switchTo = (s, handle) => s.cmd('POST', '/window', { handle });

async function openWorksheet(s) {
  await s.open(at('/worksheet'));
  await s.waitUntil(async () => (await s.findAll('.ws-section')).length === 11, 5000, 'the worksheet');
}

describe('nothing the app does can lose the notebook', () => {
  it('never saves a document that would not read back, and says which entry is too long', () =>
    withSession({ lang: 'en' }, async (s) => {
      await openWorksheet(s);
      await s.type('#ws-vision-doing', 'Teaching closing the books');
      await s.waitUntil(async () => JSON.parse(await stored(s))?.worksheet.vision.doing === 'Teaching closing the books', 5000, 'saved');
      const good = await stored(s);
      // A paste longer than a saved field can hold (the field's maxlength stops typing;
      // a script or an old browser may not).
      await s.run(`const box = document.querySelector('#ws-support-text');
        box.value = 'あ'.repeat(10001); box.dispatchEvent(new Event('input', { bubbles: true }));`);
      await s.waitUntil(() => s.find('[data-notice=save-failed]'), 5000, 'the notice');
      assert.match(await s.text('[data-notice=save-failed]'), /Could not save: j\. Support I want, worksheet\.support\.text: text too long \(at most 30,000 bytes\)/);
      assert.equal(await stored(s), good, 'the last good notebook stays');
      await s.reload();
      await s.waitUntil(async () => (await s.run("return document.querySelector('#ws-vision-doing')?.value")) === 'Teaching closing the books',
        5000, 'the notebook reads after a reload');
      assert.deepEqual(await s.findAll('[data-notice=unreadable]'), []);
    }));

  it('never writes over another tab that runs a newer version, and says to reload', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const first = await s.cmd('GET', '/window');
      await openWorksheet(s);
      await s.type('#ws-vision-doing', '講師になる');
      const second = await openTab(s);
      await switchTo(s, second);
      await s.open(at('/'));
      // The newer build saves in a form this one cannot read.
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", NEWER);
      await switchTo(s, first);
      await s.waitUntil(() => s.find('[data-notice=newer-elsewhere]'), 5000, 'the notice');
      assert.match(await s.text('[data-notice=newer-elsewhere]'), /新しい版/);
      await s.type('#ws-vision-doing', '、若手を育てる');
      assert.equal(await stored(s), NEWER, 'the newer version is not overwritten');
    }));

  it('never takes over, nor writes away, the fields a newer version in another tab added', () =>
    withSession({ lang: 'en' }, async (s) => {
      const first = await s.cmd('GET', '/window');
      await openWorksheet(s);
      await s.type('#ws-vision-doing', 'Teaching');
      await s.waitUntil(async () => JSON.parse(await stored(s) || '{}').worksheet?.vision.doing === 'Teaching', 5000, 'saved');
      const second = await openTab(s);
      await switchTo(s, second);
      await s.open(at('/'));
      // A newer build saves the same format with a field this one does not know.
      const newer = JSON.parse(await stored(s));
      newer.revision += 1;
      newer.added_by_a_newer_version = { kept: 'for the newer version' };
      const text = JSON.stringify(newer, null, 2);
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", text);
      await switchTo(s, first);
      await s.waitUntil(() => s.find('[data-notice=newer-elsewhere]'), 5000, 'the notice');
      assert.match(await s.text('[data-notice=newer-elsewhere]'), /newer version of Jiritsu .* cannot fully keep/);
      await s.type('#ws-vision-doing', ' young accountants');
      await new Promise((r) => setTimeout(r, 1500)); // more than a save's wait
      assert.equal(await stored(s), text, 'the newer version\'s notebook is not written over');
    }));

  it('treats a storage read that throws as unknown: works in memory and writes nothing', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/'));
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])",
        JSON.stringify({ version: 4, revision: 3, worksheet: { vision: { doing: '大事なビジョン', shared: true } } }));
      await s.addInitScript(`(() => {
        const get = Storage.prototype.getItem;
        window.__rawGet = (key) => get.call(localStorage, key);
        Storage.prototype.getItem = function (key) {
          if (key === 'jiritsu.document') throw new DOMException('read failed', 'UnknownError');
          return get.call(this, key);
        };
      })();`);
      await openWorksheet(s);
      await s.reload();
      await s.waitUntil(() => s.find('[data-notice=read-failed]'), 5000, 'the notice');
      await s.type('#ws-vision-doing', '上書きしないで');
      const raw = JSON.parse(await s.run("return window.__rawGet('jiritsu.document')"));
      assert.equal(raw.worksheet.vision.doing, '大事なビジョン', 'the saved notebook is untouched');
    }));

  it('asks before adopting an empty notebook when storage is cleared from outside', () =>
    withSession({ lang: 'en' }, async (s) => {
      const first = await s.cmd('GET', '/window');
      await openWorksheet(s);
      await s.type('#ws-vision-doing', 'Mine');
      await s.waitUntil(async () => (await stored(s)) !== null, 5000, 'saved');
      const second = await openTab(s);
      await switchTo(s, second);
      await s.open(at('/'));
      await s.run('localStorage.clear()'); // Another app on the same intranet origin.
      await switchTo(s, first);
      await s.waitUntil(() => s.find('[data-notice=cleared]'), 5000, 'the question');
      assert.equal(await s.run("return document.querySelector('#ws-vision-doing').value"), 'Mine', 'the notebook stays on screen');
      await s.type('#ws-vision-doing', ' too');
      assert.equal(await stored(s), null, 'nothing is written until the person decides');
      await s.click('[data-action=cleared-keep]');
      await s.waitUntil(async () => JSON.parse(await stored(s) ?? 'null')?.worksheet.vision.doing === 'Mine too', 5000, 'saved again');
      assert.deepEqual(await s.findAll('[data-notice=cleared]'), []);
    }));

  it('says storage is full and offers the unreadable notebook as a file, writing nothing', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/'));
      await s.run("localStorage.setItem('jiritsu.document', '{ cut short')");
      await s.addInitScript(`(() => {
        const set = Storage.prototype.setItem;
        Storage.prototype.setItem = function (key, value) {
          if (key.startsWith('jiritsu.') && key !== 'jiritsu.probe') {
            throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
          }
          return set.call(this, key, value);
        };
      })();`);
      await s.reload();
      await s.waitUntil(() => s.find('[data-notice=full-unreadable]'), 5000, 'the notice');
      assert.match(await s.text('[data-notice=full-unreadable]'), /容量がいっぱい/);
      assert.deepEqual(await s.findAll('[data-notice=storage-unavailable]'), [], 'not called "storage not allowed"');
      await s.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: s.downloads });
      await s.click('[data-notice=full-unreadable] button');
      const { text } = await s.downloaded('.txt');
      assert.equal(text, '{ cut short');
      assert.equal(await stored(s), '{ cut short');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('keeps the focus and the caret where the person types when another tab saves', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await openWorksheet(s);
      await s.type('#ws-vision-doing', '講師');
      await s.waitUntil(async () => JSON.parse(await stored(s) ?? 'null')?.worksheet.vision.doing === '講師', 5000, 'saved');
      await s.run("const t = document.querySelector('#ws-vision-doing'); t.focus(); t.setSelectionRange(2, 2)");
      // Another tab saves while this one is in the middle of typing: its write lands in
      // storage and the browser tells this tab (this tab keeps the keyboard meanwhile).
      await s.run(`const doc = JSON.parse(localStorage.getItem('jiritsu.document'));
        doc.revision += 1; doc.worksheet.support.text = '研修の時間がほしい';
        localStorage.setItem('jiritsu.document', JSON.stringify(doc, null, 2));
        window.dispatchEvent(new StorageEvent('storage', { key: 'jiritsu.document' }));`);
      await s.waitUntil(async () => (await s.run("return document.querySelector('#ws-support-text').value")) === '研修の時間がほしい',
        5000, 'the other tab\u2019s change shown');
      await s.waitUntil(async () => (await s.run('return document.activeElement.id')) === 'ws-vision-doing', 5000, 'the focus kept');
      await s.keys('として');
      assert.equal(await s.run("return document.querySelector('#ws-vision-doing').value"), '講師として');
      await s.waitUntil(async () => JSON.parse(await stored(s)).worksheet.vision.doing === '講師として', 5000, 'saved');
      assert.equal(JSON.parse(await stored(s)).worksheet.support.text, '研修の時間がほしい', 'the other tab\u2019s change is kept');
    }));

  it('finds the last keystroke after a reload right after typing, though a burst is saved together', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await openWorksheet(s);
      const text = '経理の知識を生かして若手向けの決算研修を開いている';
      await s.type('#ws-vision-doing', text);
      await s.reload();
      await s.waitUntil(async () => (await s.run("return document.querySelector('#ws-vision-doing')?.value")) === text,
        5000, 'every character after the reload');
    }));

  it('never claims "deleted" when the browser kept the notebook', () =>
    withSession({ lang: 'en' }, async (s) => {
      await openWorksheet(s);
      await s.type('#ws-vision-doing', 'Keep me');
      await s.waitUntil(async () => (await stored(s)) !== null, 5000, 'saved');
      await s.run(`const remove = Storage.prototype.removeItem;
        Storage.prototype.removeItem = function (key) {
          if (key === 'jiritsu.document') throw new DOMException('refused', 'UnknownError');
          return remove.call(this, key);
        };`);
      await s.open(at('/data'));
      await s.waitUntil(() => s.find('[data-action=delete-all]'), 5000, 'the data screen');
      await s.click('[data-action=delete-all]');
      await s.click('[data-action=delete-all-yes]');
      await s.waitUntil(async () => /could not be removed/.test(await s.text('main')), 5000, 'the honest message');
      assert.doesNotMatch(await s.text('main'), /Everything has been deleted/);
      assert.match(await stored(s), /Keep me/);
    }));
});
