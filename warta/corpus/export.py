"""`warta export`: the store's tables as Parquet, CSV or JSON Lines files, for pandas, DuckDB or R."""
from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path

from .db import Database

# table → the SELECT that exports it (the stored document and fingerprints stay inside)
TABLES = {
    "articles": "SELECT id, url, headline, lead, outlet, dateline, published, day, language, input, copy_of, story "
                "FROM articles ORDER BY seq",
    "entities": "SELECT id, kb, name, label, country, lat, lon, wikidata, articles FROM entities ORDER BY id",
    "mentions": "SELECT article, local_id, entity, name, mentions, salient FROM article_entities "
                "ORDER BY article, local_id",
    "quotes": "SELECT article, idx, kind, text, start_char, end_char, speaker, speaker_entity FROM quotes "
              "ORDER BY article, idx",
    "events": "SELECT article, idx, type, mode, trigger, source_entity, source_name, source_country, source_sector, "
              "target_entity, target_name, target_country, target_sector, location, lat, lon, time_value, day, "
              "day_assumed, modality, attributed_to, evidence FROM events ORDER BY article, idx",
    "stories": "SELECT id, title, first_day, last_day, articles FROM stories ORDER BY id",
}
FORMATS = {"parquet": ".parquet", "csv": ".csv", "jsonl": ".jsonl"}


def export(db: Database, folder: Path, fmt: str, tables: list[str] | None = None) -> list[Path]:
    """Write one file per table into `folder`; each file appears whole (written aside, then renamed)."""
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for table in tables or list(TABLES):
        path = folder / f"{table}{FORMATS[fmt]}"
        part = path.with_name(path.name + ".part")
        rows = db.rows(TABLES[table])
        columns = _columns(table)
        {"parquet": _parquet, "csv": _csv, "jsonl": _jsonl}[fmt](part, rows, columns)
        os.replace(part, path)
        written.append(path)
    return written


def _columns(table: str) -> list[str]:
    select = TABLES[table].split(" FROM ")[0].removeprefix("SELECT ")
    return [c.strip() for c in select.split(",")]


def _parquet(path: Path, rows: list[dict], columns: list[str]) -> None:
    write_parquet(path, rows, columns)


def _csv(path: Path, rows: list[dict], columns: list[str]) -> None:
    path.write_text(csv_text(rows, columns), encoding="utf-8")


def flat_rows(rows: list[dict]) -> list[dict]:
    """Lists (outlets, articles of an event) as comma-separated text, for tables without list cells."""
    return [{k: ", ".join(map(str, v)) if isinstance(v, list) else v for k, v in r.items()} for r in rows]


def csv_text(rows: list[dict], columns: list[str] | None = None) -> str:
    columns = columns or list(dict.fromkeys(k for r in rows for k in r))
    if not columns:
        return ""
    stream = io.StringIO()
    writer = csv.DictWriter(stream, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    writer.writerows(flat_rows(rows))
    return stream.getvalue()


def write_parquet(sink, rows: list[dict], columns: list[str] | None = None) -> None:
    import pyarrow as pa
    import pyarrow.parquet as pq

    columns = columns or list(dict.fromkeys(k for r in rows for k in r))
    pq.write_table(pa.table({c: [r.get(c) for r in rows] for c in columns}), sink)


def _jsonl(path: Path, rows: list[dict], columns: list[str]) -> None:
    with open(path, "w", encoding="utf-8") as stream:
        for row in rows:
            stream.write(json.dumps(row, ensure_ascii=False) + "\n")
