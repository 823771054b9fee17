// A Node service instrumented with the OpenTelemetry JS SDK, for tests/integration/test_node_otel.py.
//   node otel_app.js BASE_URL json|proto RUN_ID
// Exports spans, metrics and logs to BASE_URL/v1/{traces,metrics,logs} with the SDK's own OTLP/HTTP
// exporters (exporter-*-otlp-http sends OTLP/JSON, exporter-*-otlp-proto sends protobuf); compression
// comes from OTEL_EXPORTER_OTLP_COMPRESSION as in any service.  Prints one JSON line with the ids and
// times the test checks, and exits 1 if any export failed or the SDK logged a warning or an error
// (a partial success is logged as a warning).
'use strict';

const util = require('util');
const api = require('@opentelemetry/api');
const { ExportWatch, ENCODINGS } = require('./otel_exporters');
const { logs, SeverityNumber } = require('@opentelemetry/api-logs');
const { defaultResource, resourceFromAttributes } = require('@opentelemetry/resources');
const { NodeTracerProvider } = require('@opentelemetry/sdk-trace-node');
const { BatchSpanProcessor } = require('@opentelemetry/sdk-trace-base');
const { MeterProvider, PeriodicExportingMetricReader, AggregationType } = require('@opentelemetry/sdk-metrics');
const { LoggerProvider, BatchLogRecordProcessor } = require('@opentelemetry/sdk-logs');
const { ATTR_SERVICE_NAME, ATTR_SERVICE_VERSION } = require('@opentelemetry/semantic-conventions');

// The request the server span answers, as a caller traced elsewhere sends it (W3C Trace Context).
const INCOMING_HEADERS = {
  traceparent: '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01',
  tracestate: 'shop=checkout,vendor=b7',
};

// A log record's time given to the nanosecond, past what a double holds as nanoseconds since 1970.
const EXACT_LOG_TIME = [1795428000, 123456789];

function failure() {
  try {
    const order = undefined;
    return order.total; // TypeError: Cannot read properties of undefined
  } catch (err) {
    return err;
  }
}

function emitSpans(tracer, logger) {
  const ids = {};
  const linked = tracer.startSpan('warm cache', { kind: api.SpanKind.INTERNAL });
  linked.end();
  ids.linked = linked.spanContext();
  const incoming = api.propagation.extract(api.ROOT_CONTEXT, INCOMING_HEADERS);
  tracer.startActiveSpan('GET /orders/:id', {
    kind: api.SpanKind.SERVER,
    attributes: {
      'http.request.method': 'GET',
      'http.route': '/orders/:id',
      'http.response.status_code': 500,
      'order.total': 12.75,
      'retry.negative': -7,
      'big.int': Number.MAX_SAFE_INTEGER,
      'cache.hit': false,
      'order.tags': ['rush', 'gift'],
      'order.quantities': [1, 2, 3],
      'order.weights': [0.25, 1.5],
      'order.flags': [true, false],
    },
  }, incoming, (server) => {
    ids.server = server.spanContext();
    tracer.startActiveSpan('SELECT orders', {
      kind: api.SpanKind.CLIENT,
      attributes: { 'db.system.name': 'postgresql', 'db.query.text': 'SELECT * FROM orders WHERE id = $1' },
      links: [{ context: ids.linked, attributes: { 'link.reason': 'cache warmed first' } }],
    }, (client) => {
      ids.client = client.spanContext();
      const err = failure();
      client.recordException(err);
      client.setStatus({ code: api.SpanStatusCode.ERROR, message: 'order lookup failed' });
      // with the client span active: the log record takes its trace context
      logger.emit({
        severityNumber: SeverityNumber.ERROR,
        severityText: 'ERROR',
        body: 'order lookup failed',
        attributes: { 'order.id': 42, 'order.total': 12.75, 'order.paid': false, 'order.tags': ['rush', 'gift'] },
      });
      client.end();
    });
    server.addEvent('response.sent', { 'http.response.body.size': 1024 });
    server.setStatus({ code: api.SpanStatusCode.ERROR, message: 'internal error' });
    server.end();
  });
  return ids;
}

function emitLogs(logger) {
  logger.emit({ severityNumber: SeverityNumber.INFO, severityText: 'INFO', body: 'service started', attributes: { 'listen.port': 8080 } });
  logger.emit({ severityNumber: SeverityNumber.WARN, severityText: 'WARN', body: 'slow query', attributes: { 'db.duration_ms': 1234.5 } });
  logger.emit({ severityNumber: SeverityNumber.DEBUG2, body: 'cache state', attributes: { 'cache.size': 17 } });
  logger.emit({ timestamp: EXACT_LOG_TIME, severityNumber: SeverityNumber.FATAL, severityText: 'FATAL', body: 'exact time' });
}

function emitMetrics(meter) {
  const orders = meter.createCounter('orders.placed', { unit: '{order}', description: 'orders placed' });
  orders.add(3, { region: 'eu' });
  orders.add(2, { region: 'us' });
  orders.add(4, { region: 'eu' });
  const latency = meter.createHistogram('request.latency', {
    unit: 'ms',
    description: 'request latency',
    advice: { explicitBucketBoundaries: [10, 100, 1000] },
  });
  for (const value of [5, 15, 150, 2500]) latency.record(value, { 'http.route': '/orders/:id' });
  const depth = meter.createUpDownCounter('queue.depth', { valueType: api.ValueType.INT });
  depth.add(3);
  depth.add(-5);
  const spread = meter.createHistogram('payload.size', { unit: 'By' });
  for (const value of [1, 2, 4, 8]) spread.record(value);
  meter.createObservableGauge('queue.temperature', { unit: 'Cel', description: 'queue temperature' })
    .addCallback((result) => result.observe(21.5, { room: 'a', floor: 2 }));
}

const watch = new ExportWatch();

async function main() {
  const [base, encoding, run] = process.argv.slice(2);
  if (!base || !ENCODINGS.includes(encoding) || !run) {
    console.error('usage: node otel_app.js BASE_URL json|proto RUN_ID');
    process.exit(2);
  }
  const resource = defaultResource().merge(resourceFromAttributes({ // telemetry.sdk.* from the default
    [ATTR_SERVICE_NAME]: `node-otel-${run}`,
    [ATTR_SERVICE_VERSION]: '2.4.0',
    'deployment.environment.name': 'test',
    'run.id': run,
  }));
  const tracerProvider = new NodeTracerProvider({ resource, spanProcessors: [new BatchSpanProcessor(watch.exporter(encoding, 'traces', base))] });
  tracerProvider.register(); // the async-hooks context manager: startActiveSpan's span is the active one
  const loggerProvider = new LoggerProvider({ resource, processors: [new BatchLogRecordProcessor({ exporter: watch.exporter(encoding, 'logs', base) })] });
  logs.setGlobalLoggerProvider(loggerProvider);
  const meterProvider = new MeterProvider({
    resource,
    readers: [new PeriodicExportingMetricReader({ exporter: watch.exporter(encoding, 'metrics', base), exportIntervalMillis: 3600000 })],
    views: [{ instrumentName: 'payload.size', aggregation: { type: AggregationType.EXPONENTIAL_HISTOGRAM } }],
  });
  api.metrics.setGlobalMeterProvider(meterProvider);

  const tracer = api.trace.getTracer('shop.orders', '1.0.0');
  const logger = logs.getLogger('shop.orders', '1.0.0');
  const meter = api.metrics.getMeter('shop.orders', '1.0.0');
  const startedMs = Date.now();
  const ids = emitSpans(tracer, logger);
  emitLogs(logger);
  emitMetrics(meter);
  const endedMs = Date.now();

  await tracerProvider.forceFlush();
  await loggerProvider.forceFlush();
  // the meter provider's shutdown collects and exports once (a flush before it would send every point twice)
  await Promise.all([tracerProvider.shutdown(), loggerProvider.shutdown(), meterProvider.shutdown()]);

  console.log(JSON.stringify({
    trace_id: ids.server.traceId,
    server_span_id: ids.server.spanId,
    client_span_id: ids.client.spanId,
    client_trace_id: ids.client.traceId,
    linked_trace_id: ids.linked.traceId,
    linked_span_id: ids.linked.spanId,
    started_ms: startedMs,
    ended_ms: endedMs,
    exact_log_time_ns: `${EXACT_LOG_TIME[0]}${String(EXACT_LOG_TIME[1]).padStart(9, '0')}`,
    exports_ok: watch.exportsOk,
  }));
}

main()
  .catch((err) => watch.failures.push(`otel_app failed: ${util.inspect(err)}`)) // a flush rejects with the export's errors
  .finally(() => {
    const problems = [...watch.failures, ...watch.diagnostics];
    for (const problem of problems) console.error(problem);
    if (problems.length) process.exitCode = 1;
  });
