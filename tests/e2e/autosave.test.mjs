// End to end: saving never makes typing wait, and still loses nothing — the last keystroke
// survives a reload made right after it, a burst of typing is written while it goes on, and
// unsaved typing meets another tab's save as a choice, never a silent take-over.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { useFixture } from './lib/fixture.mjs';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);
const at = (route) => `${fixture.server.url}#${route}`;
const stored = async (s) => JSON.parse(await s.run("return localStorage.getItem('jiritsu.document')") ?? 'null');

/** Types `text` into the check screen's box one keystroke at a time, as fast as a script can. */
const typeFast = (s, text) => s.run(`
  const area = document.querySelector('#commitment-text');
  for (const c of arguments[0]) {
    area.value += c;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
  }`, text);

describe('saving without making typing wait', () => {
  it('keeps the last keystroke when the page is reloaded right after it', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/check'));
      await typeFast(s, '来週月曜から毎朝');
      // No wait: the reload itself (pagehide) writes what had not been written yet.
      await s.reload();
      await s.waitUntil(async () => (await s.run("return document.querySelector('#commitment-text').value")) === '来週月曜から毎朝',
        5000, 'the draft back after the reload');
      assert.equal((await stored(s)).commitments.draft, '来週月曜から毎朝');
    }));

  it('writes a long burst of typing while it goes on, and the end of it once typing stops', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/check'));
      await s.cmd('POST', '/timeouts', { script: 20000 });
      const seen = await s.runAsync(`
        const done = arguments[arguments.length - 1];
        const area = document.querySelector('#commitment-text');
        const seen = new Set();
        (async () => {
          for (let i = 0; i < 30; i++) { // 30 keystrokes, 100 ms apart: three seconds of typing
            area.value += 'あ';
            area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
            await new Promise((r) => setTimeout(r, 100));
            seen.add(JSON.parse(localStorage.getItem('jiritsu.document') || '{"commitments":{"draft":""}}').commitments.draft.length);
          }
          done([...seen]);
        })();`);
      assert.ok(seen.filter((n) => n > 0 && n < 30).length >= 2, `saved during the burst: lengths seen ${seen}`);
      await s.waitUntil(async () => (await stored(s))?.commitments.draft.length === 30, 3000, 'the whole burst saved');
    }));

  it('turns unsaved typing and another tab\u2019s save into a question, losing neither', () =>
    withSession({ lang: 'en' }, async (s) => {
      await s.open(at('/check'));
      await typeFast(s, 'Mine');
      await s.waitUntil(async () => (await stored(s))?.commitments.draft === 'Mine', 5000, 'saved');
      // More typing, then at once (in the next task, before it is written) another tab's
      // save arrives.
      await s.run(`
        const area = document.querySelector('#commitment-text');
        area.value += ' and more';
        area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
        setTimeout(() => {
          const theirs = JSON.parse(localStorage.getItem('jiritsu.document'));
          theirs.revision += 1;
          theirs.commitments.draft = 'Theirs';
          const text = JSON.stringify(theirs, null, 2);
          localStorage.setItem('jiritsu.document', text);
          window.dispatchEvent(new StorageEvent('storage', { key: 'jiritsu.document', newValue: text, storageArea: localStorage }));
        }, 0);`);
      await s.waitUntil(() => s.find('[data-notice=conflict]'), 5000, 'the question about the other tab');
      assert.equal(await s.run("return document.querySelector('#commitment-text').value"), 'Mine and more', 'this tab\u2019s typing stays');
      assert.equal((await stored(s)).commitments.draft, 'Theirs', 'the other tab\u2019s save stays until the person chooses');
    }));
});
