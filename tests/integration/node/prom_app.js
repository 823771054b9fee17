// A Node service instrumented with prom-client, as apps are: default metrics plus a
// request histogram and a counter, served on /metrics. Prints {"port": N} once listening.
// PORT=0 (default) picks a free port.
"use strict";
const http = require("http");
const client = require("prom-client");

const registry = new client.Registry();
client.collectDefaultMetrics({ register: registry });
const duration = new client.Histogram({
  name: "http_request_duration_seconds",
  help: "Duration of HTTP requests in seconds.",
  labelNames: ["route", "method"],
  buckets: [0.005, 0.01, 0.05, 0.1, 0.5, 1],
  registers: [registry],
});
const orders = new client.Counter({
  name: "shop_orders_total",
  help: "Orders placed.",
  labelNames: ["status"],
  registers: [registry],
});

// Simulated traffic: a request every 10 ms, an order every 50 ms.
let n = 0;
setInterval(() => {
  n += 1;
  duration.labels("/checkout", "POST").observe((n % 37) / 100);
  if (n % 5 === 0) orders.labels(n % 50 === 0 ? "failed" : "ok").inc();
}, 10);

const server = http.createServer(async (req, res) => {
  if (req.url.split("?")[0] === "/metrics") {
    res.setHeader("Content-Type", registry.contentType);
    res.end(await registry.metrics());
  } else {
    res.statusCode = 404;
    res.end("not found\n");
  }
});
server.listen(Number(process.env.PORT || 0), "127.0.0.1", () => {
  process.stdout.write(JSON.stringify({ port: server.address().port }) + "\n");
});
process.on("SIGTERM", () => server.close(() => process.exit(0)));
