/** What a target or a result in an indicator row can state. */

/**
 * A numeric figure: a point (low = high) or an interval with open or closed ends.
 * "dưới 1%" is [0, 1) in a percent row; "99% trở lên" is [99, 100].
 */
export interface Amount {
  readonly kind: "amount";
  readonly low: number | null;
  readonly high: number | null;
  readonly lowOpen: boolean;
  readonly highOpen: boolean;
  readonly percent: boolean;
  /** "15/24" written beside or instead of the percent. */
  readonly fraction?: { readonly part: number; readonly whole: number };
  readonly rank?: boolean;
  /** Typed with the larger end first ("100%-99%"): kept as typed, reported at its cell. */
  readonly reversed?: boolean;
}

/** "Năm sau cao hơn năm trước": a target about the direction of a yearly series. */
export interface TrendTarget {
  readonly kind: "trend";
  readonly better: "higher" | "lower" | "unspecified";
  readonly text: string;
}

/** A stated state: "Mức độ 3", "Hoàn thành tốt nhiệm vụ". */
export interface Quality {
  readonly kind: "quality";
  readonly text: string;
  /** A level number when the text names one ("mức độ 3", "mức II"). */
  readonly level?: number;
}

export type Measure = Amount | TrendTarget | Quality;

/** How a row's figures are read, from its unit. */
export type UnitKind = "percent" | "money" | "rank" | "count" | "level";
