import { makeStyles, tokens } from '@fluentui/react-components';
import type { UnrecognizedTable } from '../../core/tables/types';

const useStyles = makeStyles({
  box: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  summary: { cursor: 'pointer', color: tokens.colorPaletteDarkOrangeForeground1 },
  list: { margin: '4px 0 0 0', paddingLeft: '18px' },
});

/** Regions that look like 决算 tables but were not recognised: their rules did not run, so say why. */
export function UnrecognizedNote(props: { items: UnrecognizedTable[] }) {
  const s = useStyles();
  if (props.items.length === 0) return null;
  return (
    <details className={s.box}>
      <summary className={s.summary}>{props.items.length} 处疑似决算表未检查（未能识别、暂不支持或是隐藏的备份副本），原因如下</summary>
      <ul className={s.list}>
        {props.items.map((u, i) => (
          <li key={`${u.sheet}|${u.range ?? i}`}>
            “{u.sheet}”{u.range ? ` ${u.range}` : ''}
            {u.title ? `（${u.title}）` : ''}：{u.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
