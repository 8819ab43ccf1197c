// npm install's last step (postinstall): the embedded database, created and migrated once, kept
// as a tarball in node_modules/.cache. The first `npm run dev` unpacks it instead of running
// PostgreSQL's initdb and every migration while the pages compile on the same cores; later
// migrations apply on top as usual. Plain JavaScript: it runs before anything is compiled.
// Never fails the install: without the tarball the server creates the database as before.
import fs from "node:fs";
import path from "node:path";

// db/client.ts reads it from the same place (INSTALLED_TEMPLATE).
const PGLITE_TEMPLATE = path.join("node_modules", ".cache", "switchboard", "pglite-template.tar");

async function main() {
  const started = performance.now();
  const { PGlite } = await import("@electric-sql/pglite");
  const { pg_trgm } = await import("@electric-sql/pglite/contrib/pg_trgm");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  const client = new PGlite({ extensions: { pg_trgm } });
  try {
    await migrate(drizzle(client), { migrationsFolder: path.join("db", "migrations") });
    const tarball = Buffer.from(await (await client.dumpDataDir("none")).arrayBuffer());
    fs.mkdirSync(path.dirname(PGLITE_TEMPLATE), { recursive: true });
    // Written whole, then renamed: a server never reads half a tarball.
    fs.writeFileSync(`${PGLITE_TEMPLATE}.${process.pid}`, tarball);
    fs.renameSync(`${PGLITE_TEMPLATE}.${process.pid}`, PGLITE_TEMPLATE);
  } finally {
    await client.close();
  }
  console.log(`switchboard: embedded database template ready in ${((performance.now() - started) / 1000).toFixed(1)} s (${PGLITE_TEMPLATE})`);
}

main().catch((error) => {
  console.warn(
    `switchboard: no embedded database template (${error instanceof Error ? error.message : error}); the first start will create the database instead.`,
  );
});
