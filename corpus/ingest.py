"""Clean -> extract -> store, idempotent, and re-extraction over stored text.

Pages are unique by URL, articles by canonical URL (or content hash when there is no URL),
records/officials by (article, position). Storing the same thing again changes nothing; a newer
extractor version replaces an article's records and officials and records the version that
produced them. Irrelevant pages leave only a seen-URL fingerprint.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from clean import dedup
from clean.types import Article
from corpus.batch import BATCH, BatchStore, IngestOutcome, article_key
from corpus.batch_pending import BATCH_BYTES, input_size
from corpus.derived import replace_derived
from corpus.convert import site_of, utcnow
from corpus.models import ArticleRow, OfficialRow, RecordRow, SeenUrl
from extract.types import ExtractionResult
from gazetteer import RegionIndex, entity_key


class IngestError(RuntimeError):
    """One input could not be ingested; the message names it (URL, file:line or id)."""


@dataclass
class ReextractCounts:
    articles: int = 0
    changed: int = 0
    records: int = 0
    errors: dict[str, int] = field(default_factory=dict)


class Ingest(BatchStore):
    @property
    def extractor_version(self) -> str:
        if self._extractor_version is None:
            from extract import EXTRACTOR_VERSION

            self._extractor_version = EXTRACTOR_VERSION
        return self._extractor_version

    def _clean(self, html: str | bytes, url: str | None, headers: dict | None) -> Article:
        if self._cleaner is None:
            from clean import clean_page

            self._cleaner = clean_page
        return self._cleaner(html, url=url, headers=headers)

    def _extract(self, article: Article) -> ExtractionResult:
        if self._extractor is None:
            from extract import extract_article

            self._extractor = extract_article
        kwargs = {"title": article.title} if article.title and _takes_title(self._extractor) else {}
        # the headline is read with the body (records and years are often stated only there);
        # evidence offsets index that text (Article.extraction_text), stored records say so
        return self._extractor(
            article.extraction_text(), url=article.url, published=article.published, id=article.id or "", **kwargs
        )

    def _entity_key(self, rec) -> str:
        if self._regions is None:
            self._regions = RegionIndex.load()
        return entity_key(rec.entity, rec.entity_type, rec.region_code, rec.parent, self._regions)

    def ingest_page(
        self,
        url: str,
        html: str | bytes,
        status: int = 200,
        headers: dict | None = None,
        fetched_at: datetime | None = None,
        site: str | None = None,
        run_id: int | None = None,
    ) -> IngestOutcome:
        """Clean -> extract -> store one fetched page. Relevant pages keep their raw HTML
        (compressed); irrelevant ones leave only a seen-URL fingerprint. Raises IngestError."""
        return self._one(
            "page", dict(url=url, html=html, status=status, headers=headers, fetched_at=fetched_at, site=site), run_id
        )

    def ingest_article(self, item: dict[str, Any], run_id: int | None = None) -> IngestOutcome:
        """Ingest an article a user brought: {"text": ...} or {"html": ...}, plus optional
        "id", "url", "published", "title", "site"."""
        return self._one("article", item, run_id)

    def _one(self, kind: str, data: dict, run_id: int | None) -> IngestOutcome:
        (out,) = self._ingest_chunk([(kind, data)], run_id)
        if isinstance(out, IngestError):
            raise out
        return out

    def ingest_many(
        self, items: Iterable[tuple[str, dict]], run_id: int | None = None, batch: int = BATCH
    ) -> Iterator[IngestOutcome | IngestError]:
        """Clean -> extract -> store many inputs: ("page", ingest_page's arguments) or ("article",
        ingest_article's dict). Yields, per input and in order, its IngestOutcome or the
        IngestError that stopped it. Per batch: one look-up of what is stored unchanged, one
        transaction to store the rest (`store_many`)."""
        chunk: list[tuple[str, dict]] = []
        held = 0
        for item in items:
            chunk.append(item)
            held += input_size(item[1])
            if len(chunk) >= batch or held >= BATCH_BYTES:
                yield from self._ingest_chunk(chunk, run_id)
                chunk, held = [], 0
        if chunk:
            yield from self._ingest_chunk(chunk, run_id)

    def _ingest_chunk(self, chunk: list[tuple[str, dict]], run_id: int | None) -> list:
        out: list = [None] * len(chunk)
        prepared, failed_urls = [], []
        for i, (kind, data) in enumerate(chunk):
            try:
                prep = self._prepare_page(**data) if kind == "page" else self._prepare_article(data)
            except IngestError as exc:
                out[i] = exc
                continue
            if prep is None:  # an HTTP error page: remembered, never stored
                failed_urls.append(data["url"])
                out[i] = IngestOutcome(None, None, False, 0, None, False, outcome="error")
            else:
                prepared.append((i, *prep))
        if failed_urls:
            with self.session() as s:
                self.mark_seen_many(s, [(u, None, None, "error", None) for u in failed_urls])
        todo = []
        for (i, article, page), done in zip(prepared, self._unchanged_many([(a, p) for _, a, p in prepared])):
            if done is not None:
                out[i] = done
                continue
            try:
                todo.append((i, article, self._extract(article), page))
            except Exception as exc:  # noqa: BLE001 - one bad article must not stop the batch
                url = (page or {}).get("url") or article.url
                out[i] = IngestError(f"{url or article.id}: extraction failed: {type(exc).__name__}: {exc}")
        for (i, *_), stored in zip(todo, self.store_many([(a, r, p) for _, a, r, p in todo], run_id=run_id)):
            out[i] = stored
        for i, article, _ in prepared:
            if isinstance(out[i], IngestOutcome):
                out[i].warnings = list(article.warnings or [])
        return out

    def _prepare_page(self, url, html, status=200, headers=None, fetched_at=None, site=None):
        """(Article, page) of a fetched page; None for an HTTP error status. Raises IngestError."""
        if status is not None and not (200 <= int(status) < 300):
            return None
        try:  # bytes go to the cleaner as they are: it detects the charset
            article = self._clean(html, url, headers)
        except Exception as exc:  # one bad page must not stop a crawl: IngestError names it
            raise IngestError(f"{url}: cleaning failed: {type(exc).__name__}: {exc}") from exc
        return article, {
            "url": url,
            "html": html,
            "status": status,
            "headers": headers,
            "fetched_at": fetched_at,
            "site": site,
        }

    def _prepare_article(self, item: dict[str, Any]):
        """(Article, page or None) of an article a user brought. Raises IngestError."""
        url = item.get("url") or None
        if item.get("html"):
            try:
                article = self._clean(item["html"], url, item.get("headers"))
            except Exception as exc:
                raise IngestError(f"{item.get('id') or url}: cleaning failed: {type(exc).__name__}: {exc}") from exc
            for k in ("published", "title", "site"):
                if item.get(k) and not getattr(article, k):
                    setattr(article, k, item[k])
            if item.get("id"):
                article.id = str(item["id"])
            page = (
                {
                    "url": url,
                    "html": item["html"],
                    "status": 200,
                    "headers": item.get("headers"),
                    "fetched_at": None,
                    "site": item.get("site"),
                }
                if url
                else None
            )
            return article, page
        text = item.get("text")
        if not isinstance(text, str) or not text.strip():
            raise IngestError(f"{item.get('id') or url or 'article'}: needs a non-empty 'text' or 'html'")
        return Article(
            id=str(item.get("id") or ""),
            text=text,
            url=url,
            canonical_url=item.get("canonical_url"),
            site=item.get("site") or site_of(url),
            title=item.get("title"),
            published=item.get("published"),
        ), None

    def _unchanged_many(self, pairs: list[tuple[Article, dict | None]]) -> list[IngestOutcome | None]:
        """Per (article, page): an "unchanged" outcome when the same text was stored by the same
        extractor version (nothing to do, nothing to write), else None. Two queries in all."""
        version = self.extractor_version
        for article, _ in pairs:
            if not article.content_hash:  # the simhash waits: only a relevant article needs one
                article.content_hash = dedup.content_hash(article.text or "")
        urls = [(page or {}).get("url") or a.url for a, page in pairs]
        keys = [article_key(a) for (a, _), u in zip(pairs, urls) if not u]
        with Session(self.reader) as s:
            seen: dict[str, Any] = {}
            wanted = [u for u in urls if u]
            if wanted:
                for r in s.execute(
                    sa.select(
                        SeenUrl.url,
                        SeenUrl.canonical_url,
                        SeenUrl.content_hash,
                        SeenUrl.outcome,
                        SeenUrl.extractor_version,
                    ).where(sa.or_(SeenUrl.url.in_(wanted), SeenUrl.canonical_url.in_(wanted)))
                ):
                    seen[r.url] = r  # a URL's own row wins over a row that only names it canonical
                    if r.canonical_url:
                        seen.setdefault(r.canonical_url, r)
            rows = (
                {
                    r.key: r
                    for r in s.execute(
                        sa.select(
                            ArticleRow.key,
                            ArticleRow.id,
                            ArticleRow.page_id,
                            ArticleRow.relevant,
                            ArticleRow.cluster_id,
                            ArticleRow.content_hash,
                            ArticleRow.extractor_version,
                        ).where(ArticleRow.key.in_(keys))
                    )
                }
                if keys
                else {}
            )
        out: list[IngestOutcome | None] = []
        for (article, _), url in zip(pairs, urls):
            prior = seen.get(url) if url else rows.get(article_key(article))
            if prior is None or prior.content_hash != article.content_hash or prior.extractor_version != version:
                out.append(None)
            elif url:
                out.append(
                    None
                    if prior.outcome not in ("relevant", "irrelevant")
                    else IngestOutcome(None, None, prior.outcome == "relevant", 0, None, False, outcome="unchanged")
                )
            else:
                out.append(
                    IngestOutcome(
                        prior.page_id,
                        prior.id,
                        bool(prior.relevant),
                        0,
                        prior.cluster_id if prior.cluster_id != prior.id else None,
                        False,
                        outcome="unchanged",
                    )
                )
        return out

    def store_extraction(
        self,
        article: Article,
        result: ExtractionResult,
        page: dict | None = None,
        run_id: int | None = None,
        extractor_version: str | None = None,
    ) -> IngestOutcome:
        """Store an article and what extraction said about it, in one transaction (a batch of
        one: `store_many` stores many in one transaction each batch)."""
        return self.store_many([(article, result, page)], run_id=run_id, extractor_version=extractor_version)[0]

    def reextract(self, force: bool = False, progress: Callable[[int], None] | None = None) -> ReextractCounts:
        """Rerun extraction over stored articles whose extractor version differs from the
        current one (all with `force`), replacing their records and officials. No refetch."""
        version = self.extractor_version
        counts = ReextractCounts()
        q = sa.select(ArticleRow.id).order_by(ArticleRow.id)
        if not force:
            q = q.where(ArticleRow.extractor_version.is_distinct_from(version))
        with Session(self.reader) as s:
            ids = list(s.scalars(q))
        for aid in ids:
            with Session(self.reader) as s:
                row = s.get_one(ArticleRow, aid)
                article = Article(
                    id=row.source_id or str(row.id),
                    text=row.text,
                    url=row.url,
                    canonical_url=row.canonical_url,
                    title=row.title,
                    published=row.published,
                )
            counts.articles += 1
            try:
                result = self._extract(article)
            except Exception as exc:  # noqa: BLE001 - one article never stops the batch
                kind = type(exc).__name__
                counts.errors[kind] = counts.errors.get(kind, 0) + 1
                continue
            with self.session() as s:
                row = s.get_one(ArticleRow, aid)
                before = _derived_signature(s, aid)
                claims = result if result.relevant else ExtractionResult(id=result.id, relevant=False)
                replace_derived(s.connection(), [(aid, article, claims)], (), version, self._entity_key)
                row.relevant, row.extractor_version, row.extracted_at = bool(result.relevant), version, utcnow()
                counts.changed += before != _derived_signature(s, aid)
                counts.records += len(result.records) if result.relevant else 0
            if progress:
                progress(1)
        return counts


def _takes_title(extractor) -> bool:
    """Whether an extractor accepts `title=` (the project's does; a user-supplied one may not)."""
    try:
        params = inspect.signature(extractor).parameters
    except (TypeError, ValueError):
        return False
    return "title" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def _derived_signature(s: Session, article_id: int) -> tuple:
    recs = s.execute(
        sa.select(
            RecordRow.entity_key,
            RecordRow.year,
            RecordRow.score,
            RecordRow.rank,
            RecordRow.zone,
            RecordRow.grade,
            RecordRow.opinion,
        )
        .where(RecordRow.article_id == article_id)
        .order_by(RecordRow.seq)
    ).all()
    offs = s.execute(
        sa.select(OfficialRow.name, OfficialRow.title)
        .where(OfficialRow.article_id == article_id)
        .order_by(OfficialRow.seq)
    ).all()
    return tuple(map(tuple, recs)), tuple(map(tuple, offs))
