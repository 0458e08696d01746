import { Field, Select, Text, makeStyles, tokens } from '@fluentui/react-components';
import { FAMILY_LABEL, type NarrativeFamily } from '../../core/narrative/model';
import type { PriorYear } from '../model/prior-year';
import type { PaneSettings } from '../model/settings';
import type { PaneMessage } from '../state/useChecker';
import { PriorYearPicker } from './PriorYearPicker';

const useStyles = makeStyles({
  column: { display: 'flex', flexDirection: 'column', gap: '14px', minWidth: 0 },
  // A native select is as wide as its longest option unless told otherwise; the pane is 320 px.
  select: { width: '100%', minWidth: 0, '& select': { width: '100%', minWidth: 0, textOverflow: 'ellipsis' } },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

export interface ProfileOption {
  id: string;
  label: string;
  description?: string;
}

/** 设置: stored in the workbook, so the next check (and a colleague opening the file) uses them. */
export function SettingsTab(props: {
  settings: PaneSettings;
  profiles: ProfileOption[];
  /** What the last check used and suggested (core/scoring). */
  scoreProfile?: { name: string; suggested: string; reason: string };
  onChange: (s: PaneSettings) => void;
  priorYear: PriorYear | null;
  onPriorYear: (p: PriorYear | null) => void;
  say: (m: PaneMessage) => void;
}) {
  const s = useStyles();
  const { settings } = props;
  const suggestion = props.scoreProfile
    ? `表式建议：${props.scoreProfile.suggested}。${props.scoreProfile.reason}`
    : '检查后会按绩效自评表的表式给出建议。';
  return (
    <div className={s.column}>
      <Field label="绩效自评评分口径" hint={suggestion}>
        <Select
          className={s.select}
          value={settings.profile ?? ''}
          onChange={(_, d) => props.onChange({ ...settings, profile: d.value || undefined })}
        >
          <option value="">自动（按表式建议）</option>
          {props.profiles.map((p) => (
            <option key={p.id} value={p.id}>
              {p.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="决算说明格式" hint="按本地区决算公开说明的体例起草。">
        <Select
          className={s.select}
          value={settings.narrativeFamily ?? ''}
          onChange={(_, d) => props.onChange({ ...settings, narrativeFamily: d.value || undefined })}
        >
          <option value="">自动（按识别到的表格体系）</option>
          {(Object.keys(FAMILY_LABEL) as NarrativeFamily[]).map((f) => (
            <option key={f} value={f}>
              {FAMILY_LABEL[f]}
            </option>
          ))}
        </Select>
      </Field>
      <PriorYearPicker
        priorYear={props.priorYear}
        rememberedName={settings.priorYearName}
        onPriorYear={(p) => {
          props.onPriorYear(p);
          props.onChange({ ...settings, priorYearName: p?.name });
        }}
        say={props.say}
      />
      <Text className={s.meta}>设置保存在本工作簿中；修改评分口径后请重新检查。</Text>
    </div>
  );
}
