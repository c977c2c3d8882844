"""One connection type over SQLite (the embedded default) and PostgreSQL, with versioned migrations.

SQL is written once with `?` placeholders; the PostgreSQL side rewrites them. Each migration is a plain
SQL file per dialect under migrations/, applied in order and recorded in `schema_migrations`."""
from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from importlib import resources
from pathlib import Path

from ..errors import InputError

DEFAULT_DB = "warta.db"
_MIGRATION = re.compile(r"^(\d{4})_(\w+)\.sql$")


def marks(values) -> str:
    """`?, ?, ?`: one placeholder per value, for `IN (...)`."""
    return ",".join("?" * len(values))


def now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


class Database:
    """A connection in autocommit mode; `transaction()` groups writes so that they land whole or not at all."""

    def __init__(self, url: str | None = None):
        self.url = url or DEFAULT_DB
        if self.url.startswith(("postgresql://", "postgres://")):
            self.dialect = "postgresql"
            self._conn = _connect_postgresql(self.url)
        else:
            self.dialect = "sqlite"
            self._conn = _connect_sqlite(self.url.removeprefix("sqlite:///"))

    def execute(self, sql: str, params=None):
        if self.dialect == "postgresql":
            return self._conn.execute(sql.replace("?", "%s") if params else sql, params or None)
        return self._conn.execute(sql, params or ())

    def rows(self, sql: str, params=None) -> list[dict]:
        cursor = self.execute(sql, params)
        if self.dialect == "postgresql":
            return cursor.fetchall()
        return [dict(row) for row in cursor.fetchall()]

    def value(self, sql: str, params=None):
        row = self.execute(sql, params).fetchone()
        return None if row is None else next(iter(dict(row).values()))

    @contextmanager
    def transaction(self) -> Iterator[Database]:
        if self.dialect == "postgresql":
            with self._conn.transaction():
                yield self
            return
        self._conn.execute("BEGIN IMMEDIATE")  # take the write lock now, not halfway through
        try:
            yield self
        except BaseException:
            self._conn.execute("ROLLBACK")
            raise
        self._conn.execute("COMMIT")

    def close(self) -> None:
        self._conn.close()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- migrations --------------------------------------------------------------------------------------

    def migrate(self) -> int:
        """Apply the migrations this database lacks; return its schema version."""
        self.execute("CREATE TABLE IF NOT EXISTS schema_migrations "
                     "(version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)")
        applied = {r["version"] for r in self.rows("SELECT version FROM schema_migrations")}
        for version, name, sql in migrations(self.dialect):
            if version in applied:
                continue
            with self.transaction():
                for statement in _statements(sql):
                    self.execute(statement)
                self.execute("INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                             (version, name, now()))
        return self.schema_version()

    def schema_version(self) -> int:
        """0 for a database that warta never set up."""
        exists = ("SELECT 1 AS x FROM sqlite_master WHERE name = 'schema_migrations'" if self.dialect == "sqlite"
                  else "SELECT to_regclass('schema_migrations') IS NOT NULL AS x")
        if not self.value(exists):
            return 0
        return self.value("SELECT COALESCE(MAX(version), 0) AS v FROM schema_migrations") or 0


def migrations(dialect: str) -> list[tuple[int, str, str]]:
    folder = resources.files(__package__).joinpath("migrations", dialect)
    found = []
    for entry in folder.iterdir():
        match = _MIGRATION.match(entry.name)
        if match:
            found.append((int(match[1]), match[2], entry.read_text(encoding="utf-8")))
    return sorted(found)


def _statements(sql: str) -> list[str]:
    """Split a migration file on `;` at line ends (migrations hold no semicolons inside statements)."""
    body = "\n".join(line for line in sql.splitlines() if not line.lstrip().startswith("--"))
    return [s.strip() for s in re.split(r";\s*$", body, flags=re.M) if s.strip()]


def _connect_sqlite(path: str) -> sqlite3.Connection:
    if path != ":memory:" and not Path(path).resolve().parent.is_dir():
        raise InputError("the folder for the database does not exist", path)
    try:
        conn = sqlite3.connect(path, isolation_level=None, timeout=30, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA journal_mode=WAL")  # readers never wait for the ingest, a kill never corrupts
        conn.execute("PRAGMA synchronous=NORMAL")
        conn.execute("PRAGMA foreign_keys=ON")
    except sqlite3.DatabaseError as e:
        raise InputError(f"not a usable SQLite database ({e})", path) from None
    return conn


def _connect_postgresql(url: str):
    try:
        import psycopg
        from psycopg.rows import dict_row
    except ImportError:
        raise InputError("PostgreSQL needs the psycopg package: pip install 'psycopg[binary]'", url) from None
    try:
        return psycopg.connect(url, autocommit=True, row_factory=dict_row)
    except psycopg.Error as e:
        raise InputError(f"cannot connect to PostgreSQL ({str(e).strip().splitlines()[0]})", url) from None
