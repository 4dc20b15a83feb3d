import { AsOfText } from "@/components/facts/as-of";
import type { Figure } from "@/lib/dataset/schema";
import { figureLabel } from "@/lib/display/figure-label";

/** A figure with its qualifier, period and as-of date kept beside the number. */
export function FigureValue({ figure, size = "md" }: { figure: Figure; size?: "md" | "lg" }) {
  const d = figureLabel(figure);
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      {d.qualifier && <span className="text-sm font-medium text-muted">{d.qualifier}</span>}
      <span className={size === "lg" ? "text-4xl font-bold tabular-nums" : "text-2xl font-bold tabular-nums"}>{d.value}</span>
      {d.period && <span className="text-sm text-muted">{d.period}</span>}
      <span className="text-sm text-muted">
        · {d.measure} · <AsOfText label={d.asOfLabel} />
        {d.projection && <> · {d.projection}</>}
      </span>
    </p>
  );
}
