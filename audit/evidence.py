"""Evidence helpers: the sentence around a record's spans, the exact words to highlight for a
field, and "naik/turun dari X" claims about the previous assessment.

All spans are [start, end) character offsets; sentence spans are relative to the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from .types import Span, TrendClaim

TREND_FILE = Path(__file__).with_name("trend_words.yaml")
MAX_SENTENCE = 700
# A sentence ends at . ! ? followed by space and an upper-case letter/quote/digit-less start, or
# at a line break. "88.30" and "Kab. Lebong" do not end one (no space / lower-case or name follows).
_BOUNDARY = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[A-Z\"“(])|\n+")
_ABBREV_END = re.compile(r"\b(?:Kab|Prov|Kec|Kel|Dr|Drs|Ir|H|Hj|St|No|Jl|dr|M|S|Tbk|RI|Sdr|Bpk)\.$")


SEPARATOR = " … "


def _sentence_range(text: str, lo: int, hi: int) -> tuple[int, int]:
    start = 0
    for m in _BOUNDARY.finditer(text, 0, lo):
        if not _ABBREV_END.search(text[max(0, m.start() - 6) : m.start()]):
            start = m.end()
    end = len(text)
    for m in _BOUNDARY.finditer(text, hi):
        if not _ABBREV_END.search(text[max(0, m.start() - 6) : m.start()]):
            end = m.start()
            break
    # Keep the evidence readable: clip very long "sentences" (lists, tables) around the span.
    if end - start > MAX_SENTENCE + (hi - lo):
        start = max(start, lo - MAX_SENTENCE // 2)
        end = min(end, hi + MAX_SENTENCE // 2)
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_around(text: str, spans: list[Span]) -> tuple[str, list[Span]]:
    """The sentence(s) containing `spans` (joined by " … " when they are apart), and the spans
    relative to that evidence string."""
    if not text:
        return "", []
    spans = sorted((max(0, int(s)), min(len(text), int(e))) for s, e in spans if int(e) > int(s))
    spans = [(s, e) for s, e in spans if e > s]
    if not spans:
        return "", []
    ranges: list[list[int]] = []
    for s, e in spans:
        a, b = _sentence_range(text, s, e)
        a, b = min(a, s), max(b, e)
        if ranges and a <= ranges[-1][1]:
            ranges[-1][1] = max(ranges[-1][1], b)
        else:
            ranges.append([a, b])
    pieces: list[str] = []
    offsets: list[int] = []
    pos = 0
    for a, b in ranges:
        if pieces:
            pos += len(SEPARATOR)
        offsets.append(pos - a)  # evidence index = text index + offset
        pieces.append(text[a:b])
        pos += b - a
    rel = []
    for s, e in spans:
        i = next(i for i, (a, b) in enumerate(ranges) if a <= s and e <= b)
        rel.append((s + offsets[i], e + offsets[i]))
    return SEPARATOR.join(pieces), rel


def score_variants(score: float) -> list[str]:
    two = f"{score:.2f}"
    one = f"{score:.1f}"
    out = [two.replace(".", ","), two, one.replace(".", ","), one]
    if score == int(score):
        out.append(str(int(score)))
    return list(dict.fromkeys(out))


_NUMBER = re.compile(r"(?<![\d.,])\d{1,3}(?:[.,]\d{1,2})?(?![\d]|[.,]\d)")


def _find_score(sentence: str, score: float) -> re.Match | None:
    """The first number written in `sentence` that equals `score` ("88,30", "88.3", "88")."""
    best = None
    for m in _NUMBER.finditer(sentence):
        if abs(float(m.group().replace(",", ".")) - score) < 1e-6:
            # prefer the most precise spelling ("92,00" over "92")
            if best is None or len(m.group()) > len(best.group()):
                best = m
    return best


_LEVEL_WORDS = re.compile(r"^(?:Provinsi|Kabupaten|Kota|Pemerintah)\s+", re.I)


def guess_spans(
    text: str,
    entity: str,
    score: float | None = None,
    rank: int | None = None,
    zone: str | None = None,
    grade: str | None = None,
) -> list[Span]:
    """Where a record without evidence spans is most likely stated: the value written in a
    sentence that also names the entity, else the value anywhere, else the entity's first mention."""
    if not text:
        return []
    core = _LEVEL_WORDS.sub("", entity or "").strip()
    candidates: list[tuple[int, int]] = []
    if score is not None:
        candidates = [
            (m.start(), m.end())
            for m in _NUMBER.finditer(text)
            if abs(float(m.group().replace(",", ".")) - float(score)) < 1e-6
        ]
    for field, value in (("rank", rank), ("zone", zone), ("grade", grade)):
        if not candidates and value is not None:
            hit = locate(text, field, value)
            candidates = [hit] if hit else []
    if candidates and core:
        for s, e in candidates:
            sentence_start, sentence_end = _sentence_range(text, s, e)
            if core.lower() in text[sentence_start:sentence_end].lower():
                return [(s, e)]
    if candidates:
        return [candidates[0]]
    i = text.lower().find(core.lower()) if core else -1
    return [(i, i + len(core))] if i >= 0 else []


def written_decimals(sentence: str, score: float | None) -> int | None:
    """How many decimals the text used for `score` ("95,1" -> 1, "90,00" -> 2), None if not found."""
    if score is None or not sentence:
        return None
    m = _find_score(sentence, float(score))
    return len(m.group().replace(",", ".").partition(".")[2]) if m else None


def locate(sentence: str, field: str | None, value) -> Span | None:
    """Where `value` of `field` is written in the sentence, if it is."""
    if value is None or not sentence:
        return None
    if field == "score" or field == "previous_score":
        m = _find_score(sentence, float(value))
        return (m.start(), m.end()) if m else None
    if field in ("rank", "previous_rank"):
        m = re.search(
            rf"(?:peringkat|posisi|urutan|ranking|rangking|juara)\s+(?:ke[-\s]?)?{int(value)}(?!\d)", sentence, re.I
        )
        return (m.start(), m.end()) if m else None
    if field == "grade":
        m = re.search(
            rf"\b(?:predikat|nilai|kategori|grade|opini|peringkat|rapor)\s+{re.escape(str(value))}\b", sentence, re.I
        )
        return (m.start(), m.end()) if m else None
    m = re.search(rf"\b{re.escape(str(value))}\b", sentence, re.I)
    return (m.start(), m.end()) if m else None


@lru_cache(maxsize=2)
def _trend_patterns(path: str):
    import yaml

    with open(path, encoding="utf-8") as fh:
        w = yaml.safe_load(fh)

    def alt(words):
        return "|".join(sorted((re.escape(x) for x in words), key=len, reverse=True))

    num = r"(?<![\d.,])(?P<num>\d{1,3}(?:[.,]\d{1,2})?)(?![\d]|[.,]\d)"
    lead = r"(?:(?:sebelumnya|semula|tahun\s+lalu|tahun\s+sebelumnya|tahun\s+\d{4}|yang|hanya|sebesar|nilai|skor|angka|indeks)\s+){0,4}"
    rank = rf"(?:(?P<rankword>{alt(w['rank_words'])})\s+(?:ke[-\s]?)?)?"
    # "25,98 persen pada 2022 menjadi 54,11": a unit and the old year may sit between the values
    gap = r"(?:\s+persen|\s*%)?(?:\s+(?:pada|di|tahun)\s+(?:tahun\s+)?\d{4})?"
    then = rf"(?:{gap}\s+(?:menjadi|ke|jadi)\s+(?:(?:{alt(w['rank_words'])})\s+(?:ke[-\s]?)?|nilai\s+|skor\s+)?(?P<new>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?![\d]|[.,]\d))?"
    verb_re = re.compile(
        rf"\b(?P<verb>{alt(w['up'] + w['down'])})\b(?P<mid>(?:\s+\S+){{0,5}}?)\s+dari\s+{lead}{rank}{num}(?=(?P<after>\s+[\w/]+)?){then}",
        re.I,
    )
    plain_re = re.compile(
        rf"\bdari\s+{lead}{rank}{num}{gap}\s+(?:menjadi|ke)\s+(?:(?:{alt(w['rank_words'])})\s+(?:ke[-\s]?)?|nilai\s+|skor\s+)?(?P<new>\d{{1,3}}(?:[.,]\d{{1,2}})?)(?![\d]|[.,]\d)",
        re.I,
    )
    zone_re = re.compile(
        rf"\b(?P<verb>{alt(w['up'] + w['down'])})\b(?:\s+\S+){{0,3}}?\s+dari\s+zona\s+(?P<zone>hijau|kuning|merah)"
        rf"(?:\s+(?:ke|menjadi)\s+zona\s+(?P<new>hijau|kuning|merah))?",
        re.I,
    )
    return (
        verb_re,
        plain_re,
        zone_re,
        {x.lower() for x in w["up"]},
        {x.lower() for x in w["scope_words"]},
        re.compile(rf"\b(?:{alt(w['rank_words'])})", re.I),
    )


def _num(s: str) -> float:
    return float(s.replace(",", "."))


# the year written with a previous value: "dari tahun 2023 yang hanya 71,2" / "dari 95,08 pada (penilaian) tahun 2023"
_YEAR_BEFORE = re.compile(r"\btahun\s+(?P<y>(?:19|20)\d\d)\b", re.I)
_YEAR_AFTER = re.compile(
    r"(?:\s+persen|\s*%)?\s*,?\s+(?:pada|di|dalam|untuk)\s+(?:(?:penilaian|hasil|survei|evaluasi|"
    r"kepatuhan|periode|pelayanan|publik|ombudsman)\s+){0,4}(?:tahun\s+)?(?P<y>(?:19|20)\d\d)\b"
    r"|\s+(?:tahun\s+)(?P<y2>(?:19|20)\d\d)\b",
    re.I,
)


def _stated_year(sentence: str, dari: int, num_start: int, num_end: int) -> int | None:
    """The year written between "dari" and the previous value, or right after the value."""
    m = _YEAR_BEFORE.search(sentence, dari, num_start)
    if m:
        return int(m.group("y"))
    m = _YEAR_AFTER.match(sentence, num_end)
    if m:
        return int(m.group("y") or m.group("y2"))
    return None


def parse_trends(sentence: str, path: str | Path | None = None) -> list[TrendClaim]:
    """ "naik dari 78,50 menjadi 88,30", "turun dari peringkat 3", "dari 79,1 menjadi 85,2"."""
    verb_re, plain_re, zone_re, up_words, scope_words, rank_word_re = _trend_patterns(str(path or TREND_FILE))
    out: list[TrendClaim] = []
    taken: list[Span] = []
    for m in verb_re.finditer(sentence):
        after = (m.group("after") or "").strip().lower()
        if after in scope_words and not m.group("new"):
            continue  # "naik ke peringkat 5 dari 34 provinsi": a scope, not a previous value
        before = sentence[max(0, m.start() - 40) : m.start()] + (m.group("mid") or "")
        raw = m.group("num")
        is_rank = bool(m.group("rankword")) or (
            "," not in raw and "." not in raw and bool(rank_word_re.search(before)) and int(raw) < 600
        )
        verb = m.group("verb").lower()
        out.append(
            TrendClaim(
                direction="naik" if verb in up_words else "turun",
                metric="rank" if is_rank else "score",
                previous=_num(raw),
                span=(m.start(), m.end()),
                new_value=_num(m.group("new")) if m.group("new") else None,
                previous_year=_stated_year(sentence, m.end("mid"), m.start("num"), m.end("num")),
            )
        )
        taken.append((m.start(), m.end()))
    for m in plain_re.finditer(sentence):
        if any(s <= m.start() < e for s, e in taken):
            continue
        raw, new = m.group("num"), m.group("new")
        is_rank = bool(m.group("rankword"))
        prev, nv = _num(raw), _num(new)
        direction = None
        if prev != nv:
            better = nv < prev if is_rank else nv > prev
            direction = "naik" if better else "turun"
        out.append(
            TrendClaim(
                direction=direction,
                metric="rank" if is_rank else "score",
                previous=prev,
                span=(m.start(), m.end()),
                new_value=nv,
                previous_year=_stated_year(sentence, m.start(), m.start("num"), m.end("num")),
            )
        )
    for m in zone_re.finditer(sentence):
        out.append(
            TrendClaim(
                direction="naik" if m.group("verb").lower() in up_words else "turun",
                metric="zone",
                previous=m.group("zone").lower(),
                span=(m.start(), m.end()),
                new_value=m.group("new").lower() if m.group("new") else None,
            )
        )
    return out
