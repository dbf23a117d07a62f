// End to end: the interview-preparation worksheet as a newcomer uses it — filling every
// section with real key presses, reloading and finding everything, the readiness summary
// changing as an action starts to pass both tests, lists reordered and a delete undone, an
// entry kept private and absent from the sheet's preview and from the printed page, the
// sheet on one A4 page in Japanese and English, the rehearsal's gaps, and a phone's width.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { SITE_DIR, assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';
import { serveSite } from './lib/server.mjs';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);
const at = (route) => `${fixture.server.url}#${route}`;
const saved = async (s) => JSON.parse(await s.run("return localStorage.getItem('jiritsu.document')"));
const pdfPageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;

/** Sets a select or date field the way the browser's picker does, with its change event. */
const choose = (s, css, value) => s.run(`
  const field = document.querySelector(arguments[0]);
  field.value = arguments[1];
  field.dispatchEvent(new Event('change', { bubbles: true }));`, css, value);

const value = (s, css) => s.run('return document.querySelector(arguments[0]).value', css);
const checked = (s, css) => s.run('return document.querySelector(arguments[0]).checked', css);
const count = async (s, css) => (await s.findAll(css)).length;

/** Clicks a section's add button and waits for its new item, which takes the focus. */
async function addItem(s, section, n) {
  const listIndex = 0;
  const lists = `#${section} .items`;
  const before = await s.run('return document.querySelectorAll(arguments[0])[arguments[1]].children.length', lists, listIndex);
  await s.run('document.querySelectorAll(arguments[0])[arguments[1]].click()', `#${section} button.add`, listIndex);
  await s.waitUntil(async () => (await s.run('return document.querySelectorAll(arguments[0])[arguments[1]].children.length', lists, listIndex)) === before + 1,
    5000, `item ${n} in ${section}`);
  // The new item's first field has the focus, so typing goes straight in.
  await s.waitUntil(() => s.run(`
    const item = document.querySelectorAll(arguments[0])[arguments[1]].lastElementChild;
    return item.contains(document.activeElement) && /^(INPUT|TEXTAREA)$/.test(document.activeElement.tagName);`, lists, listIndex),
  5000, 'focus in the new item');
  return `${lists} > li:nth-child(${n})`;
}

const VISION = '経理の知識を生かして、若手向けの決算研修を毎年開いている';
const PRIVATE_MOMENT = '期待していた課長昇進が見送られた';
const CONFIDENTIAL = '親の介護が始まるかもしれないこと';
const PASSING = '12月1日までに英会話スクールに申し込んで、通い始めます';
const ATTITUDE = '後輩から頼られる存在になります';

/** Fills every section of the worksheet, as a newcomer would, in Japanese. */
async function fillEverything(s) {
  // With no host's list: the career interview first, the one at 50 after those of every age.
  assert.equal(await s.run("return [...document.querySelectorAll('#ws-interview-kind option')].map(o => o.value).join('|')"),
    '|career|one_on_one|milestone50|rehire|conversion|external|other');
  // Becoming a regular employee has a kind of its own, not その他.
  assert.equal(await s.text('#ws-interview-kind option[value=conversion]'), '正社員登用・雇用形態の転換の面談');
  await choose(s, '#ws-interview-kind', 'milestone50');
  const inTwoWeeks = await s.run(`const d = new Date(); d.setDate(d.getDate() + 14);
    return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');`);
  await choose(s, '#ws-interview-date', inTwoWeeks);
  await s.waitUntil(async () => /面談まであと14日です。/.test(await s.text('.countdown')), 5000, 'the countdown');

  const role = await addItem(s, 'ws-looking-back', 1);
  await s.type(`${role} input[id$=-period]`, '2015年4月〜2019年3月');
  await s.type(`${role} input[id$=-place]`, '本社経理部');
  // Side by side (at a desktop's width), the two boxes line up although only one has an
  // example above it.
  assert.ok(await s.run(`const [a, b] = [...document.querySelectorAll(arguments[0])].map((e) => e.getBoundingClientRect());
    return a.left === b.left || Math.abs(a.top - b.top) < 1;`, `${role} input[id$=-period], ${role} input[id$=-place]`), 'the period and the place in line');
  await s.type(`${role} textarea[id$=-did]`, '月次決算のとりまとめ');
  await s.type(`${role} textarea[id$=-achieved]`, '決算を3日早めた');
  await s.type('#ws-strengths', '数字の誤りにすぐ気づく');

  const moment = await addItem(s, 'ws-moments', 1);
  await s.type(`${moment} textarea[id$=-what]`, PRIVATE_MOMENT);
  await s.click(`${moment} input[type=radio][name$=-kind]:not(:checked)`);
  await s.type(`${moment} input[id$=-feeling]`, '悔しかった');
  await s.type(`${moment} textarea[id$=-wanted]`, '専門性で認められたい');

  await s.type('#ws-values-text', '家族と夕食をとること');
  await s.click('input[name=ws-autonomy-performs][value=yes]');
  await s.click('input[name=ws-autonomy-vision][value=partly]');
  await s.click('input[name=ws-autonomy-acting][value=not_yet]');

  await s.type('#ws-vision-doing', VISION);
  await s.type('#ws-vision-for-whom', '経理経験の浅い若手社員');
  await s.type('#ws-vision-seen-as', '決算のことなら聞ける人');

  const gain = await addItem(s, 'ws-gains-losses .weighed-list:nth-child(1)', 1);
  await s.type(`${gain} textarea[id$=-text]`, '専門性が認められる');
  await choose(s, `${gain} select`, '5');
  const loss = await addItem(s, 'ws-gains-losses .weighed-list:nth-child(2)', 1);
  await s.type(`${loss} textarea[id$=-text]`, '2年間、週末の時間が減る');
  await choose(s, `${loss} select`, '2');
  await s.waitUntil(async () => /得るもの 5 ／ 失うもの 2/.test(await s.text('.balance')), 5000, 'the balance');
  assert.match(await s.text('.balance-verdict'), /得るものが上回っています/);
  // Losses larger are an answer too, not a push towards the change.
  await choose(s, `${gain} select`, '1');
  await s.waitUntil(async () => /^今は、失うもののほうが大きいと感じています。それも大事な答えです。/.test(await s.text('.balance-verdict')), 5000, 'the losses said kindly');
  await choose(s, `${gain} select`, '5');
  await s.waitUntil(async () => /得るものが上回っています/.test(await s.text('.balance-verdict')), 5000, 'the gains again');
  await s.type('#ws-even-if-fails', '会計の知識は今の仕事で使える');

  const obstacle = await addItem(s, 'ws-obstacles', 1);
  await s.type(`${obstacle} textarea[id$=-when]`, '繁忙期で時間がとれなくなったら');
  await s.type(`${obstacle} textarea[id$=-then]`, '朝の30分だけは続ける');
  await s.waitUntil(async () => /もし繁忙期で時間がとれなくなったら、朝の30分だけは続ける。/.test(await s.text(`${obstacle} .plan`)), 5000, 'the if-then plan');

  const action = await addItem(s, 'ws-actions', 1);
  await s.type(`${action} textarea`, ATTITUDE);
  await s.type('#ws-support-text', '月に一度、研修に出る時間をもらいたい');
  await s.type('#ws-confidential-text', CONFIDENTIAL);
  return action;
}

describe('the interview-preparation worksheet', () => {
  it('is filled section by section, keeps everything through a reload, and the readiness follows the actions', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.click('.main-nav a[href="#/worksheet"]');
      await s.waitUntil(async () => (await s.text('h1')) === '面談準備ワークシート', 5000, 'the worksheet');
      // Sections a to k, in the order of the thinking.
      const headings = await s.run("return [...document.querySelectorAll('.ws-section h2')].map(h => h.textContent)");
      assert.deepEqual(headings.map((h) => h[0]), [...'abcdefghijk']);
      assert.match(await s.text('.readiness-verdict'), /ビジョンと、二つの基準を満たす行動（誰が見てもやったかどうか分かり、始める日が書かれた行動）を一つ用意しておきましょう/);
      assert.match(await s.text('.readiness'), /キャリア自律の自己チェック：まだ答えていません/);
      assert.deepEqual(await seriousViolations(s), [], 'axe on the empty worksheet');

      const action = await fillEverything(s);
      // The self-check's answers counted as they were given, not as a score out of three.
      await s.waitUntil(async () => /キャリア自律の自己チェック（3つの条件）：はい1・ある程度1・まだ1/.test(await s.text('.readiness')), 5000, 'the self-check counted');
      // The example under the action is the check screen's sample, its sign-up deadline the
      // first of next month (a day still ahead, whatever today is).
      const nextMonth = await s.run('const d = new Date(); return d.getMonth() === 11 ? 1 : d.getMonth() + 2;');
      assert.equal(await s.text(`${action} .help`), `例：${nextMonth}月1日までにオンライン英会話の体験レッスンを予約して、受け始めます`);
      // An attitude is not yet an action: the readiness says what is missing.
      await s.waitUntil(async () => /✗/.test(await s.text(`${action} .verdict-area`)), 5000, 'the action checked');
      // Under what to add, the check screen's example rewrite, to start from.
      assert.match(await s.text(`${action} .example`), /^書き直しの例\n.*後輩5人に声をかけて1回目の相談会を開き/);
      assert.equal(await s.run(`return document.querySelector('${action} .example').hidden`), false);
      // The overview catches up once typing pauses (a quarter of a second).
      await s.waitUntil(async () => /二つの基準を満たす行動：0件（書いた行動1件中）/.test(await s.text('.readiness')), 5000,
        'the readiness counting the action');
      assert.doesNotMatch(await s.text('.readiness-verdict'), /準備ができています/);
      // The action that does not pass yet is named by its number, before it goes on the sheet.
      assert.match(await s.text('.readiness'), /二つの基準を満たす行動：0件（書いた行動1件中）\n– まだ二つの基準を満たしていないのは、行動1です（シートに載せる前に見直しましょう）/);
      // Rewritten so it passes both tests, the summary turns ready.
      await s.type(`${action} textarea`, '\uE009a\uE009\uE003');
      await s.type(`${action} textarea`, PASSING);
      await s.waitUntil(async () => /面談の準備ができています/.test(await s.text('.readiness-verdict')), 5000, 'ready');
      assert.equal(await s.run(`return document.querySelector('${action} .example').hidden`), true, 'no example once it passes');
      assert.match(await s.text('.readiness'), /二つの基準を満たす行動：1件（書いた行動1件中）/);
      assert.doesNotMatch(await s.text('.readiness'), /まだ二つの基準を満たしていない/, 'none left to name');
      assert.match(await s.text(`${action} .start-date`), /12月1日/);
      assert.match(await s.text('.section-map'), /k\. 伝えてほしくないこと\s*記入あり/);
      assert.deepEqual(await seriousViolations(s), [], 'axe on the filled worksheet');

      // Everything is saved as typed (once typing pauses), and a reload finds it all.
      await s.waitUntil(async () => (await saved(s))?.commitments.saved[0]?.text === PASSING, 5000, 'the save');
      const doc = await saved(s);
      assert.equal(doc.version, 5);
      assert.equal(doc.worksheet.vision.doing, VISION);
      assert.equal(doc.commitments.saved[0].text, PASSING);
      assert.match(doc.commitments.saved[0].start_date, /^\d{4}-12-01$/, 'the start date is kept with the action');
      await s.reload();
      await s.waitUntil(async () => (await value(s, '#ws-vision-doing')) === VISION, 5000, 'the vision after a reload');
      assert.equal(await value(s, '#ws-interview-kind'), 'milestone50');
      assert.equal(await value(s, '#ws-strengths'), '数字の誤りにすぐ気づく');
      assert.equal(await value(s, '#ws-looking-back input[id$=-place]'), '本社経理部');
      assert.equal(await value(s, '#ws-moments textarea[id$=-what]'), PRIVATE_MOMENT);
      assert.equal(await checked(s, 'input[name=ws-autonomy-vision][value=partly]'), true);
      assert.equal(await value(s, '#ws-gains-losses select'), '5');
      assert.equal(await value(s, '#ws-actions textarea'), PASSING);
      assert.equal(await value(s, '#ws-confidential-text'), CONFIDENTIAL);
      assert.match(await s.text('.readiness-verdict'), /面談の準備ができています/);
      // The check screen lists the same action.
      await s.open(at('/check'));
      await s.waitUntil(async () => (await s.text('main')).includes(PASSING), 5000, 'the action on the check screen');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it("saves an action's start date as the check reads it, a long action's once typing pauses, and keeps a saved one's on load", () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      const action = await addItem(s, 'ws-actions', 1);
      await s.type(`${action} textarea`, PASSING);
      await s.waitUntil(async () => /^\d{4}-12-01$/.test((await saved(s))?.commitments.saved[0]?.start_date ?? ''), 5000,
        'the start date saved with the action');
      // A long action (over 2,000 bytes) is checked once typing pauses; its start follows.
      const long = (text) => s.run(`
        const field = document.querySelector(arguments[0]);
        field.value = arguments[1];
        field.dispatchEvent(new Event('input', { bubbles: true }));`, `${action} textarea`, text);
      const filler = '業務の流れを見直して、手順書の改訂案をまとめます。'.repeat(60);
      await long(`${filler}1月12日から、毎週火曜に手順書を一章ずつ改訂して部内に配ります。`);
      await s.waitUntil(async () => /^\d{4}-01-12$/.test((await saved(s))?.commitments.saved[0]?.start_date ?? ''), 5000,
        'the long action\'s start date');
      await long(`${filler}手順書を一章ずつ改訂して部内に配ります。`);
      await s.waitUntil(async () => (await saved(s))?.commitments.saved[0]?.start_date === null, 5000,
        'no date in the text, none saved');
      // A start read on the day it was written stays as it was when the notebook is opened
      // another day: the text says 来週の月曜 of that week, not of this one.
      await long(PASSING);
      await s.waitUntil(async () => (await saved(s))?.commitments.saved[0]?.text === PASSING, 5000, 'the save');
      await s.run(`const doc = JSON.parse(localStorage.getItem('jiritsu.document'));
        doc.commitments.saved[0].text = '来週の月曜から、朝礼で一言話します';
        doc.commitments.saved[0].start_date = '2026-01-05';
        localStorage.setItem('jiritsu.document', JSON.stringify(doc));`);
      await s.reload();
      await s.waitUntil(async () => (await value(s, '#ws-actions textarea')) === '来週の月曜から、朝礼で一言話します', 5000, 'reloaded');
      await s.type('#ws-support-text', '月に一度の1on1');
      await s.waitUntil(async () => JSON.stringify(await saved(s)).includes('月に一度の1on1'), 5000, 'another field saved');
      assert.equal((await saved(s)).commitments.saved[0].start_date, '2026-01-05', 'the saved start is kept');
      // Typed again, the action is read again as of today.
      await s.type('#ws-actions textarea', '\uE009a\uE009\uE003');
      await s.type('#ws-actions textarea', '来週の月曜から、朝礼で一言話します');
      await s.waitUntil(async () => {
        const start = (await saved(s))?.commitments.saved[0]?.start_date;
        return start && start !== '2026-01-05';
      }, 5000, 'the start read again');
    }));

  it('says an action already under way began on its day, and which year a plan on a day just passed was read in', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      const { y, m, d } = await s.run(`const d = new Date(); d.setDate(d.getDate() - 5);
        return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate() };`);
      const first = await addItem(s, 'ws-actions', 1);
      await s.type(`${first} textarea`, `${m}月${d}日から、毎週金曜に残業時間を記録しています`);
      await s.waitUntil(async () => /始めた行動/.test(await s.text(`${first} .verdict-area`)), 5000, 'the act under way');
      assert.match(await s.text(`${first} .start-date`), new RegExp(`^始めた日：${y}年${m}月${d}日`));
      assert.equal(await s.text(`${first} .hints`), '', 'nothing to add or check');
      assert.equal((await s.findAll(`${first} .action-extras button`)).length, 0, 'no calendar file for a day already passed');
      const iso = `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
      await s.waitUntil(async () => (await saved(s))?.commitments.saved[0]?.start_date === iso, 5000,
        'the day it began, saved with the action');
      // The same day said as a plan: next year's, and the hint says so (in the first days
      // of January that day is last year's, with nothing to check).
      if (y === new Date().getFullYear()) {
        const second = await addItem(s, 'ws-actions', 2);
        await s.type(`${second} textarea`, `${m}月${d}日に、社内の英語講座に申し込みます`);
        await s.waitUntil(async () => /来年の/.test(await s.text(`${second} .hints`)), 5000, 'the year check');
        assert.match(await s.text(`${second} .start-date`), new RegExp(`^始める日：${y + 1}年${m}月${d}日`));
        assert.match(await s.text(`${second} .hints`),
          new RegExp(`今年の${m}月${d}日はもう過ぎているので、来年の${y + 1}年${m}月${d}日\\(.\\)と読みました`));
        // A day to come has its calendar file, and saving it says so under the button.
        await s.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: s.downloads });
        await s.click(`${second} .action-extras button`);
        await s.downloaded('.ics');
        await s.waitUntil(async () => /^カレンダー用のファイル（\.ics）を保存しました。/.test(await s.text(`${second} .action-extras .status`)), 5000, 'said saved');
      }
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('keeps the year of a start that has passed since the action was written, when the action is mended', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      // Written four weeks ago, to start two weeks ago: 「M月D日から」 meant this year's.
      const when = await s.run(`
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const saved = new Date(); saved.setDate(saved.getDate() - 28);
        const start = new Date(); start.setDate(start.getDate() - 14);
        const answered = new Date(); answered.setDate(answered.getDate() - 7);
        return { saved: iso(saved), start: iso(start), answered: iso(answered), y: start.getFullYear(), m: start.getMonth() + 1, d: start.getDate() };`);
      const text = `${when.m}月${when.d}日から、毎週金曜に部内の在庫表を更新します`;
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, commitments: { draft: '', saved: [
          { id: 1, text: arguments[0], saved_on: arguments[1], start_date: arguments[2], shared: true,
            follow_ups: [{ date: arguments[3], change: 'changed' }] } ] } }))`,
      text, when.saved, when.start, when.answered);
      await s.reload();
      const action = '#ws-actions .items > li:nth-child(1)';
      // A planned day that has passed is still the plan: whether it began is the follow-up's.
      const began = new RegExp(`^始める日：${when.y}年${when.m}月${when.d}日`);
      await s.waitUntil(async () => began.test(await s.text(`${action} .start-date`)), 5000, 'the day it began');
      assert.doesNotMatch(await s.text(`${action} .hints`), /来年/, 'not read as next year');
      // A typo mended at the end: the start keeps its year, on screen and as saved.
      await s.type(`${action} textarea`, '。');
      await s.waitUntil(async () => (await saved(s))?.commitments.saved[0]?.text === `${text}。`, 5000, 'the mended text saved');
      await new Promise((resolve) => setTimeout(resolve, 500));
      assert.equal((await saved(s)).commitments.saved[0].start_date, when.start);
      assert.match(await s.text(`${action} .start-date`), began);
      assert.doesNotMatch(await s.text(`${action} .hints`), /来年/);
      assert.equal((await s.findAll(`${action} .action-extras button`)).length, 0, 'no calendar file for a day passed');
      // The sheet for the next interview says when it began and what became of it.
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li')).length === 1, 5000, 'the sheet');
      const [ay, am, ad] = when.answered.split('-').map(Number);
      const line = await s.text('.sheet-actions li');
      assert.match(line, new RegExp(`開始：${when.y}年${when.m}月${when.d}日`));
      assert.match(line, new RegExp(`${ay}年${am}月${ad}日.*の振り返り：始めました`));
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll(`${action} textarea`)).length === 1, 5000, 'back on the worksheet');
      // The date itself rewritten to a day to come: read as of today.
      await s.run(`const t = document.querySelector(arguments[0]); t.select();`, `${action} textarea`);
      await s.type(`${action} textarea`, '来週の月曜から、毎週金曜に部内の在庫表を更新します');
      await s.waitUntil(async () => {
        const start = (await saved(s))?.commitments.saved[0]?.start_date;
        return start && start > when.start;
      }, 5000, 'the new start read as of today');
      assert.match(await s.text(`${action} .start-date`), /^始める日：/);
    }));

  it('keeps, when an answered action is rewritten here, the text its answers were about and the day, on the worksheet and the sheet', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      const when = await s.run(`
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const at = (n) => { const d = new Date(); d.setDate(d.getDate() + n); return d; };
        const due = at(20), today = at(0);
        return { saved: iso(at(-60)), start: iso(at(-40)), answered: iso(at(-20)), today: iso(today),
          y: today.getFullYear(), m: today.getMonth() + 1, d: today.getDate(), dm: due.getMonth() + 1, dd: due.getDate() };`);
      const before = '毎朝30分、ビジネス会計検定C級の勉強をします';
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, commitments: { draft: '', saved: [
          { id: 1, text: arguments[0], saved_on: arguments[1], start_date: arguments[2], shared: true,
            follow_ups: [{ date: arguments[3], change: 'changed', asked: 'begun' }] } ] } }))`,
      before, when.saved, when.start, when.answered);
      await s.reload();
      const action = '#ws-actions .items > li:nth-child(1)';
      await s.waitUntil(async () => /振り返り：始めました/.test(await s.text(`${action} .follow-up-answer`)), 5000, 'the answer');
      // Rewritten in place, a keystroke at a time, with a new day to sign up by.
      const after = `${when.dm}月${when.dd}日までに、B級の受験を申し込みます`;
      await s.run('document.querySelector(arguments[0]).select()', `${action} textarea`);
      await s.type(`${action} textarea`, after);
      await s.waitUntil(async () => (await saved(s))?.commitments.saved[0]?.start_by === true, 5000, 'the new start saved');
      const stored = (await saved(s)).commitments.saved[0];
      assert.equal(stored.text, after);
      assert.equal(stored.rewritten_on, when.today);
      assert.deepEqual(stored.follow_ups, [{ date: when.answered, change: 'changed', asked: 'begun', earlier_text: before }]);
      // The answer was about the action before: said with its text, in its own words.
      await s.waitUntil(async () => (await s.findAll(`${action} .follow-up-earlier`)).length === 1, 5000, 'the earlier answer');
      assert.match(await s.text(`${action} .follow-up-earlier`), new RegExp(`の振り返り（書き直す前の「${before}」について）：始めました$`));
      assert.equal((await s.findAll(`${action} .follow-up-answer`)).length, 0, 'none yet about the new plan');
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li .sheet-rewritten')).length === 1, 5000, 'the sheet');
      assert.equal(await s.text('.sheet-actions li .sheet-rewritten'), await s.run(`return '（' + arguments[0] + '年' + arguments[1] + '月' + arguments[2] + '日(' + '日月火水木金土'[new Date().getDay()] + ')に書き直し）'`, when.y, when.m, when.d));
      assert.match(await s.text('.sheet-actions li .sheet-earlier'), new RegExp(`書き直す前の「${before}」について）：始めました$`));
    }));

  it('reorders a list, deletes an item and undoes it with the keyboard', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      for (const [n, text] of [[1, '一つ目'], [2, '二つ目'], [3, '三つ目']]) {
        const item = await addItem(s, 'ws-obstacles', n);
        await s.keys(text);
        assert.equal(await value(s, `${item} textarea[id$=-when]`), text);
      }
      const order = () => s.run("return [...document.querySelectorAll('#ws-obstacles textarea[id$=-when]')].map(t => t.value)");
      // Move the first one down: the button keeps the focus, so Enter moves it again.
      await s.click('#ws-obstacles .items > li:nth-child(1) .item-controls button:nth-child(2)');
      await s.waitUntil(async () => (await order()).join() === '二つ目,一つ目,三つ目', 5000, 'moved down once');
      // The status line says where it went (a screen reader hears it).
      assert.equal(await s.run("return document.querySelector('.list-status[role=status]').textContent"), 'つまずき 1を2番目に移しました。');
      // The moved buttons are put back on the page, and the focus with them, in the next frame.
      await s.waitUntil(async () => /下へ移動/.test(await s.run('return document.activeElement.getAttribute("aria-label") || ""')), 5000, 'focus back on the button');
      await s.keys('\uE007');
      await s.waitUntil(async () => (await order()).join() === '二つ目,三つ目,一つ目', 5000, 'moved down twice');
      // Delete the middle one; Undo, under the same list, takes the focus and puts it back
      // where it was.
      await s.click('#ws-obstacles .items > li:nth-child(2) .item-controls button.danger');
      await s.waitUntil(async () => (await order()).join() === '二つ目,一つ目', 5000, 'deleted');
      assert.equal(await s.text('#ws-obstacles .undo-row span'), 'つまずき 2を削除しました。');
      assert.equal(await s.run("return document.querySelector('.list-status').textContent"), 'つまずき 2を削除しました。');
      await s.waitUntil(async () => (await s.run('return document.activeElement.textContent')) === '元に戻す', 5000, 'focus on Undo');
      assert.equal(await s.run("return document.querySelector('#ws-obstacles').contains(document.activeElement)"), true,
        'Undo is where the person was, under the list, not at the end of the page');
      assert.equal(await s.run('return document.activeElement.nextElementSibling?.className ?? document.activeElement.parentElement.nextElementSibling.className'), 'add',
        'the next Tab goes on to the list\'s add button');
      await s.keys('\uE007');
      await s.waitUntil(async () => (await order()).join() === '二つ目,三つ目,一つ目', 5000, 'put back');
      assert.equal(await s.run("return document.querySelector('.list-status').textContent"), '元に戻しました。');
      assert.equal((await s.findAll('.undo-row')).length, 0, 'the row goes with the undo');
      await s.waitUntil(() => s.run("return document.querySelector('#ws-obstacles .items > li:nth-child(2)').contains(document.activeElement)"),
        5000, 'focus on the item put back');
      await s.waitUntil(async () => (await saved(s)).worksheet.obstacles.map((o) => o.when).join() === '二つ目,三つ目,一つ目', 5000, 'the order saved');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says under the add button, not only to a screen reader, while a list is full and takes no more', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({ version: 5, settings: {},
        worksheet: { obstacles: Array.from({ length: 500 }, (_, i) => ({ id: i + 1, when: 'もし' + i, then: '', shared: true })) } }))`);
      await s.open(at('/worksheet'));
      await s.reload();
      await s.waitUntil(async () => (await count(s, '#ws-obstacles .items > li')) === 500, 15000, 'the 500 obstacles');
      const noteShown = () => s.run("return document.querySelector('#ws-obstacles .list-full').checkVisibility()");
      assert.equal(await noteShown(), true, 'said while the list is full');
      assert.equal(await s.text('#ws-obstacles .list-full'), 'これ以上は追加できません（1つの一覧に500件まで）。');
      await s.click('#ws-obstacles button.add');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await count(s, '#ws-obstacles .items > li'), 500);
      // One deleted, there is room again, and the note goes.
      await s.click('#ws-obstacles .items > li:nth-child(1) .item-controls button.danger');
      await s.waitUntil(async () => !(await noteShown()), 5000, 'the note gone');
      // The other lists are not full.
      assert.equal(await s.run("return document.querySelector('#ws-actions .list-full').checkVisibility()"), false);
    }));

  it('says above the sheet which shared actions do not pass yet, with the way back to them, and not on paper', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.type('#ws-vision-doing', VISION);
      const first = await addItem(s, 'ws-actions', 1);
      await s.type(`${first} textarea`, PASSING);
      const second = await addItem(s, 'ws-actions', 2);
      await s.type(`${second} textarea`, ATTITUDE);
      // Ready, thanks to the first; the second is named on a line of its own, never ticked.
      await s.waitUntil(async () => /面談の準備ができています/.test(await s.text('.readiness-verdict')), 5000, 'ready');
      await s.waitUntil(async () => (await s.text('.readiness .failing-actions')) === '– まだ二つの基準を満たしていないのは、行動2です（シートに載せる前に見直しましょう）',
        5000, 'the failing action named');
      assert.equal(await s.run("return document.querySelector('.readiness .failing-actions').className"), 'not-met failing-actions');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.text('.sheet-preview')).includes(ATTITUDE), 5000, 'the sheet');
      assert.equal(await s.text('.sheet-failing'),
        'このシートの行動のうち、2番はまだ二つの基準を満たしていません。面談の前にワークシートで書き直すか、「自分だけ」にしてシートから外しておきましょう。 ワークシートの行動へ');
      assert.deepEqual(await seriousViolations(s), [], 'axe with the note');
      // A start still to settle, in the sheet's plain weight: the dates stand out, it does not.
      const weights = await s.run("return [...document.querySelectorAll('.sheet-start')].map((e) => [e.textContent, getComputedStyle(e).fontWeight])");
      assert.deepEqual(weights.map(([, w]) => w), ['700', '400'], JSON.stringify(weights));
      assert.equal(weights[1][0], '（いつから何を始めるか：これから決める）');
      // Not on paper, and not above the private copy, which is the person's own.
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.equal(await s.run("return document.querySelector('.sheet-failing').getClientRects().length"), 0, 'not printed');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      await s.click('#sheet-scope-everything');
      await s.waitUntil(async () => (await s.findAll('.sheet-failing')).length === 0, 5000, 'none above the private copy');
      await s.click('#sheet-scope-shared');
      await s.waitUntil(async () => (await s.findAll('.sheet-failing')).length === 1, 5000, 'back');
      // The link leads to the actions; kept to oneself, the action leaves the sheet and the note goes.
      await s.click('.sheet-failing a');
      await s.waitUntil(async () => (await s.run('return document.activeElement.id')) === 'ws-actions-heading', 5000, 'the actions section');
      await s.click(`${second} input[name$=-share][value=private]`);
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.text('.sheet-preview')).includes(PASSING), 5000, 'the sheet again');
      assert.equal(await s.findAll('.sheet-failing').then((l) => l.length), 0, 'no note once it is off the sheet');
      assert.ok(!(await s.text('.sheet-preview')).includes(ATTITUDE));
      // The rehearsal, the person's own, still holds it, marked as not passing yet.
      await s.open(at('/rehearsal'));
      await s.waitUntil(async () => (await s.findAll('.question')).length === 7, 5000, 'the rehearsal');
      const lines = await s.run("return [...document.querySelectorAll('.question li')].filter((li) => li.textContent.includes(arguments[0]) || li.textContent.includes(arguments[1])).map((li) => li.textContent)", ATTITUDE, PASSING);
      assert.deepEqual(lines, [PASSING, `${ATTITUDE} 自分だけ まだ二つの基準を満たしていません`]);
      assert.deepEqual(await seriousViolations(s), [], 'axe on the rehearsal with the mark');
    }));

  it('keeps a private entry off the sheet, in the preview and on paper, and prints one A4 page', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      await fillEverything(s);
      const action = '#ws-actions .items > li:nth-child(1)';
      await s.type(`${action} textarea`, '\uE009a\uE009\uE003');
      await s.type(`${action} textarea`, PASSING);
      // The vision is shared by default; keep the support to myself.
      assert.equal(await checked(s, 'input[name=ws-vision-share][value=shared]'), true);
      assert.equal(await checked(s, '#ws-moments input[name$=-share][value=private]'), true, 'moments start private');
      await s.click('input[name=ws-support-text-share][value=private]');
      await s.waitUntil(async () => (await saved(s)).worksheet.support.shared === false, 5000, 'support private');
      // The overview says what of each section is shared, without scrolling through them.
      const sharingOf = (letter) => s.run(`return [...document.querySelectorAll('.section-map li')]
        .find((li) => li.textContent.startsWith(arguments[0]))?.querySelector('.share-chip')?.textContent ?? null`, letter);
      assert.equal(await sharingOf('j.'), '自分だけ');
      assert.equal(await sharingOf('f.'), '共有');
      assert.equal(await sharingOf('a.'), null, 'the interview has no share choice');

      await s.click('.next-steps a[href="#/sheet"]');
      await s.waitUntil(async () => (await s.text('h1')) === '面談準備シート', 5000, 'the sheet');
      const preview = await s.text('.sheet');
      assert.match(preview, new RegExp(VISION));
      assert.match(preview, /12月1日までに英会話スクールに申し込んで/);
      // A deadline to begin by is printed as one.
      assert.match(preview, /（開始：\d{4}年12月1日\(.\)までに）/);
      assert.match(preview, /50歳節目面談/);
      for (const secret of [PRIVATE_MOMENT, CONFIDENTIAL, '研修に出る時間']) {
        assert.ok(!preview.includes(secret), `the preview leaves out «${secret}»`);
      }
      // On paper: only the sheet is printed, and it holds what the preview holds.
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      const rendered = (selectors) => s.run('return arguments[0].map(q => document.querySelector(q).getClientRects().length > 0)', selectors);
      assert.deepEqual(await rendered(['.site-header', '.sheet-controls', '.site-footer']), [false, false, false]);
      const printed = await s.run("return document.querySelector('main').innerText");
      assert.match(printed, new RegExp(VISION));
      for (const secret of [PRIVATE_MOMENT, CONFIDENTIAL, '研修に出る時間']) {
        assert.ok(!printed.includes(secret), `the printed page leaves out «${secret}»`);
      }
      // The line for the interviewer goes to a second page only with the part before it
      // (a returning employee's April sheet had put it alone on page 2).
      assert.equal(await s.run("return getComputedStyle(document.querySelector('.sheet-guide')).breakBefore"), 'avoid');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      assert.equal(pdfPageCount(await s.printPdf()), 1, 'the shared sheet fits one A4 page');
      assert.deepEqual(await seriousViolations(s), [], 'axe on the sheet');

      // The full private copy holds everything, and says it is private.
      await s.click('#sheet-scope-everything');
      await s.waitUntil(async () => (await s.text('.sheet')).includes(CONFIDENTIAL), 5000, 'the private copy');
      assert.match(await s.text('.sheet'), new RegExp(PRIVATE_MOMENT));
      assert.match(await s.text('.warning'), /人に渡さないでください/);
      // On itself too, with each entry kept to oneself marked, on the screen and on paper.
      assert.match(await s.text('.private-band'), /^自分用の控えです。面談の相手には渡さないでください。/);
      const marked = () => s.run(`return [...document.querySelectorAll('.sheet h3, .sheet li')]
        .filter((e) => e.querySelector(':scope > .private-mark')).map((e) => e.textContent)`);
      const marks = await marked();
      assert.ok(marks.some((m) => /^望む支援 ［自分だけ］$/.test(m)), `the support marked: ${marks}`);
      assert.ok(marks.some((m) => m.includes(PRIVATE_MOMENT) && m.endsWith('［自分だけ］')), `the private moment marked at the end of its line: ${marks}`);
      assert.ok(!marks.some((m) => /ビジョン/.test(m)), 'the shared vision not marked');
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.deepEqual(await rendered(['.private-band', '.sheet .private-mark']), [true, true]);
      // Its double frame on paper has room inside it: the text does not touch the frame.
      assert.ok(await s.run("return parseFloat(getComputedStyle(document.querySelector('.sheet')).paddingLeft) >= 6"),
        'room inside the own copy\'s frame on paper');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });

      // The worksheet itself printed from the browser's menu says on the paper what it
      // holds, and its overview keeps the names of the sections.
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the worksheet');
      assert.deepEqual(await rendered(['.print-warning']), [false], 'not on the screen');
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.deepEqual(await rendered(['.print-warning', '.section-map button']), [true, true]);
      assert.match(await s.run("return document.querySelector('.print-warning').innerText"), /「自分だけ」の項目と「伝えてほしくないこと」も入っています/);
      assert.match(await s.run("return document.querySelector('.section-map').innerText"), /^a\. /);
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });

      // The rehearsal: every question answered, none a gap.
      await s.open(at('/rehearsal'));
      await s.waitUntil(async () => (await s.text('h1')) === '面談の練習', 5000, 'the rehearsal');
      assert.match(await s.text('.rehearsal-gaps'), /答えのない質問：0問（全7問）/);
      assert.equal(await s.findAll('.ja-question').then((l) => l.length), 0, 'in Japanese, once');
      // Every entry is there to practise, and those kept to oneself say so.
      const moment = await s.run(`return [...document.querySelectorAll('.answer li')].find((li) => li.textContent.includes(arguments[0]))?.textContent`, PRIVATE_MOMENT);
      assert.match(moment, /自分だけ$/);
      const vision = await s.run(`return [...document.querySelectorAll('.answer li')].find((li) => li.textContent.includes(arguments[0]))?.textContent`, VISION);
      assert.doesNotMatch(vision, /自分だけ/);
      // To practise aloud, the answers fold away; each opens again on its own.
      const open = () => s.run("return [...document.querySelectorAll('.answer details')].map((d) => d.open)");
      assert.ok((await open()).every(Boolean), 'answers shown');
      await s.click('#hide-answers');
      await s.waitUntil(async () => (await open()).every((o) => !o), 5000, 'answers hidden');
      assert.equal(await s.run("return document.querySelector('.answer details ul').checkVisibility()"), false, 'not on the screen');
      await s.click('.answer details summary');
      await s.waitUntil(async () => (await open())[0] === true, 5000, 'one opened');
      assert.ok((await open()).slice(1).every((o) => !o), 'the others stay folded');
      await s.click('#hide-answers');
      await s.waitUntil(async () => (await open()).every(Boolean), 5000, 'answers shown again');
      assert.match(await s.text('.questions'), new RegExp(VISION));
      assert.deepEqual(await seriousViolations(s), [], 'axe on the rehearsal');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('opens where the person was after a reload, as a phone reloads a tab it had put away (390 px)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      await s.run("document.querySelector('#ws-confidential').scrollIntoView()");
      const before = await s.run('return Math.round(scrollY)');
      assert.ok(before > 2000, `far down the worksheet: ${before}`);
      await s.reload();
      await s.waitUntil(async () => Math.abs((await s.run('return Math.round(scrollY)')) - before) <= 2, 5000, 'back where it was');
      // From the end of any section, one button back to the overview at the top.
      await s.click('#ws-confidential .to-overview button');
      await s.waitUntil(() => s.run("return document.activeElement.id === 'readiness-heading'"), 5000, 'the overview focused');
      assert.ok((await s.run('return Math.round(scrollY)')) < before / 2, 'and in view');
      // Another screen opens at its top, as a new screen does.
      await s.open(at('/check'));
      await s.waitUntil(() => s.run("return !!document.querySelector('#commitment-text')"), 5000, 'the check screen');
      assert.equal(await s.run('return scrollY'), 0);
    }));

  it('grows a box with what is written, so no line is hidden above the third (390 px)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      const box = () => s.run(`const t = document.querySelector('#ws-vision-doing');
        return { height: t.clientHeight, content: t.scrollHeight }`);
      const empty = await box();
      assert.ok(empty.height >= 60, `an empty box still shows its rows: ${empty.height} px`);
      await s.type('#ws-vision-doing', Array.from({ length: 7 }, (_, i) => `${i + 1}行目：${VISION}`).join('\n'));
      await s.waitUntil(async () => (await box()).height > 2 * empty.height, 5000, 'the box grown');
      const full = await box();
      assert.ok(full.content <= full.height + 1, `every line in view: ${full.content} px of text in ${full.height} px`);
      // Up to most of the screen; past that it scrolls rather than pushing the page away.
      await s.type('#ws-vision-doing', '\n'.repeat(60));
      await s.waitUntil(async () => (await box()).content > (await box()).height, 5000, 'scrolling inside');
      assert.ok((await box()).height <= 0.7 * 844 + 1);
    }));

  it('gives each autonomy condition rated "partly" or "not yet" a next step that follows what is already written', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      await s.click('input[name=ws-autonomy-vision][value=partly]');
      await s.click('input[name=ws-autonomy-acting][value=not_yet]');
      const steps = () => s.run("return [...document.querySelectorAll('.next-steps-list li')].map((li) => li.textContent)");
      await s.waitUntil(async () => (await steps()).length === 2, 5000, 'two steps');
      assert.match((await steps())[0], /「ビジョン」に、数年後にしていることを書いてみましょう/);
      assert.match((await steps())[1], /「行動」に、二つの基準を満たす行動を一つ書きましょう/);
      await s.type('#ws-vision-doing', VISION);
      const action = await addItem(s, 'ws-actions', 1);
      await s.type(`${action} textarea`, PASSING);
      await s.waitUntil(async () => /ビジョンは書けています/.test((await steps())[0] ?? ''), 5000, 'the vision written');
      await s.waitUntil(async () => /二つの基準を満たす行動は書けています/.test((await steps())[1] ?? ''), 5000, 'the action written');
    }));

  it('prints the sheet in larger type when the person chooses it, in the preview too, and remembers the choice', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      await fillEverything(s);
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.text('h1')) === '面談準備シート', 5000, 'the sheet');
      const size = (selector) => s.run('return getComputedStyle(document.querySelector(arguments[0])).fontSize', selector);
      // 10.5 pt is 14 px; 12.5 pt is 16.67 px.
      assert.equal(await size('.sheet'), '14px', 'the usual type');
      assert.equal(await checked(s, '#sheet-large-type'), false);
      assert.equal(await s.text('#sheet-large-type-help'), '本文を10.5ポイントから12.5ポイントに大きくします。見本も同じ大きさになります。2枚以上になることがあります。');
      const before = pdfPageCount(await s.printPdf());
      await s.click('#sheet-large-type');
      await s.waitUntil(async () => (await saved(s)).worksheet.sheet_large_type === true, 5000, 'the choice saved');
      assert.match(await size('.sheet'), /^16\.66/, 'larger in the preview');
      assert.match(await size('.sheet h3'), /^17\.33/, 'headings too');
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.match(await size('.sheet'), /^16\.66/, 'larger on paper');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      const after = pdfPageCount(await s.printPdf());
      assert.ok(after >= before && after <= before + 1, `pages: ${before} then ${after}`);
      assert.deepEqual(await seriousViolations(s), []);
      // Kept: the next visit prints the same way.
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.sheet.large-type')).length === 1, 5000, 'still larger after a reload');
      assert.equal(await checked(s, '#sheet-large-type'), true);
      // By keyboard, and back to the usual type: the saved text is as it was.
      await s.run("document.querySelector('#sheet-large-type').focus()");
      await s.keys('\uE00D');
      await s.waitUntil(async () => !('sheet_large_type' in (await saved(s)).worksheet), 5000, 'unchosen, left out of the saved text');
      assert.equal(await size('.sheet'), '14px');
      // In English.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('h1')) === 'Interview preparation sheet', 5000, 'English');
      assert.equal(await s.text('label:has(#sheet-large-type)'), 'Print in larger type');
    }));

  it('meets a vision that does not know yet with encouragement, and an attitude with the nudge towards something seen', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      const hint = '#ws-vision .hint';
      await s.type('#ws-vision-doing', 'わからない。銀行にいるかもわからない');
      await s.waitUntil(async () => (await s.text(hint)).startsWith('まだ分からなくて大丈夫です。今の会社にいるかどうかは決めずに、数年後のある平日を思い浮かべてみましょう。'), 5000, 'encouragement');
      await s.run("const f = document.querySelector('#ws-vision-doing'); f.value = ''; f.dispatchEvent(new InputEvent('input', { bubbles: true }));");
      await s.type('#ws-vision-doing', '成長し続けたい');
      await s.waitUntil(async () => (await s.text(hint)) === 'これは姿勢や心がけのように読めます。そのとき何をしているか、見て分かる形で書いてみましょう。', 5000, 'the attitude nudge');
      await s.run("const f = document.querySelector('#ws-vision-doing'); f.value = ''; f.dispatchEvent(new InputEvent('input', { bubbles: true }));");
      await s.type('#ws-vision-doing', 'Not sure yet.');
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text(hint)).startsWith('It is fine not to know yet.'), 5000, 'in English');
      await s.waitUntil(async () => (await saved(s)).worksheet.vision.doing === 'Not sure yet.', 5000, 'kept');
    }));

  it('names on the sheet, before it goes out, a topic people often keep from their manager, with the way to its section', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      await s.type('#ws-vision-doing', '銀行はやめて、転職して市役所で働いているかも');
      await s.waitUntil(async () => (await saved(s))?.worksheet?.vision?.doing?.includes('転職'), 5000, 'saved');
      await s.open(at('/sheet'));
      const note = '#sheet-sensitive';
      await s.waitUntil(async () => (await s.findAll(`${note} li`)).length === 1, 5000, 'the note');
      assert.equal(await s.text(`${note} li`), 'f. ビジョン：「転職」');
      assert.match(await s.text(note), /^共有する項目に、上司に伝わると気になるかもしれない言葉があります/);
      assert.equal(await s.run('return document.querySelector(arguments[0] + " a").getAttribute("href")', note), '#/worksheet?s=ws-vision');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^What you share names topics you may not want to reach your manager/.test(await s.text(note)), 5000, 'in English');
      // Kept to oneself, it is off the sheet and the note goes.
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, 'input[name=ws-vision-share][value=private]')) === 1, 5000, 'the choice');
      await s.click('input[name=ws-vision-share][value=private]');
      await s.waitUntil(async () => (await saved(s)).worksheet.vision.shared === false, 5000, 'kept to oneself');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.findAll('h1')).length === 1, 5000, 'the sheet');
      assert.equal((await s.findAll(note)).length, 0);
    }));

  it('says in d, f and i, whose entries start shared, who reads them (in full once, then “here too”): the manager plainly when they conduct it, the summary otherwise', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      const notes = () => s.run("return ['ws-values', 'ws-vision', 'ws-actions'].map((id) => { const p = document.querySelector(`#${id} [data-notice=reach]`); return [p.className, p.textContent]; })");
      // d. says it in full; f. and i. say "here too" in one line, not the same words again.
      const [full, ...too] = await notes();
      assert.match(full[0], /\bhelp\b/);
      assert.equal(full[1], '共有した項目は、面談のあとの要約を通じて上司に伝わることがあります。転職のこと、介護や子育てなど家族のこと、健康、お金、働き方の迷いなどは「自分だけ」にしておき、面談で話すかどうかをその場で決めることもできます。');
      for (const [className, text] of too) {
        assert.match(className, /\bhelp\b/);
        assert.equal(text, 'ここも、共有した項目は面談のあとの要約を通じて上司に伝わることがあります。');
      }
      assert.equal(await count(s, '[data-notice=reach]'), 3, 'only where entries start shared');
      // An executive above the manager is chosen here too (a 部長 was unsure, 2026-12-05).
      assert.equal(await s.run("const input = document.querySelector('input[name=ws-interviewer][value=manager]'); return (input.closest('label') || document.querySelector('label[for=\"' + input.id + '\"]')).textContent.trim()"), '上司（上司の上司や役員も）');
      await s.click('input[name=ws-interviewer][value=manager]');
      await s.waitUntil(async () => (await notes()).every(([className]) => /\bwarning\b/.test(className)), 5000, 'a warning');
      const [manager, ...managerToo] = (await notes()).map(([, text]) => text);
      assert.equal(manager, '面談の相手は上司です。「面談で共有する」にした項目は、上司がシートでそのまま読みます。転職のこと、介護や子育てなど家族のこと、健康、お金、働き方の迷い（雇用形態や転勤など）のうち、上司に知られたくないことは「自分だけ」にしておきましょう。');
      assert.deepEqual(managerToo, Array(2).fill('ここも、「面談で共有する」のままの項目は上司がシートでそのまま読みます。上司に知られたくないことは「自分だけ」にしておきましょう。'));
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^Your manager conducts this interview: what you mark "Shared with the interviewer" here, your manager reads on the sheet as you wrote it\./.test((await notes())[0][1]), 5000, 'in English');
      assert.match((await notes())[1][1], /^Here too, what stays "Shared with the interviewer" your manager reads on the sheet as you wrote it\./);
      await s.click('input[name=ws-interviewer][value=hr]');
      await s.waitUntil(async () => /^What you share may reach your manager through the summary written after the interview\./.test((await notes())[0][1]), 5000, 'HR: the summary');
      assert.equal((await notes())[2][1], 'Here too, what you share may reach your manager through the summary written after the interview.');
    }));

  it('puts what must not be passed on first on the sheet, framed and marked for the summary, only when the person chooses to', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      await s.type('#ws-vision-doing', VISION);
      await s.type('#ws-confidential-text', CONFIDENTIAL);
      const choices = await s.run("return [...document.querySelectorAll('#ws-confidential .share label')].map((l) => l.textContent.trim())");
      assert.deepEqual(choices, ['シートの最初に載せる', 'シートに載せない']);
      assert.equal(await checked(s, 'input[name=ws-confidential-text-share][value=private]'), true, 'left off by default');
      assert.equal(await s.text('[data-notice=confidential-on-sheet]'), '');
      await s.click('input[name=ws-confidential-text-share][value=shared]');
      await s.waitUntil(async () => (await saved(s)).worksheet.confidential.shared === true, 5000, 'shared');
      // Who will read it is said beside the choice, plainly for a 1on1, where the
      // interviewer is the manager.
      assert.match(await s.text('[data-notice=confidential-on-sheet]'), /担当者があなたの上司なら、ここに書いたことも上司に伝わります/);
      // A career interview the manager conducts: said plainly, with either choice, and kept.
      assert.deepEqual(await s.run("return [...document.querySelectorAll('#ws-interview .interviewer label')].map((l) => l.textContent.trim())"),
        ['上司（上司の上司や役員も）', '人事・社内のキャリア相談の担当者', '社外のキャリアコンサルタント', 'まだ分からない']);
      assert.equal(await checked(s, 'input[name=ws-interviewer][value=unknown]'), true, 'not known until said');
      await s.click('input[name=ws-interviewer][value=manager]');
      await s.waitUntil(async () => (await saved(s)).worksheet.interview.interviewer === 'manager', 5000, 'saved');
      await s.waitUntil(async () => /^面談の相手は上司です。ここに書いたことは、シートに載せても口頭で話しても上司に伝わります/.test(await s.text('[data-notice=confidential-on-sheet]')), 5000, 'the manager warning');
      await s.click('input[name=ws-confidential-text-share][value=private]');
      await s.waitUntil(async () => (await saved(s)).worksheet.confidential.shared === false, 5000, 'left off');
      assert.match(await s.text('[data-notice=confidential-on-sheet]'), /^面談の相手は上司です。/, 'with either choice');
      await s.reload();
      await s.waitUntil(async () => (await checked(s, 'input[name=ws-interviewer][value=manager]')) === true, 5000, 'kept through a reload');
      assert.match(await s.text('[data-notice=confidential-on-sheet]'), /^面談の相手は上司です。/);
      // HR conducts it: the sheet's reader only, once it is on the sheet.
      await s.click('input[name=ws-interviewer][value=hr]');
      await s.waitUntil(async () => (await s.text('[data-notice=confidential-on-sheet]')) === '', 5000, 'nothing to say while off the sheet');
      await s.click('input[name=ws-confidential-text-share][value=shared]');
      await s.waitUntil(async () => /担当者があなたの上司なら/.test(await s.text('[data-notice=confidential-on-sheet]')), 5000, 'the sheet reader');
      // A one-on-one is the manager's, unless the person says another conducts it.
      await s.run("const k = document.querySelector('#ws-interview-kind'); k.value = 'one_on_one'; k.dispatchEvent(new Event('change', { bubbles: true }));");
      await s.waitUntil(async () => (await saved(s)).worksheet.interview.kind === 'one_on_one', 5000, 'the kind saved');
      assert.match(await s.text('[data-notice=confidential-on-sheet]'), /担当者があなたの上司なら/, 'HR said: the sheet reader still');
      await s.click('input[name=ws-interviewer][value=unknown]');
      await s.waitUntil(async () => /1on1の相手は上司です。ここに書いたことは、シートに載せても口頭で話しても上司に伝わります/.test(await s.text('[data-notice=confidential-on-sheet]')), 5000, 'the 1on1 warning');
      // In a 1on1 it is said with either choice: spoken, it reaches the manager too.
      await s.click('input[name=ws-confidential-text-share][value=private]');
      await s.waitUntil(async () => (await saved(s)).worksheet.confidential.shared === false, 5000, 'left off');
      assert.match(await s.text('[data-notice=confidential-on-sheet]'), /1on1の相手は上司です。/);
      assert.match(await s.text('#ws-confidential'), /面談の相手が上司本人なら、話したことは上司に伝わります。/);
      await s.click('input[name=ws-confidential-text-share][value=shared]');
      await s.waitUntil(async () => (await saved(s)).worksheet.confidential.shared === true, 5000, 'shared again');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.text('.sheet')).includes(CONFIDENTIAL), 5000, 'on the sheet');
      const first = await s.run("const p = document.querySelector('.sheet .sheet-part'); return [p.className, p.innerText]");
      assert.match(first[0], /sheet-confidential/, 'the first part');
      // Read by the manager themself: no summary for the manager to keep it out of.
      assert.match(first[1], /面談の初めにお伝えします。この内容は、ほかの方には伝えないでください。/);
      assert.match(first[1], new RegExp(CONFIDENTIAL));
      // A 1on1: the manager reads this sheet. Said above it before it is printed or copied
      // (not on paper), with the way back to section k.
      const toManager = '.sheet-controls .sheet-confidential-manager';
      assert.equal(await s.text(`${toManager} p`), '1on1の相手は上司です。このシートの最初に「伝えてほしくないこと」が載っていて、上司がそのまま読みます。上司に渡すシートに載せてよいか、印刷やコピーの前に確かめてください。');
      assert.equal(await s.run('return document.querySelector(arguments[0] + " a").getAttribute("href")', toManager), '#/worksheet?s=ws-confidential');
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.equal(await s.run('return document.querySelector(arguments[0]).getClientRects().length', toManager), 0, 'not on paper');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /please do not pass this on to anyone else/.test(await s.text('.sheet-confidential')), 5000, 'English');
      assert.match(await s.text(`${toManager} p`), /^In a one-on-one you talk to your manager, and "What must not be passed on" is at the top of this sheet/);
      assert.deepEqual(await seriousViolations(s), []);
      // The link leads back to section k. Said to be the manager's: the interview's words.
      await s.click(`${toManager} a`);
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'ws-confidential-heading'"), 5000, 'section k');
      await s.click('input[name=ws-interviewer][value=manager]');
      await s.waitUntil(async () => (await saved(s)).worksheet.interview.interviewer === 'manager', 5000, 'the manager');
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => /^Your manager conducts this interview, and/.test(await s.text(`${toManager} p`)), 5000, 'the manager\'s words');
      // Said to be HR's interview: no warning.
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('input[name=ws-interviewer][value=hr]')).length === 1, 5000, 'the worksheet');
      await s.click('input[name=ws-interviewer][value=hr]');
      await s.waitUntil(async () => (await saved(s)).worksheet.interview.interviewer === 'hr', 5000, 'HR');
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-confidential')).length === 1, 5000, 'the sheet again');
      assert.equal((await s.findAll(toManager)).length, 0, 'no warning for HR');
      // HR reads it, and keeps it out of the summary for the manager.
      assert.match(await s.text('.sheet-confidential'), /keep this out of the summary for my manager/);
    }));

  it('ends the shared sheet with where the interviewer reads how to read it, when the site is on a server', () =>
    withSession({ lang: 'ja', hosts: ['intranet.example'] }, async (s) => {
      const notebook = readFileSync('tests/host/fixtures/document-v5.json', 'utf8');
      const site = fixture.server.url.replace('127.0.0.1', 'intranet.example');
      await s.open(`${site}#/sheet`);
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", notebook);
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.sheet-guide')).length === 1, 5000, 'the guide\'s line');
      assert.equal(await s.text('.sheet-guide'), `面談をする方へ：このシートには、本人が共有すると決めたことだけが載っています。シートの読み方と面談で聞くことは、${site}#/guide にまとめています。`);
      // The address opens the guide.
      await s.open(`${site}#/guide`);
      await s.waitUntil(async () => (await s.text('h1')) === '面談をする方へ', 5000, 'the guide');
      // Not on the private copy, which goes to no interviewer.
      await s.open(`${site}#/sheet`);
      await s.waitUntil(async () => (await s.findAll('.sheet-guide')).length === 1, 5000, 'the shared sheet again');
      await s.click('#sheet-scope-everything');
      await s.waitUntil(async () => (await s.findAll('.sheet-guide')).length === 0, 5000, 'none on the private copy');
    }));

  it('leaves the address of the guide off a sheet served from this computer alone, which no interviewer can open, and still says what the sheet holds and where the guide is', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/sheet'));
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", readFileSync('tests/host/fixtures/document-v5.json', 'utf8'));
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.sheet-anchors li')).length > 0, 5000, 'the sheet');
      assert.equal(await s.text('.sheet-guide'), '面談をする方へ：このシートには、本人が共有すると決めたことだけが載っています。シートの読み方と面談で聞くことは、このアプリの「面談をする方へ」にまとめています。');
      assert.doesNotMatch(await s.text('.sheet-guide'), /http/);
      // The weights of the gains and losses say what they are.
      const gains = await s.run("return [...document.querySelectorAll('.sheet-part')].find(p => p.querySelector('h3')?.textContent === '得るもの・失うもの')?.innerText ?? ''");
      assert.match(gains, /＋ 若手が早く独り立ちする \(5\)/);
      assert.match(gains, /かっこ内の数字は、本人にとっての大きさです（1〜5）。/);
      // The guide says how to read them, and that the self-rating is no appraisal.
      await s.open(at('/guide'));
      await s.waitUntil(async () => (await s.text('h1')) === '面談をする方へ', 5000, 'the guide');
      assert.match(await s.text('main'), /数字を足し合わせて本人の気持ちを決めつけないでください。「キャリア自律の自己チェック」も本人が自分で付けたもので、人事評価の材料にするものではありません。/);
    }));

  it('speaks to the manager who reads the sheet: what the anchors mean, whose sheet each page is, a self-rating said before it is shared', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/'));
      // A result (TF on top, the others tied), a worksheet for a 50-year milestone interview,
      // the self-check rated and kept to oneself, no name.
      const notebook = JSON.parse(readFileSync('tests/host/fixtures/document-v5.json', 'utf8'));
      notebook.worksheet.interview.interviewer = 'manager';
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", JSON.stringify(notebook));
      await s.run("location.hash = '#/sheet'");
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.sheet-anchors li')).length > 0, 5000, 'the sheet');
      // Each anchor with what it means, and what an anchor is not.
      const first = await s.run("return document.querySelector('.sheet-anchors li').textContent");
      assert.equal(first, '専門・職能別コンピタンス：専門分野で腕を磨き、生かし続けたい');
      const lines = await s.run("return [...document.querySelectorAll('.sheet-anchors li .sheet-gloss')].map((e) => e.textContent)");
      assert.ok(lines.includes('：仕事と家庭・自分の時間のバランスを大切にしたい'), `生活様式 explained: ${lines}`);
      assert.match(await s.text('.sheet'), /アンカーは、働くうえで大切にしたいことです。能力や意欲の高さを表すものではなく/);
      // No name yet: said above the sheet, not on it.
      assert.match(await s.text('[data-notice=no-name]'), /^氏名・所属の欄が空なので、シートに名前は載りません。/);
      assert.match(await s.text('.sheet-controls'), /見出しと日付が英語になります/);
      assert.equal(await s.text('.sheet-controls .help span[lang=en]'), 'English');
      await s.type('#sheet-name', '佐々木 一郎（営業管理課）');
      await s.waitUntil(async () => (await s.text('[data-notice=no-name]')) === '', 5000, 'the note gone with a name');
      // On paper, every page's foot says whose sheet it is and which page of how many; a
      // sheet made long enough for two pages.
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('#ws-values-text')).length === 1, 5000, 'the worksheet');
      await s.run("const f = document.querySelector('#ws-values-text'); f.value = arguments[0]; f.dispatchEvent(new Event('input', { bubbles: true }));",
        '家族との時間を大切にしたい。'.repeat(180));
      await s.waitUntil(async () => (await saved(s)).worksheet.values.text.length > 2000, 5000, 'the long values saved');
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-anchors li')).length > 0, 5000, 'the sheet again');
      const pdf = await s.printPdf();
      const dir = mkdtempSync(join(tmpdir(), 'jiritsu-sheet-'));
      try {
        writeFileSync(join(dir, 'sheet.pdf'), pdf);
        const pages = pdfPageCount(pdf);
        assert.ok(pages >= 2, `two pages or more: ${pages}`);
        const text = execFileSync('pdftotext', ['-layout', join(dir, 'sheet.pdf'), '-'], { encoding: 'utf8' });
        const feet = text.split('\f').filter((page) => page.trim()).map((page) => page.trim().split('\n').at(-1));
        assert.equal(feet.length, pages);
        feet.forEach((foot, index) => {
          assert.match(foot, /^佐々木 一郎（営業管理課）\s+面談準備シート\s+/, `page ${index + 1}'s foot: ${foot}`);
          assert.match(foot, new RegExp(`${index + 1}\\s*/\\s*${pages}$`), `page ${index + 1} of ${pages}: ${foot}`);
        });
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
      // The foot is the sheet's alone: leaving the screen takes it away.
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('#ws-autonomy-heading')).length === 1, 5000, 'the worksheet');
      assert.equal(await s.run("return document.documentElement.style.getPropertyValue('--sheet-page-foot')"), '');
      // The manager conducts it: sharing the self-rating of one's results is said first.
      assert.equal(await s.text('[data-notice=autonomy-to-manager]'), '');
      await s.click('input[name=ws-autonomy-share][value=shared]');
      await s.waitUntil(async () => /^面談の相手は上司です。共有すると、この自己チェックを上司がそのまま読みます。/.test(await s.text('[data-notice=autonomy-to-manager]')), 5000, 'the note on sharing the self-rating');
      await s.click('input[name=ws-interviewer][value=hr]');
      await s.waitUntil(async () => (await s.text('[data-notice=autonomy-to-manager]')) === '', 5000, 'none when HR conducts it');
      assert.match(await s.text('#ws-support'), /面談のあと上司に要約が伝わる仕組みなら、面談の相手が上司でなくても、ここに書いた支援も伝わります。仕組みは面談の初めに確かめましょう。/);
      // Whether a summary is written, and who reads it, is asked, not promised.
      assert.match(await s.text('#ws-confidential'), /要約を書くのか、書くなら誰が読むのかを確かめて/);
      assert.doesNotMatch(await s.text('#ws-confidential'), /要約には入りません/);
      assert.deepEqual(await seriousViolations(s), []);
      // English: the anchors' meanings, and the note on the language of the headings.
      await s.click('.lang-switch button[lang=en]');
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-anchors li')).length > 0, 5000, 'the English sheet');
      assert.equal(await s.run("return document.querySelector('.sheet-anchors li').textContent"),
        'Technical/functional competence (専門・職能別コンピタンス): wants to deepen their expertise and keep using it');
      assert.match(await s.text('.sheet-controls'), /switch to "日本語" at the top of the screen before printing/);
      assert.equal(await s.text('.sheet-controls .help span[lang=ja]'), '日本語', 'read in a Japanese voice');
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('works in English, prints the sheet on one page, and marks the rehearsal gaps with a way back', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await s.text('h1')) === 'Interview preparation worksheet', 5000, 'the worksheet');
      await s.type('#ws-vision-doing', 'Running a yearly course on closing the books for junior staff');
      const action = await addItem(s, 'ws-actions', 1);
      // Without a start, the example rewrite puts one before the person's own words.
      await s.type(`${action} textarea`, 'I will read one English article every morning.');
      await s.waitUntil(async () => /^For example\nStarting on .*, I will read one English article every morning\.$/.test(await s.text(`${action} .example`)),
        5000, 'the example rewrite in English');
      // Written in both languages, the action is answered in the page's: an English example.
      await s.type(`${action} textarea`, '\uE009a\uE009\uE003');
      await s.type(`${action} textarea`, '来月から I will be more careful with my 日報.');
      await s.waitUntil(async () => /^For example\n[^ぁ-ん]*$/.test(await s.text(`${action} .example`)), 5000, 'an English example for a mixed text');
      await s.type(`${action} textarea`, '\uE009a\uE009\uE003');
      await s.type(`${action} textarea`, 'I will read one English article every morning.');
      await s.waitUntil(async () => /^For example\nStarting on .*, I will read one English article every morning\.$/.test(await s.text(`${action} .example`)),
        5000, 'the example rewrite again');
      await s.waitUntil(async () => (await s.text('.readiness .failing-actions')) === '– Not passing both tests yet: action 1 (worth another look before you print the sheet)',
        5000, 'the action not passing yet, in English');
      await s.type(`${action} textarea`, '\uE009a\uE009\uE003');
      await s.type(`${action} textarea`, 'I will sign up for an English school by December 1 and start going.');
      await s.waitUntil(async () => /You are ready/.test(await s.text('.readiness-verdict')), 5000, 'ready in English');
      // The whole clause typed in each field, as English writers do: the plan does not
      // repeat the words around them.
      const obstacle = await addItem(s, 'ws-obstacles', 1);
      await s.type(`${obstacle} textarea[id$=-when]`, 'If the quarter-end rush leaves no time to study,');
      await s.type(`${obstacle} textarea[id$=-then]`, 'I will still do 30 minutes before work.');
      const plan = 'If the quarter-end rush leaves no time to study, I will still do 30 minutes before work.';
      await s.waitUntil(async () => (await s.text(`${obstacle} .plan`)).includes(plan), 5000, 'the if-then plan');
      // What might stop a person is often private: a new plan starts kept to oneself, and
      // this one is chosen for the interview.
      assert.equal(await s.run(`return document.querySelector('${obstacle} input[type=radio][value=private]').checked`), true,
        'a new obstacle starts private');
      await s.click(`${obstacle} input[type=radio][value=shared]`);
      await s.waitUntil(async () => (await saved(s)).worksheet.obstacles[0].shared === true, 5000, 'shared, saved');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => /My vision for \d{4}/.test(await s.text('.sheet')), 5000, 'the English sheet');
      assert.match(await s.text('.sheet'), /Starts /);
      assert.ok((await s.text('.sheet')).includes(plan), 'the plan on the sheet');
      // The name heads the sheet once written, kept through a reload; nothing while empty.
      assert.equal(await s.run("return document.querySelector('.sheet .sheet-name')"), null);
      await s.type('#sheet-name', 'Mia Suzuki, Finance');
      await s.waitUntil(async () => (await s.run("return document.querySelector('.sheet .sheet-name')?.textContent")) === 'Name and department: Mia Suzuki, Finance', 5000, 'the name on the sheet');
      await s.waitUntil(async () => (await saved(s)).worksheet.interview.name === 'Mia Suzuki, Finance', 5000, 'the name saved');
      await s.reload();
      await s.waitUntil(async () => (await s.run("return document.querySelector('#sheet-name').value")) === 'Mia Suzuki, Finance', 5000, 'the name after a reload');
      assert.equal(await s.text('.sheet .sheet-name'), 'Name and department: Mia Suzuki, Finance');
      assert.deepEqual(await seriousViolations(s), [], 'axe on the sheet with its name field');
      assert.equal(pdfPageCount(await s.printPdf()), 1, 'the English sheet fits one A4 page');
      await s.open(at('/rehearsal'));
      await s.waitUntil(async () => /Questions without an answer: 4 of 7/.test(await s.text('.rehearsal-gaps')), 5000, 'the gaps');
      // Each question also as a Japanese interviewer will ask it, marked as Japanese.
      assert.equal(await s.text('.question .ja-question'), 'In Japanese: 仕事で大切にしていることは何ですか？　これだけは譲れないことはありますか？');
      assert.equal(await s.run("return document.querySelector('.question .ja-question span').lang"), 'ja');
      assert.equal(await s.run("return document.querySelectorAll('.question .ja-question').length"), 7);
      assert.deepEqual(await seriousViolations(s), [], 'axe on the English rehearsal');
      // A gap leads to its section on the worksheet.
      await s.click('.question.gap a');
      await s.waitUntil(async () => (await s.run('return document.activeElement.id')) === 'ws-values-heading', 5000, 'the section of the gap');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('cuts nothing off at 375 px, and the language switch keeps what was typed', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.cdp('Emulation.setDeviceMetricsOverride', { width: 375, height: 800, deviceScaleFactor: 1, mobile: true });
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      await fillEverything(s);
      await addItem(s, 'ws-looking-back', 2);
      // A phrase longer than the screen is wide stays whole in view, on lines of its own.
      const gain = await addItem(s, 'ws-gains-losses .weighed-list:nth-child(1)', 2);
      await s.type(`${gain} textarea[id$=-text]`, '専門性が認められ、社内の決算研修の講師を任される');
      const cut = () => s.run(`return [...document.querySelectorAll('main input[type=text], main textarea')]
        .filter(f => f.getClientRects().length)
        .filter(f => f.scrollWidth > f.clientWidth + 1 || f.scrollHeight > f.clientHeight + 1)
        .map(f => f.id)`);
      await s.waitUntil(async () => (await cut()).length === 0, 5000, 'every field showing all it holds');
      const overflow = () => s.run(`return [...document.querySelectorAll('main *')]
        .filter(e => e.getClientRects().length && e.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
        .map(e => e.tagName + '.' + e.className).slice(0, 5)`);
      assert.deepEqual(await overflow(), [], 'nothing reaches past the right edge of the worksheet');
      assert.ok(await s.run('return document.documentElement.scrollWidth <= 375'), 'no sideways scrolling');
      // Each two-way choice has its question on a line of its own and the answers under it,
      // not the first answer beside the question and the other alone below.
      const split = await s.run(`return [...document.querySelectorAll('fieldset.share, fieldset.inline-choice')]
        .filter(f => f.getClientRects().length)
        .filter(f => f.querySelector('label').getBoundingClientRect().left > f.getBoundingClientRect().left + 2)
        .map(f => f.textContent)`);
      assert.deepEqual(split, [], 'the answers under the question');
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('h1')) === 'Interview preparation worksheet', 5000, 'English');
      assert.equal(await value(s, '#ws-vision-doing'), VISION);
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.text('.sheet')).includes(VISION), 5000, 'the sheet');
      assert.deepEqual(await overflow(), [], 'nothing reaches past the right edge of the sheet');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('around the worksheet', () => {
  const openTab = async (s) => (await s.cmd('POST', '/window/new', { type: 'tab' })).handle;
  const switchTo = (s, handle) => s.cmd('POST', '/window', { handle });

  it('names a topic often kept from a manager where it is written, while the entry is shared (a child’s illness and the nursery beside a condition of work)', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await s.findAll('#ws-values-text')).length === 1, 5000, 'the worksheet');
      const note = '.entry:has(#ws-values-text) .sensitive-here p.warning';
      await s.type('#ws-values-text', '16時には退社できること。');
      await new Promise((done) => setTimeout(done, 300));
      assert.equal((await s.findAll(note)).length, 0, 'a condition of work alone says nothing');
      await s.type('#ws-values-text', '下の子がぜんそくで、保育園から急に呼ばれることがある');
      await s.waitUntil(async () => (await s.findAll(note)).length === 1, 5000, 'the note');
      assert.equal(await s.text(note), '「ぜんそく」「下の子」「保育園」のような言葉は、面談の相手から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^Words such as “ぜんそく”, “下の子”, “保育園” can reach your manager/.test(await s.text(note)), 5000, 'in English');
      await s.click('.lang-switch button[lang=ja]');
      // Kept to oneself, it goes nowhere: nothing to say.
      await s.click('input[name=ws-values-text-share][value=private]');
      await s.waitUntil(async () => (await s.findAll(note)).length === 0, 5000, 'the note gone once private');
    }));

  it('lets a nursery teacher say that 子ども and 保育園 are words of her job: not pointed out again, on the worksheet or the sheet, and undone from either', () =>
    withSession({ lang: 'ja', width: 412, height: 915 }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await s.findAll('#ws-values-text')).length === 1, 5000, 'the worksheet');
      const entry = '.entry:has(#ws-values-text) .sensitive-here';
      await s.type('#ws-values-text', '保育園で子どもの気持ちによりそう保育をすること。母の介護もある');
      await s.waitUntil(async () => (await s.findAll(`${entry} p.warning`)).length === 1, 5000, 'the note');
      assert.match(await s.text(`${entry} p.warning`), /^「介護」「母」「子ども」「保育園」のような言葉は/);
      const buttons = async () => s.run('return [...document.querySelectorAll(arguments[0] + " .work-words button")].map((b) => b.textContent)', entry);
      // Her mother is never a word of a job: no button for 母.
      assert.deepEqual(await buttons(), ['「介護」は仕事の言葉', '「子ども」は仕事の言葉', '「保育園」は仕事の言葉']);
      // 子ども: gone from the note, said, and the focus on its undo.
      await s.run('[...document.querySelectorAll(arguments[0] + " .work-words button")][1].click()', entry);
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words?.join() === '子ども', 5000, 'saved');
      await s.waitUntil(async () => /^「介護」「母」「保育園」のような言葉は/.test(await s.text(`${entry} p.warning`)), 5000, 'the note without 子ども');
      assert.equal(await s.text(`${entry} .work-word-done`), '「子ども」は仕事の言葉として、これからは知らせません。 元に戻す');
      await s.waitUntil(async () => s.run('return document.activeElement?.textContent === "元に戻す"'), 5000, 'the focus on undo');
      assert.deepEqual(await seriousViolations(s), []);
      // Undone: back in the note, and the focus stays in the choice.
      await s.keys('\uE007');
      await s.waitUntil(async () => /^「介護」「母」「子ども」「保育園」/.test(await s.text(`${entry} p.warning`)), 5000, '子ども back');
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words === undefined, 5000, 'nothing kept once undone');
      assert.equal(await s.run('return document.activeElement?.classList.contains("work-word-choice")'), true);
      // Both work words, after a reload: the note names only her mother's care.
      await s.run('[...document.querySelectorAll(arguments[0] + " .work-words button")][2].click()', entry);
      await s.waitUntil(async () => (await buttons()).length === 2, 5000, 'two buttons');
      await s.run('[...document.querySelectorAll(arguments[0] + " .work-words button")][1].click()', entry);
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words?.join() === '保育園,子ども', 5000, 'both saved');
      await s.reload();
      await s.waitUntil(async () => (await s.findAll(`${entry} p.warning`)).length === 1, 5000, 'the worksheet again');
      assert.match(await s.text(`${entry} p.warning`), /^「介護」「母」のような言葉は/);
      // The sheet names the care alone, and lists her job's words with the way back.
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.findAll('#sheet-sensitive li')).length === 1, 5000, 'the sheet note');
      assert.equal(await s.text('#sheet-sensitive li'), 'd. 大切にしていること：「介護」「母」');
      assert.equal(await s.text('.work-words-kept'), '仕事の言葉として知らせないことにした言葉：「保育園」「子ども」 また知らせるようにする');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.work-words-kept button');
      await s.waitUntil(async () => /「子ども」/.test(await s.text('#sheet-sensitive li')), 5000, 'pointed out again');
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words === undefined, 5000, 'nothing kept once reset');
      assert.equal((await s.findAll('.work-words-kept')).length, 0);
      // From the sheet's own buttons too, in English.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.findAll('.work-word-choice .work-words button')).length === 3, 5000, 'the sheet buttons');
      await s.run('[...document.querySelectorAll(".work-word-choice .work-words button")].find((b) => b.textContent === "“保育園” is a word of my job").click()');
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words?.join() === '保育園', 5000, 'saved from the sheet');
      assert.equal(await s.text('.work-word-done'), '“保育園” is now taken as a word of your job and will not be pointed out again. Undo');
      assert.doesNotMatch(await s.text('#sheet-sensitive li'), /保育園/);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('names a topic under the vision and under a shared action as they are written, 妊活 and 求人 included, while they are shared (a nurse on a 375 px phone)', () =>
    withSession({ lang: 'ja', width: 375, height: 667 }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await s.findAll('#ws-vision-doing')).length === 1, 5000, 'the worksheet');
      // f. starts shared: the note comes under the line being written.
      const vision = '.field:has(#ws-vision-doing) + .sensitive-here p.warning';
      await s.click('#ws-vision-doing');
      await s.type('#ws-vision-doing', '3年後は訪問看護に転職して、認定看護師として在宅の患者さんを支えている');
      await s.waitUntil(async () => (await s.findAll(vision)).length === 1, 5000, 'the note under the vision');
      assert.equal(await s.text(vision), '「転職」のような言葉は、面談の相手から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。');
      assert.equal(await s.run('return document.activeElement?.id'), 'ws-vision-doing', 'the box keeps the focus');
      // Leaving is never a word of a job: no button.
      assert.equal(await count(s, '.field:has(#ws-vision-doing) + .sensitive-here .work-words button'), 0);
      // The other lines of the vision say theirs under themselves.
      await s.type('#ws-vision-for-whom', '子どもがいても働き続けたい看護師');
      await s.waitUntil(async () => (await count(s, '.field:has(#ws-vision-for-whom) + .sensitive-here p.warning')) === 1, 5000, 'the note under for whom');
      assert.match(await s.text('.field:has(#ws-vision-for-whom) + .sensitive-here p.warning'), /^「子ども」のような言葉は/);
      assert.equal(await count(s, '#ws-vision .sensitive-here p.warning'), 2);
      // i.: her shared action, with 妊活 and 求人 named.
      const action = await addItem(s, 'ws-actions', 1);
      const note = `${action} .sensitive-here p.warning`;
      await s.type(`${action} textarea`, '1/10までに訪看の求人サイトに登録する。4月から妊活するので');
      await s.waitUntil(async () => (await s.findAll(note)).length === 1, 5000, 'the note under the action');
      assert.equal(await s.text(note), '「妊活」「求人」のような言葉は、面談の相手から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。');
      // Right under the box, before the verdicts.
      assert.equal(await s.run('return document.querySelector(arguments[0]).previousElementSibling.classList.contains("field")', `${action} .sensitive-here`), true);
      assert.deepEqual(await s.run('return [...document.querySelectorAll(arguments[0])].map((b) => b.textContent)', `${action} .sensitive-here .work-words button`),
        ['「妊活」は仕事の言葉', '「求人」は仕事の言葉']);
      // Nothing wider than the phone.
      assert.ok(await s.run('return document.documentElement.scrollWidth <= 375'), 'no sideways scroll');
      assert.deepEqual(await seriousViolations(s), []);
      // The sheet names them too, under i.
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.findAll('#sheet-sensitive li')).length === 2, 5000, 'the sheet note');
      assert.deepEqual(await s.run("return [...document.querySelectorAll('#sheet-sensitive li')].map((li) => li.textContent)"),
        ['f. ビジョン：「転職」「子ども」', 'i. 行動：「妊活」「求人」']);
      // Kept to herself, the action and the vision say nothing.
      await s.open(at('/worksheet?s=ws-actions'));
      await s.waitUntil(async () => (await s.findAll(note)).length === 1, 5000, 'the action again');
      await s.click(`${action} input[type=radio][value=private]`);
      await s.waitUntil(async () => (await s.findAll(note)).length === 0, 5000, 'no note once the action is private');
      await s.click('input[name=ws-vision-share][value=private]');
      await s.waitUntil(async () => (await count(s, '#ws-vision .sensitive-here p.warning')) === 0, 5000, 'no note once the vision is private');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('lets a nurse set 看護 aside as a word of her job from the note of k’s words: named there no more, nor on the sheet’s screen, and undone', () =>
    withSession({ lang: 'ja', width: 412, height: 915 }, async (s) => {
      await s.open(fixture.server.url);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {},
        worksheet: {
          vision: { doing: '認定看護師として、病棟の新人教育を任されている', shared: true },
          confidential: { text: '訪問看護に移るかもしれないこと', shared: false } } }))`);
      await s.open(at('/sheet'));
      await s.reload();
      const note = '#sheet-repeated';
      await s.waitUntil(async () => (await s.findAll(`${note} li`)).length === 1, 5000, 'the note of k’s words');
      assert.equal(await s.text(`${note} li`), 'f. ビジョン：「看護」');
      const button = '.sheet-controls .work-word-choice .work-words button';
      assert.deepEqual(await s.run('return [...document.querySelectorAll(arguments[0])].map((b) => b.textContent)', button), ['「看護」は仕事の言葉']);
      await s.click(button);
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words?.join() === '看護', 5000, 'saved');
      await s.waitUntil(async () => (await count(s, note)) === 0, 5000, 'the note gone');
      assert.equal(await s.text('.work-word-done'), '「看護」は仕事の言葉として、これからは知らせません。 元に戻す');
      await s.waitUntil(async () => s.run('return document.activeElement?.textContent === "元に戻す"'), 5000, 'the focus on undo');
      assert.doesNotMatch(await s.text('.sheet-controls'), /「看護」(?!は仕事の言葉)/, 'named by no note');
      assert.deepEqual(await seriousViolations(s), []);
      // Undone: named again, and the focus stays in the choice.
      await s.keys('\uE007');
      await s.waitUntil(async () => (await count(s, `${note} li`)) === 1, 5000, 'named again');
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words === undefined, 5000, 'nothing kept once undone');
      assert.equal(await s.run('return document.activeElement?.classList.contains("work-word-choice")'), true);
      // Set aside again, after a reload it is listed with the way to have it pointed out.
      await s.click(button);
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words?.join() === '看護', 5000, 'saved again');
      await s.reload();
      await s.waitUntil(async () => (await count(s, '.work-words-kept')) === 1, 5000, 'the words kept');
      assert.equal(await s.text('.work-words-kept'), '仕事の言葉として知らせないことにした言葉：「看護」 また知らせるようにする');
      assert.equal(await count(s, note), 0);
      // In k's words, 訪問看護 in a shared part is still more than her job's word.
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await s.findAll('#ws-support-text')).length === 1, 5000, 'the worksheet');
      await s.type('#ws-support-text', '訪問看護の研修に出たい');
      await s.waitUntil(async () => (await saved(s)).worksheet.support.text === '訪問看護の研修に出たい', 5000, 'saved');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.findAll(`${note} li`)).length === 1, 5000, 'the note for j.');
      assert.equal(await s.text(`${note} li`), 'j. 望む支援：「訪問看護」');
      // Set aside whole, no piece of it (訪問看) is named in its stead.
      await s.click(button);
      await s.waitUntil(async () => (await saved(s)).worksheet.work_words?.join() === '看護,訪問看護', 5000, 'both saved');
      await s.waitUntil(async () => (await count(s, note)) === 0, 5000, 'no note left');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says the note on a topic in words that fit who conducts the interview: read by the manager, passed on by HR, summarised by an outside consultant', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await s.findAll('#ws-values-text')).length === 1, 5000, 'the worksheet');
      const note = '.entry:has(#ws-values-text) .sensitive-here p.warning';
      await s.type('#ws-values-text', '夜勤を減らして、妊活と両立できること');
      await s.waitUntil(async () => (await s.findAll(note)).length === 1, 5000, 'the note');
      assert.match(await s.text(note), /^「妊活」のような言葉は、面談の相手から上司に伝わることがあります。/);
      const said = {
        manager: '「妊活」のような言葉は、共有のままだと面談準備シートに載り、面談の相手（上司）がそのまま読みます。読まれたくなければ「自分だけ」にするか、書き直してください。',
        hr: '「妊活」のような言葉は、面談をする人事の担当者から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。',
        external: '「妊活」のような言葉は、社外のキャリアコンサルタントが面談のあとに書く要約から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。',
        unknown: '「妊活」のような言葉は、面談の相手から上司に伝わることがあります。共有のままだと面談準備シートに載ります。載せたくなければ「自分だけ」にするか、書き直してください。',
      };
      for (const [who, text] of Object.entries(said)) {
        await s.click(`input[name=ws-interviewer][value=${who}]`);
        await s.waitUntil(async () => (await s.text(note)) === text, 5000, who);
      }
      // A one-on-one is the manager's, unless she says another conducts it.
      await choose(s, '#ws-interview-kind', 'one_on_one');
      await s.waitUntil(async () => (await s.text(note)) === said.manager, 5000, 'a one-on-one');
      // The same under the vision, and in English.
      await s.type('#ws-vision-doing', '訪問看護に転職している');
      await s.waitUntil(async () => (await count(s, '#ws-vision .sensitive-here p.warning')) === 1, 5000, 'under the vision');
      assert.match(await s.text('#ws-vision .sensitive-here p.warning'), /面談の相手（上司）がそのまま読みます。/);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^While this is shared, words such as “妊活” go on the interview sheet, and your manager, who conducts the interview, reads them as you wrote them\./.test(await s.text(note)), 5000, 'in English');
      await s.click('input[name=ws-interviewer][value=external]');
      await s.waitUntil(async () => /^Words such as “妊活” can reach your manager through the summary the outside consultant writes after your interview\./.test(await s.text(note)), 5000, 'outside, in English');
    }));

  it('says a follow-up note’s topic in words that fit the interviewer: the manager reads it as written', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(fixture.server.url);
      const when = await s.run(`const at = (days) => { const d = new Date(); d.setDate(d.getDate() + days);
        return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'); };
        return { saved: at(-30), start: at(-14) };`);
      // A nurse whose interview is with her 師長, chosen in a.
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, worksheet: { interview: { interviewer: 'manager' } },
        commitments: { draft: '', saved: [
          { id: 4, text: '毎週水曜に、新人と褥瘡ケアの手順を15分ふりかえります', saved_on: arguments[0], start_date: arguments[1], shared: true } ] } }))`,
      when.saved, when.start);
      await s.open(at('/check'));
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up] button.answer')).length === 1, 5000, 'the question');
      await s.click('[data-notice=follow-up] button.answer');
      const box = '[data-notice=follow-up] .follow-up-note textarea';
      const warning = '[data-notice=follow-up] .change-scale .sensitive-here p.warning';
      await s.click(box);
      await s.type(box, '妊活で夜勤を減らしてもらった月は止まった');
      await s.waitUntil(async () => (await s.findAll(warning)).length === 1, 5000, 'the warning under the box');
      assert.equal(await s.text(warning), '「妊活」のような言葉は、この行動が「面談で共有する」になっているので、答えと一緒に面談準備シートに載り、面談の相手（上司）がそのまま読みます。読まれたくなければ、書き直してください。');
      await s.click('.lang-switch button[lang=en]');
      // The notice is drawn again in the other language, still open, with the note typed.
      await s.waitUntil(async () => /^This action is shared, so words such as “妊活” go on the interview sheet with your answer, and your manager, who conducts the interview, reads them as you wrote them\./.test(await s.text(warning)), 5000, 'in English');
      assert.equal(await s.run('return document.querySelector(arguments[0]).value', box), '妊活で夜勤を減らしてもらった月は止まった');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('names a topic in a follow-up answer’s note as it is typed for a shared action, and on the sheet under i., not a newcomer who did not quit (390 px)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(fixture.server.url);
      const when = await s.run(`const at = (days) => { const d = new Date(); d.setDate(d.getDate() + days);
        return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-'); };
        return { saved: at(-30), start: at(-14) };`);
      // A deli part-timer's shared action, begun two weeks ago.
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, commitments: { draft: '', saved: [
          { id: 4, text: '毎週火曜の朝、新人さんに盛り付けを10分教えます', saved_on: arguments[0], start_date: arguments[1], shared: true } ] } }))`,
      when.saved, when.start);
      await s.open(at('/sheet'));
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up] button.answer')).length === 1, 5000, 'the question');
      await s.click('[data-notice=follow-up] button.answer');
      const box = '[data-notice=follow-up] .follow-up-note textarea';
      const warning = '[data-notice=follow-up] .change-scale .sensitive-here p.warning';
      await s.click(box);
      // Newcomers who stayed are no wish to quit: nothing to say.
      await s.type(box, '新人さん3人くらい辞めずに続いてる。');
      await new Promise((done) => setTimeout(done, 300));
      assert.equal((await s.findAll(warning)).length, 0, '辞めずに says nothing');
      await s.type(box, '子どもの受験で2週間休んだ');
      await s.waitUntil(async () => (await s.findAll(warning)).length === 1, 5000, 'the warning under the box');
      assert.equal(await s.text(warning), '「子ども」のような言葉は、面談の相手から上司に伝わることがあります。この行動は「面談で共有する」になっているので、このひとことも答えと一緒に面談準備シートに載ります。載せたくなければ、書き直してください。');
      assert.equal(await s.run('return document.activeElement === document.querySelector(arguments[0])', box), true, 'the box keeps the focus');
      assert.deepEqual(await seriousViolations(s), []);
      // Recorded with the answer: the box empties, and the sheet says where the word is.
      await s.run("document.querySelectorAll('[data-notice=follow-up] .change-scale .levels button')[1].click()");
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].follow_ups?.length === 1, 5000, 'the answer saved');
      await s.waitUntil(async () => /子どもの受験で2週間休んだ/.test(await s.text('.sheet-actions .sheet-follow-up')), 5000, 'the note on the sheet');
      const note = '#sheet-sensitive';
      await s.waitUntil(async () => (await s.findAll(`${note} li`)).length === 1, 5000, 'the note above the sheet');
      assert.equal(await s.text(`${note} li`), 'i. 行動：「子ども」');
      assert.equal(await s.run('return document.querySelector(arguments[0] + " a").getAttribute("href")', note), '#/worksheet?s=ws-actions');
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text(`${note} li`)) === 'i. Actions: “子ども”', 5000, 'in English');
      // The action kept to oneself: its answer is off the sheet, and so is the note.
      await s.open(at('/worksheet?s=ws-actions'));
      await s.waitUntil(async () => (await count(s, 'input[name=action-4-share][value=private]')) === 1, 5000, 'the action');
      await s.click('input[name=action-4-share][value=private]');
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].shared === false, 5000, 'kept to oneself');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.findAll('h1')).length === 1, 5000, 'the sheet');
      assert.equal((await s.findAll(note)).length, 0);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says, above a sheet the manager reads, that the Lifestyle anchor opening it tells the manager that time for family comes first, with the way to d.', () =>
    withSession({ lang: 'ja', width: 412, height: 915 }, async (s) => {
      // LS 6s, the rest 2s: Lifestyle first. The manager conducts the interview.
      const answers = Array.from({ length: 40 }, (_, i) => (i % 8 === 7 ? 6 : 2));
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 5, settings: {}, anchors: { current: { answers: Array(40).fill(null), picks: [] },
          history: [{ date: '2026-11-20', answers, picks: [7, 15, 23] }] },
          worksheet: { interview: { interviewer: 'manager' } } });
      await s.open(at('/sheet'));
      await s.reload();
      const note = '[data-notice=lifestyle]';
      await s.waitUntil(async () => (await s.findAll(note)).length === 1, 5000, 'the note');
      assert.match(await s.text(note), /^シートの最初に、キャリア・アンカー「生活様式」が載ります。仕事と家庭や自分の時間との両立を大切にしていることが、そのまま上司に伝わります。/);
      assert.equal(await s.run('return document.querySelector(arguments[0] + " a").getAttribute("href")', note), '#/worksheet?s=ws-values');
      assert.deepEqual(await seriousViolations(s), []);
      // Not on the private copy, nor once the anchors are kept to oneself.
      await s.click('#sheet-scope-everything');
      await s.waitUntil(async () => (await s.findAll(note)).length === 0, 5000, 'not on the private copy');
      await s.click('#sheet-scope-shared');
      await s.waitUntil(async () => (await s.findAll(note)).length === 1, 5000, 'back on the shared sheet');
      await s.click(`${note} a`);
      await s.waitUntil(async () => (await s.findAll('input[name=ws-anchors-share][value=private]')).length === 1, 5000, 'd.');
      await s.click('input[name=ws-anchors-share][value=private]');
      await s.waitUntil(async () => (await saved(s)).worksheet.share_anchors === false, 5000, 'kept to oneself');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.findAll('h1')).length === 1, 5000, 'the sheet');
      await new Promise((done) => setTimeout(done, 300));
      assert.equal((await s.findAll(note)).length, 0);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('lists every anchor tied at third place under one place number, and says why there are more than three, on the worksheet and the sheet', () =>
    withSession({ lang: 'ja' }, async (s) => {
      // TF 6s, GM 5s, and AU, SE and EC 4s (the rest 2s): GM second, three tied at third.
      const points = { 0: 6, 1: 5, 2: 4, 3: 4, 4: 4 };
      const answers = Array.from({ length: 40 }, (_, i) => points[i % 8] ?? 2);
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 2, anchors: { current: { answers: Array(40).fill(null), picks: [] },
          history: [{ date: '2026-11-20', answers, picks: [1, 9, 17] }] } });
      await s.open(at('/worksheet'));
      await s.reload();
      const listed = (css) => s.run(`return [...document.querySelectorAll(arguments[0])].map(li => li.textContent.trim().slice(0, 2))`, css);
      const codes = () => s.run("return [...document.querySelectorAll('.top-anchors li')].map(li => li.dataset.anchor)");
      await s.waitUntil(async () => (await codes()).length === 5, 5000, 'the tied top anchors');
      assert.deepEqual(await codes(), ['TF', 'GM', 'AU', 'SE', 'EC']);
      // Named, with the anchor's colour; not by a code that means something only in a training.
      assert.equal(await s.run("return document.querySelector('.top-anchors li').textContent"), '専門・職能別コンピタンス');
      // The list numbers places, as a screen reader reads them too: the three tied share 3.
      const places = (css) => s.run(`return [...document.querySelectorAll(arguments[0])].map(li => li.value)`, css);
      assert.deepEqual(await places('.top-anchors li'), [1, 2, 3, 3, 3]);
      assert.equal(await s.text('.anchors-tied'), '同点のアンカーがあるため、3つより多く載せています。同点のものは同じ順位です。');
      // The one entry the person did not write: where it goes, and with what, said by the choice.
      assert.match(await s.text('.anchors-on-sheet'), /^「面談で共有する」のままなら、この結果が面談準備シートのはじめに載ります。シートには、それぞれのアンカーの意味と、どのアンカーにも優劣はないという説明も添えられます。$/);
      await s.click('input[name=ws-anchors-share][value=private]');
      await s.waitUntil(() => s.run("return !document.querySelector('.anchors-on-sheet').checkVisibility()"), 5000, 'said only while shared');
      await s.click('input[name=ws-anchors-share][value=shared]');
      await s.waitUntil(() => s.run("return document.querySelector('.anchors-on-sheet').checkVisibility()"), 5000, 'said again');
      // Short of time: the two sections the interview needs most, one step away.
      assert.equal(await s.text('.short-path'), '時間がないときは、まず f. ビジョン と i. 行動 だけでも面談の準備になります（10分ほど）。');
      await s.click('.short-path button:last-of-type');
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'ws-actions-heading'"), 5000, 'i. on from the short path');
      // From the end of i., the list of actions one step away, not eighty tabs back to the menu.
      assert.equal(await s.text('#ws-actions .to-check a'), '行動の一覧・振り返りの記録・カレンダーへの登録は「約束を確かめる」へ');
      await s.click('#ws-actions .to-check a');
      await s.waitUntil(async () => (await s.text('h1')) === '約束を確かめる', 5000, 'the check screen');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await listed('.sheet-anchors li')).length === 5, 5000, 'the sheet');
      assert.deepEqual(await places('.sheet-anchors li'), [1, 2, 3, 3, 3]);
      // On paper 「3. 3. 3.」 alone reads as a slip: each tied place says so.
      const tied = await s.run("return [...document.querySelectorAll('.sheet-anchors li')].map(li => li.textContent.includes('（同点）'))");
      assert.deepEqual(tied, [false, false, true, true, true]);
      assert.equal(await s.text('.sheet .sheet-note'), '同点のアンカーがあるため、3つより多く載せています。同点のものは同じ順位です。');
      assert.equal(await s.run("return document.querySelector('.sheet-anchors').previousElementSibling.textContent"), 'キャリア・アンカー（上位。同点を含む）', 'the heading does not say three');
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('.sheet .sheet-note')) === 'Some anchors are tied, so more than three are listed; tied anchors share a place.', 5000, 'English');
      // In English, each anchor with the name a Japanese interviewer knows.
      assert.equal(await s.run("return document.querySelector('.sheet-anchors li').textContent"), 'Technical/functional competence (専門・職能別コンピタンス): wants to deepen their expertise and keep using it');
      assert.equal(await s.run("return document.querySelector('.sheet-anchors li span').lang"), 'ja');
      // A tied place says so after both names.
      assert.match(await s.run("return document.querySelectorAll('.sheet-anchors li')[2].textContent"), /^[^(]+ \([^)]+\) \(tied\): /);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('copies the sheet to send ahead by mail, with its headings and lists, and only what is shared', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {},
        worksheet: { interview: { date: '2026-12-13' },
          roles: [{ id: 7, period: '1996年〜2008年', place: '本社 経理部', did: '月次決算の取りまとめ', achieved: '決算を5日早めた', shared: true }],
          vision: { doing: arguments[0], seen_as: '決算のことなら聞ける人\\n後輩の相談役', shared: true },
          support: { text: '研修に出る時間がほしい', shared: false },
          confidential: { text: arguments[1], shared: false } },
        commitments: { draft: '', saved: [
          { id: 1, text: arguments[2], saved_on: '2026-11-20', start_date: '2026-12-01', start_by: true, shared: true } ] } }))`,
      VISION, CONFIDENTIAL, PASSING);
      await s.open(at('/sheet'));
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li')).length === 1, 5000, 'the sheet');
      await s.cdp('Browser.grantPermissions', {
        origin: fixture.server.origin, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
      });
      assert.equal(await s.run("return document.querySelector('#sheet-copy-note').getAttribute('role')"), 'status');
      await s.click('#sheet-copy');
      await s.waitUntil(async () => /^シートをコピーしました。/.test(await s.text('#sheet-copy-note')), 5000, 'the copied note');
      // Sent ahead without a name, the sheet would leave the interviewer guessing: said.
      assert.match(await s.text('#sheet-copy-note'), /氏名・所属の欄が空なので、誰のシートかは載っていません。/);
      // What a mail that takes formatting gets: the sheet's headings and its numbered list.
      const copied = await s.runAsync(`navigator.clipboard.read().then(async (items) => {
        const out = {};
        for (const type of items[0].types) out[type] = await (await items[0].getType(type)).text();
        return out;
      }).then(arguments[0], (e) => arguments[0]({ error: String(e) }))`);
      assert.ok(copied['text/html'], `HTML on the clipboard: ${JSON.stringify(copied)}`);
      const html = copied['text/html'];
      assert.match(html, /<h2>面談準備シート<\/h2>/);
      assert.match(html, /<ol><li>.*12月1日までに英会話スクールに申し込んで/s);
      assert.match(html, new RegExp(VISION));
      // A line break written in an entry stays one where the mail has no stylesheet.
      assert.match(html, /決算のことなら聞ける人<br>後輩の相談役/);
      // What a plain-text chat gets: the same sheet, a line for each part.
      const text = copied['text/plain'];
      // Headings in 【】 on lines of their own, the actions numbered.
      assert.match(text, /^【面談準備シート】\n/);
      assert.match(text, /\n\n【行動（いつから何をするか）】\n1\. /);
      assert.match(text, new RegExp(`\\nそのとき、していること：${VISION}\\n`));
      assert.match(text, /\n1\. 12月1日までに英会話スクールに申し込んで、通い始めます （開始：2026年12月1日\(火\)までに）/);
      for (const secret of [CONFIDENTIAL, '研修に出る時間']) {
        assert.ok(!html.includes(secret) && !text.includes(secret), `the copy leaves out «${secret}»`);
      }
      assert.match(text, /決算のことなら聞ける人\n後輩の相談役/);
      // The interview and the day written stand apart, in the mail as in the text.
      assert.match(html, /<p>面談：2026年12月13日\(日\)<\/p><p class="sheet-date">作成日：/);
      assert.match(text, /\n面談：2026年12月13日\(日\)\n作成日：/);
      // With a name written, the next copy carries it and says nothing more.
      await s.type('#sheet-name', '山本 花子（経理部）');
      await s.waitUntil(async () => /山本 花子（経理部）/.test(await s.text('.sheet-name')), 5000, 'the name on the sheet');
      await s.click('#sheet-copy');
      await s.waitUntil(async () => (await s.text('#sheet-copy-note')) === 'シートをコピーしました。メールやチャットに貼り付けると、見出しと箇条書きのまま送れます。',
        5000, 'the note without the name hint');
      // Choosing the private copy clears the note: the next Copy is of the other sheet,
      // and says it is not one to send.
      await s.click('#sheet-scope-everything');
      await s.waitUntil(async () => (await s.text('#sheet-copy-note')) === '', 5000, 'the note cleared');
      await s.click('#sheet-copy');
      await s.waitUntil(async () => (await s.text('#sheet-copy-note')) === '自分用の控え（「自分だけ」の項目も含む）をコピーしました。ほかの人には送らないでください。',
        5000, 'the private copy said to be private');
      // What must not be passed on stands out where no stylesheet goes: framed in the
      // HTML, marked in the text.
      const privateCopy = await s.runAsync(`navigator.clipboard.read().then(async (items) => {
        const out = {};
        for (const type of items[0].types) out[type] = await (await items[0].getType(type)).text();
        return out;
      }).then(arguments[0], (e) => arguments[0]({ error: String(e) }))`);
      // The note to the interviewer is not on this copy; k's choice is its own (on the
      // sheet, or said in person), so it carries no ［自分だけ］.
      assert.match(privateCopy['text/html'], /<table border="1"[^>]*class="sheet-confidential"><tbody><tr><td><h3>【取り扱い注意】伝えてほしくないこと<\/h3><p class="sheet-text">/);
      assert.match(privateCopy['text/plain'], new RegExp(`\\n【取り扱い注意】伝えてほしくないこと\\n${CONFIDENTIAL}`));
      // The copy says on itself whom it is not for.
      assert.match(privateCopy['text/plain'], /\n自分用の控えです。面談の相手には渡さないでください。［自分だけ］の印は、共有しないと決めた項目です。\n/);
      assert.match(privateCopy['text/html'], /山本 花子（経理部）/);
      // A past role keeps its labels: what was done apart from what came of it.
      assert.match(privateCopy['text/plain'],
        /\n・1996年〜2008年 \/ 本社 経理部\n   したこと：月次決算の取りまとめ\n   できたこと・成果：決算を5日早めた\n/);
      // In English, the same lines with English bullets.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /Interview preparation sheet/.test(await s.text('h1')), 5000, 'English');
      await s.click('#sheet-copy');
      const english = await s.waitUntil(async () => {
        const text = await s.runAsync('navigator.clipboard.readText().then(arguments[0], () => arguments[0](""))');
        return /^## /m.test(text) ? text : null;
      }, 5000, 'the English copy on the clipboard');
      assert.match(english, /\n- 1996年〜2008年 \/ 本社 経理部\n   /);
      assert.doesNotMatch(english, /^・/m, 'no Japanese bullet starts a line');
      await s.click('.lang-switch button[lang=ja]');
      await s.waitUntil(async () => /面談準備シート/.test(await s.text('h1')), 5000, 'Japanese again');
      assert.deepEqual(await seriousViolations(s), [], 'axe on the sheet');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('points to an acronym of what must not be passed on in a shared action (QC), as k writes it', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(fixture.server.url);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {},
        worksheet: { confidential: { text: arguments[0], shared: false } },
        commitments: { draft: '', saved: [
          { id: 1, text: arguments[1], saved_on: '2026-11-20', start_date: '2027-01-09', shared: true } ] } }))`,
      '腰が悪いので品質管理課(QC)への異動を考えている。', '1月9日から毎週土曜にQC検定の過去問を1回分解いて、点数を記録します');
      await s.open(at('/sheet'));
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('#sheet-repeated li')).length === 1, 5000, 'the note');
      assert.equal(await s.text('#sheet-repeated li'), 'i. 行動：「QC」');
    }));

  it('names, before the sheet goes out, the shared parts written in the other language than its headings', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      // Prepared in English for a manager who reads Japanese: the vision and one action
      // in English, one action and the support in Japanese, a private English action.
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {},
        worksheet: {
          vision: { doing: 'Leading the automation of the inspection line', shared: true },
          support: { text: '月に一度、研修に出る時間をもらいたい', shared: true } },
        commitments: { draft: '', saved: [
          { id: 1, text: 'From 12/14, 毎週月曜 I will check the 不良 data of line 3.', saved_on: '2026-11-20', start_date: '2026-12-14', shared: true },
          { id: 2, text: '12月14日から、毎週月曜に不良データを確認します', saved_on: '2026-11-20', start_date: '2026-12-14', shared: true },
          { id: 3, text: 'I will ask my manager about the project.', saved_on: '2026-11-20', shared: false } ] } }))`);
      await s.open(at('/sheet'));
      await s.reload();
      const note = () => s.text('[data-notice=other-language]');
      await s.waitUntil(async () => (await note()) !== '', 5000, 'the note');
      assert.equal(await note(), '英語で書かれているところがあります（f. ビジョン、i. 行動）。面談の相手が英語を読まないときは、ワークシートで日本語に書き直すか、日本語の一文を書き添えておきましょう。');
      // Not on paper.
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.ok(!(await s.run("return document.querySelector('main').innerText")).includes('英語で書かれている'), 'the note is not printed');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      assert.deepEqual(await seriousViolations(s), []);
      // English headings: the Japanese parts are named instead.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^Some parts are written in Japanese \(i\. Actions, j\. Support I want\)\./.test(await note()), 5000, 'the note in English');
      // The private copy is the person's own: no note there.
      await s.click('#sheet-scope-everything');
      await s.waitUntil(async () => (await s.findAll('[data-notice=other-language]')).length === 0, 5000, 'no note on the private copy');
    }));

  it('says, to someone back months later, that the interview date has passed and which shared actions wait for a follow-up answer', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const when = await s.run(`
        const at = (days) => { const d = new Date(); d.setDate(d.getDate() + days); return d; };
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const past = at(-190);
        return { saved: iso(at(-200)), interview: iso(past), start: iso(at(-180)), answered: iso(at(-170)), next: iso(at(12)), y: past.getFullYear(), m: past.getMonth() + 1, d: past.getDate() };`);
      // Written in spring: a private action, then two shared ones, one of them answered.
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {},
        worksheet: { interview: { date: arguments[1] } },
        commitments: { draft: '', saved: [
          { id: 1, text: '簿記1級の通信講座に申し込みます', saved_on: arguments[0], start_date: arguments[2], shared: false },
          { id: 2, text: '毎月、月次決算の手順書を1本書きます', saved_on: arguments[0], start_date: arguments[2], shared: true,
            follow_ups: [{ date: arguments[3], change: 'changed' }] },
          { id: 3, text: '後輩向けに固定資産の勉強会を開きます', saved_on: arguments[0], start_date: arguments[2], shared: true } ] } }))`,
      when.saved, when.interview, when.start, when.answered);
      await s.open(at('/sheet'));
      await s.reload();
      const past = '[data-notice=interview-past]';
      const waiting = '[data-notice=waiting]';
      await s.waitUntil(async () => (await s.findAll(past)).length === 1, 5000, 'the past date said');
      assert.match(await s.text(past), new RegExp(`^面談の日（${when.y}年${when.m}月${when.d}日\\(.\\)）は過ぎています。次の面談に持っていくシートなら、ワークシートの「a. 面談について」で日付を入れ直してください。`));
      assert.equal(await s.run('return document.querySelector(arguments[0] + " a").getAttribute("href")', past), '#/worksheet?s=ws-interview');
      // The sheet's second action (the third on the worksheet; the private one is not on it).
      assert.equal(await s.text(waiting), 'このシートの行動のうち、2番は始める日を過ぎていて、まだ振り返りの答えがありません。答えると、その答えもシートに載ります。 「約束を確かめる」の一覧で答える');
      assert.equal(await s.run('return document.querySelector(arguments[0] + " a").getAttribute("href")', waiting), '#/check?s=my-commitments');
      // Not on paper.
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.ok(!(await s.run("return document.querySelector('main').innerText")).includes('過ぎています'), 'the notes are not printed');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      assert.deepEqual(await seriousViolations(s), []);
      // English.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^On this sheet, these have passed their start date with no follow-up answer yet: no\. 2\./.test(await s.text(waiting)), 5000, 'in English');
      assert.match(await s.text(past), /^The interview date on this sheet \(.+\) has passed\. If the sheet is for your next interview, enter its date under "a\. The interview" on the worksheet\./);
      await s.click('.lang-switch button[lang=ja]');
      // Answered on the question at the top (the private one is asked first): the note goes,
      // and the answer is on the sheet.
      for (let i = 0; i < 2; i++) {
        await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up] button.answer')).length === 1, 5000, 'the question');
        await s.click('[data-notice=follow-up] button.answer');
        await s.run("document.querySelectorAll('[data-notice=follow-up] .change-scale .levels button')[3].click()");
        await new Promise((resolve) => setTimeout(resolve, 300));
      }
      await s.waitUntil(async () => (await s.findAll(waiting)).length === 0, 5000, 'nothing waits');
      // A study session held once is a one-off act: asked, and answered, as done or not.
      assert.match(await s.text('.sheet-actions li:nth-child(2) .sheet-follow-up'), /の振り返り：していません$/);
      // A new date: the sheet is for the next interview.
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('#ws-interview-date')).length === 1, 5000, 'the worksheet');
      await s.run(`const f = document.querySelector('#ws-interview-date'); f.value = arguments[0]; f.dispatchEvent(new Event('input', { bubbles: true })); f.dispatchEvent(new Event('change', { bubbles: true }));`, when.next);
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li')).length === 2, 5000, 'the sheet again');
      assert.equal((await s.findAll(past)).length, 0, 'no past date');
    }));

  it('points, before the sheet goes out, to the shared parts that repeat what must not be passed on', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {},
        worksheet: {
          vision: { doing: '親の介護が始まっても、時短や在宅を使って経理の仕事を続けている', shared: true },
          obstacles: [{ id: 3, when: '母の介護が必要になったら', then: '介護休業と時短勤務の制度を人事に確認する', shared: true }],
          values: { text: '母の介護と両立できること', shared: false },
          confidential: { text: arguments[0], shared: false } },
        commitments: { draft: '', saved: [
          { id: 1, text: arguments[1], saved_on: '2026-11-20', start_date: '2026-12-01', start_by: true, shared: true } ] } }))`,
      '母の介護が来年から必要になりそうで、時短勤務を考えています。上司には伝えないでください。', PASSING);
      await s.open(at('/sheet'));
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('#sheet-repeated li')).length === 2, 5000, 'the note');
      const lines = () => s.run("return [...document.querySelectorAll('#sheet-repeated li')].map(li => li.textContent)");
      // The shared vision and obstacle, in the worksheet's order, each with the words it
      // shares; not the values kept private, not the action, not 上司 or 来年.
      assert.deepEqual(await lines(), ['f. ビジョン：「介護」「時短」', 'h. つまずきへの備え：「介護」「時短勤務」']);
      assert.match(await s.text('#sheet-repeated'), /^「伝えてほしくないこと」と同じ言葉が、共有する項目にもあります/);
      assert.match(await s.text('#sheet-repeated'), /その項目を「自分だけ」にするか、書き直してください。$/);
      // Not on paper.
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.ok(!(await s.run("return document.querySelector('main').innerText")).includes('同じ言葉'), 'the note is not printed');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      // The private copy holds k anyway: no note there.
      await s.click('#sheet-scope-everything');
      await s.waitUntil(async () => (await s.findAll('#sheet-repeated')).length === 0, 5000, 'no note on the private copy');
      await s.click('#sheet-scope-shared');
      await s.waitUntil(async () => (await s.findAll('#sheet-repeated')).length === 1, 5000, 'the note again');
      assert.deepEqual(await seriousViolations(s), [], 'axe with the note');
      // Each section is a link to it in the worksheet; kept private there, it leaves the note.
      await s.click('#sheet-repeated li:nth-child(2) a');
      await s.waitUntil(async () => (await s.run('return document.activeElement.id')) === 'ws-obstacles-heading', 5000, 'the obstacles section in focus');
      await s.click('#ws-obstacles input[type=radio][value=private]');
      await s.open(at('/sheet'));
      await s.waitUntil(async () => (await s.findAll('#sheet-repeated li')).length === 1, 5000, 'one section left');
      assert.deepEqual(await lines(), ['f. ビジョン：「介護」「時短」']);
      // In English, with its own quotes.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await lines())[0] === 'f. Vision: “介護”, “時短”', 5000, 'English');
      assert.match(await s.text('#sheet-repeated'), /^Words from "What must not be passed on" are also in what you share/);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('selects the sheet to copy by hand when the page has no clipboard (plain http on an intranet)', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.addInitScript("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })");
      await s.open(fixture.server.url);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: { language: 'en' }, worksheet: { vision: { doing: 'Teach new staff the closing', shared: true } } }))`);
      await s.open(at('/sheet'));
      await s.reload();
      await s.waitUntil(async () => /Teach new staff/.test(await s.text('.sheet')), 5000, 'the sheet');
      await s.click('#sheet-copy');
      await s.waitUntil(async () => /so it is selected: copy it with Ctrl\+C/.test(await s.text('#sheet-copy-note')), 5000, 'the selected note');
      const selected = await s.run('return window.getSelection().toString()');
      assert.match(selected, /^Interview preparation sheet/);
      assert.match(selected, /Teach new staff the closing/);
      const lines = (text) => text.trim().split(/\n+/);
      assert.deepEqual(lines(selected), lines(await s.run("return document.querySelector('.sheet').innerText")), 'the whole sheet, nothing else');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says, on a phone without a clipboard, to press and hold the selected sheet and choose Copy, not Ctrl+C (390 px, touch)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.addInitScript("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })");
      await s.cdp('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      await s.open(fixture.server.url);
      assert.equal(await s.run("return matchMedia('(pointer: coarse)').matches"), true, 'a touch screen');
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, worksheet: { vision: { doing: '惣菜の新人さんに盛り付けを教える係になっている', shared: true } } }))`);
      await s.open(at('/sheet'));
      await s.reload();
      await s.waitUntil(async () => /盛り付けを教える/.test(await s.text('.sheet')), 5000, 'the sheet');
      await s.click('#sheet-copy');
      await s.waitUntil(async () => (await s.text('#sheet-copy-note')) === '自動ではコピーできなかったため、シートを選択した状態にしました。選択された文字を長押しして、「コピー」を選んでください。',
        5000, 'the note for a finger');
      assert.match(await s.run('return window.getSelection().toString()'), /盛り付けを教える係/, 'the sheet selected');
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('h1')) === 'Interview preparation sheet', 5000, 'English');
      await s.click('#sheet-copy');
      await s.waitUntil(async () => (await s.text('#sheet-copy-note')) === 'The sheet could not be copied for you, so it is selected: press and hold the selected text and choose Copy.',
        5000, 'in English');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  const place = (s) => s.run("return localStorage.getItem('jiritsu.worksheet-place')");

  it('offers, opened again later, the section last written in, and its button takes the focus there; it never scrolls by itself (360 px)', () =>
    withSession({ lang: 'ja', width: 360, height: 800 }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      assert.deepEqual(await s.findAll('.resume-place'), [], 'nothing to go back to on a first visit');
      await s.type('#ws-vision-doing', VISION);
      await s.type('#ws-support-text', '月に一度、研修に出る時間をもらいたい');
      // Saved once typing pauses: the notebook, and beside it the section last written in.
      await s.waitUntil(async () => (await saved(s))?.worksheet?.support?.text === '月に一度、研修に出る時間をもらいたい', 5000, 'saved');
      await s.waitUntil(async () => (await place(s)) === 'ws-support', 5000, 'the place kept');
      assert.ok(!JSON.stringify(await saved(s)).includes('ws-support'), 'not in the notebook (nor in an export)');
      // The next break: opened from a bookmark in a new tab, nothing to scroll back to.
      const phoneTab = async () => {
        await switchTo(s, await openTab(s));
        await s.cdp('Emulation.setDeviceMetricsOverride', { width: 360, height: 800, deviceScaleFactor: 1, mobile: true });
      };
      await phoneTab();
      await s.open(at('/worksheet'));
      await s.waitUntil(() => s.find('.resume-place'), 5000, 'the line about the last place');
      const line = async () => (await s.text('.resume-place')).replace(/\s+/g, ' ');
      assert.equal(await line(), '前回は「j. 望む支援」を書いていました。 続きへ');
      assert.equal(await s.run('return innerWidth'), 360);
      assert.equal(await s.run('return scrollY'), 0, 'the page opens at its top');
      assert.ok(await s.run("return document.querySelector('.resume-place button').getBoundingClientRect().bottom <= innerHeight"),
        'the button in the first screen');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.resume-place button');
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'ws-support-heading'"), 5000, 'the section focused');
      // Within a pixel: a scrolled position can land a fraction past the edge.
      await s.waitUntil(() => s.run("const r = document.querySelector('#ws-support-heading').getBoundingClientRect(); return r.top >= -1 && r.bottom <= innerHeight"),
        5000, 'the section in view');
      // A reload puts the page back where it was, and says nothing of the last place.
      await s.reload();
      await s.waitUntil(async () => (await s.run('return Math.round(scrollY)')) > 1000, 5000, 'scrolled back');
      assert.deepEqual(await s.findAll('.resume-place'), []);
      // Nor when a part is asked for (from the rehearsal, or a follow-up).
      await phoneTab();
      await s.open(at('/worksheet?s=ws-vision'));
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'ws-vision-heading'"), 5000, 'the part asked for');
      assert.deepEqual(await s.findAll('.resume-place'), []);
      // In English, the section's English title, quoted in English.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await saved(s)).settings?.language === 'en', 5000, 'the language saved');
      await phoneTab();
      await s.open(at('/worksheet'));
      await s.waitUntil(() => s.find('.resume-place'), 5000, 'the line in English');
      assert.equal(await line(), 'Last time you were writing in “j. Support I want”. Continue there');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('forgets the section last written in when everything is deleted', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.type('#ws-vision-doing', VISION);
      await s.waitUntil(async () => (await place(s)) === 'ws-vision', 5000, 'the place kept');
      await s.waitUntil(async () => (await saved(s))?.worksheet?.vision?.doing === VISION, 5000, 'saved');
      await s.open(at('/data'));
      await s.click('[data-action=delete-all]');
      await s.click('[data-action=delete-all-yes]');
      await s.waitUntil(async () => /すべて削除しました/.test(await s.text('.import-status')), 5000, 'deleted');
      assert.equal(await place(s), null);
      assert.deepEqual(await s.run('return Object.keys(localStorage).filter((k) => k.startsWith("jiritsu."))'), []);
      await switchTo(s, await openTab(s));
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      assert.deepEqual(await s.findAll('.resume-place'), [], 'no place to go back to');
    }));

  it('shows in the data screen and the export, and follows another tab without a reload', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const first = await s.cmd('GET', '/window');
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the sections');
      const second = await openTab(s);
      await switchTo(s, second);
      await s.open(at('/worksheet'));
      await s.waitUntil(async () => (await count(s, '.ws-section')) === 11, 5000, 'the second tab');
      await switchTo(s, first);
      await s.type('#ws-vision-doing', VISION);
      await switchTo(s, second);
      await s.waitUntil(async () => (await value(s, '#ws-vision-doing')) === VISION, 5000, 'the other tab shows the vision');
      assert.deepEqual(await s.findAll('[data-notice=conflict]'), []);
      // Typing on in the second tab goes on from there, and the first tab follows.
      await s.type('#ws-support-text', '研修の時間がほしい');
      await switchTo(s, first);
      await s.waitUntil(async () => (await value(s, '#ws-support-text')) === '研修の時間がほしい', 5000, 'back in the first tab');
      await s.run(`const f = document.querySelector('#ws-interview-date'); f.value = '2027-01-15';
        f.dispatchEvent(new Event('change', { bubbles: true }));`);
      await s.waitUntil(async () => (await saved(s)).worksheet.interview.date === '2027-01-15', 5000, 'the date saved');

      await s.open(at('/data'));
      assert.match(await s.text('.data-table'), /面談準備\u200b?ワークシート\s+3/);
      // The worksheet's date is the interview's, and says so.
      assert.match(await s.text('.data-table'), /面談日 2027年1月15日/);
      await s.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: s.downloads });
      await s.click('[data-action=export]');
      const { text } = await s.downloaded('.json');
      const exported = JSON.parse(text);
      assert.equal(exported.worksheet.vision.doing, VISION);
      assert.equal(exported.worksheet.support.text, '研修の時間がほしい');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says tomorrow and yesterday for the interview, and next year for the vision, in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/worksheet'));
      await s.waitUntil(() => s.find('#ws-interview-date'), 5000, 'the worksheet');
      const day = (offset) => s.run(`const d = new Date(); d.setDate(d.getDate() + arguments[0]);
        return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');`, offset);
      // The countdown's first line (the next says what is still to prepare).
      const countdown = async () => (await s.text('.countdown')).split('\n')[0];
      const countdownAfter = async (offset, expected) => {
        await choose(s, '#ws-interview-date', await day(offset));
        await s.waitUntil(async () => (await countdown()) === expected, 5000, `the countdown: ${expected}`);
      };
      const years = () => s.run("return [...document.querySelectorAll('#ws-vision-year option')].map(o => o.textContent.trim())");
      const year = new Date().getFullYear();
      await countdownAfter(1, '面談は明日です。');
      await countdownAfter(-1, '面談は昨日でした。');
      // After the interview, the next line says what comes next rather than what is left to prepare.
      const after = async () => (await s.text('.countdown')).split('\n')[1];
      assert.match(await after(), /^面談のあとは、行動に書いた始める日を過ぎると「始められましたか？」とお聞きします。答えて振り返りましょう。/);
      await countdownAfter(3, '面談まであと3日です。');
      assert.match(await after(), /^まだ書いていない項目：/);
      // With the year in 令和, as many who write Japanese count it.
      assert.deepEqual((await years()).slice(0, 2), [`${year + 1}年（令和${year + 1 - 2018}年・来年）`, `${year + 2}年（令和${year + 2 - 2018}年・2年後）`]);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await countdown()) === '3 days to go until the interview.', 5000, 'English');
      await countdownAfter(1, 'The interview is tomorrow.');
      await countdownAfter(-1, 'The interview was yesterday.');
      await countdownAfter(-2, 'The interview was 2 days ago.');
      assert.match(await after(), /^After the interview, answer "Did you start\?"/);
      assert.deepEqual((await years()).slice(0, 2), [`${year + 1} (next year)`, `${year + 2} (2 years from now)`]);
    }));

  it("offers the interview types the host's settings file lists, in its order", async () => {
    const dir = mkdtempSync(join(tmpdir(), 'jiritsu-site-'));
    cpSync(SITE_DIR, dir, { recursive: true });
    writeFileSync(join(dir, 'jiritsu.config.json'), JSON.stringify({ interviewTypes: ['one_on_one', 'career'] }));
    const server = await serveSite(dir, '/hr/jiritsu/');
    try {
      await withSession({ lang: 'ja' }, async (s) => {
        await s.open(`${server.url}#/worksheet`);
        await s.waitUntil(async () => (await s.run(
          "return [...document.querySelectorAll('#ws-interview-kind option')].map(o => o.textContent).join('|')")) === '選んでください|1on1|キャリア面談',
        5000, 'the host\u2019s interview types');
        await choose(s, '#ws-interview-kind', 'career');
        await s.waitUntil(async () => (await saved(s))?.worksheet.interview.kind === 'career', 5000, 'the kind saved');
        await assertCleanAndLocal(s, server.origin);
      });
    } finally {
      await server.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps markup written into every worksheet field as text, on the worksheet, the sheet and the rehearsal', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const payload = '<img src=x onerror=alert(1)>"><script>alert(2)</script>';
      const doc = JSON.parse(readFileSync('tests/host/fixtures/document-v4.json', 'utf8'));
      const poison = (value) => {
        if (typeof value === 'string') return `${payload}${value}`;
        if (Array.isArray(value)) return value.map(poison);
        if (value && typeof value === 'object') {
          return Object.fromEntries(Object.entries(value).map(([k, v]) =>
            [k, ['kind', 'date', 'saved_on', 'start_date', 'change'].includes(k) ? v : poison(v)]));
        }
        return value;
      };
      const ratings = doc.worksheet.autonomy;
      doc.worksheet = { ...poison(doc.worksheet), autonomy: ratings };
      doc.commitments.saved.forEach((c) => { c.text = payload + c.text; c.shared = true; });
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", JSON.stringify(doc));
      for (const route of ['/worksheet', '/sheet', '/rehearsal']) {
        await s.open(at(route));
        await s.reload();
        await s.waitUntil(async () => (await s.text('main')).includes('<img src=x'), 5000, `the text on ${route}`);
        if (route === '/sheet') await s.click('#sheet-scope-everything');
        const alert = await s.cmd('GET', '/alert/text').then((text) => text, () => null);
        assert.equal(alert, null, `a dialog opened on ${route}`);
        const injected = await s.run(`return [...document.querySelectorAll('main *')]
          .filter((e) => ['IMG', 'SCRIPT'].includes(e.tagName) || [...e.attributes].some((a) => /^on/i.test(a.name)))
          .map((e) => e.outerHTML)`);
        assert.deepEqual(injected, [], `markup became elements on ${route}`);
      }
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});
