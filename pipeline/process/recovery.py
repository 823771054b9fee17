"""faust's table recovery, with the fetcher stopped while stream partitions are re-seeked.

Why this exists: after a rebalance, faust (0.11-0.15) reads the changelogs
with the consumer's flow running, then, in ``Recovery.on_recovery_completed``,
resumes the stream partitions and seeks them to their committed offsets
*while that flow is still running*.  A fetch that straddles the seek hands
the stream records from the position before the seek; faust's read-offset
bookkeeping then takes the offsets it did not deliver for a gap and never
fetches them again.  Seen in ``tests/integration/test_scaling.py``: after a
takeover the survivor started a moved partition one record late, or
processed its first record and nothing more, in about 4 runs of 10; those
records reached neither the clean topic nor the store until the next
rebalance.  With the flow stopped (and the in-flight fetch drained) before
the seek, 20 of 20 runs passed.

:class:`TableManager` is the faust setting ``TableManager``: the stock
manager with :class:`Recovery` in place of faust's.
"""

from __future__ import annotations

from typing import Any

from faust.tables.manager import TableManager as _FaustTableManager
from faust.tables.recovery import Recovery as _FaustRecovery

__all__ = ["Recovery", "TableManager"]


class Recovery(_FaustRecovery):
    """faust's recovery, quiescing the fetcher before streams are resumed and seeked."""

    async def on_recovery_completed(self, generation_id: int = 0) -> None:
        consumer: Any = self.app.consumer  # faust's Consumer; ConsumerT lacks wait_for_stopped_flow
        consumer.stop_flow()
        self.app.flow_control.suspend()
        await consumer.wait_for_stopped_flow()
        # faust's own method resumes partitions, seeks, then resumes the flow.
        await super().on_recovery_completed(generation_id)


class TableManager(_FaustTableManager):
    """faust's table manager with :class:`Recovery`."""

    @property
    def recovery(self) -> _FaustRecovery:
        if self._recovery is None:
            self._recovery = Recovery(self.app, self, beacon=self.beacon, loop=self.loop)
        return self._recovery
