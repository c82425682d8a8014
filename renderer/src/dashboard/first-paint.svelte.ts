/**
 * Becomes `ready` one frame after the first paint: content behind it (the dashboard's week, month
 * and streak cards) stays out of the window's first frame, which then shows sooner.
 */
export class AfterFirstPaint {
  ready = $state(false);

  /** Starts waiting; returns the cancel (for onMount). */
  start(): () => void {
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A task queued from requestAnimationFrame runs once that frame has been painted.
    const show = () => {
      timer = setTimeout(() => (this.ready = true), 0);
    };
    if (typeof requestAnimationFrame !== 'function') {
      show();
      return () => clearTimeout(timer);
    }
    const frame = requestAnimationFrame(show);
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }
}
