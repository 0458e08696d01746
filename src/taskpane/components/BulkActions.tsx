import { Button, makeStyles } from '@fluentui/react-components';
import { FixMenu } from './FixMenu';

const useStyles = makeStyles({ row: { display: 'flex', gap: '6px', flexWrap: 'wrap' } });

/** 全部修正 / 全部取消隐藏 / 撤销修正 / 清除标注 — whole-workbook actions. */
export function BulkActions(props: {
  fixableCount: number;
  anyFormula: boolean;
  /** Findings about hidden lines or sheets not shown yet; the button appears only when there are several. */
  revealableCount: number;
  busy: boolean;
  onFixAll: (mode: 'value' | 'formula') => void;
  onRevealAll: () => void;
  onUndo: () => void;
  onClear: () => void;
}) {
  const s = useStyles();
  return (
    <div className={s.row} role="toolbar" aria-label="批量操作">
      <FixMenu
        label={`全部修正（${props.fixableCount}）`}
        hasFormula={props.anyFormula}
        disabled={props.busy || props.fixableCount === 0}
        ariaLabel={`全部修正错误和警告，共 ${props.fixableCount} 处`}
        appearance="primary"
        onFix={props.onFixAll}
      />
      {props.revealableCount > 1 && (
        <Button size="small" disabled={props.busy} onClick={props.onRevealAll} aria-label={`全部取消隐藏，共 ${props.revealableCount} 处`}>
          全部取消隐藏（{props.revealableCount}）
        </Button>
      )}
      <Button size="small" disabled={props.busy} onClick={props.onUndo}>
        撤销修正
      </Button>
      <Button size="small" disabled={props.busy} onClick={props.onClear}>
        清除标注
      </Button>
    </div>
  );
}
