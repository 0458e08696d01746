import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, makeStyles, tokens, mergeClasses } from '@fluentui/react-components';
import type { PaneMessage } from '../state/useChecker';

const useStyles = makeStyles({
  // Sticky: the answer to 修正 on a card far down the list must be seen where the officer is.
  list: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    display: 'flex',
    flexDirection: 'column',
    gap: '6px',
    maxHeight: '40vh',
    overflowY: 'auto',
    backgroundColor: tokens.colorNeutralBackground1,
    padding: '4px 0',
  },
  idle: { padding: 0 },
});

/** Errors, refusals and confirmations, in plain Chinese; each can be closed. */
export function MessageArea(props: { messages: PaneMessage[]; onClose: (index: number) => void }) {
  const s = useStyles();
  return (
    <div className={mergeClasses(s.list, props.messages.length === 0 && s.idle)} role="region" aria-label="消息" aria-live="polite">
      {props.messages.map((m, i) => (
        <MessageBar key={`${i}-${m.text}`} intent={m.intent} layout="multiline">
          <MessageBarBody>
            {m.title && <MessageBarTitle>{m.title}</MessageBarTitle>}
            {m.text}
          </MessageBarBody>
          {/* Below the text rather than beside it: at 320 px a side column leaves the text too narrow. */}
          <MessageBarActions>
            <Button appearance="transparent" size="small" aria-label={`关闭消息：${m.title ?? m.text.slice(0, 12)}`} onClick={() => props.onClose(i)}>
              关闭
            </Button>
          </MessageBarActions>
        </MessageBar>
      ))}
    </div>
  );
}
