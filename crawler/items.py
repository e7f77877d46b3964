"""What the spider hands to the item pipelines: one fetched article page (all its parts joined)."""

from __future__ import annotations

import scrapy


class PageItem(scrapy.Item):
    url = scrapy.Field()  # normalised URL (of the first page for multi-page articles)
    final_url = scrapy.Field()  # after redirects
    html = scrapy.Field()  # decoded HTML (parts joined)
    status = scrapy.Field()
    headers = scrapy.Field()
    site = scrapy.Field()  # registry name or host
    canonical_url = scrapy.Field()
    html_hash = scrapy.Field()  # sha256 of the HTML (the fingerprint irrelevant pages leave)
    n_parts = scrapy.Field()
    fetched_at = scrapy.Field()  # ISO timestamp, UTC
    charset_warning = scrapy.Field()  # the declared charset did not fit the bytes
