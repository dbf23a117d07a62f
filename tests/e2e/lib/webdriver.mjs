// A small WebDriver client for chromedriver, using only Node's own fetch. It starts
// chromedriver, opens headless Chromium sessions with the flags this closed network
// needs, and exposes what the tests use: navigation, elements, scripts, logs, and the
// Chrome DevTools Protocol through chromedriver's `goog/cdp/execute`.

import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createServer } from 'node:net';

const CHROMEDRIVER = process.env.CHROMEDRIVER || '/usr/bin/chromedriver';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ELEMENT = 'element-6066-11e4-a52e-4f735466cecf';

export async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** One chromedriver process; sessions are opened from it. */
export class Driver {
  static async start() {
    const port = await freePort();
    const child = spawn(CHROMEDRIVER, [`--port=${port}`, '--allowed-ips=127.0.0.1'], {
      stdio: 'ignore',
    });
    const driver = new Driver(child, `http://127.0.0.1:${port}`);
    for (let i = 0; i < 100; i++) {
      try {
        const res = await fetch(`${driver.base}/status`);
        if (res.ok) return driver;
      } catch { /* not up yet */ }
      await sleep(100);
    }
    child.kill();
    throw new Error('chromedriver did not start');
  }

  constructor(child, base) {
    this.child = child;
    this.base = base;
  }

  /** Opens a fresh browser profile. `lang` sets the browser's language preference; each of
   *  `hosts` (e.g. `intranet.example`) resolves to 127.0.0.1, to open the test server under
   *  a name as an intranet's server has one. */
  async session({ lang = 'ja', width = 1280, height = 900, hosts = [] } = {}) {
    const profile = mkdtempSync(join(tmpdir(), 'jiritsu-e2e-'));
    const downloads = mkdtempSync(join(tmpdir(), 'jiritsu-dl-'));
    const args = [
      '--headless=new', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
      '--disable-default-apps', '--disable-extensions', '--no-default-browser-check',
      `--user-data-dir=${profile}`, `--lang=${lang}`, `--window-size=${width},${height}`,
      ...(hosts.length ? [`--host-resolver-rules=${hosts.map((host) => `MAP ${host} 127.0.0.1`).join(',')}`] : []),
    ];
    const body = {
      capabilities: {
        alwaysMatch: {
          browserName: 'chrome',
          'goog:chromeOptions': {
            binary: CHROMIUM,
            args,
            prefs: {
              'intl.accept_languages': lang,
              'download.default_directory': downloads,
              'download.prompt_for_download': false,
            },
          },
          'goog:loggingPrefs': { browser: 'ALL', performance: 'ALL' },
        },
      },
    };
    const res = await this.request('POST', '/session', body);
    const session = new Session(this, res.sessionId, profile, downloads);
    // Headless windows are never narrower than 500 px: a phone's width is emulated.
    if (width < 500) {
      await session.cdp('Emulation.setDeviceMetricsOverride',
        { width, height, deviceScaleFactor: 1, mobile: true });
    }
    return session;
  }

  async request(method, path, body) {
    const res = await fetch(this.base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const json = await res.json();
    if (!res.ok) {
      const value = json.value || {};
      throw new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
    }
    return json.value;
  }

  stop() {
    this.child.kill();
  }
}

/** A browser window in its own fresh profile. */
export class Session {
  constructor(driver, id, profile, downloads) {
    this.driver = driver;
    this.id = id;
    this.profile = profile;
    this.downloads = downloads;
  }

  cmd(method, path, body) {
    return this.driver.request(method, `/session/${this.id}${path}`, body);
  }

  async open(url) {
    await this.cmd('POST', '/url', { url });
    await this.waitForReady();
  }

  async reload() {
    await this.cmd('POST', '/refresh', {});
    await this.waitForReady();
  }

  /** Waits until the app says it has rendered its first screen. */
  async waitForReady(timeout = 15000) {
    await this.waitUntil(() => this.run("return document.documentElement.dataset.ready === 'true'"), timeout,
      'the app to be ready');
  }

  async waitUntil(predicate, timeout = 5000, what = 'a condition') {
    const end = Date.now() + timeout;
    let last;
    while (Date.now() < end) {
      try {
        last = await predicate();
        if (last) return last;
      } catch (error) {
        last = error;
      }
      await sleep(50);
    }
    throw new Error(`timed out waiting for ${what} (last: ${last})`);
  }

  run(script, ...args) {
    return this.cmd('POST', '/execute/sync', { script, args });
  }

  runAsync(script, ...args) {
    return this.cmd('POST', '/execute/async', { script, args });
  }

  async find(css) {
    const el = await this.cmd('POST', '/element', { using: 'css selector', value: css });
    return el[ELEMENT];
  }

  async findAll(css) {
    const list = await this.cmd('POST', '/elements', { using: 'css selector', value: css });
    return list.map((el) => el[ELEMENT]);
  }

  /** Clicks the element matching `css`. Parts of the screen are redrawn from markup, so
   *  an element found a moment ago may have been replaced: then it is found again. */
  async click(css) {
    for (let attempt = 0; ; attempt++) {
      const id = await this.waitUntil(() => this.find(css), 5000, `element ${css}`);
      try {
        await this.cmd('POST', `/element/${id}/click`, {});
        return;
      } catch (error) {
        if (attempt >= 5 || !/stale element/.test(error.message)) throw error;
      }
    }
  }

  async text(css) {
    const id = await this.waitUntil(() => this.find(css), 5000, `element ${css}`);
    return this.cmd('GET', `/element/${id}/text`);
  }

  async type(css, text) {
    const id = await this.waitUntil(() => this.find(css), 5000, `element ${css}`);
    await this.cmd('POST', `/element/${id}/value`, { text });
  }

  /** Sends keys to whatever has focus (W3C actions). */
  async keys(text) {
    const actions = [];
    for (const ch of text) actions.push({ type: 'keyDown', value: ch }, { type: 'keyUp', value: ch });
    await this.cmd('POST', '/actions', { actions: [{ type: 'key', id: 'keyboard', actions }] });
  }

  cdp(cmd, params = {}) {
    return this.cmd('POST', '/goog/cdp/execute', { cmd, params });
  }

  /** Runs `source` in every new document before the page's own scripts. */
  addInitScript(source) {
    return this.cdp('Page.addScriptToEvaluateOnNewDocument', { source });
  }

  logs(type) {
    return this.cmd('POST', '/se/log', { type });
  }

  /** Browser console entries at level SEVERE since the last call. */
  async severeConsoleEntries() {
    const entries = await this.logs('browser');
    return entries.filter((entry) => entry.level === 'SEVERE');
  }

  /** Every URL the page requested since the last call (from the performance log). */
  async requestedUrls() {
    const entries = await this.logs('performance');
    const urls = [];
    for (const entry of entries) {
      const message = JSON.parse(entry.message).message;
      if (message.method === 'Network.requestWillBeSent') urls.push(message.params.request.url);
    }
    return urls;
  }

  async screenshot(path) {
    const png = await this.cmd('GET', '/screenshot');
    writeFileSync(path, Buffer.from(png, 'base64'));
  }

  /** Waits for a finished download whose name ends with `suffix`, and returns its text.
   *  (The browser may show the file before it has written all of it.) */
  async downloaded(suffix, timeout = 5000) {
    return this.waitUntil(() => {
      const name = readdirSync(this.downloads).find((f) => f.endsWith(suffix));
      const text = name ? readFileSync(join(this.downloads, name), 'utf8') : '';
      return text.length > 0 ? { name, text } : null;
    }, timeout, `a finished ${suffix} download`);
  }

  /** Prints the page to PDF (A4, as the browser's print dialog would) and returns the bytes. */
  async printPdf() {
    const pdf = await this.cmd('POST', '/print', { page: { width: 21, height: 29.7 }, background: true });
    return Buffer.from(pdf, 'base64');
  }

  async setWindowSize(width, height) {
    await this.cmd('POST', '/window/rect', { width, height });
  }

  async quit() {
    try {
      await this.cmd('DELETE', '');
    } finally {
      rmSync(this.profile, { recursive: true, force: true });
      rmSync(this.downloads, { recursive: true, force: true });
    }
  }
}
