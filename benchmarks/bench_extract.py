"""Extraction throughput and memory on a realistic mix of 10,000 articles.

Mix: the dev set's real Ombudsman articles (read from ../shared at run time, each copy made
distinct) plus ordinary regional news and look-alike assessments generated from templates
(benchmarks/synthetic_news.py; multi-paragraph, 1,800-4,000 characters like real news).
Baseline, measured in the same run on the same texts: plain `spacy.blank("id")`
tokenisation with `nlp.pipe`. Target: extraction at >= 2x the baseline's throughput (most
news never needs the full pipeline), with flat memory (RSS sampled after 1k, 5k and 10k
articles). Times are CPU seconds of this process (`time.process_time`): the machine is
shared, and wall time would measure the neighbours.

`--dev-share` is the share of real Ombudsman articles in the mix. The default, 1%, is what a
crawl of regional news outlets sees at most: the assessment is reported a few weeks a year
(the December-January announcement), while an outlet publishes dozens of articles a day on
everything else. A second mix at `--also-share` (default 10%, a crawl aimed at the season
and at government news) is measured and reported too, so the ratio is honest at both; the
verdict (PASS/FAIL) is on the default mix, the one the target describes. Each mix is timed
`--repeat` times (default 5), baseline and extraction interleaved, and the fastest pass of each
is compared: on a shared 2-core machine single passes swing by +-30% (and more under heavy load), so
five passes by default. The baseline pipeline is built once per mix and reused across passes, as
extraction reuses its one: both vocabularies are equally warm in the fastest passes.

Run: `make bench BENCH=extract` or `python -m benchmarks extract`
(options: `python -m benchmarks.bench_extract --n 2000 --dev-share 0.05 --also-share 0`).
"""

from __future__ import annotations

import argparse
import gc
import json
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
GOLD_DEV = REPO.parent / "shared" / "gold" / "dev.jsonl"
N_ARTICLES = 10_000
DEV_SHARE = 0.01  # real Ombudsman articles in the default mix (see above)
ALSO_SHARE = 0.10  # a second, assessment-heavy mix reported beside it
TARGET_RATIO = 2.0
REPEAT = 5
MAX_RSS_GROWTH_MB = 64.0  # between the 1k and the 10k sample
SAMPLES = (1_000, 5_000, 10_000)


def rss_mb() -> float:
    """Current resident set size (Linux /proc; falls back to the peak from getrusage)."""
    try:
        with open("/proc/self/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def peak_rss_mb() -> float:
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build_mix(n: int, seed: int = 11, dev_share: float = DEV_SHARE) -> tuple[list[dict], int]:
    """n articles: `dev_share` dev-set texts (distinct copies), the rest generated news. Returns (articles, dev count)."""
    import random

    from benchmarks.synthetic_news import generate

    dev = []
    if GOLD_DEV.exists():
        dev = [json.loads(x)["text"] for x in GOLD_DEV.read_text(encoding="utf-8").splitlines() if x.strip()]
    else:
        print(f"note: {GOLD_DEV} not found; the mix is generated news only")
    n_dev = round(n * dev_share) if dev else 0
    texts = [f"{dev[i % len(dev)]}\n\n(arsip {i})" for i in range(n_dev)] + generate(n - n_dev, seed=seed)
    random.Random(seed).shuffle(texts)
    return [{"id": f"b{i}", "text": t} for i, t in enumerate(texts)], n_dev


def time_tokenisation(texts: list[str], nlp=None) -> float:
    import spacy

    nlp = nlp or spacy.blank("id")
    list(nlp.pipe(texts[:50]))  # warm-up
    t0 = time.process_time()
    n = 0
    for doc in nlp.pipe(texts, batch_size=256):
        n += len(doc)
    return time.process_time() - t0


def time_extraction(articles: list[dict]) -> tuple[float, dict[int, float], int, int]:
    from extract.pipeline import extract_many, get_nlp

    get_nlp()  # load the model outside the timing
    list(extract_many(articles[:50]))  # warm-up
    gc.collect()
    samples: dict[int, float] = {}
    relevant = records = 0
    t0 = time.process_time()
    for k, res in enumerate(extract_many(articles), 1):
        relevant += res.relevant
        records += len(res.records)
        if k in SAMPLES or k == len(articles):
            samples[k] = rss_mb()
    return time.process_time() - t0, samples, relevant, records


def time_officials(texts: list[str]) -> float:
    """Informational: the officials component alone (pure Python over the text)."""
    from extract.components.officials import find_officials

    t0 = time.process_time()
    for t in texts:
        find_officials(t)
    return time.process_time() - t0


def measure(n: int, dev_share: float, verbose: bool = True, repeat: int = REPEAT) -> tuple[float, bool]:
    """One mix: baseline tokenisation vs extraction. Returns (ratio, memory flat)."""
    articles, n_dev = build_mix(n, dev_share=dev_share)
    texts = [a["text"] for a in articles]
    chars = sum(map(len, texts))
    print(
        f"mix at --dev-share {dev_share:.0%}: {len(articles):,} articles ({n_dev:,} real Ombudsman articles "
        f"from the dev set, {len(articles) - n_dev:,} generated news incl. look-alikes), "
        f"{chars / 1e6:.1f} M characters, {chars / len(texts):,.0f} per article"
    )

    import spacy

    # one baseline pipeline for every pass, as extraction keeps its one (get_nlp): both vocabularies
    # are equally warm after the first pass, so the fastest passes compare like with like
    blank = spacy.blank("id")
    t_tok = time_tokenisation(texts, blank)
    if repeat > 1:
        print(f"baseline, first pass (its vocabulary still filling): {t_tok:7.2f} s CPU")
    if verbose:
        t_off = time_officials(texts[:2000])
        print(f"officials finder alone (first 2,000 articles): {t_off:6.2f} s CPU")
        from extract.components.relevance import is_candidate

        t0 = time.process_time()
        n_cand = sum(1 for t in texts if is_candidate(t))
        t_pre = time.process_time() - t0
        print(
            f"prefilter alone:                {t_pre:7.2f} s CPU  ({n_cand:,} of {len(texts):,} articles pass, "
            f"{t_pre / t_tok:.0%} of the tokenisation time)"
        )
    gc.collect()
    rss_before = rss_mb()
    t_ext, samples, relevant, records = time_extraction(articles)
    for _ in range(repeat - 1):  # memory is read from the first pass; times keep the fastest
        t_tok = min(t_tok, time_tokenisation(texts, blank))
        t_ext = min(t_ext, time_extraction(articles)[0])
    ratio = t_tok / t_ext
    print(
        f"baseline spacy.blank('id').pipe: {t_tok:7.2f} s CPU  {len(texts) / t_tok:8.0f} articles/s"
        + (f"  (fastest of {repeat} passes, interleaved with extraction)" if repeat > 1 else "")
    )
    print(
        f"extraction extract_many:        {t_ext:7.2f} s CPU  {len(texts) / t_ext:8.0f} articles/s  "
        f"({relevant:,} relevant, {records:,} records)"
    )
    print(
        f"throughput ratio extraction / tokenisation at {dev_share:.0%} relevant: {ratio:.2f}x "
        f"(target >= {TARGET_RATIO:.0f}x)"
    )
    print(
        "RSS (MB): before "
        + f"{rss_before:.0f}"
        + "".join(f", after {k:,}: {v:.0f}" for k, v in samples.items())
        + f"; peak {peak_rss_mb():.0f}"
    )
    ks = sorted(samples)
    growth = samples[ks[-1]] - samples[ks[0]] if len(ks) > 1 else 0.0
    flat = growth <= MAX_RSS_GROWTH_MB
    print(
        f"memory growth from {ks[0]:,} to {ks[-1]:,} articles: {growth:+.1f} MB "
        f"({'flat' if flat else 'GROWING'}, limit {MAX_RSS_GROWTH_MB:.0f} MB)"
    )
    return ratio, flat


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="bench_extract")
    ap.add_argument("--n", type=int, default=N_ARTICLES)
    ap.add_argument(
        "--dev-share",
        type=float,
        default=DEV_SHARE,
        help="share of real Ombudsman articles in the mix (default %(default)s)",
    )
    ap.add_argument(
        "--repeat", type=int, default=REPEAT, help="passes per mix; the fastest counts (default %(default)s)"
    )
    ap.add_argument(
        "--also-share",
        type=float,
        default=ALSO_SHARE,
        help="a second mix reported beside the first (0: none; default %(default)s)",
    )
    args = ap.parse_args(argv if argv is not None else [])
    try:
        import extract.pipeline  # noqa: F401 - only whether it imports
    except ImportError as exc:
        print(f"extraction pipeline not available ({exc}): cannot measure the ratio")
        return 1
    results = [(args.dev_share, *measure(args.n, args.dev_share, repeat=max(1, args.repeat)))]
    if args.also_share and args.also_share != args.dev_share:
        print()
        results.append((args.also_share, *measure(args.n, args.also_share, verbose=False, repeat=max(1, args.repeat))))
    print(
        "summary: "
        + "; ".join(
            f"{share:.0%} relevant: {ratio:.2f}x{'' if flat else ' (memory GROWING)'}" for share, ratio, flat in results
        )
        + f"; peak RSS {peak_rss_mb():.0f} MB"
    )
    _, ratio, flat = results[0]
    ok = ratio >= TARGET_RATIO and flat and all(f for _, _, f in results)
    print(
        f"{'PASS' if ok else 'FAIL'} (target: >= {TARGET_RATIO:.0f}x at the default {results[0][0]:.0%} mix, memory flat"
        + (f"; the {results[1][0]:.0%} mix is reported, not judged)" if len(results) > 1 else ")")
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
