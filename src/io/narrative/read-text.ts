import * as fs from 'fs';
import * as path from 'path';
import type { NarrativeParagraph } from '../../core/narrative/lint/context';
import { OTHER_DOCUMENT, paragraphsFromDocument } from './document-text';
import { convertAheadWithLibreOffice, convertWithLibreOffice, findLibreOffice } from '../libreoffice';

/**
 * A 说明 file on disk: .txt (one paragraph per line) or .docx; a .doc, WPS .wps, .rtf or .odt through the
 * machine's LibreOffice (saved as .docx), else refused with what to do.
 */
export async function readNarrativeFile(file: string): Promise<NarrativeParagraph[]> {
  const name = path.basename(file);
  if (!OTHER_DOCUMENT.test(name)) return paragraphsFromDocument(name, fs.readFileSync(file));
  const soffice = findLibreOffice();
  if (!soffice) throw new Error(`不支持 ${path.extname(name)} 文件，请在 Word 或 WPS 中另存为 .docx 或 .txt（或在本机安装 LibreOffice，决算助手会自动转换）`);
  const docx = await convertWithLibreOffice(file, soffice, 'docx').catch((e: Error) => {
    throw new Error(`${e.message}；请在 Word 或 WPS 中另存为 .docx 或 .txt`);
  });
  return paragraphsFromDocument('converted.docx', fs.readFileSync(docx));
}

/** The 说明s of a batch kept as .doc, .wps, .rtf or .odt, converted in one LibreOffice run (see `convertAheadWithLibreOffice`). */
export async function convertNarrativesAhead(files: string[], onRun?: (done: number, total: number) => void): Promise<void> {
  await convertAheadWithLibreOffice(files.filter((f) => OTHER_DOCUMENT.test(path.basename(f)) && fs.existsSync(f)), 'docx', onRun);
}
