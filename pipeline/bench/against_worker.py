"""One side of ``sightline bench process --against``: the processor's path of one checkout, a batch per command.

Run as a script by :mod:`pipeline.bench.against`, never imported for its
work: ``python against_worker.py CHECKOUT INPUT``.  The first thing it does is
put ``CHECKOUT`` first on ``sys.path`` (in place of this file's folder), so
every ``pipeline`` module it imports is that checkout's, whichever checkout
this file comes from.  Only interfaces both sides have are used:
:class:`~pipeline.process.pipeline.BatchPipeline`, the statistics, the finding
step and the sink's ``message_operations``.

``INPUT`` is a pickle the parent wrote (its own file, not input from
elsewhere): the raw batches, their headers and the bench's settings.  The
worker answers on stdout, one JSON object a line: ``{"ready": n, "code": ...}``
once set up and warmed, then for every batch number read from stdin the
batch's signal, records, CPU seconds of the processor's step and of the
sink's bulk-body encoding, and a digest of the clean-topic values and bulk
bodies (the two sides' outputs are compared by it).
"""

from __future__ import annotations

import sys


def main(argv: list[str]) -> None:
    checkout, input_path = argv[1], argv[2]
    sys.path[0] = checkout  # before any import of the project: this checkout's code, not ours

    import functools
    import hashlib
    import json
    import pickle
    import time
    from pathlib import Path

    import pipeline
    from pipeline.config import load_config
    from pipeline.process.findings import Findings, Settings
    from pipeline.process.pipeline import BatchPipeline, tune_gc
    from pipeline.process.stats import RollingStats
    from pipeline.process.transforms import default_transforms
    from pipeline.sinks.elasticsearch.bulk import daily_index, message_operations

    code = str(Path(pipeline.__file__).resolve().parent.parent)
    if code != str(Path(checkout).resolve()):
        raise SystemExit(f"imported the project from {code}, not from {checkout}")
    with open(input_path, "rb") as f:
        spec = pickle.load(f)
    batches: list[tuple[str, bytes, bytes]] = spec["batches"]
    headers = spec["headers"]
    cfg = load_config(spec["config"])

    def build() -> tuple[BatchPipeline, RollingStats]:  # as pipeline.bench.process builds it
        stats = RollingStats(cfg.process.stats)
        if not spec["detect"]:
            return BatchPipeline(stats, default_transforms(cfg.redact)), stats
        detection = Findings(Settings(cfg.detectors, cfg.templates, cfg.alerts), stats, cfg.elasticsearch.index_prefix)
        hooks = ([detection.on_stats], [detection.on_records])
        return BatchPipeline(stats, default_transforms(cfg.redact), *hooks), stats

    # lazy imports and first-call caches paid before the clock, as a processor pays them at start
    warm, warm_stats = build()
    for sig, key, payload in batches[:6]:
        warm.process(sig, headers, payload, key, time.time_ns())
    warm_stats.take_dirty()
    pipe, stats = build()
    tune_gc(cfg.process.gc_threshold)
    index_for = {sig: functools.partial(daily_index, "sightline", sig) for sig in ("logs", "spans", "metrics")}
    clock = time.process_time
    print(json.dumps({"ready": len(batches), "code": code}), flush=True)
    for line in sys.stdin:
        sig, key, payload = batches[int(line)]
        c0 = clock()
        result = pipe.process(sig, headers, payload, key, time.time_ns())
        stats.take_dirty()
        c1 = clock()
        bodies = [b"".join([op for _, _, op in message_operations(value, index_for[sig])[0]]) for value in result.values]
        c2 = clock()
        digest = hashlib.blake2b(digest_size=16)
        for part in (*result.values, *bodies):
            digest.update(b"%d:" % len(part))
            digest.update(part)
        answer = {"signal": sig, "records": len(result.records), "process": c1 - c0, "sink": c2 - c1,
                  "digest": digest.hexdigest()}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main(sys.argv)
