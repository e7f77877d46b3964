"""Knowledge as data: gazetteers, patterns and pipeline assets (no logic lives here).

`MODELS_DIR` is where the files are; code in `extract/` reads them.
"""
from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent
