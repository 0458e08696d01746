/** The words around a finding's span, with the span apart: the 原文 line of the CLI and the task pane. */
export interface SpanExcerpt {
  before: string;
  marked: string;
  after: string;
}

export function spanExcerpt(text: string, span: { start: number; end: number }, around = 24): SpanExcerpt {
  const from = Math.max(0, span.start - around);
  const to = Math.min(text.length, span.end + around);
  return {
    before: `${from > 0 ? '…' : ''}${text.slice(from, span.start)}`,
    marked: text.slice(span.start, span.end),
    after: `${text.slice(span.end, to)}${to < text.length ? '…' : ''}`,
  };
}
