/** The dialog page: the result text and a 关闭 button that tells the command to close the dialog. */
export function renderNotice(text: string): void {
  const root = document.getElementById('notice') ?? document.body;
  root.textContent = '';
  const title = document.createElement('h1');
  title.textContent = '决算助手';
  const body = document.createElement('p');
  body.style.whiteSpace = 'pre-line';
  body.textContent = text;
  const close = document.createElement('button');
  close.type = 'button';
  close.textContent = '关闭';
  close.addEventListener('click', () => Office.context.ui.messageParent('close'));
  root.append(title, body, close);
  close.focus();
}
