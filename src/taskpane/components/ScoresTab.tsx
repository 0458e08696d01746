import { Text, makeStyles, tokens } from '@fluentui/react-components';
import type { AddinCheckResult } from '../../excel';
import { ScoreFormCard } from './ScoreFormCard';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '10px' },
  empty: { color: tokens.colorNeutralForeground2 },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** 绩效自评: each form's scores as printed next to the scores recomputed by the chosen profile. */
export function ScoresTab(props: { result: AddinCheckResult | null; onLocate: (c: { sheet: string; cell: string }) => void }) {
  const s = useStyles();
  if (!props.result) return <Text className={s.empty}>请先「检查本工作簿」。绩效自评表的得分会在这里与重新计算的结果对照。</Text>;
  const { scores, scoreProfile } = props.result.report;
  if (scores.length === 0) {
    return <Text className={s.empty}>本工作簿中没有识别到绩效自评表（项目支出绩效自评表 / 部门整体支出绩效自评表）。</Text>;
  }
  return (
    <div className={s.column}>
      <Text className={s.meta}>
        评分口径：{scoreProfile.name}
        {scoreProfile.suggested !== scoreProfile.name ? `（表式建议：${scoreProfile.suggested}）` : ''}。{scoreProfile.reason}。可在「设置」中更改。
      </Text>
      {scores.map((score) => (
        <ScoreFormCard key={`${score.sheet}|${score.project}`} score={score} result={props.result!} onLocate={props.onLocate} />
      ))}
    </div>
  );
}
