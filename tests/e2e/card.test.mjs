// End to end: getting an attendee's share code onto the facilitator's list (#15, item 3).
// The Copy button (with the clipboard, and without one), the address in the QR code that
// opens the facilitator's screen with the code added once (under the name on the card, if
// the attendee gave one), and the card on paper.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';
import { scanQr } from './lib/scan.mjs';
import { CODES, CODE_SHOWN, resultFor, shareCode, topThree } from './lib/attendees.mjs';

const pdfPageCount = (pdf) => (pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/g) || []).length;

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);

/** Seeds one result and opens the card; returns the code as the card shows it. */
async function openCard(s, code = 'TF', variant = 0) {
  await s.open(fixture.server.url);
  await s.run("localStorage.setItem('jiritsu.document', JSON.stringify(arguments[0]))",
    { version: 2, anchors: { current: { answers: Array(40).fill(null), picks: [] }, history: [resultFor(code, variant)] } });
  await s.open(`${fixture.server.url}#/card`);
  await s.reload();
  await s.waitUntil(() => s.run("return !!document.querySelector('.card-code')"), 5000, 'the card');
  return s.text('.card-code');
}

/** A share code (ten characters, no hyphen) whose first anchor is `anchor`. */
const bareCode = (anchor, variant) => shareCode(topThree(CODES.indexOf(anchor), variant));

const note = (s, css) => s.run('return document.querySelector(arguments[0]).textContent', css);

/** `name` as the card's address carries it: every byte but ASCII letters and digits as %XX. */
const encodedName = (name) => [...new TextEncoder().encode(name)]
  .map((b) => (/[A-Za-z0-9]/.test(String.fromCharCode(b)) ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`))
  .join('');

/** The smallest QR version whose level-M byte capacity holds `bytes` (versions 1–7). */
const versionFor = (bytes) => [14, 26, 42, 62, 84, 106, 122].findIndex((capacity) => bytes <= capacity) + 1;

describe('the attendee\'s card', () => {
  it('copies the whole code to the clipboard and says so in a live region', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const code = await openCard(s);
      assert.match(code, CODE_SHOWN);
      await s.cdp('Browser.grantPermissions', {
        origin: fixture.server.origin, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
      });
      assert.equal(await s.run("return document.querySelector('#card-copy-note').getAttribute('role')"), 'status');
      assert.equal(await note(s, '#card-copy-note'), '');
      await s.click('#card-copy');
      await s.waitUntil(async () => (await note(s, '#card-copy-note')) === `コピーしました：${code}`, 5000, 'the copied note');
      const clipboard = await s.runAsync('navigator.clipboard.readText().then(arguments[0], (e) => arguments[0](String(e)))');
      assert.equal(clipboard, code, 'the clipboard holds the whole code');
      // Selecting by hand selects the whole code too.
      assert.equal(await s.run("return getComputedStyle(document.querySelector('.card-code')).userSelect"), 'all');
      assert.deepEqual(await seriousViolations(s), [], 'axe on the card');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('copies the name with the code once the attendee gives one, as the line the facilitator\'s box reads', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const code = await openCard(s);
      await s.cdp('Browser.grantPermissions', {
        origin: fixture.server.origin, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
      });
      assert.equal(await s.text('#card-copy'), 'コードをコピー');
      await s.type('#card-name', '山田, 花子');
      await s.waitUntil(async () => (await s.text('#card-copy')) === '名前とコードをコピー', 5000, 'the button says what it copies');
      await s.click('#card-copy');
      const line = `山田, 花子,${code}`;
      await s.waitUntil(async () => (await note(s, '#card-copy-note')) === `コピーしました：${line}`, 5000, 'the copied note');
      const clipboard = await s.runAsync('navigator.clipboard.readText().then(arguments[0], (e) => arguments[0](String(e)))');
      assert.equal(clipboard, line);
      // Pasted into the facilitator's box, it adds the attendee under that name.
      await s.open(`${fixture.server.url}#/training`);
      await s.waitUntil(() => s.run("return !!document.querySelector('#roster-input')"), 5000, 'the facilitator\'s screen');
      await s.type('#roster-input', clipboard);
      await s.click('#roster-add');
      await s.waitUntil(async () => (await s.run("return [...document.querySelectorAll('.roster li')].map(li => li.textContent)")).some((t) => t.includes('山田, 花子')),
        5000, 'the attendee listed by name');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('selects the whole code when the page has no clipboard (plain http on an intranet)', () =>
    withSession({ lang: 'en' }, async (s) => {
      // Outside a secure context `navigator.clipboard` is undefined.
      await s.addInitScript("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })");
      const code = await openCard(s, 'LS', 2);
      assert.equal(await s.run('return navigator.clipboard === undefined'), true);
      await s.click('#card-copy');
      await s.waitUntil(async () => /The code could not be copied for you, so it is selected/.test(await note(s, '#card-copy-note')), 5000, 'the selected note');
      assert.equal(await s.run('return window.getSelection().toString()'), code, 'the whole code is selected');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says, on a phone without a clipboard, to press and hold the selected code or list and choose Copy, not Ctrl+C (390 px, touch)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.addInitScript("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })");
      await s.cdp('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      const code = await openCard(s, 'SE', 1);
      assert.equal(await s.run("return matchMedia('(pointer: coarse)').matches"), true, 'a touch screen');
      await s.click('#card-copy');
      await s.waitUntil(async () => (await note(s, '#card-copy-note')) === '自動ではコピーできなかったため、コードを選択した状態にしました。選択された文字を長押しして、「コピー」を選んでください。',
        5000, 'the note for a finger');
      assert.equal(await s.run('return window.getSelection().toString()'), code, 'the whole code is selected');
      // The facilitator's list, copied on the phone that scanned the codes.
      await s.open(`${fixture.server.url}#/training`);
      await s.type('#roster-input', `${bareCode('GM', 1)}\n${bareCode('CH', 2)}`);
      await s.click('#roster-add');
      await s.waitUntil(async () => (await s.run("return document.querySelectorAll('.roster li').length")) === 2, 5000, 'the list');
      await s.click('#roster-copy');
      await s.waitUntil(async () => (await note(s, '#roster-copy-note')) === 'コピーできなかったため、一覧を下の欄に表示して選択しました。選択された文字を長押しして、「コピー」を選んでください。',
        5000, 'the list note for a finger');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('moves a list scanned on a phone to the laptop: Copy the list, paste it there, the same list', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.open(`${fixture.server.url}#/training`);
      await s.cdp('Browser.grantPermissions', {
        origin: fixture.server.origin, permissions: ['clipboardReadWrite', 'clipboardSanitizedWrite'],
      });
      // A name with a comma, a nameless code, and one code twice.
      const codes = ['TF', 'AU', 'SV'].map((anchor, i) => bareCode(anchor, i));
      await s.type('#roster-input', `山田, 花子,${codes[0]}\n${codes[1]}\nMia Suzuki,${codes[2]}\n高橋,${codes[0]}`);
      await s.click('#roster-add');
      const listed = () => s.run("return [...document.querySelectorAll('.roster li')].map(li => li.textContent)");
      await s.waitUntil(async () => (await listed()).length === 4, 5000, 'the list');
      const before = await listed();
      await s.click('#roster-copy');
      await s.waitUntil(async () => /^一覧（4行）をコピーしました。/.test(await note(s, '#roster-copy-note')), 5000, 'the copied note');
      assert.equal(await s.run("return document.querySelector('#roster-copy-note').getAttribute('role')"), 'status');
      const clipboard = await s.runAsync('navigator.clipboard.readText().then(arguments[0], (e) => arguments[0](String(e)))');
      // The laptop: another browser, the text pasted into its box.
      await withSession({ lang: 'ja', width: 1280, height: 900 }, async (laptop) => {
        await laptop.open(`${fixture.server.url}#/training`);
        await laptop.type('#roster-input', clipboard);
        await laptop.click('#roster-add');
        const there = () => laptop.run("return [...document.querySelectorAll('.roster li')].map(li => li.textContent)");
        await laptop.waitUntil(async () => (await there()).length === 4, 5000, 'the list there');
        assert.deepEqual(await there(), before, 'the same list, names, anchors and flags');
        assert.equal(await laptop.run("return document.querySelector('#roster-input').value"), '', 'every line taken');
      });
    }));

  it('shows the list selected, to copy by hand, when the page has no clipboard', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.addInitScript("Object.defineProperty(Navigator.prototype, 'clipboard', { get: () => undefined })");
      await s.open(`${fixture.server.url}#/training`);
      await s.type('#roster-input', `Mia,${bareCode('GM', 1)}\nKen,${bareCode('CH', 2)}`);
      await s.click('#roster-add');
      await s.waitUntil(async () => (await s.run("return document.querySelectorAll('.roster li').length")) === 2, 5000, 'the list');
      assert.equal(await s.run("return document.querySelector('#roster-copy-text').closest('[hidden]') !== null"), true, 'no box before');
      await s.click('#roster-copy');
      await s.waitUntil(async () => /in the box below, selected/.test(await note(s, '#roster-copy-note')), 5000, 'the note');
      // A computer: the key, not a long press.
      assert.equal(await note(s, '#roster-copy-note'), 'The list could not be copied for you: it is in the box below, selected. Copy it with Ctrl+C (⌘C on a Mac).');
      // Focused once drawn (the frame after the note).
      await s.waitUntil(() => s.run("return document.activeElement.id === 'roster-copy-text'"), 5000, 'the box focused');
      const box = await s.run(`const t = document.activeElement;
        return [t.id, t.value.slice(t.selectionStart, t.selectionEnd), t.readOnly]`);
      assert.deepEqual(box, ['roster-copy-text', `Mia,${bareCode('GM', 1)}\nKen,${bareCode('CH', 2)}\n`, true]);
      assert.deepEqual(await seriousViolations(s), []);
      // A changed list takes the stale text away.
      await s.click('.roster li button.remove');
      await s.waitUntil(() => s.run("return document.querySelector('#roster-copy-text').closest('[hidden]') !== null"), 5000, 'the box gone');
    }));

  it('has the way back to the result at its top as well as its foot, though the app\'s header is hidden', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await openCard(s, 'TF');
      assert.equal(await s.run("return document.querySelector('.site-header').getClientRects().length"), 0, 'no header on the card');
      const top = await s.run(`const a = document.querySelector('.card-top a'); const r = a.getBoundingClientRect();
        return { text: a.textContent, href: a.getAttribute('href'), top: r.top, first: a.compareDocumentPosition(document.querySelector('#card-heading')) & Node.DOCUMENT_POSITION_FOLLOWING }`);
      assert.equal(top.text, '← 結果に戻る');
      assert.equal(top.href, '#/result');
      assert.ok(top.top >= 0 && top.top < 100 && top.first, `at the top, before the heading: ${JSON.stringify(top)}`);
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      assert.equal(await s.run("return document.querySelector('.card-top').getClientRects().length"), 0, 'not printed');
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      await s.click('.card-top a');
      await s.waitUntil(async () => (await s.findAll('.site-header')).length === 1 && (await s.run("return location.hash")) === '#/result', 5000, 'back at the result');
    }));

  it('draws a QR code of the address that adds the code, named by the code', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const code = await openCard(s, 'SV', 1);
      const qr = await s.run(`const svg = document.querySelector('svg.qr'); return {
        name: svg.getAttribute('aria-label'), role: svg.getAttribute('role'), box: svg.getAttribute('viewBox'),
        path: svg.querySelector('path').getAttribute('d') }`);
      assert.equal(qr.role, 'img');
      assert.ok(qr.name.includes(code), qr.name);
      // The symbol's size is the one the address needs: the page's own folder, the
      // facilitator's screen and the code (read back by a decoder in the host tests).
      const address = `${fixture.server.url}#/training?add=${code.replace('-', '')}`;
      const side = 17 + 4 * versionFor(address.length) + 8;
      assert.equal(qr.box, `0 0 ${side} ${side}`, address);
      const rows = new Set([...qr.path.matchAll(/M(\d+) (\d+)h(\d+)v1h-\3z/g)].map((m) => Number(m[2])));
      assert.equal(rows.size, side - 8, 'every row of the symbol has dark modules, inside the quiet zone');
      assert.ok(Math.min(...rows) === 4 && Math.max(...rows) === side - 5);
    }));

  it('takes a name for the group list, keeps it, puts it in the QR code and on paper', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const code = await openCard(s, 'SV', 1);
      const side = () => s.run("return Number(document.querySelector('svg.qr').getAttribute('viewBox').split(' ')[2])");
      const sideFor = (address) => 17 + 4 * versionFor(address.length) + 8;
      const plain = `${fixture.server.url}#/training?add=${code.replace('-', '')}`;
      assert.equal(await side(), sideFor(plain));
      assert.equal(await s.run("return document.querySelector('label[for=card-name]').textContent"), 'グループ表に出す名前（任意）');
      assert.equal(await s.run("return document.querySelector('#card-name').getAttribute('aria-describedby')"), 'card-name-help');
      await s.type('#card-name', '山田 花子');
      // The QR code now holds the name too (read back by a decoder in the host tests): a
      // larger symbol, the one its address needs.
      const named = `${plain}&name=${encodedName('山田 花子')}`;
      await s.waitUntil(async () => (await side()) === sideFor(named), 5000, `a symbol for ${named}`);
      assert.ok(sideFor(named) > sideFor(plain));
      await s.waitUntil(async () => (await s.run(
        "return JSON.parse(localStorage.getItem('jiritsu.document') || '{}').card_name")) === '山田 花子', 5000, 'the name saved');
      await s.reload();
      await s.waitUntil(() => s.run("return document.querySelector('#card-name')?.value === '山田 花子'"), 5000, 'the name kept');
      assert.equal(await side(), sideFor(named));
      // A camera reads it off the screen.
      const scanned = await scanQr(s, '.share-card svg.qr');
      assert.equal(scanned, named, 'the QR code on screen reads as the address with the name');
      assert.deepEqual(await seriousViolations(s), []);
      // On paper: the name as text, the field not.
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      const printed = await s.run(`const visible = (css) => [...document.querySelectorAll(css)].some((el) => el.getClientRects().length > 0);
        return { name: visible('.card-name'), text: document.querySelector('.card-name').textContent, field: visible('#card-name') }`);
      assert.deepEqual(printed, { name: true, text: '山田 花子', field: false });
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      assert.equal(await s.run("return document.querySelector('.card-name').getClientRects().length"), 0, 'on screen the field shows it');
      // Emptied, the QR code goes back to the code alone.
      await s.run("const f = document.querySelector('#card-name'); f.value = ''; f.dispatchEvent(new InputEvent('input', { bubbles: true }))");
      await s.waitUntil(async () => (await side()) === sideFor(plain), 5000, 'the symbol of the code alone');

      // The facilitator's device opens the address the camera read.
      await withSession({ lang: 'ja' }, async (f) => {
        await f.open(scanned);
        await f.waitUntil(async () => (await note(f, '#training-note')) === `QRコードから山田 花子（${code}）を追加しました。一覧は1人になりました。`,
          5000, 'the note with the name');
        assert.match(await f.run("return document.querySelector('.roster li').textContent"), /山田 花子/);
        assert.equal(await f.run('return location.hash'), '#/training');
      });
    }));

  it('prints the card alone, on one page', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await openCard(s, 'GM', 3);
      await s.cdp('Emulation.setEmulatedMedia', { media: 'print' });
      const shown = await s.run(`const card = document.querySelector('.share-card');
        const visible = (el) => el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
        const outside = [...document.body.querySelectorAll('*')]
          .filter((el) => visible(el) && !card.contains(el) && !el.contains(card))
          .map((el) => el.tagName + '.' + el.className);
        const q = (css) => [...document.querySelectorAll(css)].some(visible);
        return { outside, card: q('.share-card'), code: q('.card-code'), qr: q('svg.qr'), anchors: q('.card-anchors'),
          buttons: q('.share-card button'), back: q('.share-card a'), width: card.getBoundingClientRect().width,
          qrWidth: document.querySelector('svg.qr').getBoundingClientRect().width }`);
      assert.deepEqual(shown.outside, [], 'nothing but the card is printed');
      assert.deepEqual([shown.card, shown.code, shown.qr, shown.anchors], [true, true, true, true]);
      assert.deepEqual([shown.buttons, shown.back], [false, false], 'no buttons or links on paper');
      // At 96 px to the inch: the card at most 14 cm wide, the QR code 4.5 cm.
      assert.ok(shown.width <= 14 / 2.54 * 96 + 1, `card width ${shown.width}`);
      assert.ok(Math.abs(shown.qrWidth - 4.5 / 2.54 * 96) < 2, `QR width ${shown.qrWidth}`);
      await s.screenshot(`${process.env.SHOTS || '/tmp'}/card-print.png`);
      await s.cdp('Emulation.setEmulatedMedia', { media: '' });
      assert.equal(pdfPageCount(await s.printPdf()), 1, 'the card fits one page');
      assert.equal(await s.run("return getComputedStyle(document.querySelector('#card-print')).display === 'none'"), false);
    }));
});

describe('the address in the QR code', () => {
  it('adds the code once, puts the address back to #/training, and says who was added', async () => {
    const codes = [];
    for (const [anchor, variant] of [['AU', 4], ['CH', 5]]) {
      await withSession({ lang: 'ja' }, async (s) => { codes.push(await openCard(s, anchor, variant)); });
    }
    const [first, second] = codes;
    const bare = (code) => code.replace('-', '');
    // The facilitator's phone: a fresh browser with an empty notebook, opening the address
    // its camera read from the card.
    await withSession({ lang: 'ja' }, async (f) => {
      const listed = () => f.run("return [...document.querySelectorAll('.roster li')].map(li => li.textContent)");
      // Waits for the note to say `expected` (a same-page address change redraws the screen
      // a moment later, so the note before it may still be there at first).
      const expectNote = (expected) => f.waitUntil(async () => (await note(f, '#training-note')) === expected,
        5000, `the note "${expected}"`);
      await f.open(`${fixture.server.url}#/training?add=${bare(first)}`);
      await expectNote(`QRコードから参加者1（${first}）を追加しました。一覧は1人になりました。`);
      assert.equal(await f.run('return location.hash'), '#/training');
      assert.equal(await f.run("return document.querySelector('#training-note').tagName"), 'OUTPUT', 'a live region');
      assert.equal((await listed()).length, 1);
      assert.match((await listed())[0], /参加者1/);
      await f.waitUntil(async () => (await f.run(
        "return (JSON.parse(localStorage.getItem('jiritsu.document') || '{}').training || '')")).includes(bare(first)),
      5000, 'the list to be saved');

      // A reload does not add it again.
      await f.reload();
      assert.equal(await f.run('return location.hash'), '#/training');
      assert.equal((await listed()).length, 1);
      assert.equal(await note(f, '#training-note'), '');

      // The same card scanned again (in lower case, as some readers give it) is not listed twice.
      await f.open(`${fixture.server.url}#/training?add=${bare(first).toLowerCase()}`);
      await expectNote(`${first}はすでに一覧にあります（参加者1）。追加していません。`);
      assert.equal((await listed()).length, 1);
      assert.equal(await f.run('return location.hash'), '#/training');

      // Another card, opened in the same tab while the screen is showing.
      await f.run('location.hash = arguments[0]', `#/training?add=${bare(second)}`);
      await f.waitUntil(async () => (await listed()).length === 2, 5000, 'the second attendee');
      await expectNote(`QRコードから参加者2（${second}）を追加しました。一覧は2人になりました。`);
      await f.waitUntil(async () => (await f.run('return location.hash')) === '#/training', 5000, 'the address put back');

      // A damaged code is refused, with the reason, and nothing is added.
      const typo = bare(second).replace(/^./, (c) => (c === 'A' ? 'B' : 'A'));
      await f.open(`${fixture.server.url}#/training?add=${typo}`);
      await expectNote('QRコードから共有コードを追加できませんでした：打ち間違いがあるようです。コードを確かめてください。');
      assert.equal((await listed()).length, 2);
      assert.equal(await f.run('return location.hash'), '#/training');
      assert.deepEqual(await seriousViolations(f), [], 'axe with the note');
      await assertCleanAndLocal(f, fixture.server.origin);
    });
  });

  it('says so in English, and refuses what is not a code', () =>
    withSession({ lang: 'en' }, async (f) => {
      await f.open(`${fixture.server.url}#/training?add=%3Cb%3Ehi`);
      const said = await f.waitUntil(async () => note(f, '#training-note'), 5000, 'the note');
      assert.equal(said, 'The code from the QR code was not added: "%" is not a character used in codes.');
      assert.equal(await f.run("return document.querySelectorAll('.roster li').length"), 0);
      assert.equal(await f.run('return location.hash'), '#/training');
    }));
});
