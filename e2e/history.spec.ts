import path from "node:path";
import { DOMParser } from "@xmldom/xmldom";
import { expect, test } from "@playwright/test";
import { describeChange } from "@/lib/history/diff";
import { allChanges } from "@/lib/history/history";
import { readHistory } from "@/lib/history/read";
import { dataset } from "./dataset";

// What the build should show, read from data/releases and data/changes.yaml through the same library.
const releases = readHistory(path.join(__dirname, "..", "data"), dataset);
const changes = allChanges(releases);
const changedFacts = [...new Set(changes.filter((c) => c.subject === "fact" && c.kind !== "fact-removed").map((c) => c.id))];
const unchangedFact = dataset.facts.find((f) => !changes.some((c) => c.id === f.id))!;

test("/changes lists every version newest first with its counts, and says so when nothing has changed yet", async ({ page }) => {
  await page.goto("/changes");
  await expect(page.getByRole("heading", { level: 1, name: "Changes to the data" })).toBeVisible();
  const versions = await page.locator("section[data-version]").evaluateAll((sections) => sections.map((s) => s.getAttribute("data-version")));
  expect(versions).toEqual(releases.map((r) => r.version));
  if (changes.length === 0) await expect(page.getByRole("status")).toContainText("No changes yet");
  else await expect(page.getByRole("status")).toHaveCount(0);
  for (const release of releases.filter((r) => r.changes.length > 0)) {
    const section = page.locator(`section[data-version="${release.version}"]`);
    // Each section keeps the anchor links made before releases had their own pages point to.
    await expect(section).toHaveAttribute("id", `v${release.version}`);
    const counts = await section.locator("[data-change-counts] li").evaluateAll((lis) => lis.map((li) => [li.getAttribute("data-kind"), li.textContent]));
    const total = counts.reduce((sum, [, text]) => sum + Number(/: (\d+)$/.exec(text ?? "")?.[1]), 0);
    expect(total, release.version).toBe(release.changes.length);
    expect(new Set(counts.map(([kind]) => kind))).toEqual(new Set(release.changes.map((c) => c.kind)));
    await expect(section.getByRole("link", { name: `Every change in version ${release.version}` })).toHaveAttribute("href", `/changes/${release.version}`);
  }
});

test("each version's page shows its every change and no other, each linking to its fact or source with its reason", async ({ page }) => {
  const squash = (text: string) => text.replace(/\s+/g, " ").trim();
  for (const release of releases) {
    await page.goto(`/changes/${release.version}`);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Changes in version ${release.version}`);
    // Read the whole list in one step: a round trip per change made this test slow enough to time out on a busy machine.
    const items = await page.locator("li[data-change-id]").evaluateAll((lis) =>
      lis.map((li) => ({
        id: li.getAttribute("data-change-id"),
        kind: li.getAttribute("data-change-kind"),
        text: li.textContent ?? "",
        visible: li.checkVisibility(),
        links: [...li.querySelectorAll("a")].map((a) => ({ name: a.textContent ?? "", href: a.getAttribute("href") })),
      })),
    );
    expect(items, release.version).toHaveLength(release.changes.length);
    const unmatched = [...items];
    for (const change of release.changes) {
      const at = unmatched.findIndex(
        (item) =>
          item.id === change.id &&
          item.kind === change.kind &&
          squash(item.text).includes(squash(describeChange(change))) &&
          (!change.reason || squash(item.text).includes(squash(change.reason))),
      );
      expect(at, `${change.version} ${change.id} ${change.field}`).toBeGreaterThanOrEqual(0);
      const [item] = unmatched.splice(at, 1);
      expect(item!.visible, `${change.id} ${change.field}`).toBe(true);
      if (!change.kind.endsWith("-removed")) expect(item!.links.map((l) => [squash(l.name), l.href])).toContainEqual([squash(change.label), `/${change.subject}s/${change.id}`]);
    }
  }
});

test("an unknown version is a real 404 page", async ({ page }) => {
  const response = await page.goto("/changes/9.9.9");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
});

test("a fact page has a History section: its changes with reasons, or unchanged since the first release", async ({ page }) => {
  await page.goto(`/facts/${unchangedFact.id}`);
  const history = page.getByRole("region", { name: "History" });
  await expect(history).toContainText(`Unchanged since version ${releases.at(-1)!.version}`);
  for (const id of changedFacts.slice(0, 5)) {
    await page.goto(`/facts/${id}`);
    for (const change of changes.filter((c) => c.id === id && c.subject === "fact")) {
      await expect(page.getByRole("region", { name: "History" })).toContainText(describeChange(change));
      await expect(page.getByRole("region", { name: "History" }).getByRole("link", { name: `${change.previous} → ${change.version}` })).toHaveAttribute("href", `/changes/${change.version}`);
    }
  }
});

test("a source page has a History section", async ({ page }) => {
  const source = dataset.sources[0]!;
  await page.goto(`/sources/${source.id}`);
  await expect(page.getByRole("region", { name: "History" })).toBeVisible();
});

test("every page links the Atom feed from its <head>", async ({ page }) => {
  const panel = dataset.panels[0]!;
  for (const route of ["/", `/facts/${dataset.facts[0]!.id}`, `/sources/${dataset.sources[0]!.id}`, "/changes", "/about", `/embed/${panel.id}`, `/panels/${panel.id}`]) {
    await page.goto(route);
    await expect(page.locator('head link[rel="alternate"][type="application/atom+xml"]'), route).toHaveAttribute("href", "/changes.xml");
  }
});

test("/changes.xml is well-formed Atom with one entry per version", async ({ request }) => {
  const response = await request.get("/changes.xml");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/atom+xml");
  expect(response.headers()["content-security-policy"]).toContain("default-src 'none'");
  const doc = new DOMParser({ onError: (level, message) => { throw new Error(`${level}: ${message}`); } }).parseFromString(await response.text(), "application/xml");
  const feed = doc.documentElement!;
  expect([feed.localName, feed.namespaceURI]).toEqual(["feed", "http://www.w3.org/2005/Atom"]);
  const ids = Array.from(doc.getElementsByTagName("id")).map((el) => el.textContent);
  expect(ids[0]).toMatch(/\/changes\.xml$/);
  expect(doc.getElementsByTagName("entry")).toHaveLength(releases.length);
  expect(doc.getElementsByTagName("updated").length).toBe(releases.length + 1);
});

test("the API lists changes and each fact's history", async ({ request }) => {
  const list = await request.get("/api/v1/changes");
  expect(list.status()).toBe(200);
  const body = (await list.json()) as { total: number; data: unknown[] };
  expect(body.total).toBe(changes.length);
  const fact = await request.get(`/api/v1/facts/${changedFacts[0] ?? unchangedFact.id}`);
  const item = (await fact.json()) as { history: Array<{ id: string }> };
  expect(item.history.length).toBe(changes.filter((c) => c.subject === "fact" && c.id === (changedFacts[0] ?? unchangedFact.id)).length);
  const bad = await request.get("/api/v1/changes?version=nope");
  expect(bad.status()).toBe(400);
});
