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

type Scale = (value: number) => number;
export type AxisMaps = { xAxisMap?: Record<string, { scale?: Scale }>; yAxisMap?: Record<string, { scale?: Scale }> };

/** The x and y scales recharts hands a <Customized> layer, once it has laid out its axes. */
export function axisScales({ xAxisMap, yAxisMap }: AxisMaps): { x: Scale; y: Scale } | null {
  const x = Object.values(xAxisMap ?? {})[0]?.scale;
  const y = Object.values(yAxisMap ?? {})[0]?.scale;
  return x && y ? { x, y } : null;
}
