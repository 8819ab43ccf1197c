import fs from "node:fs";

export class PgliteLockedError extends Error {}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/**
 * PGlite has no lock of its own and two processes on one directory lose data silently,
 * so the first process to open it writes its pid beside it and everyone else refuses.
 * A lock left by a dead process (kill -9) is taken over.
 */
export function acquirePgliteLock(dir: string): () => void {
  const file = `${dir}.lock`;
  for (;;) {
    try {
      fs.writeFileSync(file, String(process.pid), { flag: "wx" });
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
      const holder = Number(fs.readFileSync(file, "utf8").trim());
      if (holder === process.pid) break;
      if (holder && alive(holder)) {
        throw new PgliteLockedError(
          `The embedded database at ${dir} is in use by process ${holder} (a running "npm run dev" or "npm start"?). ` +
            `Two processes on one PGlite directory lose data, so this one will not open it. ` +
            `Stop that server first, or set DATABASE_URL to use PostgreSQL.`,
        );
      }
      fs.rmSync(file, { force: true });
    }
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
