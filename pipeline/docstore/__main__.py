"""``python -m pipeline.docstore --dir DIR --port PORT``: the store as a process (``sightline up`` starts it)."""

from __future__ import annotations

import argparse
import contextlib
import ctypes
import os
import signal
import sys

from aiohttp import web

from pipeline.docstore.errors import StoreError
from pipeline.docstore.rollup import DEFAULT_BUCKET_MS, DEFAULT_FIELDS, Rollup
from pipeline.docstore.server import make_app
from pipeline.docstore.store import DocStore


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m pipeline.docstore", description=__doc__)
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=9200)
    parser.add_argument("--dir", required=True, help="where the database lives (created if missing)")
    parser.add_argument("--max-bytes", type=int, default=0, help="delete the oldest documents above this (0: no cap)")
    parser.add_argument("--check-interval", type=float, default=10.0, help="seconds between cap checks")
    parser.add_argument("--parent-pid", type=int, default=0, help="exit when this process is gone")
    parser.add_argument("--rollup-bucket-ms", type=int, default=DEFAULT_BUCKET_MS,
                        help="width of the rollup's time buckets (document counts kept at write time; other settings "
                             "than the store's: counted again from the documents when it opens)")
    parser.add_argument("--rollup-fields", default=",".join(DEFAULT_FIELDS),
                        help="comma-separated fields whose values the rollup counts by, besides service.name")
    args = parser.parse_args(argv)
    with contextlib.suppress(Exception):  # exit with the parent (sightline up), even if it is killed
        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGTERM)
    if args.parent_pid and os.getppid() != args.parent_pid:
        return 0
    from pipeline.log import configure_logging

    configure_logging("info")
    try:
        rollup = Rollup(args.rollup_bucket_ms, [f.strip() for f in args.rollup_fields.split(",") if f.strip()])
    except ValueError as exc:
        parser.error(str(exc))
    try:
        store = DocStore(args.dir, rollup)
    except StoreError as exc:
        print(f"docstore: {exc.reason}", file=sys.stderr)
        return 1
    app = make_app(store, args.max_bytes, args.check_interval)
    web.run_app(app, host=args.host, port=args.port, access_log=None, print=None, handle_signals=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
