// Node loggers and shippers as services use them, for tests/integration/test_node_clients.py.
//   node logs_app.js stdout pino|bunyan|winston   one line per level, then an error, on stdout
//   node logs_app.js es winston|pino URL          the same through winston-elasticsearch / pino-elasticsearch
//   node logs_app.js sentry DSN                   @sentry/node: an exception, a message, a transaction (DSN in place of the kind)
'use strict';

const [mode, kind, target] = process.argv.slice(2);

function failure() {
  try {
    const order = undefined;
    return order.total; // TypeError: Cannot read properties of undefined
  } catch (err) {
    return err;
  }
}

function stdoutLoggers() {
  if (kind === 'pino') {
    const logger = require('pino')({ level: 'trace' });
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) logger[level](`pino ${level} line`);
    logger.error({ err: failure() }, 'pino order lookup failed');
  } else if (kind === 'bunyan') {
    const logger = require('bunyan').createLogger({ name: 'bunyan-app', level: 'trace' });
    for (const level of ['trace', 'debug', 'info', 'warn', 'error', 'fatal']) logger[level](`bunyan ${level} line`);
    logger.error(failure(), 'bunyan order lookup failed'); // an Error first: Bunyan serialises it under err
  } else if (kind === 'winston') {
    const winston = require('winston');
    const logger = winston.createLogger({
      level: 'silly',
      format: winston.format.combine(winston.format.errors({ stack: true }), winston.format.timestamp(), winston.format.json()),
      defaultMeta: { service: 'winston-app' },
      transports: [new winston.transports.Console()],
    });
    for (const level of ['error', 'warn', 'info', 'http', 'verbose', 'debug', 'silly']) logger.log(level, `winston ${level} line`);
    logger.error(failure());
  } else {
    throw new Error(`unknown logger ${kind}`);
  }
}

async function shippers() {
  if (kind === 'winston') {
    const winston = require('winston');
    const { ElasticsearchTransport } = require('winston-elasticsearch');
    const transport = new ElasticsearchTransport({
      level: 'info',
      clientOpts: { node: target },
      indexPrefix: 'winston-logs',
      flushInterval: 200,
      retryLimit: 3,
    });
    transport.on('error', (err) => { console.error('transport error', err); process.exitCode = 2; });
    const logger = winston.createLogger({ defaultMeta: { service: 'winston-es' }, transports: [transport] });
    for (let i = 0; i < 20; i++) logger.info(`winston shipped line ${i}`);
    logger.error('winston shipped failure', { error: { name: 'PaymentDeclined', message: 'card expired' } });
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await transport.flush();
    logger.end();
    await new Promise((resolve) => setTimeout(resolve, 500));
  } else if (kind === 'pino') {
    const pinoElastic = require('pino-elasticsearch');
    const stream = pinoElastic({ index: 'pino-logs', node: target, esVersion: 8, flushBytes: 100, flushInterval: 200 });
    stream.on('unknown', (line, err) => { console.error('unknown', line, err); process.exitCode = 2; });
    stream.on('error', (err) => { console.error('stream error', err); process.exitCode = 2; });
    stream.on('insertError', (err) => { console.error('insert error', err); process.exitCode = 2; });
    const logger = require('pino')({ level: 'info', base: { service: 'pino-es' } }, stream);
    for (let i = 0; i < 20; i++) logger.info(`pino shipped line ${i}`);
    logger.error({ err: failure() }, 'pino shipped failure');
    await new Promise((resolve) => setTimeout(resolve, 1500));
    stream.end();
    await new Promise((resolve) => setTimeout(resolve, 1000));
  } else {
    throw new Error(`unknown shipper ${kind}`);
  }
}

async function sentry() {
  const Sentry = require('@sentry/node');
  Sentry.init({ dsn: kind, tracesSampleRate: 1.0, release: 'node-shop@3.1.0', environment: 'production' });
  Sentry.captureMessage('node cache warming slow', 'warning');
  Sentry.captureException(failure());
  await Sentry.startSpan({ name: 'GET /orders/:id', op: 'http.server' }, async () => {
    await Sentry.startSpan({ name: 'SELECT orders', op: 'db.query' }, async () => {
      await new Promise((resolve) => setTimeout(resolve, 5));
    });
  });
  const flushed = await Sentry.flush(10000);
  if (!flushed) { console.error('sentry flush timed out'); process.exitCode = 2; }
}

(async () => {
  if (mode === 'stdout') stdoutLoggers();
  else if (mode === 'es') await shippers();
  else if (mode === 'sentry') await sentry();
  else throw new Error(`unknown mode ${mode}`);
})().catch((err) => { console.error(err); process.exit(1); });
