import { type ParsedArgs, formatFlag } from './args';
import { ruleCatalog } from '../core/rules/catalog';
import { rulesMarkdown } from './rules-markdown';

/** `juesuan rules [--format text|markdown|json]`: the list of all rules with their ids. */
export async function runRulesCommand(args: ParsedArgs): Promise<number> {
  const format = formatFlag(args, ['text', 'markdown', 'json'] as const);
  if (!format) return 2;
  const rules = ruleCatalog();
  if (format === 'json') process.stdout.write(`${JSON.stringify(rules, null, 2)}\n`);
  else if (format === 'markdown') process.stdout.write(rulesMarkdown(rules));
  else for (const r of rules) process.stdout.write(`${r.id.padEnd(14)} ${r.title}${r.inferred ? '（推断，提示性）' : ''}\n`);
  return 0;
}
