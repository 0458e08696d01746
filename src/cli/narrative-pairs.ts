import * as fs from 'fs';
import * as path from 'path';

/** A document a unit keeps beside its workbook: .docx or .txt (or .doc, .wps, .rtf, .odt), not a Word lock file or our own draft. */
export function isDocument(name: string): boolean {
  return /\.(docx?|txt|wps|rtf|odt)$/i.test(name) && !name.startsWith('~$') && !/草稿/.test(name);
}

/**
 * The 说明 beside a workbook: a document named …说明…; failing that, the published package kept whole
 * (…部门决算公开.docx: cover, tables, the 说明, the 绩效自评表), whose sentences are the 说明. A name with
 * 决算 alone is not enough: it could be an audit report.
 */
function narrativeDocuments(names: string[]): string[] {
  const documents = names.filter(isDocument).sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const named = documents.filter((n) => /说明/.test(n));
  return named.length ? named : documents.filter((n) => /决算(信息)?公开/.test(n));
}

export interface NarrativePairs {
  /** Workbook → the 说明 document beside it. */
  pairs: Map<string, string>;
  /** Folders whose 说明 documents could not be told apart, in Chinese. */
  notes: string[];
}

/**
 * In a batch of folders (one per unit), the 说明 each unit keeps beside its workbook: paired when its
 * folder holds exactly one workbook of the batch and one 说明 document (or, with none, one whole
 * 决算公开 package); otherwise said, not guessed.
 */
export function pairNarratives(workbooks: string[]): NarrativePairs {
  const byFolder = new Map<string, string[]>();
  for (const w of workbooks) {
    const dir = path.dirname(path.resolve(w));
    byFolder.set(dir, [...(byFolder.get(dir) ?? []), w]);
  }
  const pairs = new Map<string, string>();
  const notes: string[] = [];
  for (const [dir, books] of byFolder) {
    const docs = narrativeDocuments(fs.readdirSync(dir));
    if (!docs.length) continue;
    if (books.length === 1 && docs.length === 1) pairs.set(books[0], path.join(dir, docs[0]));
    else {
      const which = books.length > 1 ? `${books.length} 个工作簿` : `“${path.basename(books[0])}”`;
      notes.push(`“${dir}”中有 ${docs.length} 个说明文件（${docs.join('、')}）和 ${which}，无法确定对应关系，说明未核对；可用 check <工作簿> --text <说明> 单独核对。`);
    }
  }
  return { pairs, notes };
}
