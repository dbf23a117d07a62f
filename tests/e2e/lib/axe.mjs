// Runs axe-core (from node_modules, injected through WebDriver: nothing is fetched) and
// returns the serious and critical violations of the WCAG 2.x A and AA rules.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

export async function seriousViolations(session) {
  await session.run(`if (!window.axe) { ${AXE_SOURCE}\n }`);
  const violations = await session.runAsync(`
    const done = arguments[arguments.length - 1];
    axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } })
      .then((result) => done(result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.target.join(' ')).slice(0, 5) }))))
      .catch((error) => done([{ id: 'axe-error', help: String(error) }]));`);
  return violations;
}
