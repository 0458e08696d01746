import { createRoot } from 'react-dom/client';
import { createAddinApi } from '../excel';
import { App } from './App';
import { ErrorBoundary } from './components/ErrorBoundary';

function show(text: string): void {
  const root = document.getElementById('root');
  if (root) root.textContent = text;
}

function render(): void {
  const container = document.getElementById('root');
  if (!container) return;
  createRoot(container).render(
    <ErrorBoundary>
      <App api={createAddinApi()} />
    </ErrorBoundary>,
  );
}

// Office.onReady resolves once office.js (or the test simulator) is initialised; never render before it.
if (typeof Office !== 'undefined' && typeof Office.onReady === 'function') {
  void Office.onReady((info) => {
    if (info.host && info.host !== Office.HostType.Excel) show('决算助手只能在 Excel 中使用。请在 Excel 中打开决算工作簿后再启动。');
    else render();
  });
} else {
  show('未能加载 Office 脚本（office.js）。请在 Excel 中打开决算助手，并确认网络可以访问 Office 加载项服务。');
}
