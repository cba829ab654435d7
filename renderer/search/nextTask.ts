/**
 * Resolves in a task of its own, after the tasks already queued (a search's message among
 * them): how the search worker pauses between steps of long work. Not setTimeout(0): HTML
 * clamps a timer to 4 ms once timers nest five deep, which a loop of pauses does when nothing
 * else runs between them (the text pack's fill: ten deflates, a pause, ten more).
 */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
