/* Timeline page: events per bucket stacked by type; a click lists that type's articles in the bucket. */
"use strict";

(() => {
  const timeline = Newsgraph.data("timeline-data");
  const instance = Newsgraph.chart("timeline-chart");
  Newsgraph.stackedBars(instance, timeline, Newsgraph.typeColour);

  /** The first and last day of a bucket label (2025-03-14, 2025-03 or 2025). */
  function range(bucket) {
    if (bucket.length === 10) return [bucket, bucket];
    if (bucket.length === 7) {
      const [y, m] = bucket.split("-").map(Number);
      const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
      return [bucket + "-01", bucket + "-" + String(last).padStart(2, "0")];
    }
    return [bucket + "-01-01", bucket + "-12-31"];
  }

  instance.on("click", (params) => {
    const [since, until] = range(params.name);
    const query = new URLSearchParams({ type: params.seriesName, since, until });
    if (timeline.filters.actor) query.set("actor", timeline.filters.actor);
    window.location.href = "/search?" + query.toString();
  });
})();
