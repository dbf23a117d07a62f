// Part of the post-build hook (scripts/post-build.mjs): makes the built app smaller.
//  - Leptos's server-function crate exports three stream classes from the wasm
//    (IntoUnderlyingSource, …Sink, …ByteSource); a client-only app never uses them, but
//    exports are kept by every optimiser. They are dropped from the wasm's export section,
//    then wasm-opt runs again and removes the code only they reached.
//  - Trunk leaves the wasm-bindgen JavaScript as written; it is minified with esbuild, the
//    three classes left out.
//  - The wasm is stored gzip-compressed by zopfli, about 6% smaller than gzip -9 (what a web
//    server's on-the-fly compression would send); the loader (see `inflatingLoader`) inflates
//    it with the browser's DecompressionStream. A server that sends it with its own
//    Content-Encoding does no harm: the browser removes that layer first.

import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { buildSync } from 'esbuild';
import zopfli from '@gfx/zopfli';

const STREAMS = /^(__wbg_)?intounderlying/;

/** The optimised wasm at `path` without the stream exports. */
export function shrinkWasm(path) {
  const stripped = `${path}.stripped`;
  writeFileSync(stripped, withoutExports(readFileSync(path), STREAMS));
  try {
    // The same optimisation Trunk ran, now free to drop the code only those exports used.
    execFileSync(resolve('node_modules/.bin/wasm-opt'), [
      '-Oz', '--enable-bulk-memory', '--enable-nontrapping-float-to-int', '--enable-sign-ext',
      '--enable-mutable-globals', '--enable-reference-types', '--enable-multivalue',
      stripped, '-o', stripped,
    ]);
    return readFileSync(stripped);
  } finally {
    rmSync(stripped, { force: true });
  }
}

/** `bytes` as a gzip file written by zopfli. */
export function deflate(bytes) {
  return zopfli.gzipAsync(bytes, { numiterations: 15, blocksplittingmax: 100 });
}

/**
 * Trunk's loader script with the wasm fetched and, when it starts with the gzip magic bytes,
 * inflated before it is instantiated. `integrity` is the file's SRI hash, so that the fetch
 * is the one the page's `<link rel=preload>` already started.
 */
export function inflatingLoader(script, integrity) {
  const call = script.match(/init\(\{ module_or_path: '([^']+)' \}\)/);
  if (!call) throw new Error("shrink: Trunk's loader no longer calls init({ module_or_path })");
  const load = `init({ module_or_path: await fetch('${call[1]}', { integrity: '${integrity}' })`
    + '.then((r) => r.arrayBuffer()).then((b) => { const head = new Uint8Array(b, 0, 2);'
    + " return head[0] === 0x1f && head[1] === 0x8b ? new Response(new Blob([b]).stream()"
    + ".pipeThrough(new DecompressionStream('gzip'))).arrayBuffer() : b; }) })";
  return script.replace(call[0], load);
}

/** The wasm-bindgen JavaScript at `path`, minified, without the stream classes. */
export function shrinkGlue(path) {
  const glue = readFileSync(path, 'utf8')
    .replace(/^export class (IntoUnderlying\w+)/gm, 'class $1')
    .replace(/^if \(Symbol\.dispose\) IntoUnderlying.*\n/gm, '')
    .replace(/^const IntoUnderlying\w+Finalization = [\s\S]*?;\n/gm, '');
  const minified = buildSync({
    stdin: { contents: glue, loader: 'js' },
    bundle: true,
    format: 'esm',
    minify: true,
    treeShaking: true,
    write: false,
    target: 'es2020',
    logLevel: 'error',
  }).outputFiles[0].text;
  if (minified.includes('IntoUnderlying')) {
    throw new Error('shrink: the stream classes are still in the JavaScript');
  }
  return Buffer.from(minified);
}

/** The wasm module `bytes` without the exports whose names match `pattern`. */
export function withoutExports(bytes, pattern) {
  const leb = (pos) => {
    let value = 0;
    let shift = 0;
    let byte;
    do {
      byte = bytes[pos++];
      value |= (byte & 0x7f) << shift;
      shift += 7;
    } while (byte & 0x80);
    return [value >>> 0, pos];
  };
  const toLeb = (n) => {
    const out = [];
    do {
      let byte = n & 0x7f;
      n >>>= 7;
      if (n) byte |= 0x80;
      out.push(byte);
    } while (n);
    return Buffer.from(out);
  };
  const parts = [bytes.subarray(0, 8)];
  let pos = 8;
  let dropped = 0;
  while (pos < bytes.length) {
    const id = bytes[pos];
    const [size, start] = leb(pos + 1);
    const end = start + size;
    if (id !== 7) {
      parts.push(bytes.subarray(pos, end));
      pos = end;
      continue;
    }
    let [count, at] = leb(start);
    const kept = [];
    for (let i = 0; i < count; i++) {
      const entry = at;
      const [length, nameAt] = leb(at);
      const name = bytes.subarray(nameAt, nameAt + length).toString();
      [, at] = leb(nameAt + length + 1); // the kind byte, then the index
      if (pattern.test(name)) dropped++;
      else kept.push(bytes.subarray(entry, at));
    }
    const body = Buffer.concat([toLeb(kept.length), ...kept]);
    parts.push(Buffer.from([7]), toLeb(body.length), body);
    pos = end;
  }
  if (dropped === 0) throw new Error('shrink: the stream exports were not found');
  return Buffer.concat(parts);
}
