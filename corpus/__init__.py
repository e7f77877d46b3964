"""corpus stage: storage (SQLAlchemy + Alembic), consolidation, exports, the research dataset.

The Python API is `corpus.store.Corpus` (see that module's docstring for the full list):
    Corpus.open(db_url=None) · start_run / finish_run · is_seen / mark_seen ·
    get_validators / set_validators · ingest_page / ingest_article / store_extraction ·
    reextract · consolidate · iter_records / iter_officials / iter_articles / iter_dataset ·
    replace_official_results / iter_official_results
Exports: `corpus.export.export(corpus, out_dir, fmt)`; file ingest: `corpus.ingest_files.ingest`.
"""
