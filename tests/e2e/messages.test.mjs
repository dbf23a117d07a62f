// End to end: what the app says about the notebook, and what it keeps, when something is
// out of the ordinary (issue #14's messages): a notebook from a newer version, a file's
// size, a damaged training list in a file, the bounds of what is kept, fields this version
// does not know, a lone surrogate in storage, names typed with right-to-left overrides or
// zero-width characters, and a kept copy with an entry over its bound.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';
import { shareCode, topThree } from './lib/attendees.mjs';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);
const at = (route) => `${fixture.server.url}#${route}`;
const stored = (s) => s.run("return localStorage.getItem('jiritsu.document')");
const seed = (s, text) => s.run("localStorage.setItem('jiritsu.document', arguments[0])", text);
const pause = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const files = mkdtempSync(join(tmpdir(), 'jiritsu-messages-'));
const fileWith = (name, contents) => {
  const path = join(files, name);
  writeFileSync(path, contents);
  return path;
};

async function chooseFile(s, path) {
  const id = await s.find('#import-file');
  await s.cmd('POST', `/element/${id}/value`, { text: path });
}

async function openWorksheet(s) {
  await s.open(at('/worksheet'));
  await s.waitUntil(async () => (await s.findAll('.ws-section')).length === 11, 5000, 'the worksheet');
}

/** Sets a field's value as a paste would, and tells the app. */
const paste = (s, selector, value) => s.run(`const field = document.querySelector(arguments[0]);
  field.value = arguments[1]; field.dispatchEvent(new Event('input', { bubbles: true }));`, selector, value);

const CODE_A = shareCode(topThree(0, 0));
const CODE_B = shareCode(topThree(1, 1));
const CODE_C = shareCode(topThree(2, 0));

/** Kept copies whose value is exactly `original` (compared in the page, as UTF-16). */
const exactCopies = (s, original) => s.run(`return Object.keys(localStorage)
  .filter((key) => key.startsWith('jiritsu.unreadable.'))
  .filter((key) => localStorage.getItem(key) === arguments[0]).length`, original);

describe('what the app says and keeps when something is out of the ordinary', () => {
  it('says a notebook from a newer version is from a newer version, and never writes over it', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const newer = JSON.stringify({ version: 99, revision: 4, from: 'a newer Jiritsu' });
      await s.open(at('/'));
      await seed(s, newer);
      await openWorksheet(s);
      await s.reload();
      await s.waitUntil(() => s.find('[data-notice=newer-version]'), 5000, 'the notice');
      assert.match(await s.text('[data-notice=newer-version]'), /新しい版の Jiritsu（形式99）/);
      const copy = await s.text('[data-notice=unreadable]');
      assert.match(copy, /新しい版の Jiritsu（形式99）で保存されたノートの控え/);
      assert.doesNotMatch(copy, /読み込めなかった/, 'not the generic "could not be read"');
      await s.type('#ws-vision-doing', '講師になる');
      await pause(400);
      assert.equal(await stored(s), newer, 'still there for the newer version');
    }));

  it('says an imported file from a newer version is from a newer version, in Japanese too', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/data'));
      await chooseFile(s, fileWith('newer.json', '{"version":7}'));
      await s.waitUntil(async () => /新しい版の Jiritsu で書き出されたファイルです（形式7）/.test(await s.text('.import-status')),
        5000, 'the message');
    }));

  it('gives a file\u2019s size in its own bytes, grouped; 900 KB of 0xFF is not "too large"', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/data'));
      await chooseFile(s, fileWith('ff-large.json', Buffer.alloc(1_200_000, 0xff)));
      await s.waitUntil(async () => /1,200,000バイト/.test(await s.text('.import-status')), 5000, 'the size');
      assert.match(await s.text('.import-status'), /1 MB（1,048,576バイト）まで/);
      await chooseFile(s, fileWith('ff-small.json', Buffer.alloc(900 * 1024, 0xff)));
      await s.waitUntil(async () => /JSON 形式のファイルではない/.test(await s.text('.import-status')), 5000, 'not JSON');
      assert.doesNotMatch(await s.text('.import-status'), /大きすぎます/);
    }));

  it('names a damaged training list in a file in Japanese', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/data'));
      await chooseFile(s, fileWith('roster.json', JSON.stringify({ version: 4, training: '4-6\nnot a code\n' })));
      await s.waitUntil(async () => /項目「training」/.test(await s.text('.import-status')), 5000, 'the message');
      const message = await s.text('.import-status');
      assert.match(message, /研修の参加者リストが読めません/);
      assert.doesNotMatch(message, /expected/);
    }));

  it('states the bound of a text as it is kept, where people type and when it is hit', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await openWorksheet(s);
      // Far from the bound: nothing is said.
      await s.type('#ws-vision-doing', '講師');
      assert.equal(await s.run("return document.querySelector('#ws-vision-doing-limit').textContent"), '');
      // Near it: how much is left, before it is reached, and the field says so to a screen reader.
      await paste(s, '#ws-vision-doing', 'あ'.repeat(9_500));
      await s.waitUntil(async () => (await s.text('#ws-vision-doing-limit')) === '残り500文字（1項目10,000文字まで）', 5000, 'the count');
      // In English, worded so that any count reads right (one character left included).
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('#ws-vision-doing-limit')) === 'Characters left: 500 (up to 10,000 per entry)', 5000, 'the count in English');
      await s.click('.lang-switch button[lang=ja]');
      await s.waitUntil(async () => (await s.text('#ws-vision-doing-limit')) === '残り500文字（1項目10,000文字まで）', 5000, 'the count in Japanese again');
      assert.match(await s.run("return document.querySelector('#ws-vision-doing').getAttribute('aria-describedby')"), /ws-vision-doing-limit/);
      assert.equal(await s.run("return document.querySelector('#ws-vision-doing').maxLength"), 10_000);
      await paste(s, '#ws-vision-doing', 'あ'.repeat(10_000));
      await s.waitUntil(async () => /10,000文字に達しました/.test(await s.text('#ws-vision-doing-limit')), 5000, 'full');
      // A text over the bound (a script's paste): the save notice says the bound in bytes.
      await paste(s, '#ws-support-text', 'あ'.repeat(10_001));
      await s.waitUntil(() => s.find('[data-notice=save-failed]'), 5000, 'the notice');
      const notice = await s.text('[data-notice=save-failed]');
      assert.match(notice, /「j\. 望む支援」の項目「worksheet\.support\.text」：長すぎます（1項目30,000バイトまで）/);
      assert.doesNotMatch(notice, /text too long/);
      // The facilitator's box says its bound too.
      await s.open(at('/training'));
      await s.waitUntil(() => s.find('#roster-input'), 5000, 'the box');
      await paste(s, '#roster-input', `${CODE_A}\n`.repeat(850));
      await s.waitUntil(async () => /残り6[0-9]{2}文字/.test(await s.text('#roster-input-limit')), 5000, 'the box\u2019s count');
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('imports a kept copy whose entry is over its bound, saying what is shortened', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.open(at('/data'));
      const draft = `${CODE_A}\n`.repeat(3_000); // 33,000 bytes: what an older version saved.
      await chooseFile(s, fileWith('kept.txt', JSON.stringify({ version: 4, training_draft: draft })));
      await s.waitUntil(() => s.find('.import-preview'), 5000, 'the preview');
      const note = await s.text('[data-notice=import-shortened]');
      assert.match(note, /at most 30,000 bytes per text, 500 items per list/);
      assert.match(note, /training_draft/);
      await s.click('[data-action=import-confirm]');
      await s.waitUntil(async () => /has been imported/.test(await s.text('.import-status')), 5000, 'imported');
      const saved = JSON.parse(await stored(s));
      assert.ok(saved.training_draft.length <= 30_000 && saved.training_draft.length > 29_980, saved.training_draft.length);
      assert.ok(saved.training_draft.endsWith('\n'), 'whole lines kept');
    }));

  it('keeps a notebook with fields this version does not know aside before saving drops them', () =>
    withSession({ lang: 'en' }, async (s) => {
      const original = JSON.stringify({
        version: 4, revision: 2, future_part: { notes: 'important' },
        worksheet: { vision: { doing: 'Teach', shared: true, colour: 'blue' } },
      });
      await s.open(at('/'));
      await seed(s, original);
      await openWorksheet(s);
      await s.reload();
      await s.waitUntil(() => s.find('[data-notice=unreadable]'), 5000, 'the notice');
      assert.match(await s.text('[data-notice=unreadable]'), /entries this version does not know \(future_part, worksheet\.vision\.colour\)/);
      assert.equal(await s.run("return document.querySelector('#ws-vision-doing').value"), 'Teach', 'the notebook opens');
      assert.equal(await exactCopies(s, original), 1, 'kept before anything is written');
      await s.type('#ws-vision-doing', 'ing');
      await s.waitUntil(async () => JSON.parse(await stored(s)).worksheet.vision.doing === 'Teaching', 5000, 'saved');
      assert.equal(await exactCopies(s, original), 1, 'still kept');
      await s.reload();
      await s.waitUntil(() => s.find('#ws-vision-doing'), 5000, 'the worksheet');
      assert.equal((await s.findAll('[data-notice=unreadable]')).length, 1, 'one copy, not one a visit');
    }));

  it('opens a notebook with known fields written out empty without a notice or a copy kept aside', () =>
    withSession({ lang: 'en' }, async (s) => {
      // As a hand-edited file or another tool may write it: fields the app leaves out
      // while empty, written out empty.
      const original = JSON.stringify({
        version: 5, revision: 2,
        worksheet: { interview: { name: '' }, vision: { doing: 'Teach', shared: true } },
        commitments: { draft: '', saved: [{ id: 1, text: 'From 10 December I will run a study session every Wednesday',
          saved_on: '2026-11-20', start_date: '2026-12-10', start_by: false, read_on: null, shared: true }] },
      });
      await s.open(at('/'));
      await seed(s, original);
      await openWorksheet(s);
      await s.reload();
      await s.waitUntil(async () => (await s.run("return document.querySelector('#ws-vision-doing')?.value")) === 'Teach', 5000, 'the notebook opens');
      assert.equal((await s.findAll('[data-notice=unreadable]')).length, 0, 'no notice');
      assert.equal(await exactCopies(s, original), 0, 'no copy kept aside');
    }));

  it('keeps a lone surrogate in storage aside unit for unit before anything is rewritten', () =>
    withSession({ lang: 'ja' }, async (s) => {
      // A string no Rust `String` can hold: \ud800 alone (JSON.stringify would escape it).
      const make = `return '{"version":4,"revision":1,"worksheet":{"vision":{"doing":"講師\\ud800になる","shared":true}}}'`;
      await s.open(at('/'));
      await s.run(`localStorage.setItem('jiritsu.document', (() => { ${make} })())`);
      await openWorksheet(s);
      await s.reload();
      await s.waitUntil(() => s.find('[data-notice=unreadable]'), 5000, 'the notice');
      assert.match(await s.text('[data-notice=unreadable]'), /文字として読めないデータがありました。その部分を/);
      assert.equal(await s.run("return document.querySelector('#ws-vision-doing').value"), '講師\ufffdになる');
      const exact = () => s.run(`const original = (() => { ${make} })();
        return Object.keys(localStorage).filter((key) => key.startsWith('jiritsu.unreadable.'))
          .filter((key) => localStorage.getItem(key) === original).length`);
      assert.equal(await exact(), 1, 'the copy is the original, unit for unit');
      await s.type('#ws-vision-doing', '人');
      await s.waitUntil(() => s.run(`return JSON.parse(localStorage.getItem('jiritsu.document'))
        .worksheet.vision.doing === '講師\ufffdになる人'`), 5000, 'saved again');
      assert.equal(await exact(), 1, 'still kept after the notebook was saved again');
    }));

  it('isolates names typed with a right-to-left override, and counts zero-width twins as one name', () =>
    withSession({ lang: 'ja', width: 1280 }, async (s) => {
      await s.open(at('/'));
      await seed(s, JSON.stringify({
        version: 4,
        training: `4-6\n\u202Eevil,${CODE_A}\n山田,${CODE_B}\n山\u200B田,${CODE_C}\n`,
      }));
      await s.open(at('/training'));
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.roster li')).length === 3, 5000, 'the list');
      const layout = await s.run(`const row = document.querySelector('.roster li');
        const name = row.querySelector('strong').getBoundingClientRect();
        const badge = row.querySelector('.badge-anchor').getBoundingClientRect();
        return { isolated: !!row.querySelector('strong > bdi'), nameRight: name.right, badgeLeft: badge.left }`);
      assert.ok(layout.isolated, 'the name is in a <bdi>');
      assert.ok(layout.badgeLeft >= layout.nameRight - 1, `the line keeps its order: ${JSON.stringify(layout)}`);
      assert.ok((await s.findAll('.members bdi')).length >= 3, 'group members are isolated too');
      const rows = await s.run("return [...document.querySelectorAll('.roster li .flag')].map((f) => f.textContent)");
      assert.equal(rows[2], '⚠ 2番と同じ名前（コードが違うので別の人として数えます）');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});
