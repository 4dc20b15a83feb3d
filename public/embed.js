/* Kazakhstan–Israel relations dashboard: resizes embedded panels to fit.
   Paste after one or more <iframe src=".../embed/<panel>"> tags. */
(function () {
  "use strict";
  if (window.__kzilEmbed) return;
  window.__kzilEmbed = true;
  var script = document.currentScript;
  var origin = script ? new URL(script.src, window.location.href).origin : null;
  window.addEventListener("message", function (event) {
    if (origin && event.origin !== origin) return;
    var data = event.data;
    if (!data || data.type !== "kzil-embed:height" || typeof data.height !== "number") return;
    var frames = document.getElementsByTagName("iframe");
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.max(50, Math.min(20000, Math.ceil(data.height))) + "px";
      }
    }
  });
})();
