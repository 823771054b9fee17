"""Sightline's anomaly detectors: pure code, no I/O, one protocol.

``REGISTRY`` maps a detector's name to its class; :func:`create` builds one
with keyword parameters.  ``DEFAULT_METRIC_DETECTOR`` is what the pipeline
uses for metric series and what ``sightline bench nab`` measures without
``--detector``.

>>> sorted(REGISTRY)
['art', 'cad', 'ensemble', 'error_spike', 'hst', 'seasonal', 'windowed_gaussian']
>>> create(DEFAULT_METRIC_DETECTOR, warmup=10)
EnsembleDetector(novelty_weight=0.3, season=86400.0, warmup=10, ...)
"""

from __future__ import annotations

from typing import Any

from detectors.base import Detector, MetricDetector, Result, to_seconds
from detectors.baselines import HalfSpaceTreesDetector, WindowedGaussianDetector
from detectors.config import DetectorsConfig, ErrorSpikeConfig, MetricDetectorConfig
from detectors.contextual import ContextNoveltyDetector
from detectors.ensemble import EnsembleDetector
from detectors.resonance import ResonanceDetector
from detectors.seasonal import SeasonalDetector
from detectors.spike import ErrorSpikeDetector, ErrorSpikeTracker, SpikeResult, poisson_sf

__all__ = [
    "DEFAULT_METRIC_DETECTOR",
    "REGISTRY",
    "ContextNoveltyDetector",
    "Detector",
    "DetectorsConfig",
    "EnsembleDetector",
    "ErrorSpikeConfig",
    "ErrorSpikeDetector",
    "ErrorSpikeTracker",
    "HalfSpaceTreesDetector",
    "MetricDetector",
    "MetricDetectorConfig",
    "ResonanceDetector",
    "Result",
    "SeasonalDetector",
    "SpikeResult",
    "WindowedGaussianDetector",
    "create",
    "poisson_sf",
    "to_seconds",
]

REGISTRY: dict[str, type[Detector]] = {
    cls.name: cls
    for cls in (
        EnsembleDetector,
        SeasonalDetector,
        ContextNoveltyDetector,
        ResonanceDetector,
        ErrorSpikeDetector,
        HalfSpaceTreesDetector,
        WindowedGaussianDetector,
    )
}

DEFAULT_METRIC_DETECTOR = EnsembleDetector.name


def create(name: str, **params: Any) -> Detector:
    """Build the detector registered as ``name`` with keyword ``params``.

    Raises
    ------
    KeyError
        No detector has that name.
    TypeError
        A parameter the detector does not take.
    """
    try:
        cls = REGISTRY[name]
    except KeyError:
        raise KeyError(f"unknown detector {name!r}; known: {', '.join(sorted(REGISTRY))}") from None
    return cls(**params)
