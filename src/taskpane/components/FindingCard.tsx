import { Badge, Button, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import type { Finding, Reveal } from '../../core/findings/finding';
import { fixLabel } from '../model/fix-label';
import type { Dismissal } from '../state/useChecker';
import { FixMenu } from './FixMenu';
import { RelatedCells } from './RelatedCells';
import { SEVERITY } from './severity';

const useStyles = makeStyles({
  card: {
    listStyleType: 'none',
    padding: '8px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
  },
  muted: { backgroundColor: tokens.colorNeutralBackground3 },
  head: { display: 'flex', alignItems: 'center', gap: '6px', flexWrap: 'wrap', fontSize: tokens.fontSizeBase200 },
  where: { color: tokens.colorNeutralForeground3 },
  message: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, wordBreak: 'break-word' },
  numbers: {
    display: 'grid',
    gridTemplateColumns: 'repeat(3, 1fr)',
    gap: '4px',
    margin: 0,
    fontSize: tokens.fontSizeBase200,
  },
  number: { display: 'flex', flexDirection: 'column' },
  term: { color: tokens.colorNeutralForeground3 },
  value: { margin: 0, fontVariantNumeric: 'tabular-nums', fontWeight: tokens.fontWeightSemibold },
  reason: { margin: 0, fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', gap: '6px', flexWrap: 'wrap' },
});

export interface FindingCardProps {
  finding: Finding;
  dismissal?: Dismissal;
  fixed: boolean;
  busy: boolean;
  /** 定位; a card passes its finding (its reveal lets the notice point to 取消隐藏). */
  onLocate: (c: Pick<Finding, 'sheet' | 'cell' | 'reveal'>) => void;
  onFix: (f: Finding, mode: 'value' | 'formula') => void;
  /** 取消隐藏: for findings about hidden rows, columns or sheets. */
  onReveal: (f: Finding) => void;
  onDismiss: (f: Finding) => void;
}

/** What 取消隐藏 shows, for screen readers: '公开03表 第 16 行'. */
function revealWords(r: Reveal): string {
  if (r.wholeSheet) return `工作表“${r.sheet}”`;
  const lines = [...(r.rows ?? []).map((n) => `第 ${n} 行`), ...(r.cols ?? []).map((c) => `${c} 列`)];
  return `${r.sheet} ${lines.join('、')}`;
}

/** One finding: what is wrong in words, the numbers, and what the officer can do about it. */
export function FindingCard(props: FindingCardProps) {
  const s = useStyles();
  const { finding: f } = props;
  const sev = SEVERITY[f.severity];
  const numbers = [
    { term: '应为', value: f.expected },
    { term: '实为', value: f.actual },
    { term: '差额', value: f.difference },
  ].filter((n) => n.value !== undefined && n.value !== '');
  return (
    <li
      className={mergeClasses(s.card, props.dismissal && s.muted)}
      data-finding-key={f.key}
      data-severity={f.severity}
      aria-label={`${sev.label}：${f.message}`}
    >
      <div className={s.head}>
        <Badge appearance="filled" color={sev.color} size="small">
          {sev.label}
        </Badge>
        <span className={s.where}>
          {f.sheet}!{f.cell}
        </span>
        <span className={s.where}>规则 {f.rule}</span>
        {props.fixed && (
          <Badge appearance="tint" color="success" size="small">
            {f.reveal ? '已取消隐藏' : '已修正'}
          </Badge>
        )}
        {props.dismissal && (
          <Badge appearance="tint" color="subtle" size="small">
            已忽略
          </Badge>
        )}
      </div>
      <p className={s.message} data-role="message">
        {f.message}
      </p>
      {numbers.length > 0 && (
        <dl className={s.numbers}>
          {numbers.map((n) => (
            <div key={n.term} className={s.number}>
              <dt className={s.term}>{n.term}</dt>
              <dd className={s.value}>{n.value}</dd>
            </div>
          ))}
        </dl>
      )}
      <RelatedCells related={f.related} onLocate={props.onLocate} />
      {props.dismissal && <p className={s.reason}>忽略说明：{props.dismissal.reason}</p>}
      <div className={s.actions}>
        <Button size="small" onClick={() => props.onLocate(f)} aria-label={`定位 ${f.sheet}!${f.cell}`}>
          定位
        </Button>
        {f.fix && !props.fixed && (
          <FixMenu
            label="修正"
            hasFormula={Boolean(f.fix.formula)}
            disabled={props.busy}
            ariaLabel={fixLabel(f.fix)}
            onFix={(mode) => props.onFix(f, mode)}
          />
        )}
        {f.reveal && !props.fixed && (
          <Button size="small" disabled={props.busy} aria-label={`取消隐藏 ${revealWords(f.reveal)}`} onClick={() => props.onReveal(f)}>
            取消隐藏
          </Button>
        )}
        {!props.dismissal && (
          <Button size="small" appearance="subtle" disabled={props.busy} onClick={() => props.onDismiss(f)}>
            忽略并说明
          </Button>
        )}
      </div>
    </li>
  );
}
