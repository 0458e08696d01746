import { parseRangeA1, a1, qualified } from '../core/model/address';
import { MARK, isOwnMark } from './own-sheets';
import { type MarkTarget, markText } from './marks';

/** A threaded comment already in the workbook, the user's or the add-in's. */
export interface ExistingComment {
  proxy: Excel.Comment;
  sheet: string;
  cell: string;
  own: boolean;
  /** The add-in's replies on a user's comment (ids), and whether anyone else replied. */
  ownReplies: string[];
  foreignReplies: number;
}

/** Sync 1 part: the comment threads (content only: authors are not trusted, the mark is). */
export function queueCommentList(context: Excel.RequestContext): Excel.CommentCollection {
  const comments = context.workbook.comments;
  comments.load('items/id,items/content');
  return comments;
}

/** Sync 2 part: where each comment sits and its replies (needs the items from sync 1). */
export function queueCommentDetails(comments: Excel.CommentCollection): () => ExistingComment[] {
  const details = comments.items.map((c) => {
    const at = c.getLocation();
    at.load('address');
    c.replies.load('items/id,items/content');
    return { c, at };
  });
  return () =>
    details.map(({ c, at }) => {
      const bang = at.address.lastIndexOf('!');
      const sheet = unquote(at.address.slice(0, bang));
      const r = parseRangeA1(at.address.slice(bang + 1));
      const replies = c.replies.items;
      return {
        proxy: c,
        sheet,
        cell: a1(r.top, r.left),
        own: isOwnMark(c.content),
        ownReplies: replies.filter((x) => isOwnMark(x.content)).map((x) => x.id),
        foreignReplies: replies.filter((x) => !isOwnMark(x.content)).length,
      };
    });
}

function unquote(name: string): string {
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/**
 * Sync 3 part: replaces the add-in's own marks with new ones. A user's comment is never edited or
 * deleted: a finding on such a cell becomes a reply in that thread. An own comment that the user has
 * replied to is updated in place so the user's replies survive.
 * Returns how many old marks were removed.
 */
export function queueCommentMarks(
  context: Excel.RequestContext,
  existing: ExistingComment[],
  targets: MarkTarget[],
  canResolve: boolean,
): number {
  const byCell = new Map(existing.map((e) => [`${e.sheet}!${e.cell}`, e]));
  const wanted = new Map(targets.map((t) => [`${t.sheet}!${t.cell}`, t]));
  let removed = 0;
  for (const e of existing) {
    const id = `${e.sheet}!${e.cell}`;
    for (const replyId of e.ownReplies) {
      e.proxy.replies.getItem(replyId).delete();
      removed++;
    }
    if (!e.own) continue;
    if (e.foreignReplies > 0) {
      // Updated below when still wanted; otherwise kept (the replies are the user's) and marked settled.
      if (!wanted.has(id)) settle(e, canResolve);
      continue;
    }
    e.proxy.delete();
    removed++;
  }
  for (const t of targets) {
    const id = `${t.sheet}!${t.cell}`;
    const text = markText(t.findings);
    const there = byCell.get(id);
    if (there && there.own && there.foreignReplies > 0) {
      there.proxy.content = text;
      if (canResolve) there.proxy.resolved = false; // the problem is back
    }
    else if (there && !there.own) there.proxy.replies.add(text);
    else context.workbook.comments.add(qualified(t.sheet, t.cell), text);
  }
  return removed;
}

export const SETTLED_TEXT = `${MARK}本次检查已不再发现这里的问题。保留此批注是因为其中有您的回复，可以自行删除。`;

/** An own thread the user replied to is never deleted: its text says the problem is gone (resolved from ExcelApi 1.11). */
function settle(e: ExistingComment, canResolve: boolean): void {
  e.proxy.content = SETTLED_TEXT;
  if (canResolve) e.proxy.resolved = true;
}

/** 清除标注 in comments mode: deletes only the add-in's threads and replies; threads with user replies are settled. */
export function queueCommentClear(existing: ExistingComment[], canResolve: boolean): number {
  let removed = 0;
  for (const e of existing) {
    for (const replyId of e.ownReplies) {
      e.proxy.replies.getItem(replyId).delete();
      removed++;
    }
    if (!e.own) continue;
    if (e.foreignReplies > 0) {
      settle(e, canResolve);
      continue;
    }
    e.proxy.delete();
    removed++;
  }
  return removed;
}
