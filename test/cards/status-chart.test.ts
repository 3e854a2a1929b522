// The summary chart: drawn by Vega-Lite and resvg, named rows, a pattern per status, small enough
// to embed in the card.
import { readPng } from "../../cards/chart/svg-to-png";
import {
  statusChartPng,
  statusChartSvg,
  type StatusChartData,
} from "../../cards/chart/status-chart";

const data: StatusChartData = {
  currentTitle: "Tertial 1 2025",
  trendTitle: "Andel gröna per period",
  nothingDue: "Inget att rapportera i perioden",
  legend: {
    green: "Grön",
    yellow: "Gul",
    red: "Röd",
    notJudged: "Ej bedömd",
    notReported: "Ej rapporterad",
  },
  areas: [
    {
      name: "Kommunfullmäktiges indikatorer",
      current: { green: 3, yellow: 2, red: 1, notJudged: 1, notReported: 3 },
      trend: [{ period: "T1", share: 50 }, { period: "T2" }],
    },
    {
      name: "Uppdrag omsorgens ledningsgrupp",
      note: "⚠ 4 aktiviteter: 1 försenad, 3 pågår",
      trend: [{ period: "T1" }, { period: "T2" }],
    },
  ],
};

describe("the status chart", () => {
  test("when drawn, then every goal area is named and the activities' note is written out", async () => {
    const svg = await statusChartSvg(data);
    expect(svg).toContain("Kommunfullmäktiges indikatorer");
    expect(svg).toContain("Uppdrag omsorgens ledningsgrupp");
    expect(svg).toContain("1 försenad");
    expect(svg).toContain("50\u00a0%");
  });

  test("when drawn, then each status is painted with its own pattern, in the bars and the legend", async () => {
    const svg = await statusChartSvg(data);
    for (const status of ["green", "yellow", "red", "notJudged", "notReported"]) {
      expect(svg).toContain(`<pattern id="status-${status}"`);
      expect(svg.split(`url(#status-${status})`).length - 1).toBeGreaterThanOrEqual(2);
    }
  });

  test("when rendered, then it is a PNG at one and a half times the card's width, of a few KB", async () => {
    const png = await statusChartPng(data);
    const image = await readPng(png);
    if (!image) throw new Error("not a PNG");
    expect(image.width).toBe(660);
    expect(png.length).toBeLessThan(20 * 1024);
    // Not blank: the green of the first bar is there.
    let green = 0;
    for (let i = 0; i < image.pixels.length; i += 4) {
      if (image.pixels[i + 1]! > 110 && image.pixels[i]! < 60 && image.pixels[i + 2]! < 90) green++;
    }
    expect(green).toBeGreaterThan(500);
  });
});
