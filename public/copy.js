/* Kazakhstan–Israel relations dashboard: the copy buttons beside snippets and
   citations (components/actions/copy-button.tsx). They are hidden until this
   script shows them; without it the snippets are there to select. */
(function () {
  "use strict";
  if (!navigator.clipboard) return;
  // React hoists this async script into <head>, so it can run before the
  // buttons are parsed: show them once the document is.
  function show() {
    var controls = document.querySelectorAll("[data-copy-control]");
    for (var i = 0; i < controls.length; i++) controls[i].hidden = false;
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", show);
  else show();
  document.addEventListener("click", function (event) {
    var button = event.target instanceof Element ? event.target.closest("button[data-copy]") : null;
    if (!button) return;
    var snippet = document.querySelector('[data-snippet="' + CSS.escape(button.getAttribute("data-copy")) + '"]');
    var status = button.parentNode.querySelector('[role="status"]');
    if (!snippet || !status) return;
    navigator.clipboard.writeText(snippet.textContent).then(
      function () { status.textContent = "Copied"; },
      function () { status.textContent = "Copy failed: select the text instead"; }
    );
  });
})();
