import { makeStyles } from '@fluentui/react-components';
import type { ReactNode } from 'react';

const useStyles = makeStyles({ panel: { minWidth: 0 } });

/**
 * A tab's content, mounted the first time the tab is opened and then only hidden, so a filter,
 * a toggle or a drafted 说明 survive switching tabs (and nothing is drafted for a tab never opened).
 */
export function TabPanel(props: { id: string; active: boolean; visited: boolean; children: ReactNode }) {
  const s = useStyles();
  if (!props.visited) return null;
  return (
    <section className={s.panel} id={`panel-${props.id}`} role="tabpanel" aria-labelledby={`tab-${props.id}`} hidden={!props.active}>
      {props.children}
    </section>
  );
}
