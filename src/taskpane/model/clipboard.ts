/**
 * Puts the 决算说明 on the clipboard as HTML (so Word keeps headings and tables) and plain text.
 * Must be called synchronously from the click handler: the async Clipboard API needs the user
 * gesture, and the execCommand fallback only works inside it.
 */
export type CopyMethod = 'clipboard-api' | 'exec-command';

export async function copyRichText(html: string, text: string): Promise<CopyMethod> {
  const clip = typeof navigator !== 'undefined' ? navigator.clipboard : undefined;
  if (clip && typeof clip.write === 'function' && typeof ClipboardItem !== 'undefined') {
    // Build the item before any await so the gesture is still active.
    const item = new ClipboardItem({
      'text/html': new Blob([html], { type: 'text/html' }),
      'text/plain': new Blob([text], { type: 'text/plain' }),
    });
    const written = clip.write([item]).then(
      () => true,
      () => false,
    );
    if (await written) return 'clipboard-api';
  }
  if (copyWithExecCommand(html, text)) return 'exec-command';
  throw new Error('浏览器不允许写入剪贴板。请在预览中全选（Ctrl+A）后按 Ctrl+C 复制。');
}

/** Selects a hidden rich element and copies it; the copy event sets both flavours explicitly. */
export function copyWithExecCommand(html: string, text: string): boolean {
  const holder = document.createElement('div');
  holder.contentEditable = 'true';
  holder.setAttribute('aria-hidden', 'true');
  holder.style.cssText = 'position:fixed;left:-10000px;top:0;width:600px;opacity:0;white-space:normal;';
  holder.innerHTML = html;
  document.body.appendChild(holder);
  const onCopy = (e: ClipboardEvent): void => {
    if (!e.clipboardData) return;
    e.clipboardData.setData('text/html', html);
    e.clipboardData.setData('text/plain', text);
    e.preventDefault();
  };
  document.addEventListener('copy', onCopy);
  const selection = window.getSelection();
  const previous = selection && selection.rangeCount > 0 ? selection.getRangeAt(0) : null;
  try {
    const range = document.createRange();
    range.selectNodeContents(holder);
    selection?.removeAllRanges();
    selection?.addRange(range);
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    document.removeEventListener('copy', onCopy);
    selection?.removeAllRanges();
    if (previous) selection?.addRange(previous);
    holder.remove();
  }
}
