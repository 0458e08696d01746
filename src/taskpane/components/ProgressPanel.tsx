import { Field, ProgressBar } from '@fluentui/react-components';

/** The current step of the check ('读取工作表', '识别决算表', …) as reported through onProgress. */
export function ProgressPanel(props: { progress: { step: string; fraction: number } | null; running: boolean }) {
  const { progress } = props;
  if (!progress) return <div id="check-progress" aria-live="polite" />;
  const percent = Math.round(Math.min(1, Math.max(0, progress.fraction)) * 100);
  return (
    <div id="check-progress" aria-live="polite">
      <Field
        validationMessage={`${progress.step}${props.running ? `（${percent}%）` : ''}`}
        validationState="none"
        label={props.running ? '检查进度' : undefined}
      >
        <ProgressBar value={progress.fraction} max={1} thickness="large" aria-label={`检查进度：${progress.step}`} />
      </Field>
    </div>
  );
}
