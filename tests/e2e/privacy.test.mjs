// End to end: nothing leaves the device and nothing the person types runs as code. The
// built page carries a strict Content-Security-Policy and Subresource Integrity, the app
// works under them, and markup typed into every field stays text.

import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SITE_DIR, assertCleanAndLocal, useFixture } from './lib/fixture.mjs';

const fixture = useFixture();
const withSession = (options, body) => fixture.withSession(options, body);

const PAYLOADS = [
  '<img src=x onerror=alert(1)>',
  '"><script>alert(2)</script>',
  "'><svg onload=alert(3)>",
  '<iframe src="javascript:alert(4)"></iframe>',
];
const ROUTES = ['#/', '#/assessment', '#/result', '#/check', '#/data', '#/card', '#/training'];
// Two valid share codes, for attendees' names.
const CODES = ['7R3SWRGKJW', '3AJ9ENTPV7'];

/** A saved document whose every text holds markup (the fixture's commitments, rewritten). */
function hostileDocument() {
  const document = JSON.parse(readFileSync('tests/host/fixtures/document-v2-commitments.json', 'utf8'));
  document.commitments.draft = PAYLOADS.join(' ');
  document.commitments.saved.forEach((commitment, index) => {
    commitment.text = `${PAYLOADS[index % PAYLOADS.length]} 来週の月曜から始めます`;
  });
  document.training = `4-6\n${PAYLOADS[0]},${CODES[0]}\n${PAYLOADS[1]},${CODES[1]}\n`;
  return JSON.stringify(document);
}

async function assertNothingRan(s, where) {
  const alert = await s.cmd('GET', '/alert/text').then((text) => text, () => null);
  assert.equal(alert, null, `a dialog opened on ${where}`);
  const injected = await s.run(`return [...document.querySelectorAll('main *, header *, .notices *')]
    .filter((e) => ['IMG', 'SCRIPT', 'IFRAME'].includes(e.tagName)
      || [...e.attributes].some((a) => /^on/i.test(a.name))).map((e) => e.outerHTML)`);
  assert.deepEqual(injected, [], `markup from user text became elements on ${where}`);
  assert.deepEqual(await s.run('return window.__violations || []'), [], `CSP violations on ${where}`);
}

describe('privacy and security', () => {
  it('serves a strict Content-Security-Policy and integrity hashes for every file', () => {
    const html = readFileSync(join(SITE_DIR, 'index.html'), 'utf8');
    const policy = html.match(/http-equiv=Content-Security-Policy content="([^"]+)"/)?.[1];
    assert.ok(policy, 'index.html has a Content-Security-Policy');
    assert.match(policy, /default-src 'none'/);
    assert.match(policy, /connect-src 'self'/);
    assert.doesNotMatch(policy, /'unsafe-inline'|'unsafe-eval'|\*|https?:/);
    const linked = [...html.matchAll(/<link [^>]*href=\.\/([^ >]+)[^>]*>/g)];
    assert.ok(linked.length >= 3, 'the page links its files');
    for (const [tag, file] of linked) {
      const expected = `sha384-${createHash('sha384').update(readFileSync(join(SITE_DIR, file))).digest('base64')}`;
      assert.ok(tag.includes(`integrity=${expected}`), `${file} carries its integrity hash`);
    }
  });

  it('keeps markup typed or imported into every field as text, and no request leaves the origin', () =>
    withSession({ lang: 'ja' }, async (s) => {
      await s.addInitScript(`document.addEventListener('securitypolicyviolation',
        (e) => (window.__violations = window.__violations || []).push(e.violatedDirective + ' ' + e.blockedURI));`);
      await s.open(fixture.server.url);
      await s.run("localStorage.setItem('jiritsu.document', arguments[0])", hostileDocument());
      await s.reload();
      for (const route of ROUTES) {
        await s.open(`${fixture.server.url}${route}`);
        await assertNothingRan(s, route);
      }
      await s.open(`${fixture.server.url}#/check`);
      const list = await s.text('main');
      assert.ok(list.includes(PAYLOADS[0]), 'the saved text is shown as typed');
      // Typing it live: the check screen quotes what is typed in its example.
      await s.run("document.querySelector('#commitment-text').value = ''");
      for (const payload of PAYLOADS) {
        await s.type('#commitment-text', `${payload} `);
      }
      await s.click('[data-action=save-commitment]');
      await assertNothingRan(s, 'the check screen after typing');
      // Names typed into the facilitator's list.
      await s.open(`${fixture.server.url}#/training`);
      assert.ok((await s.text('main')).includes(PAYLOADS[0]), 'a name is shown as typed');
      await s.type('#roster-input', `${PAYLOADS[2]},${CODES[0]}\n${PAYLOADS[3]},${CODES[1]}`);
      await s.click('#roster-add');
      await s.waitUntil(async () => (await s.text('main')).includes(PAYLOADS[2]), 5000, 'the typed names');
      await assertNothingRan(s, 'the training screen after adding names');
      // The host's settings file is text too (see offline.test.mjs), and so is an imported file.
      await s.open(`${fixture.server.url}#/data`);
      await assertNothingRan(s, 'the data screen');
      await assertCleanAndLocal(s, fixture.server.origin);
    }));
});
