// User Timing marks along the way from navigation to the first full map ("orbit:" names),
// read by the browser benchmark to say where the time goes. A mark is a few microseconds.
export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(`orbit:${name}`);
}
