// Snapshots reach the page as answers to requests that run concurrently on the server (a refresh after a live event,
// a command, a switch of workflow). Answers can arrive out of order: a refresh issued before a command may answer after
// it, with the state from before the command (the canvas then flickered back, e.g. a redone node vanished for a moment).

/**
 * Returns a wrapper for the page's requests: an answer that is a snapshot ({@code isSnapshot}) is handed on only if no
 * request issued after it has already been answered with a snapshot; otherwise it resolves to null (stale) and the
 * caller drops it. Other answers (e.g. a save's path) pass unchanged and order nothing.
 */
export function latestOnly(isSnapshot: (answer: unknown) => boolean = () => true): <T>(request: Promise<T>) => Promise<T | null> {
  let issued = 0;
  let applied = 0;
  return <T>(request: Promise<T>) => {
    const ticket = ++issued;
    return request.then((answer) => {
      if (!isSnapshot(answer)) return answer;
      if (ticket < applied) return null;
      applied = ticket;
      return answer;
    });
  };
}
