import { formatAll } from "@/lib/citation/format";
import { sourceRecord } from "@/lib/citation/records";
const out = formatAll(sourceRecord({ id: "v", title: "Visa", title_kind: "as-published", authors: [], publisher: "Caliber.az", url: "https://example.org/visa", published: { kind: "estimated", from: "2026-01", to: "2026-02", label: "x", basis: "y" }, accessed: "2026-11-28", seen: { how: "live", date: "2026-11-28" }, language: "en", tier: "news" }));
console.log(out.harvard, "\n", out.mla, "\n", out.apa, "\n", out.chicago);
