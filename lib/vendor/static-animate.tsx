// Stands in for react-smooth's <Animate> (aliased in next.config.js). Our
// charts are drawn once, on the server, with animation off, so recharts only
// ever needs the final frame: this renders it, and keeps react-smooth and
// react-transition-group (about 8 kB gzipped) out of the browser.
import type { ReactNode } from "react";

type Props = { children?: ReactNode | ((style: unknown) => ReactNode); to?: unknown };

export default function StaticAnimate({ children, to }: Props): ReactNode {
  if (typeof children === "function") return children(to);
  return children ?? null;
}
