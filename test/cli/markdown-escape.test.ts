/**
 * Every user text in the Markdown draft comes out inert: a Thông tin value in the number
 * line, a part heading, a caption, a "Nơi nhận" line holding HTML or a javascript: link
 * renders as the text typed, never as markup.
 */
import { describe, expect, it } from "vitest";
import { analyse, buildDraft, type Draft, SAMPLE, templateGrids } from "../../src/core/index.js";
import { draftMarkdown } from "../../src/writers/index.js";

const PAYLOADS = [
  "<img src=x onerror=alert(1)>",
  "<a href='javascript:alert(1)'>bấm</a>",
  "[bấm](javascript:alert(1))",
  "<script>alert(1)</script>",
];
/** Markup that a Markdown renderer would turn into live HTML or a link. */
const LIVE = [/(?<!\\)<(img|a|script)\b/i, /(?<!\\)\]\(javascript:/i];

const TEXT_KEYS = new Set([
  "text",
  "numberLine",
  "party",
  "title",
  "subtitle",
  "caption",
  "onBehalf",
  "motto",
  "label",
  "number",
]);
const LIST_KEYS = new Set(["summaryLines", "lines", "header"]);

/** The draft with `payload` appended to every text a user could have typed. */
function poisoned(value: unknown, payload: string, key = ""): unknown {
  if (typeof value === "string") return TEXT_KEYS.has(key) ? `${value} ${payload}` : value;
  if (Array.isArray(value)) {
    return value.map((v) =>
      typeof v === "string" && LIST_KEYS.has(key) ? `${v} ${payload}` : poisoned(v, payload, key),
    );
  }
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poisoned(v, payload, k)]));
  }
  return value;
}

describe("Markdown escaping of user text", () => {
  const draft = buildDraft(analyse(templateGrids(SAMPLE)));
  it.each(PAYLOADS)("%s comes out inert everywhere", (payload) => {
    const md = draftMarkdown(poisoned(draft, payload) as Draft, (id) => `${id}.png`);
    for (const live of LIVE) expect(md).not.toMatch(live);
    // The payload was really placed in the header, headings and recipients.
    expect(md.split(/\n/).filter((l) => l.includes("alert(1)")).length).toBeGreaterThan(10);
  });
});
