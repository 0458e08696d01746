import type ExcelJS from 'exceljs';

/** How every note the tool writes begins; what tells its notes (and parts of notes) from the user's. */
export const OUR_MARK = '【决算助手】';

type Note = string | ExcelJS.Comment;

/** A text without its paragraphs that begin with our mark (each of ours is one such paragraph). */
function withoutOurParagraphs(text: string): string {
  return text
    .split('\n\n')
    .filter((p) => !p.startsWith(OUR_MARK))
    .join('\n\n');
}

/** The user's part of a note: ours (from an earlier run over this copy) taken out; undefined when nothing is left. */
export function usersPart(note: Note | undefined): Note | undefined {
  if (!note) return undefined;
  if (typeof note === 'string') return withoutOurParagraphs(note).trimEnd() || undefined;
  const texts = (note.texts ?? []).map((r) => ({ ...r, text: withoutOurParagraphs(r.text) })).filter((r) => r.text !== '');
  const last = texts[texts.length - 1];
  if (last) last.text = last.text.trimEnd();
  return texts.some((r) => r.text.trim()) ? { ...note, texts } : undefined;
}

/** The user's note with ours after it, their formatting kept. */
export function withOurs(users: Note | undefined, ours: string): Note {
  if (!users) return ours;
  if (typeof users === 'string') return `${users}\n\n${ours}`;
  return { ...users, texts: [...(users.texts ?? []), { text: `\n\n${ours}` } as ExcelJS.RichText] };
}

/**
 * ExcelJS has no call to remove a note: a cell keeps it in _comment, and a cell read from a file also in
 * its value's model, which is what gets written.
 */
function dropNote(cell: ExcelJS.Cell): void {
  const inner = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  delete inner._comment;
  if (inner._value?.model) delete inner._value.model.comment;
}

/** Every note our earlier run wrote, taken out of the workbook (an annotated copy checked again): the user's text stays. */
export function removeOurNotes(wb: ExcelJS.Workbook): void {
  wb.eachSheet((ws) =>
    ws.eachRow({ includeEmpty: true }, (row) =>
      row.eachCell({ includeEmpty: true }, (cell) => {
        const note = cell.note as Note | undefined;
        if (!note) return;
        const kept = usersPart(note);
        if (kept === note) return;
        if (kept) cell.note = kept;
        else dropNote(cell);
      }),
    ),
  );
}
