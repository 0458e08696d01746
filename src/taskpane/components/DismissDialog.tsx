import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Textarea,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { Finding } from '../../core/findings/finding';

/** 忽略并说明: the explanation is required, as the 决算 software asks for 提示性 findings. */
export function DismissDialog(props: { finding: Finding | null; onCancel: () => void; onConfirm: (reason: string) => void }) {
  const [reason, setReason] = useState('');
  const [touched, setTouched] = useState(false);
  const open = props.finding !== null;
  const empty = reason.trim().length === 0;
  const close = () => {
    setReason('');
    setTouched(false);
    props.onCancel();
  };
  const confirm = () => {
    setTouched(true);
    if (empty) return;
    props.onConfirm(reason.trim());
    setReason('');
    setTouched(false);
  };
  return (
    <Dialog open={open} onOpenChange={(_, d) => !d.open && close()} modalType="modal">
      <DialogSurface aria-describedby="dismiss-finding-text" style={{ maxWidth: '300px' }}>
        <DialogBody>
          <DialogTitle>忽略并说明</DialogTitle>
          <DialogContent>
            <p id="dismiss-finding-text" style={{ marginTop: 0 }}>
              {props.finding?.message}
            </p>
            <Field
              label="情况说明（保存在工作簿中，以后检查不再提示）"
              required
              validationState={touched && empty ? 'error' : 'none'}
              validationMessage={touched && empty ? '请填写说明，例如：与财政批复一致，属系统取数口径差异。' : undefined}
            >
              <Textarea value={reason} onChange={(_, d) => setReason(d.value)} resize="vertical" rows={3} />
            </Field>
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={confirm}>
              确认忽略
            </Button>
            <Button appearance="secondary" onClick={close}>
              取消
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
