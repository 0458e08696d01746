import { Component, type ErrorInfo, type ReactNode } from 'react';

interface State {
  error: Error | null;
}

/** A rendering bug must not leave the officer with a blank pane: say so in Chinese and offer a reload. */
export class ErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { error: null };

  static getDerivedStateFromError(error: Error): State {
    return { error };
  }

  componentDidCatch(error: Error, info: ErrorInfo): void {
    console.error('决算助手任务窗格出错', error, info.componentStack);
  }

  render(): ReactNode {
    if (!this.state.error) return this.props.children;
    return (
      <div role="alert" style={{ padding: 16, fontFamily: 'inherit' }}>
        <p style={{ fontWeight: 600 }}>决算助手遇到意外错误，窗格无法继续显示。</p>
        <p>工作簿没有被改动。请重新打开任务窗格；如反复出现，请把下面的信息告诉技术支持。</p>
        <pre style={{ whiteSpace: 'pre-wrap', fontSize: 12 }}>{this.state.error.message}</pre>
        <button type="button" onClick={() => window.location.reload()}>
          重新加载
        </button>
      </div>
    );
  }
}
