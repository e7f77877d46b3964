"""spaCy components of the extraction pipeline, knowledge under models/.

One package per component that has helpers (regions, units, values, years, records, officials:
each with its factory in `component.py`), `sentences.py` and `relevance.py` on their own, and
`common/` for what all of them read (the knowledge loader, mentions, case folding, word scans).

Importing this package registers the factories; they are also registered as
`spacy_factories` entry points so `spacy.load()` of a saved pipeline finds them.
"""

from extract.components import relevance, sentences  # noqa: F401  (registration side effects)
from extract.components.officials import component as officials_component  # noqa: F401
from extract.components.records import component as records_component  # noqa: F401
from extract.components.regions import component as regions_component  # noqa: F401
from extract.components.units import component as units_component  # noqa: F401
from extract.components.values import component as values_component  # noqa: F401
from extract.components.years import component as years_component  # noqa: F401

PIPE_NAMES = (
    "kepatuhan_relevance",
    "kepatuhan_sentences",
    "kepatuhan_regions",
    "kepatuhan_units",
    "kepatuhan_values",
    "kepatuhan_years",
    "kepatuhan_records",
)
