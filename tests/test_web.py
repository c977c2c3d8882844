"""`warta serve`: the HTTP API against a real server process on localhost, and the web UI in a real headless
Chromium (Debian's, driven by Playwright) over a store built from tests/fixtures/corpus.jsonl, plus an
article whose headline and body carry HTML and a script."""
import http.client
import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import ROOT, run_warta

FIXTURE = ROOT / "tests" / "fixtures" / "corpus.jsonl"
EXAMPLE = ROOT / "examples" / "suarapesisir-2024-03-12-hujan-pantura.txt"
TOKEN = "test-token-5f1c"
CHROMIUM = os.environ.get("WARTA_CHROMIUM", shutil.which("chromium") or "/usr/bin/chromium")
HOSTILE = {
    "url": "https://kabarnusa.com/tekno/uji-keamanan", "outlet": "Kabarnusa", "published": "2024-05-02T09:00:00+07:00",
    "text": "<script>window.pwned = 1</script> Pakar Peringatkan Serangan Siber\n\n"
            "JAKARTA, KABARNUSA.COM - Pakar keamanan siber dari Universitas Indonesia memperingatkan maraknya "
            "serangan <img src=x onerror=\"window.pwned=2\"> terhadap situs pemerintah, Kamis (2/5). "
            "\"Jangan klik tautan <b>mencurigakan</b>,\" katanya.(kn)",
}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    folder = tmp_path_factory.mktemp("web")
    db = folder / "warta.db"
    (folder / "hostile.jsonl").write_text(json.dumps(HOSTILE) + "\n", encoding="utf-8")
    built = run_warta("ingest", FIXTURE, folder / "hostile.jsonl", "--db", db)
    assert built.returncode == 0, built.stderr.decode()
    port = _free_port()
    process = subprocess.Popen([sys.executable, "-m", "warta", "serve", "--db", str(db), "--port", str(port),
                                "--token", TOKEN], cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(base + "/openapi.json", timeout=2)
            break
        except OSError:
            assert process.poll() is None, process.stderr.read().decode()
            time.sleep(0.3)
    yield base
    process.terminate()
    process.wait(timeout=20)


def call(base: str, path: str, data: bytes | None = None, headers: dict | None = None):
    request = urllib.request.Request(base + path, data=data, headers=headers or {}, method="POST" if data else "GET")
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.headers, response.read()
    except urllib.error.HTTPError as e:
        return e.code, e.headers, e.read()


def get_json(base: str, path: str):
    status, _, body = call(base, path)
    assert status == 200, body
    return json.loads(body)


def test_listings_filter_page_and_stay_bounded(server):
    found = get_json(server, "/api/articles?q=senjata")["items"]
    assert "Pindad Pamerkan Persenjataan Baru di Indo Defence 2024" in [a["headline"] for a in found]
    assert len(get_json(server, "/api/articles?limit=2")["items"]) == 2
    assert len(get_json(server, "/api/articles?limit=2&offset=6")["items"]) == 1
    assert [a["outlet"] for a in get_json(server, "/api/articles?outlet=Suarajateng")["items"]] == ["Suarajateng"]
    status, _, body = call(server, "/api/articles?limit=100000")
    assert status == 400 and b"limit" in body
    events = get_json(server, "/api/events?country=PRK&type=CONSULT")["items"]
    assert events and all("PRK" in (e["source_country"], e["target_country"]) for e in events)
    in_box = get_json(server, "/api/events?bbox=120,45,140,60")["items"]  # the Russian Far East
    assert in_box and all(e["location"] == "Kosmodrom Vostochny" for e in in_box)
    stories = get_json(server, "/api/stories?min_articles=2")["items"]
    assert sorted(s["articles"] for s in stories) == [2, 3]
    quotes = get_json(server, "/api/quotes?speaker=Nana%20Sudjana")["items"]
    assert [q["text"] for q in quotes] == ["Perbaikan tanggul harus selesai sebelum hujan deras berikutnya"]


def test_article_entity_and_story_pages(server):
    article = get_json(server, "/api/articles?q=Komsomolsk")["items"][0]
    stored = get_json(server, f"/api/articles/{article['id']}")
    assert stored["document"]["schema"] == "warta/1" and stored["story"]["articles"] == 2
    kim = get_json(server, "/api/entities/Kim%20Jong-un")
    assert kim["kb"] == "per:kim-jong-un" and [t["day"] for t in kim["timeline"]] == ["2023-09-13", "2023-09-15"]
    assert get_json(server, f"/api/entities/{kim['id']}")["name"] == "Kim Jong-un"
    story = get_json(server, f"/api/stories/{stored['story']['id']}")
    assert [a["day"] for a in story["timeline"]] == ["2023-09-13", "2023-09-15"]


def test_errors_are_json_with_the_right_status(server):
    for path, status in (("/api/articles/0000", 404), ("/api/entities/Tidak%20Ada", 404), ("/api/stories/999999", 404),
                         ("/api/events?since=kemarin", 400), ("/api/events?bbox=1,2,3", 400), ("/nope", 404)):
        code, headers, body = call(server, path)
        assert code == status, path
        assert headers["content-type"].startswith("application/json") and json.loads(body)["status"] == status
    # a body over the limit is refused from its announced length, before it is read
    connection = http.client.HTTPConnection(server.removeprefix("http://"), timeout=30)
    connection.putrequest("POST", "/api/analyze")
    connection.putheader("Content-Type", "text/plain")
    connection.putheader("Content-Length", str(3 * 1024 * 1024))
    connection.endheaders()
    response = connection.getresponse()
    assert response.status == 413 and b"larger than" in response.read()
    connection.close()
    connection = http.client.HTTPConnection(server.removeprefix("http://"), timeout=30)  # no length: refused too
    connection.request("POST", "/api/analyze", body=iter([b"Banjir di Demak"]), encode_chunked=True)
    assert connection.getresponse().status == 411
    connection.close()
    code, _, body = call(server, "/api/analyze", data=b"\x00\x01\x02" * 100, headers={"Content-Type": "text/plain"})
    assert code in (400, 422) and json.loads(body)["error"]


def test_analyze_returns_a_warta_document(server):
    text = FIXTURE.read_text(encoding="utf-8").splitlines()[4]
    status, _, body = call(server, "/api/analyze", data=json.loads(text)["text"].encode(),
                           headers={"Content-Type": "text/plain; charset=utf-8"})
    doc = json.loads(body)
    assert status == 200 and doc["schema"] == "warta/1" and doc["dateline"] == "VOSTOCHNY"
    assert {"Kim Jong-un", "Vladimir Putin"} <= {e["name"] for e in doc["entities"]}


def test_writes_need_the_token(server):
    record = json.dumps({"text": "Warga Demak Gotong Royong Bersihkan Lumpur\n\nDEMAK, KABARNUSA.COM - Ratusan warga "
                         "Kecamatan Karanganyar, Kabupaten Demak, bergotong royong membersihkan lumpur sisa banjir, "
                         "Sabtu (16/3).(kn)", "outlet": "Kabarnusa", "published": "2024-03-16T12:00:00+07:00"}).encode()
    assert call(server, "/api/ingest", data=record)[0] == 401
    assert call(server, "/api/ingest", data=record, headers={"Authorization": "Bearer wrong"})[0] == 401
    status, _, body = call(server, "/api/ingest", data=record + b"\n{broken\n",
                           headers={"Authorization": f"Bearer {TOKEN}"})
    result = json.loads(body)
    assert status == 200 and result["added"] == 1 and result["failed"] == 1
    again = json.loads(call(server, "/api/ingest", data=record, headers={"Authorization": f"Bearer {TOKEN}"})[2])
    assert again["added"] == 0 and again["known"] == 1


def test_export_of_a_filtered_selection(server):
    status, headers, body = call(server, "/api/export?table=events&format=csv&country=PRK")
    lines = body.decode().splitlines()
    assert status == 200 and headers["content-type"].startswith("text/csv") and "PRK" in lines[1]
    status, _, body = call(server, "/api/export?table=quotes&format=jsonl&speaker=Putin")
    assert status == 200 and all(json.loads(line)["text"] for line in body.decode().splitlines())
    status, headers, body = call(server, "/api/export?table=articles&format=parquet")
    assert status == 200 and body[:4] == b"PAR1"


def test_openapi_documents_every_endpoint(server):
    paths = get_json(server, "/openapi.json")["paths"]
    for path in ("/api/analyze", "/api/ingest", "/api/articles", "/api/articles/{article_id}", "/api/entities",
                 "/api/entities/{key}", "/api/events", "/api/quotes", "/api/stories", "/api/stories/{story_id}",
                 "/api/export"):
        assert path in paths


def test_server_refuses_a_database_that_is_not_a_store(tmp_path):
    result = run_warta("serve", "--db", tmp_path / "none.db")
    assert result.returncode == 1 and b"no such database" in result.stderr


# -- the browser ---------------------------------------------------------------------------------------------

@pytest.fixture(scope="module")
def browser():
    sync_api = pytest.importorskip("playwright.sync_api", reason="UI tests need Playwright: pip install playwright")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set WARTA_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        yield launched
        launched.close()


@pytest.fixture
def page(browser, server):
    context = browser.new_context(viewport={"width": 1300, "height": 900})
    opened = context.new_page()
    opened.errors = []
    opened.on("pageerror", lambda e: opened.errors.append(str(e)))
    opened.on("requestfailed", lambda r: opened.errors.append(f"failed request {r.url}"))
    opened.on("request", lambda r: opened.errors.append(f"off-site request {r.url}")
              if not r.url.startswith(server) and not r.url.startswith("data:") else None)
    yield opened
    assert opened.errors == []
    context.close()


def _screenshot(page, folder: Path, name: str) -> Path:
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000  # a rendered page, not a blank one
    return path


def test_ui_analyses_the_bundled_example_and_links_to_its_entities(page, server, tmp_path):
    page.goto(server + "/#/")
    page.set_input_files("input[type=file]", str(EXAMPLE))  # upload, as a user would
    page.wait_for_function("document.querySelector('#article-input').value.includes('SUARAPESISIR')")
    page.click("#analyze-button")
    page.wait_for_selector(".article-text", timeout=60_000)
    assert page.locator(".article-text p.headline").inner_text().startswith("BMKG Peringatkan Hujan Lebat")
    assert page.locator("a.ent-PER", has_text="Rina Kusumawardani").count() == 1
    assert page.locator("a.ent-GPE", has_text="Semarang").count() >= 2
    times = page.locator(".time", has_text="Minggu (17/3)")
    assert times.count() >= 1 and "2024-03-17" in times.first.get_attribute("title")
    assert page.locator(".quote").count() >= 2 and page.locator(".events-list li").count() >= 1
    page.locator(".events-list li").first.click()
    assert page.locator(".hl").count() >= 1  # the event's evidence is highlighted in the text
    _screenshot(page, tmp_path, "analyse")
    page.locator("a.ent-GPE", has_text="Jawa Tengah").first.click()  # in the store: the Demak flood reports
    page.wait_for_selector("#co-occurring li")
    assert page.locator("h1").inner_text() == "Jawa Tengah"
    assert page.locator("svg.chart rect").count() == 2  # two days with mentions (12 and 13 March)
    assert "Demak" in page.locator("#co-occurring").inner_text()
    _screenshot(page, tmp_path, "entity")


def test_ui_filters_events_and_maps_them(page, server, tmp_path):
    page.goto(server + "/#/events")
    page.wait_for_selector("#event-map circle")
    everything = page.locator("tbody tr").count()
    assert page.locator("#event-map path.country").count() > 150
    page.select_option("select[name=type]", "CONSULT")
    page.click("form.filters button")
    page.wait_for_function("location.hash.includes('type=CONSULT') && document.body.dataset.ready === location.hash")
    rows = page.locator("tbody tr")
    assert 0 < rows.count() < everything
    assert all(t.startswith("CONSULT") for t in rows.locator("td:nth-child(2)").all_inner_texts())
    _screenshot(page, tmp_path, "events")
    page.goto(server + "/#/events")
    page.wait_for_function("location.hash === '#/events' && document.body.dataset.ready === location.hash")
    page.locator("#event-map circle").first.click()  # one place's events
    page.wait_for_function("location.hash.includes('bbox=') && document.body.dataset.ready === location.hash")
    places = set(page.locator("tbody tr td:nth-child(5)").all_inner_texts())
    assert len(places) == 1 and "around the chosen place" in page.locator("#event-count").inner_text()


def test_ui_story_timeline_and_article_list(page, server, tmp_path):
    page.goto(server + "/#/stories?min_articles=3")
    page.wait_for_selector("tbody a")
    page.click("tbody a")
    page.wait_for_selector("#story-timeline circle")
    assert page.locator("#story-timeline circle").count() == 3
    assert "Suarajateng" in page.locator("#story-timeline").text_content()
    _screenshot(page, tmp_path, "story")
    page.goto(server + "/#/articles?q=mengungsi")
    # the story page's rows are still there until the search has rendered
    page.wait_for_function("location.hash.includes('q=mengungsi') && document.body.dataset.ready === location.hash")
    assert page.locator("tbody tr").count() == 2  # the flood report (with its copy) and the follow-up


def test_ui_shows_html_in_an_article_as_text(page, server):
    found = get_json(server, "/api/articles?q=siber")["items"]
    page.goto(server + f"/#/article/{found[0]['id']}")
    page.wait_for_selector(".article-text")
    body = page.locator(".article-text").inner_text()
    assert "<script>window.pwned = 1</script>" in body and "<img src=x" in body and "<b>mencurigakan</b>" in body
    assert page.evaluate("window.pwned === undefined")
    assert page.locator(".article-text script, .article-text img, .article-text b").count() == 0
