/**
 * The vocabulary's keys and the words the readers recognise: every label object follows its
 * key list (dropdowns are built in that order), and every word of a list is read as the list
 * says, however it is typed (with marks, without, upper case).
 */
import { describe, expect, it } from "vitest";
import { foldKey } from "../../../src/core/base/text.js";
import * as keys from "../../../src/core/vocabulary/keys.js";
import * as vi from "../../../src/core/vocabulary/vi.js";
import {
  BOUND_WORDS,
  COUNTED_WORDS,
  CURRENCY_WORDS,
  LEAD_IN_WORDS,
  MONEY_SCALES,
  RANGE_WORDS,
  TREND_TARGET_WORDS,
} from "../../../src/core/vocabulary/words.js";
import { parseInteger, parseMeasure, parseMoney } from "../../../src/core/workbook/parse.js";

describe("labels follow their keys", () => {
  it.each([
    ["JUDGEMENT_LABELS", vi.JUDGEMENT_LABELS, keys.JUDGEMENT_KEYS],
    ["TARGET_KIND_LABELS", vi.TARGET_KIND_LABELS, keys.TARGET_KIND_KEYS],
    ["UNIT_LABELS", vi.UNIT_LABELS, keys.UNIT_KEYS],
    ["INDICATOR_SECTIONS", vi.INDICATOR_SECTIONS, keys.SECTION_KEYS],
    ["RECIPIENT_LABELS", vi.RECIPIENT_LABELS, keys.RECIPIENT_KEYS],
    ["LEVEL_LABELS", vi.LEVEL_LABELS, keys.LEVEL_KEYS],
    ["FUNDING_SOURCE_LABELS", vi.FUNDING_SOURCE_LABELS, keys.FUNDING_SOURCE_KEYS],
    ["MEMBER_ITEMS", vi.MEMBER_ITEMS, keys.MEMBER_ITEM_KEYS],
    ["TEXT_SECTIONS", vi.TEXT_SECTIONS, keys.TEXT_SECTION_KEYS],
    ["INFO_KEYS", vi.INFO_KEYS, keys.INFO_ITEM_KEYS],
    ["TREND_WORDS", vi.TREND_WORDS, keys.TREND_KEYS],
    ["TAB_NAMES", vi.TAB_NAMES, keys.TAB_KEYS],
  ] as const)("%s", (_name, labels, list) => {
    expect(Object.keys(labels)).toEqual([...list]);
  });
});

const shapes = (w: string) => [w, foldKey(w), w.toUpperCase()];

describe("words the readers recognise", () => {
  it.each(Object.entries(MONEY_SCALES))("money scale %s", (word, factor) => {
    for (const w of shapes(word)) expect(parseMoney(`3 ${w}`).value).toBe(3 * factor);
  });
  it.each(CURRENCY_WORDS)("currency word %s", (word) => {
    for (const w of shapes(word)) expect(parseMoney(`1.157.274.000 ${w}`).value).toBe(1157274000);
  });
  it.each(COUNTED_WORDS)("counted word %s", (word) => {
    for (const w of shapes(word)) expect(parseInteger(`12 ${w}`).value).toBe(12);
  });
  it.each(RANGE_WORDS)("range word %s", (word) => {
    expect(parseMeasure(`95 ${word} 98%`, "percent").value).toMatchObject({ low: 95, high: 98 });
  });
  it.each(LEAD_IN_WORDS)("lead-in word %s", (word) => {
    expect(parseMeasure(`${word} 98%`, "percent").value).toMatchObject({ low: 98, high: 98 });
  });
  it.each([
    ...BOUND_WORDS.above.map((w) => [w, { low: 5, lowOpen: true }] as const),
    ...BOUND_WORDS.atLeast.map((w) => [w, { low: 5, lowOpen: false }] as const),
    ...BOUND_WORDS.below.map((w) => [w, { low: 0, high: 5, highOpen: true }] as const),
    ...BOUND_WORDS.atMost.map((w) => [w, { low: 0, high: 5, highOpen: false }] as const),
  ])("bound word %s", (word, expected) => {
    expect(parseMeasure(`${word} 5`, "count").value).toMatchObject(expected);
  });
  it.each(
    TREND_TARGET_WORDS.directions.flatMap((d) =>
      TREND_TARGET_WORDS.steadily.map((s) => `${d} ${s}`),
    ),
  )("trend %s", (text) => {
    expect(parseMeasure(text, "count").value).toMatchObject({ kind: "trend" });
  });
});
