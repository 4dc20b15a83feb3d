// Horizontal bars drawn as plain SVG inside a recharts chart (a <Customized>
// layer using the chart's x scale). Drawing the bars here rather than with
// recharts' <Bar> keeps its animation and label machinery out of the bundle.
import { type AxisMaps, axisScales, wrapWords } from "@/components/charts/chart-parts";

export type BarSegment = { from: number; to: number; fill: string; stroke?: string; text?: string; textFill?: string; textAt?: "inside" | "center" };
export type BarRowShape = { label: string; segments: BarSegment[]; after?: string };

const LINE = 15;

export function HorizontalBars({ rows, barHeight, labelChars, ...maps }: AxisMaps & { rows: BarRowShape[]; barHeight: number; labelChars: number }) {
  const scales = axisScales(maps);
  if (!scales) return null;
  const { x, y } = scales;
  return (
    <g>
      {rows.map((row, index) => {
        const cy = y(index);
        const lines = wrapWords(row.label, labelChars);
        const end = Math.max(...row.segments.map((s) => x(s.to)));
        return (
          <g key={row.label}>
            <text x={x(0) - 8} y={cy - ((lines.length - 1) * LINE) / 2} textAnchor="end" fontSize={13} fill="var(--ink)">
              {lines.map((line, i) => (
                <tspan key={i} x={x(0) - 8} dy={i === 0 ? 0 : LINE} dominantBaseline="central">
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
                  <rect x={left} y={cy - barHeight / 2} width={right - left} height={barHeight} fill={segment.fill} stroke={segment.stroke ?? "none"} />
                  {segment.text && (
                    <text
                      x={tx}
                      y={cy}
                      dominantBaseline="central"
                      textAnchor={segment.textAt === "center" ? "middle" : "start"}
                      fontSize={13}
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
            {row.after && (
              <text x={end + 6} y={cy} dominantBaseline="central" fontSize={13} fontWeight={600} fill="var(--ink)">
                {row.after}
              </text>
            )}
          </g>
        );
      })}
    </g>
  );
}
