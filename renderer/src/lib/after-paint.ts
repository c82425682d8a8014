/**
 * Runs `fn` once the next frame has been painted: work that can wait a frame (a focus that would
 * force a layout mid-mount, drawings that take longer to build than the rest of the view) stays out
 * of the view's first paint. A task queued from the frame's rendering steps (its
 * requestAnimationFrame callbacks, or its ResizeObserver callbacks after layout) runs after that
 * frame has been painted. Both are watched: a ResizeObserver still reports when timers and
 * requestAnimationFrame are faked and paused (Playwright's page clock), and jsdom has only the
 * latter. Returns a cancel function (for a component's teardown).
 */
export function afterNextPaint(fn: () => void): () => void {
  let queued = false;
  let cancelled = false;
  let frame: number | undefined;
  let observer: ResizeObserver | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const stopWatching = () => {
    if (frame !== undefined) cancelAnimationFrame(frame);
    observer?.disconnect();
    if (timer !== undefined) clearTimeout(timer);
  };
  const rendered = () => {
    if (queued) return;
    queued = true;
    stopWatching();
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      if (!cancelled) fn();
    };
    channel.port2.postMessage(null);
  };
  if (typeof requestAnimationFrame === 'function') frame = requestAnimationFrame(rendered);
  if (typeof ResizeObserver === 'function' && typeof document !== 'undefined') {
    observer = new ResizeObserver(rendered);
    observer.observe(document.documentElement);
  }
  if (frame === undefined && observer === undefined) timer = setTimeout(rendered, 0);
  return () => {
    cancelled = true;
    stopWatching();
  };
}
