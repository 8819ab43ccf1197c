// Migrating a fresh database costs seconds (PGlite's initdb, or every migration on PostgreSQL);
// copying a migrated one costs a fraction of that. So the schema is built once per run and every
// test file starts from a copy: a dumped PGlite directory, or a PostgreSQL template database.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import type { TestProject } from "vitest/node";
import { openPglite, openPostgres } from "@/db/client";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgresTemplate: string;
  }
}

export default async function setup(project: TestProject) {
  const url = process.env.DATABASE_URL;
  return url ? postgresTemplate(project, url) : pgliteTemplate(project);
}

async function pgliteTemplate(project: TestProject) {
  const database = openPglite();
  await database.migrate();
  const file = path.join(os.tmpdir(), `switchboard-pglite-template-${process.pid}.tar`);
  fs.writeFileSync(file, Buffer.from(await (await database.dumpDataDir()).arrayBuffer()));
  await database.close();
  project.provide("pgliteTemplate", file);
  return () => fs.rmSync(file, { force: true });
}

async function postgresTemplate(project: TestProject, url: string) {
  const name = `switchboard_test_template_${process.pid}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists ${name}`);
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  // Closed before any copy: PostgreSQL copies a template only while nobody is connected to it.
  const database = openPostgres(target.toString(), { max: 1 });
  await database.migrate();
  await database.close();
  project.provide("postgresTemplate", name);
  return async () => {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  };
}
