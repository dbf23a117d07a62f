// Benchmark: does typing wait for saving? In headless Chromium with the CPU slowed down 4x,
// a full notebook (the saved document near the 1 MB an export may hold: the fixture of
// version 4 plus long saved commitments) and a 10,000-character commitment in the check
// screen's box (10,000 characters once typed: the most a text field takes), 60 keystrokes are typed at a steady 8 per second. Each one is timed from
// the moment it was due (a keystroke that had to wait for earlier work counts that wait)
// to the moment the page has handled it and laid the screen out again (a task after the
// input event, so every microtask and effect it started has run, then a forced layout):
// what stands between the keystroke and the next frame. Work the page leaves for later (saving)
// counts only when it makes a later keystroke wait. Prints the median, p95 and max against the goal (p95 <= 16 ms,
// one frame), and how long after the last keystroke the notebook held it; asserts nothing.
// NOTEBOOK_BYTES and FIELD_CHARS in the environment change the two sizes, to tell which
// one a keystroke's time comes from.

import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Driver } from '../e2e/lib/webdriver.mjs';
import { serveSite } from '../e2e/lib/server.mjs';

const site = resolve(process.argv[2] || 'target/bench-site');
const KEYSTROKES = 60;
const WARM_UP = 5;
const EVERY_MS = 125;
const THROTTLE = 4;
const FRAME_MS = 16;
const FIELD_CHARS = Number(process.env.FIELD_CHARS || 10_000);
const NOTEBOOK_BYTES = Number(process.env.NOTEBOOK_BYTES || 900_000);

/** The fixture of version 4 with saved commitments added until its text is about `bytes`. */
function fullNotebook(bytes) {
  const document = JSON.parse(readFileSync('tests/host/fixtures/document-v4.json', 'utf8'));
  const long = '毎週月曜の朝会で、前週の不良件数と原因を一枚にまとめて報告します。'.repeat(60);
  const saved = document.commitments.saved;
  for (let id = 1000; Buffer.byteLength(JSON.stringify(document)) < bytes; id++) {
    saved.push({ id, text: long, saved_on: '2026-11-20', start_date: '2026-11-30', follow_ups: [], shared: true });
  }
  // Ten thousand characters that stay under a text's 30,000-byte bound (Japanese takes three
  // bytes a character): a long English draft.
  document.commitments.draft = 'From 7 December I will practise the presentation every morning. '.repeat(200)
    .slice(0, FIELD_CHARS - KEYSTROKES - WARM_UP); // the keystrokes bring it to 10,000
  return JSON.stringify(document);
}

const server = await serveSite(site, '/jiritsu/');
const driver = await Driver.start();
try {
  const s = await driver.session({ lang: 'ja' });
  try {
    const notebook = fullNotebook(NOTEBOOK_BYTES);
    await s.open(server.url);
    await s.run("localStorage.setItem('jiritsu.document', arguments[0]); location.hash = '#/check'", notebook);
    await s.reload(); // a fresh load, so the app reads the notebook
    await s.cdp('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
    await s.cmd('POST', '/timeouts', { script: 300000 });
    const { times, heldAfter } = await s.runAsync(`
      const [count, every, done] = [arguments[0], arguments[1], arguments[arguments.length - 1]];
      const area = document.querySelector('#commitment-text');
      const handled = () => new Promise((r) => setTimeout(() => { document.body.getBoundingClientRect(); r(); }, 0));
      const at = (time) => new Promise((r) => setTimeout(r, Math.max(0, time - performance.now())));
      (async () => {
        const times = [];
        const begin = performance.now() + 200;
        for (let i = 0; i < count; i++) {
          const due = begin + i * every;
          await at(due);
          area.value += i % 2 ? 'o' : 'k';
          area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
          await handled();
          times.push(performance.now() - due);
        }
        // How long until the stored notebook holds the last keystroke.
        const last = performance.now();
        const expected = area.value;
        while (!(localStorage.getItem('jiritsu.document') || '').includes(JSON.stringify(expected).slice(1, -1).slice(-40))) {
          await new Promise((r) => setTimeout(r, 20));
          if (performance.now() - last > 20000) break;
        }
        done({ times, heldAfter: performance.now() - last });
      })();`, KEYSTROKES + WARM_UP, EVERY_MS);
    const samples = times.slice(WARM_UP);
    const sorted = [...samples].sort((a, b) => a - b);
    const q = (p) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)];
    const p95 = q(0.95);
    console.log(`keystroke -> screen updated, full notebook (${(notebook.length / 1000).toFixed(0)}k chars), `
      + `${FIELD_CHARS}-character field, CPU x${THROTTLE}: median ${q(0.5).toFixed(1)} ms, p95 ${p95.toFixed(1)} ms, `
      + `max ${sorted[sorted.length - 1].toFixed(1)} ms over ${samples.length} keystrokes `
      + `(goal p95 <= ${FRAME_MS} ms: ${p95 <= FRAME_MS ? 'HOLDS' : 'MISSED'}); `
      + `saved ${heldAfter.toFixed(0)} ms after the last keystroke`);
  } finally {
    await s.quit();
  }
} finally {
  driver.stop();
  await server.close();
}
