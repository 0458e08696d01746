import { chineseError } from './errors';
import type { Host } from './session';
import type { SyncCounter } from './sync-counter';

/** Excel refused to group a batch's writes into one undo step (it cannot for some operations): run it again ungrouped. */
function undoGroupRefused(host: Host, undoGroup: boolean, e: unknown): boolean {
  return undoGroup && host.caps().undoGroup && (e as { code?: string })?.code === 'UndoNotSupported';
}

/** How the writing sync of a journaled change (修正, 取消隐藏) ended. */
export type JournaledSync = 'written' | 'retry-ungrouped' | 'refused';

/**
 * Runs the sync that writes a journaled change. If Excel fails it, the change is put back first; then either the
 * caller runs it again without an undo group (Excel refused to group it) or every item is refused with the reason.
 */
export async function syncJournaled(
  context: Excel.RequestContext,
  counter: SyncCounter,
  change: {
    host: Host;
    undoGroup: boolean;
    /** '写入修正', '取消隐藏': names the failure. */
    action: string;
    /** '已恢复原值', '已恢复原状': what putBack did, in the refusal. */
    putBackWords: string;
    putBack: () => Promise<void>;
    refuse: (reason: string) => void;
  },
): Promise<JournaledSync> {
  try {
    await counter.sync(context);
    return 'written';
  } catch (e) {
    await change.putBack();
    if (undoGroupRefused(change.host, change.undoGroup, e)) return 'retry-ungrouped';
    change.refuse(`${chineseError(change.action, e)} ${change.putBackWords}，未作任何修改。`);
    return 'refused';
  }
}
