import { Button, Spinner, makeStyles } from '@fluentui/react-components';

const useStyles = makeStyles({
  button: { width: '100%', minHeight: '40px', fontSize: '16px' },
});

export function CheckButton(props: { running: boolean; hasResult: boolean; onCheck: () => void }) {
  const styles = useStyles();
  return (
    <Button
      appearance="primary"
      size="large"
      className={styles.button}
      disabled={props.running}
      icon={props.running ? <Spinner size="tiny" appearance="inverted" /> : undefined}
      onClick={props.onCheck}
      aria-describedby="check-progress"
    >
      {props.running ? '正在检查…' : props.hasResult ? '重新检查本工作簿' : '检查本工作簿'}
    </Button>
  );
}
