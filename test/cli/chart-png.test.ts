/** The prizes chart rendered without a browser: text is drawn (fonts found), bars follow the data. */
import { describe, expect, it } from "vitest";
import { renderPng } from "../../src/cli/io/chart-png.js";
import { analyse } from "../../src/core/analyse.js";
import { barChartSvg, CHART_SIZE, prizeChart } from "../../src/core/draft/chart.js";
import { SAMPLE } from "../../src/core/sample/hoa-binh.js";
import { templateGrids } from "../../src/core/template.js";

const a = analyse(templateGrids(SAMPLE));
const chart = prizeChart(a.evaluation.awards, a.workbook.schoolYears)!;

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
