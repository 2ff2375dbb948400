/**
 * What reached a loopback vendor server, against the pages a test opened:
 * every host name resolves to that server, so a request the extension made on
 * its own would land there too.
 */
export interface RequestLog {
  /** Every request that reached the server, as `host/path`. */
  readonly serverRequests: string[];
  /** Notes that the test itself opens `url`. */
  opening(url: string): void;
  /** Requests for anything but a page the test opened (and its favicon). */
  unexpectedRequests: () => string[];
}

export function requestLog(): RequestLog {
  const serverRequests: string[] = [];
  const opened = new Set<string>();
  return {
    serverRequests,
    opening(url) {
      const { host, pathname } = new URL(url);
      opened.add(`${host}${pathname}`);
    },
    unexpectedRequests: () =>
      serverRequests.filter((request) => !request.endsWith('/favicon.ico') && !opened.has(request)),
  };
}
