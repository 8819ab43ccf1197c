// npm run api:types — writes the typed client's types from the OpenAPI document.
import fs from "node:fs";
import { apiTypesSource, SCHEMA_FILE } from "@/lib/api/client/generate";

fs.writeFileSync(SCHEMA_FILE, await apiTypesSource());
console.log(`[api:types] wrote ${SCHEMA_FILE}`);
