import { Button, makeStyles, tokens } from '@fluentui/react-components';
import type { RelatedCell } from '../../core/findings/finding';

const useStyles = makeStyles({
  box: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer' },
  list: { display: 'flex', flexDirection: 'column', alignItems: 'flex-start', gap: '2px', marginTop: '4px' },
  cell: { minWidth: 0, height: 'auto', padding: '2px 4px', fontWeight: tokens.fontWeightRegular, textAlign: 'left' },
});

/** The cells a total is computed from, each one click away, so the officer can check the sum in Excel. */
export function RelatedCells(props: { related: RelatedCell[]; onLocate: (c: { sheet: string; cell: string }) => void }) {
  const s = useStyles();
  if (props.related.length === 0) return null;
  return (
    <details className={s.box}>
      <summary className={s.summary}>相关单元格（{props.related.length}）</summary>
      <div className={s.list}>
        {props.related.map((r, i) => (
          <Button
            key={`${r.sheet}!${r.cell}#${i}`}
            className={s.cell}
            size="small"
            appearance="transparent"
            aria-label={`${r.role ? `${r.role}：` : ''}${r.sheet}!${r.cell} 定位`}
            onClick={() => props.onLocate(r)}
          >
            {r.role ? `${r.role}：` : ''}
            {r.sheet}!{r.cell}
          </Button>
        ))}
      </div>
    </details>
  );
}
