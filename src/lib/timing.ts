// User Timing marks along the way from navigation to the first full map ("orbit:" names),
// read by the browser benchmark to say where the time goes. A mark is a few microseconds.
// And work put off until the page is idle.
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`orbit:${name}`);
}

/**
 * Run `task` when the page is next idle (at the latest after `timeoutMs`; null: whenever), or
 * after this task where there is no idle callback (Node). Returns a cancel.
 */
export function whenIdle(timeoutMs: number | null, task: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(() => task(), timeoutMs === null ? undefined : { timeout: timeoutMs });
    return () => cancelIdleCallback(handle);
  }
  const timer = setTimeout(task, 0);
  return () => clearTimeout(timer);
}
