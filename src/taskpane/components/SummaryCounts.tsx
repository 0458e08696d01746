import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Severity, Summary } from '../../core/findings/finding';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px' },
  item: {
    flex: '1 1 0',
    textAlign: 'center',
    padding: '6px 2px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
    fontFamily: 'inherit',
    fontSize: tokens.fontSizeBase300,
    cursor: 'pointer',
    ':hover': { backgroundColor: tokens.colorNeutralBackground1Hover },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '1px' },
  },
  pressed: { border: `2px solid ${tokens.colorBrandStroke1}`, backgroundColor: tokens.colorBrandBackground2 },
  count: { display: 'block', fontSize: '20px', fontWeight: tokens.fontWeightSemibold, lineHeight: '26px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

/**
 * 错误 / 警告 / 提示 counts of the findings still open (dismissed ones are not counted). Each is a
 * toggle that shows only that severity, for workbooks with many 提示.
 */
export function SummaryCounts(props: { summary: Summary; filter: Severity | null; onFilter: (s: Severity | null) => void }) {
  const s = useStyles();
  const { summary } = props;
  const items: { severity: Severity; label: string; n: number; cls: string }[] = [
    { severity: 'error', label: '错误', n: summary.errors, cls: s.error },
    { severity: 'warning', label: '警告', n: summary.warnings, cls: s.warning },
    { severity: 'info', label: '提示', n: summary.infos, cls: s.info },
  ];
  return (
    <div className={s.row} role="group" aria-label="检查结果统计（点击只看该类问题）">
      {items.map((it) => {
        const pressed = props.filter === it.severity;
        return (
          <button
            key={it.label}
            type="button"
            className={mergeClasses(s.item, pressed && s.pressed)}
            data-count={it.label}
            aria-pressed={pressed}
            title={pressed ? '显示全部问题' : `只看${it.label}`}
            onClick={() => props.onFilter(pressed ? null : it.severity)}
          >
            <span className={mergeClasses(s.count, it.cls)}>{it.n}</span>
            <span>{it.label}</span>
          </button>
        );
      })}
    </div>
  );
}
