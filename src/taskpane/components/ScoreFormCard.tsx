import { Badge, Button, Text, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import type { AddinCheckResult } from '../../excel';
import type { ScoreReport } from '../../core/scoring/types';
import { formVerdict, scoreLines } from '../model/score-rows';

const useStyles = makeStyles({
  form: {
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: '8px',
  },
  name: { margin: '0 0 4px 0', fontSize: tokens.fontSizeBase300, fontWeight: tokens.fontWeightSemibold, wordBreak: 'break-word' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200, marginTop: '4px' },
  th: { textAlign: 'left', fontWeight: tokens.fontWeightRegular, color: tokens.colorNeutralForeground3, padding: '2px 4px' },
  num: { textAlign: 'right', fontVariantNumeric: 'tabular-nums', padding: '2px 4px' },
  flagged: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
});

/** One 绩效自评 form: reported and recomputed 执行率, 得分, 总分, 等级, with 定位 to each cell. */
export function ScoreFormCard(props: { score: ScoreReport; result: AddinCheckResult; onLocate: (c: { sheet: string; cell: string }) => void }) {
  const s = useStyles();
  const { score } = props;
  const lines = scoreLines(score, props.result.report.findings);
  const verdict = formVerdict(score, lines, props.result.report.findings);
  return (
    <section className={s.form} aria-label={`${score.project} 绩效自评`}>
      <h2 className={s.name}>
        {score.project}{' '}
        <Badge color={verdict.tone} appearance={verdict.tone === 'danger' || verdict.tone === 'warning' ? 'filled' : 'tint'} size="small">
          {verdict.text}
        </Badge>
      </h2>
      <Text className={s.meta}>
        {score.kind === 'dept' ? '部门整体' : '项目支出'} · 工作表“{score.sheet}”
        {score.denominator ? ` · 执行率 = 执行数 ÷ ${score.denominator}` : ''}
      </Text>
      {lines.length === 0 ? (
        <Text as="p" className={s.meta}>
          {score.unfilled ? '表中除名称外尚未填写，无可核对的内容。' : '没有读到填写的执行率、得分或等级，无可核对的内容。'}
        </Text>
      ) : (
        <table className={s.table}>
          <thead>
            <tr>
              <th className={s.th} scope="col">指标</th>
              <th className={mergeClasses(s.th, s.num)} scope="col">表中填报</th>
              <th className={mergeClasses(s.th, s.num)} scope="col">重新计算</th>
              <th className={s.th} scope="col">
                <span style={{ position: 'absolute', left: '-10000px' }}>操作</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {lines.map((l) => (
              <tr key={l.label} className={l.flagged ? s.flagged : undefined}>
                <th className={s.th} scope="row">{l.label}</th>
                <td className={s.num}>{l.reported}</td>
                <td className={s.num}>{l.recomputed}</td>
                <td>
                  {l.cell && (
                    <Button size="small" appearance="transparent" aria-label={`定位 ${score.sheet}!${l.cell}（${l.label}）`} onClick={() => props.onLocate({ sheet: score.sheet, cell: l.cell! })}>
                      定位
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
