import JSZip from 'jszip';

/** The parts of an .xlsx package the tool reads or rewrites around ExcelJS: found by the package's own links. */
export interface SheetPart {
  name: string;
  /** e.g. xl/worksheets/sheet3.xml */
  part: string;
}

export function unescapeXml(s: string): string {
  return s.replace(/&(lt|gt|quot|apos|amp|#x[0-9a-fA-F]+|#\d+);/g, (_, e: string) => {
    if (e[0] === '#') return String.fromCodePoint(e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1)));
    return { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' }[e]!;
  });
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}\\s*=\\s*("([^"]*)"|'([^']*)')`).exec(tag);
  return m ? unescapeXml(m[2] ?? m[3]) : undefined;
}

/** A part's path from a relationship's target, relative to the part holding the relationship. */
function resolvePart(from: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = from.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

export function relsPartOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i)}/_rels/${part.slice(i + 1)}.rels`;
}

export interface Relationship {
  id: string;
  type: string;
  /** The part it points to, or the raw target of an external one. */
  target: string;
  external: boolean;
}

export async function relationshipsOf(zip: JSZip, part: string): Promise<Relationship[]> {
  const xml = await zip.file(relsPartOf(part))?.async('string');
  if (!xml) return [];
  return [...xml.matchAll(/<Relationship\b[^>]*>/g)].map(([tag]) => {
    const external = attr(tag, 'TargetMode') === 'External';
    const target = attr(tag, 'Target') ?? '';
    return { id: attr(tag, 'Id') ?? '', type: attr(tag, 'Type') ?? '', target: external ? target : resolvePart(part, target), external };
  });
}

/** The workbook's sheets in order, each with its part. */
export async function sheetParts(zip: JSZip): Promise<SheetPart[]> {
  const workbook = 'xl/workbook.xml';
  const xml = (await zip.file(workbook)?.async('string')) ?? '';
  const rels = new Map((await relationshipsOf(zip, workbook)).map((r) => [r.id, r.target]));
  const out: SheetPart[] = [];
  for (const [tag] of xml.matchAll(/<(?:\w+:)?sheet\b[^>]*>/g)) {
    const id = /\s\w+:id\s*=\s*"([^"]*)"/.exec(tag)?.[1];
    const part = id && rels.get(id);
    const name = attr(tag, 'name');
    if (part && name !== undefined) out.push({ name, part });
  }
  return out;
}
