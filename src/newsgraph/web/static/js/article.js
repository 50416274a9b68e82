/* Article page: legend checkboxes show or hide highlight layers; hovering a side-panel item or a span
   lights up every span and item with the same reference; clicking one scrolls to the other. */
"use strict";

(() => {
  const text = document.getElementById("article-text");
  const panel = document.getElementById("panel");

  for (const box of document.querySelectorAll("#legend input[data-layer]")) {
    box.addEventListener("change", () => text.classList.toggle("hide-" + box.dataset.layer, !box.checked));
  }

  function light(ref, on) {
    for (const el of document.querySelectorAll("[data-ref]")) {
      if (el.dataset.ref === ref) el.classList.toggle("lit", on);
    }
  }

  for (const root of [text, panel]) {
    root.addEventListener("mouseover", (ev) => {
      const el = ev.target.closest("[data-ref]");
      if (el) light(el.dataset.ref, true);
    });
    root.addEventListener("mouseout", (ev) => {
      const el = ev.target.closest("[data-ref]");
      if (el) light(el.dataset.ref, false);
    });
  }

  panel.addEventListener("click", (ev) => {
    const item = ev.target.closest("li[data-ref]");
    if (!item || ev.target.closest("a")) return;
    const span = text.querySelector(`[data-ref="${CSS.escape(item.dataset.ref)}"]`);
    if (span) span.scrollIntoView({ block: "center", behavior: "smooth" });
  });

  text.addEventListener("click", (ev) => {
    const el = ev.target.closest("span[data-ref]");
    if (!el) return;
    const item = document.getElementById(el.dataset.ref);
    if (item) item.scrollIntoView({ block: "nearest", behavior: "smooth" });
  });
})();
