import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles } from '@fluentui/react-components';
import type { PaneMessage } from '../state/useChecker';

const useStyles = makeStyles({ list: { display: 'flex', flexDirection: 'column', gap: '6px' } });

/** Errors, refusals and confirmations, in plain Chinese; each can be closed. */
export function MessageArea(props: { messages: PaneMessage[]; onClose: (index: number) => void }) {
  const s = useStyles();
  if (props.messages.length === 0) return null;
  return (
    <div className={s.list} role="region" aria-label="消息">
      {props.messages.map((m, i) => (
        <MessageBar key={`${i}-${m.text}`} intent={m.intent} layout="multiline">
          <MessageBarBody>
            {m.title && <MessageBarTitle>{m.title}</MessageBarTitle>}
            {m.text}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" size="small" aria-label="关闭消息" onClick={() => props.onClose(i)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      ))}
    </div>
  );
}
