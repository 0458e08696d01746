import { createRoot } from 'react-dom/client';
import { createAddinApi } from '../excel';
import { App } from './App';

function render(): void {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(<App api={createAddinApi()} />);
}

// Office.onReady resolves once office.js (or the test simulator) is initialised; never render before it.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady(() => render());
} else {
  const root = document.getElementById('root');
  if (root) root.textContent = '未能加载 Office 脚本（office.js）。请在 Excel 中打开决算助手，并确认网络可以访问 Office 加载项服务。';
}
