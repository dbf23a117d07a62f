// End to end: checking a commitment as a newcomer does it — typing with real key events,
// seeing both verdicts change, saving, reloading, taking the calendar file, and answering
// the follow-up once the start date has passed.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';

// The four examples of the domain brief, with the verdicts they must get.
const EXAMPLES = [
  { text: '後輩から頼られる存在になります', objective: false, start: false },
  { text: '期末の一ヶ月前になったら、経理経験2年未満の社員を集めて決算の勉強会を開きます', objective: true, start: true },
  { text: '1年以内にTOEICの点数を100点UPします', objective: true, start: false },
  { text: '12月1日までに英会話スクールに申し込んで、通い始めます', objective: true, start: true },
];
const MET = 'クリア';
const NOT_MET = 'もう一歩';
const CLEAR = '\uE009a\uE009\uE003'; // Ctrl+A, then Backspace

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);

const checkUrl = () => `${fixture.server.url}#/check`;
const saved = async (s) => JSON.parse(await s.run("return localStorage.getItem('jiritsu.document')"));
/** Puts saved commitments in the browser's notebook (current format; nothing else in it). */
const keepSaved = (s, saved) => s.run(
  "localStorage.setItem('jiritsu.document', JSON.stringify({ version: 5, settings: {}, commitments: { draft: '', saved: arguments[0] } }))",
  saved);
/** Days counted from the browser's own today, as saved dates: `{ name: days }` gives
 * `{ name: 'YYYY-MM-DD' }` (tests near a day's end stay right whatever the date). */
const browserDays = (s, offsets) => s.run(`const out = {};
  for (const [name, days] of Object.entries(arguments[0])) {
    const d = new Date(); d.setDate(d.getDate() + days);
    out[name] = [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
  }
  return out;`, offsets);

async function typeAfresh(s, text) {
  await s.type('#commitment-text', CLEAR);
  await s.type('#commitment-text', text);
}

/** Switches the page to English and waits for the check screen to be drawn in it. */
async function switchToEnglish(s, what) {
  await s.click('.lang-switch button[lang=en]');
  await s.waitUntil(async () => (await s.text('h1')) === 'Check a commitment', 5000, what);
}

async function verdicts(s) {
  return {
    objective: await s.text('[data-test=objective] .verdict-status'),
    start: await s.text('[data-test=start] .verdict-status'),
  };
}

async function waitForVerdicts(s, objective, start, what) {
  const want = { objective: `✓ ${MET}`, start: `✓ ${MET}` };
  if (!objective) want.objective = `✗ ${NOT_MET}`;
  if (!start) want.start = `✗ ${NOT_MET}`;
  await s.waitUntil(async () => JSON.stringify(await verdicts(s)) === JSON.stringify(want), 5000,
    `${what}: ${JSON.stringify(want)}`);
}

describe('checking a commitment', () => {
  it('gives the four examples of the brief their verdicts as they are typed', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      // The home screen offers the check screen as a place to start.
      await s.click('.start-list a[href="#/check"]');
      await s.waitUntil(async () => (await s.text('h1')) === '約束を確かめる', 5000, 'the check screen');
      // The verdicts change at each keystroke and are no live region; a status region,
      // which the field points at, says them once typing pauses.
      assert.equal(await s.run("return document.querySelector('.verdicts').getAttribute('aria-live')"), null);
      assert.match(await s.run("return document.querySelector('#commitment-text').getAttribute('aria-describedby')"), /commitment-spoken/);
      assert.equal(await s.run("return document.querySelector('#commitment-spoken').getAttribute('role')"), 'status');
      assert.equal(await s.run("return document.querySelector('label[for=commitment-text]').textContent"), '約束する行動');
      for (const example of EXAMPLES) {
        await typeAfresh(s, example.text);
        assert.equal(await s.run("return document.querySelector('#commitment-text').value"), example.text);
        await waitForVerdicts(s, example.objective, example.start, example.text);
      }
      // The last one names its start, spelled out with the weekday: a deadline to begin by.
      assert.match(await s.text('.start-date'), /^始める日：\d{4}年12月1日\([月火水木金土日]\)までに$/);
      // It passes both tests: no example rewrite is shown.
      const exampleShown = "return getComputedStyle(document.querySelector('.example')).display !== 'none'";
      assert.equal(await s.run(exampleShown), false);
      // A failing one, what to add, and an example rewrite.
      await typeAfresh(s, EXAMPLES[0].text);
      await waitForVerdicts(s, false, false, 'relied upon');
      assert.match(await s.text('[data-test=objective]'), /気持ちや姿勢、状態を表すことば/);
      assert.match(await s.text('.hints'), /書き足すとよいこと/);
      assert.match(await s.text('.example q'), /後輩/);
      assert.equal(await s.run(exampleShown), true);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('turns a failing commitment into a passing one by adding a start, and keeps it through a reload', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, EXAMPLES[2].text);
      await waitForVerdicts(s, true, false, 'a deadline on a score');
      assert.match(await s.text('[data-test=start]'), /結果の締め切り/);
      // A sign-up day still to come (ten days from today): a day just passed would be read
      // as next year's, with a note to check it.
      const { month, day } = await s.run(`const d = new Date(); d.setDate(d.getDate() + 10);
        return { month: d.getMonth() + 1, day: d.getDate() };`);
      const added = `。そのために${month}月${day}日までにTOEICに申し込みます`;
      await s.type('#commitment-text', added);
      await waitForVerdicts(s, true, true, 'with a sign-up date added');
      assert.match(await s.text('.both-met'), /二つともクリア/);
      assert.equal(await s.run("return document.querySelector('.hints').hidden"), true, 'nothing to add when both pass');
      // Two passing verdicts share the row half and half, as two failing ones do.
      const widths = await s.run(`const area = document.querySelector('.verdict-area').getBoundingClientRect().width;
        return [area, ...[...document.querySelectorAll('.verdict-area > .verdict')].map(v => v.getBoundingClientRect().width)]`);
      assert.equal(widths.length, 3);
      assert.ok(Math.abs(widths[1] - widths[2]) < 1 && widths[1] + widths[2] > widths[0] - 30, `verdicts ${widths}`);
      // The draft is saved as it is typed: a reload keeps it, and so does a change of language.
      await s.reload();
      const draft = `1年以内にTOEICの点数を100点UPします${added}`;
      assert.equal(await s.run("return document.querySelector('#commitment-text').value"), draft);
      await switchToEnglish(s, 'English');
      assert.equal(await s.run("return document.querySelector('#commitment-text').value"), draft);
      assert.equal(await s.text('[data-test=start] .verdict-status'), '✓ Passes');
      assert.equal(await s.text('[data-test=objective] .verdict-status'), '✓ Passes');
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('fills the textarea with a sample in one click, from the keyboard, the school\'s deadline the first of next month', () =>
    withSession({ lang: 'en-US' }, async (s) => {
      await s.open(checkUrl());
      await s.run("document.querySelectorAll('.samples button')[2].focus()");
      await s.keys('\uE007');
      await s.waitUntil(async () => (await s.run("return document.querySelector('#commitment-text').value")).includes('bookkeeping'),
        5000, 'the sample in the textarea');
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✗ Not yet', 5000, 'its verdict');
      assert.equal(await s.text('[data-test=objective] .verdict-status'), '✓ Passes');
      // The school sign-up is due on the first of next month: it passes both tests on any
      // day, with nothing to add and nothing to check.
      const month = await s.run(`return ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August',
        'September', 'October', 'November', 'December'][(new Date().getMonth() + 1) % 12];`);
      const school = `By 1 ${month} I will book a trial lesson at an online English school and start taking lessons.`;
      assert.equal(await s.text('.samples button:nth-of-type(4)'), school);
      await s.run("document.querySelectorAll('.samples button')[3].focus()");
      await s.keys('\uE007');
      await s.waitUntil(async () => (await s.run("return document.querySelector('#commitment-text').value")) === school,
        5000, 'the school sample in the textarea');
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✓ Passes', 5000, 'a start');
      assert.equal(await s.text('[data-test=objective] .verdict-status'), '✓ Passes');
      assert.match(await s.text('[data-test=start]'), new RegExp(`It names a deadline to begin by, \\w+ 1 ${month} \\d+:`));
      assert.equal(await s.run("return document.querySelector('.hints').hidden"), true, 'nothing to add or check');
    }));

  it('never loses what was written to an example: it offers the text back until the next keystroke, in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const mine = '来年4月から、毎週月曜に新人向けの売上ダッシュボード勉強会を開きます';
      const value = () => s.run("return document.querySelector('#commitment-text').value");
      await s.open(checkUrl());
      // Before anything is written, nothing has failed: a neutral mark, not a ✗.
      await s.waitUntil(async () => JSON.stringify(await verdicts(s)) === JSON.stringify({ objective: '– 未入力', start: '– 未入力' }),
        5000, 'the neutral verdicts of an empty box');
      assert.equal(await s.run("return document.querySelectorAll('.verdict.empty').length"), 2);
      await typeAfresh(s, mine);
      await s.click('.samples button');
      await s.waitUntil(async () => (await value()) === 'チームの頼れる相談役になります', 5000, 'the example in the box');
      assert.equal(await s.text('.sample-replaced'), '書いていた文を例文に置き換えました。 元の文に戻す');
      // Another example after the first replaces only the example: the offer keeps the text.
      await s.click('.samples button:nth-of-type(3)');
      await s.waitUntil(async () => (await value()) === '来年の3月までに簿記2級に合格します', 5000, 'the next example');
      await s.click('#sample-undo');
      await s.waitUntil(async () => (await value()) === mine, 5000, 'the text back');
      assert.equal(await s.run('return document.activeElement.id'), 'commitment-text', 'focus back in the box');
      assert.equal(await s.text('.sample-replaced'), '', 'the offer is gone');
      await waitForVerdicts(s, true, true, 'its verdicts');
      await s.reload();
      await s.waitUntil(async () => (await value()) === mine, 5000, 'kept through a reload');
      // An empty box takes an example with nothing to offer back; typing ends the offer.
      await switchToEnglish(s, 'English');
      await typeAfresh(s, 'I will mentor juniors.');
      await s.click('.samples button');
      await s.waitUntil(async () => (await s.text('.sample-replaced')) === 'The example replaced what you had written. Bring back my text', 5000, 'the offer in English');
      await s.type('#commitment-text', ' ');
      await s.waitUntil(async () => (await s.text('.sample-replaced')) === '', 5000, 'typing ends the offer');
      await typeAfresh(s, '');
      await s.click('.samples button');
      await s.waitUntil(async () => (await value()) === 'I will become the person my team turns to for advice.', 5000, 'the example');
      assert.equal(await s.text('.sample-replaced'), '', 'nothing replaced, nothing offered');
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('quotes the attitude and the vague time as they were written, whatever the page language', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, 'I will improve my English as soon as possible.');
      await waitForVerdicts(s, false, false, 'an attitude with a vague time');
      assert.match(await s.text('[data-test=objective]'), /「improve」は気持ちや姿勢/);
      assert.match(await s.text('[data-test=start]'), /「as soon as possible」ではカレンダーに書き込めません/);
      await typeAfresh(s, 'これから毎週、若手の相談に乗ります');
      await s.waitUntil(async () => /「これから毎週」ではカレンダーに書き込めません/.test(await s.text('[data-test=start]')), 5000, 'これから quoted');
      await switchToEnglish(s, 'English');
      await typeAfresh(s, 'I will deepen my knowledge of tax law someday.');
      await s.waitUntil(async () => /"deepen" describes a feeling, an attitude or a state/.test(await s.text('[data-test=objective]')), 5000, 'deepen quoted');
      assert.match(await s.text('[data-test=start]'), /"someday" cannot go on a calendar/);
      assert.match(await s.text('.hints'), /Turn "deepen" into something you will do/);
    }));

  it('gives an effort on something an example on that very topic, which passes', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, 'QCの勉強をがんばる');
      await waitForVerdicts(s, false, false, 'an effort');
      await s.waitUntil(async () => /^\d{4}年\d{1,2}月\d{1,2}日\(.\)から、毎週1時間をQCの勉強にあて、月末に進み具合を上司に報告します$/.test(await s.text('.example q')),
        5000, 'the example on QC');
      // Written as shown, it passes both tests.
      await typeAfresh(s, (await s.text('.example q')));
      await waitForVerdicts(s, true, true, 'the example itself');
    }));

  it('gives a wish or an act with nothing to count an example on its topic (a successor, improvements), which passes', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, '定年までに、後任の課長を育てます');
      await s.waitUntil(async () => /^\d{4}年\d{1,2}月\d{1,2}日\(.\)から、毎週水曜に30分、後任と1対1で話す時間をとり、任せた仕事の進み具合を一緒に確かめます$/.test(await s.text('.example q')),
        5000, 'the example on the successor');
      await typeAfresh(s, (await s.text('.example q')));
      await waitForVerdicts(s, true, true, 'the example itself');
      await switchToEnglish(s, 'English');
      await typeAfresh(s, 'I will improve our processes.');
      await s.waitUntil(async () => /^From .+ I will bring one proposal for improving our work to the first team meeting of every month\.$/.test(await s.text('.example q')),
        5000, 'the example on improvements');
    }));

  it('reads hiragana dates typed on a phone, and offers a wish about one’s days as a request to talk, not a demand', () =>
    withSession({ lang: 'ja', width: 360, height: 800 }, async (s) => {
      await s.open(checkUrl());
      // A month in hiragana (a 19-year-old's flick input) is a start, as 4月 is.
      await typeAfresh(s, 'らいねんのしがつから　フォークリフトのこうしゅうにいく');
      await waitForVerdicts(s, true, true, 'しがつから');
      await typeAfresh(s, '12がつ10かから　まいにち　こうぐをてんけんする');
      await waitForVerdicts(s, true, true, '12がつ10か');
      // A wish about one's own days is asked for by a date, quoted as written.
      await typeAfresh(s, '週4日勤務に減らしたい');
      await waitForVerdicts(s, false, false, 'a wish about days');
      await s.waitUntil(async () => /^\d{4}年\d{1,2}月\d{1,2}日\(.\)までに、上司に「週4日勤務に減らしたい」と相談する時間をお願いします$/.test(await s.text('.example q')),
        5000, 'the request to talk');
      await typeAfresh(s, (await s.text('.example q')));
      await waitForVerdicts(s, true, true, 'the request itself');
      // A one-off act is done by a day; mistakes get an example about mistakes.
      await typeAfresh(s, '上司に相談する');
      await s.waitUntil(async () => /^\d{4}年\d{1,2}月\d{1,2}日\(.\)までに、上司に相談する$/.test(await s.text('.example q')), 5000, 'by a day');
      await typeAfresh(s, 'ミスへらす');
      await s.waitUntil(async () => /ミスの数を記録して/.test(await s.text('.example q')), 5000, 'the example on mistakes');
      assert.match(await s.text('.hints'), /どこまでかが分かりません/);
    }));

  it('reads past an emoji, takes 店長に言う as opening a talk, and says how a quarter was counted', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(checkUrl());
      // An emoji at the end is no word of the commitment.
      await typeAfresh(s, '1月20日までに店長に相談する👍');
      await waitForVerdicts(s, true, true, 'the emoji read past');
      await typeAfresh(s, '1/20までに店長に言う');
      await waitForVerdicts(s, true, true, '店長に言う');
      // Q1 in a company whose year starts in April: the check line says how it counted.
      await typeAfresh(s, 'Q1に、社内公募に応募します');
      await waitForVerdicts(s, true, true, 'Q1');
      assert.match(await s.text('.hints'), /確かめておくこと/);
      assert.match(await s.text('.hints'), /四半期は、4月に始まる年度で数えて\d{4}年4月1日\(.\)と読みました。/);
      await switchToEnglish(s, 'English');
      const passes = async () => (await s.text('[data-test=objective] .verdict-status')) === '✓ Passes'
        && (await s.text('[data-test=start] .verdict-status')) === '✓ Passes';
      await typeAfresh(s, 'In Q1 I will apply to the data platform team.');
      await s.waitUntil(async () => (await passes()) && /quarter/.test(await s.text('.hints')), 5000, 'Q1 in English');
      assert.match(await s.text('.hints'), /The quarter was counted in the fiscal year, which starts in April: \w+ 1 April \d{4}\./);
      await typeAfresh(s, 'On April 1 I will apply to the data platform team.');
      await s.waitUntil(async () => (await passes())
        && await s.run("return document.querySelector('.hints').hidden"), 5000, 'nothing to check on a date');
    }));

  it('reads an act at a meeting in a month by the month’s end, asks a thought to be said firmly, and an occasion’s day (1366 px)', () =>
    withSession({ lang: 'ja', width: 1366, height: 768 }, async (s) => {
      await s.open(checkUrl());
      // A 部長's 1月の工程会議にて: by 31 January, not New Year's Day.
      await typeAfresh(s, '1月の工程会議にて、課長各位に対し安全方針を説明する。');
      await waitForVerdicts(s, true, true, 'the meeting in January');
      assert.match(await s.text('.start-date'), /^始める日：\d{4}年1月31日\(.\)までに$/);
      assert.match(await s.text('[data-test=start]'), /その月の社内の予定に合わせて行う行動です/);
      // His hedged 「…聞いてみようと思う」 passes, with a line asking for 「〜します」.
      await typeAfresh(s, '2月中に、人事部に関連会社出向の条件を聞いてみようと思う。');
      await waitForVerdicts(s, true, true, 'the thought');
      assert.match(await s.text('.hints'), /「〜と思う」は、まだ考えていることを書いた形です。/);
      await typeAfresh(s, '2月中に、人事部に関連会社出向の条件を聞きます。');
      await waitForVerdicts(s, true, true, 'said firmly');
      await s.waitUntil(async () => s.run("return document.querySelector('.hints').hidden"), 5000, 'nothing to say once firm');
      // 竣工後すぐに: the occasion is named, its day asked for, and no example makes one up.
      await typeAfresh(s, '竣工後すぐに、若手と一緒に現場の振り返り会を開きます。');
      await waitForVerdicts(s, true, false, 'the occasion');
      assert.match(await s.text('[data-test=start]'), /「竣工後すぐに」をきっかけに始める行動ですが、それがいつなのかが書かれていません。/);
      assert.match(await s.text('.hints'), /「竣工後すぐに」がいつなのかは、アプリには分かりません。/);
      assert.equal(await s.run("return document.querySelector('.example').hidden"), true, 'no made-up day');
      await typeAfresh(s, '竣工後すぐに（3月末予定）、若手と一緒に現場の振り返り会を開きます。');
      await waitForVerdicts(s, true, true, 'its planned time beside it');
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('checks a long commitment too, once typing pauses, and saves what was typed last', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      // Over 2,000 bytes: the check runs once typing pauses (see components/typed.rs).
      const long = `${'毎朝、前日の問い合わせ記録を読み返し、対応の漏れがないか確かめます。'.repeat(40)}`;
      await s.run(`const area = document.querySelector('#commitment-text');
        area.value = arguments[0];
        area.dispatchEvent(new InputEvent('input', { bubbles: true }));`, long);
      await s.type('#commitment-text', '来週月曜から始めます。');
      await waitForVerdicts(s, true, true, 'the long commitment with a start');
      assert.match(await s.text('.start-date'), /11月|12月|1月/);
      await s.type('#commitment-text', '\uE003'.repeat('来週月曜から始めます。'.length));
      await waitForVerdicts(s, true, false, 'the long commitment without its start');
      await s.click('#save-commitment');
      await s.waitUntil(async () => (await saved(s))?.commitments.saved.length === 1, 5000, 'the save');
      assert.equal((await saved(s)).commitments.saved[0].text, long);
      assert.equal((await saved(s)).commitments.saved[0].start_date, null, 'no start in the text, none saved');
      assert.equal(await s.run("return document.querySelector('#commitment-text').value"), '');
    }));
});

describe('the interview being prepared for, and a deadline with no act', () => {
  it('dates 面談の前に by the worksheet\'s day of the interview, and says where to give the day without one', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const when = await browserDays(s, { interview: 10 });
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 5, settings: {}, worksheet: { interview: { date: when.interview } } });
      await s.open(checkUrl());
      await s.reload();
      // A contract employee's action (2026-12-04), before the interview with her manager.
      await typeAfresh(s, '面談の前に、所長に正社員登用の条件を聞く');
      await waitForVerdicts(s, true, true, 'before the interview, dated');
      const [y, m, d] = when.interview.split('-').map(Number);
      assert.match(await s.text('.start-date'), new RegExp(`${y}年${m}月${d}日`));
      assert.match(await s.text('[data-test=start]'), new RegExp(`面談の日（${y}年${m}月${d}日`));
      // Without a day on the worksheet: the occasion still counts, and the way to date it is said.
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))", { version: 5, settings: {} });
      await s.reload();
      await typeAfresh(s, '面談の前に、所長に正社員登用の条件を聞く');
      await waitForVerdicts(s, true, true, 'before the interview, undated');
      assert.match(await s.text('[data-test=start]'), /ワークシートの「a. 面談」に日付を書くと、その日で読み取ります。/);
    }));

  it('does not call a deadline the day to begin when no act is written (来年中に…取りたい)', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      // A new graduate's wish (2026-12-04): the hint had said the day to begin was written.
      await typeAfresh(s, '来年中にAWSの資格を取りたい');
      await waitForVerdicts(s, false, false, 'a wish with a deadline');
      assert.match(await s.text('[data-test=start]'), /期限はありますが、いつ何を始めるのかが書かれていません。/);
      assert.doesNotMatch(await s.text('.hints'), /書いた日付は、そのままで大丈夫です/);
      assert.match(await s.text('.hints'), /始める日も書き添えましょう/);
    }));
});

describe('setting an action aside', () => {
  it('lets go of an action from the follow-up, keeps its record in the list, the worksheet and the sheet, and takes it up again', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const when = await browserDays(s, { saved: -40, start: -30, answered: -16, today: 0 });
      const [y, m, d] = when.today.split('-').map(Number);
      const day = new RegExp(`保留（${y}年${m}月${d}日`);
      // Asked twice already, and still not begun: a transfer changed the plan.
      await keepSaved(s, [{ id: 7, text: '毎週月曜に、倉庫の在庫表を更新して所長に送ります', saved_on: when.saved, start_date: when.start, shared: true,
        follow_ups: [{ date: when.answered, change: 'no_change' }] }]);
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up] button.set-aside')).length === 1, 5000, 'the question');
      assert.equal(await s.text('[data-notice=follow-up] button.set-aside'), '保留');
      await s.click('[data-notice=follow-up] button.set-aside');
      // It says first what 保留 is for, and asks.
      await s.waitUntil(() => s.run("return document.activeElement === document.querySelector('[data-notice=follow-up] button.set-aside-confirm')"), 5000, 'asked in place');
      assert.match(await s.text('[data-notice=follow-up] .set-aside-help'), /^「保留」は、いまはやらない行動や、合わなくなった行動のためのものです。/);
      await s.click('[data-notice=follow-up] button.set-aside-confirm');
      await s.waitUntil(async () => /^保留にしました。記録は「約束を確かめる」の一覧に残り/.test(await s.text('[data-notice=follow-up-recorded]')), 5000, 'said');
      assert.equal((await s.findAll('[data-notice=follow-up] button.answer')).length, 0, 'no longer asked');
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].set_aside === when.today, 5000, 'saved with the day');
      assert.equal((await saved(s)).commitments.saved[0].follow_ups.length, 1, 'its answer kept');
      // The list: marked with the day, no recording or calendar file, and the way back.
      await s.run("location.hash = '#/check'");
      const item = '.commitments li.commitment[data-id="7"]';
      await s.waitUntil(async () => (await s.findAll(`${item} .chip.set-aside`)).length === 1, 5000, 'the mark');
      assert.match(await s.text(`${item} .chip.set-aside`), day);
      assert.equal(await s.run(`return document.querySelector('${item} details').hidden`), true, 'nothing to record');
      assert.equal(await s.text(`${item} button.set-aside`), '再開する');
      // The worksheet and the sheet keep it, said as let go.
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('#ws-actions .set-aside-note')).length === 1, 5000, 'the worksheet');
      assert.match(await s.text('#ws-actions .set-aside-note'), /この行動は保留にしています。記録として残り、再開もできます：\s*約束を確かめる$/);
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li .sheet-set-aside')).length === 1, 5000, 'the sheet');
      assert.match(await s.text('.sheet-actions li .sheet-set-aside'), day);
      assert.deepEqual(await seriousViolations(s), []);
      // Taken up again from the list: the button keeps focus and says what it did.
      await s.run("location.hash = '#/check'");
      await s.waitUntil(async () => (await s.findAll(`${item} button.set-aside`)).length === 1, 5000, 'the list again');
      await s.click(`${item} button.set-aside`);
      await s.waitUntil(async () => (await s.text(`${item} .status`)) === '再開しました。', 5000, 'taken up');
      assert.equal(await s.run(`return document.activeElement === document.querySelector('${item} button.set-aside')`), true);
      assert.equal(await s.text(`${item} button.set-aside`), '保留');
      assert.equal((await s.findAll(`${item} .chip.set-aside`)).length, 0);
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].set_aside === undefined, 5000, 'saved as taken up');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('the person\'s own words (issue #15, item 5)', () => {
  // The first Monday of the coming January, by the browser's own calendar.
  const firstMondayOfJanuary = (s) => s.run(`
    const now = new Date();
    const year = now.getMonth() === 0 ? now.getFullYear() : now.getFullYear() + 1;
    const d = new Date(year, 0, 1);
    while (d.getDay() !== 1) d.setDate(d.getDate() + 1);
    return { year, day: d.getDate() };`);

  it('gives an empty box\'s example in the page\'s language, and a written one\'s in the language written', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.open(checkUrl());
      await s.waitUntil(async () => (await s.text('h1')) === 'Check a commitment', 5000, 'English');
      assert.match(await s.text('.example q'), /^From \w{3} \d{1,2} \w+ \d{4} I will sum up the week's work/);
      await s.click('.lang-switch button[lang=ja]');
      await s.waitUntil(async () => /^\d{4}年\d{1,2}月\d{1,2}日\(.\)から、毎週金曜に、その週にした仕事/.test(await s.text('.example q')), 5000, 'the example in Japanese');
      // On the Japanese page an English text gets an English example, and the other way round.
      await typeAfresh(s, 'I will be more proactive.');
      await s.waitUntil(async () => /I will/.test(await s.text('.example q')), 5000, 'an English example for English');
      await switchToEnglish(s, 'English again');
      await typeAfresh(s, 'もっと積極的になります');
      await s.waitUntil(async () => /[ぁ-ん]/.test(await s.text('.example q')), 5000, 'a Japanese example for Japanese');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('turns thinking into asking for a talk on the person\'s own topic, and a way kept in mind into a time set aside', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, '再雇用のことは、そのうち考えます');
      await waitForVerdicts(s, false, false, 'thinking, some day');
      assert.match(await s.text('.example q'), /までに、再雇用について人事部か上司に30分の相談を申し込みます/);
      await typeAfresh(s, '業務のマニュアル作りを心がけます');
      await waitForVerdicts(s, false, false, 'a way kept in mind');
      assert.match(await s.text('.example q'), /から、毎週金曜の午後に30分、業務の手順書を1項目ずつ書いて課の共有フォルダに置きます/);
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('asks an ability for the practice that gets there, and reads a booking before what is booked, in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, '英語で商品説明ができるようになる');
      await waitForVerdicts(s, false, false, 'an ability');
      assert.match(await s.text('[data-test=objective]'), /「〜できるようになる」はこれから身につける力/);
      assert.match(await s.text('.hints'), /練習や学び/);
      assert.match(await s.text('.example q'), /声に出して練習し/);
      // The exam's month names the exam; the deadline on signing up is the start.
      await typeAfresh(s, '日商簿記（2月実施）、来月10日までにネットで申し込む');
      await waitForVerdicts(s, true, true, 'a booking before what is booked');
      const [y, m] = await s.run('const t = new Date(); const d = new Date(t.getFullYear(), t.getMonth() + 1, 1); return [d.getFullYear(), d.getMonth() + 1]');
      assert.match(await s.text('.start-date'), new RegExp(`^始める日：${y}年${m}月10日\\(.\\)までに$`));
      await switchToEnglish(s, 'English');
      await typeAfresh(s, 'I will be able to explain our product in English.');
      await s.waitUntil(async () => (await s.text('[data-test=objective] .verdict-status')) === '✗ Not yet', 5000, 'an ability in English');
      assert.match(await s.text('.hints'), /practice or study/);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('quotes what was written whole, in the reasons and in the example rewrite, in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      // A start on the first Monday of January is that Monday, and the act is quoted whole.
      const act = '入社3年目までの後輩の相談に毎週金曜日の昼休みにのります';
      await typeAfresh(s, `1月の第1月曜日から、${act}`);
      await waitForVerdicts(s, true, true, 'the first Monday of January');
      const { year, day } = await firstMondayOfJanuary(s);
      assert.match(await s.text('.start-date'), new RegExp(`^始める日：${year}年1月${day}日\\(月\\)から$`));
      assert.match(await s.text('[data-test=objective]'), new RegExp(`「${act}」`));
      // Without a start, the example rewrite keeps the whole text after the date it adds.
      const long = '入社3年目までの後輩の相談に、毎週金曜日の昼休みに30分ずつ、会議室Bでのります';
      await typeAfresh(s, long);
      await waitForVerdicts(s, true, false, 'no start');
      assert.match(await s.text('[data-test=objective]'), new RegExp(`「${long}」`), 'the act over its commas, whole');
      assert.match(await s.text('.example q'), new RegExp(`^\\d{4}年\\d{1,2}月\\d{1,2}日\\(.\\)から、${long}$`));
      // Giving advice goes on: a deadline on it says nothing of when it begins.
      await typeAfresh(s, '3月までに後輩の相談にのります');
      await waitForVerdicts(s, true, false, 'a deadline on giving advice');
      // The first step it asks for is one others could see: "getting started" shows nothing.
      assert.match(await s.text('.hints'), /「後輩の相談にのります」に向けて最初にする、周りから見える一歩/);
      assert.match(await s.text('.example q'), /^\d{4}年\d{1,2}月\d{1,2}日\(.\)までに、進め方と途中の締め切りを上司に伝え、3月までに後輩の相談にのります$/);
      // Nor does the check take a bare "get started" for the act that begins on its day.
      await typeAfresh(s, '12月7日から取りかかり、来年度中に技術士の一次試験を受ける');
      await waitForVerdicts(s, true, false, 'a bare beginning before a deadline');
      assert.match(await s.text('.example q'), /^\d{4}年12月7日\(.\)から、過去問題集を毎朝30分解き、来年度中に技術士の一次試験を受ける$/);
      // A wish for a qualification gets the example its plain form gets, on its topic.
      await typeAfresh(s, 'FP2級を取りたい');
      await waitForVerdicts(s, false, false, 'a wish');
      assert.match(await s.text('.example q'), /講座に申し込み、参考書を買って勉強を始めます$/);
      // A time in hiragana is read as its kanji form.
      await typeAfresh(s, 'らいげつからFPのテキストを毎朝10分よむ');
      await waitForVerdicts(s, true, true, 'らいげつ');

      // English: a long act is quoted to its last word, and the rewrite keeps all of it.
      await switchToEnglish(s, 'English');
      const phrase = 'mentor junior colleagues in the sales team and the accounting team, one hour every Friday afternoon';
      await typeAfresh(s, `I will ${phrase}.`);
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✗ Not yet', 5000, 'no start');
      assert.ok((await s.text('[data-test=objective]')).includes(`"${phrase}"`), 'the act quoted whole');
      assert.match(await s.text('.example q'), new RegExp(`^Starting on \\w{3} \\d{1,2} \\w+ \\d{4}, I will ${phrase}\\.$`));
      await typeAfresh(s, `From the first Monday in January, I will ${phrase}.`);
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✓ Passes', 5000, 'a start');
      assert.equal(await s.text('.start-date'), `Starts Mon ${day} January ${year}`);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('takes an event the company schedules, named without a day, as a start, and a meeting that takes place as no act, in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, '棚卸しが終わったら、在庫の差異を一覧にして課長に報告します');
      await waitForVerdicts(s, true, true, 'after the stocktake');
      assert.match(await s.text('[data-test=start]'), /社内の予定をきっかけに始まります/);
      await typeAfresh(s, '12月7日に、部長との面談があります。');
      await waitForVerdicts(s, false, false, 'a meeting that takes place');
      assert.match(await s.text('[data-test=objective]'), /「〜があります」は予定を述べているだけで/);

      await switchToEnglish(s, 'English');
      await typeAfresh(s, 'After the next release, I will run a retrospective with the testers.');
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✓ Passes', 5000, 'a start');
      assert.match(await s.text('[data-test=start]'), /an event on the company calendar/);
      await typeAfresh(s, 'There is a performance review on 9 December.');
      await s.waitUntil(async () => (await s.text('[data-test=objective] .verdict-status')) === '✗ Not yet', 5000, 'no act');
      assert.match(await s.text('[data-test=objective]'), /says what is scheduled, not what you will do/);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('how people say when they begin (issue #13, round 5)', () => {
  it('reads business days, the day after a named day and the time of the act\'s own clause, in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, '5営業日以内に、健康診断の再検査を予約します。');
      await waitForVerdicts(s, true, true, 'within five business days');
      assert.match(await s.text('[data-test=start]'), /\d+年\d+月\d+日\(.\)までに始める行動/);
      await typeAfresh(s, 'クリスマス明けに、来年の目標シートを課長に送ります。');
      await waitForVerdicts(s, true, true, 'the day after Christmas');
      assert.match(await s.text('[data-test=start]'), /12月26日\(.\)に始める行動/);

      await switchToEnglish(s, 'English');
      // A day ten days ahead by the browser's calendar: a deadline still to come on any day
      // the test runs (a fixed "4 December" was today's own date on 4 December).
      const { day, month } = await s.run(`const d = new Date(); d.setDate(d.getDate() + 10);
        return { day: d.getDate(), month: d.toLocaleString('en-GB', { month: 'long' }) };`);
      await typeAfresh(s, `The budget meeting is in February, so by ${day} ${month} I will send my manager the cost figures.`);
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✓ Passes', 5000, 'a start');
      assert.match(await s.text('[data-test=start]'), new RegExp(`It names a deadline to begin by, \\w+ ${day} ${month} \\d+:`));
      await typeAfresh(s, 'Within 3 business days, I will book a slot with the career counsellor.');
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✓ Passes', 5000, 'business days');
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('dates and dated attitudes (issue #13, round 6)', () => {
  it('reads a part of a month as a deadline at its last day, a note opened by a short weekday, asks a dated attitude for the act only and points out a weekday that is not the date\'s, in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, '1月中旬までに、資格講座の申込書を総務に提出します');
      await waitForVerdicts(s, true, true, 'by mid-January');
      assert.match(await s.text('[data-test=start]'), /1月20日\(.\)/);
      await typeAfresh(s, '来月から、会議で積極的に発言するよう心がけます');
      await waitForVerdicts(s, false, false, 'a dated attitude');
      assert.match(await s.text('[data-test=start]'), /日付はありますが、その日に始める具体的な行動がありません/);
      assert.match(await s.text('.hints'), /書いた日付は、そのままで大丈夫です/);
      assert.doesNotMatch(await s.text('.hints'), /始める日も書き添え/);
      assert.equal(await s.text('.hints h2'), '書き足すとよいこと');

      // A weekday that is not the date's own: the date is read as written, and the person is
      // asked which of the two is right (ten days from today, with the next day's weekday).
      const { month, day, actual, wrong } = await s.run(`const d = new Date(); d.setDate(d.getDate() + 10);
        const names = '日月火水木金土';
        return { month: d.getMonth() + 1, day: d.getDate(), actual: names[d.getDay()], wrong: names[(d.getDay() + 1) % 7] };`);
      await typeAfresh(s, `${month}月${day}日(${wrong})から、毎朝15分英語を勉強します。`);
      await waitForVerdicts(s, true, true, 'a date with a slip in its weekday');
      assert.match(await s.text('.hints'), new RegExp(`${month}月${day}日は${actual}曜日ですが、曜日が「${wrong}」と書かれています`));
      assert.equal(await s.text('.hints h2'), '確かめておくこと', 'nothing to add, one thing to check');
      assert.equal(await s.run("return document.querySelector('.example').hidden"), true, 'no example to give');
      await typeAfresh(s, `${month}月${day}日(${actual})から、毎朝15分英語を勉強します。`);
      await waitForVerdicts(s, true, true, 'the same date with its own weekday');
      assert.equal(await s.run("return document.querySelector('.hints').hidden"), true, 'nothing to check');

      await switchToEnglish(s, 'English');
      await typeAfresh(s, 'Thu: ask the vendor for the revised quote.');
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✓ Passes', 5000, 'a weekday note');
      assert.match(await s.text('[data-test=start]'), /It names the day you begin, Thu \d+ \w+ \d+:/);
      await typeAfresh(s, 'From January I want to mentor new hires.');
      await s.waitUntil(async () => (await s.text('[data-test=objective] .verdict-status')) === '✗ Not yet', 5000, 'a wish');
      assert.match(await s.text('.hints'), /the date you wrote can stay/);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('an act already under way (issue #13)', () => {
  it('says a rewritten commitment began on its day in the saved list and the follow-up, as the worksheet does', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      const when = await s.run(`
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const at = (days) => { const d = new Date(); d.setDate(d.getDate() + days); return d; };
        const start = at(-5);
        return { saved: iso(at(-30)), read: iso(at(-1)), start: iso(start), y: start.getFullYear(), m: start.getMonth() + 1, d: start.getDate() };`);
      // Saved a month ago as a plan, rewritten yesterday: "I have been listening since …".
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, commitments: { draft: '', saved: [
          { id: 1, text: arguments[0], saved_on: arguments[1], read_on: arguments[2], start_date: arguments[3], shared: true } ] } }))`,
      `${when.m}月${when.d}日から、毎朝15分英語のニュースを聞いています。`, when.saved, when.read, when.start);
      await s.reload();
      const began = new RegExp(`始めた日：${when.y}年${when.m}月${when.d}日`);
      await s.waitUntil(async () => began.test(await s.text('.commitments li.commitment')), 5000, 'the list says it began');
      assert.match(await s.text('[data-notice=follow-up] .follow-up-start'), began);
      await s.open(`${fixture.server.url}#/worksheet`);
      await s.waitUntil(async () => began.test(await s.text('#ws-actions .start-date')), 5000, 'the worksheet says the same');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('reads a day just passed as the start already made (not asked about on the day it is saved), says which year a plan on such a day was read in, and reads 先週 and "since last week", in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      const { y, m, d, monday } = await s.run(`const d = new Date(); d.setDate(d.getDate() - 5);
        const last = new Date(); last.setDate(last.getDate() - ((last.getDay() + 6) % 7) - 7);
        const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
        return { y: d.getFullYear(), m: d.getMonth() + 1, d: d.getDate(), monday: last.getDate() + ' ' + months[last.getMonth()] + ' ' + last.getFullYear() };`);
      await typeAfresh(s, `${m}月${d}日から、毎朝15分英語のニュースを聞いています。`);
      await waitForVerdicts(s, true, true, 'a day just passed, the act under way');
      assert.match(await s.text('[data-test=start]'), new RegExp(`${y}年${m}月${d}日\\(.\\)に始めた行動`));
      assert.match(await s.text('.start-date'), new RegExp(`^始めた日：${y}年${m}月${d}日`));
      assert.equal(await s.run("return document.querySelector('.hints').hidden"), true, 'nothing to check');
      // Saved today, it is not asked about today ("did you start?" comes from tomorrow on).
      await s.click('#save-commitment');
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment')).length === 1, 5000, 'the saved item');
      await s.reload();
      assert.match(await s.text('.commitments li.commitment'), new RegExp(`始めた日：${y}年${m}月${d}日`));
      assert.equal(await s.run("return document.querySelector('.commitments li.commitment button.ics').hidden"), true,
        'no calendar file for a day already passed');
      assert.equal((await s.findAll('[data-notice=follow-up]')).length, 0, 'no follow-up on the day it is saved');

      // The same day said as a plan is next year's, and the check says which year it read
      // (in the first five days of January that day is last year's: nothing to check then).
      if (y === new Date().getFullYear()) {
        await typeAfresh(s, `${m}月${d}日に、英会話スクールの体験レッスンを予約します。`);
        await waitForVerdicts(s, true, true, 'a day just passed, said as a plan');
        assert.match(await s.text('[data-test=start]'), new RegExp(`${y + 1}年${m}月${d}日\\(.\\)に始める行動`));
        assert.equal(await s.text('.hints h2'), '確かめておくこと');
        assert.match(await s.text('.hints'), new RegExp(`今年の${m}月${d}日はもう過ぎているので、来年の${y + 1}年${m}月${d}日\\(.\\)と読みました`));
      }

      await switchToEnglish(s, 'English');
      await typeAfresh(s, 'Since last week, I have been reading one industry article every morning.');
      await s.waitUntil(async () => (await s.text('[data-test=start] .verdict-status')) === '✓ Passes'
        && (await s.text('[data-test=objective] .verdict-status')) === '✓ Passes', 5000, 'the perfect, since last week');
      assert.match(await s.text('[data-test=start]'), new RegExp(`It names the day you began, Mon ${monday}:`));
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('my commitments', () => {
  it('saves a commitment, finds it after a reload, gives its calendar file, and deletes it', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      assert.match(await s.text('section[aria-labelledby=my-commitments]'), /まだありません/);
      await typeAfresh(s, EXAMPLES[3].text);
      await waitForVerdicts(s, true, true, 'the school sign-up');
      await s.click('#save-commitment');
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment')).length === 1, 5000, 'the saved item');
      assert.match(await s.text('.check .status[role=status]'), /保存しました/);
      assert.equal(await s.run("return document.querySelector('#commitment-text').value"), '', 'the draft is emptied');
      await s.reload();
      const item = await s.text('.commitments li.commitment');
      assert.match(item, /12月1日までに英会話スクールに申し込んで、通い始めます/);
      assert.match(item, /始める日：\d{4}年12月1日\(.\)までに/);
      const stored = (await saved(s)).commitments.saved[0];
      assert.match(stored.start_date, /^\d{4}-12-01$/);
      assert.equal(stored.start_by, true, 'saved as a deadline to begin by');

      // The calendar file: two all-day events, on the start and a week later.
      await s.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: s.downloads });
      await s.click('.commitments li.commitment button.ics');
      const { name: file, text: ics } = await s.downloaded('.ics');
      // Said where the button is: what was saved and what to do with it.
      await s.waitUntil(async () => /^カレンダー用のファイル（\.ics）を保存しました。/.test(await s.text('.commitments li.commitment .status')), 5000, 'said saved');
      const year = stored.start_date.slice(0, 4);
      assert.ok(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:'), ics);
      const lines = ics.replace(/\r\n /g, '').split('\r\n');
      assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 2);
      assert.ok(lines.includes(`DTSTART;VALUE=DATE:${year}1201`), ics);
      assert.ok(lines.includes(`DTEND;VALUE=DATE:${year}1202`), ics);
      assert.ok(lines.includes(`DTSTART;VALUE=DATE:${year}1208`), ics);
      assert.ok(lines.includes('SUMMARY:12月1日までに英会話スクールに申し込んで\\、通い始めます') ||
        lines.includes('SUMMARY:12月1日までに英会話スクールに申し込んで、通い始めます'), ics);
      assert.ok(lines.some((l) => l.startsWith('SUMMARY:振り返り（始められた？）：')), ics);
      assert.ok(ics.split('\r\n').every((l) => Buffer.byteLength(l) <= 75), 'lines are folded at 75 octets');

      assert.deepEqual(await seriousViolations(s), []);
      // Delete, after the browser's confirmation.
      await s.click('.commitments li.commitment button.delete');
      await s.cmd('POST', '/alert/accept', {});
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment')).length === 0, 5000, 'the item to go');
      await s.waitUntil(async () => (await saved(s)).commitments.saved.length === 0, 5000, 'the deletion saved');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('my commitments, shared or not', () => {
  // The check screen with two saved actions: the first kept to oneself, the second shared.
  const openWithOneKept = async (s) => {
    await s.open(checkUrl());
    await keepSaved(s, [
      { id: 1, text: '来週、転職サイトに登録する', saved_on: '2026-11-20', shared: false },
      { id: 2, text: '毎朝10分、FPのテキストを読む', saved_on: '2026-11-20', shared: true },
    ]);
    await s.reload();
    await s.waitUntil(async () => (await s.findAll('.commitments li.commitment')).length === 2, 5000, 'the list');
  };

  it('marks an action kept to oneself as such in the list, as the worksheet and the rehearsal do', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await openWithOneKept(s);
      assert.equal(await s.text('.commitments li.commitment[data-id="1"] .meta .chip.kept'), '自分だけ');
      assert.equal((await s.findAll('.commitments li.commitment[data-id="2"] .meta .chip.kept')).length, 0);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('.commitments li.commitment[data-id="1"] .meta .chip.kept')) === 'Kept to myself', 5000, 'in English');
    }));

  it('keeps an action kept to oneself off the printed list, and off the screen when asked (a screen shown across the table)', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await openWithOneKept(s);
      const shownIds = () => s.run("return [...document.querySelectorAll('.commitments li.commitment')].filter(li => li.getClientRects().length).map(li => li.dataset.id)");
      const note = '.private-not-printed';
      const noteShown = () => s.run('const n = document.querySelector(arguments[0]); return !!n && n.getClientRects().length > 0', note);
      assert.deepEqual(await shownIds(), ['1', '2'], 'both on screen');
      assert.equal(await noteShown(), false, 'the print note is for paper');
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.deepEqual(await shownIds(), ['2'], 'only the shared action on paper');
      assert.equal(await noteShown(), true);
      assert.equal(await s.text(note), '「自分だけ」の行動（1件）は印刷していません。自分用にすべてを印刷するときは、面談準備シートの「すべて（自分用の控え）」を使ってください。');
      assert.equal(await s.run("return document.querySelector('.hide-private').getClientRects().length"), 0, 'the switch is not printed');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      // Hidden on screen at will, and back.
      await s.click('.hide-private input');
      await s.waitUntil(async () => JSON.stringify(await shownIds()) === '["2"]', 5000, 'hidden on screen');
      assert.equal(await s.text('.hide-private label'), '「自分だけ」の行動を画面でも隠す（この画面を人に見せるとき）');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.hide-private input');
      await s.waitUntil(async () => JSON.stringify(await shownIds()) === '["1","2"]', 5000, 'shown again');
    }));

  it('offers no switch and no note when every action is shared', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await keepSaved(s, [{ id: 2, text: '毎朝10分、FPのテキストを読む', saved_on: '2026-11-20', shared: true }]);
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment')).length === 1, 5000, 'the list');
      assert.equal(await s.run("return document.querySelector('.hide-private').hidden"), true);
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.equal(await s.run("return document.querySelector('.private-not-printed').getClientRects().length"), 0);
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
    }));
});

describe('saving says what is missing, and saved commitments are checked and edited in place', () => {
  const itemVerdicts = (s, id) => s.run(
    'return [...document.querySelectorAll(`.commitments li.commitment[data-id="${arguments[0]}"] .item-verdicts li`)].filter(li => li.getClientRects().length).map(li => li.textContent)', id);
  const status = (s) => s.text('.check .status[role=status]');
  // The commitments as stored, once `count` are (saving follows a change by a moment).
  const stored = (s, count, what = 'the commitments stored') => s.waitUntil(async () => {
    const list = (await saved(s))?.commitments?.saved;
    return list && list.length === count ? list : null;
  }, 5000, what);

  it('says "saved" with the tests a commitment does not pass yet, and takes it back on the next keystroke', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, EXAMPLES[0].text);
      await waitForVerdicts(s, false, false, 'relied upon');
      await s.click('#save-commitment');
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment')).length === 1, 5000, 'the saved item');
      assert.match(await status(s), /^保存しました。ただし、客観性と開始時期の二つとも、まだ満たしていません。/);
      // It says where else it went: among the actions, on the interview sheet.
      assert.match(await status(s), /そのままでは面談準備シートに載ります（ワークシートで「自分だけ」にできます）。$/);
      const [first] = await stored(s, 1);
      assert.deepEqual(await itemVerdicts(s, first.id), ['✗ 客観性：もう一歩', '✗ 開始時期：もう一歩']);
      // Typing again takes "saved" back.
      await s.type('#commitment-text', '1');
      await s.waitUntil(async () => (await status(s)) === '', 5000, '"saved" to go');
      await typeAfresh(s, EXAMPLES[2].text);
      await waitForVerdicts(s, true, false, 'a deadline on a score');
      await s.click('#save-commitment');
      await s.waitUntil(async () => /開始時期/.test(await status(s)), 5000, 'what the second one lacks');
      assert.match(await status(s), /^保存しました。ただし、いつから始めるか（開始時期）がまだ書かれていません。/);
      await typeAfresh(s, EXAMPLES[3].text);
      await waitForVerdicts(s, true, true, 'the school sign-up');
      await s.click('#save-commitment');
      await s.waitUntil(async () => (await status(s)) === '保存しました。下の「わたしの約束」と、ワークシートの「行動」に入っています。面談準備シートにも載ります。', 5000, 'plain "saved"');
      const ids = (await stored(s, 3)).map((c) => c.id);
      assert.deepEqual(await itemVerdicts(s, ids[1]), ['✓ 客観性：クリア', '✗ 開始時期：もう一歩']);
      assert.deepEqual(await itemVerdicts(s, ids[2]), ['✓ 客観性：クリア', '✓ 開始時期：クリア']);
      // In English, with a plain colon.
      await switchToEnglish(s, 'English');
      assert.deepEqual(await itemVerdicts(s, ids[0]), ['✗ Objective: Not yet', '✗ Start: Not yet']);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('saves no second copy of an action already there, shows it, and lists the actions as the worksheet numbers them', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      assert.equal(await s.run("return document.querySelector('.list-note').hidden"), true, 'no note with nothing saved');
      await typeAfresh(s, EXAMPLES[3].text);
      await waitForVerdicts(s, true, true, 'the school sign-up');
      await s.click('#save-commitment');
      await stored(s, 1);
      await typeAfresh(s, EXAMPLES[0].text);
      await waitForVerdicts(s, false, false, 'relied upon');
      await s.click('#save-commitment');
      const ids = (await stored(s, 2)).map((c) => c.id);
      // Above the box: the list below holds the worksheet's actions too.
      assert.equal(await s.text('.list-note'), '保存した約束とワークシートの行動（2件）は、この画面の下の「わたしの約束」にあります。 一覧へ');
      // In the worksheet's order, with its numbers (the newest last).
      assert.deepEqual(await s.run("return [...document.querySelectorAll('.commitments li.commitment')].map(li => li.dataset.id)"), ids.map(String));
      assert.match(await s.text(`.commitments li.commitment[data-id="${ids[1]}"] .meta`), /^行動 2 · 保存した日：/);
      // The first one again, with a full stop and other spaces: not saved twice.
      await typeAfresh(s, EXAMPLES[3].text.replace('までに', ' までに') + '。');
      await s.click('#save-commitment');
      await s.waitUntil(async () => /^同じ約束/.test(await status(s)), 5000, 'why it was not saved');
      assert.equal(await status(s), '同じ約束が「わたしの約束」の行動 1 にすでにあるため、保存しませんでした。 その約束を見る');
      await new Promise((done) => setTimeout(done, 700));
      const after = await saved(s);
      assert.equal(after.commitments.saved.length, 2, 'nothing added');
      assert.match(after.commitments.draft, /英会話スクール/, 'what was typed stays in the box');
      await s.click('#show-same');
      await s.waitUntil(() => s.run(`return document.activeElement === document.querySelector('.commitments li.commitment[data-id="${ids[0]}"] button.edit')`),
        5000, 'focus on the action that says the same');
      await switchToEnglish(s, 'English');
      assert.equal(await status(s), 'Not saved: the same commitment is already under "My commitments", as action 1. Show it');
      assert.match(await s.text(`.commitments li.commitment[data-id="${ids[0]}"] .meta`), /^Action 1 · Saved on /);
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('edits a saved commitment in place: Esc keeps the old text, Save writes over the same commitment', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await typeAfresh(s, EXAMPLES[2].text);
      await waitForVerdicts(s, true, false, 'a deadline on a score');
      await s.click('#save-commitment');
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment')).length === 1, 5000, 'the saved item');
      const [{ id }] = await stored(s, 1);
      const item = `.commitments li.commitment[data-id="${id}"]`;
      const focusedId = () => s.run('return document.activeElement.id || document.activeElement.className');

      // Edit opens a box with the text, focused; Esc closes it and keeps the text.
      await s.click(`${item} button.edit`);
      await s.waitUntil(async () => (await focusedId()) === `edit-${id}`, 5000, 'focus in the edit box');
      assert.equal(await s.run('return document.activeElement.value'), EXAMPLES[2].text);
      assert.equal(await s.run(`return document.querySelector('${item} .commitment-text').hidden`), true);
      await s.keys('。来週から');
      await s.keys('\uE00C'); // Escape
      await s.waitUntil(async () => (await focusedId()) === 'edit', 5000, 'focus back on Edit');
      assert.equal(await s.run(`return document.querySelector('${item} .edit-commitment').hidden`), true);
      assert.equal(await s.text(`${item} .commitment-text`), EXAMPLES[2].text);
      assert.equal((await saved(s)).commitments.saved[0].text, EXAMPLES[2].text, 'nothing saved on Esc');

      // Edit again: the verdicts follow the new text, and Save writes it over the same item.
      await s.click(`${item} button.edit`);
      await s.waitUntil(async () => (await focusedId()) === `edit-${id}`, 5000, 'focus in the edit box again');
      assert.equal(await s.run('return document.activeElement.value'), EXAMPLES[2].text, 'the box opens with the saved text');
      await s.keys('。そのために12月1日までにTOEICに申し込みます');
      await s.waitUntil(async () => JSON.stringify(await itemVerdicts(s, id)) === JSON.stringify(['✓ 客観性：クリア', '✓ 開始時期：クリア']),
        5000, 'the item verdicts to follow the edit');
      // Saved from the keyboard (Ctrl+Enter), as the button saves it.
      assert.match(await s.text(`#edit-help-${id}`), /^Ctrl\+Enter（Macは⌘\+Enter）で保存します。/);
      await s.type(`#edit-${id}`, '\uE009\uE007\uE009');
      await s.waitUntil(async () => (await focusedId()) === 'edit', 5000, 'focus back on Edit after saving');
      const after = await s.waitUntil(async () => {
        const list = (await saved(s)).commitments.saved;
        return list[0].text !== EXAMPLES[2].text ? list : null;
      }, 5000, 'the new text stored');
      assert.equal(after.length, 1, 'no second commitment');
      assert.equal(after[0].id, id);
      assert.equal(after[0].text, `${EXAMPLES[2].text}。そのために12月1日までにTOEICに申し込みます`);
      assert.match(after[0].start_date, /^\d{4}-12-01$/, 'the start is read again');
      assert.match(await s.text(`${item} .commitment-text`), /TOEICに申し込みます$/);
      assert.match(await s.text(`${item} .meta`), /始める日：\d{4}年12月1日/);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says both verdicts in a line above the box on a phone, where the keyboard leaves them in view, and not on a desktop', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(checkUrl());
      const summary = () => s.run(`const p = document.querySelector('.verdict-summary');
        return p.getClientRects().length ? p.textContent : null`);
      assert.equal(await summary(), null, 'nothing before anything is written');
      await typeAfresh(s, '新規開拓をもっと頑張る');
      await s.waitUntil(async () => (await summary()) === '✗ 客観性：もう一歩　／　✗ 開始時期：もう一歩', 5000, 'both verdicts in a line');
      await typeAfresh(s, '12月7日から毎週月曜に、新規のお客様3社に電話します');
      await s.waitUntil(async () => (await summary()) === '✓ 客観性：クリア　／　✓ 開始時期：クリア', 5000, 'both passing');
      const above = await s.run(`return document.querySelector('.verdict-summary').getBoundingClientRect().bottom
        <= document.querySelector('#commitment-text').getBoundingClientRect().top`);
      assert.ok(above, 'above the box');
      assert.equal(await s.run("return document.querySelector('.verdict-summary').getAttribute('aria-hidden')"), 'true', 'said by the status region instead');
      // The same above a worksheet action.
      await s.open(`${fixture.server.url}#/worksheet`);
      await s.waitUntil(async () => (await s.findAll('#ws-actions button.add')).length === 1, 5000, 'the actions');
      await s.run("document.querySelector('#ws-actions button.add').click()");
      await s.waitUntil(async () => (await s.findAll('#ws-actions textarea')).length === 1, 5000, 'a new action');
      await s.type('#ws-actions textarea', '新規開拓をもっと頑張る');
      await s.waitUntil(async () => (await s.run("const p = document.querySelector('#ws-actions .verdict-summary'); return p.getClientRects().length ? p.textContent : null"))
        === '✗ 客観性：もう一歩　／　✗ 開始時期：もう一歩', 5000, 'above the action');
      // On a desktop the verdicts are in view beside the box: no second line.
      await s.cdp('Emulation.setDeviceMetricsOverride', { width: 1280, height: 900, deviceScaleFactor: 1, mobile: false });
      await s.waitUntil(async () => (await s.run("return document.querySelector('#ws-actions .verdict-summary').getClientRects().length")) === 0, 5000, 'none on a desktop');
    }));

  for (const width of [375, 320]) {
    it(`puts the verdicts right under the box on a phone, the samples after them (${width} px)`, () =>
      withSession({ lang: 'ja', width, height: 700 }, async (s) => {
        await s.open(checkUrl());
        await s.click('.samples button');
        await s.waitUntil(async () => (await s.text('[data-test=objective] .verdict-status')).length > 0, 5000, 'a verdict');
        const boxes = await s.run(`const r = (q) => document.querySelector(q).getBoundingClientRect();
          return { box: r('#commitment-text'), verdicts: r('.verdicts'), samples: r('.samples') };`);
        assert.ok(boxes.verdicts.top - boxes.box.bottom < 40, `the verdicts start ${boxes.verdicts.top - boxes.box.bottom} px under the box`);
        assert.ok(boxes.samples.top >= boxes.verdicts.bottom, 'the samples come after the verdicts');
      }));
  }
});

describe('the verdicts for a screen reader', () => {
  for (const [where, field, spoken] of [
    ['the check screen', '#commitment-text', '#commitment-spoken'],
    ['a worksheet action', '#ws-actions textarea', '#ws-actions [role=status][id$=-spoken]'],
  ]) {
    it(`says them once typing pauses, each test by name (${where})`, () =>
      withSession({ lang: 'ja' }, async (s) => {
        if (field === '#commitment-text') {
          await s.open(checkUrl());
        } else {
          await s.open(`${fixture.server.url}#/worksheet`);
          await s.waitUntil(async () => (await s.findAll('#ws-actions button.add')).length === 1, 5000, 'the actions');
          await s.run("document.querySelector('#ws-actions button.add').click()");
          await s.waitUntil(async () => (await s.findAll(field)).length === 1, 5000, 'a new action');
        }
        // The status region is there, empty, before anything is typed: filled later, it
        // is read out.
        await s.waitUntil(async () => (await s.findAll(spoken)).length === 1, 5000, 'the status region');
        assert.equal(await s.text(spoken), '');
        // Count how often it changes while a sentence is typed key by key.
        await s.run(`window.changes = 0;
          new MutationObserver(() => { window.changes += 1; })
            .observe(document.querySelector(arguments[0]), { childList: true, characterData: true, subtree: true });`, spoken);
        await s.type(field, '12月1日までに英会話スクールに申し込んで、通い始めます');
        await s.waitUntil(async () => (await s.text(spoken)) === '客観性：クリア。開始時期：クリア。', 5000, 'the verdicts said');
        assert.ok(await s.run('return window.changes') <= 2, `said ${await s.run('return window.changes')} times`);
        // A verdict that changes is said again, once.
        await s.type(field, CLEAR);
        await s.type(field, '後輩から頼られる存在になります');
        await s.waitUntil(async () => (await s.text(spoken)) === '客観性：もう一歩。開始時期：もう一歩。', 5000, 'the new verdicts said');
      }));
  }
});

describe('a saved commitment rewritten, for a screen reader', () => {
  it('says its verdicts once typing pauses, and its verdict list is no live region', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(checkUrl());
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, commitments: { draft: '', saved: [
          { id: 1, text: '後輩から頼られる存在になります', saved_on: '2026-11-20' } ] } }))`);
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment button.edit')).length === 1, 5000, 'the list');
      assert.equal(await s.run("return document.querySelector('.commitments .item-verdicts').getAttribute('aria-live')"), null);
      await s.click('.commitments li.commitment button.edit');
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'edit-1'"), 5000, 'the box');
      assert.match(await s.run("return document.querySelector('#edit-1').getAttribute('aria-describedby')"), /edit-spoken-1/);
      await s.type('#edit-1', CLEAR);
      await s.type('#edit-1', '12月1日までに英会話スクールに申し込んで、通い始めます');
      await s.waitUntil(async () => (await s.text('#edit-spoken-1')) === '客観性：クリア。開始時期：クリア。', 5000, 'the verdicts said');
    }));
});

describe('the follow-up', () => {
  it('says, after an answer that the act has not begun, when it will ask again and how to plan anew', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const when = await s.run(`
        const at = (days) => { const d = new Date(); d.setDate(d.getDate() + days); return d; };
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const again = at(14);
        return { saved: iso(at(-20)), start: iso(at(-3)), y: again.getFullYear(), m: again.getMonth() + 1, d: again.getDate() };`);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, commitments: { draft: '', saved: [
          { id: 1, text: '英会話スクールの体験レッスンを予約します', saved_on: arguments[0], start_date: arguments[1] } ] } }))`,
      when.saved, when.start);
      await s.reload();
      await s.click('[data-notice=follow-up] button.answer');
      await s.waitUntil(() => s.run("return document.activeElement === document.querySelector('[data-notice=follow-up] .change-scale button')"), 5000, 'the scale');
      await s.run("document.querySelectorAll('[data-notice=follow-up] .change-scale button')[3].click()");
      const said = new RegExp(`^記録しました。${when.y}年${when.m}月${when.d}日\\(.\\)にもう一度お聞きします。始める日を決め直すときは、ワークシートの「行動」で書き直してください。`);
      await s.waitUntil(async () => said.test(await s.text('[data-notice=follow-up-recorded]')), 5000, 'when it comes again');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('takes a few words with the answer, for what the scale cannot say: kept while typed, recorded with it, shown wherever the answer is', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const when = await browserDays(s, { saved: -200, start: -180, today: 0 });
      await keepSaved(s, [{ id: 3, text: '毎月、月次決算の手順書を1本書きます', saved_on: when.saved, start_date: when.start, shared: true }]);
      await s.reload();
      const note = '[data-notice=follow-up] .follow-up-note textarea';
      const words = '7月までに3本作り、10月の異動で止まっています';
      await s.click('[data-notice=follow-up] button.answer');
      assert.match(await s.text('[data-notice=follow-up] .follow-up-note'), /ひとこと添える（任意）.*面談準備シートにも載ります/s);
      await s.click(note);
      await s.type(note, words);
      assert.equal(await s.run('return document.activeElement === document.querySelector(arguments[0])', note), true,
        'typing keeps the box (the question is not drawn again)');
      // Kept as it is typed: a reload finds it.
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].follow_up_note === words, 5000, 'the note kept');
      // Begun answering, "ask me tomorrow" is still there (the way out of the scale).
      assert.equal(await s.run("return document.querySelector('[data-notice=follow-up] .answering-later').checkVisibility()"), true);
      await s.reload();
      await s.click('[data-notice=follow-up] button.answer');
      assert.equal(await s.run('return document.querySelector(arguments[0]).value', note), words);
      // The answer takes it.
      await s.run("document.querySelectorAll('[data-notice=follow-up] .change-scale .levels button')[1].click()");
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].follow_ups.length === 1, 5000, 'the answer saved');
      const stored = (await saved(s)).commitments.saved[0];
      assert.deepEqual(stored.follow_ups, [{ date: when.today, change: 'changed', note: words, asked: 'begun' }]);
      assert.equal(stored.follow_up_note, undefined, 'the next note starts empty');
      assert.equal(await s.text('[data-notice=follow-up-recorded]'), '記録しました。振り返りの記録は「約束を確かめる」画面で見られます。共有している行動なら、面談準備シートにも載ります。');
      // Where the answer shows: the list, the worksheet, and the sheet the action is shared on.
      // (What the notice said stays with the screen it was said on.)
      await s.run("location.hash = '#/check'");
      await s.waitUntil(async () => (await s.text('[data-notice=follow-up-recorded]')) === '', 5000, 'the status left behind');
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment[data-id="3"]')).length === 1, 5000, 'the list');
      assert.match(await s.text('.commitments li.commitment[data-id="3"] .history'), new RegExp(`：始めました（${words}）`));
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('#ws-actions .follow-up-answer')).length === 1, 5000, 'the worksheet');
      assert.equal(await s.text('#ws-actions .follow-up-answer'), `振り返り：始めました（${words}）`);
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li')).length === 1, 5000, 'the sheet');
      assert.match(await s.text('.sheet-actions li .sheet-follow-up'), new RegExp(`の振り返り：始めました（${words}）$`));
      await s.run("location.hash = '#/check'");
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment[data-id="3"]')).length === 1, 5000, 'the list again');
      // Recorded again from the list: the box empties, so the words are not sent twice.
      const listNote = '.commitments li.commitment[data-id="3"] details .follow-up-note textarea';
      await s.run("document.querySelector('.commitments li.commitment[data-id=\"3\"] details').open = true");
      await s.click(listNote);
      await s.type(listNote, '11月に再開');
      await s.run("document.querySelectorAll('.commitments li.commitment[data-id=\"3\"] details .levels button')[1].click()");
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].follow_ups.length === 2, 5000, 'the second answer saved');
      assert.equal((await saved(s)).commitments.saved[0].follow_ups[1].note, '11月に再開');
      assert.equal(await s.run('return document.querySelector(arguments[0]).value', listNote), '', 'the box is empty after the answer');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says which answers were about the action before it was rewritten with a new start, and leaves them off the worksheet and the sheet', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const when = await browserDays(s, { saved: -200, answered: -5, start: 10 });
      // Answered in spring, then rewritten with a day ahead.
      await keepSaved(s, [{ id: 5, text: '原価差異の月次レポートの作り方を手順書にします', saved_on: when.saved, start_date: when.start, shared: true,
        follow_ups: [{ date: when.answered, change: 'changed', note: '春の手順書は3本' }] }]);
      await s.open(fixture.server.url + '#/check');
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('.commitments li.commitment[data-id="5"] .history li')).length === 1, 5000, 'the history');
      assert.match(await s.text('.commitments li.commitment[data-id="5"] .history li'), /：始めました（春の手順書は3本）\n?書き直す前の行動についての答えです$/);
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('#action-5-text')).length === 1, 5000, 'the worksheet');
      assert.equal((await s.findAll('#ws-actions .follow-up-answer')).length, 0, 'no answer shown for the plan as it stands');
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li')).length === 1, 5000, 'the sheet');
      assert.equal((await s.findAll('.sheet-actions .sheet-follow-up')).length, 0, 'nor on the sheet');
    }));

  it('keeps "ask me tomorrow" while the person answers, so the scale can be put away', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(fixture.server.url);
      const when = await browserDays(s, { saved: -20, start: -3, today: 0 });
      await keepSaved(s, [{ id: 1, text: '英会話スクールの体験レッスンを予約します', saved_on: when.saved, start_date: when.start }]);
      await s.reload();
      await s.click('[data-notice=follow-up] button.answer');
      await s.click('[data-notice=follow-up] .answering-later');
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up]')).length === 0, 5000, 'the notice put away');
      assert.match(await s.text('[data-notice=follow-up-recorded]'), /明日またお聞きします/);
      await s.waitUntil(async () => (await saved(s)).commitments.follow_up_later === when.today, 5000, 'the day saved');
    }));

  it('does not name an action kept to oneself until the person answers, on every screen the question is on', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(fixture.server.url);
      const when = await browserDays(s, { saved: -20, start: -3 });
      const text = '2027年1月から、毎朝血圧を測って手帳に記録します';
      await keepSaved(s, [{ id: 4, text, saved_on: when.saved, start_date: when.start, shared: false }]);
      const notice = '[data-notice=follow-up]';
      for (const hash of ['#/', '#/sheet']) {
        await s.open(fixture.server.url + hash);
        await s.reload();
        await s.waitUntil(async () => (await s.findAll(`${notice} button.answer`)).length === 1, 5000, `the question on ${hash}`);
        assert.equal(await s.text(`${notice} .follow-up-private`), '「自分だけ」にした行動です。内容は「答える」を押すと表示されます。');
        assert.ok(!(await s.run('return document.querySelector(arguments[0]).textContent', notice)).includes('血圧'), `not named on ${hash}`);
      }
      await s.click(`${notice} button.answer`);
      assert.equal(await s.text(`${notice} .commitment-text`), text);
      assert.equal((await s.findAll(`${notice} .follow-up-private`)).length, 0);
      assert.deepEqual(await seriousViolations(s), []);
      await s.reload();
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text(`${notice} .follow-up-private`)) === 'An action you keep to yourself: its text shows when you press Answer.', 5000, 'in English');
      // A shared action is named at once, as before.
      await keepSaved(s, [{ id: 4, text, saved_on: when.saved, start_date: when.start, shared: true }]);
      await s.reload();
      await s.waitUntil(async () => (await s.findAll(`${notice} .commitment-text`)).length === 1, 5000, 'a shared action named');
      assert.equal((await s.findAll(`${notice} .follow-up-private`)).length, 0);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('offers, when plans have changed, to rethink the action: the worksheet opens at its text, and a new start asks on its day', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const when = await s.run(`
        const at = (days) => { const d = new Date(); d.setDate(d.getDate() + days); return d; };
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const later = at(10);
        return { saved: iso(at(-20)), start: iso(at(-3)), m: later.getMonth() + 1, d: later.getDate() };`);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, commitments: { draft: '', saved: [
          { id: 7, text: '英会話スクールの体験レッスンを予約します', saved_on: arguments[0], start_date: arguments[1], shared: true } ] } }))`,
      when.saved, when.start);
      await s.reload();
      const link = '[data-notice=follow-up] .follow-up-rethink a';
      await s.waitUntil(async () => (await s.findAll(link)).length === 1, 5000, 'the question');
      assert.equal(await s.text(link), '状況が変わったので、この行動を見直す');
      // Hidden while the person answers on the scale.
      await s.click('[data-notice=follow-up] button.answer');
      assert.equal(await s.run('return document.querySelector(arguments[0]).checkVisibility()', link), false);
      await s.reload();
      await s.waitUntil(async () => (await s.findAll(link)).length === 1, 5000, 'the question again');
      await s.click(link);
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'action-7-text'"), 5000, 'the action in focus on the worksheet');
      // A new day ahead: nothing is due any more, until that day.
      await s.type('#action-7-text', CLEAR);
      await s.type('#action-7-text', `${when.m}月${when.d}日に、英会話スクールの体験レッスンを予約します`);
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up]')).length === 0, 5000, 'no question now');
      await s.waitUntil(async () => {
        const saved = JSON.parse(await s.run("return localStorage.getItem('jiritsu.document')")).commitments.saved[0];
        return saved.start_date > when.start;
      }, 5000, 'the new start saved');
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('shows a long commitment on two lines while it asks, and whole once the person answers, on a phone (390 px)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(fixture.server.url);
      const text = '12月1日から、毎週金曜日の午後に、部内の在庫表と発注の記録を照らし合わせて食い違いを洗い出し、'
        + 'その結果を月に一度の課会で課長と共有したうえで、翌月の発注数の見直し案を自分で作って提出します';
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 2, settings: {}, commitments: { draft: '', saved: [
          { id: 1, text: arguments[0], saved_on: '2026-11-20', start_date: '2026-12-01' } ] } }))`, text);
      await s.reload();
      const paragraph = '[data-notice=follow-up] .commitment-text';
      await s.waitUntil(async () => (await s.findAll(paragraph)).length === 1, 5000, 'the question');
      const cut = () => s.run('const p = document.querySelector(arguments[0]); return p.scrollHeight > p.clientHeight + 1', paragraph);
      assert.equal(await cut(), true, 'two lines while it only asks');
      const height = await s.run("return document.querySelector('[data-notice=follow-up]').getBoundingClientRect().height");
      assert.ok(height < 200, `the notice is ${height} px high`);
      await s.click('[data-notice=follow-up] button.answer');
      await s.waitUntil(async () => !(await cut()), 5000, 'the whole text once answering');
      assert.match(await s.run('return document.querySelector(arguments[0]).innerText', paragraph), /提出します$/);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('asks "did you start?" once the start has passed, wherever the person lands, and records the answer', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      // A commitment that began yesterday, by the browser's own calendar.
      const dates = await s.run(`
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const yesterday = new Date(); yesterday.setDate(yesterday.getDate() - 1);
        const before = new Date(); before.setDate(before.getDate() - 9);
        return { today: iso(new Date()), yesterday: iso(yesterday), before: iso(before) };`);
      const text = '昨日から毎朝30分、英語の問題集を解き始めます';
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 2, settings: {}, commitments: { draft: '', saved: [
          { id: 1, text: arguments[0], saved_on: arguments[1], start_date: arguments[2] },
          { id: 2, text: 'まだ先の約束です', saved_on: arguments[1], start_date: '2999-01-01' } ] } }))`,
      text, dates.before, dates.yesterday);
      await s.reload();
      assert.match(await s.text('[data-notice=follow-up]'), /始められましたか？/);
      assert.match(await s.text('[data-notice=follow-up] .commitment-text'), new RegExp(text));
      assert.deepEqual(await seriousViolations(s), []);

      // It takes little room: the question, the commitment and two buttons; the scale
      // opens on "答える".
      const height = await s.run("return document.querySelector('[data-notice=follow-up]').getBoundingClientRect().height");
      assert.ok(height < 200, `the notice is ${height} px high`);
      assert.equal(await s.run("return document.querySelector('[data-notice=follow-up] .change-scale').checkVisibility()"), false);

      // "Ask me tomorrow" hides it on every screen, reloads included, for the rest of the day.
      await s.click('[data-notice=follow-up] button.later');
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up]')).length === 0, 5000, 'the notice to hide');
      assert.match(await s.text('[data-notice=follow-up-recorded]'), /明日またお聞きします/);
      await s.waitUntil(async () => (await saved(s)).commitments.follow_up_later === dates.today, 5000, 'the day saved');
      await s.run("location.hash = '#/check'");
      await s.waitUntil(async () => (await s.text('h1')) === '約束を確かめる', 5000, 'the check screen');
      assert.equal((await s.findAll('[data-notice=follow-up]')).length, 0);
      await s.reload();
      assert.equal((await s.findAll('[data-notice=follow-up]')).length, 0, 'not asked again the same day');

      // The next day it asks again (the saved "later" day is yesterday's).
      await s.run(`const d = JSON.parse(localStorage.getItem('jiritsu.document'));
        d.commitments.follow_up_later = arguments[0];
        localStorage.setItem('jiritsu.document', JSON.stringify(d));`, dates.yesterday);
      await s.reload();
      assert.match(await s.text('[data-notice=follow-up]'), /始められましたか？/);

      // Answer on the four-level scale: "答える" opens it and moves focus to its first level.
      await s.click('[data-notice=follow-up] button.answer');
      await s.waitUntil(async () => s.run("return document.activeElement === document.querySelector('[data-notice=follow-up] .change-scale button')"), 5000, 'focus on the first level');
      const buttons = await s.run("return [...document.querySelectorAll('[data-notice=follow-up] .change-scale button')].map(b => b.textContent)");
      // The four levels in the words of someone answering "did you start?".
      assert.deepEqual(buttons, ['始めて、思っていた以上に進んでいます', '始めました', '始めるつもりですが、まだ行動に移せていません', '始めていません']);
      await s.run("document.querySelectorAll('[data-notice=follow-up] .change-scale button')[1].click()");
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up]')).length === 0, 5000, 'the notice to go');
      assert.match(await s.text('[data-notice=follow-up-recorded]'), /記録しました/);
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].follow_ups.length > 0, 5000, 'the answer saved');
      const answers = (await saved(s)).commitments.saved[0].follow_ups;
      assert.deepEqual(answers, [{ date: dates.today, change: 'changed', asked: 'begun' }]);

      // The history is on the check screen, with the date; it is not asked again.
      const item = await s.text('.commitments li.commitment[data-id="1"]');
      assert.match(item, /振り返りの記録/);
      assert.match(item, /始めました/);
      const [y, m, d] = dates.today.split('-').map(Number);
      assert.match(item, new RegExp(`${y}年${m}月${d}日`));
      assert.equal(await s.run("return document.querySelector('.commitments li.commitment[data-id=\"2\"] details').hidden"), true,
        'a commitment that has not started yet is not asked about');
      // Its buttons are described by the commitment they act on.
      assert.deepEqual(await s.run(`return [...document.querySelectorAll('.commitments li.commitment[data-id="1"] :is(button.edit, button.ics, button.delete)')]
          .map((b) => document.getElementById(b.getAttribute('aria-describedby'))?.textContent)`), [text, text, text]);
      // A calendar file only for a day still to come.
      assert.equal(await s.run("return document.querySelector('.commitments li.commitment[data-id=\"1\"] button.ics').hidden"), true,
        'no calendar file once the day has passed');
      assert.equal(await s.run("return document.querySelector('.commitments li.commitment[data-id=\"2\"] button.ics').hidden"), false);
      await s.reload();
      assert.equal((await s.findAll('[data-notice=follow-up]')).length, 0);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('asks about each commitment due in turn, keeps the focus, and asks again two weeks after "not begun"', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const dates = await s.run(`
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const back = (n) => { const d = new Date(); d.setDate(d.getDate() - n); return iso(d); };
        return { today: back(0), start: back(20), saved: back(30), twoWeeks: back(14) };`);
      await s.run(`localStorage.setItem('jiritsu.document', JSON.stringify({
        version: 5, settings: {}, commitments: { draft: '', saved: [
          { id: 1, text: '一つ目の約束です', saved_on: arguments[0], start_date: arguments[1] },
          { id: 2, text: '二つ目の約束です（期日までに申し込む）', saved_on: arguments[0], start_date: arguments[1], start_by: true } ] } }))`,
      dates.saved, dates.start);
      await s.reload();
      const answer = async (level) => {
        await s.click('[data-notice=follow-up] button.answer');
        await s.waitUntil(async () => s.run("return document.activeElement === document.querySelector('[data-notice=follow-up] .change-scale button')"), 5000, 'the scale');
        await s.run(`document.querySelectorAll('[data-notice=follow-up] .change-scale button')[${level}].click()`);
      };
      assert.match(await s.text('[data-notice=follow-up] .commitment-text'), /一つ目/);
      await answer(1);
      // The next one is asked, the status says so, and the focus is on its question.
      await s.waitUntil(async () => /二つ目/.test(await s.text('[data-notice=follow-up] .commitment-text')), 5000, 'the second');
      assert.match(await s.text('[data-notice=follow-up-recorded]'), /記録しました。続けて、次の約束についてお聞きします（あと1件）/);
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'follow-up-heading'"), 5000, 'focus on the next question');
      // An act to do by a day is asked as done or not.
      assert.equal(await s.text('#follow-up-heading'), 'できましたか？');
      assert.deepEqual(await s.run("return [...document.querySelectorAll('[data-notice=follow-up] .change-scale button')].map(b => b.textContent)"),
        ['済ませて、その先まで進んでいます', '済ませました', 'するつもりですが、まだできていません', 'していません']);
      await answer(3);
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up]')).length === 0, 5000, 'no more');
      await s.waitUntil(() => s.run("return document.activeElement === document.querySelector('main h1')"), 5000, 'focus on the heading');
      // Not begun: it says when it asks again.
      assert.match(await s.text('[data-notice=follow-up-recorded]'), /^記録しました。\d{4}年\d+月\d+日\(.\)にもう一度お聞きします。/);

      // Two weeks after "not begun" it is asked again; the one begun is not.
      await s.waitUntil(async () => (await saved(s)).commitments.saved.every((c) => c.follow_ups?.length === 1), 5000, 'both answers saved');
      await s.run(`const d = JSON.parse(localStorage.getItem('jiritsu.document'));
        for (const c of d.commitments.saved) c.follow_ups[0].date = arguments[0];
        localStorage.setItem('jiritsu.document', JSON.stringify(d));`, dates.twoWeeks);
      await s.reload();
      assert.match(await s.text('[data-notice=follow-up] .commitment-text'), /二つ目/);
      await answer(1);
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up]')).length === 0, 5000, 'answered');
    }));
});

describe('coming back after the interview', () => {
  // A first-time user, 28, back in January and April to record what he did and print the
  // sheet for the next interview.
  it('keeps the words of the answers given before an action was rewritten, dates and announces the rewrite, and shows the earlier text on the list, the worksheet and the sheet', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url + '#/check');
      const when = await browserDays(s, { saved: -120, start: -100, answered: -70, today: 0, due: 20 });
      const [y, m, d] = when.today.split('-').map(Number);
      const [, dm, dd] = when.due.split('-').map(Number);
      const before = '1月6日から、毎朝30分、ビジネス会計検定C級の勉強をします';
      const after = `${dm}月${dd}日までに、ビジネス会計検定B級の受験を申し込みます`;
      await keepSaved(s, [{ id: 9, text: before, saved_on: when.saved, start_date: when.start, shared: true,
        follow_ups: [{ date: when.answered, change: 'changed', asked: 'begun' }] }]);
      await s.reload();
      const item = '.commitments li.commitment[data-id="9"]';
      await s.waitUntil(async () => (await s.findAll(`${item} details`)).length === 1, 5000, 'the list');
      // April: how it went, from the list (an action kept up from a day: asked as begun).
      await s.run(`document.querySelector('${item} details').open = true`);
      await s.click(`${item} details .follow-up-note textarea`);
      await s.type(`${item} details .follow-up-note textarea`, '3月14日にC級を受験しました');
      await s.run(`document.querySelectorAll('${item} details .levels button')[0].click()`);
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].follow_ups.length === 2, 5000, 'the answer saved');
      assert.equal((await saved(s)).commitments.saved[0].follow_ups[1].asked, 'begun');
      // Then rewritten into a deadline to sign up by.
      await s.click(`${item} button.edit`);
      await s.type('#edit-9', CLEAR);
      await s.type('#edit-9', after);
      await s.click(`${item} .edit-commitment button.primary`);
      const said = new RegExp(`^書き直して保存しました（${y}年${m}月${d}日\\(.\\)）。書き直す前の行動への振り返りの答えは、その行動の文と一緒に残っています。$`);
      await s.waitUntil(async () => said.test(await s.text(`${item} .status`)), 5000, 'the rewrite said');
      assert.match(await s.text(`${item} .meta`), new RegExp(`書き直した日：${y}年${m}月${d}日`));
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].text === after, 5000, 'the rewrite saved');
      const stored = (await saved(s)).commitments.saved[0];
      assert.equal(stored.rewritten_on, when.today);
      assert.deepEqual(stored.follow_ups.map((a) => [a.asked, a.earlier_text]), [['begun', before], ['begun', before]]);
      // Each answer in the words he chose, and the action it was about. A reload loses nothing.
      await s.reload();
      await s.waitUntil(async () => (await s.findAll(`${item} .history li`)).length === 2, 5000, 'the history');
      const history = await s.run(`return [...document.querySelectorAll('${item} .history li')].map((li) => li.innerText)`);
      assert.match(history[0], new RegExp(`：始めました\\n?書き直す前の「${before}」についての答えです$`));
      assert.match(history[1], new RegExp(`：始めて、思っていた以上に進んでいます（3月14日にC級を受験しました）\\n?書き直す前の「${before}」についての答えです$`));
      assert.doesNotMatch(history.join(), /済ませ/);
      // The worksheet and the sheet say what the earlier action came to.
      const earlier = `${y}年${m}月${d}日\\(.\\)の振り返り（書き直す前の「${before}」について）：始めて、思っていた以上に進んでいます（3月14日にC級を受験しました）`;
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('#ws-actions .follow-up-earlier')).length === 1, 5000, 'the worksheet');
      assert.match(await s.text('#ws-actions .follow-up-earlier'), new RegExp(`^${earlier}$`));
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li .sheet-earlier')).length === 1, 5000, 'the sheet');
      assert.match(await s.text('.sheet-actions li .sheet-earlier'), new RegExp(`^${earlier}$`));
      assert.match(await s.text('.sheet-actions li .sheet-rewritten'), new RegExp(`^（${y}年${m}月${d}日\\(.\\)に書き直し）$`));
      assert.match(await s.text('.sheet-actions li .sheet-text'), new RegExp(after));
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^Follow-up on .+ \(about the earlier version, ".+"\): Yes, and it has gone further than I planned \(3月14日にC級を受験しました\)$/.test(await s.text('.sheet-actions li .sheet-earlier')), 5000, 'in English');
      assert.match(await s.text('.sheet-actions li .sheet-rewritten'), /^\(rewritten on .+\)$/);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('asks about a one-off act as done, records 済ませました, and says where 保留 is offered what it is for', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const when = await browserDays(s, { saved: -30, start: -9, today: 0 });
      await keepSaved(s, [{ id: 4, text: '年明けの第2週に、ビジネス会計検定C級の受験を申し込みます', saved_on: when.saved, start_date: when.start, shared: true }]);
      await s.reload();
      await s.waitUntil(async () => (await s.findAll('[data-notice=follow-up] button.answer')).length === 1, 5000, 'the question');
      assert.equal(await s.text('#follow-up-heading'), 'できましたか？');
      const help = '「保留」は、いまはやらない行動や、合わなくなった行動のためのものです。済ませた行動は、保留にせず「済ませました」と記録してください。';
      // Beside 保留, once pressed: what it is for, before anything is done; やめる goes back.
      assert.equal(await s.run("return document.querySelector('[data-notice=follow-up] .set-aside-help').checkVisibility()"), false, 'the notice stays small until then');
      await s.click('[data-notice=follow-up] button.set-aside');
      await s.waitUntil(() => s.run("return document.activeElement === document.querySelector('[data-notice=follow-up] button.set-aside-confirm')"), 5000, 'asked in place');
      assert.equal(await s.text('[data-notice=follow-up] .set-aside-help'), help);
      assert.equal(await s.run(`return document.getElementById(document.querySelector('[data-notice=follow-up] button.set-aside-confirm').getAttribute('aria-describedby')).textContent`), help);
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('[data-notice=follow-up] button.set-aside-cancel');
      await s.waitUntil(() => s.run("return document.activeElement === document.querySelector('[data-notice=follow-up] button.set-aside')"), 5000, 'back on 保留');
      assert.equal((await saved(s)).commitments.saved[0].set_aside, undefined, 'nothing set aside');
      await s.click('[data-notice=follow-up] button.answer');
      assert.deepEqual(await s.run("return [...document.querySelectorAll('[data-notice=follow-up] .change-scale .levels button')].map(b => b.textContent)"),
        ['済ませて、その先まで進んでいます', '済ませました', 'するつもりですが、まだできていません', 'していません']);
      await s.run("document.querySelectorAll('[data-notice=follow-up] .change-scale .levels button')[1].click()");
      await s.waitUntil(async () => (await saved(s)).commitments.saved[0].follow_ups?.length === 1, 5000, 'the answer saved');
      assert.deepEqual((await saved(s)).commitments.saved[0].follow_ups, [{ date: when.today, change: 'changed', asked: 'done' }]);
      // The list says it in those words, and the line stays under its 保留 button.
      await s.run("location.hash = '#/check'");
      const item = '.commitments li.commitment[data-id="4"]';
      await s.waitUntil(async () => (await s.findAll(`${item} .history li`)).length === 1, 5000, 'the list');
      assert.match(await s.text(`${item} .history li`), /：済ませました$/);
      assert.equal(await s.text(`${item} .set-aside-help`), help);
      assert.match(await s.run(`return document.querySelector('${item} button.set-aside').getAttribute('aria-describedby')`), /set-aside-help-4/);
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet-actions li .sheet-follow-up')).length === 1, 5000, 'the sheet');
      assert.match(await s.text('.sheet-actions li .sheet-follow-up'), /の振り返り：済ませました$/);
      // In English too; and put on hold, the line goes with the button it explains.
      await s.run("location.hash = '#/check'");
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^"Put on hold" is for an action you will not do now, or that no longer fits\. If you have done it, do not put it on hold: record it as "Done"\.$/.test(await s.text(`${item} .set-aside-help`)), 5000, 'in English');
      assert.match(await s.text(`${item} .history li`), /: Done$/);
      await s.click(`${item} button.set-aside`);
      await s.waitUntil(() => s.run(`return document.querySelector('${item} .set-aside-help').hidden`), 5000, 'the line hidden once on hold');
      assert.deepEqual(await seriousViolations(s), []);
    }));
});

describe('accessibility of the check screen', () => {
  for (const [lang, width] of [['ja', 1280], ['en', 1280], ['ja', 320]]) {
    it(`has no serious axe finding and no sideways scroll (${lang}, ${width} px)`, () =>
      withSession({ lang, width, height: 800 }, async (s) => {
        await s.open(checkUrl());
        await s.click('.samples button');
        await s.waitUntil(async () => (await s.text('[data-test=objective] .verdict-status')).length > 0, 5000, 'a verdict');
        assert.deepEqual(await seriousViolations(s), []);
        const overflow = await s.run('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
      }));
  }
});
