/* Actor page: articles mentioning the actor per bucket. */
"use strict";

(() => {
  const timeline = Newsgraph.data("mentions-data");
  Newsgraph.stackedBars(Newsgraph.chart("mentions-chart"), timeline, () => "#2563eb");
})();
