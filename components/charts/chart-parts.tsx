/**
 * An SVG pattern for values that are unknown or computed rather than reported.
 * Recharts only keeps children it knows, so charts place this inside their own
 * <defs>: `<defs>{hatchPattern(id, colour)}</defs>`.
 */
export function hatchPattern(id: string, color: string) {
  return (
    <pattern id={id} width="8" height="8" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
      <rect width="8" height="8" fill="var(--surface)" />
      <line x1="0" y1="0" x2="0" y2="8" stroke={color} strokeWidth="3" />
    </pattern>
  );
}

type LabelProps = { x?: number | string; y?: number | string; width?: number | string; height?: number | string; value?: unknown };

/** A bar label drawn as one line of text, right of the bar or inside it. */
export function barLabel(placement: "right" | "inside" | "center", fill = "var(--ink)") {
  return function BarLabel({ x = 0, y = 0, width = 0, height = 0, value }: LabelProps) {
    if (value === undefined || value === "") return null;
    const [bx, by, bw, bh] = [Number(x), Number(y), Number(width), Number(height)];
    const tx = placement === "right" ? bx + bw + 6 : placement === "inside" ? bx + 6 : bx + bw / 2;
    return (
      <text
        x={tx}
        y={by + bh / 2}
        dominantBaseline="central"
        textAnchor={placement === "center" ? "middle" : "start"}
        fontSize={13}
        fontWeight={600}
        fill={fill}
        // A halo keeps the words legible over hatching.
        stroke={placement === "center" ? "var(--surface)" : "none"}
        strokeWidth={5}
        paintOrder="stroke"
      >
        {String(value)}
      </text>
    );
  };
}

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrapWords(text: string, max: number): string[] {
  const lines: string[] = [];
  for (const word of text.split(" ")) {
    const last = lines[lines.length - 1];
    if (last !== undefined && (last + " " + word).length <= max) lines[lines.length - 1] = `${last} ${word}`;
    else lines.push(word);
  }
  return lines;
}

type TickProps = { x?: number | string; y?: number | string; payload?: { value?: unknown } };

/**
 * A category-axis tick wrapped by character count. Recharts' own wrapping
 * measures text in the browser, so server HTML and print would not wrap.
 */
export function wrappedTick(max: number) {
  return function WrappedTick({ x = 0, y = 0, payload }: TickProps) {
    const lines = wrapWords(String(payload?.value ?? ""), max);
    const lineHeight = 15;
    const first = -((lines.length - 1) * lineHeight) / 2;
    return (
      <text x={Number(x) - 6} y={Number(y)} textAnchor="end" fontSize={13} fill="var(--ink)">
        {lines.map((line, i) => (
          <tspan key={i} x={Number(x) - 6} dy={i === 0 ? first : lineHeight} dominantBaseline="central">
            {line}
          </tspan>
        ))}
      </text>
    );
  };
}

type Scale = (value: number) => number;
export type AxisMaps = { xAxisMap?: Record<string, { scale?: Scale }>; yAxisMap?: Record<string, { scale?: Scale }> };

/** The x and y scales recharts hands a <Customized> layer, once it has laid out its axes. */
export function axisScales({ xAxisMap, yAxisMap }: AxisMaps): { x: Scale; y: Scale } | null {
  const x = Object.values(xAxisMap ?? {})[0]?.scale;
  const y = Object.values(yAxisMap ?? {})[0]?.scale;
  return x && y ? { x, y } : null;
}
