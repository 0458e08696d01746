/** Counts the round trips to Excel: tests and `npm run bench` report them (a full check must stay ≤ 3). */
export class SyncCounter {
  count = 0;

  async sync(context: Excel.RequestContext): Promise<void> {
    this.count++;
    await context.sync();
  }
}
