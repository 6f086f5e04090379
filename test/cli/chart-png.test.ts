/** The prizes chart rendered without a browser: text is drawn (fonts found), bars follow the data. */
import { describe, expect, it } from "vitest";
import { dejaVuFiles, renderPng } from "../../src/cli/io/chart-png.js";
import { analyse } from "../../src/core/judge/analyse.js";
import {
  type BarChart,
  barChartSvg,
  CHART_SIZE,
  prizeChart,
  rateCharts,
} from "../../src/core/outputs/chart.js";
import { buildDraft } from "../../src/core/outputs/draft/build.js";
import { SAMPLE } from "../../src/core/workbook/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/workbook/template.js";
import { referencePng } from "../support/chart-png-reference.js";
import { decodePng } from "../support/png.js";

const a = analyse(templateGrids(SAMPLE));
const chart = prizeChart(a.evaluation.awards, a.workbook)!;

describe("the prizes chart", () => {
  it("has the sample's prizes per year and level", () => {
    expect(chart.categories).toEqual(["2019-2020", "2020-2021", "2021-2022"]);
    expect(chart.series).toEqual([
      { label: "Cấp thành phố", counts: [2, 5, 12] },
      { label: "Cấp huyện", counts: [12, 20, 29] },
    ]);
  });

  it("renders to PNG with its Vietnamese text actually drawn", () => {
    const png = (title: string) =>
      renderPng({ id: "x", svg: barChartSvg({ ...chart, title }), ...CHART_SIZE });
    const withTitle = png("Số giải của học sinh");
    const without = png("");
    expect(Buffer.from(withTitle.png).subarray(1, 4).toString()).toBe("PNG");
    expect(withTitle.width).toBe(CHART_SIZE.width * 2);
    // With no usable font resvg draws no text at all, and the two images would be equal.
    expect(Buffer.from(withTitle.png).equals(Buffer.from(without.png))).toBe(false);
  });
});

describe("the rates chart", () => {
  const [rates, ...others] = rateCharts(a.evaluation.indicators, a.workbook.schoolYears) as [
    BarChart,
    ...BarChart[],
  ];

  it("is one chart for the sample: every rate of it is high", () => {
    expect(others).toEqual([]);
  });

  it("has every percent indicator with figures for two school years or more", () => {
    expect(rates.percent).toBe(true);
    expect(rates.series.map((s) => s.label.split(" – ")[0])).toEqual(["PC1", "PC2", "KT1", "KT2"]);
    expect(rates.series.find((s) => s.label.startsWith("KT1"))?.counts).toEqual([84, 84, 80]);
    expect(rates.series.find((s) => s.label.startsWith("KT2"))?.counts).toEqual([63, 65, 73]);
  });

  it("labels bars as percentages and draws no bar for a missing year", () => {
    const svg = barChartSvg({
      ...rates,
      series: [{ label: "KT1", counts: [84, null, 80] }],
    });
    expect(svg).toContain(">84%<");
    expect(svg).toContain(">80%<");
    expect(svg).toContain(">100%<"); // the axis of a rate chart ends at 100%
    const bars = svg.match(
      /<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="[\d.]+" fill="#1f4e79"\/>/g,
    );
    expect(bars).toHaveLength(3); // two bars and the legend key
  });
});

describe("the PNG of a chart, rendered with two font files and encoded by zlib", () => {
  const charts = [
    barChartSvg(chart),
    ...rateCharts(a.evaluation.indicators, a.workbook.schoolYears).map((c) => barChartSvg(c)),
  ];

  it("finds DejaVu Sans on this machine (else the renderer loads every system font)", () => {
    expect(dejaVuFiles()).toHaveLength(2);
  });

  it("has exactly the pixels of the renderer before (all system fonts, resvg's encoder)", () => {
    for (const svg of charts) {
      const image = { id: "x", svg, ...CHART_SIZE };
      const [now, before] = [renderPng(image), referencePng(image)];
      expect([now.width, now.height]).toEqual([before.width, before.height]);
      const [p, q] = [decodePng(now.png), decodePng(before.png)];
      expect([p.width, p.height]).toEqual([now.width, now.height]);
      expect(Buffer.from(p.pixels).equals(Buffer.from(q.pixels))).toBe(true);
      // The encodings differ (else this test would show nothing about the decoder).
      expect(Buffer.from(now.png).equals(Buffer.from(before.png))).toBe(false);
    }
  });
});

/** Each label's box as drawn: across ("text-anchor=middle") or upright (rotated -90°). */
function labelBoxes(svg: string, size: number) {
  const boxes: { x0: number; x1: number; y0: number; y1: number; text: string }[] = [];
  const re = new RegExp(
    `<text x="([\\d.]+)" y="([\\d.]+)" font-size="${size}"( text-anchor="middle"| transform="rotate\\(-90[^"]*")>([^<]+)</text>`,
    "g",
  );
  for (const m of svg.matchAll(re)) {
    const [x, y, how, text] = [Number(m[1]), Number(m[2]), m[3]!, m[4]!];
    // DejaVu Sans' advance widths, rounded up: digits 0.64 em, "%" 0.95 em.
    const w = [...text].reduce((n, c) => n + (c === "%" ? 0.95 : 0.64), 0) * size;
    if (how.includes("middle"))
      boxes.push({ x0: x - w / 2, x1: x + w / 2, y0: y - size, y1: y, text });
    else boxes.push({ x0: x - size, x1: x, y0: y - w, y1: y, text });
  }
  return boxes;
}

const overlaps = (a: ReturnType<typeof labelBoxes>[number], b: typeof a) =>
  a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;

describe("the sample's rates: every label clear of its neighbours", () => {
  it("labels of equal bars side by side do not touch", () => {
    const [chart] = rateCharts(a.evaluation.indicators, a.workbook.schoolYears);
    const size = chart!.series.length > 4 ? 11 : 14;
    const boxes = labelBoxes(barChartSvg(chart!), size);
    expect(boxes.length).toBe(12);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false);
  });
});

describe("rates of a lower-secondary school (issue 8: 0,3% beside 99%)", async () => {
  const { schoolGrids } = await import("../fixtures/schools/index.js");
  const thcs = analyse(await schoolGrids("thcs"));
  const charts = rateCharts(thcs.evaluation.indicators, thcs.workbook.schoolYears);

  it("puts the rates to keep low on a chart of their own, on their own scale", () => {
    expect(charts).toHaveLength(2);
    const codes = (c: BarChart) => c.series.map((s) => s.label.split(" – ")[0]);
    expect(codes(charts[0]!)).toEqual(["PC1", "TN1", "CL1", "CL2", "DN3", "DV2"]);
    expect(codes(charts[1]!)).toEqual(["PC2", "CL3"]);
    expect(charts[1]!.title).toBe("Các tỉ lệ cần giữ thấp qua các năm học");
    const low = barChartSvg(charts[1]!);
    expect(low).toContain(">2%<"); // the axis ends at 2%, not 100%
    expect(low).not.toContain(">100%<");
  });

  it.each([0, 1])("chart %i: no figure's label runs into another's", (k) => {
    const chart = charts[k]!;
    const size = chart.series.length > 4 ? 11 : 14;
    const boxes = labelBoxes(barChartSvg(chart), size);
    const drawn = chart.series.flatMap((s) => s.counts.filter((n) => n !== null));
    expect(boxes).toHaveLength(drawn.length);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++)
        expect(overlaps(boxes[i]!, boxes[j]!), `${boxes[i]!.text} / ${boxes[j]!.text}`).toBe(false);
    // Every label inside the picture.
    for (const b of boxes) expect(b.y0).toBeGreaterThan(36);
  });

  it("the draft carries both pictures, with their captions", () => {
    const d = buildDraft(thcs);
    expect(d.images.map((i) => i.id)).toEqual(["ti-le", "ti-le-2", "giai-thuong"]);
    const captions = d.blocks.flatMap((b) => (b.kind === "image" ? [b.caption] : []));
    expect(captions).toContain("Biểu đồ: các tỉ lệ cần giữ thấp qua các năm học");
  });
});
