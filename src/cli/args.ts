/** Minimal argv parser: positionals plus --flag value / --flag=value / boolean --flag. */
export interface ParsedArgs {
  positionals: string[];
  flags: Record<string, string | true>;
}

export function parseArgs(argv: string[], booleanFlags: string[] = []): ParsedArgs {
  const positionals: string[] = [];
  const flags: Record<string, string | true> = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      if (eq > 0) flags[a.slice(2, eq)] = a.slice(eq + 1);
      else {
        const name = a.slice(2);
        const next = argv[i + 1];
        if (booleanFlags.includes(name) || next === undefined || next.startsWith('--')) flags[name] = true;
        else flags[name] = argv[++i];
      }
    } else positionals.push(a);
  }
  return { positionals, flags };
}

export function flagString(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags[name];
  return typeof v === 'string' ? v : undefined;
}

/**
 * The value of --format, one of `allowed` (the first is the default); undefined after writing a
 * Chinese message to stderr when it is none of them (a typo is not read as the default).
 */
export function formatFlag<T extends string>(args: ParsedArgs, allowed: readonly T[]): T | undefined {
  const v = args.flags.format;
  if (v === undefined) return allowed[0];
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  process.stderr.write(`未知的输出格式“${v === true ? '' : v}”：可选 ${allowed.join('、')}\n`);
  return undefined;
}
