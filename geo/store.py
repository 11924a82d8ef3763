"""SQLite store of articles, sentences and claims; ingesting is idempotent.

An article is keyed by the SHA-256 of its metadata and body, so ingesting the
same article twice changes nothing. Each article is written in one transaction:
a file that fails leaves nothing half-written and loses nothing already stored.
"""

from __future__ import annotations

import json
import os
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from geo._errors import GeoError, StoreError
from geo.extract import Claim, extract_article
from geo.gazetteer import Gazetteer
from geo.gazetteer import load as load_gazetteer
from geo.lexicon import DATA_DIR
from geo.load import Article, expand_paths, parse_article, read_article

DEFAULT_DB = DATA_DIR / "presence.sqlite"
SAMPLE_ARTICLES = DATA_DIR / "articles"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    path TEXT NOT NULL,
    title TEXT NOT NULL,
    source TEXT NOT NULL,
    url TEXT NOT NULL,
    published TEXT,
    body TEXT NOT NULL,
    ingested_at TEXT NOT NULL DEFAULT (datetime('now'))
);
CREATE TABLE IF NOT EXISTS sentences (
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    boilerplate INTEGER NOT NULL,
    PRIMARY KEY (article_id, start)
);
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    article_id TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
    operator TEXT NOT NULL,
    place TEXT NOT NULL,
    lat REAL NOT NULL CHECK (lat BETWEEN -90 AND 90),
    lon REAL NOT NULL CHECK (lon BETWEEN -180 AND 180),
    precision TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('existing', 'proposed', 'withdrawn', 'denied')),
    host TEXT NOT NULL,
    host_own INTEGER NOT NULL,
    why TEXT NOT NULL,
    dates TEXT NOT NULL,
    evidence TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS claims_article ON claims(article_id);
CREATE INDEX IF NOT EXISTS claims_operator ON claims(operator);
"""


def default_db_path() -> Path:
    """The database file: ``$GEO_DB`` if set, else ``data/presence.sqlite``."""
    env = os.environ.get("GEO_DB")
    return Path(env) if env else DEFAULT_DB


@dataclass(frozen=True)
class IngestResult:
    """What happened to one article."""

    path: str
    ok: bool
    article_id: str | None = None
    n_claims: int = 0
    skipped: bool = False
    error: str | None = None


class Store:
    """A SQLite database of articles, their sentences and their claims.

    Parameters
    ----------
    path
        The database file; ``None`` means :func:`default_db_path`. ``":memory:"`` works.
    gazetteer
        The gazetteer for extraction; loaded lazily when not given.

    """

    def __init__(self, path: str | Path | None = None, gazetteer: Gazetteer | None = None) -> None:
        self.path = str(path) if path is not None else str(default_db_path())
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.path, check_same_thread=False)
            self._db.execute("PRAGMA foreign_keys = ON")
            self._db.executescript(_SCHEMA)
            self._db.execute(
                "INSERT OR IGNORE INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),)
            )
            self._db.commit()
        except OSError as exc:
            raise StoreError(f"{self.path}: cannot create the database's folder: "
                             f"{exc.strerror or exc}") from exc
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: cannot open the database: {exc}") from exc
        self._gaz = gazetteer

    def close(self) -> None:
        """Close the connection."""
        self._db.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer used for extraction."""
        if self._gaz is None:
            self._gaz = load_gazetteer()
        return self._gaz

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        try:
            with self._db:
                yield self._db
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: write failed and was rolled back: {exc}") from exc

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this content hash is stored."""
        row = self._db.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def add_article(self, article: Article, claims: list[Claim] | None = None) -> IngestResult:
        """Store one parsed article and its claims in a single transaction.

        Parameters
        ----------
        article
            The parsed article.
        claims
            Its claims; extracted here when not given.

        Returns
        -------
        IngestResult
            ``skipped`` when the same content was already stored.

        """
        aid = article.sha256
        if self.has_article(aid):
            return IngestResult(article.path, True, aid, skipped=True)
        if claims is None:
            claims = extract_article(article, self.gazetteer)
        with self._transaction() as db:
            db.execute(
                "INSERT INTO articles (id, path, title, source, url, published, body) "
                "VALUES (?, ?, ?, ?, ?, ?, ?)",
                (aid, article.path, article.title, article.source, article.url,
                 article.published.isoformat() if article.published else None, article.body),
            )
            db.executemany(
                "INSERT INTO sentences VALUES (?, ?, ?, ?)",
                [(aid, s.start, s.end, int(s.boilerplate)) for s in article.sentences],
            )
            db.executemany(
                "INSERT INTO claims (article_id, operator, place, lat, lon, precision, status, "
                "host, host_own, why, dates, evidence) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (aid, c.operator, c.place, c.lat, c.lon, c.precision, c.status, c.host,
                     int(c.host_own),
                     json.dumps({"operator": c.operator_cues, "status": c.status_cues}),
                     json.dumps(c.dates), json.dumps([e.to_json() for e in c.evidence]))
                    for c in claims
                ],
            )
        return IngestResult(article.path, True, aid, n_claims=len(claims))

    def ingest_text(self, text: str, name: str) -> IngestResult:
        """Parse and store an article given as text (an upload or a paste)."""
        try:
            article = parse_article(text, name)
            return self.add_article(article)
        except GeoError as exc:
            return IngestResult(name, False, error=str(exc))

    def ingest_paths(self, paths: Iterable[str | Path], *, progress: bool = False) -> list[IngestResult]:
        """Ingest article files and folders; a failing file is reported, the rest go on.

        Parameters
        ----------
        paths
            Files and folders.
        progress
            Show a progress bar on standard error.

        Returns
        -------
        list[IngestResult]
            One result per file (or per bad path).

        """
        files, missing = expand_paths(paths)
        results = [IngestResult(exc.path, False, error=str(exc)) for exc in missing]
        iterator: Iterable[str] = files
        if progress:
            from tqdm import tqdm

            iterator = tqdm(files, desc="ingest", unit="article")
        for path in iterator:
            try:
                results.append(self.add_article(read_article(path)))
            except GeoError as exc:
                results.append(IngestResult(path, False, error=str(exc)))
        return results

    def seed(self, folder: str | Path = SAMPLE_ARTICLES) -> list[IngestResult]:
        """Ingest the sample articles, once per database.

        A sample article the user removed later stays removed.
        """
        if self._db.execute("SELECT 1 FROM meta WHERE key = 'seeded'").fetchone():
            return []
        results = self.ingest_paths([folder])
        with self._db:
            self._db.execute("INSERT OR REPLACE INTO meta VALUES ('seeded', '1')")
        return results

    def remove_article(self, article_id: str) -> bool:
        """Remove an article with its sentences and claims, in one transaction.

        Parameters
        ----------
        article_id
            The article's identifier (its content hash).

        Returns
        -------
        bool
            Whether there was such an article.

        """
        with self._db:
            gone = self._db.execute("DELETE FROM articles WHERE id = ?", (article_id,)).rowcount
        return gone > 0

    def articles(self) -> list[dict[str, object]]:
        """Every stored article with its claim count, newest first."""
        rows = self._db.execute(
            "SELECT a.id, a.path, a.title, a.source, a.url, a.published, COUNT(c.id) "
            "FROM articles a LEFT JOIN claims c ON c.article_id = a.id "
            "GROUP BY a.id ORDER BY a.published DESC, a.title"
        ).fetchall()
        keys = ("id", "path", "title", "source", "url", "published", "n_claims")
        return [dict(zip(keys, r, strict=True)) for r in rows]

    def article(self, article_id: str) -> dict[str, object] | None:
        """One article with its body and sentences, or ``None``."""
        row = self._db.execute(
            "SELECT id, path, title, source, url, published, body FROM articles WHERE id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        keys = ("id", "path", "title", "source", "url", "published", "body")
        out: dict[str, object] = dict(zip(keys, row, strict=True))
        body = str(out["body"])
        out["sentences"] = [
            {"start": s, "end": e, "text": body[s:e], "boilerplate": bool(b)}
            for s, e, b in self._db.execute(
                "SELECT start, end, boilerplate FROM sentences WHERE article_id = ? ORDER BY start",
                (article_id,),
            )
        ]
        return out

    def claims(self) -> list[dict[str, object]]:
        """Every stored claim with its article's metadata."""
        rows = self._db.execute(
            "SELECT c.article_id, a.path, a.title, a.source, a.published, c.operator, c.place, "
            "c.lat, c.lon, c.precision, c.status, c.host, c.host_own, c.why, c.dates, c.evidence, "
            "a.url "
            "FROM claims c JOIN articles a ON a.id = c.article_id ORDER BY a.published, c.id"
        ).fetchall()
        out = []
        for r in rows:
            out.append({
                "article_id": r[0], "article": r[1], "title": r[2], "source": r[3],
                "published": r[4], "operator": r[5], "place": r[6], "lat": r[7], "lon": r[8],
                "precision": r[9], "status": r[10], "host": r[11], "host_own": bool(r[12]),
                "why": json.loads(r[13]), "dates": json.loads(r[14]),
                "evidence": json.loads(r[15]), "url": r[16],
            })
        return out

    def counts(self) -> dict[str, int]:
        """Numbers of stored articles, sentences and claims."""
        return {
            table: int(self._db.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0])
            for table in ("articles", "sentences", "claims")
        }
