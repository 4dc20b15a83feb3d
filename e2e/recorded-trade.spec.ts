// Every recorded value the site shows (chart, table, series CSV) is checked
// against the shared statistical extracts themselves, read from
// ../shared/data/trade-series/ beside the repository, not from our data/.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { expect, test, type Locator } from "@playwright/test";
import { parse } from "csv-parse/sync";

const shared = path.resolve(__dirname, "..", "../shared/data/trade-series");
const panel = "/panels/recorded-trade";

type Sheet = { header: string[]; rows: string[][] };
const sheets = new Map<string, Sheet>();
function sheet(table: string): Sheet {
  const cached = sheets.get(table);
  if (cached) return cached;
  const file = path.join(shared, `${table}.csv`);
  expect(existsSync(file), file).toBe(true);
  const [header = [], ...rows] = parse(readFileSync(file, "utf8")) as string[][];
  const read = { header, rows };
  sheets.set(table, read);
  return read;
}

function cell(table: string, row: number, column: string): string {
  const { header, rows } = sheet(table);
  expect(header, `${table} has column ${column}`).toContain(column);
  const cells = rows[row - 1];
  expect(cells, `${table} row ${row}`).toBeDefined();
  return cells![header.indexOf(column)]!;
}

const yearColumn = (table: string) => sheet(table).header.find((h) => /^(year|Year|t|year_inferred)$/.test(h))!;

/** A value equals its row, or (derived) the sum of its rows, each of the stated year. */
function expectFromRows(what: string, { value, table, column, rows, year }: { value: string; table: string; column: string; rows: number[]; year: string }) {
  for (const row of rows) expect(cell(table, row, yearColumn(table)), `${what}: year of ${table} row ${row}`).toBe(year);
  if (rows.length === 1) {
    expect(value, what).toBe(cell(table, rows[0]!, column));
    return;
  }
  // Thousandths are the finest digits the extracts hold: sum them as integers.
  const milli = (text: string) => Math.round(Number(text) * 1000);
  expect(milli(value), what).toBe(rows.reduce((sum, row) => sum + milli(cell(table, row, column)), 0));
}

async function attributes(locator: Locator) {
  return locator.evaluateAll((nodes) =>
    nodes.map((n) => ({
      key: n.getAttribute("data-point") ?? n.getAttribute("data-recorded-value") ?? "",
      value: n.getAttribute("data-value") ?? (n.getAttribute("data-stored") ?? "").split(" ")[0] ?? "",
      table: n.getAttribute("data-table") ?? "",
      column: n.getAttribute("data-column") ?? "",
      rows: (n.getAttribute("data-rows") ?? "").split(" ").map(Number),
      year: n.getAttribute("data-year") ?? "",
      href: n.getAttribute("href"),
      title: n.querySelector("title")?.textContent ?? "",
    })),
  );
}

test("every point on the recorded-trade chart equals its row in the shared files, and links to it", async ({ page }) => {
  await page.goto(panel);
  const points = await attributes(page.locator('[data-layout="wide"] a[data-point]'));
  expect(points.length).toBeGreaterThan(60);
  for (const p of points) {
    expectFromRows(`chart ${p.key}`, p);
    expect(p.href).toBe(`/tables/${p.table}#row-${p.rows[0]}`);
    // The tip carries year, unit, reporter and compiler.
    expect(p.title).toContain(`, ${p.year}:`);
    expect(p.title).toMatch(/(thousand|million|billion) current US dollars/);
    expect(p.title).toContain("Reporter:");
    expect(p.title).toContain("Compiler:");
  }
  // At least three series drawn as lines, each with ten or more yearly points.
  const long = await page.locator('[data-layout="wide"] g[data-series]').evaluateAll((groups) =>
    groups.filter((g) => g.querySelector("[data-line]") && g.querySelectorAll("a[data-point]").length >= 10).map((g) => g.getAttribute("data-series")),
  );
  expect(long.length).toBeGreaterThanOrEqual(3);
  // The incomplete WITS years are never drawn.
  expect(points.filter((p) => p.table.startsWith("wits-") && ["2020", "2021", "2022"].includes(p.year))).toEqual([]);
});

test("every recorded value in the panel's table equals its row in the shared files", async ({ page }) => {
  await page.goto(panel);
  const cells = await attributes(page.locator("[data-recorded-value]"));
  expect(cells.length).toBeGreaterThan(60);
  for (const c of cells) expectFromRows(`table ${c.key}`, c);
});

test("every value of series.csv equals its row in the shared files", async ({ request }) => {
  const response = await request.get("/data/series.csv");
  expect(response.ok()).toBe(true);
  const lines = parse(await response.text(), { columns: true }) as Record<string, string>[];
  expect(lines.length).toBeGreaterThan(60);
  for (const line of lines) {
    const { series_id, year, value, table, column, row, derived, row_value, unit, reporter, compiler } = line as Record<string, string>;
    expect(unit && reporter && compiler, `${series_id} ${year}`).toBeTruthy();
    if (derived) {
      expect(row_value, `${series_id} ${year} row ${row}`).toBe(cell(table!, Number(row), column!));
      const all = lines.filter((l) => l.series_id === series_id && l.year === year).map((l) => Number(l.row));
      expectFromRows(`series.csv ${series_id} ${year}`, { value: value!, table: table!, column: column!, rows: all, year: year! });
    } else {
      expectFromRows(`series.csv ${series_id} ${year}`, { value: value!, table: table!, column: column!, rows: [Number(row)], year: year! });
    }
  }
});

test("a point's link opens its table with the row highlighted", async ({ page }) => {
  await page.goto(panel);
  const link = page.locator('[data-layout="wide"] a[data-point="cow-v4-kazakhstan-imports-from-israel:2014"]');
  const href = await link.getAttribute("href");
  await page.goto(href!);
  const row = page.locator("tr:target");
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("2014");
  await expect(row).toContainText("125");
  expect(await row.evaluate((tr) => getComputedStyle(tr).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
});

test("the $1.4 billion fact's page shows the recorded imports for the same flow, with the table", async ({ page }) => {
  await page.goto("/facts/israel-imports-over-1-4-billion-a-year");
  const main = page.locator("main");
  await expect(main).toContainText(cell("cow-v4-peacesciencer", 23, "flow1") === "4" ? "$4m in 2014" : "unreachable");
  await expect(main).toContainText("666,705,2014,4,125");
  await expect(main.getByRole("link", { name: /Correlates of War Project Trade Data Set, Version 4\.0/ }).first()).toBeVisible();
});

test("the home page's summary links to the table of every recorded value rather than carrying it", async ({ page }) => {
  await page.goto("/");
  const section = page.locator('section[data-panel-id="recorded-trade"]');
  await expect(section.locator("[data-recorded-value]")).toHaveCount(0);
  // The press figures stay in the summary's table view.
  await section.locator("details summary").click();
  await expect(section.locator("details table")).toHaveCount(1);
  const link = section.locator("[data-recorded-table-link] a");
  await expect(link).toHaveAttribute("href", panel);
  await link.click();
  await expect(page).toHaveURL(panel);
  expect(await page.locator("[data-recorded-value]").count()).toBeGreaterThan(60);
});
