/**
 * Runs `fn` once the next frame has been painted: work that can wait a frame (a focus that would
 * force a layout mid-mount, a figure that takes longer to build than the rest of the view) stays out
 * of the view's first paint. A task queued from requestAnimationFrame runs after that frame's style,
 * layout and paint. Returns a cancel function (for a component's teardown).
 */
export function afterNextPaint(fn: () => void): () => void {
  let cancelled = false;
  const run = () => {
    if (!cancelled) fn();
  };
  if (typeof requestAnimationFrame !== 'function' || typeof MessageChannel !== 'function') {
    const timer = setTimeout(run, 0);
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }
  const frame = requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      run();
    };
    channel.port2.postMessage(null);
  });
  return () => {
    cancelled = true;
    cancelAnimationFrame(frame);
  };
}
