// Reads a QR code on the screen as a phone's camera would: a screenshot of the element as
// the browser drew it (size, colours and quiet zone included), decoded by jsQR.

import jsQR from 'jsqr';
import { PNG } from 'pngjs';

/** The text of the QR code drawn by the element `selector`, or null when none is read. */
export async function scanQr(s, selector) {
  await s.run("document.querySelector(arguments[0]).scrollIntoView({ block: 'center' })", selector);
  const box = await s.run(`const r = document.querySelector(arguments[0]).getBoundingClientRect();
    return { x: r.left + scrollX, y: r.top + scrollY, width: r.width, height: r.height }`, selector);
  // A margin of light page around the symbol, as a camera sees it.
  const margin = 16;
  const clip = {
    x: Math.max(0, box.x - margin), y: Math.max(0, box.y - margin),
    width: box.width + 2 * margin, height: box.height + 2 * margin, scale: 1,
  };
  const { data } = await s.cdp('Page.captureScreenshot', { format: 'png', clip });
  const image = PNG.sync.read(Buffer.from(data, 'base64'));
  const found = jsQR(new Uint8ClampedArray(image.data), image.width, image.height, { inversionAttempts: 'dontInvert' });
  return found ? found.data : null;
}
