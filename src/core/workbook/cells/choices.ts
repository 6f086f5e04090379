/** Values from closed lists (units, kinds, levels, recipients …), found by label, key or alias. */

import { BoundedCache } from "../../base/cache.js";
import { issue } from "../../base/problems.js";
import { matchKey } from "../../base/text.js";
import { MESSAGES } from "../../i18n/messages.js";
import type { Choice } from "../schema.js";
import { parseText } from "./text.js";
import { type CellValue, NOTHING, type Parsed } from "./value.js";

/** Each choice's labels, keys and aliases by their match key; built once per choice. */
const CHOICE_INDEX = new WeakMap<Choice, ReadonlyMap<string, string>>();

function choiceIndex<K extends string>(choice: Choice<K>): ReadonlyMap<string, K> {
  let index = CHOICE_INDEX.get(choice);
  if (!index) {
    const map = new Map<string, string>();
    // Earlier entries win, in the order the linear search used to find them.
    for (const k of Object.keys(choice.labels) as K[]) {
      for (const name of [choice.labels[k], k, ...(choice.aliases?.[k] ?? [])]) {
        const key = matchKey(name);
        if (!map.has(key)) map.set(key, k);
      }
    }
    index = map;
    CHOICE_INDEX.set(choice, index);
  }
  return index as ReadonlyMap<string, K>;
}

/** Finds a choice by its label, alias or key, ignoring case, Unicode form and tone placement. */
export function findChoice<K extends string>(choice: Choice<K>, text: string): K | undefined {
  return choiceIndex(choice).get(matchKey(text));
}

type ChoiceParse<K extends string> = Parsed<{ key: K | undefined; text: string }>;

const CHOICE_MEMO = new WeakMap<Choice, BoundedCache<string, ChoiceParse<string>>>();

/** A value from a closed list. Unknown values are kept as typed, with a warning if strict. */
export function parseChoice<K extends string>(raw: CellValue, choice: Choice<K>): ChoiceParse<K> {
  if (raw === "" || raw === null || raw === undefined) return NOTHING;
  if (typeof raw !== "string") return parseChoiceOnce(raw, choice);
  let memo = CHOICE_MEMO.get(choice);
  if (!memo) {
    memo = new BoundedCache(10_000);
    CHOICE_MEMO.set(choice, memo);
  }
  return memo.get(raw, (text) => parseChoiceOnce(text, choice)) as ChoiceParse<K>;
}

function parseChoiceOnce<K extends string>(raw: CellValue, choice: Choice<K>): ChoiceParse<K> {
  const t = parseText(raw);
  if (t.value === null) return t as Parsed<never>;
  const key = findChoice(choice, t.value);
  if (key) return { value: { key, text: choice.labels[key] } };
  const found = { key: undefined, text: t.value };
  if (!choice.strict) return { value: found };
  const labels = Object.values<string>(choice.labels).join("; ");
  return {
    value: found,
    issue: issue("warning", "unknown-choice", MESSAGES.unknownChoice(t.value, labels)),
  };
}
