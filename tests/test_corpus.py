"""The corpus store, through the real command line, on SQLite and on a real PostgreSQL server.

tests/fixtures/corpus.jsonl holds six short articles written for these tests: a flood in Demak reported by
Kabarnusa and copied by Suarajateng with a new headline and opening, a follow-up two days later, an arms
fair, and Kim Jong-un's 2023 visit to Russia in two reports."""
import gzip
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
import uuid

import pytest
from conftest import NUSADAILY, ROOT, SHARED, needs_shared, run_warta

from warta.corpus import query
from warta.corpus.db import Database

FIXTURE = ROOT / "tests" / "fixtures" / "corpus.jsonl"
RECORDS = [json.loads(line) for line in FIXTURE.read_text(encoding="utf-8").splitlines()]
PG_URL = os.environ.get("WARTA_TEST_POSTGRES", "postgresql://postgres@127.0.0.1:5432/test")


def _postgres_schema_url() -> str:
    """A fresh schema on the test server, so each test run starts from an empty store."""
    psycopg = pytest.importorskip("psycopg")
    try:
        with psycopg.connect(PG_URL, autocommit=True, connect_timeout=5) as conn:
            name = f"warta_test_{uuid.uuid4().hex[:10]}"
            conn.execute(f"CREATE SCHEMA {name}")
    except psycopg.OperationalError as e:
        pytest.skip(f"no PostgreSQL server at {PG_URL} (set WARTA_TEST_POSTGRES): {e}")
    return f"{PG_URL}?options=-csearch_path%3D{name}"


def _drop_schema(url: str) -> None:
    import psycopg

    name = url.rsplit("%3D", 1)[1]
    with psycopg.connect(PG_URL, autocommit=True) as conn:
        conn.execute(f"DROP SCHEMA {name} CASCADE")


@pytest.fixture(params=["sqlite", "postgresql"])
def empty_store(request, tmp_path):
    if request.param == "sqlite":
        yield str(tmp_path / "warta.db")
        return
    url = _postgres_schema_url()
    yield url
    _drop_schema(url)


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def store(request, tmp_path_factory):
    """The fixture articles ingested once per database kind."""
    url = str(tmp_path_factory.mktemp("corpus") / "warta.db") if request.param == "sqlite" else _postgres_schema_url()
    result = run_warta("ingest", FIXTURE, "--db", url, "--workers", "2")
    assert result.returncode == 0, result.stderr.decode()
    assert "6 added" in result.stderr.decode()
    with Database(url) as db:
        yield url, db
    if request.param == "postgresql":
        _drop_schema(url)


def _article(db, record_id: str) -> dict:
    url = next(r["url"] for r in RECORDS if r["id"] == record_id)
    return db.rows("SELECT * FROM articles WHERE url = ?", (url,))[0]


def test_search_finds_a_word_written_only_in_an_inflected_form(store):
    _, db = store
    fair = _article(db, "kabarnusa-indo-defence")
    text = query.document(db, fair["id"])["text"].lower()
    assert "persenjataan" in text and " senjata " not in text
    found = [r["id"] for r in query.search(db, "senjata")]
    assert fair["id"] in found
    assert query.search(db, "banjir Demak Karanganyar")[0]["story"] == _article(db, "kabarnusa-banjir-demak")["story"]
    later = query.search(db, "Vostochny", outlet="Kabarnusa", since="2023-09-14")
    assert [r["id"] for r in later] == [_article(db, "kabarnusa-kim-komsomolsk")["id"]]
    assert query.search(db, "Vostochny", outlet="Suarajateng") == []


def test_a_syndicated_copy_is_grouped_with_its_original(store):
    _, db = store
    original, copy = _article(db, "kabarnusa-banjir-demak"), _article(db, "suarajateng-banjir-demak")
    assert copy["copy_of"] == original["id"] == original["copy_of"]
    assert copy["headline"] != original["headline"]
    rows = query.search(db, "tanggul Sungai Wulan")
    groups = [r["copy_of"] for r in rows]
    assert len(groups) == len(set(groups)) == 2  # the flood report once (with its copy), the follow-up
    assert next(r for r in rows if r["copy_of"] == original["id"])["copies"] == 2
    assert len(query.search(db, "tanggul Sungai Wulan", copies=True)) == 3


def test_articles_about_one_happening_form_a_story_with_a_timeline(store):
    _, db = store
    flood = {_article(db, i)["story"] for i in ("kabarnusa-banjir-demak", "suarajateng-banjir-demak",
                                                "kabarnusa-banjir-surut")}
    visit = {_article(db, i)["story"] for i in ("kabarnusa-kim-putin-vostochny", "kabarnusa-kim-komsomolsk")}
    fair = _article(db, "kabarnusa-indo-defence")["story"]
    assert len(flood) == len(visit) == 1 and len(flood | visit | {fair}) == 3
    listed = query.stories(db, since="2024-03-01", until="2024-03-31")
    assert [s["articles"] for s in listed] == [3] and listed[0]["outlets"] == ["Kabarnusa", "Suarajateng"]
    timeline = query.story(db, visit.pop())
    assert [a["day"] for a in timeline["timeline"]] == ["2023-09-13", "2023-09-15"]


def test_entities_are_one_row_across_articles_and_unknown_names_stay_apart_unless_sure(store):
    _, db = store
    kim = query.entity(db, "Kim Jong-un")
    assert kim["kb"] == "per:kim-jong-un" and kim["articles"] == 2
    assert [t["day"] for t in kim["timeline"]] == ["2023-09-13", "2023-09-15"]
    assert "Vladimir Putin" in [e["name"] for e in kim["co_occurring"]]
    assert any("berjuang melawan kekuatan hegemoni" in q["text"] for q in kim["quotes_by"])
    assert query.entity(db, "Korut")["kb"] == "gpe:prk"  # an alias finds the entity
    # `Nana Sudjana` has no KB entry: the same full name next to the same known places is one entity
    nana = db.rows("SELECT * FROM entities WHERE name = 'Nana Sudjana'")
    assert len(nana) == 1 and nana[0]["kb"] is None and nana[0]["articles"] == 2
    # a lone first name is never merged across articles
    assert all(r["articles"] == 1 for r in db.rows("SELECT * FROM entities WHERE name = 'Bergas'"))


def test_quotes_by_speaker(store):
    _, db = store
    rows = query.quotes(db, speaker="Vladimir Putin")
    assert sorted(r["text"] for r in rows) == ["Itulah sebabnya kami datang ke sini",
                                               "Rusia akan membantu Korea Utara membangun satelit"]
    # the quote is in the flood report and in its copy: listed once
    assert [r["speaker_name"] for r in query.quotes(db, q="harus selesai sebelum")] == ["Nana Sudjana"]


def test_events_filters_and_one_event_with_several_reports(store):
    _, db = store
    meetings = query.events(db, actor="PRK", type="CONSULT", since="2023-09-01")
    assert meetings and all("PRK" in (e["source_country"], e["target_country"]) for e in meetings)
    assert any({e["source"], e["target"]} == {"Kim Jong-un", "Vladimir Putin"} for e in meetings)
    assert query.events(db, type="REQUEST") == query.events(db, type="DEMAND")  # POLECAT's name for DEMAND
    copied = [e for e in query.events(db, since="2024-03-01", until="2024-03-31") if e["reports"] == 2]
    assert copied and all(e["outlets"] == ["Kabarnusa", "Suarajateng"] for e in copied)
    every, rows = query.events(db, limit=1000), query.events(db, reports=True, limit=1000)
    assert all(e["reports"] == len(set(e["articles"])) for e in every)  # an article telling it twice: one report
    assert {a for e in every for a in e["articles"]} == {a for e in rows for a in e["articles"]}
    assert [e["reports"] for e in query._group_reports(told_twice(), False)] == [2]  # one article tells it twice
    assert query.events(db, actor="Kim Jong-un", modality="negated") == []


def told_twice() -> list[dict]:
    """Database rows of one event: twice in article 1, once in article 2 of the same story."""
    row = {key: None for key in ("mode", "source_entity", "target_entity", "source_entity_name", "target_entity_name",
                                 "source_country", "target_country", "source_sector", "target_sector", "location",
                                 "lat", "lon", "attributed_to", "trigger", "evidence")}
    row.update(story=1, type="CONSULT", source_name="Kim", target_name="Putin", day="2023-09-05", day_assumed=0,
               modality="planned", outlet="Nusadaily")
    return [{**row, "article": 1, "idx": 0}, {**row, "article": 1, "idx": 5}, {**row, "article": 2, "idx": 0}]


def test_query_commands_print_table_json_and_csv(store):
    url, _ = store
    table = run_warta("search", "senjata", "--db", url)
    assert table.returncode == 0 and "Pindad Pamerkan Persenjataan" in table.stdout.decode()
    as_json = json.loads(run_warta("entity", "Kim Jong-un", "--db", url, "--format", "json").stdout)
    assert as_json["name"] == "Kim Jong-un"
    csv_lines = run_warta("events", "--actor", "PRK", "--db", url, "--format", "csv").stdout.decode().splitlines()
    assert csv_lines[0].startswith("day,day_assumed,type,") and len(csv_lines) > 1
    assert "Itulah sebabnya" in run_warta("quotes", "--speaker", "Putin", "--db", url).stdout.decode()
    assert "Banjir Rendam Ribuan Rumah" in run_warta("stories", "--since", "2024-03-01", "--db", url).stdout.decode()
    missing = run_warta("entity", "Tidak Ada Orang Ini", "--db", url)
    assert missing.returncode == 1 and b"no entity named" in missing.stderr


def test_export_writes_every_table(store, tmp_path):
    url, db = store
    for fmt in ("parquet", "csv", "jsonl"):
        result = run_warta("export", "--db", url, "--format", fmt, "-o", tmp_path / fmt)
        assert result.returncode == 0, result.stderr.decode()
    import pyarrow.parquet as pq

    events = pq.read_table(tmp_path / "parquet" / "events.parquet")
    assert events.num_rows == db.value("SELECT COUNT(*) AS n FROM events") > 0
    assert "source_country" in events.column_names
    assert len((tmp_path / "csv" / "articles.csv").read_text().splitlines()) == 7
    assert len((tmp_path / "jsonl" / "quotes.jsonl").read_text().splitlines()) == db.value(
        "SELECT COUNT(*) AS n FROM quotes")


def _counts(url: str) -> dict:
    with Database(url) as db:
        return {t: db.value(f"SELECT COUNT(*) AS n FROM {t}") for t in
                ("articles", "inputs", "entities", "article_entities", "quotes", "events", "stories", "lsh_buckets")}


def test_ingest_is_idempotent_and_bad_input_is_reported_per_item(empty_store, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    with gzip.open(batch / "dump.jsonl.gz", "wt", encoding="utf-8") as out:
        out.write(json.dumps(RECORDS[0]) + "\n{broken json\n" + json.dumps({"text": "  "}) + "\n")
        out.write(json.dumps(RECORDS[3]) + "\n")
    (batch / "scan.txt").write_bytes(bytes(range(256)) * 40)
    first = run_warta("ingest", batch, "--db", empty_store)
    message = first.stderr.decode()
    assert first.returncode == 3, message
    assert "dump.jsonl.gz:2: invalid JSON" in message and "dump.jsonl.gz:3: the record has no `text`" in message
    assert "scan.txt" in message and "2 added, 0 updated, 0 already stored, 3 failed" in message
    before = _counts(empty_store)
    again = run_warta("ingest", batch, "--db", empty_store)
    assert "0 added, 0 updated, 2 already stored, 3 failed" in again.stderr.decode()
    assert _counts(empty_store) == before
    with Database(empty_store) as db:
        assert db.value("SELECT COUNT(*) AS n FROM ingest_errors") == 6

    revised = {**RECORDS[3], "text": RECORDS[3]["text"].replace("tahun depan", "pada 2025")}
    (tmp_path / "revised.jsonl").write_text(json.dumps(revised) + "\n", encoding="utf-8")
    updated = run_warta("ingest", tmp_path / "revised.jsonl", "--db", empty_store)
    assert "0 added, 1 updated" in updated.stderr.decode()
    with Database(empty_store) as db:
        assert db.value("SELECT COUNT(*) AS n FROM articles") == 2
        assert "pada 2025" in query.document(db, _article(db, "kabarnusa-indo-defence")["id"])["text"]


def _many_articles(path, copies: int) -> int:
    """Distinct articles: the fixture's, each as several dated dispatches of a running report."""
    with open(path, "w", encoding="utf-8") as out:
        for n in range(copies):
            for record in RECORDS:
                text = record["text"] + f"\n\nPembaruan ke-{n + 1}: laporan ini diperbarui pukul {10 + n}.00 WIB."
                out.write(json.dumps({**record, "url": f"{record['url']}?update={n}", "text": text}) + "\n")
    return copies * len(RECORDS)


def test_killing_an_ingest_and_running_it_again_loses_and_doubles_nothing(empty_store, tmp_path):
    articles = tmp_path / "many.jsonl"
    total = _many_articles(articles, 8)
    command = [sys.executable, "-m", "warta", "ingest", str(articles), "--db", empty_store, "--workers", "2", "-q"]
    process = subprocess.Popen(command, cwd=ROOT, stderr=subprocess.DEVNULL, start_new_session=True)
    stored, deadline = 0, time.monotonic() + 240
    while stored < 6 and time.monotonic() < deadline and process.poll() is None:
        time.sleep(0.3)
        try:
            with Database(empty_store) as db:
                stored = db.value("SELECT COUNT(*) AS n FROM articles") if db.schema_version() else 0
        except (sqlite3.Error, Exception):
            stored = 0
    assert process.poll() is None, "the ingest ended before it could be killed"
    os.killpg(process.pid, signal.SIGKILL)  # the whole group: the writer and its workers
    process.wait()
    partial = _counts(empty_store)["articles"]
    assert 6 <= partial < total
    resumed = run_warta("ingest", articles, "--db", empty_store)
    assert resumed.returncode == 0, resumed.stderr.decode()
    assert f"{total - partial} added" in resumed.stderr.decode()
    counts = _counts(empty_store)
    assert counts["articles"] == counts["inputs"] == total
    with Database(empty_store) as db:
        for row in db.rows("SELECT id FROM articles"):  # each article's layers are there exactly once
            doc = query.document(db, row["id"])
            assert db.value("SELECT COUNT(*) AS n FROM events WHERE article = ?", (row["id"],)) == len(doc["events"])
            assert db.value("SELECT COUNT(*) AS n FROM quotes WHERE article = ?", (row["id"],)) == len(doc["quotes"])
            assert db.value("SELECT COUNT(*) AS n FROM article_entities WHERE article = ?",
                            (row["id"],)) == len(doc["entities"])
        assert db.value("SELECT SUM(articles) AS n FROM stories") == total


def test_query_commands_refuse_a_missing_or_foreign_database(tmp_path):
    missing = run_warta("search", "banjir", "--db", tmp_path / "none.db")
    assert missing.returncode == 1 and b"no such database" in missing.stderr
    foreign = tmp_path / "other.db"
    sqlite3.connect(foreign).execute("CREATE TABLE t (x)")
    result = run_warta("search", "banjir", "--db", foreign)
    assert result.returncode == 1 and b"not a warta corpus database" in result.stderr


@needs_shared
def test_the_example_and_its_syndicated_copy_in_a_corpus_of_indosum_articles(tmp_path):
    """The Nusadaily example next to a copy in another outlet's style and 30 real IndoSum articles."""
    tool = SHARED / "tools" / "indosum_to_jsonl.py"
    lines = subprocess.run([sys.executable, str(tool)], check=True, capture_output=True, text=True).stdout
    (tmp_path / "indosum.jsonl").write_text("".join(lines.splitlines(keepends=True)[:30]), encoding="utf-8")
    text = NUSADAILY.read_text(encoding="utf-8")
    copy = text.replace("NUSADAILY.COM - PYONGYANG -", "PYONGYANG, MEDCOM.ID -").replace(
        "Kim Jon-un Akan Bertemu Putin Bahas Senjata", "Kim Jong-un Dijadwalkan Temui Putin di Vladivostok")
    (tmp_path / "medcom.txt").write_text(copy, encoding="utf-8")
    db_path = tmp_path / "warta.db"
    result = run_warta("ingest", tmp_path / "indosum.jsonl", NUSADAILY, tmp_path / "medcom.txt", "--db", db_path)
    assert result.returncode == 0 and "32 added" in result.stderr.decode()
    with Database(str(db_path)) as db:
        found = query.search(db, "senjata Vladivostok")
        assert len(found) == 1 and found[0]["copies"] == 2
        consult = query.events(db, actor="Kim Jong-un", type="CONSULT")
        assert any(e["target"] == "Vladimir Putin" and e["reports"] == 2 for e in consult)
        watson = query.quotes(db, speaker="Adrienne Watson")
        assert len(watson) == 2 and any("Kami mendesak DPR" in q["text"] for q in watson)
