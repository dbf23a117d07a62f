// Part of the post-build hook (scripts/post-build.mjs): the wasm is stored gzip-compressed
// (by zopfli, about 6% smaller than gzip -9), and Trunk's loader inflates it with the
// browser's DecompressionStream. This serves the people, not a size figure: HR often hosts
// the site on an intranet server that compresses nothing, and there the app would otherwise
// download about three times as many bytes. A server that sends the file with its own
// Content-Encoding does no harm: the browser removes that layer first, and the loader
// inflates only bytes that start with gzip's magic number.

import zopfli from '@gfx/zopfli';

/** `bytes` as a gzip file written by zopfli. */
export function deflate(bytes) {
  return zopfli.gzipAsync(bytes, { numiterations: 15, blocksplittingmax: 100 });
}

/**
 * Trunk's loader script with the wasm fetched and, when it starts with the gzip magic bytes,
 * inflated as it is compiled. `integrity` is the file's SRI hash, so that the fetch is the
 * one the page's `<link rel=preload>` already started. The body is handed on as a stream in
 * a Response served as application/wasm, which wasm-bindgen gives to
 * `WebAssembly.instantiateStreaming`: the browser compiles the module while it is being
 * inflated, off the main thread (a cold load at CPU x4 is 30-100 ms sooner than inflating
 * it whole first). Its first chunk says whether it is gzip.
 */
export function inflatingLoader(script, integrity) {
  const call = script.match(/init\(\{ module_or_path: '([^']+)' \}\)/);
  if (!call) throw new Error("compress: Trunk's loader no longer calls init({ module_or_path })");
  const load = `init({ module_or_path: await fetch('${call[1]}', { integrity: '${integrity}' })`
    + '.then(async (r) => { const [peek, body] = r.body.tee(); const reader = peek.getReader();'
    + ' const head = (await reader.read()).value; reader.cancel();'
    + ' const gzip = head && head[0] === 0x1f && head[1] === 0x8b;'
    + " return new Response(gzip ? body.pipeThrough(new DecompressionStream('gzip')) : body,"
    + " { headers: { 'Content-Type': 'application/wasm' } }); }) })";
  return script.replace(call[0], load);
}
