// End to end: "Your data": what is stored, export, import (picker and drag and drop, every
// kind of bad file), delete everything; and two tabs editing the same notebook.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { assertCleanAndLocal, useFixture } from './lib/fixture.mjs';
import { seriousViolations } from './lib/axe.mjs';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);
const stored = (s) => s.run("return localStorage.getItem('jiritsu.document')");
const files = mkdtempSync(join(tmpdir(), 'jiritsu-import-'));
const fileWith = (name, text) => {
  const path = join(files, name);
  writeFileSync(path, text);
  return path;
};
const v2 = readFileSync('tests/host/fixtures/document-v2-commitments.json', 'utf8');
const v5 = readFileSync('tests/host/fixtures/document-v5.json', 'utf8');

async function chooseFile(s, path) {
  const id = await s.find('#import-file');
  await s.cmd('POST', `/element/${id}/value`, { text: path });
}

async function typeDraft(s, text) {
  await s.type('#commitment-text', text);
  await s.waitUntil(async () => JSON.parse((await stored(s)) || '{}').commitments?.draft?.includes(text),
    5000, 'the draft to be saved');
}

describe('your data', () => {
  it('says on home and here that clearing the browser loses the notebook, and to export it now and then', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(fixture.server.url);
      await s.waitUntil(async () => (await s.findAll('.home-keep')).length === 1, 5000, 'home');
      assert.match(await s.text('.home-keep'), /ときどき「データの管理」で書き出して保管してください。$/);
      await s.open(`${fixture.server.url}#/data`);
      await s.waitUntil(async () => (await s.findAll('.loss-note')).length === 1, 5000, 'the data screen');
      assert.match(await s.text('.loss-note'), /Cookieとサイトデータの削除、InPrivate（シークレット）ウィンドウ、パソコンの入れ替え/);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^It can be lost when cookies and site data are cleared/.test(await s.text('.loss-note')), 5000, 'English');
    }));

  it('tells someone on an iPhone, first on a phone, that Safari may delete it after about 7 days unopened, and the two ways to keep it (390 px, touch)', () =>
    withSession({ lang: 'ja', width: 390, height: 844 }, async (s) => {
      await s.cdp('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 5 });
      await s.open(fixture.server.url);
      await s.waitUntil(async () => (await s.findAll('.home-keep')).length === 1, 5000, 'home');
      assert.match(await s.text('.home-keep'), /iPhoneのSafariでは7日ほど開かずにいるだけでも消えることがある/);
      await s.open(`${fixture.server.url}#/data`);
      await s.waitUntil(async () => (await s.findAll('.phone-note')).length === 1, 5000, 'the note for a phone');
      assert.equal(await s.text('.phone-note p'), 'iPhone・iPadでお使いの方へ：Safariでは、このサイトを7日ほど開かずにいると、書いた内容が自動で消えることがあります。面談まで間があるときは、次のどちらかをしておくと安心です。');
      const ways = () => s.run("return [...document.querySelectorAll('.phone-note li')].map((li) => li.textContent)");
      assert.deepEqual(await ways(), [
        'ときどき、この画面の「控えのファイルを書き出す」を押して、ファイルに残しておく。ファイルは「ファイル」アプリの「ダウンロード」に入ります。消えてしまったときは、この画面の「ファイルを読み込む」で元に戻せます。',
        'Safariの共有ボタン（四角に上向きの矢印のマーク）から「ホーム画面に追加」を選び、いつもそのアイコンから開く。アイコンから初めて開いたときに何も入っていなければ、Safariで書き出したファイルを読み込んでください。',
      ]);
      // On a phone it comes before the note for computers (Cookie, InPrivate).
      assert.equal(await s.run("return !!(document.querySelector('.phone-note').compareDocumentPosition(document.querySelector('.loss-note')) & Node.DOCUMENT_POSITION_FOLLOWING)"), true, 'the phone first');
      assert.ok(await s.run("return document.querySelector('.phone-note p').getBoundingClientRect().top < innerHeight"), 'in the first screen');
      assert.ok(await s.run('return document.documentElement.scrollWidth <= 390'), 'no sideways scrolling');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('.phone-note p')) === 'On an iPhone or iPad: Safari may delete what you wrote here if you do not open this site for about 7 days. If your interview is some weeks away, do one of these:', 5000, 'English');
      assert.deepEqual(await ways(), [
        'Now and then, press "Export a backup file" on this screen to keep a copy. The file goes to Downloads in the Files app. If your notes are deleted, bring them back with "Import a file" on this screen.',
        'In Safari, tap the Share button (a square with an arrow pointing up), choose "Add to Home Screen", and from then on open Jiritsu from that icon. If it is empty the first time you open it there, import the file you exported in Safari.',
      ]);
      // The buttons it names are the screen's own.
      assert.equal(await s.text('[data-action=export]'), 'Export a backup file');
      assert.equal(await s.text('#import-heading'), 'Import a file');
    }));

  it('says the iPhone’s 7 days on a computer too, after the note for computers', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.open(`${fixture.server.url}#/data`);
      await s.waitUntil(async () => (await s.findAll('.phone-note')).length === 1, 5000, 'the note');
      assert.match(await s.text('.phone-note p'), /^On an iPhone or iPad: Safari may delete what you wrote here if you do not open this site for about 7 days\./);
      assert.equal(await s.run("return !!(document.querySelector('.loss-note').compareDocumentPosition(document.querySelector('.phone-note')) & Node.DOCUMENT_POSITION_FOLLOWING)"), true, 'after the note for computers');
    }));

  it('lists what is stored and exports it as a dated, versioned JSON file', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(`${fixture.server.url}#/check`);
      await typeDraft(s, '来月から毎週月曜に朝会を開きます');
      await s.open(`${fixture.server.url}#/data`);
      assert.equal(await s.text('main h1'), 'データの管理');
      const table = (await s.text('.data-table')).replace(/\u200b/g, '');
      // Each count says what it counts: the one commitment is the draft, not yet saved.
      assert.match(table, /約束（ワークシートの行動）\s+1件・うち書きかけ1件/);
      assert.match(table, /面談準備ワークシート\s+なし/);
      await s.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: s.downloads });
      await s.click('[data-action=export]');
      const { name, text } = await s.downloaded('.json');
      assert.match(name, /^jiritsu-\d{4}-\d{2}-\d{2}\.json$/);
      const exported = JSON.parse(text);
      assert.equal(exported.version, 5);
      assert.equal(exported.commitments.draft, '来月から毎週月曜に朝会を開きます');
      assert.equal(text, await stored(s), 'the file is exactly what is stored');
      // The page says what was made, in a live region.
      assert.equal(await s.run("return document.querySelector('.export-status').getAttribute('role')"), 'status');
      assert.equal(await s.text('.export-status'), `${name} を書き出しました。ブラウザのダウンロード先に保存されます。共用のパソコンなら、移し終えたらダウンロード先からこのファイルを削除してください。「自分だけ」にした項目も含め、すべてが入っています。`);
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('tells someone on a shared computer that the next person would see it all, and takes them to deleting it, exported files included', () =>
    withSession({ lang: 'ja', width: 1366, height: 768 }, async (s) => {
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", v5);
      await s.reload();
      // Home, beside "what you write stays on this device".
      await s.waitUntil(async () => (await s.findAll('.home-shared-pc a')).length === 1, 5000, 'the note on home');
      assert.equal(await s.text('.home-shared-pc'), 'ただし、共用のパソコンでは、このブラウザを次に使う人にも見えてしまいます。使い終わったら消してください。 消し方（データの管理）');
      await s.click('.home-shared-pc a');
      // The data screen opens at "delete everything", in view and focused.
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'delete-heading'"), 5000, 'the deletion focused');
      assert.ok(await s.run("const r = document.querySelector('#delete-heading').getBoundingClientRect(); return r.top >= 0 && r.bottom <= innerHeight"), 'in view');
      // The screen's own note, at its top, leads there too.
      await s.run('scrollTo(0, 0)');
      assert.match(await s.text('.shared-pc-note'), /^共用のパソコンで使ったときは、終わる前にこの画面の下の「すべて削除する」で消してください。消さないと、このブラウザを次に使う人が、書いた内容をすべて見られます。/);
      await s.run("document.querySelector('#data-heading').focus()");
      await s.click('.shared-pc-note button');
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'delete-heading'"), 5000, 'the deletion focused again');
      // Exported first, to take home: the file is said to hold the secret and to stay behind.
      await s.cdp('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: s.downloads });
      await s.click('[data-action=export]');
      await s.downloaded('.json');
      assert.match(await s.text('.export-status'), /共用のパソコンなら、移し終えたらダウンロード先からこのファイルを削除してください。「自分だけ」にした項目も含め、すべてが入っています。$/);
      assert.match(await s.text('#move-heading + ol'), /会社の端末なら、会社が認めている方法（自分だけが開ける社内のフォルダ、許可されたUSBメモリなど）を使います。/);
      // Not only a company's devices: one's own phone and home computer too.
      assert.match(await s.text('#move-heading + ol'), /自分のスマホと自宅のパソコンの間なら、自分宛てのメールやケーブルなど、自分だけが見られる方法で渡します。/);
      await s.click('[data-action=delete-all]');
      assert.match(await s.text('#confirm-question'), /書き出したファイルは、ここでは消えません。$/);
      await s.click('[data-action=delete-all-yes]');
      await s.waitUntil(async () => /すべて削除しました/.test(await s.text('.import-status')), 5000, 'deleted');
      assert.equal(await s.text('.import-status'), 'すべて削除しました。書き出したファイルがあれば、ダウンロード先に残っています。共用のパソコンなら、そのファイルも削除してください。');
      // The export's line, said before, goes: one status speaks for the screen now.
      assert.equal(await s.run("return document.querySelector('.export-status').textContent"), '');
      // The next person finds nothing.
      await s.run("location.hash = '#/worksheet'");
      await s.waitUntil(async () => (await s.findAll('#ws-confidential-text')).length === 1, 5000, 'the worksheet');
      assert.equal(await s.run("return document.querySelector('#ws-confidential-text').value"), '', 'section k is empty for the next person');
      assert.deepEqual(await seriousViolations(s), []);
      // In English.
      await s.run("location.hash = '#/data'");
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => /^Used it on a shared computer\? Before you leave, delete everything/.test(await s.text('.shared-pc-note')), 5000, 'English');
    }));

  it('refuses every kind of bad file with a message naming what is wrong, and changes nothing', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.open(`${fixture.server.url}#/check`);
      await typeDraft(s, 'Keep me');
      const before = await stored(s);
      await s.open(`${fixture.server.url}#/data`);
      const cases = [
        ['not-json.json', 'hello', /not a JSON file/],
        ['no-version.json', '{"settings":{}}', /no format number/],
        ['newer.json', '{"version":99}', /newer version of Jiritsu \(format 99\)/],
        ['zero.json', '{"version":0}', /Format 0 was never written/],
        ['bad-field.json', '{"version":2,"settings":{"language":"fr"}}', /Language setting, settings\.language: expected "ja" or "en"/],
        // An entry over its bound alone is shortened with a warning (messages.test.mjs); with
        // another problem besides, the file is refused and the long entry named with its bound.
        ['too-long.json', `{"version":2,"commitments":{"draft":"${'x'.repeat(30001)}"},"revision":-1}`, /commitments\.draft: text too long \(at most 30,000 bytes\)/],
        ['huge.json', `{"version":2,"pad":"${'x'.repeat(1024 * 1024)}"}`, /too large \(1,048,598 bytes\)/],
      ];
      for (const [name, text, message] of cases) {
        await chooseFile(s, fileWith(name, text));
        await s.waitUntil(async () => message.test(await s.text('.import-status')), 5000, `the message for ${name}`);
        assert.match(await s.text('.import-status'), /could not be imported\. Nothing has changed/);
        assert.equal(await stored(s), before, `${name} changed nothing`);
      }
      assert.deepEqual(await seriousViolations(s), []);
    }));

  it('imports a file after showing what will change; cancelling changes nothing', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(`${fixture.server.url}#/data`);
      // Choosing comes first; dragging is said to be for a computer (on a tablet it is not).
      assert.match(await s.text('[data-drop=import] p'), /を選んでください（パソコンでは、ここへドラッグして置くこともできます）。/);
      await chooseFile(s, fileWith('v2.json', v2));
      await s.waitUntil(() => s.find('.import-preview'), 5000, 'the preview');
      const preview = (await s.text('.import-preview')).replace(/\u200b/g, '');
      // It names the file, and offers no export while there is nothing here to keep.
      assert.equal(await s.text('.preview-file'), '選んだファイル：v2.json');
      assert.equal(await s.run("return document.querySelector('.import-preview [data-action=export]')"), null);
      assert.match(preview, /いま\s+読み込み後/);
      assert.match(preview, /約束（ワークシートの行動）\s+なし\s+3件・うち書きかけ1件（2027年1月12日）/);
      assert.deepEqual(await seriousViolations(s), []);
      // The preview is not part of the status region, which says only the outcome.
      assert.equal(await s.run("return document.querySelector('.import-status .import-preview')"), null);
      await s.click('[data-action=import-cancel]');
      assert.match(await s.text('.import-status'), /何も変わっていません/);
      // The focus is not lost with the button: it goes to the import's heading.
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'import-heading'"), 5000, 'focus on the heading');
      assert.equal(await stored(s), null, 'nothing was written');

      await chooseFile(s, fileWith('v2.json', v2));
      await s.click('[data-action=import-confirm]');
      // The file chose English: the screen now speaks it.
      await s.waitUntil(async () => /has been imported/.test(await s.text('.import-status')), 5000, 'done');
      // What comes after: the file is still there, and the devices no longer keep step.
      assert.match(await s.text('.import-status .notice-detail'), /^The file you imported is still where it was: on a computer you share \(with family, say\), delete it too\. From now on each device keeps its own copy/);
      await s.waitUntil(() => s.run("return document.activeElement?.id === 'import-heading'"), 5000, 'focus on the heading');
      await s.waitUntil(async () => (await stored(s)) !== null, 5000, 'the import saved');
      const saved = JSON.parse(await stored(s));
      assert.equal(saved.version, 5, 'an older file is migrated to the current version');
      assert.equal(saved.commitments.saved.length, JSON.parse(v2).commitments.saved.length);
      await s.reload();
      await s.open(`${fixture.server.url}#/check`);
      assert.match(await s.text('.saved-list, .commitment-list, main'), new RegExp(JSON.parse(v2).commitments.saved[0].text.slice(0, 8)));
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('says in words when the file is older than what is here, and makes keeping what is here the button that stands out', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(`${fixture.server.url}#/data`);
      const when = await s.run(`
        const at = (days) => { const d = new Date(); d.setDate(d.getDate() + days); return d; };
        const iso = (d) => [d.getFullYear(), String(d.getMonth() + 1).padStart(2, '0'), String(d.getDate()).padStart(2, '0')].join('-');
        const may = at(-200), now = at(-1);
        return { may: iso(may), now: iso(now), ahead: iso(at(12)), mayText: may.getFullYear() + '年' + (may.getMonth() + 1) + '月' + may.getDate() + '日', nowText: now.getFullYear() + '年' + (now.getMonth() + 1) + '月' + now.getDate() + '日' };`);
      const notebook = (day, text, interview) => JSON.stringify({ version: 5, settings: {},
        worksheet: { interview: { date: interview } },
        commitments: { draft: '', saved: [{ id: 1, text, saved_on: day, shared: true } ] } });
      // Here, the next interview's date is still ahead: no day anything was written.
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", notebook(when.now, '12月の行動', when.ahead));
      await s.reload();
      const before = await stored(s);
      // A backup from spring over this notebook.
      await chooseFile(s, fileWith('jiritsu-may.json', notebook(when.may, '5月の行動', when.may)));
      await s.waitUntil(() => s.find('.import-preview'), 5000, 'the preview');
      const older = await s.text('[data-notice=import-older]');
      assert.match(older, new RegExp(`^このファイルは、いまの内容より古いものです（最後に書いた日：ファイルは${when.mayText}\\(.\\)、いまの内容は${when.nowText}\\(.\\)）。置き換えると、このファイルのあとに書いたものは消えます。$`));
      // Keeping what is here stands out; replacing is still there.
      assert.deepEqual(await s.run("return ['import-confirm', 'import-cancel'].map((a) => document.querySelector(`[data-action=${a}]`).classList.contains('primary'))"), [false, true]);
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('[data-action=import-cancel]');
      assert.equal(await stored(s), before, 'nothing changed');
      // A newer file: nothing said, replacing stands out as before.
      await chooseFile(s, fileWith('jiritsu-new.json', notebook(when.now, '12月の行動、続き', when.ahead)));
      await s.waitUntil(() => s.find('.import-preview'), 5000, 'the preview again');
      assert.equal((await s.findAll('[data-notice=import-older]')).length, 0);
      assert.equal(await s.run("return document.querySelector('[data-action=import-confirm]').classList.contains('primary')"), true);
    }));

  it('lists no size for an empty notebook, then the real size of what is stored', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const sizes = () => s.run("return [...document.querySelectorAll('.data-table tbody tr')].map(tr => [tr.querySelector('th').textContent.replace(/\\u200b/g, ''), tr.lastElementChild.textContent])");
      await s.open(`${fixture.server.url}#/data`);
      assert.equal(await stored(s), null, 'an empty notebook is not written');
      assert.match(await s.text('.nothing-stored'), /^まだ何も保存されていません。/);
      const empty = await sizes();
      assert.deepEqual(empty.slice(0, -1).map(([, size]) => size), ['', '', '', '', '', '', ''], 'no part takes room');
      assert.deepEqual(empty.at(-1), ['合計', '0 B']);
      assert.equal((await s.text('main')).includes('640'), false);

      await s.open(`${fixture.server.url}#/check`);
      await typeDraft(s, '来月から毎週月曜に朝会を開きます');
      await s.open(`${fixture.server.url}#/data`);
      assert.equal(await s.run("return document.querySelector('.nothing-stored').hidden"), true);
      const bytes = Buffer.byteLength(await stored(s), 'utf8');
      const expected = bytes < 1024 ? `${bytes} B` : `${Math.floor(bytes / 1024)}.${Math.floor((bytes % 1024) * 10 / 1024)} KB`;
      const filled = Object.fromEntries(await sizes());
      assert.equal(filled['合計'], expected, 'the total is the size of the stored text');
      assert.notEqual(filled['約束（ワークシートの行動）'], '');
      assert.equal(filled['面談準備ワークシート'], '', 'an empty worksheet takes no room');
      assert.equal(filled['研修の参加者リスト'], '');
      assert.equal(filled['研修用カードの名前'], '');
      assert.match(await s.text('.data-table + .help'), /合計には/);

      // In English: no full-width punctuation, in the table or the import's preview.
      await s.click('.lang-switch button[lang=en]');
      await s.waitUntil(async () => (await s.text('main h1')) === 'Your data', 5000, 'English');
      await chooseFile(s, fileWith('v2-en.json', v2));
      await s.waitUntil(() => s.find('.import-preview'), 5000, 'the preview');
      assert.match(await s.text('.import-preview'), /Commitments \(the worksheet's actions\)\s+1 incl\. 1 unsaved\s+\d+ incl\. 1 unsaved \(\d+ [A-Z][a-z]+ \d{4}\)/);
      assert.match(await s.text('.import-preview'), /Interview worksheet\s+none\s+none\n/);
      assert.equal(await s.text('.preview-file'), 'The file you chose: v2-en.json');
      assert.notEqual(await s.run("return document.querySelector('.import-preview [data-action=export]')"), null, 'export what is here first');
      const fullWidth = await s.run("return (document.querySelector('main').innerText.match(/[\\u3000-\\u303f\\u30fb\\uff01-\\uff0f\\uff1a-\\uff20]/g) || [])");
      assert.deepEqual(fullWidth, [], 'no full-width punctuation in English');
      assert.deepEqual(await seriousViolations(s), []);
      await assertCleanAndLocal(s, fixture.server.origin);
    }));

  it('is readable and accessible on a phone-wide screen', () =>
    withSession({ lang: 'ja', width: 320, height: 800 }, async (s) => {
      // A notebook with every part filled in (a version-5 file as saved).
      await s.open(`${fixture.server.url}#/data`);
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", v5);
      await s.reload();
      await s.waitUntil(async () => /面談日/.test(await s.text('.data-table')), 5000, 'the stored notebook');
      assert.equal(await s.run('return window.innerWidth'), 320);
      // Words and dates stay whole in the narrow table: a date breaks after its year if at
      // all, a size never, a name only between its words.
      const broken = await s.run(`const lines = (node, from, to) => { const r = document.createRange();
          r.setStart(node, from); r.setEnd(node, to); return r.getClientRects().length; };
        return [...document.querySelectorAll('.data-table td, .data-table tbody th')].flatMap((cell) => {
          const node = cell.firstChild;
          if (!node || node.nodeType !== 3) return [];
          // Spaces and zero-width spaces mark where a cell may break: between them, one line each.
          let from = 0;
          return node.data.split(/[\u200b ]/).flatMap((part) => {
            const whole = lines(node, from, from + part.length) <= 1;
            from += part.length + 1;
            return whole ? [] : [part];
          });
        })`);
      assert.deepEqual(broken, []);
      assert.deepEqual(await seriousViolations(s), []);
      const overflow = await s.run('return document.documentElement.scrollWidth - document.documentElement.clientWidth');
      assert.ok(overflow <= 0, `the page scrolls sideways by ${overflow} px`);
    }));

  it('takes a file dropped on the screen', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.open(`${fixture.server.url}#/data`);
      await s.run(`const transfer = new DataTransfer();
        transfer.items.add(new File([arguments[0]], 'dropped.json', { type: 'application/json' }));
        const zone = document.querySelector('.drop-zone');
        zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
        zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));`, v2);
      await s.waitUntil(() => s.find('.import-preview'), 5000, 'the preview of the dropped file');
      await s.click('[data-action=import-confirm]');
      await s.waitUntil(async () => JSON.parse((await stored(s)) || '{}').commitments?.saved?.length > 0, 5000, 'the import');
    }));

  it('deletes everything after a confirmation', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(`${fixture.server.url}#/check`);
      await typeDraft(s, '消してよい下書き');
      await s.run("localStorage.setItem('jiritsu.unreadable.1', 'old')");
      await s.open(`${fixture.server.url}#/data`);
      await s.click('[data-action=delete-all]');
      assert.match(await s.text('#confirm-question'), /本当にすべて削除しますか/);
      await s.click('[data-action=delete-all-no]');
      assert.notEqual(await stored(s), null, 'keeping the data keeps it');
      // Esc keeps it too, and puts focus back on the button.
      await s.click('[data-action=delete-all]');
      await s.waitUntil(() => s.run("return document.activeElement.id === 'confirm-question'"), 5000, 'the question focused');
      await s.keys('\uE00C');
      await s.waitUntil(() => s.run("return document.querySelector('.confirm').hidden"), 5000, 'Esc closes the question');
      assert.equal(await s.run("return document.activeElement.dataset.action"), 'delete-all');
      assert.notEqual(await stored(s), null, 'Esc keeps the data');
      await s.click('[data-action=delete-all]');
      await s.click('[data-action=delete-all-yes]');
      await s.waitUntil(async () => /すべて削除しました/.test(await s.text('.import-status')), 5000, 'deleted');
      assert.deepEqual(await s.run('return Object.keys(localStorage).filter((k) => k.startsWith("jiritsu."))'), []);
      assert.match(await s.text('main'), /まだ何も保存されていません/);
      await s.reload();
      assert.equal(await stored(s), null, 'nothing comes back on reload');
    }));
});

describe('two tabs', () => {
  const openTab = async (s) => {
    const { handle } = await s.cmd('POST', '/window/new', { type: 'tab' });
    return handle;
  };
  const switchTo = (s, handle) => s.cmd('POST', '/window', { handle });

  it('a change in one tab shows in the other without a reload', () =>
    withSession({ lang: 'ja' }, async (s) => {
      const first = await s.cmd('GET', '/window');
      await s.open(`${fixture.server.url}#/check`);
      const second = await openTab(s);
      await switchTo(s, second);
      await s.open(`${fixture.server.url}#/check`);
      await switchTo(s, first);
      await typeDraft(s, '来週の月曜から日報を書き始めます');
      await switchTo(s, second);
      await s.waitUntil(async () => (await s.run("return document.querySelector('#commitment-text').value")).includes('日報'),
        5000, 'the other tab to show the draft');
      assert.deepEqual(await s.findAll('[data-notice=conflict]'), []);
    }));

  it('when both edit, the stale tab stops saving and the person chooses', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.open(`${fixture.server.url}#/check`);
      await typeDraft(s, 'Mine');
      // Another tab's save whose notification has not arrived yet: storage changes under us
      // (a tab is not notified of its own writes).
      const theirs = JSON.parse(await stored(s));
      theirs.revision += 1;
      theirs.commitments.draft = 'Theirs';
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", JSON.stringify(theirs, null, 2));
      await s.type('#commitment-text', ' too');
      const notice = await s.text('[data-notice=conflict]');
      assert.match(notice, /also changed in another tab/);
      assert.equal(JSON.parse(await stored(s)).commitments.draft, 'Theirs', 'nothing was saved over the other tab');
      assert.deepEqual(await seriousViolations(s), []);
      await s.click('[data-action=conflict-mine]');
      await s.waitUntil(async () => JSON.parse(await stored(s)).commitments.draft === 'Mine too', 5000, 'this tab saved');
      assert.deepEqual(await s.findAll('[data-notice=conflict]'), []);

      // Again, and this time take the other tab's version.
      const again = JSON.parse(await stored(s));
      again.revision += 1;
      again.commitments.draft = 'Theirs again';
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", JSON.stringify(again, null, 2));
      await s.type('#commitment-text', '!');
      await s.click('[data-action=conflict-theirs]');
      await s.waitUntil(async () => (await s.run("return document.querySelector('#commitment-text').value")).trim() === 'Theirs again',
        5000, 'the other version on screen');
      assert.equal(JSON.parse(await stored(s)).commitments.draft, 'Theirs again');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});
