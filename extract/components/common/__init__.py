"""common of the extraction pipeline (see extract/components/__init__.py)."""
