import { AsOfText } from "@/components/as-of";
import { displayFigure } from "@/lib/format";
import type { Figure } from "@/lib/dataset/schema";

/** A figure with its qualifier, period and as-of date kept beside the number. */
export function FigureValue({ figure, size = "md" }: { figure: Figure; size?: "md" | "lg" }) {
  const d = displayFigure(figure);
  return (
    <p className="flex flex-wrap items-baseline gap-x-2">
      {d.qualifier && <span className="text-sm font-medium text-muted">{d.qualifier}</span>}
      <span className={size === "lg" ? "text-4xl font-bold tabular-nums" : "text-2xl font-bold tabular-nums"}>{d.value}</span>
      {d.period && <span className="text-sm text-muted">{d.period}</span>}
      <span className="text-sm text-muted">
        · {d.measure} · <AsOfText asOf={figure.as_of} />
        {d.projection && <> · {d.projection}</>}
      </span>
    </p>
  );
}
