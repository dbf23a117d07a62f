// End to end: the career-anchor self-assessment as a newcomer takes it, with the
// keyboard alone, against the release site under /jiritsu/. The expected anchors are
// computed here, independently of the app, from the answer pattern.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';

const CODES = ['TF', 'GM', 'AU', 'SE', 'EC', 'SV', 'CH', 'LS'];
const JA_LABELS = {
  TF: '専門・職能別コンピタンス', GM: '全般管理コンピタンス', AU: '自律・独立', SE: '保障・安定',
  EC: '起業家的創造性', SV: '奉仕・社会貢献', CH: '純粋な挑戦', LS: '生活様式',
};
const EN_LABELS = { LS: 'Lifestyle', TF: 'Technical/functional competence', CH: 'Pure challenge' };
const TAB = '\uE004';
const ENTER = '\uE007';
const SPACE = '\uE00D';

/** Statement n (1-based) belongs to anchor (n − 1) mod 8. */
const anchorOf = (n) => CODES[(n - 1) % 8];

/** Schein's scoring, written out again: (sum of the five ratings + 4 per pick) / 5. */
function expectedScores(ratings, picks) {
  const points = Object.fromEntries(CODES.map((code) => [code, 0]));
  ratings.forEach((rating, i) => { points[anchorOf(i + 1)] += rating; });
  for (const n of picks) points[anchorOf(n)] += 4;
  const best = Math.max(...Object.values(points));
  return { points, top: CODES.filter((code) => points[code] === best) };
}

/** Pages in a PDF: page objects are written `/Type /Page` (the tree is `/Pages`). */
const pdfPageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;

const scoreText = (points) => `${Math.floor(points / 5)}.${(points % 5) * 2}`;

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);

/** Presses Tab until the focused element matches `selector`. */
async function tabTo(s, selector, limit = 120) {
  for (let i = 0; i < limit; i++) {
    if (await s.run('return document.activeElement && document.activeElement.matches(arguments[0])', selector)) return;
    await s.keys(TAB);
  }
  throw new Error(`Tab never reached ${selector}`);
}

const focusedStatement = (s) => s.run(
  "const f = document.activeElement && document.activeElement.closest('fieldset.statement'); return f ? f.id : null");

/** Answers statements from..to with digit keys, waiting for focus to move each time. */
async function answerWithDigits(s, ratings, from, to) {
  await tabTo(s, `#statement-${from} input`);
  for (let n = from; n <= to; n++) {
    assert.equal(await focusedStatement(s), `statement-${n}`);
    await s.keys(String(ratings[n - 1]));
    const next = n < 40 ? `statement-${n + 1}` : null;
    await s.waitUntil(async () => next === null
      ? s.run("return document.activeElement.id === 'to-picking'")
      : (await focusedStatement(s)) === next, 5000, `focus to move on from statement ${n}`);
  }
}

const progress = (s) => s.text('[data-testid=progress]');

/** Opens the assessment with all 40 `answers` given and no picks: the picking step. */
async function openAtPickingStep(s, answers) {
  await s.open(fixture.server.url);
  await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
    { version: 4, anchors: { current: { started: '2026-11-20', answers, picks: [] }, history: [] } });
  await s.open(`${fixture.server.url}#/assessment`);
  await s.reload();
  await s.waitUntil(() => s.run("return !!document.querySelector('#pick-heading')"), 5000, 'the picking step');
}

async function pickWithKeyboard(s, picks) {
  for (const n of picks) {
    await tabTo(s, `.picking input[type=checkbox][value="${n}"]`);
    await s.keys(SPACE);
  }
  await tabTo(s, '#see-result');
  await s.keys(ENTER);
  await s.waitUntil(async () => (await s.run('return location.hash')) === '#/result', 5000, 'the result screen');
  await s.waitUntil(() => s.run("return document.querySelectorAll('.top-anchor').length > 0"), 5000, 'the result drawn');
}

describe('the self-assessment', () => {
  it('is answered with the keyboard alone, resumes after a reload, and shows the computed anchor', () =>
    withSession({ lang: 'ja' }, async (s) => {
      // LS statements 6, GM 5, the rest 1–4 in a fixed pattern; picks: three LS statements.
      const ratings = Array.from({ length: 40 }, (_, i) => {
        const code = anchorOf(i + 1);
        return code === 'LS' ? 6 : code === 'GM' ? 5 : ((i * 7) % 4) + 1;
      });
      const picks = [8, 16, 24];
      const expected = expectedScores(ratings, picks);
      assert.deepEqual(expected.top, ['LS']);

      await s.open(`${fixture.server.url}#/assessment`);
      assert.equal(await s.text('h1'), 'キャリア・アンカー診断');
      assert.equal(await progress(s), '0 / 40');
      // The digit keys, and how a screen reader reaches them (in browse mode 1–6 jump to
      // headings).
      // Folded under a summary that says whom it is for; opened, it says it.
      assert.equal(await s.text('.keyboard-hint summary'), 'キーボードなら、Tabで文に移り、数字の1〜6で答えられます（読み上げソフトをお使いの方は、ここを開いて手順をご覧ください）', 'the digits, seen without opening');
      await s.click('.keyboard-hint summary');
      await s.waitUntil(() => s.run("return document.querySelector('.keyboard-hint').open"), 5000, 'the hint opened');
      assert.match(await s.text('.keyboard-hint p'), /数字の1〜6を押す.*スクリーンリーダーでは、フォーカスモード（NVDAならNVDA\+スペース）/s);
      assert.deepEqual(await seriousViolations(s), [], 'axe on the answering screen');
      await answerWithDigits(s, ratings, 1, 20);
      assert.equal(await progress(s), '20 / 40');
      // A screen reader reads the bar as it is shown, not as a percentage.
      assert.equal(await s.run("return document.querySelector('#assessment-progress').getAttribute('aria-valuetext')"), '20 / 40');

      await s.reload();
      assert.equal(await progress(s), '20 / 40');
      assert.ok(await s.run("return !!document.querySelector('#statement-21')"), 'resumes at the first unanswered statement');
      const saved = await s.run("return JSON.parse(localStorage.getItem('jiritsu.document')).anchors.current.answers");
      assert.deepEqual(saved.slice(0, 20), ratings.slice(0, 20), 'earlier answers are kept');
      assert.ok(saved.slice(20).every((answer) => answer === null));
      await answerWithDigits(s, ratings, 21, 40);
      assert.equal(await progress(s), '40 / 40');

      await s.keys(ENTER);
      await s.waitUntil(() => s.run("return !!document.querySelector('#pick-heading')"), 5000, 'the picking step');
      const offered = await s.run("return [...document.querySelectorAll('.picking > .pick-list input')].map(i => Number(i.value))");
      assert.deepEqual(offered.slice(0, 5), [8, 16, 24, 32, 40], 'the 6s come first');
      assert.ok(offered.every((n) => ratings[n - 1] >= 5), 'only 6s and 5s are offered first');
      assert.deepEqual(await seriousViolations(s), [], 'axe on the picking screen');
      await pickWithKeyboard(s, picks);

      assert.equal(await s.text('.top-anchor-name'), JA_LABELS.LS);
      assert.equal(await s.run("return document.querySelectorAll('.ja-name').length"), 0, 'no second name in Japanese');
      assert.deepEqual(await s.run("return [...document.querySelectorAll('.top-anchor')].map(e => e.dataset.anchor)"), ['LS']);
      const shown = await s.run("return Object.fromEntries([...document.querySelectorAll('.bars li')].map(li => [li.dataset.anchor, li.querySelector('.bar-value').textContent]))");
      assert.deepEqual(shown, Object.fromEntries(CODES.map((code) => [code, scoreText(expected.points[code])])));
      // Each name with what it means, the seven the result does not describe included.
      const glosses = await s.run("return Object.fromEntries([...document.querySelectorAll('.bars li')].map(li => [li.dataset.anchor, li.querySelector('.bar-gloss').textContent]))");
      assert.equal(glosses.GM, '人をまとめ、責任ある立場で組織の成果を出したい');
      assert.equal(glosses.TF, '専門分野で腕を磨き、生かし続けたい');
      assert.equal(new Set(Object.values(glosses)).size, 8);
      // Where each score comes from: closed at first, then every statement with its answer,
      // the three picked marked, in the order of the scores.
      assert.equal(await s.run("return document.querySelector('details.score-sources').open"), false);
      await s.click('details.score-sources summary');
      const sources = await s.run("return [...document.querySelectorAll('.score-source li')].map(li => [li.querySelector('.source-statement').textContent, li.querySelector('.source-answer').textContent, li.classList.contains('picked')])");
      assert.equal(sources.length, 40);
      for (const [line, answer, picked] of sources) {
        const n = Number(line.split('.')[0]);
        assert.ok(answer.startsWith(`${ratings[n - 1]}（`), `${line}: ${answer}`);
        assert.equal(picked, picks.includes(n), line);
        assert.equal(answer.endsWith('特にあてはまる3つに選んだ文（+0.8）'), picks.includes(n));
      }
      assert.match(await s.text('.score-sources h3'), new RegExp(`^${JA_LABELS.LS} `), 'the top anchor first');
      // The vision questions are for a vision once written, and said so.
      assert.equal(await s.text('#vision-heading'), 'ビジョンを書いたら、確かめたいこと');
      const tableRows = await s.run("return document.querySelectorAll('table.sr-only tbody tr').length");
      assert.equal(tableRows, 8, 'the chart data is also a table');
      assert.deepEqual(await seriousViolations(s), [], 'axe on the result screen');

      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('.top-anchor-name')) === EN_LABELS.LS, 5000, 'the result in English');
      assert.equal(await s.text('h1'), 'Your result');
      // What an anchor is, and the name the person's Japanese manager knows.
      assert.match(await s.text('.anchor-meaning'), /^A career anchor is the part of how you see yourself, built up from experience \(what you are good at, what drives you, what you value\), that you would not give up/);
      assert.equal(await s.text('.top-anchor .ja-name'), 'In Japanese: 生活様式');
      assert.deepEqual(await seriousViolations(s), [], 'axe on the result screen in English');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('answers with a digit pressed as soon as the screen opens, with focus still on its heading, but leaves a button\'s keys alone', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.run("location.hash = '#/assessment'");
      await s.waitUntil(() => s.run("return document.activeElement && document.activeElement.id === 'assessment-heading'"), 5000, 'focus on the heading');
      await s.keys('4');
      await s.waitUntil(async () => (await focusedStatement(s)) === 'statement-2', 5000, 'focus on to statement 2');
      assert.equal(await progress(s), '1 / 40');
      await s.waitUntil(() => s.run("const d = localStorage.getItem('jiritsu.document'); return !!d && JSON.parse(d).anchors.current.answers[0] === 4"), 5000, 'the answer saved');
      // From the hint's summary too (it is not a form control); on a button, a digit is not an answer.
      await s.run("document.querySelector('.keyboard-hint summary').focus()");
      await s.keys('2');
      await s.waitUntil(async () => (await focusedStatement(s)) === 'statement-3', 5000, 'focus on to statement 3');
      assert.equal(await progress(s), '2 / 40');
      await s.run("document.querySelector('.pager button.primary').focus()");
      await s.keys('5');
      await new Promise((done) => setTimeout(done, 500));
      assert.equal(await progress(s), '2 / 40', 'a digit on a button answers nothing');
    }));

  it('leaves the keyboard\'s digits off a touch phone, and folds how to answer, so that the first statement is on the first screen (360 px)', () =>
    withSession({ lang: 'ja', width: 360, height: 800 }, async (s) => {
      await s.cdp('Emulation.setDeviceMetricsOverride', { width: 360, height: 800, deviceScaleFactor: 1, mobile: true });
      await s.cdp('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      await s.open(`${fixture.server.url}#/assessment`);
      await s.waitUntil(() => s.run("return !!document.querySelector('#statement-1')"), 5000, 'the first statement');
      assert.equal(await s.run("return matchMedia('(hover: none) and (pointer: coarse)').matches"), true, 'a touch screen');
      assert.equal(await s.run("return document.querySelector('.keyboard-hint').getClientRects().length"), 0, 'no keyboard hint');
      assert.ok(await s.run("return document.querySelector('#statement-1 legend').getBoundingClientRect().bottom <= innerHeight"), 'statement 1 in the first view');
      // How to answer a situation not met yet, or one behind the person, is a tap away.
      assert.equal(await s.run("return document.querySelector('.how-to-answer').open"), false);
      await s.click('.how-to-answer summary');
      assert.match(await s.text('.how-to-answer'), /正解はありません。[\s\S]*まだ経験していない場面は、そうなったらどう感じるかを思い浮かべて答えてください。もう過ぎた場面（異動や昇進、定年など）は、今の自分ならどう感じるかで答えてください。/);
    }));

  it('shows every tied anchor as the anchor', () =>
    withSession({ lang: 'ja' }, async (s) => {
      // TF and CH all 6, AU all 5, the rest 2; picks: one TF, one CH, one AU → TF = CH.
      const ratings = Array.from({ length: 40 }, (_, i) => {
        const code = anchorOf(i + 1);
        return code === 'TF' || code === 'CH' ? 6 : code === 'AU' ? 5 : 2;
      });
      const picks = [1, 7, 3];
      const expected = expectedScores(ratings, picks);
      assert.deepEqual(expected.top, ['TF', 'CH']);
      await s.open(`${fixture.server.url}#/assessment`);
      await answerWithDigits(s, ratings, 1, 40);
      await s.keys(ENTER);
      await s.waitUntil(() => s.run("return !!document.querySelector('#pick-heading')"), 5000, 'the picking step');
      await pickWithKeyboard(s, picks);
      const top = await s.run("return [...document.querySelectorAll('.top-anchor')].map(e => e.dataset.anchor)");
      assert.deepEqual(top, expected.top);
      assert.match(await s.text('.tie-note'), /同じ最高点で並んで/);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('.top-anchor-name')) === EN_LABELS.TF, 5000, 'English');
      assert.deepEqual(await s.run("return [...document.querySelectorAll('.top-anchor-name')].map(e => e.textContent)"),
        [EN_LABELS.TF, EN_LABELS.CH]);
    }));

  it('names and describes an anchor only one answer behind the top one, on screen and on paper, and keeps the bars long at 200% zoom', () =>
    withSession({ lang: 'ja' }, async (s) => {
      // TF all 5, GM 5s and one 4, LS 2, the rest 3; one pick each for TF, GM and AU: TF
      // 5.8, GM 5.6.
      const answers = Array.from({ length: 40 }, (_, i) => {
        const code = anchorOf(i + 1);
        return code === 'TF' ? 5 : code === 'GM' ? (i === 33 ? 4 : 5) : code === 'LS' ? 2 : 3;
      });
      const result = { date: '2026-11-20', answers, picks: [1, 2, 3] };
      assert.deepEqual(expectedScores(answers, result.picks).top, ['TF']);
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 2, anchors: { current: { answers: Array(40).fill(null), picks: [] }, history: [result] } });
      await s.open(`${fixture.server.url}#/result`);
      await s.reload();
      await s.waitUntil(async () => (await s.text('.top-anchor-name')) === JA_LABELS.TF, 5000, 'the result');
      assert.equal(await s.text('.close-note'),
        '0.2点差で続くアンカー：「全般管理コンピタンス」。ひとつの文への回答が1段階ちがえば並ぶほどの差です。説明を読み比べて、より自分らしいものを考えてみてください。');
      assert.deepEqual(await s.run("return [...document.querySelectorAll('.close-anchor')].map(e => e.dataset.anchor)"), ['GM']);
      assert.equal(await s.text('.close-anchor-name'), JA_LABELS.GM);
      assert.ok((await s.text('.close-anchor')).length > 40, 'described, not only named');
      assert.equal(await s.findAll('.tie-note').then((l) => l.length), 0, 'not a tie');
      assert.deepEqual(await seriousViolations(s), [], 'axe with the close anchor');
      assert.equal(pdfPageCount(await s.printPdf()), 1, 'still one A4 page');
      // Its description is on paper too: the note asks to read the two side by side.
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.equal(await s.run("return document.querySelector('.close-anchor').getClientRects().length > 0"), true, 'printed');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      // A 1366 px screen zoomed to 200%: the chart goes under the bars, which keep their length.
      await s.cdp('Emulation.setDeviceMetricsOverride', { width: 683, height: 384, deviceScaleFactor: 2, mobile: false });
      await s.waitUntil(() => s.run("return document.querySelector('.bar-track').getBoundingClientRect().width > 150"),
        5000, 'bars long enough to compare at 200%');
      await s.cdp('Emulation.clearDeviceMetricsOverride', {});
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^Just 0\.2 points behind: “General managerial competence”\. One answer a step different would put them level/.test(await s.text('.close-note')),
        5000, 'the note in English');
      assert.equal(pdfPageCount(await s.printPdf()), 1, 'one A4 page in English');
    }));

  it('lists unanswered statements, one click away, before the picking step', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const answers = Array.from({ length: 40 }, (_, i) => (i === 11 || i === 29 ? null : 3));
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 2, anchors: { current: { started: '2026-11-20', answers, picks: [] }, history: [] } });
      await s.open(`${fixture.server.url}#/assessment`);
      await s.reload();
      assert.equal(await progress(s), '38 / 40');
      assert.ok(await s.run("return !!document.querySelector('#statement-12')"), 'resumes at statement 12');
      // Go to the last page and try to continue.
      while (!(await s.findAll('#to-picking')).length) await s.click('.pager button.primary');
      await s.click('#to-picking');
      const listed = await s.waitUntil(async () => {
        const names = await s.run("return [...document.querySelectorAll('.unanswered button')].map(b => b.textContent)");
        return names.length ? names : null;
      }, 5000, 'the unanswered statements listed');
      assert.deepEqual(listed, ['設問 12', '設問 30']);
      assert.equal(await s.findAll('#pick-heading').then((l) => l.length), 0, 'no picking while some are unanswered');
      await s.click('.unanswered li:nth-child(2) button');
      await s.waitUntil(async () => (await focusedStatement(s)) === 'statement-30', 5000, 'statement 30 focused');
      await s.keys('4');
      await s.waitUntil(async () => (await progress(s)) === '39 / 40', 5000, 'the answer saved');
      // From the list, on to the next unanswered statement (round to the start), not to 31.
      await s.waitUntil(async () => (await focusedStatement(s)) === 'statement-12', 5000, 'statement 12 focused next');
      await s.keys('5');
      await s.waitUntil(async () => (await progress(s)) === '40 / 40', 5000, 'the last answer saved');
      // None left: the way on to the picking step, not statement 13.
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'to-picking'"), 5000, 'the way on focused');
    }));

  it('keeps past results, compares them, and deletes one after a confirmation', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const all = (value) => Array.from({ length: 40 }, () => value);
      const first = { date: '2026-05-01', answers: all(3), picks: [1, 2, 3] };
      const second = { date: '2026-11-01', answers: all(3), picks: [1, 9, 17] };
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 2, anchors: { current: { answers: all(null), picks: [] }, history: [first, second] } });
      await s.open(`${fixture.server.url}#/result`);
      await s.reload();
      assert.match(await s.text('.result-date'), /2026年11月1日/);
      assert.equal(await s.text('.top-anchor-name'), JA_LABELS.TF);
      // Under the date, whether the highest anchor moved since the result before (a tie of
      // three in May, one of them now).
      assert.equal(await s.text('.since-previous.moved'),
        `前回（2026年5月1日）いちばん高かったのは「${JA_LABELS.TF}」「${JA_LABELS.GM}」「${JA_LABELS.AU}」でした。今回は「${JA_LABELS.TF}」です。何が変わったのかは、面談で話すきっかけになります。`);
      const select = await s.find('#compare-select');
      await s.cmd('POST', `/element/${select}/click`, {});
      await s.run("const el = document.querySelector('#compare-select'); el.value = '0'; el.dispatchEvent(new Event('change', { bubbles: true }))");
      const changes = await s.waitUntil(async () => {
        const moved = await s.run("return [...document.querySelectorAll('.changes li')].map(li => [li.dataset.anchor, li.textContent])");
        return moved.length ? moved : null;
      }, 5000, 'the comparison');
      assert.deepEqual(changes.map(([code]) => code), ['TF', 'GM', 'AU']);
      assert.match(changes[0][1], /上がった \+1\.6/);
      assert.match(changes[1][1], /下がった −0\.8/);
      assert.deepEqual(await seriousViolations(s), []);
      // The result prints on one A4 page, without the menu, buttons or history.
      const pdf = await s.printPdf();
      assert.equal(pdfPageCount(pdf), 1, 'the printed result fits one A4 page');
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      const rendered = (selectors) => s.run('return arguments[0].map(q => document.querySelector(q).getClientRects().length > 0)', selectors);
      assert.deepEqual(await rendered(['.site-header', '.result-actions', '.history', '.site-footer']), [false, false, false, false]);
      assert.deepEqual(await rendered(['.result-body', '.bars', '.radar']), [true, true, true]);
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      // Delete the older result.
      await s.click('.history-list li:nth-child(2) button:last-of-type');
      await s.click('.history-list .confirm button.danger');
      await s.waitUntil(async () => (await s.findAll('.history-list > li')).length === 1, 5000, 'one result left');
      await s.waitUntil(async () => (await s.run("return JSON.parse(localStorage.getItem('jiritsu.document')).anchors.history.length")) === 1, 5000, 'the deletion saved');
      const saved = await s.run("return JSON.parse(localStorage.getItem('jiritsu.document')).anchors.history.map(r => r.date)");
      assert.deepEqual(saved, ['2026-11-01']);
      assert.equal((await s.findAll('.since-previous')).length, 0, 'nothing before it now');
    }));

  it('going back to review the answers puts focus on the first statement\'s chosen answer', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const answers = Array.from({ length: 40 }, () => 3);
      await openAtPickingStep(s, answers);
      await s.run("[...document.querySelectorAll('.picking button')].find((b) => b.textContent === '回答を見直す').click()");
      // A screen reader hears the answer as chosen, not the first step as if unanswered.
      await s.waitUntil(() => s.run("const a = document.activeElement; return a?.matches('#statement-1 input') && a.checked && a.value === '3'"),
        5000, 'focus on the chosen answer');
    }));

  it('says how many picks are missing beside a button that looks disabled and stays reachable by Tab, and dates the result to the minute', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const answers = Array.from({ length: 40 }, (_, i) => (i % 8 === 2 ? 6 : 3));
      await openAtPickingStep(s, answers);
      const button = () => s.run(`const b = document.querySelector('#see-result'); const style = getComputedStyle(b);
        return { disabled: b.getAttribute('aria-disabled') === 'true', reachable: !b.disabled && b.tabIndex === 0,
          describedBy: b.getAttribute('aria-describedby'), border: style.borderStyle,
          background: style.backgroundColor, cursor: style.cursor };`);
      const missing = () => s.run("const p = document.querySelector('#picks-missing'); return p.hidden ? null : p.textContent");
      const before = await button();
      assert.equal(before.disabled, true);
      // Reachable by Tab, so a screen reader hears why it cannot be used yet.
      assert.equal(before.reachable, true);
      assert.equal(before.describedBy, 'picks-missing');
      assert.equal(before.border, 'dashed', 'a disabled button looks disabled');
      assert.equal(before.cursor, 'not-allowed');
      assert.equal(await missing(), '結果を見るには、あと3つ選んでください。');
      for (const [n, left] of [[3, 2], [11, 1]]) {
        await s.click(`.picking input[type=checkbox][value="${n}"]`);
        await s.waitUntil(async () => (await missing()) === `結果を見るには、あと${left}つ選んでください。`, 5000, `${left} missing`);
      }
      assert.equal((await button()).disabled, true);
      // Pressed now, it does nothing: no result of two picks.
      await s.click('#see-result');
      await new Promise((resolve) => setTimeout(resolve, 300));
      assert.equal(await s.run('return location.hash'), '#/assessment');
      assert.equal(await s.run("return JSON.parse(localStorage.getItem('jiritsu.document')).anchors.history.length"), 0, 'no result saved');
      assert.deepEqual(await seriousViolations(s), [], 'axe on the picking step with the button disabled');
      await s.click('.picking input[type=checkbox][value="19"]');
      await s.waitUntil(async () => (await missing()) === null, 5000, 'nothing missing');
      const after = await button();
      assert.equal(after.disabled, false);
      assert.equal(after.describedBy, null, 'no description of a hidden note');
      assert.equal(after.border, 'solid');
      assert.notEqual(after.background, before.background);
      await s.click('#see-result');
      await s.waitUntil(async () => (await s.run('return location.hash')) === '#/result', 5000, 'the result screen');
      const stored = await s.waitUntil(async () => {
        const doc = await s.run("return JSON.parse(localStorage.getItem('jiritsu.document'))");
        return doc.anchors.history.length === 1 ? doc : null;
      }, 5000, 'the result stored');
      assert.equal(stored.version, 5);
      const [result] = stored.anchors.history;
      assert.match(result.time, /^\d{2}:\d{2}$/, 'the result keeps the time it was completed');
      const [hours, minutes] = result.time.split(':').map(Number);
      const [y, m, d] = result.date.split('-').map(Number);
      assert.equal(await s.text('.result-date'), `${y}年${m}月${d}日 ${hours}:${String(minutes).padStart(2, '0')}の結果`);
    }));

  it('opens each new page with the statement and its six answers in view under the progress, on a phone and by digits on a desktop', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(`${fixture.server.url}#/assessment`);
      await s.waitUntil(() => s.run("return !!document.querySelector('#statement-1')"), 5000, 'the first statement');
      // Within a pixel: a scrolled position can land a fraction past the edge.
      const inView = (css) => s.run(`const r = document.querySelector(arguments[0]).getBoundingClientRect();
        return r.top >= -1 && r.bottom <= innerHeight + 1`, css);
      for (const n of [1, 2, 3]) {
        await s.click(`#statement-${n} input[value="4"]`);
        await s.click('.pager button.primary');
        await s.waitUntil(() => s.run('return !!document.querySelector(arguments[0])', `#statement-${n + 1}`), 5000, `statement ${n + 1}`);
        await s.waitUntil(() => inView(`#statement-${n + 1}`), 5000, `statement ${n + 1} whole in view`);
        assert.equal(await inView('.progress'), true, 'the progress in view');
      }
      // On a desktop, the digit that answers the fifth statement turns the page the same way.
      await s.setWindowSize(1280, 800);
      await s.cdp('Emulation.clearDeviceMetricsOverride');
      await s.reload();
      await s.waitUntil(() => s.run("return !!document.querySelector('#statement-5')"), 5000, 'the page of five');
      await s.run("document.querySelector('#statement-5 input').focus()");
      await s.keys('5');
      await s.waitUntil(() => s.run("return document.activeElement.closest('fieldset')?.id === 'statement-6'"), 5000, 'statement 6 focused');
      await s.waitUntil(() => inView('#statement-6 legend'), 5000, 'its question in view');
      assert.equal(await inView('.progress'), true, 'the progress in view');
    }));

  it('opens the picking step with its heading at the top of a phone\'s screen, not the page\'s top (360 px)', () =>
    withSession({ lang: 'ja', width: 360, height: 780 }, async (s) => {
      await s.open(fixture.server.url);
      const answers = Array.from({ length: 40 }, (_, i) => (i < 39 ? (i % 6) + 1 : null));
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 4, anchors: { current: { started: '2026-11-20', answers, picks: [] }, history: [] } });
      await s.open(`${fixture.server.url}#/assessment`);
      await s.reload();
      await s.waitUntil(() => s.run("return !!document.querySelector('#statement-40')"), 5000, 'the last statement');
      // Come back at 39 of 40: the intro read before is folded, and the statement to answer
      // is on the phone's first screen, under a line that says where it resumes.
      assert.equal(await s.text('.resumed'), '前回の続き（設問40）から再開します。');
      assert.equal(await s.run("return document.querySelector('.intro-again').open"), false);
      assert.ok(await s.run("return document.querySelector('#statement-40 legend').getBoundingClientRect().bottom <= innerHeight"),
        'the statement to answer in the first view');
      await s.click('.intro-again summary');
      // The lead says how to answer and who sees the answers.
      assert.match(await s.text('.assessment-intro .lead'), /今の立場でできるかどうかではなく、自分がどうありたいかで答えてください。回答はこの端末に自動で保存され（どこにも送信されず、人事や上司が見ることもありません）/);
      await s.click('#statement-40 input[value="5"]');
      await s.waitUntil(async () => (await s.findAll('#to-picking')).length === 1, 5000, 'the way to the picking step');
      await s.click('#to-picking');
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'pick-heading'"), 5000, 'the heading focused');
      await s.waitUntil(() => s.run(`const r = document.querySelector('#pick-heading').getBoundingClientRect();
        return r.top >= -1 && r.top < innerHeight / 3`), 5000, 'the heading near the top of the screen');
      // Moved on, the line about where it resumed is no longer said (it would be stale).
      assert.equal(await s.run("return document.querySelector('.resumed').getClientRects().length"), 0);
    }));

  it('moves on by itself after a first answer tapped on a phone, and stays for a changed answer or the arrow keys (390 px)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(`${fixture.server.url}#/assessment`);
      await s.waitUntil(() => s.run("return !!document.querySelector('#statement-1')"), 5000, 'the first statement');
      assert.equal(await s.text('.tap-hint'), 'まだ答えていない文で答えを選ぶと、自動で次の文へ進みます。答えを直すときや前の文に戻るときは「前へ」を押してください。');
      const shown = () => s.run("return document.querySelector('.statement').id");
      const saved = () => s.run("return JSON.parse(localStorage.getItem('jiritsu.document') || '{}').anchors?.current?.answers?.slice(0, 3)");
      for (const n of [1, 2]) {
        await s.click(`#statement-${n} input[value="${n + 3}"]`);
        await s.waitUntil(async () => (await shown()) === `statement-${n + 1}`, 5000, `statement ${n + 1} by itself`);
      }
      await s.waitUntil(async () => JSON.stringify(await saved()) === JSON.stringify([4, 5, null]), 5000, 'both answers saved');
      // Back to statement 2 to change its answer: the screen stays there.
      await s.click('.pager button:not(.primary)');
      await s.waitUntil(async () => (await shown()) === 'statement-2', 5000, 'statement 2 again');
      await s.click('#statement-2 input[value="2"]');
      await new Promise((done) => setTimeout(done, 1000));
      assert.equal(await shown(), 'statement-2', 'a changed answer stays');
      // A first answer chosen with the arrow keys stays too, even right after a tap on the
      // same statement (the tap is on its first step, the arrow key chooses the next).
      await s.click('.pager button.primary');
      await s.waitUntil(async () => (await shown()) === 'statement-3', 5000, 'statement 3');
      await s.run("const f = document.querySelector('#statement-3'); f.dispatchEvent(new PointerEvent('pointerdown', { bubbles: true })); f.querySelector('input').focus()");
      await s.keys('\uE015'); // ArrowDown
      await new Promise((done) => setTimeout(done, 1000));
      assert.equal(await shown(), 'statement-3', 'an arrow key does not move on');
      assert.equal((await saved())[2], 2, 'but it answers');
      // A tap, then 前へ at once: the person stays where they went back to.
      await s.click('.pager button.primary');
      await s.waitUntil(async () => (await shown()) === 'statement-4', 5000, 'statement 4');
      await s.click('#statement-4 input[value="3"]');
      await s.click('.pager button:not(.primary)');
      await new Promise((done) => setTimeout(done, 1000));
      assert.equal(await shown(), 'statement-3', 'the tap\'s move was not made after going back');
      await s.click('.pager button.primary');
      await s.click('.pager button.primary');
      await s.waitUntil(async () => (await shown()) === 'statement-5', 5000, 'statement 5');
      // The hint describes each statement for a screen reader.
      assert.equal(await s.run("return document.querySelector('#statement-5').getAttribute('aria-describedby')"), 'tap-hint');
      // On a desktop the five statements stay; no hint.
      await s.setWindowSize(1280, 800);
      await s.cdp('Emulation.clearDeviceMetricsOverride');
      await s.waitUntil(() => s.run("return document.querySelector('.tap-hint').hidden"), 5000, 'no hint on a desktop');
      assert.equal(await s.run("return document.querySelectorAll('.statement').length"), 5, 'five statements a page');
      assert.equal(await s.run("return document.querySelector('.statement').getAttribute('aria-describedby')"), null);
    }));

  it('offers the result in the bar that stays in view once three are picked, without scrolling a phone\'s list to its end (390 px)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      const answers = Array.from({ length: 40 }, (_, i) => (i % 8 === 2 ? 6 : 5));
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 4, anchors: { current: { started: '2026-11-20', answers, picks: [3, 11] }, history: [] } });
      await s.open(`${fixture.server.url}#/assessment`);
      await s.reload();
      await s.waitUntil(() => s.run("return !!document.querySelector('#pick-heading')"), 5000, 'the picking step');
      assert.equal(await s.run("return document.querySelector('.pick-done').hidden"), true, 'not before the third');
      // The third pick, far down the list as a phone shows it.
      const third = '.picking > .pick-list input[value="19"]';
      await s.run('document.querySelector(arguments[0]).scrollIntoView({ block: "center" })', third);
      await s.click(third);
      await s.waitUntil(() => s.run("return !document.querySelector('.pick-done').hidden"), 5000, 'the way on in the bar');
      const inView = (css) => s.run('const r = document.querySelector(arguments[0]).getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight', css);
      assert.equal(await inView('.pick-done button'), true, 'in view where the person is');
      assert.equal(await inView('#see-result'), false, 'the list\'s own button is further down');
      assert.equal(await s.text('.pick-done button'), '3つ選びました。結果を見る');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.pick-done button');
      await s.waitUntil(async () => (await s.run('return location.hash')) === '#/result', 5000, 'the result');
    }));

  it('refuses a fourth pick where the person is: the count and the reason stay in view as the list scrolls (390 px)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      const answers = Array.from({ length: 40 }, (_, i) => (i % 8 === 2 ? 6 : 3));
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 4, anchors: { current: { started: '2026-11-20', answers, picks: [3, 11, 19] }, history: [] } });
      await s.open(`${fixture.server.url}#/assessment`);
      await s.reload();
      await s.waitUntil(() => s.run("return !!document.querySelector('#pick-heading')"), 5000, 'the picking step');
      // The last statement offered, scrolled to and tapped as a phone user would.
      const fourth = '.picking > .pick-list li:last-child input';
      await s.run('document.querySelector(arguments[0]).scrollIntoView({ block: "center" })', fourth);
      await s.click(fourth);
      const note = '選べるのは3つまでです。別の文を選ぶときは、先にどれかを外してください。';
      await s.waitUntil(async () => (await s.text('.pick-status .notice-inline')) === note, 5000, 'the refusal');
      const inView = (css) => s.run(`const r = document.querySelector(arguments[0]).getBoundingClientRect();
        return r.top >= 0 && r.bottom <= innerHeight`, css);
      assert.equal(await inView('.pick-status .notice-inline'), true, 'the reason is in view');
      assert.equal(await inView('.pick-count'), true, 'and so is the count');
      assert.equal(await s.text('.pick-count'), '選択済み 3 / 3');
      assert.equal(await s.run('return document.querySelector(arguments[0]).checked', fourth), false, 'the box is not ticked');
      const saved = await s.run("return JSON.parse(localStorage.getItem('jiritsu.document')).anchors.current.picks");
      assert.deepEqual(saved, [3, 11, 19]);
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('keeps the chart, a chosen answer and the chosen language visible in a high-contrast theme', () =>
    withSession({ lang: 'ja', width: 1280, height: 900 }, async (s) => {
      const all = (value) => Array.from({ length: 40 }, () => value);
      const result = { date: '2026-11-01', time: '09:05', answers: all(3), picks: [1, 9, 17] };
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 5, anchors: { current: { answers: [4, ...all(null).slice(1)], picks: [] }, history: [result] } });
      await s.open(`${fixture.server.url}#/result`);
      await s.reload();
      // Windows' contrast themes, as Chromium emulates them: the person's own colours.
      await s.cdp('Emulation.setEmulatedMedia', { features: [{ name: 'forced-colors', value: 'active' }, { name: 'prefers-color-scheme', value: 'dark' }] });
      await s.waitUntil(async () => (await s.findAll('.radar-label')).length === 8, 5000, 'the chart');
      // Each part's colour against the page's (WCAG contrast), as painted.
      const contrasts = await s.run(`
        const rgb = (c) => (c.match(/[\\d.]+/g) || []).slice(0, 3).map(Number);
        const lum = (c) => { const [r, g, b] = rgb(c).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const ratio = (a, b) => { const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p); return (x + 0.05) / (y + 0.05); };
        // The theme's page colour (a page's own background is not what its computed style says here).
        const probe = document.createElement('div');
        probe.style.backgroundColor = 'Canvas';
        document.body.append(probe);
        const page = getComputedStyle(probe).backgroundColor;
        probe.remove();
        const paint = (selector, property) => [...document.querySelectorAll(selector)].map((e) => ratio(getComputedStyle(e)[property], page));
        const track = getComputedStyle(document.querySelector('.bar-track')).backgroundColor;
        return {
          labels: Math.min(...paint('.radar-label', 'fill')),
          rings: Math.min(...paint('.radar-ring', 'stroke'), ...paint('.radar-spoke', 'stroke')),
          shape: Math.min(...paint('.radar-shape', 'stroke')),
          bars: Math.min(...[...document.querySelectorAll('.bar')].map((e) => ratio(getComputedStyle(e).fill, track))),
          track: ratio(getComputedStyle(document.querySelector('.bar-track')).outlineColor, page),
        };`);
      for (const [part, ratio] of Object.entries(contrasts)) {
        assert.ok(ratio >= 3, `${part}: contrast ${ratio.toFixed(2)} against the page (or the bar's track) is under 3:1`);
      }
      // The chosen language and a chosen answer are marked by more than bold type.
      const mark = (selector) => s.run(`const e = document.querySelector(arguments[0]); const st = getComputedStyle(e);
        return { background: st.backgroundColor, outline: st.outlineStyle };`, selector);
      const highlight = await s.run(`const probe = document.createElement('div');
        probe.style.backgroundColor = 'Highlight'; document.body.append(probe);
        const colour = getComputedStyle(probe).backgroundColor; probe.remove(); return colour;`);
      assert.equal((await mark('.lang-switch button[aria-pressed=true]')).background, highlight, 'the chosen language in Highlight');
      assert.notEqual((await mark('.lang-switch button[aria-pressed=false]')).background, highlight);
      await s.run("location.hash = '#/assessment'");
      await s.waitUntil(async () => (await s.findAll('.scale-step:has(input:checked)')).length === 1, 5000, 'the answered statement');
      assert.equal((await mark('.scale-step:has(input:checked)')).outline, 'solid', 'the chosen answer is outlined');
      assert.equal((await mark('.scale-step:not(:has(input:checked))')).outline, 'none');
      // (axe is not run here: it reads the page's own colours, not the theme's.)
    }));

  it('labels the radar with the anchors\' names, explains the scale and ends with a next step', () =>
    withSession({ lang: 'ja', width: 375, height: 800 }, async (s) => {
      const all = (value) => Array.from({ length: 40 }, () => value);
      const result = { date: '2026-11-01', time: '09:05', answers: all(3), picks: [1, 9, 17] };
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 5, anchors: { current: { answers: all(null), picks: [] }, history: [result] } });
      await s.open(`${fixture.server.url}#/result`);
      await s.reload();
      const labels = () => s.run("return [...document.querySelectorAll('.radar-label')].map(t => t.textContent)");
      assert.deepEqual(await labels(), ['専門・職能', '全般管理', '自律・独立', '保障・安定', '起業・創造', '奉仕・貢献', '純粋な挑戦', '生活様式']);
      // Every name is drawn inside the chart, on a phone too.
      const outside = await s.run(`const box = document.querySelector('.radar').getBoundingClientRect();
        return [...document.querySelectorAll('.radar-label')].filter(t => { const r = t.getBoundingClientRect();
          return r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5; })
          .map(t => t.textContent);`);
      assert.deepEqual(outside, [], 'radar labels cut off');
      assert.equal(await s.text('#scores-heading + p'), '得点は1.0〜8.4で、高いほど、そのアンカーを仕事で大切にしていることを表します（5つの文への回答の平均に、特にあてはまる3つに選んだ文1つにつき0.8を足した値です）。');
      assert.match(await s.text('.next-step'), /次の一歩/);
      assert.deepEqual(await s.run("return [...document.querySelectorAll('.next-step a')].map(a => a.getAttribute('href'))"),
        ['#/worksheet', '#/check']);
      assert.deepEqual(await seriousViolations(s), []);

      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('h1')) === 'Your result', 5000, 'English');
      assert.deepEqual(await labels(), ['Expertise', 'Management', 'Autonomy', 'Security', 'Enterprise', 'Service', 'Challenge', 'Lifestyle']);
      assert.equal(await s.text('#scores-heading + p'), 'Scores run from 1.0 to 8.4: the higher an anchor\'s score, the more it matters to you at work (the average of your answers to its five statements, plus 0.8 for each of them among your top three).');
      assert.equal(await s.text('.result-date'), 'Result from 1 November 2026, 9:05');
      // The anchors' Japanese names (marked lang="ja") are Japanese on purpose.
      assert.deepEqual(await s.run("return [...document.querySelectorAll('.top-anchor .ja-name span')].map((e) => e.lang)"), ['ja']);
      const fullWidth = await s.run(`const ja = [...document.querySelectorAll('main [lang=ja]')];
        ja.forEach((e) => { e.style.display = 'none'; });
        const found = document.querySelector('main').innerText.match(/[\\u3000-\\u303f\\u30fb\\uff01-\\uff0f\\uff1a-\\uff20]/g) || [];
        ja.forEach((e) => { e.style.display = ''; });
        return found;`);
      assert.deepEqual(fullWidth, [], 'no full-width punctuation in English');
      assert.ok((await s.findAll('.lowest li')).length > 0, 'the lowest anchors are listed (with a colon)');
      await s.click('.next-step a[href="#/check"]');
      await s.waitUntil(async () => (await s.text('h1')) === 'Check a commitment', 5000, 'the check screen');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says on the self-assessment that a result is there already, one link away, until a statement is answered again', () =>
    withSession({ lang: 'en' }, async (s) => {
      const all = (value) => Array.from({ length: 40 }, () => value);
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 5, anchors: { current: { answers: all(null), picks: [] },
          history: [{ date: '2026-11-20', time: '10:00', answers: all(3), picks: [1, 9, 17] }] } });
      await s.open(`${fixture.server.url}#/assessment`);
      await s.reload();
      await s.waitUntil(() => s.run("return !!document.querySelector('.has-result')"), 5000, 'the note');
      assert.equal(await s.text('.has-result'),
        'You already have a result from 20 November 2026. Answering again records a new result (the earlier ones are kept). See my result');
      assert.equal(await s.run("return document.querySelector('.has-result a').getAttribute('href')"), '#/result');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.lang-switch button[lang=ja]');
      await s.waitUntil(async () => /^2026年11月20日の診断結果があります。/.test(await s.text('.has-result')), 5000, 'in Japanese');
      // Once a statement is answered, it is an assessment in progress.
      await s.click('#statement-1 input[value="4"]');
      await s.waitUntil(() => s.run("return !document.querySelector('.has-result')"), 5000, 'the note gone');
    }));

  it('tells results of the same day apart by their time; older results without one show the date', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const all = (value) => Array.from({ length: 40 }, () => value);
      const history = [
        { date: '2026-05-01', answers: all(3), picks: [1, 2, 3] },
        { date: '2026-11-01', time: '09:05', answers: all(3), picks: [1, 9, 17] },
        { date: '2026-11-01', time: '14:30', answers: all(4), picks: [2, 10, 18] },
      ];
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 4, anchors: { current: { answers: all(null), picks: [] }, history } });
      await s.open(`${fixture.server.url}#/result`);
      await s.reload();
      assert.equal(await s.text('.result-date'), '2026年11月1日 14:30の結果');
      assert.deepEqual(await s.run("return [...document.querySelectorAll('.history-name')].map(e => e.textContent)"),
        ['2026年11月1日 14:30（3回目）', '2026年11月1日 9:05（2回目）', '2026年5月1日（1回目）']);
      // Each button is described by the result it acts on, so that they can be told apart by ear.
      assert.deepEqual(await s.run(`return [...document.querySelectorAll('.history-list > li')].map((li) =>
          [...li.querySelectorAll('button')].map((b) => document.getElementById(b.getAttribute('aria-describedby'))?.textContent))`),
        [['2026年11月1日 14:30（3回目）'], ['2026年11月1日 9:05（2回目）', '2026年11月1日 9:05（2回目）'], ['2026年5月1日（1回目）', '2026年5月1日（1回目）']]);
      assert.deepEqual(await s.run("return [...document.querySelectorAll('#compare-select option')].slice(1).map(o => o.textContent)"),
        ['2026年5月1日（1回目）', '2026年11月1日 9:05（2回目）']);
      await s.click('.history-list li:nth-child(3) button');
      await s.waitUntil(async () => (await s.text('.result-date')) === '2026年5月1日の結果', 5000, 'the oldest, dated only');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  for (const width of [320, 375, 700, 1280]) {
    it(`breaks the scale's labels only between words (${width} px)`, () =>
      withSession({ lang: 'ja', width, height: 900 }, async (s) => {
        await s.open(`${fixture.server.url}#/assessment`);
        await s.waitUntil(() => s.run("return !!document.querySelector('.scale-label')"), 5000, 'the scale');
        // Each line break inside a label or the legend, as "…before／after…"; a break is fine
        // after a zero-width space, a space, a closing bracket or 〜.
        const badBreaks = await s.run(`
          const bad = [];
          for (const el of document.querySelectorAll('.scale-label, .scale-legend')) {
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            const chars = [];
            for (let node = walker.nextNode(); node; node = walker.nextNode()) {
              for (let i = 0; i < node.textContent.length; i++) chars.push([node, i]);
            }
            const text = chars.map(([node, i]) => node.textContent[i]).join('');
            const range = document.createRange();
            let lastTop = null;
            chars.forEach(([node, i], k) => {
              const c = text[k];
              if (c === '\u200b' || c === ' ') return;
              range.setStart(node, i); range.setEnd(node, i + 1);
              const rect = range.getClientRects()[0];
              if (!rect) return;
              const top = Math.round(rect.top);
              if (lastTop !== null && top > lastTop + 2 && !/[\\u200b\\s）)〜]/.test(text[k - 1])) {
                bad.push(text.slice(0, k) + '／' + text.slice(k));
              }
              lastTop = top;
            });
          }
          return [...new Set(bad)];`);
        assert.deepEqual(badBreaks, [], 'a label breaks inside a word');
      }));
  }
});
