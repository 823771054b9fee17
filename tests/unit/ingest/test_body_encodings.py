"""Request bodies in every Content-Encoding senders use: whole, bounded, never silently cut."""

from __future__ import annotations

import gzip
import zlib

import brotli
import pytest

from pipeline.ingest.body import BodyError, decompress


def test_every_gzip_member_is_read() -> None:
    body = b"".join(gzip.compress(f"line {i}\n".encode()) for i in range(5))
    assert decompress(body, "gzip", 10_000) == b"".join(f"line {i}\n".encode() for i in range(5))


def test_members_count_together_against_the_limit() -> None:
    body = gzip.compress(b"a" * 600) + gzip.compress(b"b" * 600)
    with pytest.raises(BodyError) as caught:
        decompress(body, "gzip", 1000)
    assert caught.value.status == 413


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
def test_a_truncated_stream_is_refused_not_cut(encoding: str) -> None:
    data = bytes(range(256)) * 400
    packed = {"gzip": gzip.compress, "deflate": zlib.compress, "br": brotli.compress}[encoding](data)
    assert decompress(packed, encoding, len(data)) == data
    with pytest.raises(BodyError) as caught:
        decompress(packed[: len(packed) // 2], encoding, len(data))
    assert caught.value.status == 400
    assert "truncated" in caught.value.message


def test_a_brotli_bomb_is_refused_without_expanding_it() -> None:
    bomb = brotli.compress(b"\0" * 50_000_000, quality=1)
    assert len(bomb) < 1_000_000
    with pytest.raises(BodyError) as caught:
        decompress(bomb, "br", 1_000_000)
    assert caught.value.status == 413


def test_garbage_says_which_encoding_failed() -> None:
    for encoding in ("gzip", "deflate", "br"):
        with pytest.raises(BodyError, match=f"not valid {encoding}"):
            decompress(b"definitely not compressed", encoding, 1000)


def test_unknown_encoding_names_the_supported_ones() -> None:
    with pytest.raises(BodyError, match="use gzip, deflate, br or none") as caught:
        decompress(b"x", "zstd", 10)
    assert caught.value.status == 415
