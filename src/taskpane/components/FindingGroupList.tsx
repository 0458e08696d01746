import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, makeStyles } from '@fluentui/react-components';
import type { Finding } from '../../core/findings/finding';
import type { FindingGroup } from '../model/group-findings';
import type { Dismissal } from '../state/useChecker';
import { FindingCard } from './FindingCard';

const useStyles = makeStyles({
  list: { margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: '6px' },
  heading: { display: 'flex', alignItems: 'center', gap: '6px', width: '100%' },
  title: { flex: '1 1 auto', textAlign: 'left' },
  panel: { margin: '0 0 8px 0' },
});

export interface FindingGroupListProps {
  groups: FindingGroup[];
  dismissed: Map<string, Dismissal>;
  fixed: Set<string>;
  busy: boolean;
  /** 定位; a card passes its finding (its reveal lets the notice point to 取消隐藏). */
  onLocate: (c: Pick<Finding, 'sheet' | 'cell' | 'reveal'>) => void;
  onFix: (f: Finding, mode: 'value' | 'formula') => void;
  onReveal: (f: Finding) => void;
  onDismiss: (f: Finding) => void;
}

/** Findings grouped by table, each group a collapsible section (all open at first). */
export function FindingGroupList(props: FindingGroupListProps) {
  const s = useStyles();
  return (
    <Accordion multiple collapsible defaultOpenItems={props.groups.map((g) => g.id || '其他')}>
      {props.groups.map((g) => (
        <AccordionItem key={g.id || '其他'} value={g.id || '其他'} data-table={g.table}>
          <AccordionHeader as="h2" size="small" expandIconPosition="end">
            <span className={s.heading}>
              <span className={s.title}>{g.heading}</span>
              <CounterBadge count={g.findings.length} appearance="ghost" color="informative" size="small" />
            </span>
          </AccordionHeader>
          <AccordionPanel className={s.panel}>
            <ul className={s.list} aria-label={`${g.heading} 的问题`}>
              {g.findings.map((f, i) => (
                <FindingCard
                  key={`${f.key}#${i}`}
                  finding={f}
                  dismissal={props.dismissed.get(f.key)}
                  fixed={props.fixed.has(f.key)}
                  busy={props.busy}
                  onLocate={props.onLocate}
                  onFix={props.onFix}
                  onReveal={props.onReveal}
                  onDismiss={props.onDismiss}
                />
              ))}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
