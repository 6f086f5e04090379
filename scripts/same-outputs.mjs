// Compares two sets of `npm start` outputs part by part, ignoring only timestamps, so a
// refactoring can show it changed nothing:  node scripts/same-outputs.mjs BEFORE_DIR AFTER_DIR
// Zip files (xlsx, docx) are compared entry by entry; document-property dates
// and the export time in the archive's notes tab are the only things masked.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import JSZip from "jszip";

const TIMESTAMPS = [
  /<dcterms:(created|modified)[^>]*>[^<]*<\/dcterms:\1>/g,
  /<(cp:lastPrinted|dc:date)>[^<]*<\/\1>/g,
  // The archive's notes tab records the export time as a date-time serial.
  /<v>(4\d{4}\.\d{5,})<\/v>/g,
];
export const mask = (text) => TIMESTAMPS.reduce((t, re) => t.replace(re, "«time»"), text);

/** A file's parts: a zip's entries by name (XML masked, others base64), else the whole file. */
export async function parts(file) {
  return bytesParts(readFileSync(file), /\.(xlsx|docx)$/.test(file));
}

export async function bytesParts(bytes, zipped = true) {
  if (!zipped) return new Map([["", Buffer.from(bytes).toString("base64")]]);
  const zip = await JSZip.loadAsync(bytes);
  const out = new Map();
  for (const name of Object.keys(zip.files).sort()) {
    if (zip.files[name].dir) continue;
    const buf = await zip.files[name].async("nodebuffer");
    out.set(name, /\.(xml|rels)$/.test(name) ? mask(buf.toString("utf8")) : buf.toString("base64"));
  }
  return out;
}

async function main() {
  const [before, after] = process.argv.slice(2);
  if (!before || !after) {
    console.error("usage: node scripts/same-outputs.mjs BEFORE_DIR AFTER_DIR");
    process.exit(2);
  }
  const names = [...new Set([...readdirSync(before), ...readdirSync(after)])].sort();
  let differences = 0;
  for (const name of names) {
    let a;
    let b;
    try {
      a = await parts(join(before, name));
      b = await parts(join(after, name));
    } catch (error) {
      console.log(`${name}: missing on one side (${error.code ?? error.message})`);
      differences++;
      continue;
    }
    for (const part of new Set([...a.keys(), ...b.keys()])) {
      if (a.get(part) !== b.get(part)) {
        console.log(`${name}${part ? `:${part}` : ""} differs`);
        differences++;
      }
    }
  }
  console.log(
    differences === 0 ? `identical: ${names.length} files` : `${differences} differences`,
  );
  process.exit(differences === 0 ? 0 : 1);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
