// Attendees for the training-mode journeys: finished self-assessments with a chosen
// anchor, and share codes with a chosen top three, written the way the app writes them.

export const CODES = ['TF', 'GM', 'AU', 'SE', 'EC', 'SV', 'CH', 'LS'];
/** A share code as the card shows it. */
export const CODE_SHOWN = /^[2-9A-HJKMNP-TV-Y]{5}-[2-9A-HJKMNP-TV-Y]{5}$/;

/** Statement n (1-based) belongs to anchor (n − 1) mod 8: 6s for `code`, 2–4 elsewhere
 *  (one of them 1, chosen by `variant`, so that people differ), and its first three
 *  statements picked, so `code` alone is the anchor. */
export function resultFor(code, variant = 0) {
  const k = CODES.indexOf(code);
  const answers = Array.from({ length: 40 }, (_, i) => (i % 8 === k ? 6 : 2 + (i % 3)));
  let j = ((k + 1 + variant) % 8) + 8 * (variant % 5);
  if (j % 8 === k) j += 1;
  answers[j] = 1;
  return { date: '2026-11-20', answers, picks: [k + 1, k + 9, k + 17] };
}

/** The share code of eight points (5–42 each, anchor order), as `share_code::encode` writes it. */
export function shareCode(points) {
  const ALPHABET = '23456789ABCDEFGHJKMNPQRSTVWXY';
  let number = 0n;
  for (const p of points) number = number * 38n + BigInt(p - 5);
  const values = Array(10).fill(0);
  for (let i = 8; i >= 0; i--) { values[i] = Number(number % 29n); number /= 29n; }
  const sum = values.slice(0, 9).reduce((total, v, i) => total + v * (i + 1), 0);
  values[9] = ((29 - (sum % 29)) * 3) % 29;
  return values.map((v) => ALPHABET[v]).join('');
}

/** Points whose top three are anchors k, k+1, k+2 (in that order); `variant` makes each
 *  person's code their own. */
export function topThree(k, variant) {
  const points = Array(8).fill(10);
  points[k % 8] = 32;
  points[(k + 1) % 8] = 22 + (variant % 2);
  points[(k + 2) % 8] = 18;
  points[(k + 4) % 8] = 6 + variant;
  return points;
}
