// A time limit on one storage call: an AbortSignal that fires after `ms`, and for reads that come
// page by page, again after `ms` without a page (a long listing is fine; a silent service is not).
export interface Deadline {
  signal: AbortSignal;
  /** Another `ms` from now (a page arrived). */
  extend(): void;
  /** Whether the limit fired (rather than the call failing by itself). */
  expired(): boolean;
  clear(): void;
}

export function deadline(ms: number): Deadline {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const arm = () => {
    clearTimeout(timer);
    timer = setTimeout(() => controller.abort(new Error(`no answer in ${ms} ms`)), ms);
    timer.unref();
  };
  arm();
  return {
    signal: controller.signal,
    extend: arm,
    expired: () => controller.signal.aborted,
    clear: () => clearTimeout(timer),
  };
}
