"""Command line: ``python -m geo {extract,toponyms,ingest,presence,eval}``."""

from __future__ import annotations

import sys

from geo.cli import main

sys.exit(main())
