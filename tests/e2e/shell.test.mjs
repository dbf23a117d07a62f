// End to end: the app shell as a first-time visitor meets it, served under a sub-path.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';
import { shareCode, topThree } from './lib/attendees.mjs';

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
      // How long it takes, before anyone begins.
      assert.match(await s.text('.home-where'), /^まずは自己診断（10〜15分ほど）で、/);
      assert.equal(await s.text('.home-worksheet-time'), 'ワークシートは、ビジョンと行動の二つだけなら10分ほどで書けます。');
      // Who it is for names the newly hired and those facing re-employment alike.
      assert.match(await s.text('section[aria-labelledby=home-who]'), /入社したばかりの方から、再雇用や契約更新の面談を控えた方まで/);
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

describe('a returning visitor', () => {
  it('is led to the worksheet and the sheet from home, and to the sheet and the rehearsal from the top of the worksheet', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const links = () => s.run(`return [...document.querySelectorAll('.start-list a')].map(a =>
        [a.getAttribute('href'), a.textContent.trim(), a.classList.contains('primary')])`);
      await s.open(fixture.server.url);
      await s.waitUntil(async () => (await links()).length > 0, 5000, 'the start links');
      const first = (await links())[0];
      assert.deepEqual(first, ['#/assessment', '自己診断を始める', true], 'a newcomer starts with the assessment');
      assert.ok(!(await links()).some(([href]) => href === '#/sheet'), 'no sheet before there is anything to print');
      // An empty notebook may live on another device: how to bring it, one link away.
      assert.equal(await s.text('.home-other-device'), '別の端末で始めていた方は、そちらで書き出したファイルを読み込むと続きから使えます。 ファイルを読み込む（データの管理）');
      assert.equal(await s.run("return document.querySelector('.home-other-device a').getAttribute('href')"), '#/data?s=import');
      // It opens the data screen at the import, not at its top.
      await s.click('.home-other-device a');
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'import-heading'"), 5000, 'the import focused');
      assert.ok(await s.run("const r = document.querySelector('#import-heading').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"), 'in view');
      await s.run("location.hash = '#/'");
      await s.waitUntil(async () => (await links()).length > 0, 5000, 'home again');
      const answers = Array.from({ length: 40 }, (_, i) => (i % 8 === 2 ? 6 : 3));
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 4, anchors: { current: { answers: Array(40).fill(null), picks: [] },
          history: [{ date: '2026-11-20', answers, picks: [3, 11, 19] }] } });
      await s.reload();
      await s.waitUntil(async () => (await links())[0]?.[0] === '#/worksheet', 5000, 'the worksheet first');
      assert.equal(await s.run("return document.querySelector('.home-other-device')"), null, 'not once there is something');
      const returning = await links();
      assert.deepEqual(returning[0], ['#/worksheet', 'ワークシートで準備を続ける', true]);
      assert.deepEqual(returning[1], ['#/sheet', '面談準備シートを見る・印刷する', false]);
      assert.ok(returning.some(([href, text]) => href === '#/assessment' && text === '自己診断をもう一度受ける'));
      // The facilitator's screen says whom it is for.
      assert.ok(returning.some(([href, text]) => href === '#/training' && text === '進行役の方へ：研修のグループ分け'));
      assert.equal(returning.filter(([, , primary]) => primary).length, 1, 'one primary action');
      assert.match(await s.text('.home'), /前回の続きから準備を進められます。/);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await links())[0]?.[1] === 'Continue preparing on the worksheet', 5000, 'English');
      await s.click('.start-list a[href="#/worksheet"]');
      await s.waitUntil(() => s.run("return !!document.querySelector('.readiness-next')"), 5000, 'the readiness card');
      assert.equal((await s.text('.readiness-next')).replace(/\s+/g, ' '), 'See and print the interview sheet Rehearse the interview');
      await s.click('.readiness-next a[href="#/sheet"]');
      await s.waitUntil(async () => (await s.run('return location.hash')) === '#/sheet', 5000, 'the sheet');
      // Each screen has its own title (the name "Save as PDF" proposes, too).
      assert.equal(await s.run('return document.title'), 'Interview sheet — Jiritsu');
      // The sheet has its own entry in the menu, which marks it.
      assert.equal(await s.run(`return document.querySelector('.main-nav a[href="#/sheet"]').getAttribute('aria-current')`), 'page');
      assert.equal(await s.run("return document.querySelectorAll('.main-nav a[aria-current]').length"), 1);
      await s.click('.lang-switch button[lang=ja]');
      await s.waitUntil(async () => (await s.run('return document.title')) === '面談準備シート — Jiritsu（自律）', 5000, 'the title in Japanese');
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('someone coming back', () => {
  const links = (s) => s.run(`return [...document.querySelectorAll('.start-list a')].map(a =>
    [a.getAttribute('href'), a.textContent.trim(), a.classList.contains('primary')])`);
  /** The browser's day `offset` days from today, as the document saves it. */
  const day = (s, offset) => s.run(`const d = new Date(); d.setDate(d.getDate() + arguments[0]);
    return [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');`, offset);
  const seed = async (s, interviewDate) => {
    const answers = Array.from({ length: 40 }, (_, i) => (i % 8 === 2 ? 6 : 3));
    await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
      { version: 5, settings: {}, anchors: { current: { answers: Array(40).fill(null), picks: [] },
        history: [{ date: '2026-11-01', answers, picks: [3, 11, 19] }] },
      worksheet: { interview: { kind: 'career', date: interviewDate } },
      commitments: { draft: '', saved: [{ id: 1, text: '毎週金曜に部内の在庫表を更新します', saved_on: '2026-11-01', shared: true }] } });
    await s.reload();
  };

  it('is told how many days are left before the interview, and led on to prepare', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await seed(s, await day(s, 5));
      await s.waitUntil(async () => /^面談まであと5日です。/.test(await s.text('.home-where')), 5000, 'the days left');
      assert.deepEqual((await links(s))[0], ['#/worksheet', 'ワークシートで準備を続ける', true]);
      assert.equal(await s.text('#home-start'), '前回までの準備', 'not yet "after the interview"');
    }));

  it('is led to the worksheet first after the interview when no action is saved yet', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 5, settings: {}, worksheet: { interview: { kind: 'career', date: await day(s, -3) } } });
      await s.reload();
      await s.waitUntil(async () => (await s.text('#home-start')) === '面談のあとに', 5000, 'after the interview');
      const after = await links(s);
      assert.deepEqual(after[0][0], '#/assessment', 'no result yet: the self-assessment first');
      assert.ok(after.some(([href, text]) => href === '#/check' && text === '約束を確かめる'), 'the check, not "look back" on nothing');
      assert.ok(!after.some(([href]) => href === '#/result'), 'no result to show');
    }));

  it('is led to look back on the actions once the interview has passed, straight to the list, in both languages', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const date = await day(s, -12);
      await seed(s, date);
      const [y, m, d] = date.split('-').map(Number);
      await s.waitUntil(async () => (await s.text('#home-start')) === '面談のあとに', 5000, 'after the interview');
      assert.match(await s.text('.home-where'), new RegExp(`^${y}年${m}月${d}日\\(.\\)の面談、お疲れさまでした。`));
      assert.match(await s.text('.home-where'), /面談で共有する行動なら、いちばん新しい答えが面談準備シートにも載る/);
      const after = await links(s);
      assert.deepEqual(after[0], ['#/check?s=my-commitments', '行動を振り返る', true]);
      assert.equal(after.filter(([, , primary]) => primary).length, 1, 'one primary action');
      assert.ok(after.some(([href]) => href === '#/worksheet'), 'the worksheet, for the next interview');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.start-list a.primary');
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'my-commitments'"), 5000, 'focus on the list of commitments');
      assert.equal(await s.text('#my-commitments'), 'わたしの約束');
      await s.open(fixture.server.url);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('#home-start')) === 'After your interview', 5000, 'English');
      assert.match(await s.text('.home-where'), new RegExp(`^Your interview was on .+ ${y}\\.`));
      assert.equal((await links(s))[0][1], 'Look back on your actions');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});

describe('coming back in a short break, on a phone (360 × 800)', () => {
  const PHONE = { lang: 'ja', width: 360, height: 800 };
  /** The first start link: where it goes, what it says, where it ends, and the screen's height. */
  const firstLink = (s) => s.run(`const a = document.querySelector('.start-list a');
    return [a.getAttribute('href'), a.textContent.trim(), a.classList.contains('primary'),
      Math.round(a.getBoundingClientRect().bottom), innerHeight]`);
  const savedLines = (s) => s.run("return [...document.querySelectorAll('.home-saved li')].map(li => li.textContent)");
  const savedAboveTheLink = (s) => s.run(`return document.querySelector('.home-saved').getBoundingClientRect().bottom
    <= document.querySelector('.start-list a').getBoundingClientRect().top`);
  const stored = (s) => s.run("return JSON.parse(localStorage.getItem('jiritsu.document') || '{}')");

  it('shows the way on in the first screen on a first visit, and the privacy promise on the home after it', () =>
    withSession(PHONE, async (s) => {
      await s.open(fixture.server.url);
      await s.waitUntil(() => s.find('.start-list a'), 5000, 'the start links');
      const [href, text, primary, bottom, height] = await firstLink(s);
      assert.deepEqual([href, text, primary], ['#/assessment', '自己診断を始める', true]);
      assert.ok(bottom <= height, `the first link ends at ${bottom} px of ${height}`);
      assert.equal(await s.text('#home-start'), 'はじめる');
      assert.deepEqual(await s.findAll('.home-saved'), [], 'nothing saved to speak of');
      assert.match(await s.text('.home-where'), /^まずは自己診断（10〜15分ほど）で、/);
      assert.match(await s.text('.privacy'), /このブラウザの中にだけ保存/);
      assert.ok(await s.run("return document.querySelector('.privacy').getBoundingClientRect().top > document.querySelector('.start-list').getBoundingClientRect().top"),
        'the promise after the way on');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says how far the self-assessment got, with the link to carry on first, in the first screen', () =>
    withSession(PHONE, async (s) => {
      await s.open(fixture.server.url);
      await s.click('.start-list a.primary');
      await s.waitUntil(() => s.run("return !!document.querySelector('#statement-1')"), 5000, 'the first statement');
      // Fifteen answers tapped, one after another, as in a break at work.
      for (let n = 1; n <= 15; n++) {
        await s.click(`#statement-${n} input[value="${(n % 6) + 1}"]`);
        await s.waitUntil(() => s.run("return document.querySelector('.statement')?.id === arguments[0]", `statement-${n + 1}`),
          5000, `statement ${n + 1}`);
      }
      await s.waitUntil(async () => (await stored(s)).anchors?.current?.answers?.filter((a) => a !== null).length === 15,
        5000, 'the fifteen answers saved');
      // The next break: the app opened again from its address.
      await s.open(fixture.server.url);
      await s.waitUntil(async () => (await savedLines(s)).length > 0, 5000, 'what is saved');
      assert.equal(await s.text('#home-start'), '前回までの準備');
      assert.deepEqual(await savedLines(s), ['自己診断：15/40問に回答済み']);
      const [href, text, primary, bottom, height] = await firstLink(s);
      assert.deepEqual([href, text, primary], ['#/assessment', '自己診断の続きに進む', true]);
      assert.ok(bottom <= height, `the first link ends at ${bottom} px of ${height}`);
      assert.ok(await savedAboveTheLink(s), 'what is saved, then the link');
      assert.match(await s.text('.privacy'), /このブラウザの中にだけ保存/);
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await savedLines(s))[0] === 'Self-assessment: 15 of 40 statements answered', 5000, 'English');
      assert.equal(await s.text('#home-start'), 'Your preparation so far');
      const [, english, , englishBottom] = await firstLink(s);
      assert.equal(english, 'Continue the self-assessment');
      assert.ok(englishBottom <= height, `the first link ends at ${englishBottom} px in English`);
      // The link carries on at the first statement not answered.
      await s.click('.start-list a.primary');
      await s.waitUntil(() => s.run("return !!document.querySelector('#statement-16')"), 5000, 'statement 16');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says the result and the worksheet sections written, with the worksheet first, in the first screen', () =>
    withSession(PHONE, async (s) => {
      await s.open(fixture.server.url);
      const answers = Array.from({ length: 40 }, (_, i) => (i % 8 === 2 ? 6 : 3));
      await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
        { version: 5, settings: {}, anchors: { current: { answers: Array(40).fill(null), picks: [] },
          history: [{ date: '2026-11-20', answers, picks: [3, 11, 19] }] } });
      await s.reload();
      // A result alone has not begun the worksheet.
      await s.waitUntil(async () => (await savedLines(s)).length > 0, 5000, 'what is saved');
      assert.deepEqual(await savedLines(s), ['自己診断の結果：2026年11月20日に保存']);
      await s.click('.start-list a.primary');
      await s.waitUntil(() => s.find('#ws-vision-doing'), 5000, 'the worksheet');
      await s.type('#ws-vision-doing', '三年後、工場の新人に機械の段取りを教えている');
      await s.type('#ws-support-text', '資格の講習に出る時間がほしい');
      await s.waitUntil(async () => (await stored(s)).worksheet?.support?.text === '資格の講習に出る時間がほしい', 5000, 'saved');
      await s.open(fixture.server.url);
      await s.waitUntil(async () => (await savedLines(s)).length === 2, 5000, 'what is saved');
      // d (the result), f and j, as the worksheet's overview counts them.
      assert.deepEqual(await savedLines(s), ['自己診断の結果：2026年11月20日に保存', 'ワークシート：3/11項目に記入済み']);
      const [href, text, primary, bottom, height] = await firstLink(s);
      assert.deepEqual([href, text, primary], ['#/worksheet', 'ワークシートで準備を続ける', true]);
      assert.ok(bottom <= height, `the first link ends at ${bottom} px of ${height}`);
      assert.ok(await savedAboveTheLink(s), 'what is saved, then the link');
      assert.match(await s.text('.home-where'), /^前回の続きから準備を進められます。/);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await savedLines(s))[1] === 'Worksheet: 3 of 11 sections written', 5000, 'English');
      assert.equal((await savedLines(s))[0], 'Self-assessment result: saved on 20 November 2026');
      await assertCleanAndLocal(s, fixture.server.origin);
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

describe('the menu on a phone', () => {
  it('folds behind a メニュー button that opens, closes with Esc or a choice, and leaves the screen to the page', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(fixture.server.url);
      const header = () => s.run("return Math.round(document.querySelector('.site-header').getBoundingClientRect().height)");
      const shown = () => s.run("return !!document.querySelector('.main-nav a[href=\"#/data\"]').offsetParent");
      const expanded = () => s.run("return document.querySelector('.menu-toggle').getAttribute('aria-expanded')");
      // Closed: one short band (the menu's three rows took 270 px of 844).
      const closedHeight = await header();
      assert.ok(closedHeight <= 140, `the header takes ${closedHeight} px`);
      assert.equal(await shown(), false, 'the menu is folded away');
      assert.equal(await expanded(), 'false');
      assert.equal(await s.text('.menu-toggle'), 'メニュー');
      // The page's own first action is in view without scrolling.
      const bottom = await s.run("return document.querySelector('.start-list a').getBoundingClientRect().bottom");
      assert.ok(bottom <= 844, `the first action ends at ${bottom} px`);
      // Open, choose a screen: it opens and the menu folds again.
      await s.click('.menu-toggle');
      await s.waitUntil(shown, 5000, 'the menu open');
      assert.equal(await expanded(), 'true');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.main-nav a[href="#/data"]');
      await s.waitUntil(async () => (await s.text('h1')) === 'データの管理', 5000, 'the data screen');
      assert.equal(await shown(), false, 'the menu folds after a choice');
      assert.equal(await expanded(), 'false');
      // Esc closes it and gives the focus back to the button.
      await s.click('.menu-toggle');
      await s.waitUntil(shown, 5000, 'the menu open again');
      await s.run("document.querySelector('.main-nav a[href=\"#/check\"]').focus()");
      await s.keys('\uE00C'); // Escape
      await s.waitUntil(async () => !(await shown()), 5000, 'the menu closed by Esc');
      assert.equal(await s.run("return document.activeElement.className"), 'menu-toggle');
      // The screen already shown closes it too, with the focus back on the button; so does
      // Back, which opens another screen.
      await s.click('.menu-toggle');
      await s.waitUntil(shown, 5000, 'the menu open on the data screen');
      await s.click('.main-nav a[href="#/data"]');
      await s.waitUntil(async () => !(await shown()), 5000, 'closed by the screen already shown');
      assert.equal(await s.run("return document.activeElement.className"), 'menu-toggle');
      await s.click('.menu-toggle');
      await s.waitUntil(shown, 5000, 'open once more');
      await s.run('history.back()');
      await s.waitUntil(async () => (await s.text('h1')) === JA_HEADING, 5000, 'home again');
      assert.equal(await shown(), false, 'closed by Back');
      // The language switch stays in view, and the button follows the language.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('.menu-toggle')) === 'Menu', 5000, 'the button in English');
    }));

  it('is not there on a wide screen, where the menu always shows', () =>
    withSession({ lang: 'ja', width: 1280, height: 800 }, async (s) => {
      await s.open(fixture.server.url);
      assert.equal(await s.run("return getComputedStyle(document.querySelector('.menu-toggle')).display"), 'none');
      assert.equal(await s.run("return document.querySelectorAll('.main-nav a').length"), 7);
      assert.equal(await s.run("return [...document.querySelectorAll('.main-nav a')].every(a => a.offsetParent)"), true);
      // The worksheet (to write in) and the sheet (to bring) do not read alike in the menu.
      const labels = () => s.run("return [...document.querySelectorAll('.main-nav a')].map(a => a.textContent)");
      assert.deepEqual((await labels()).filter((l) => /シート/.test(l)), ['ワークシート', '面談準備シート']);
      // On one line at 1024 px.
      await s.setWindowSize(1024, 800);
      await s.waitUntil(() => s.run("const a = [...document.querySelectorAll('.main-nav a')]; return a.every(x => x.getBoundingClientRect().top === a[0].getBoundingClientRect().top)"), 5000, 'one line at 1024 px');
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await labels()).includes('Worksheet'), 5000, 'in English');
      assert.ok((await labels()).includes('Interview sheet'));
    }));

  it('keeps to about a third of a short window (1366×768 at 200%), the page\'s heading in the first view', () =>
    withSession({ lang: 'ja', width: 1366, height: 768 }, async (s) => {
      await s.cdp('Emulation.setDeviceMetricsOverride', { width: 683, height: 384, deviceScaleFactor: 2, mobile: false });
      await s.open(`${fixture.server.url}#/assessment`);
      const { header, heading } = await s.run(`return { header: document.querySelector('.site-header').getBoundingClientRect().height,
        heading: document.querySelector('h1').getBoundingClientRect().bottom }`);
      assert.ok(header <= 384 * 0.36, `the header is ${header} px of 384`);
      assert.ok(heading <= 384, `the heading ends at ${heading} px`);
      assert.equal(await s.run("return document.querySelectorAll('.main-nav a').length"), 7, 'the whole menu still shows');
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

  it('follows a device set to a dark screen, every text readable on every screen, and still prints on white', () =>
    withSession({ lang: 'ja', width: 1280, height: 900 }, async (s) => {
      const dark = () => s.cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
      await dark();
      await s.open(fixture.server.url);
      // A notebook with a result, a worksheet, actions and a room of twelve for the groups.
      const notebook = JSON.parse(readFileSync('tests/host/fixtures/document-v5.json', 'utf8'));
      notebook.training = '4-6\n' + Array.from({ length: 12 }, (_, p) => `人${p + 1},${shareCode(topThree(p % 8, p))}`).join('\n') + '\n';
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", JSON.stringify(notebook));
      await s.reload();
      await dark();
      const luminance = (selector, property) => s.run(`const c = getComputedStyle(document.querySelector(arguments[0]))[arguments[1]];
        const [r, g, b] = (c.match(/[\\d.]+/g) || []).slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;`, selector, property);
      for (const [route, ready] of [['#/', 'h1'], ['#/assessment', '.statement'], ['#/result', '.radar'], ['#/worksheet', '.section-map'],
        ['#/check', '#commitment-text'], ['#/sheet', '.sheet'], ['#/data', 'h1'], ['#/training', '.groups li'], ['#/card', '.share-card']]) {
        await s.run('location.hash = arguments[0]', route);
        await s.waitUntil(async () => (await s.findAll(ready)).length > 0, 5000, route);
        if (route === '#/check') {
          // Verdicts, a reason and an example rewrite on the screen.
          await s.type('#commitment-text', 'QCの勉強をがんばる');
          await s.waitUntil(async () => (await s.findAll('.example')).length > 0, 5000, 'the example');
        }
        assert.ok(await luminance('html', 'backgroundColor') < 0.02, `${route}: a dark page`);
        assert.ok(await luminance('main', 'color') > 0.6, `${route}: light text`);
        assert.deepEqual(await seriousViolations(s), [], `axe on ${route}, dark`);
      }
      // Graphics that carry an anchor or a side stand out from the dark page (3:1, WCAG
      // 1.4.11), and a badge's letters from its colour (4.5:1). Light colours of the
      // anchors on a dark page measured 2.2 to 3.2.
      const contrast = (a, b) => s.run(`const lum = (c) => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const colour = ([sel, prop]) => getComputedStyle(document.querySelector(sel))[prop];
        const [x, y] = [lum(colour(arguments[0])), lum(colour(arguments[1]))].sort((p, q) => q - p);
        return (x + 0.05) / (y + 0.05);`, a, b);
      const page = ['html', 'backgroundColor'];
      await s.run("location.hash = '#/training'");
      await s.waitUntil(async () => (await s.findAll('.group .badge-anchor')).length > 0, 5000, 'the groups');
      for (const anchor of ['TF', 'GM', 'AU', 'SE', 'EC', 'SV', 'CH', 'LS']) {
        await s.run(`document.querySelector('.group').dataset.anchor = arguments[0];
          document.querySelector('.group .badge-anchor').dataset.anchor = arguments[0];`, anchor);
        assert.ok(await contrast(['.group', 'borderLeftColor'], page) >= 3, `${anchor}: a group's stripe on the dark page`);
        assert.ok(await contrast(['.group .badge-anchor', 'color'], ['.group .badge-anchor', 'backgroundColor']) >= 4.5,
          `${anchor}: the badge's letters`);
      }
      await s.run("location.hash = '#/card'");
      await s.waitUntil(async () => (await s.findAll('.share-card')).length > 0, 5000, 'the card');
      assert.ok(await contrast(['.share-card', 'borderTopColor'], page) >= 3, "the card's band on the dark page");
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('.gains-bar')).length > 0, 5000, 'the balance');
      assert.ok(await contrast(['li[data-anchor] .anchor-dot', 'backgroundColor'], ['.ws-section', 'backgroundColor']) >= 3,
        "an anchor's dot on the dark card");
      assert.ok(await contrast(['.gains-bar', 'fill'], page) >= 3, 'the gains bar on the dark page');
      assert.ok(await contrast(['.losses-bar', 'fill'], page) >= 3, 'the losses bar on the dark page');
      // The sheet's preview is the paper: white, dark text, in a dark screen too.
      await s.run("location.hash = '#/sheet'");
      await s.waitUntil(async () => (await s.findAll('.sheet')).length > 0, 5000, 'the sheet');
      assert.ok(await luminance('.sheet', 'backgroundColor') > 0.9);
      // Paper is paper: printed from a dark screen, the page is dark text on white.
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print', features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('.section-map')).length > 0, 5000, 'the worksheet');
      assert.ok(await luminance('.ws-section .help', 'color') < 0.1, 'the worksheet printed in dark text');
      await s.run("location.hash = '#/result'");
      await s.waitUntil(async () => (await s.findAll('.radar')).length > 0, 5000, 'the result');
      assert.ok(await luminance('main', 'color') < 0.05, 'the result printed in dark text');
      assert.ok(await luminance('.radar-label', 'fill') < 0.05, 'and its chart');
    }));

  it('rings what has the focus in blue, apart from an error’s red, clear on the page in light and dark', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(`${fixture.server.url}#/check`);
      await s.waitUntil(async () => (await s.findAll('#commitment-text')).length > 0, 5000, 'the check');
      const ring = () => s.run(`const lum = (c) => { const [r, g, b] = c.match(/[\\d.]+/g).slice(0, 3).map((v) => { v /= 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
          return 0.2126 * r + 0.7152 * g + 0.0722 * b; };
        const field = document.querySelector('#commitment-text');
        field.focus({ focusVisible: true });
        const outline = getComputedStyle(field).outlineColor;
        const [r, , b] = outline.match(/[\\d.]+/g).map(Number);
        const [x, y] = [lum(outline), lum(getComputedStyle(document.documentElement).backgroundColor)].sort((p, q) => q - p);
        return { blue: b > r, contrast: (x + 0.05) / (y + 0.05) };`);
      for (const scheme of ['light', 'dark']) {
        await s.cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: scheme }] });
        const { blue, contrast } = await ring();
        assert.ok(blue, `${scheme}: the focus ring is blue, not orange or red`);
        assert.ok(contrast >= 3, `${scheme}: the focus ring stands out from the page (${contrast})`);
      }
    }));

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

describe('before the app has loaded', () => {
  /** Opens the site without waiting for the app, which may never be ready. */
  const openRaw = (s) => s.cmd('POST', '/url', { url: fixture.server.url });
  const shown = (s, id) => s.run(`const e = document.getElementById('${id}'); return !!e && !e.hidden && e.offsetHeight > 0`);

  it('shows the header and a loading note, which the app takes away once its screen is on', () =>
    withSession({ lang: 'ja' }, async (s) => {
      // The page's own HTML, as the browser first paints it: before any script has run.
      const html = await (await fetch(fixture.server.url)).text();
      assert.match(html, /<div class="?boot"? id="?boot"?>/);
      assert.match(html, /<p hidden id="?boot-loading"?>読み込んでいます… <span lang="?en"?>Loading…<\/span><\/p>/);
      // The script that says why the app did not load is the plain ES5 it is written in,
      // not what Trunk's minifier would make of it: old browsers must be able to run it.
      assert.ok(html.includes(`<script>${readFileSync('assets/boot.js', 'utf8')}</script>`),
        'assets/boot.js is inlined as written');
      await s.open(fixture.server.url);
      assert.equal(await s.run("return document.getElementById('boot')"), null, 'the loading note is gone');
      assert.equal(await s.run("return document.querySelectorAll('.site-header').length"), 1);
    }));

  it('says it is loading while the app is on its way', () =>
    withSession({ lang: 'ja' }, async (s) => {
      // The app's module is held back (paused and never answered): the page waits for it.
      await s.cdp('Fetch.enable', { patterns: [{ urlPattern: '*.wasm' }] });
      await openRaw(s);
      await s.waitUntil(() => shown(s, 'boot-loading'), 5000, 'the loading note');
      assert.equal(await s.text('#boot-loading'), '読み込んでいます… Loading…');
      assert.equal(await s.run("return document.querySelector('#boot .boot-body').getAttribute('role')"), 'status');
      assert.equal(await shown(s, 'boot-failed'), false);
      assert.match(await s.text('#boot .site-header'), /Jiritsu/);
    }));

  it('says nothing about loading when scripts are off, only that they are needed', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.cdp('Emulation.setScriptExecutionDisabled', { value: true });
      await openRaw(s);
      await s.waitUntil(() => s.run("return document.readyState === 'complete'"), 5000, 'the page to load');
      assert.equal(await s.run("return document.getElementById('boot-loading').hidden"), true);
      assert.match(await s.text('body'), /JavaScript を有効にしてください/);
    }));

  it('says in words that the app could not be loaded, and that what was entered is kept', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.cdp('Network.enable');
      await s.cdp('Network.setBlockedURLs', { urls: ['*.wasm'] });
      await openRaw(s);
      await s.waitUntil(() => shown(s, 'boot-failed'), 10000, 'the failure to be shown');
      assert.equal(await shown(s, 'boot-loading'), false, 'no longer says it is loading');
      const said = await s.text('#boot-failed');
      assert.match(said, /読み込めませんでした。ページを再読み込みしてください。/);
      assert.match(said, /What you entered is still saved on this device\./);
      assert.equal(await s.run("return document.querySelector('#boot .boot-body').getAttribute('role')"), 'alert');
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('says which browsers to use when this one cannot run the app', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.addInitScript('delete window.WebAssembly;');
      await openRaw(s);
      await s.waitUntil(() => shown(s, 'boot-unsupported'), 5000, 'the note about the browser');
      assert.equal(await shown(s, 'boot-loading'), false);
      assert.match(await s.text('#boot-unsupported'), /Microsoft Edge、Google Chrome、Firefox、Safari/);
      assert.match(await s.text('#boot-unsupported'), /Internet Explorer mode/);
    }));
});
