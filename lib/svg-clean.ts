// Cleans recharts' server markup into SVG the Nu HTML checker accepts, with
// svgo: attributes SVG does not allow (x and width on <line>, orientation and
// name on <text>) go, as do recharts' class names and wrapper styles (the
// page's CSS styles charts by their own classes), and numbers are rounded.
import { optimize, type CustomPlugin } from "svgo";

// Our own classes ("chart-…": tips, marks) stay; recharts' are dead weight in the HTML.
const keepOwnClasses: CustomPlugin = {
  name: "keepOwnClasses",
  fn: () => ({
    element: {
      enter: (node) => {
        const kept = (node.attributes.class ?? "").split(/\s+/).filter((c) => c.startsWith("chart-"));
        if (kept.length > 0) node.attributes.class = kept.join(" ");
        else delete node.attributes.class;
        if (node.name === "svg") delete node.attributes.style;
      },
    },
  }),
};

/** The <svg> element of a rendered chart, without recharts' wrapper <div>s. */
export function extractSvg(html: string): string {
  const start = html.indexOf("<svg");
  const end = html.lastIndexOf("</svg>");
  if (start < 0 || end < start) throw new Error("no <svg> in the rendered chart");
  return html.slice(start, end + "</svg>".length);
}

/**
 * `inline`: for a page (no xmlns, no width and height: CSS sizes it);
 * `standalone`: a file of its own, opened or printed as it is.
 */
export function cleanChartSvg(svg: string, mode: "inline" | "standalone"): string {
  const result = optimize(svg, {
    multipass: true,
    plugins: [
      {
        name: "preset-default",
        params: {
          overrides: {
            // Ids are page-wide: keep ours (each names its chart and layout).
            cleanupIds: false,
            // The links' and the charts' roles and names are the point.
            removeUnknownsAndDefaults: { keepRoleAttr: true, keepAriaAttrs: true },
            // Hidden tips are shown by CSS; nothing hidden may be dropped.
            removeHiddenElems: false,
          },
        },
      },
      keepOwnClasses,
      ...(mode === "inline" ? (["removeXMLNS", "removeDimensions"] as const) : []),
    ],
  });
  return result.data;
}
