// Where a scatter chart's point labels go. Labels sit beside their marker;
// each takes the first spot (above right, below right, above left, below
// left) that overlaps no label already placed, no other marker and stays in
// the chart, so close figures ("$1.54bn", "about $1.5bn") stay readable.

export type PointLabel = { id: string; cx: number; cy: number; text: string };
type PlacedLabel = { x: number; y: number; anchor: "start" | "end" };
type Box = { left: number; right: number; top: number; bottom: number };

// An average glyph of the chart's sans-serif, as a share of the font size;
// generous, so an estimate errs towards keeping labels apart.
const GLYPH = 0.62;
const GAP = 9;
const MARKER = 6;

function boxOf(label: PlacedLabel, width: number, font: number): Box {
  const left = label.anchor === "start" ? label.x : label.x - width;
  return { left, right: left + width, top: label.y - font, bottom: label.y + font * 0.25 };
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** Each point's label position, by id. `bounds` is the area labels must stay in (the chart's viewBox). */
export function placePointLabels(points: PointLabel[], font: number, bounds: { width: number; height: number }): Map<string, PlacedLabel> {
  const markers = points.map((p) => ({ id: p.id, box: { left: p.cx - MARKER, right: p.cx + MARKER, top: p.cy - MARKER, bottom: p.cy + MARKER } }));
  const placed: Box[] = [];
  const result = new Map<string, PlacedLabel>();
  for (const p of points) {
    const width = p.text.length * font * GLYPH;
    const candidates: PlacedLabel[] = [
      { x: p.cx + GAP, y: p.cy - 8, anchor: "start" },
      { x: p.cx + GAP, y: p.cy + 17, anchor: "start" },
      { x: p.cx - GAP, y: p.cy - 8, anchor: "end" },
      { x: p.cx - GAP, y: p.cy + 17, anchor: "end" },
    ];
    const inBounds = candidates.filter((c) => {
      const box = boxOf(c, width, font);
      return box.left >= 0 && box.right <= bounds.width && box.top >= 0 && box.bottom <= bounds.height;
    });
    const free = inBounds.find((c) => {
      const box = boxOf(c, width, font);
      return !placed.some((other) => overlaps(box, other)) && !markers.some((m) => m.id !== p.id && overlaps(box, m.box));
    });
    const chosen = free ?? inBounds[0] ?? candidates[0]!;
    placed.push(boxOf(chosen, width, font));
    result.set(p.id, chosen);
  }
  return result;
}
