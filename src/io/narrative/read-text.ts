import * as fs from 'fs';
import * as path from 'path';
import type { NarrativeParagraph } from '../../core/narrative/lint/context';
import { paragraphsFromDocument } from './document-text';

/** A 说明 file on disk: .txt (one paragraph per line) or .docx. */
export async function readNarrativeFile(file: string): Promise<NarrativeParagraph[]> {
  return paragraphsFromDocument(path.basename(file), fs.readFileSync(file));
}
