// Each measure in a mixed series gets its own colour and marker shape, so the
// difference shows in greyscale print as well as in colour.
const seriesColors = ["var(--chart-1)", "var(--chart-2)", "var(--chart-4)", "var(--chart-3)"] as const;
const seriesShapes = ["circle", "square", "triangle", "diamond", "cross", "triangle-down"] as const;
export type SeriesShape = (typeof seriesShapes)[number];

/** Six distinct marker shapes; colour cycles separately, so no two series match. */
export function seriesStyle(index: number): { color: string; shape: SeriesShape } {
  return {
    color: seriesColors[index % seriesColors.length] as string,
    shape: seriesShapes[index % seriesShapes.length] as SeriesShape,
  };
}

/** An SVG path for a marker of the given shape centred on (x, y). */
export function markerPath(shape: SeriesShape, x: number, y: number, r = 6): string {
  switch (shape) {
    case "circle":
      return `M ${x - r} ${y} a ${r} ${r} 0 1 0 ${2 * r} 0 a ${r} ${r} 0 1 0 ${-2 * r} 0`;
    case "square":
      return `M ${x - r} ${y - r} h ${2 * r} v ${2 * r} h ${-2 * r} Z`;
    case "triangle":
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y + r} L ${x - r - 1} ${y + r} Z`;
    case "diamond":
      return `M ${x} ${y - r - 1} L ${x + r + 1} ${y} L ${x} ${y + r + 1} L ${x - r - 1} ${y} Z`;
    case "cross": {
      const t = r / 2.5;
      return `M ${x - t} ${y - r} h ${2 * t} v ${r - t} h ${r - t} v ${2 * t} h ${t - r} v ${r - t} h ${-2 * t} v ${t - r} h ${t - r} v ${-2 * t} h ${r - t} Z`;
    }
    case "triangle-down":
      return `M ${x} ${y + r + 1} L ${x + r + 1} ${y - r} L ${x - r - 1} ${y - r} Z`;
  }
}
