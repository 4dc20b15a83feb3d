// GET /api/v1/series on the pure endpoint function: every value as stored,
// with its unit, reporter, compiler and the table row it comes from.
import { describe, expect, it } from "vitest";
import { apiEndpoints } from "@/lib/api/endpoints";
import { apiErrorSchema } from "@/lib/api/envelopes";
import { seriesListSchema } from "@/lib/recorded-trade/api";
import { loadFixture } from "./open-data-fixture";

const call = (query = "") => apiEndpoints["/series"](loadFixture(), {}, new URLSearchParams(query));

describe("GET /series", () => {
  it("lists each series with its points, each naming its row", () => {
    const result = call();
    expect(result.status).toBe(200);
    const body = seriesListSchema.parse(result.body);
    expect(body.total).toBe(body.data.length);
    const cow = body.data.find((s) => s.id === "cow-v4-israel-imports-from-kazakhstan")!;
    expect(cow).toMatchObject({ compiler: "Correlates of War Project", release: "4.0", unit: "usd-million" });
    expect(cow.reporter).toContain("COW compilation");
    expect(cow.points.find((p) => p.year === 2010)).toMatchObject({ value: "0", label: "under $0.5m", rows: [19], row_url: "/tables/cow-v4-peacesciencer#row-19" });
    const wits = body.data.find((s) => s.id === "wits-kazakhstan-imports-from-israel")!;
    expect(wits.points.map((p) => p.year)).not.toContain(2021);
    expect(wits.gaps[0]?.years).toEqual([2020, 2021, 2022]);
    expect(wits.points[0]?.derived).toContain("sum of the 15 HS-section rows for 2015");
  });

  it("refuses a query parameter with a 400 naming it", () => {
    const result = call("year=2010");
    expect(result.status).toBe(400);
    expect(apiErrorSchema.parse(result.body).issues?.[0]?.parameter).toBe("year");
  });
});
