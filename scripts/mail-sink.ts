// The SMTP server the e2e app sends to, with a small HTTP API for the tests to read what
// arrived: GET /messages?to=<address>. Started by playwright.config.ts beside the app.
import http from "node:http";
import { startSmtpSink } from "../test/smtp-sink";

const smtpPort = Number(process.env.MAIL_SINK_SMTP_PORT ?? 3125);
const httpPort = Number(process.env.MAIL_SINK_HTTP_PORT ?? 3126);

const sink = await startSmtpSink(smtpPort);
http
  .createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://sink");
    if (url.pathname === "/health") return response.end("ok");
    if (url.pathname === "/messages") {
      const to = url.searchParams.get("to")?.toLowerCase();
      response.setHeader("content-type", "application/json");
      return response.end(JSON.stringify(sink.received.filter((m) => !to || m.to.split(", ").includes(to))));
    }
    response.statusCode = 404;
    response.end();
  })
  .listen(httpPort, "127.0.0.1", () => console.log(`mail sink: SMTP ${sink.url}, messages at http://127.0.0.1:${httpPort}/messages`));
