/* Shared by the chart pages: read the page's JSON data block, colours per event type and actor kind. */
"use strict";

const Newsgraph = (() => {
  const TYPE_COLOURS = {
    AGREE: "#1b9e77", CONSULT: "#66c2a5", SUPPORT: "#2c7fb8", CONCEDE: "#7fcdbb", COOPERATE: "#41ab5d",
    AID: "#a1d99b", RETREAT: "#9ecae1", REQUEST: "#6a51a3", ACCUSE: "#fd8d3c", REJECT: "#e6550d",
    THREATEN: "#d94801", PROTEST: "#fdae6b", SANCTION: "#bc80bd", MOBILIZE: "#8c6d31", COERCE: "#de2d26",
    ASSAULT: "#a50f15", STATEMENT: "#9e9e9e",
  };
  const EXTRA = ["#e7298a", "#66a61e", "#e6ab02", "#a6761d", "#1f78b4", "#b15928"];
  const KIND_COLOURS = {
    person: "#2563eb", organisation: "#7c3aed", state: "#16a34a", group: "#ea580c", other: "#64748b",
  };

  /** The parsed JSON of a <script type="application/json"> block. */
  function data(id) {
    return JSON.parse(document.getElementById(id).textContent);
  }

  /** A stable colour for an event type (fixed for PLOVER types, hashed otherwise). */
  function typeColour(type) {
    if (TYPE_COLOURS[type]) return TYPE_COLOURS[type];
    let h = 0;
    for (const ch of String(type)) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
    return EXTRA[h % EXTRA.length];
  }

  function kindColour(kind) {
    return KIND_COLOURS[kind] || KIND_COLOURS.other;
  }

  /** An ECharts instance on the element, resized with the window; tooltips drawn on canvas (no HTML). */
  function chart(id) {
    const element = document.getElementById(id);
    const instance = echarts.init(element, null, { renderer: "canvas" });
    window.addEventListener("resize", () => instance.resize());
    element.dataset.ready = "1";
    return instance;
  }

  /** Stacked bars over a bucket axis: {buckets, series: [{name, data}]}. */
  function stackedBars(instance, timeline, colour) {
    instance.setOption({
      animation: false,
      tooltip: { trigger: "axis", renderMode: "richText", axisPointer: { type: "shadow" } },
      legend: { type: "scroll", top: 0 },
      grid: { left: 48, right: 24, top: 40, bottom: 72 },
      xAxis: { type: "category", data: timeline.buckets },
      yAxis: { type: "value", minInterval: 1 },
      dataZoom: [{ type: "slider", bottom: 16 }, { type: "inside" }],
      series: timeline.series.map((s) => ({
        name: s.name, type: "bar", stack: "all", data: s.data, barMaxWidth: 36, itemStyle: { color: colour(s.name) },
        emphasis: { focus: "series" },
      })),
    });
  }

  return { data, typeColour, kindColour, chart, stackedBars };
})();
