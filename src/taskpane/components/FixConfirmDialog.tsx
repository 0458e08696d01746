import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { FixConfirmation } from '../state/useChecker';
import { problemOf } from '../../core/fix-trial';

/**
 * 修正 of one finding whose correction, tried first, would bring up a new problem: the officer may know
 * that this cell is the wrong one all the same, so it is asked, not refused.
 */
export function FixConfirmDialog(props: { confirm: FixConfirmation | null; onCancel: () => void; onConfirm: (c: FixConfirmation) => void }) {
  const c = props.confirm;
  return (
    <Dialog open={c !== null} onOpenChange={(_, d) => !d.open && props.onCancel()} modalType="modal">
      <DialogSurface aria-describedby="fix-confirm-text" style={{ maxWidth: '300px' }}>
        <DialogBody>
          <DialogTitle>修正后会出现新的问题</DialogTitle>
          <DialogContent>
            <p id="fix-confirm-text" style={{ marginTop: 0 }}>
              把 {c?.cell} 改为 {c?.value} 后：{c && problemOf(c.reason)}。
            </p>
            <p style={{ marginBottom: 0 }}>出错的可能是另一处。只有确认 {c?.cell} 就是出错的那一处时，才选「仍然写入」。</p>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={() => c && props.onConfirm(c)}>
              仍然写入
            </Button>
            <Button appearance="secondary" onClick={props.onCancel}>
              取消
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
