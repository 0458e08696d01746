import { makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import type { Summary } from '../../core/findings/finding';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px' },
  item: {
    flex: '1 1 0',
    textAlign: 'center',
    padding: '6px 2px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  count: { display: 'block', fontSize: '20px', fontWeight: tokens.fontWeightSemibold, lineHeight: '26px' },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

/** 错误 / 警告 / 提示 counts of the findings still open (dismissed ones are not counted). */
export function SummaryCounts(props: { summary: Summary }) {
  const s = useStyles();
  const { summary } = props;
  const items = [
    { label: '错误', n: summary.errors, cls: s.error },
    { label: '警告', n: summary.warnings, cls: s.warning },
    { label: '提示', n: summary.infos, cls: s.info },
  ];
  return (
    <div className={s.row} role="group" aria-label="检查结果统计">
      {items.map((it) => (
        <div key={it.label} className={s.item} data-count={it.label}>
          <span className={mergeClasses(s.count, it.cls)}>{it.n}</span>
          <span>{it.label}</span>
        </div>
      ))}
    </div>
  );
}
