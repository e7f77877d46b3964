"""The extraction pipeline: article text -> ExtractionResult (records + officials).

    from extract.pipeline import extract_article, extract_many
    res = extract_article(text, url=None, published="2024-01-28", id="a1")
    res.to_dict()   # the RECORDS.md shape

`build_nlp()` assembles spacy.blank("id") with the kepatuhan components (and the officials
component when it is installed); `get_nlp()` caches one instance per process.

Throughput: a cheap substring prefilter on the raw text (models/relevance.yaml `candidate`;
`extract_many` searches a chunk of texts at once, components/batch_words.py) keeps ordinary
news away from spaCy entirely (relevant=False, no records, no officials, never tokenised). A candidate that is not about the assessment (a look-alike: MCP, WTP,
IKM, ...) only needs its officials, which the officials finder reads from the raw text, so it
is never tokenised either. Relevant articles are tokenised exactly once, in batches through
`nlp.pipe`.
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import islice
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, cast

import spacy
from spacy.language import Language
from spacy.tokens import Doc

from extract.types import ExtractionResult, Official, Record

if TYPE_CHECKING:
    from extract.components.relevance import Relevance

OFFICIALS_PIPE = "kepatuhan_officials"

if not Doc.has_extension("officials"):
    Doc.set_extension("officials", default=None)


def build_nlp(with_officials: bool = True) -> Language:
    import extract.components as comps  # registers the factories

    from extract.tokenizer import NAME as LAZY_TOKENIZER

    # spaCy's own Indonesian tokenizer, built on first use: extraction never calls it (see fast_doc)
    nlp = spacy.blank("id", config={"nlp": {"tokenizer": {"@tokenizers": LAZY_TOKENIZER}}})
    nlp.max_length = 30_000_000  # no parser/NER here: long texts only cost tokenisation
    for name in comps.PIPE_NAMES:
        nlp.add_pipe(name)
    if with_officials:
        nlp.add_pipe(OFFICIALS_PIPE)
    return nlp


@lru_cache(maxsize=1)
def get_nlp() -> Language:
    return build_nlp()


def _is_candidate(text: str) -> bool:
    from extract.components.relevance import is_candidate

    return is_candidate(text)


def _probe(text: str, title: str | None) -> str:
    """What relevance reads: the title (headline) counts for relevance only, so a body that never
    names the Ombudsman under a headline that does is still about the assessment."""
    return f"{title}\n\n{text}" if isinstance(title, str) and title.strip() else text


def _triage(
    nlp: Language, text: str, title: str | None = None, candidate: bool | None = None, rel: Relevance | None = None
) -> str:
    """ "skip" (ordinary news), "officials" (a look-alike: officials only) or "full".

    `candidate`: the prefilter's answer for this text and title when already known (extract_many
    asks it for a batch at once); `rel`: the pipeline's relevance component, when already looked up.
    """
    if not text.strip():
        return "skip"
    if rel is None:
        rel = cast("Relevance", nlp.get_pipe("kepatuhan_relevance"))
    probe = _probe(text, title)
    if not (rel.is_candidate(probe) if candidate is None else candidate):
        return "skip"
    return "full" if rel.is_relevant(probe) else "officials"


def _prefiltered(nlp: Language, chunk: list[tuple[int, dict]]) -> list[bool | None]:
    """The prefilter's answer for each article of a chunk (None: not a text), searched at once."""
    rel = cast("Relevance", nlp.get_pipe("kepatuhan_relevance"))
    texts = [(a.get("text") or "", a.get("title")) for _, a in chunk]
    probes = [_probe(t, title) for t, title in texts if isinstance(t, str)]
    batch = getattr(rel, "are_candidates", None)  # (another relevance component: one text at a time)
    found = iter(batch(probes) if batch is not None else [rel.is_candidate(p) for p in probes])
    return [next(found) if isinstance(t, str) else None for t, _ in texts]


def _officials_only(nlp: Language, text: str) -> list[Official]:
    """The officials of a text without tokenising it (same finder as the pipeline's component)."""
    return _officials_reader(nlp)(text)


def _no_officials(text: str) -> list[Official]:
    return []


def _officials_reader(nlp: Language) -> Callable[[str], list[Official]]:
    """`_officials_only` with the pipeline's officials component looked up once (extract_many asks
    it for every look-alike of a crawl)."""
    if OFFICIALS_PIPE not in nlp.pipe_names:
        return _no_officials
    pipe: Any = nlp.get_pipe(OFFICIALS_PIPE)  # the kepatuhan officials component, or another one

    def on_doc(text: str) -> list[Official]:  # another officials component: run it on a Doc
        return list(pipe(nlp.make_doc(text))._.officials or [])

    try:
        from extract.components.officials import merge_mentions
    except ImportError:
        return on_doc

    def read(text: str) -> list[Official]:
        try:
            return merge_mentions(pipe.finder.find(text))
        except AttributeError:
            return on_doc(text)

    return read


def _result(doc: Doc, id: str) -> ExtractionResult:
    records: list[Record] = list(doc._.records or []) if doc._.relevant else []
    officials: list[Official] = list(doc._.officials or [])
    return ExtractionResult(id=str(id), relevant=bool(doc._.relevant), records=records, officials=officials)


# a word with its one trailing space, or a run of other whitespace (spaCy's own convention)
_PIECES = re.compile(r"(\S+)( ?)|(\s+)")


def fast_doc(nlp: Language, text: str) -> Doc:
    """A Doc of `text` split at whitespace (doc.text == text).

    The kepatuhan components read the Doc's text and character offsets, never its tokens'
    linguistics, so a whitespace split serves them as well as spaCy's rule tokenizer at a
    fraction of the cost (`nlp(text)` gives the same records and officials; see
    tests/test_extract_devset.py).
    """
    pieces = _PIECES.findall(text)
    words = [w or ws for w, _, ws in pieces]
    spaces = [sp == " " for _, sp, _ in pieces]
    if sum(map(len, words)) + sum(spaces) != len(text):  # never expected; fall back to spaCy's tokenizer
        return nlp.make_doc(text)
    doc = Doc(nlp.vocab, words=words, spaces=spaces)
    doc.user_data["kepatuhan_text"] = text  # what doc.text would rebuild (see components.knowledge.doc_text)
    return doc


def _make_doc(nlp: Language, text: str, url: str | None, published: str | None, relevant: bool | None = None) -> Doc:
    doc = fast_doc(nlp, text)
    if relevant is not None:
        doc.user_data["kepatuhan_relevant"] = relevant  # already decided by the triage
    doc._.published = published
    doc._.url = url
    return doc


def extract_article(
    text: str,
    url: str | None = None,
    published: str | None = None,
    id: str = "",
    nlp: Language | None = None,
    title: str | None = None,
) -> ExtractionResult:
    """Extract the compliance-assessment records and the officials of one article.

    Args:
        text: the article's clean body text (`clean.clean_page(html).text`, or your own).
        url: where it was published; kept in the result's provenance, never read.
        published: publication date "YYYY-MM-DD"; decides the assessment year when the text
            names none (a result published before November reports the previous year's).
        id: your id for the article, copied to `ExtractionResult.id`.
        nlp: a pipeline from `get_nlp()` (default: the shared one, built on first use).
        title: the headline; used only to decide relevance. Records, officials and their
            evidence come from `text` alone, so evidence offsets index `text`.

    Returns:
        `ExtractionResult(id, relevant, records, officials)`: each `Record` has entity,
        entity_type, region_code, province, parent, year, score, rank, rank_scope, zone, grade,
        opinion and `evidence` ([start, end) spans of `text`); `.to_dict()` gives the JSON line
        of `kepatuhan extract`. Only what the text states is reported (no zone from a score).

    Raises:
        TypeError: `text` is not a string.

    >>> res = extract_article("Ombudsman RI menyerahkan hasil Penilaian Kepatuhan Penyelenggaraan "
    ...     "Pelayanan Publik 2023. Kabupaten Lebong meraih nilai 92,00 dan masuk zona hijau.")
    >>> [(r.entity, r.year, r.score, r.zone) for r in res.records]
    [('Kabupaten Lebong', 2023, 92.0, 'hijau')]
    """
    if not isinstance(text, str):
        raise TypeError(f"article {id!r}: text must be a string, got {type(text).__name__}")
    nlp = nlp or get_nlp()
    route = _triage(nlp, text, title)
    if route == "skip":
        return ExtractionResult(id=str(id), relevant=False)
    if route == "officials":
        return ExtractionResult(id=str(id), relevant=False, officials=_officials_only(nlp, text))
    return _result(nlp(_make_doc(nlp, text, url, published, relevant=True)), id)


def extract_many(
    articles: Iterable[dict], nlp: Language | None = None, batch_size: int = 64
) -> Iterator[ExtractionResult]:
    """Extract many articles (dicts with "text" and optional "id", "url", "published", "title"), in order.

    Non-candidate articles are answered without tokenisation; the rest go through `nlp.pipe`.
    """
    nlp = nlp or get_nlp()
    pending: list[tuple[int, Doc | ExtractionResult]] = []

    def flush():
        docs = [d for _, d in pending if isinstance(d, Doc)]
        processed = iter(nlp.pipe(docs, batch_size=batch_size)) if docs else iter(())
        for _i, item in pending:
            if isinstance(item, Doc):
                yield _result(next(processed), item.user_data.get("kep_id", ""))
            else:
                yield item
        pending.clear()

    # articles are read a chunk at a time (as many as are answered together anyway): the prefilter
    # searches a chunk's texts at once (components/batch_words.py)
    numbered = enumerate(articles)
    officials_of = _officials_reader(nlp)  # (looked up once, not per look-alike)
    while chunk := list(islice(numbered, batch_size * 4)):
        rel = cast("Relevance", nlp.get_pipe("kepatuhan_relevance"))
        for (i, a), candidate in zip(chunk, _prefiltered(nlp, chunk)):
            text, aid = a.get("text") or "", str(a.get("id", i))
            # (most articles: not a candidate, so ordinary news whatever else the triage would ask)
            route = _triage(nlp, text, a.get("title"), candidate, rel) if candidate else "skip"
            if route == "skip":
                pending.append((i, ExtractionResult(id=aid, relevant=False)))
            elif route == "officials":
                pending.append((i, ExtractionResult(id=aid, relevant=False, officials=officials_of(text))))
            else:
                doc = _make_doc(nlp, text, a.get("url"), a.get("published"), relevant=True)
                doc.user_data["kep_id"] = aid
                pending.append((i, doc))
            if len(pending) >= batch_size * 4:
                yield from flush()
    yield from flush()
    yield from flush()
