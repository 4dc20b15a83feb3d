// Horizontal bars drawn as plain SVG inside a recharts chart (a <Customized>
// layer using the chart's x scale). Wide: labels left of the bars, values
// after them. Narrow: the label and the value as lines above each bar, so the
// bars keep the whole width.
import { type AxisMaps, axisScales, MarkLink } from "@/components/charts/chart-parts";
import { FONT, LINE, wrapWords, type ChartLayout } from "@/lib/charts/layout";

type BarSegment = { from: number; to: number; fill: string; stroke?: string; text?: string; textFill?: string; textAt?: "inside" | "center" };
export type BarRowShape = { label: string; segments: BarSegment[]; after?: string; link?: { href: string; parts: string[] } };

/** Lines above a narrow bar: the label, then the values the wide layout writes on or after it. */
function narrowLines(row: BarRowShape, chars: number): string[] {
  const values = [row.after, ...row.segments.map((s) => s.text)].filter(Boolean).join("; ");
  return [...wrapWords(row.label, chars), ...(values ? wrapWords(values, chars) : [])];
}

export function narrowRowHeight(rows: BarRowShape[], chars: number, barHeight: number): number {
  return Math.max(...rows.map((row) => narrowLines(row, chars).length)) * LINE + barHeight + 14;
}

type Props = AxisMaps & { rows: BarRowShape[]; barHeight: number; labelChars: number; size: ChartLayout; rowHeight: number };

function Row({ row, cy, x, barHeight, labelChars, size, rowHeight }: Omit<Props, "rows" | keyof AxisMaps> & { row: BarRowShape; cy: number; x: (v: number) => number }) {
  const wide = size === "wide";
  const lines = wide ? wrapWords(row.label, labelChars) : narrowLines(row, labelChars);
  // Narrow: the bar sits at the bottom of its row, the lines above it.
  const barY = wide ? cy - barHeight / 2 : cy + rowHeight / 2 - barHeight - 6;
  const labelX = wide ? x(0) - 8 : x(0);
  const firstLine = wide ? cy - ((lines.length - 1) * LINE) / 2 : barY - 6 - (lines.length - 1) * LINE;
  const end = Math.max(...row.segments.map((s) => x(s.to)));
  const body = (
    <>
      <text x={labelX} y={firstLine} textAnchor={wide ? "end" : "start"} fontSize={FONT} fill="var(--ink)">
        {lines.map((line, i) => (
          <tspan key={i} x={labelX} dy={i === 0 ? 0 : LINE} dominantBaseline={wide ? "central" : undefined}>
            {line}
          </tspan>
        ))}
      </text>
      {row.segments.map((segment, i) => {
        const [left, right] = [x(segment.from), x(segment.to)];
        if (right <= left) return null;
        const tx = segment.textAt === "center" ? (left + right) / 2 : left + 6;
        return (
          <g key={i}>
            <rect x={left} y={barY} width={right - left} height={barHeight} fill={segment.fill} stroke={segment.stroke ?? "none"} />
            {wide && segment.text && (
              <text
                x={tx}
                y={cy}
                dominantBaseline="central"
                textAnchor={segment.textAt === "center" ? "middle" : "start"}
                fontSize={FONT}
                fontWeight={600}
                fill={segment.textFill ?? "var(--ink)"}
                // A halo keeps the words legible over hatching.
                stroke={segment.textAt === "center" ? "var(--surface)" : "none"}
                strokeWidth={5}
                paintOrder="stroke"
              >
                {segment.text}
              </text>
            )}
          </g>
        );
      })}
      {wide && row.after && (
        <text x={end + 6} y={cy} dominantBaseline="central" fontSize={FONT} fontWeight={600} fill="var(--ink)">
          {row.after}
        </text>
      )}
    </>
  );
  return row.link ? (
    <MarkLink href={row.link.href} parts={row.link.parts} layout={size}>
      {body}
    </MarkLink>
  ) : (
    <g>{body}</g>
  );
}

export function HorizontalBars({ rows, barHeight, labelChars, size, rowHeight, ...maps }: Props) {
  const scales = axisScales(maps);
  if (!scales) return null;
  return (
    <g>
      {rows.map((row, index) => (
        <Row key={row.label} row={row} cy={scales.y(index)} x={scales.x} barHeight={barHeight} labelChars={labelChars} size={size} rowHeight={rowHeight} />
      ))}
    </g>
  );
}
