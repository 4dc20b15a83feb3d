import { expect, test } from "@playwright/test";
import { checkMarkup } from "../scripts/vnu.cjs";
import { dataset } from "./dataset";

// One address of every route family, and every chart panel (each chart is its
// own markup): the W3C Nu HTML checker must report no error on any of them.
const fact = dataset.facts.find((f) => f.evidence.length > 0)!;
const chartPanels = dataset.panels.filter((p) => ["bar", "share", "series", "recorded", "timeline"].includes(p.view));
const routes = [
  "/",
  "/panels",
  ...chartPanels.map((p) => `/panels/${p.id}`),
  ...chartPanels.map((p) => `/embed/${p.id}`),
  `/facts/${fact.id}`,
  `/sources/${dataset.meta.primary_source}`,
  "/tables/cow-v4-peacesciencer",
  "/facts",
  "/facts?q=oil&topic=energy",
  "/check",
  "/about",
  "/api-docs",
  "/no-such-page",
  ...chartPanels.map((p) => `/panels/${p.id}/image.svg`),
];

test("every route family is valid HTML (and the SVG downloads valid SVG) to the Nu checker", async ({ request }) => {
  test.setTimeout(120_000);
  const documents = await Promise.all(
    routes.map(async (route) => {
      const response = await request.get(route);
      expect(response.status(), route).toBe(route === "/no-such-page" ? 404 : 200);
      return { name: route.endsWith(".svg") ? route : `${route} (html)`, markup: await response.text() };
    }),
  );
  const results = await checkMarkup(documents);
  const errors = Object.entries(results).flatMap(([name, list]) => list.map((e) => `${name}:${e.line ?? "?"}: ${e.message} [${e.extract ?? ""}]`));
  expect(errors).toEqual([]);
});

test("the checker catches invalid markup (so a pass means something)", async () => {
  const results = await checkMarkup([
    { name: "bad (html)", markup: '<!DOCTYPE html><html lang="en"><title>x</title><svg><line x="1" width="2"/></svg><figure><figcaption>c</figcaption><p>after</p></figure>' },
  ]);
  expect(results["bad (html)"]!.length).toBeGreaterThanOrEqual(2);
});
