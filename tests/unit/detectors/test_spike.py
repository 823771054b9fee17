"""Error spike detection respects low counts."""

from __future__ import annotations

import math
import random

from detectors import ErrorSpikeDetector, ErrorSpikeTracker, poisson_sf


def test_poisson_tail_matches_direct_sum() -> None:
    for mu in (0.3, 2.0, 15.0):
        for k in range(0, 40, 3):
            direct = 1.0 - sum(math.exp(-mu) * mu**i / math.factorial(i) for i in range(k))
            assert math.isclose(poisson_sf(k, mu), max(direct, 0.0), rel_tol=1e-6, abs_tol=1e-12)


def test_three_errors_at_night_after_zero_is_not_a_page() -> None:
    det = ErrorSpikeDetector()
    for w in range(300):
        det.update(0, 60.0 * w)
    assert det.update(3, 60.0 * 300).score == 0.0


def test_three_hundred_after_five_is_a_page() -> None:
    det = ErrorSpikeDetector()
    for w in range(300):
        det.update(5, 60.0 * w)
    r = det.update(300, 60.0 * 300)
    assert r.score == 1.0 and r.observed == 300.0 and math.isclose(r.expected, 5.0)
    assert (r.window_start, r.window_end) == (18000.0, 18060.0)


def test_noisy_poisson_counts_rarely_alert_and_spike_does_not_become_normal() -> None:
    rng = random.Random(1)
    det = ErrorSpikeDetector()
    scores = []
    for w in range(2000):
        # Poisson(8) by inversion.
        k, p, u = 0, math.exp(-8.0), rng.random()
        c = p
        while u > c:
            k += 1
            p *= 8.0 / k
            c += p
        scores.append(det.update(k, 60.0 * w).score)
    assert sum(s >= 0.5 for s in scores) == 0
    det.update(200, 60.0 * 2000)
    # One spike raises the baseline a little, not to 200.
    assert det.expected < 12.0


def test_tracker_per_key_windows() -> None:
    tr = ErrorSpikeTracker(window=60.0)
    for minute in range(30):
        for _ in range(3):
            tr.add("api", 60.0 * minute + 2)
            tr.add(("api", "TimeoutError"), 60.0 * minute + 2)
    for _ in range(100):
        tr.add(("api", "TimeoutError"), 1800.0 + 1)
    results = dict(tr.flush(1860.0))
    assert results[("api", "TimeoutError")].score == 1.0
    assert results[("api", "TimeoutError")].observed == 100.0
    # "api" stayed at three a minute: its last window closes quietly.
    assert results["api"].score == 0.0 and results["api"].observed == 3.0


def test_errors_that_come_in_pairs_do_not_page() -> None:
    """A failed request often yields two errors (an error span and an error log): overdispersed counts."""
    import math
    import random

    from detectors.spike import ErrorSpikeDetector

    rng = random.Random(3)

    def poisson(mu: float) -> int:
        limit, k, p = math.exp(-mu), 0, 1.0
        while True:
            k += 1
            p *= rng.random()
            if p < limit:
                return k - 1

    det = ErrorSpikeDetector(window=20)
    pages = sum(det.update(2 * poisson(1.8) + (3 if rng.random() < 0.02 else 0), i * 20).score >= 0.5
                for i in range(20000))
    assert pages == 0
    assert det.dispersion > 1.3
    assert det.update(104, 20000 * 20).score == 1.0  # a real spike still pages


def test_a_service_whose_traffic_ramps_up_does_not_page_on_its_ordinary_errors() -> None:
    # the first windows of a starting service are nearly empty; its ordinary rate is ~25 a window
    ramp = [0, 0, 1, 3, 20, 24, 24, 28, 26, 24, 25, 24, 23, 24, 25, 27, 24, 26, 25, 24, 26, 25]
    det = ErrorSpikeDetector()
    scores = [det.update(x).score for x in ramp]
    assert max(scores) < 0.5, scores
    assert det.update(300).score >= 0.99  # a real spike on top of it still pages


def test_a_quiet_service_pages_on_its_first_burst() -> None:
    det = ErrorSpikeDetector()
    assert max(det.update(0).score for _ in range(30)) == 0.0
    assert det.update(300).score >= 0.99


def test_an_incident_while_the_baseline_forms_keeps_paging_while_it_lasts() -> None:
    """Seven quiet minutes, then 1,200 errors a minute for four: every incident window pages.

    The baseline's first twenty windows are learned uncapped (a ramping service finds its
    rate); a window that already scores as a spike is learned capped, so the incident does not
    become the baseline after its first window and its alert does not resolve while it goes on.
    """
    from detectors.spike import ErrorSpikeDetector

    det = ErrorSpikeDetector()
    quiet = [det.update(0).score for _ in range(7)]
    incident = [det.update(1200).score for _ in range(4)]
    assert max(quiet) == 0.0
    assert min(incident) >= 0.99, incident
    assert det.expected < 10  # the baseline grew by at most the cap a window
    after = [det.update(0).score for _ in range(5)]
    assert max(after) == 0.0


def test_learning_every_window_uncapped_is_what_learn_cap_score_above_one_gives() -> None:
    from detectors.spike import ErrorSpikeDetector

    det = ErrorSpikeDetector(learn_cap_score=1.5)  # never capped while the baseline forms
    for _ in range(7):
        det.update(0)
    scores = [det.update(1200).score for _ in range(3)]
    assert scores[0] >= 0.99 and scores[-1] < 0.5, scores  # the old behaviour: learned after one window


def test_a_state_written_before_learn_cap_score_existed_still_learns() -> None:
    from detectors.spike import ErrorSpikeDetector

    det = ErrorSpikeDetector()
    del det.__dict__["learn_cap_score"]  # as the codec restores an older state: no such attribute
    for _ in range(7):
        det.update(0)
    assert det.update(1200).score >= 0.99
    assert det.update(1200).score >= 0.99


def test_an_incident_in_the_first_unscored_windows_does_not_stay_in_the_baseline() -> None:
    """Errors at 650 and 243 a window in a service's second and third minutes (before anything is
    scored), then quiet: once the baseline is formed, a second incident pages.  Before, the two
    windows stayed in its plain mean and variance (expected 45, dispersion 495: the 1,200 scored 0.36)."""
    from detectors.spike import ErrorSpikeDetector

    det = ErrorSpikeDetector()
    formation = max(det.warmup, round(1.0 / det.alpha))
    early = [0.0, 650.0, 243.0] + [0.0] * (formation - 3)
    assert max(det.update(x).score for x in early) == 0.0
    assert det.expected < 5 and det.dispersion < 10
    assert max(det.update(0).score for _ in range(5)) == 0.0
    assert det.update(1200).score >= 0.99


def test_a_formed_baseline_of_ordinary_counts_is_the_plain_one() -> None:
    """Counts that never exceed their median's cap form the same baseline as the plain mean and variance."""
    import random

    from detectors.spike import ErrorSpikeDetector

    rng = random.Random(5)
    counts = [float(sum(rng.random() < 0.3 for _ in range(40))) for _ in range(20)]  # about 12 a window
    det = ErrorSpikeDetector()
    for x in counts:
        det.update(x)
    mean = sum(counts) / len(counts)
    assert abs(det.expected - mean) < 1e-9
    assert abs(det._var - sum((c - mean) ** 2 for c in counts) / len(counts)) < 1e-9


def test_an_early_incident_does_not_hide_a_second_one_while_the_baseline_still_forms() -> None:
    """The lead's sightline up run: the app's first run failed half its requests in its second and third
    minutes, the second run six minutes later: the ninth window of 1,200 errors pages."""
    from detectors.spike import ErrorSpikeDetector

    det = ErrorSpikeDetector()
    for x in [0.0, 650.0, 243.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0]:
        det.update(x)
    assert det.update(1200).score >= 0.99


def test_quiet_windows_between_flushes_are_learned_as_zero() -> None:
    """The processors flush every few seconds; the windows without errors between two bursts must still
    count as empty windows, as they do without flushes."""
    flushed, unflushed = ErrorSpikeTracker(window=60.0), ErrorSpikeTracker(window=60.0)
    for burst in range(10):  # three errors every ten minutes
        for tr in (flushed, unflushed):
            for _ in range(3):
                tr.add("api", 600.0 * burst + 1)
        for second in range(0, 600, 15):
            flushed.flush(600.0 * burst + second)
    a, b = flushed._detectors["api"], unflushed._detectors["api"]
    assert b._n == 90 and a._n >= b._n  # 9 bursts closed and their 81 empty windows; the flushed one has also learned the windows after the last burst
    assert a.expected < 0.6 and b.expected < 0.6  # about 0.3 errors a window, not 3


def test_a_key_started_before_its_first_error_pages_on_it() -> None:
    """A service counted from its first record: its first errors come after minutes of empty windows."""
    started, unstarted = ErrorSpikeTracker(window=60.0), ErrorSpikeTracker(window=60.0)
    started.start("api", 5.0)
    for minute in range(1, 8):
        started.flush(60.0 * minute + 1)
        unstarted.flush(60.0 * minute + 1)
    found = {name: [r for _ in range(200) for _, r in tr.add("api", 8 * 60.0 + 2) if r.score >= 0.5]
             for name, tr in (("started", started), ("unstarted", unstarted))}
    assert len(found["started"]) == 1 and found["started"][0].expected == 0.5  # the prior: nothing seen in 8 minutes
    assert found["unstarted"] == []  # its baseline starts with the burst: warming up
    started.start("api", 9 * 60.0)  # a key already counted is left as it is
    assert started.counts("api") and started._detectors["api"]._n == 8


def test_rare_clumps_of_errors_do_not_page() -> None:
    """A service quiet most minutes that logs ten errors per failure, a failure every fifty minutes or
    so, flushed every 15 s as the processors do: the first clump after a quiet start is judged with
    first_dispersion, the later ones with the dispersion the clumps gave the baseline."""
    rng = random.Random(7)
    tr = ErrorSpikeTracker(window=60.0)
    tr.start("svc", 0.0)
    paged_minutes = set()
    for minute in range(1440):
        clump_at = 60.0 * minute + rng.uniform(0, 60) if rng.random() < 0.02 else None
        for second in range(15, 61, 15):
            t = 60.0 * minute + second
            if clump_at is not None and clump_at < t:
                for _ in range(10):
                    paged_minutes |= {minute for _, r in tr.add("svc", clump_at) if r.score >= 0.5}
                clump_at = None
            paged_minutes |= {minute for _, r in tr.flush(t) if r.score >= 0.5}
    assert tr._detectors["svc"].dispersion > 3  # the clumps, not a Poisson
    assert paged_minutes == set(), sorted(paged_minutes)


def test_a_first_clump_after_a_quiet_start_is_no_page_and_an_incident_is() -> None:
    quiet = ErrorSpikeDetector(window=60.0)
    for minute in range(20):
        quiet.update(0, t=60.0 * minute)
    assert quiet.dispersion == 3.0
    assert quiet.score_one(10) < 0.5 and quiet.score_one(100) == 1.0
    poisson = ErrorSpikeDetector(window=60.0, first_dispersion=1.0)
    for minute in range(20):
        poisson.update(0, t=60.0 * minute)
    assert poisson.score_one(10) >= 0.5
