/* Network page: force-directed actor graph; zoom and pan (roam), drag nodes, click a node to open the actor. */
"use strict";

(() => {
  const net = Newsgraph.data("network-data");
  const instance = Newsgraph.chart("network-chart");
  const maxWeight = Math.max(1, ...net.nodes.map((n) => n.weight));
  const kinds = ["person", "organisation", "state", "group", "other"];

  const nodes = net.nodes.map((n) => ({
    id: String(n.id),
    name: n.name,
    value: n.weight,
    actorId: n.id,
    category: Math.max(0, kinds.indexOf(n.kind || "other")),
    symbolSize: 10 + 30 * Math.sqrt(n.weight / maxWeight),
    label: { show: n.weight >= maxWeight / 8 || net.nodes.length <= 40 },
  }));
  const links = net.edges.map((e) => ({
    source: String(e.source),
    target: String(e.target),
    value: e.weight,
    eventType: e.type,
    lineStyle: {
      color: Newsgraph.typeColour(e.type),
      width: Math.min(8, 1 + Math.log2(e.weight)),
      type: e.type === "STATEMENT" ? "dashed" : "solid",
      curveness: 0.15,
      opacity: 0.8,
    },
  }));

  instance.setOption({
    animation: false,
    tooltip: {
      renderMode: "richText",
      formatter: (p) => p.dataType === "edge"
        ? `${p.data.eventType} × ${p.data.value}`
        : `${p.data.name} (${p.data.value})`,
    },
    legend: { data: kinds, top: 0, left: 0 },
    series: [{
      type: "graph",
      layout: "force",
      roam: true,
      draggable: true,
      edgeSymbol: ["none", "arrow"],
      edgeSymbolSize: 6,
      categories: kinds.map((k) => ({ name: k, itemStyle: { color: Newsgraph.kindColour(k) } })),
      force: { repulsion: 180, edgeLength: [40, 160], gravity: 0.08, layoutAnimation: false },
      emphasis: { focus: "adjacency" },
      label: { position: "right", fontSize: 11 },
      data: nodes,
      links,
    }],
  });

  const legend = document.getElementById("edge-legend");
  for (const type of net.types) {
    const item = document.createElement("span");
    const swatch = document.createElement("i");
    swatch.className = type === "STATEMENT" ? "swatch dashed" : "swatch";
    swatch.style.borderColor = Newsgraph.typeColour(type);
    item.append(swatch, type === "STATEMENT" ? "statement" : type);
    legend.append(item);
  }

  instance.on("click", (params) => {
    if (params.dataType === "node") window.location.href = "/actors/" + params.data.actorId;
  });
})();
