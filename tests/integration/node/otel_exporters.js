// The OpenTelemetry JS SDK's OTLP/HTTP exporters as otel_app.js and otel_odd_values.js use them, with what
// they report kept: the SDK hands a failed export to a global handler and a partial success to diag,
// both of which only log.
'use strict';

const util = require('util');
const api = require('@opentelemetry/api');

const EXPORTERS = {
  json: { // exporter-*-otlp-http: OTLP/JSON
    traces: () => require('@opentelemetry/exporter-trace-otlp-http').OTLPTraceExporter,
    metrics: () => require('@opentelemetry/exporter-metrics-otlp-http').OTLPMetricExporter,
    logs: () => require('@opentelemetry/exporter-logs-otlp-http').OTLPLogExporter,
  },
  proto: {
    traces: () => require('@opentelemetry/exporter-trace-otlp-proto').OTLPTraceExporter,
    metrics: () => require('@opentelemetry/exporter-metrics-otlp-proto').OTLPMetricExporter,
    logs: () => require('@opentelemetry/exporter-logs-otlp-proto').OTLPLogExporter,
  },
};

// One run's exports: failures (a result other than SUCCESS), diag warnings and errors (a partial success
// is a warning), and the exports that succeeded, per signal.
class ExportWatch {
  constructor() {
    this.failures = [];
    this.diagnostics = [];
    this.exportsOk = { traces: 0, metrics: 0, logs: 0 };
    const report = (level) => (message, ...args) => {
      const details = args.map((a) => (a instanceof Error ? a.stack : JSON.stringify(a))).join(' ');
      this.diagnostics.push(`diag ${level}: ${message} ${details}`);
    };
    api.diag.setLogger(
      { error: report('error'), warn: report('warn'), info: () => {}, debug: () => {}, verbose: () => {} },
      api.DiagLogLevel.WARN,
    );
  }

  // The exporter of `signal` for `encoding` (json|proto) sending to BASE/v1/SIGNAL, its results watched.
  exporter(encoding, signal, base) {
    if (!EXPORTERS[encoding]) throw new Error(`unknown encoding ${encoding}: json or proto`);
    const Exporter = EXPORTERS[encoding][signal]();
    const exporter = new Exporter({ url: `${base}/v1/${signal}`, timeoutMillis: 10000 });
    const exportItems = exporter.export.bind(exporter);
    exporter.export = (items, done) => {
      exportItems(items, (result) => {
        if (result.code !== 0) this.failures.push(`${signal} export failed: ${util.inspect(result.error)}`); // 0: SUCCESS
        else this.exportsOk[signal] += 1;
        done(result);
      });
    };
    return exporter;
  }
}

module.exports = { ExportWatch, ENCODINGS: Object.keys(EXPORTERS) };
