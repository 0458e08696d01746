/** axe-core (Deque's accessibility engine) run in the pane as it is shown. */
import type { Page } from 'playwright-core';

export interface AxeViolation {
  rule: string;
  impact: string;
  help: string;
  nodes: string[];
}

/**
 * Every axe rule's violations (WCAG 2.x A/AA and axe's best practices) on the page as it stands.
 * Left out: Fluent UI's tabster focus sentinels (`<i tabindex="0" aria-hidden="true" data-tabster-dummy>`),
 * which tabster moves focus past on purpose to keep Tab inside a list or dialog; axe cannot know that.
 */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') });
  return page.evaluate(async () => {
    type AxeResult = { violations: { id: string; impact: string; help: string; nodes: { html: string }[] }[] };
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe;
    const result = await axe.run({ exclude: [['[data-tabster-dummy]']] }, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({ rule: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => n.html.slice(0, 160)) }));
  });
}
