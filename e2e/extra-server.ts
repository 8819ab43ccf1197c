// More app servers beside the one Playwright starts: the same build on the same PostgreSQL,
// as several servers behind a load balancer would be. And a TCP relay to PostgreSQL that a
// test can cut and restore, to take the database away from one server without touching
// anything else on the machine.
import { spawn, type ChildProcess } from "node:child_process";
import net from "node:net";

export const MULTI_SERVER_REASON = "Needs PostgreSQL (DATABASE_URL): several servers cannot share one embedded PGlite directory.";

export type ExtraServer = { url: string; stop(): Promise<void> };

/** `host` is the address it listens on (and answers at). */
export async function startExtraServer(port: number, databaseUrl: string, host = "127.0.0.1"): Promise<ExtraServer> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    DATABASE_URL: databaseUrl,
    AUTH_SECRET: process.env.AUTH_SECRET ?? "e2e-only-secret-not-for-production-0123456789",
    NEXT_TELEMETRY_DISABLED: "1",
  };
  delete env.NODE_ENV;
  const child: ChildProcess = spawn("npx", ["next", "start", "-p", String(port), "-H", host], {
    env: env as NodeJS.ProcessEnv,
    stdio: "ignore",
    detached: true,
  });
  const url = `http://${host}:${port}`;
  for (let i = 0; ; i++) {
    if (child.exitCode !== null) throw new Error(`next start on port ${port} exited with ${child.exitCode}`);
    try {
      if ((await fetch(`${url}/sign-in`)).ok) break;
    } catch {
      if (i > 240) throw new Error(`next start on port ${port} did not answer within a minute`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    url,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        process.kill(-child.pid!, "SIGTERM");
      }),
  };
}

export type Relay = { port: number; cut(): Promise<void>; restore(): Promise<void>; close(): Promise<void> };

/** Listens on `port` and forwards every connection to PostgreSQL at `target`. */
export async function startRelay(port: number, target: { host: string; port: number }): Promise<Relay> {
  const sockets = new Set<net.Socket>();
  let server: net.Server | null = null;
  const listen = () =>
    new Promise<void>((resolve, reject) => {
      server = net.createServer((client) => {
        const upstream = net.connect(target.port, target.host);
        for (const socket of [client, upstream]) {
          sockets.add(socket);
          socket.on("close", () => sockets.delete(socket));
          socket.on("error", () => socket.destroy());
        }
        client.pipe(upstream).pipe(client);
      });
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () => resolve());
    });
  const cut = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      if (!server) return resolve();
      server.close(() => resolve());
      server = null;
    });
  await listen();
  return { port, cut, restore: listen, close: cut };
}
