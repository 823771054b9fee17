/* Sightline console: draws the charts (uPlot) and applies live alert events (server-sent events).
   Pages work without this script (tables, links, forms); it adds the charts and live updates. */
(function () {
  "use strict";

  var style = getComputedStyle(document.documentElement);
  function cssVar(name) { return style.getPropertyValue(name).trim(); }
  var LINES = [cssVar("--series-1"), cssVar("--series-2"), cssVar("--series-3")];

  function num(v) {
    if (v === null || v === undefined || isNaN(v)) return "—";
    var a = Math.abs(v);
    if (a >= 1000) return Math.round(v).toLocaleString("en");
    if (a >= 100) return v.toFixed(0);
    if (a >= 10) return v.toFixed(1);
    return String(+v.toPrecision(3));
  }
  function fmt(unit, v) {
    if (v === null || v === undefined || isNaN(v)) return "—";
    if (unit === "ratio") return num(v * 100) + "%";
    if (unit === "ms") return v >= 1000 ? num(v / 1000) + " s" : num(v) + " ms";
    if (unit === "/s") return num(v) + "/s";
    return num(v);
  }

  var plots = [];

  /* Time axis labels in UTC (the pages say so): 24-hour clock, the date under the first tick of each day. */
  function timeTicks(u, splits, axisIdx, space, incr) {
    var day = null;
    return splits.map(function (s) {
      var iso = new Date(s * 1000).toISOString();
      if (incr >= 86400) return iso.slice(5, 10);
      var label = incr < 60 ? iso.slice(11, 19) : iso.slice(11, 16);
      if (iso.slice(0, 10) !== day) {
        day = iso.slice(0, 10);
        label += "\n" + iso.slice(5, 10);
      }
      return label;
    });
  }

  function markerHook(markers) {
    return function (u) {
      var ctx = u.ctx;
      ctx.save();
      ctx.strokeStyle = cssVar("--marker");
      ctx.fillStyle = cssVar("--marker");
      ctx.lineWidth = 1.5 * devicePixelRatio;
      ctx.setLineDash([4 * devicePixelRatio, 3 * devicePixelRatio]);
      ctx.font = 11 * devicePixelRatio + "px system-ui, sans-serif";
      /* one line per marker; markers closer than a label's width share the first one's label, with a count */
      var placed = [];
      markers.slice().sort(function (a, b) { return a.t - b.t; }).forEach(function (m) {
        var x = Math.round(u.valToPos(m.t, "x", true));
        if (x < u.bbox.left || x > u.bbox.left + u.bbox.width) return;
        ctx.beginPath();
        ctx.moveTo(x, u.bbox.top);
        ctx.lineTo(x, u.bbox.top + u.bbox.height);
        ctx.stroke();
        var last = placed[placed.length - 1];
        if (last && x - last.x < 120 * devicePixelRatio) last.more += 1;
        else placed.push({ x: x, label: m.label, more: 0 });
      });
      placed.forEach(function (p) {
        var text = p.label + (p.more ? " +" + p.more : "");
        var w = ctx.measureText(text).width;
        var tx = Math.min(p.x + 4 * devicePixelRatio, u.bbox.left + u.bbox.width - w);
        ctx.fillText(text, tx, u.bbox.top + 12 * devicePixelRatio);
      });
      ctx.restore();
    };
  }

  // A point with no neighbour (a value between gaps, the only minute with requests so far) draws no
  // line: uPlot draws such points as dots when the series shows no points of its own.
  function isolated(u, si, show) {
    if (show) return null;
    var v = u.data[si], out = [];
    for (var i = 0; i < v.length; i++) {
      if (v[i] != null && (i === 0 || v[i - 1] == null) && (i === v.length - 1 || v[i + 1] == null)) out.push(i);
    }
    return out.length ? out : null;
  }

  function draw(el) {
    var script = document.getElementById(el.getAttribute("data-chart"));
    if (!script || typeof uPlot === "undefined") return;
    var d = JSON.parse(script.textContent);
    var spark = d.kind === "spark";
    var target = spark ? el : el.querySelector(".plot");
    var cols = [d.t];
    var series = [{ value: function (u, v) { return v == null ? "—" : new Date(v * 1000).toISOString().slice(0, 19).replace("T", " "); } }];
    var bands = [];
    if (d.band) {
      cols.push(d.band.upper, d.band.lower);
      series.push(
        { label: d.band.label + " (upper)", stroke: cssVar("--band-edge"), width: spark ? 0 : 1, points: { show: false }, value: function (u, v) { return fmt(d.unit, v); } },
        { label: d.band.label + " (lower)", stroke: cssVar("--band-edge"), width: spark ? 0 : 1, points: { show: false }, value: function (u, v) { return fmt(d.unit, v); } }
      );
      bands.push({ series: [1, 2], fill: cssVar("--band") });
    }
    d.series.forEach(function (s, i) {
      cols.push(s.values);
      series.push({
        label: s.label, stroke: LINES[i % LINES.length], width: spark ? 1.25 : 2, spanGaps: false,
        points: { show: spark ? false : (d.t.length < 40), filter: isolated }, value: function (u, v) { return fmt(d.unit, v); }
      });
    });
    if (d.threshold) {
      cols.push(d.t.map(function () { return d.threshold.value; }));
      series.push({ label: d.threshold.label, stroke: cssVar("--threshold"), dash: [6, 4], width: 1.5, points: { show: false }, value: function (u, v) { return fmt(d.unit, v); } });
    }
    var width = spark ? 64 : Math.max(280, target.clientWidth);
    var height = spark ? 26 : (d.height || 220);
    var axis = { stroke: cssVar("--muted"), grid: { stroke: cssVar("--grid"), width: 1 }, ticks: { stroke: cssVar("--grid") } };
    var opts = {
      width: width, height: height, series: series, bands: bands,
      tzDate: function (ts) { return uPlot.tzDate(new Date(ts * 1000), "Etc/UTC"); },
      legend: { show: !spark, live: !spark },
      cursor: spark ? { show: false } : { drag: { x: false, y: false } },
      select: { show: false },
      scales: { x: { time: true }, y: { range: function (u, min, max) { return [Math.min(0, min), max > 0 ? max * 1.12 : 1]; } } },
      axes: spark ? [{ show: false }, { show: false }] : [
        Object.assign({}, axis, { values: timeTicks, space: 72 }),
        Object.assign({}, axis, { size: 64, values: function (u, vals) { return vals.map(function (v) { return fmt(d.unit, v); }); } })
      ],
      padding: spark ? [2, 0, 2, 0] : [12, 12, 0, 0],
      hooks: { draw: d.markers && d.markers.length ? [markerHook(d.markers)] : [] }
    };
    if (d.band && !spark) el.classList.add("has-band");
    var plot = new uPlot(opts, cols, target);
    if (!spark) plots.push({ plot: plot, target: target, height: height });
  }

  function drawAll() {
    var els = document.querySelectorAll("[data-chart]");
    for (var i = 0; i < els.length; i++) draw(els[i]);
  }

  var resizeTimer = null;
  window.addEventListener("resize", function () {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(function () {
      plots.forEach(function (p) { p.plot.setSize({ width: Math.max(280, p.target.clientWidth), height: p.height }); });
    }, 150);
  });

  /* -- live alerts ------------------------------------------------------------------------ */
  var seen = {};
  var firing = {};
  var statusEl = document.getElementById("live-status");
  var badge = document.getElementById("firing-count");
  if (badge) (badge.getAttribute("data-fingerprints") || "").split(",").forEach(function (fp) { if (fp) firing[fp] = true; });

  function setLive(on, text) {
    document.body.setAttribute("data-live", on ? "on" : "off");
    if (!statusEl) return;
    statusEl.textContent = on ? "Live" : "Live updates: " + text;
    statusEl.className = on ? "live on" : "live off";
  }

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function toast(a) {
    var box = document.getElementById("toasts");
    if (!box) return;
    var t = el("div", "toast status-border-" + a.status);
    var head = el("strong", null, a.status.toUpperCase() + " · " + (a.severity || "") + " · ");
    var name = el("a", null, a.alertname + " · " + a["service.name"]);
    name.href = "/alerts/" + encodeURIComponent(a.fingerprint);
    var close = el("button", "close", "×");
    close.setAttribute("aria-label", "Dismiss");
    close.addEventListener("click", function () { t.remove(); });
    t.appendChild(head); t.appendChild(name); t.appendChild(el("div", "muted", a.summary || "")); t.appendChild(close);
    box.insertBefore(t, box.firstChild);
    while (box.children.length > 4) box.removeChild(box.lastChild);
    setTimeout(function () { t.remove(); }, 20000);
  }

  function cellTime(text) {
    var td = el("td");
    if (text) {
      var tm = el("time", null, String(text).replace("T", " ").slice(0, 19));
      tm.setAttribute("datetime", text);
      td.appendChild(tm);
    } else td.textContent = "—";
    return td;
  }

  function alertRow(a) {
    var tr = el("tr", "new");
    tr.setAttribute("data-fingerprint", a.fingerprint);
    var st = el("td"); st.appendChild(el("span", "status status-" + a.status, a.status)); tr.appendChild(st);
    var sv = el("td"); sv.appendChild(el("span", "sev sev-" + a.severity, a.severity)); tr.appendChild(sv);
    tr.appendChild(el("td", null, a.kind || ""));
    var nm = el("td"); var link = el("a", null, a.alertname); link.href = "/alerts/" + encodeURIComponent(a.fingerprint); nm.appendChild(link); tr.appendChild(nm);
    tr.appendChild(el("td", null, a["service.name"] || ""));
    tr.appendChild(el("td", null, a.summary || ""));
    tr.appendChild(cellTime(a.startsAt));
    tr.appendChild(cellTime(a["@timestamp"]));
    return tr;
  }

  function matches(filter, a) {
    if (filter.status && filter.status !== "all" && filter.status !== a.status) return false;
    if (filter.severity && filter.severity !== a.severity) return false;
    if (filter.service && filter.service !== a["service.name"]) return false;
    return true;
  }

  function onAlert(a) {
    if (!a || !a.fingerprint || (a.id && seen[a.id])) return;
    if (a.id) seen[a.id] = true;
    if (a.status === "firing") firing[a.fingerprint] = true; else delete firing[a.fingerprint];
    if (badge) {
      var n = Object.keys(firing).length;
      badge.textContent = String(n);
      badge.setAttribute("aria-label", n + " firing");
      badge.hidden = n === 0;
    }
    toast(a);
    var rows = document.querySelector("[data-live-alerts]");
    if (rows && matches(JSON.parse(rows.getAttribute("data-filter") || "{}"), a)) {
      var old = rows.querySelector('tr[data-fingerprint="' + CSS.escape(a.fingerprint) + '"]');
      if (old) old.remove();
      rows.insertBefore(alertRow(a), rows.firstChild);
      var empty = document.querySelector(".empty");
      if (empty) empty.remove();
    }
  }

  function connect() {
    if (typeof EventSource === "undefined") return;
    var source = new EventSource("/live");
    source.addEventListener("status", function (e) {
      var s = JSON.parse(e.data);
      setLive(!!s.live, s.status || "connecting");
    });
    source.addEventListener("alert", function (e) { onAlert(JSON.parse(e.data)); });
    source.addEventListener("reload", function () { setLive(false, "behind: reload the page"); source.close(); });
    source.onerror = function () { setLive(false, "reconnecting…"); };
  }

  var started = false;
  function start() {
    if (started) return;
    started = true;
    drawAll();
    connect();
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
