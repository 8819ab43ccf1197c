import fs from "node:fs";
import path from "node:path";

export class PgliteLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;

/** Creates `file` holding our pid, or returns false if it exists. Nobody ever sees it empty. */
function createWithPid(file: string): boolean {
  const temp = `${file}.${process.pid}.tmp`;
  fs.writeFileSync(temp, String(process.pid));
  try {
    fs.linkSync(temp, file);
    return true;
  } catch (error) {
    if (code(error) !== "EEXIST") throw error;
    return false;
  } finally {
    fs.rmSync(temp, { force: true });
  }
}

/** The pid in `file`, or undefined if it is gone. */
function pidIn(file: string): number | undefined {
  try {
    return Number(fs.readFileSync(file, "utf8").trim());
  } catch (error) {
    if (code(error) === "ENOENT") return undefined;
    throw error;
  }
}

/**
 * PGlite has no lock of its own and two processes on one directory lose data silently,
 * so the first process to open it writes its pid beside it and everyone else refuses.
 * A lock left by a dead process (kill -9) is taken over, one process at a time.
 */
export function acquirePgliteLock(dir: string): () => void {
  const file = `${dir}.lock`;
  // PGLITE_DIR may point into folders that do not exist yet: the lock sits beside the directory.
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const takeover = `${file}.takeover`;
  for (;;) {
    if (createWithPid(file)) break;
    const holder = pidIn(file);
    if (holder === undefined) continue; // released meanwhile
    if (holder === process.pid) break;
    if (holder > 0 && alive(holder)) {
      throw new PgliteLockedError(
        `The embedded database at ${dir} is in use by process ${holder} (a running "npm run dev" or "npm start"?). ` +
          `Two processes on one PGlite directory lose data, so this one will not open it. ` +
          `Stop that server first, or set DATABASE_URL to use PostgreSQL.`,
      );
    }
    // Removing the dead holder's lock races with others doing the same (one could remove the
    // lock a faster one just took), so only the process holding `takeover` removes it, and
    // only if it still names the dead holder.
    if (createWithPid(takeover)) {
      try {
        if (pidIn(file) === holder) fs.rmSync(file);
      } finally {
        fs.rmSync(takeover, { force: true });
      }
      continue;
    }
    const taker = pidIn(takeover);
    // A taker killed inside those few lines: its guard is stale too.
    if (taker !== undefined && !alive(taker)) fs.rmSync(takeover, { force: true });
    else Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 5); // another process is taking over
  }
  const release = () => {
    try {
      if (fs.readFileSync(file, "utf8").trim() === String(process.pid)) fs.rmSync(file);
    } catch {
      // already gone
    }
  };
  process.once("exit", release);
  return release;
}
