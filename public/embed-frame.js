/* Kazakhstan–Israel relations dashboard: runs inside an embedded panel (/embed/<panel>).
   Applies ?theme=light|dark and tells the host page (through postMessage, for
   /embed.js) how tall the panel is. The embed pages carry no other script. */
(function () {
  "use strict";
  var theme = new URLSearchParams(window.location.search).get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.setAttribute("data-theme", theme);
  if (window.parent === window || typeof ResizeObserver === "undefined") return;
  function report() {
    var height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    window.parent.postMessage({ type: "kzil-embed:height", height: height }, "*");
  }
  new ResizeObserver(report).observe(document.documentElement);
  report();
})();
