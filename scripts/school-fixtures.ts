/**
 * Writes the two test schools (test/fixtures/schools) as XLSX files into a folder, to try
 * `tongket check|export|draft` on them by hand: `npx vite-node scripts/school-fixtures.ts out`.
 */
import { mkdir } from "node:fs/promises";
import { SCHOOLS, writeSchool } from "../test/fixtures/schools/index.js";

const dir = process.argv[2] ?? "out";
await mkdir(dir, { recursive: true });
for (const s of SCHOOLS) console.log(await writeSchool(s.id, dir));
