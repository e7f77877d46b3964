"""spaCy components of the extraction pipeline (one file each, knowledge under models/).

Importing this package registers the factories; they are also registered as
`spacy_factories` entry points so `spacy.load()` of a saved pipeline finds them.
"""

from extract.components import (  # noqa: F401  (registration side effects)
    officials,
    records,
    regions,
    relevance,
    sentences,
    units,
    values,
    years,
)

PIPE_NAMES = (
    "kepatuhan_relevance",
    "kepatuhan_sentences",
    "kepatuhan_regions",
    "kepatuhan_units",
    "kepatuhan_values",
    "kepatuhan_years",
    "kepatuhan_records",
)
