// Migrating a new in-memory PGlite costs seconds (initdb); loading a migrated copy costs a
// fraction of that. So the schema is built once per run and every test file starts from it.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { openPglite } from "@/db/client";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  if (process.env.DATABASE_URL) return;
  const database = openPglite();
  await database.migrate();
  const file = path.join(os.tmpdir(), `switchboard-pglite-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
  await database.close();
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(file, { force: true });
}
