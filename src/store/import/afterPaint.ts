/**
 * Resolves once the browser has painted what is on screen now, so a progress
 * message shows before a long synchronous step (parsing a large file, building
 * tens of thousands of graph elements) blocks the page. Without animation
 * frames (a hidden tab, tests) it resolves on a short timer instead of waiting.
 */
export function afterPaint(fallbackMs = 100): Promise<void> {
  return new Promise((resolve) => {
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      resolve();
    };
    setTimeout(finish, fallbackMs);
    // The frame callback runs before that frame's paint; the timeout after it runs once it is painted.
    if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(finish, 0));
  });
}

/** Resolves after the browser has had a turn (a macrotask: input, Cancel and paint can run). */
export function nextTask(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
