import { Button, Field, Text, makeStyles, tokens } from '@fluentui/react-components';
import { useRef, useState } from 'react';
import type { PriorYear } from '../model/prior-year';
import { describeError } from '../model/error-message';
import { fileBytes } from '../model/file-bytes';
import type { PaneMessage } from '../state/useChecker';

const useStyles = makeStyles({
  row: { display: 'flex', gap: '6px', alignItems: 'center', flexWrap: 'wrap' },
  hidden: { display: 'none' },
  meta: { color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
});

/** Reads last year's 决算 workbook in the browser (ExcelJS, loaded only when a file is chosen). */
export function PriorYearPicker(props: {
  priorYear: PriorYear | null;
  rememberedName?: string;
  onPriorYear: (p: PriorYear | null) => void;
  say: (m: PaneMessage) => void;
}) {
  const s = useStyles();
  const input = useRef<HTMLInputElement>(null);
  const [loading, setLoading] = useState(false);

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    setLoading(true);
    try {
      const { readWorkbookBuffer } = await import(/* webpackChunkName: "exceljs-reader" */ '../../io/exceljs-reader');
      const workbook = await readWorkbookBuffer(await fileBytes(file), file.name);
      props.onPriorYear({ name: file.name, workbook });
      props.say({ intent: 'success', text: `已读取上年决算：${file.name}（${workbook.sheets.length} 个工作表）。` });
    } catch (e) {
      props.say({ intent: 'error', title: `无法读取 ${file.name}`, text: `${describeError(e)} 请确认是 .xlsx 格式（.xls 请先在 Excel 中另存为 .xlsx）。` });
    } finally {
      setLoading(false);
      if (input.current) input.current.value = '';
    }
  };

  const hint = props.priorYear
    ? `已载入：${props.priorYear.name}`
    : props.rememberedName
      ? `上次使用：${props.rememberedName}（请重新选择该文件）`
      : '未选择。选择后，决算说明会写出与上年相比的增减变化。';
  return (
    <Field label="上年决算工作簿" hint={hint}>
      <div className={s.row}>
        <input
          ref={input}
          className={s.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-label="选择上年决算工作簿文件"
          onChange={(e) => void onFile(e.target.files?.[0])}
        />
        <Button size="small" disabled={loading} onClick={() => input.current?.click()}>
          {loading ? '正在读取…' : '选择文件…'}
        </Button>
        {props.priorYear && (
          <Button size="small" appearance="subtle" onClick={() => props.onPriorYear(null)}>
            移除
          </Button>
        )}
        {loading && <Text className={s.meta}>正在解析工作簿</Text>}
      </div>
    </Field>
  );
}
