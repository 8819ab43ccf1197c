// A webhook receiver on this machine (node:http on an ephemeral port of 127.0.0.1), for the
// webhook integration tests and the end-to-end QA flow: it keeps every request and answers each
// with the next status in `answers` (200 once they run out).
import http from "node:http";
import type { AddressInfo } from "node:net";

type Received = { headers: http.IncomingHttpHeaders; body: string };

export function webhookReceiver() {
  const received: Received[] = [];
  const answers: number[] = [];
  const server = http.createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
    req.on("end", () => {
      received.push({ headers: req.headers, body });
      const status = answers.shift() ?? 200;
      res.writeHead(status, { "content-type": "text/plain" }).end(status === 200 ? "thanks" : `broken ${status}`);
    });
  });
  return {
    received,
    answers,
    /** Listens and gives the URL to register. */
    async start() {
      await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
      return `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
