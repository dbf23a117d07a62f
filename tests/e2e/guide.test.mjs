// End to end: the guide for interviewers (#/guide), as a manager who has received an
// employee's interview sheet meets it: from home, in Japanese and English, on a phone and
// on paper.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);
const at = (hash) => `${fixture.server.url}#${hash}`;
const pdfPageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;

// The eight anchors in the domain brief's order, with their Japanese and English names.
const ANCHORS = [
  ['TF', '専門・職能別コンピタンス', 'Technical/functional competence'],
  ['GM', '全般管理コンピタンス', 'General managerial competence'],
  ['AU', '自律・独立', 'Autonomy/independence'],
  ['SE', '保障・安定', 'Security/stability'],
  ['EC', '起業家的創造性', 'Entrepreneurial creativity'],
  ['SV', '奉仕・社会貢献', 'Service/dedication to a cause'],
  ['CH', '純粋な挑戦', 'Pure challenge'],
  ['LS', '生活様式', 'Lifestyle'],
];

/** The guide's anchors as [code, name, meaning]. */
const listedAnchors = (s) => s.run(`return [...document.querySelectorAll('.guide-anchors .guide-anchor')]
  .map((a) => [a.dataset.anchor, a.querySelector('dt').textContent.trim(), a.querySelector('dd').textContent.trim()])`);

const JAPANESE = /[\u3040-\u30ff\u4e00-\u9fff\uff01-\uff65]/;

/** What a screen reader's heading and landmark navigation offers on the page, from the
 *  browser's accessibility tree: headings as [level, name], named regions by name. */
const navigation = async (s) => {
  const { nodes } = await s.cdp('Accessibility.getFullAXTree');
  const shown = nodes.filter((n) => !n.ignored);
  const level = (n) => n.properties?.find((p) => p.name === 'level')?.value.value;
  return {
    headings: shown.filter((n) => n.role?.value === 'heading').map((n) => [level(n), n.name?.value]),
    regions: shown.filter((n) => n.role?.value === 'region').map((n) => n.name?.value),
  };
};

// The two parts the career consultant asked for, in each language: the headings, and what
// each must say (the opening: not an appraisal, the summary and consent, the promise kept;
// the summary: only what was agreed, nothing kept back).
const NEW_PARTS = {
  ja: {
    opening: '面談の始めに',
    summary: '面談のあとの要約',
    says: [/人事評価の場ではない/, /要約を書くかどうか、書くなら誰が読むのか/, /同意/, /伝えてほしくないこと/, /必ず守って/, /助言を急がない/],
    summarySays: [/伝えてよいと言ったことだけ/, /伝えてほしくないと言ったことは入れない/, /本人に読んでもらいましょう/,
      /見えていなかった本人の一面/, /開始日/, /支援/],
    newSheet: /本人がよければ、次の面談の前に新しいシートを見せてもらい/,
    demand: /渡してもらってください/,
  },
  en: {
    opening: 'Opening the interview',
    summary: 'Writing the summary',
    says: [/not an appraisal/, /whether a summary will be written .*who will read it/, /ask whether they agree/,
      /must not be passed on/, /keep that promise/, /don't rush to advise/],
    summarySays: [/only from what they agreed to share/, /leave out anything they asked you to keep back/,
      /let them read it before/, /a side of them not yet seen/, /start dates/, /support/],
    newSheet: /If they are happy to, they can show you a new sheet/,
    demand: /ask for an updated sheet/,
  },
};

describe('the guide for interviewers', () => {
  it('opens from home, takes the focus on its heading, has its own title and belongs to home in the menu', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      const link = '.home-who-interviewer a';
      await s.waitUntil(async () => (await s.findAll(link)).length === 1, 5000, 'the interviewers\' line on home');
      assert.equal(await s.run(`return document.querySelector(arguments[0]).getAttribute('href')`, link), '#/guide');
      assert.equal(await s.text(link), '面談をする方へ：シートの読み方と聞くこと');
      assert.match(await s.text('.home-who-interviewer'), /^面談をする上司・人事・キャリアコンサルタントの方：/);
      // Styled as the facilitator's link is, and the fourth line of 「こんな方に」.
      assert.equal(await s.run(`return document.querySelector(arguments[0]).className`, link), 'button');
      assert.equal(await s.run("return [...document.querySelectorAll('#home-who ~ ul > li')].indexOf(document.querySelector('.home-who-interviewer'))"), 3);
      await s.click(link);
      await s.waitUntil(async () => (await s.text('h1')) === '面談をする方へ', 5000, 'the guide');
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'guide-heading'"), 5000, 'focus on the heading');
      assert.equal(await s.run('return document.title'), '面談をする方へ — Jiritsu（自律）');
      // Not in the employee's menu; the menu marks home, which it opens from.
      assert.equal(await s.run(`return document.querySelectorAll('.main-nav a[href="#/guide"]').length`), 0);
      assert.equal(await s.run(`return document.querySelector('.main-nav a[href="#/"]').getAttribute('aria-current')`), 'true');
      // Headings in order: one h1, then h2s, an h3 only under an h2.
      const levels = await s.run("return [...document.querySelectorAll('main :is(h1, h2, h3, h4)')].map((h) => Number(h.tagName[1]))");
      assert.equal(levels[0], 1);
      assert.equal(levels.filter((l) => l === 1).length, 1, 'one h1');
      assert.ok(levels.every((l, i) => i === 0 || l <= levels[i - 1] + 1), `no level skipped: ${levels}`);
      assert.deepEqual(await s.run("return [...document.querySelectorAll('main h2')].map((h) => h.textContent)"),
        ['面談の始めに', '面談準備シートとは', 'キャリア・アンカーの読み方', '行動の二つの基準', '面談で聞くこと', '面談のあとで',
          '面談のあとの要約', '本人のデータについて']);
      // English follows the switch, on the same screen.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('h1')) === 'For interviewers', 5000, 'English');
      assert.equal(await s.run('return document.title'), 'For interviewers — Jiritsu');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('lists all eight anchors with their meanings, and says an anchor is not ability', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/guide'));
      const ja = await listedAnchors(s);
      assert.deepEqual(ja.map(([code, name]) => [code, name]), ANCHORS.map(([code, name]) => [code, name]));
      for (const [code, , meaning] of ja) assert.ok(JAPANESE.test(meaning) && meaning.length >= 8, `${code}: ${meaning}`);
      assert.equal(new Set(ja.map(([, , meaning]) => meaning)).size, 8, 'eight different meanings');
      // 生活様式 is a balance, not a lack of commitment.
      assert.match(ja[7][2], /家庭/);
      const section = await s.text('section[aria-labelledby=guide-anchors]');
      assert.match(section, /能力の高さや意欲の強さを表すものではなく/);
      assert.match(section, /同じ点数で並ぶこともあります/);
      assert.match(section, /チームの中でどう生かせそうですか/);
      // The two tests, an example each way and the sheet's start marks as the sheet prints them.
      const tests = await s.text('section[aria-labelledby=guide-tests]');
      assert.match(tests, /客観性：実行したかどうかを、誰が見ても確かめられる。/);
      assert.match(tests, /開始時期：「いつまでに」だけでなく、「いつから」始めるかが書いてある。/);
      assert.match(tests, /少なくとも一つ約束/);
      const marks = await s.run("return [...document.querySelectorAll('.guide-mark-text')].map((m) => m.textContent)");
      assert.equal(marks.length, 3);
      assert.match(marks[0], /^（開始：\d{4}年\d{1,2}月\d{1,2}日\(火\)）$/);
      assert.match(marks[1], /^（開始：\d{4}年\d{1,2}月\d{1,2}日\(金\)までに）$/);
      assert.equal(marks[2], '（いつから何を始めるか：これから決める）');
      assert.match(await s.text('.guide-mark:nth-child(3) dd'), /いつから、何から始めますか/);
      assert.equal(await s.run("return document.querySelectorAll('.guide-example.fails, .guide-example.passes').length"), 2);

      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('h1')) === 'For interviewers', 5000, 'English');
      const en = await listedAnchors(s);
      assert.deepEqual(en.map(([code, name]) => [code, name]), ANCHORS.map(([code, ja, english]) => [code, `${english} (${ja})`]));
      for (const [code, , meaning] of en) assert.ok(!JAPANESE.test(meaning) && meaning.length >= 8, `${code}: ${meaning}`);
      assert.equal(new Set(en.map(([, , meaning]) => meaning)).size, 8);
      assert.match(en[7][2], /family/);
      assert.match(await s.text('section[aria-labelledby=guide-anchors]'), /neither ability nor drive/);
      assert.deepEqual(await s.run("return [...document.querySelectorAll('.guide-mark-text')].map((m) => m.textContent.replace(/\\d+ \\w+ \\d{4}/, 'DATE'))"),
        ['(Starts Tue DATE)', '(Starts by Fri DATE)', '(what begins when: to be decided)']);
      // Every Japanese word in the English page is marked as Japanese, for screen readers.
      const unmarked = await s.run(`const japanese = new RegExp(arguments[0]);
        const found = [];
        const walker = document.createTreeWalker(document.querySelector('main'), NodeFilter.SHOW_TEXT);
        while (walker.nextNode()) {
          const node = walker.currentNode;
          if (japanese.test(node.textContent) && node.parentElement.closest('[lang]').lang !== 'ja') found.push(node.textContent);
        }
        return found;`, JAPANESE.source);
      assert.deepEqual(unmarked, []);
      assert.ok((await s.findAll('main [lang=ja]')).length >= 8 + 7 + 3 + 1, 'the anchors, questions, marks and the framed part in Japanese');
    }));

  for (const lang of ['ja', 'en']) {
    it(`asks the rehearsal's questions, in its order (${lang})`, () =>
      withSession({ lang }, async (s) => {
        await s.open(at('/rehearsal'));
        await s.waitUntil(async () => (await s.findAll('.question-text h2')).length > 0, 5000, 'the rehearsal');
        const rehearsal = await s.run("return [...document.querySelectorAll('.question-text h2')].map((h) => h.textContent)");
        const rehearsalJa = await s.run("return [...document.querySelectorAll('.ja-question [lang=ja]')].map((q) => q.textContent)");
        await s.run("location.hash = '#/guide'");
        await s.waitUntil(async () => (await s.findAll('.guide-question')).length > 0, 5000, 'the guide');
        const guide = await s.run("return [...document.querySelectorAll('.guide-question-list > li .guide-question')].map((q) => q.textContent)");
        assert.equal(guide.length, 7);
        assert.deepEqual(guide, rehearsal);
        const guideJa = await s.run("return [...document.querySelectorAll('.guide-question-list [lang=ja]')].map((q) => q.textContent)");
        assert.deepEqual(guideJa, rehearsalJa, 'in English, each also as a Japanese interviewer asks it');
        assert.equal(guideJa.length, lang === 'en' ? 7 : 0);
      }));
  }

  for (const lang of ['ja', 'en']) {
    it(`opens with what to say at the start and ends with how to write the summary, both reachable by heading (${lang})`, () =>
      withSession({ lang }, async (s) => {
        const part = NEW_PARTS[lang];
        await s.open(at('/guide'));
        await s.waitUntil(async () => (await s.findAll('.guide-anchor')).length === 8, 5000, 'the guide');
        // A screen reader's heading list has both as second-level headings, the opening
        // first of all the parts, the summary after "after the interview"; each names its region.
        const { headings, regions } = await navigation(s);
        const parts = headings.filter(([level]) => level === 2).map(([, name]) => name);
        assert.equal(parts[0], part.opening, `the opening comes first: ${parts}`);
        assert.equal(parts.at(-2), part.summary, `the summary comes before the data: ${parts}`);
        assert.ok(regions.includes(part.opening) && regions.includes(part.summary), `regions: ${regions}`);

        const opening = await s.text('section[aria-labelledby=guide-opening]');
        for (const says of part.says) assert.match(opening, says);
        assert.equal((await s.findAll('section[aria-labelledby=guide-opening] li')).length, 5, 'five short points');
        const summary = await s.text('section[aria-labelledby=guide-summary]');
        for (const says of part.summarySays) assert.match(summary, says);
        // The next sheet is the employee's to show, not the interviewer's to demand.
        const after = await s.text('section[aria-labelledby=guide-after]');
        assert.match(after, part.newSheet);
        assert.doesNotMatch(after, part.demand);
        // A manager asking his team to prepare: each on their own device.
        const data = await s.text('section[aria-labelledby=guide-data]');
        assert.match(data, lang === 'ja' ? /本人の端末で開いてもらってください/ : /open it on their own device/);
      }));
  }

  for (const [lang, width, dark] of [['ja', 1280, false], ['en', 1280, false], ['ja', 320, false], ['en', 320, true]]) {
    it(`has no serious axe finding (${lang}, ${width} px${dark ? ', dark screen' : ''}) and no sideways scrolling`, () =>
      withSession({ lang, width, height: 800 }, async (s) => {
        if (dark) await s.cdp('Emulation.setEmulatedMedia', { features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
        await s.open(at('/guide'));
        await s.waitUntil(async () => (await s.findAll('.guide-anchor')).length === 8, 5000, 'the guide');
        assert.equal(await s.run('return window.innerWidth'), width, 'laid out at that width');
        assert.deepEqual(await seriousViolations(s), []);
        const overflow = await s.run('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
        assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
        if (dark) {
          const light = await s.run(`const [r, g, b] = getComputedStyle(document.querySelector('.guide-anchor dt')).color.match(/\\d+/g).map(Number);
            return (r + g + b) / 3;`);
          assert.ok(light > 180, `light text on the dark screen: ${light}`);
        }
      }));
  }

  it('prints the guide alone: no menu, buttons or footer, dark text on white, on at most two pages', () =>
    withSession({ lang: 'ja', width: 1280, height: 900 }, async (s) => {
      await s.open(at('/guide'));
      await s.waitUntil(async () => (await s.findAll('.guide-anchor')).length === 8, 5000, 'the guide');
      const shown = (selectors) => s.run(`return arguments[0].map((css) =>
        [...document.querySelectorAll(css)].some((el) => el.getClientRects().length > 0))`, selectors);
      const parts = ['.site-header', '.main-nav', '.lang-switch', '.guide-print', '.site-footer', '.guide h1', '.guide-anchors', '.guide-question-list'];
      assert.deepEqual(await shown(parts), [true, true, true, true, true, true, true, true], 'all on the screen');
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print', features: [{ name: 'prefers-color-scheme', value: 'dark' }] });
      assert.deepEqual(await shown(parts), [false, false, false, false, false, true, true, true], 'only the guide on paper');
      const ink = await s.run(`const [r, g, b] = getComputedStyle(document.querySelector('.guide-anchor dt')).color.match(/\\d+/g).map(Number);
        return (r + g + b) / 3;`);
      assert.ok(ink < 80, `dark text on paper: ${ink}`);
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      const pages = pdfPageCount(await s.printPdf());
      assert.ok(pages >= 1 && pages <= 2, `the guide prints on ${pages} A4 pages (a sheet printed on both sides)`);
    }));

  it('prints the English guide, with its opening and summary, on at most two pages too', () =>
    withSession({ lang: 'en', width: 1280, height: 900 }, async (s) => {
      await s.open(at('/guide'));
      await s.waitUntil(async () => (await s.findAll('.guide-anchor')).length === 8, 5000, 'the guide');
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      const shown = await s.run(`return ['#guide-opening', '#guide-summary'].map((css) => document.querySelector(css).getClientRects().length > 0)`);
      assert.deepEqual(shown, [true, true], 'both new parts on paper');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      const pages = pdfPageCount(await s.printPdf());
      assert.ok(pages >= 1 && pages <= 2, `the English guide prints on ${pages} A4 pages`);
    }));
});
