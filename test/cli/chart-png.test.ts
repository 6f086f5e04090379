/** The prizes chart rendered without a browser: text is drawn (fonts found), bars follow the data. */
import { describe, expect, it } from "vitest";
import { dejaVuFiles, renderPng } from "../../src/cli/io/chart-png.js";
import { analyse } from "../../src/core/judge/analyse.js";
import { barChartSvg, CHART_SIZE, prizeChart, rateChart } from "../../src/core/outputs/chart.js";
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
  const rates = rateChart(a.evaluation.indicators, a.workbook.schoolYears)!;

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
    barChartSvg(rateChart(a.evaluation.indicators, a.workbook.schoolYears)!),
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
