/**
 * Excel.run for office-addin-mock, which has none of its own: runs the batch on the mock's
 * context and reports every context.sync() the adapter makes, so tests can count them.
 */
/* eslint-disable @typescript-eslint/no-explicit-any -- office-addin-mock objects are untyped */
export function countingRun(onSync: () => void) {
  return async function (this: any, batch: (context: any) => Promise<unknown>): Promise<unknown> {
    const context = this.context;
    const sync = context.sync.bind(context);
    context.sync = async () => {
      onSync();
      await sync();
    };
    return batch(context);
  };
}
