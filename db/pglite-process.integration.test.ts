// The embedded database across real processes (test/pglite-child.ts, opened the way the app
// opens it): a second process is refused while a server holds the directory, a server killed
// with SIGKILL loses nothing it committed, and two processes taking over a stale lock at once
// never both win. Each test works on its own temporary directory, never the test database,
// so it runs the same with DATABASE_URL set (CI).
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import readline from "node:readline";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";

const CHILD = path.resolve(import.meta.dirname, "../test/pglite-child.ts");
const root = fs.mkdtempSync(path.join(os.tmpdir(), "switchboard-pglite-process-"));
const template = path.join(root, "template", "db");
const children: Child[] = [];

class Child {
  readonly lines: string[] = [];
  stderr = "";
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
  private readonly proc: ChildProcessWithoutNullStreams;
  private waiters: (() => void)[] = [];

  constructor(mode: string, dir?: string) {
    const env: NodeJS.ProcessEnv = { ...process.env, ...(dir ? { PGLITE_DIR: dir } : {}) };
    delete env.DATABASE_URL; // the embedded database, also in CI
    this.proc = spawn(process.execPath, ["--import", "tsx", CHILD, mode], { cwd: path.resolve(import.meta.dirname, ".."), env });
    this.proc.stderr.on("data", (chunk) => (this.stderr += chunk));
    readline.createInterface({ input: this.proc.stdout }).on("line", (line) => {
      this.lines.push(line);
      this.notify();
    });
    this.exited = new Promise((resolve) => this.proc.on("close", (code, signal) => resolve({ code, signal })));
    void this.exited.then(() => this.notify());
    children.push(this);
  }

  get pid(): number {
    return this.proc.pid!;
  }

  private notify() {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((wake) => wake());
  }

  /** The first line that `match` accepts; fails if the child ends without one. */
  async line(match: (line: string) => boolean): Promise<string> {
    await this.until(() => this.lines.some(match));
    return this.lines.find(match)!;
  }

  /** Waits until `count` lines have matched. */
  count(match: (line: string) => boolean, count: number): Promise<void> {
    return this.until(() => this.lines.filter(match).length >= count);
  }

  private async until(done: () => boolean): Promise<void> {
    while (!done()) {
      if (this.proc.exitCode !== null || this.proc.signalCode !== null) {
        throw new Error(`child ended (${this.proc.exitCode ?? this.proc.signalCode}) too soon; stdout:\n${this.lines.join("\n")}\nstderr:\n${this.stderr}`);
      }
      await new Promise<void>((wake) => this.waiters.push(wake));
    }
  }

  send(line: string) {
    this.proc.stdin.write(`${line}\n`);
  }

  kill9() {
    this.proc.kill("SIGKILL");
    return this.exited;
  }
}

/** A copy of the initialised template, so each test skips initdb. */
function freshDir(name: string): string {
  const dir = path.join(root, name, "db");
  fs.cpSync(template, dir, { recursive: true });
  return dir;
}

function digest(dir: string): string {
  const hash = crypto.createHash("sha256");
  for (const file of (fs.readdirSync(dir, { recursive: true }) as string[]).sort()) {
    const full = path.join(dir, file);
    if (fs.statSync(full).isFile()) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest("hex");
}

function deadPid(): number {
  return spawnSync("true").pid;
}

const stats = (line: string) => line.split(" ").slice(1).map(Number) as [count: number, min: number, max: number];

beforeAll(async () => {
  // initdb runs once, here, in a child like the others.
  const init = new Child("read", template);
  await init.line((line) => line.startsWith("probe"));
  expect((await init.exited).code).toBe(0);
}, 60_000);

afterEach(async () => {
  await Promise.all(children.splice(0).map((child) => child.kill9()));
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe("PGlite data directory across processes", () => {
  it("refuses a second process with a clear message, and a SIGKILLed holder's lock is taken over", async () => {
    const dir = freshDir("lock");
    const holder = new Child("hold", dir);
    await holder.line((line) => line === `ready ${holder.pid}`);
    const before = digest(dir);

    const second = new Child("read", dir);
    const { code } = await second.exited;
    expect(code).not.toBe(0);
    expect(second.lines).toEqual([]);
    const message = second.stderr.replace(/\s+/g, " ");
    expect(message).toContain(`The embedded database at ${dir} is in use by process ${holder.pid}`);
    expect(message).toContain("Stop that server first, or set DATABASE_URL to use PostgreSQL.");
    // The refused process wrote nothing: same files, same lock.
    expect(digest(dir)).toBe(before);
    expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(holder.pid));

    await holder.kill9();
    const next = new Child("read", dir);
    const markers = await next.line((line) => line.startsWith("markers"));
    expect(JSON.parse(markers.slice("markers ".length))).toEqual([holder.pid]);
    expect((await next.exited).code).toBe(0);
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  }, 120_000);

  it("loses no committed transaction when the server is killed with SIGKILL mid-write", async () => {
    const dir = freshDir("durability");
    const rounds = 3;
    const perRound = 50;
    let reported = 0; // every id up to this one was reported committed
    for (let round = 0; round < rounds; round++) {
      const writer = new Child("write", dir);
      const [count, min, max] = stats(await writer.line((line) => line.startsWith("opened")));
      // Ids are 1..max with no gap; at most one was committed but killed before it was reported.
      expect(count).toBe(max);
      if (count > 0) expect(min).toBe(1);
      expect(max).toBeGreaterThanOrEqual(reported);
      expect(max).toBeLessThanOrEqual(reported + 1);
      reported = max;
      const committed = (line: string) => line.startsWith("committed ");
      await writer.count(committed, perRound);
      const { signal } = await writer.kill9();
      expect(signal).toBe("SIGKILL"); // killed mid-stream, not finished
      const ids = writer.lines.filter(committed).map((line) => Number(line.split(" ")[1]));
      expect(ids.length).toBeGreaterThanOrEqual(perRound);
      expect(ids).toEqual(ids.map((_, i) => reported + 1 + i));
      reported = ids.at(-1)!;
    }
    const reader = new Child("read", dir);
    const [count, min, max] = stats(await reader.line((line) => line.startsWith("probe")));
    expect({ count, min }).toEqual({ count: max, min: 1 });
    expect(max - reported).toBeGreaterThanOrEqual(0);
    expect(max - reported).toBeLessThanOrEqual(1);
    expect((await reader.exited).code).toBe(0);
  }, 120_000);

  it("lets exactly one of three processes take over a stale lock at once", async () => {
    const racers = [new Child("lock"), new Child("lock"), new Child("lock")];
    for (let round = 0; round < 30; round++) {
      const dir = path.join(root, `race-${round}`);
      fs.writeFileSync(`${dir}.lock`, String(deadPid()));
      racers.forEach((racer) => racer.send(`go ${dir}`));
      const outcomes = await Promise.all(racers.map((racer) => racer.line((line) => line.endsWith(` ${dir}`))));
      const winners = racers.filter((_, i) => outcomes[i] === `won ${dir}`);
      expect(
        outcomes.filter((outcome) => outcome === `refused ${dir}`),
        `round ${round}: ${outcomes.join(", ")}`,
      ).toHaveLength(2);
      expect(winners, `round ${round}: ${outcomes.join(", ")}`).toHaveLength(1);
      expect(fs.readFileSync(`${dir}.lock`, "utf8")).toBe(String(winners[0].pid));
      winners[0].send(`release ${dir}`);
      await winners[0].line((line) => line === `released ${dir}`);
      expect(fs.existsSync(`${dir}.lock`)).toBe(false);
    }
  }, 120_000);
});
