"""The `warta` command, run as a real process: outputs, batches, stdin, and every kind of bad input."""
import json
import shutil
import signal
import subprocess
import sys
import time

import pytest
from conftest import EXAMPLES, NUSADAILY, ROOT, needs_shared, run_warta

TXT = EXAMPLES / "suarapesisir-2024-03-12-hujan-pantura.txt"
HTML = EXAMPLES / "kabartimur-2024-05-21-derek-pelabuhan.html"
GOOD = "Jembatan Baru Diresmikan\n\nJAKARTA, KOMPAS.com - Pemerintah kota meresmikan jembatan baru pada Senin pagi.\n"


def no_traceback(result):
    assert "Traceback" not in result.stderr.decode()


def test_one_article_to_stdout():
    result = run_warta("analyze", TXT)
    assert result.returncode == 0, result.stderr
    doc = json.loads(result.stdout)
    assert doc["schema"] == "warta/1" and doc["outlet"] == "Suarapesisir" and doc["sentences"]


@needs_shared
def test_reference_article():
    doc = json.loads(run_warta("analyze", NUSADAILY).stdout)
    assert (doc["headline"], doc["outlet"], doc["dateline"], doc["published"]) == (
        "Kim Jon-un Akan Bertemu Putin Bahas Senjata", "Nusadaily", "PYONGYANG", "2023-09-05T14:31:00+07:00")


def test_html_from_stdin():
    result = run_warta("analyze", "-", stdin=HTML.read_bytes())
    assert result.returncode == 0
    assert json.loads(result.stdout)["headline"] == "Pelabuhan Tanjung Perak Tambah Dua Derek Peti Kemas"


def test_jsonl_from_stdin():
    records = "".join(json.dumps({"text": GOOD, "url": f"https://example.id/{i}"}) + "\n" for i in range(3))
    result = run_warta("analyze", "-", stdin=records.encode())
    docs = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [d["url"] for d in docs] == [f"https://example.id/{i}" for i in range(3)]


def test_folder_batch_with_progress(tmp_path):
    out = tmp_path / "out.jsonl"
    result = run_warta("analyze", EXAMPLES, "-o", out)
    assert result.returncode == 0, result.stderr
    docs = [json.loads(line) for line in out.read_text().splitlines()]
    assert len(docs) == 5 and {d["outlet"] for d in docs} >= {"Kabar Timur", "Suarapesisir", "Warta Nusa"}
    stderr = result.stderr.decode()
    assert "article" in stderr and "5 article(s) analysed, 0 skipped" in stderr


def test_schema_command():
    schema = json.loads(run_warta("schema").stdout)
    assert schema["properties"]["schema"]["const"] == "warta/1"


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "input is empty"),
    ("blank.txt", b"  \n\n \n", "input is empty"),
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4, "input looks binary"),
    ("menu.html", b"<html><body><nav><a href='/'>Beranda</a> <a href='/x'>Politik</a></nav></body></html>",
     "no article text found in the HTML page"),
])
def test_bad_input_alone(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    out = tmp_path / "out.json"
    result = run_warta("analyze", path, "-o", out)
    assert result.returncode == 1
    lines = result.stderr.decode().strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"warta: {path}: {message}")
    assert not out.exists() and not list(tmp_path.glob(".warta-*"))
    no_traceback(result)


def test_file_over_the_size_limit(tmp_path):
    path = tmp_path / "huge.txt"
    path.write_bytes((GOOD * 200_000).encode()[: 20 * 1024 * 1024])
    result = run_warta("analyze", path)
    assert result.returncode == 1 and b"input is too large (21.0 MB; the limit is 10.5 MB" in result.stderr
    no_traceback(result)


def test_missing_file_and_unwritable_output(tmp_path):
    result = run_warta("analyze", tmp_path / "nowhere.txt")
    assert result.returncode == 1 and b"nowhere.txt: no such file or folder" in result.stderr
    result = run_warta("analyze", TXT, "-o", tmp_path / "no" / "such" / "dir" / "out.json")
    assert result.returncode == 1 and b"cannot write the output" in result.stderr
    no_traceback(result)


def test_windows_1252_text_is_decoded(tmp_path):
    path = tmp_path / "lama.txt"
    lead = "“Kami senang,” kata warga tentang jembatan yang diresmikan Senin."
    path.write_bytes(f"Jembatan Baru\n\n{lead}".encode("cp1252"))
    doc = json.loads(run_warta("analyze", path).stdout)
    assert doc["lead"] == lead


def test_one_broken_file_among_good_ones(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(3):
        (folder / f"good{i}.txt").write_text(GOOD.replace("baru", f"baru nomor {i}"))
    (folder / "broken.txt").write_bytes(b"\x00\x01\x02binary\x00")
    (folder / "notes.md").write_text("not an article suffix; ignored")
    out = tmp_path / "out.jsonl"
    result = run_warta("analyze", folder, "-o", out)
    assert result.returncode == 3
    stderr = result.stderr.decode()
    assert f"warta: {folder / 'broken.txt'}: input looks binary" in stderr
    assert "3 article(s) analysed, 1 skipped" in stderr
    assert sorted(json.loads(line)["input"] for line in out.read_text().splitlines()) == [
        str(folder / f"good{i}.txt") for i in range(3)]
    no_traceback(result)


def test_bad_jsonl_lines_are_reported_by_line(tmp_path):
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join([json.dumps({"text": GOOD}), "{not json", json.dumps({"url": "x"}),
                               json.dumps(["a list"]), json.dumps({"text": GOOD + "Tambahan kalimat."})]) + "\n")
    result = run_warta("analyze", path)
    stderr = result.stderr.decode()
    assert result.returncode == 3
    assert f"{path}:2: invalid JSON" in stderr and f"{path}:3: the record has no `text` or `html`" in stderr
    assert f"{path}:4: a JSONL line must be an object" in stderr
    assert len(result.stdout.decode().splitlines()) == 2


def test_bad_arguments():
    result = run_warta("analyze", TXT, "--components", "sentences")
    assert result.returncode == 2 and b"needs tokens" in result.stderr
    assert run_warta("frobnicate").returncode == 2


def test_interrupted_batch_leaves_no_output(tmp_path):
    folder = tmp_path / "many"
    folder.mkdir()
    for i in range(2000):
        shutil.copy(TXT, folder / f"a{i:04d}.txt")
    out = tmp_path / "out.jsonl"
    # a background job inherits SIGINT ignored; the user's Ctrl-C is what is tested, so restore it
    proc = subprocess.Popen([sys.executable, "-m", "warta", "analyze", str(folder), "-o", str(out)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            preexec_fn=lambda: signal.signal(signal.SIGINT, signal.SIG_DFL))
    deadline = time.time() + 120
    while time.time() < deadline and not any(p.stat().st_size for p in tmp_path.glob(".warta-*.part")):
        time.sleep(0.05)  # until the first articles are written: well into the batch
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == 130 and b"interrupted" in stderr and b"Traceback" not in stderr
    assert not out.exists() and not list(tmp_path.glob(".warta-*"))
