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

  it('writes typing once it pauses, and a burst of over ten seconds once while it goes on', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.open(at('/check'));
      await s.cmd('POST', '/timeouts', { script: 30000 });
      const draftLength = () => JSON.parse(localStorage.getItem('jiritsu.document') || '{"commitments":{"draft":""}}').commitments.draft.length;
      const seen = await s.runAsync(`
        const done = arguments[arguments.length - 1];
        const area = document.querySelector('#commitment-text');
        const length = ${draftLength.toString()};
        const seen = [];
        (async () => {
          for (let i = 0; i < 120; i++) { // 120 keystrokes, 100 ms apart: twelve seconds of typing
            area.value += 'あ';
            area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertText' }));
            await new Promise((r) => setTimeout(r, 100));
            seen.push(length());
          }
          done(seen);
        })();`);
      // Nothing is written while typing goes on (typing never waits for it) ...
      assert.ok(seen.slice(0, 90).every((n) => n === 0), `nothing saved in the first nine seconds: ${seen.slice(0, 90)}`);
      // ... except once, ten seconds into the burst.
      assert.ok(seen.some((n) => n > 90 && n < 120), `saved once during the burst: ${[...new Set(seen)]}`);
      // And the end as soon as typing pauses.
      await s.waitUntil(async () => (await stored(s))?.commitments.draft.length === 120, 3000, 'the whole burst saved');
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
