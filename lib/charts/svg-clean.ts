// Cleans recharts' server markup into SVG the Nu HTML checker accepts, with
// svgo: attributes SVG does not allow (x and width on <line>, orientation and
// name on <text>) go, as do recharts' class names and wrapper styles (the
// page's CSS styles charts by their own classes), and numbers are rounded.
import { optimize, type CustomPlugin } from "svgo";

// Every byte of a chart is sent twice (in the HTML and in React's payload), so
// what CSS can say once is not repeated on each element: text is 13 px in
// the page's ink (`.chart svg` in app/globals.css; the download's <style>).
const DEFAULTS: Record<string, string> = { fill: "var(--ink)", "font-size": "13" };

// svgo's removeUnknownsAndDefaults knows only xlink:href on <a>, and would drop
// SVG 2's href: it is parked in a data- attribute while the preset runs.
const rename = (from: string, to: string): CustomPlugin => ({
  name: `rename-${from}`,
  fn: () => ({
    element: {
      enter: (node) => {
        if (node.name !== "a" || node.attributes[from] === undefined) return;
        node.attributes[to] = node.attributes[from];
        delete node.attributes[from];
      },
    },
  }),
});

const slim: CustomPlugin = {
  name: "slimChartMarkup",
  fn: () => ({
    element: {
      enter: (node, parent) => {
        // Our own classes ("chart-…": tips, hint) stay; recharts' are dead weight.
        const kept = (node.attributes.class ?? "").split(/\s+/).filter((c) => c.startsWith("chart-"));
        if (kept.length > 0) node.attributes.class = kept.join(" ");
        else delete node.attributes.class;
        if (node.name === "svg") delete node.attributes.style;
        for (const [name, value] of Object.entries(DEFAULTS)) if (node.attributes[name] === value && node.name !== "svg") delete node.attributes[name];
        // recharts' clip path is never referenced by what we draw.
        if (node.name === "clipPath" && parent.type === "element") parent.children = parent.children.filter((c) => c !== node);
        // <text><tspan dy>word</tspan></text> says the same as <text dy>word</text>.
        const only = node.children.filter((c) => c.type !== "text" || c.value.trim() !== "");
        const child = only[0];
        if (node.name === "text" && only.length === 1 && child?.type === "element" && child.name === "tspan" && (child.attributes.x ?? node.attributes.x) === node.attributes.x) {
          const { dy } = child.attributes;
          if (dy && dy !== "0") node.attributes.dy = dy;
          node.children = child.children;
        }
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
    floatPrecision: 1,
    plugins: [
      rename("href", "data-href"),
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
      rename("data-href", "href"),
      slim,
      ...(mode === "inline" ? (["removeXMLNS", "removeDimensions"] as const) : []),
    ],
  });
  return result.data;
}
