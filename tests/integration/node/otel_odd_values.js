// Numbers the OpenTelemetry JS SDK records but OTLP/JSON cannot hold as they are, for
// tests/integration/test_node_otel.py.
//   node otel_odd_values.js BASE_URL json|proto RUN_ID
// Sends a span with NaN and ±Infinity attributes (JSON.stringify writes null), a span with an integral
// number past int64 (the JSON exporter writes it as an intValue, the protobuf one as a double) and a
// gauge observing NaN.  Prints {"diagnostics": [...], "exports_ok": {...}}: here a partial success is
// an answer to look at, not a failure.  Exits 1 only if an export failed.
'use strict';

const util = require('util');
const api = require('@opentelemetry/api');
const { resourceFromAttributes } = require('@opentelemetry/resources');
const { BasicTracerProvider, SimpleSpanProcessor } = require('@opentelemetry/sdk-trace-base');
const { MeterProvider, PeriodicExportingMetricReader } = require('@opentelemetry/sdk-metrics');
const { ExportWatch, ENCODINGS } = require('./otel_exporters');

const PAST_INT64 = 1e19; // 2**63 is about 9.22e18

async function main(watch) {
  const [base, encoding, run] = process.argv.slice(2);
  if (!base || !ENCODINGS.includes(encoding) || !run) {
    console.error('usage: node otel_odd_values.js BASE_URL json|proto RUN_ID');
    process.exit(2);
  }
  const resource = resourceFromAttributes({ 'service.name': `node-odd-${run}` });
  const tracerProvider = new BasicTracerProvider({
    resource, spanProcessors: [new SimpleSpanProcessor(watch.exporter(encoding, 'traces', base))],
  });
  const meterProvider = new MeterProvider({
    resource,
    readers: [new PeriodicExportingMetricReader({ exporter: watch.exporter(encoding, 'metrics', base), exportIntervalMillis: 3600000 })],
  });
  const tracer = tracerProvider.getTracer('odd.values');
  tracer.startSpan('not a number', { attributes: { nan: NaN, infinity: Infinity, 'minus.infinity': -Infinity, kept: 1 } }).end();
  tracer.startSpan('past int64', { attributes: { huge: PAST_INT64 } }).end();
  meterProvider.getMeter('odd.values').createObservableGauge('odd.ratio').addCallback((result) => result.observe(0 / 0));
  await tracerProvider.forceFlush();
  await Promise.all([tracerProvider.shutdown(), meterProvider.shutdown()]);
  console.log(JSON.stringify({ diagnostics: watch.diagnostics, exports_ok: watch.exportsOk }));
}

const watch = new ExportWatch();
main(watch)
  .catch((err) => watch.failures.push(`otel_odd_values failed: ${util.inspect(err)}`))
  .finally(() => {
    for (const failure of watch.failures) console.error(failure);
    if (watch.failures.length) process.exitCode = 1;
  });
