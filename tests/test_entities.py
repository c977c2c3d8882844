"""Names: the CRF tagger, the knowledge base, linking and in-article coreference."""
import json
import os
import subprocess
import sys

import pytest
from conftest import NUSADAILY, SHARED, needs_shared, run_warta

from warta.entities.link import kb_candidates, short_form_of, strip_title
from warta.kb import KnowledgeBase, load_kb, normalize
from warta.kb.store import kb_files
from warta.pipeline import analyze

# Invented articles, written for these tests.
MEETING = """Retno bahas krisis Myanmar dengan Guterres

Menteri Luar Negeri Retno Marsudi bertemu Sekretaris Jenderal Perserikatan Bangsa-Bangsa (PBB) Antonio Guterres \
di New York, Amerika Serikat, Selasa (19/9/2023).

Dalam pertemuan itu, Retno menyampaikan keprihatinan Indonesia atas situasi di Myanmar. Guterres menyambut baik \
peran ASEAN, kata juru bicara Kemenlu."""

PARLIAMENT = """DPR setujui RUU Kesehatan

Ketua DPR Puan Maharani memimpin rapat paripurna di Senayan, Jakarta, Selasa. Rapat itu dihadiri Menteri Kesehatan \
Budi Gunadi Sadikin. Fraksi PKS dan Partai Demokrat menolak rancangan itu, sementara fraksi lain di DPR \
menyetujuinya."""


def entities_by_form(doc: dict) -> dict[str, dict]:
    """Each mention's text → the entity it was linked to."""
    return {doc["mentions"][i]["text"]: e for e in doc["entities"] for i in e["mentions"]}


@pytest.fixture(scope="module")
def meeting():
    return analyze(MEETING).to_dict()


def test_mentions_are_stand_off_and_point_to_entities(meeting):
    assert meeting["mentions"]
    ids = {e["id"] for e in meeting["entities"]}
    for m in meeting["mentions"]:
        assert meeting["text"][m["start"]:m["end"]] == m["text"]
        assert m["entity"] in ids
    for e in meeting["entities"]:
        assert all(meeting["mentions"][i]["entity"] == e["id"] for i in e["mentions"])


def test_people_places_and_organisations_are_linked(meeting):
    by_form = entities_by_form(meeting)
    assert by_form["Retno Marsudi"]["kb"] == "per:retno-marsudi"
    assert by_form["Retno"] is by_form["Retno Marsudi"]  # before and after the full name
    assert by_form["Guterres"] is by_form["Antonio Guterres"]
    assert by_form["PBB"] is by_form["Perserikatan Bangsa-Bangsa"]
    assert by_form["Amerika Serikat"]["kb"] == "gpe:usa" and by_form["Amerika Serikat"]["label"] == "GPE"
    new_york = by_form["New York"]
    assert new_york["country"] == "USA" and abs(new_york["lat"] - 40.7) < 0.5
    assert by_form["Kemenlu"]["kb"] == "org:kemenlu"
    assert by_form["Retno"] is not by_form["Guterres"]


def test_dpr_is_indonesias_parliament_in_an_indonesian_story():
    by_form = entities_by_form(analyze(PARLIAMENT).to_dict())
    assert by_form["DPR"]["kb"] == "org:dpr"
    assert by_form["Puan Maharani"]["kb"] == "per:puan-maharani"


def test_a_person_is_also_their_initials():
    doc = analyze("Hanura\n\nKetua DPD Oesman Sapta Odang menghadiri rapat di Jakarta. Menurut OSO, rapat itu "
                  "penting.").to_dict()
    by_form = {m["text"]: m["entity"] for m in doc["mentions"]}
    assert by_form["OSO"] == by_form["Oesman Sapta Odang"]


def test_regional_heads_by_nickname_and_office():
    doc = analyze("Anies Undang Aher\n\nGubernur DKI Jakarta Anies Baswedan berencana mengundang Aher untuk "
                  "membicarakan kerja sama kedua daerah.", published="2017-10-20").to_dict()
    assert entities_by_form(doc)["Aher"]["kb"] == "per:ahmad-heryawan"
    assert load_kb().office_holder("Gubernur Jawa Barat", "IDN", "2017-10-20")["id"] == "per:ahmad-heryawan"
    assert load_kb().office_holder("Gubernur Jawa Barat", "IDN", "2019-01-01")["id"] == "per:ridwan-kamil"


def test_people_named_only_by_initials():
    doc = analyze("Pemuda Tepergok Polisi\n\nDS (20) tepergok polisi sedang mencabuli AN, ABG berusia 14 tahun di "
                  "Probolinggo. Polisi juga menangkap pria berinisial CB di Bali. DS dibekuk polisi pada Kamis."
                  ).to_dict()
    people = [(m["text"], m["entity"]) for m in doc["mentions"] if m["label"] == "PER"]
    assert [text for text, _ in people] == ["DS", "AN", "CB", "DS"]
    assert people[0][1] == people[3][1] != people[2][1]  # each introduced once, the same person after


def test_titles_are_not_part_of_the_name():
    assert strip_title("Presiden Vladimir Putin") == (9, "Vladimir Putin")
    assert strip_title("Menteri Luar Negeri Retno Marsudi")[1] == "Retno Marsudi"
    assert strip_title("Presiden") == (0, "Presiden")  # a bare title stays


def test_short_forms_and_normalised_names():
    assert short_form_of("Kim", "Kim Jong-un") and short_form_of("Shoigu", "Sergei K. Shoigu")
    assert not short_form_of("Jong", "Kim Jong-un") and not short_form_of("Kim", "Putin")
    assert normalize("Kim Jong-un") == normalize("kim jong un") == "kim jong un"
    assert normalize("U.S.") == "us"


def test_one_side_of_a_ticket_is_not_a_short_form_of_it():
    assert not short_form_of("Ipul", "Ipul-Anas") and short_form_of("Juncker", "Jean-Claude Juncker")
    assert short_form_of("Assad", "Bashar al-Assad")
    doc = analyze("Anas Batal Maju\n\nBupati Banyuwangi Azwar Anas dikabarkan mundur dari pencalonannya sebagai calon "
                  "wakil gubernur Jawa Timur. Menanggapi kabar tersebut, Gus Ipul mengaku terkejut. \"Baliho tim "
                  "pemenangan pasangan Gus Ipul-Anas masih terpasang,\" kata Kusnadi.")
    ipul = next(m for m in doc.mentions if m["text"] == "Ipul")
    assert next(e["kb"] for e in doc.entities if e["id"] == ipul["entity"]) == "per:saifullah-yusuf"


def test_typos_and_aliases_reach_the_same_entry():
    kb = load_kb()
    assert [e["id"] for e in kb_candidates(kb, "Kim Jon-un", "PER")] == ["per:kim-jong-un"]
    for name in ("Korut", "Korea Utara", "Republik Demokratik Rakyat Korea"):
        assert "gpe:prk" in [e["id"] for e in kb.lookup(name)], name
    assert {e["id"] for e in kb.lookup("Tiongkok")} == {"gpe:chn"}
    assert kb_candidates(kb, "Jordan", "PER") == []  # a person's name is not the country


def test_gazetteer_tags_mark_known_names():
    tags = load_kb().gazetteer_tags("Delegasi Korea Utara tiba di Vladivostok".split())
    assert tags == ["O", "B-GPE", "I-GPE", "O", "O", "B-GPE"]


def test_user_file_adds_and_overrides_entries(tmp_path):
    own = tmp_path / "own.jsonl"
    own.write_text(json.dumps({"id": "org:koperasi-sukamaju", "type": "ORG", "name": "Koperasi Sukamaju",
                               "aliases": ["KSM"], "country": "IDN"}) + "\n"
                   + json.dumps({"id": "gpe:prk", "type": "GPE", "name": "Korea Utara", "aliases": ["Korut"],
                                 "country": "PRK"}) + "\n", encoding="utf-8")
    kb = KnowledgeBase([*kb_files(), own])
    assert kb.lookup("KSM")[0]["name"] == "Koperasi Sukamaju"
    assert kb.lookup("DPRK") == []  # the user's gpe:prk replaced the shipped one


def test_a_broken_kb_file_stops_analyze_with_its_name_and_line(tmp_path):
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": "org:a", "type": "ORG", "name": "A"}\n{"id": "org:b", "name": "B"}\n', encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text(MEETING, encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "warta", "analyze", str(article)], capture_output=True,
                            env={**os.environ, "WARTA_KB": str(bad)}, timeout=300)
    assert result.returncode == 2 and result.stdout == b""
    assert f"{bad}: line 2: an entry needs a non-empty string 'type'" in result.stderr.decode()


def test_kb_command_shows_entries():
    result = run_warta("kb", "Korut")
    assert result.returncode == 0
    assert json.loads(result.stdout.decode().splitlines()[0])["id"] == "gpe:prk"
    assert run_warta("kb", "Bukan Nama Siapa Pun").returncode == 1


@needs_shared
def test_reference_article_entities():
    doc = analyze(NUSADAILY.read_bytes(), source=str(NUSADAILY)).to_dict()
    by_form = entities_by_form(doc)
    groups = {
        "per:kim-jong-un": ["Kim Jon-un", "Kim Jong-un", "Kim"],
        "per:vladimir-putin": ["Vladimir Putin", "Putin"],
        "gpe:usa": ["Amerika Serikat", "AS", "Amerika"],
        "gpe:prk": ["Korea Utara", "Korut", "Republik Demokratik Rakyat Korea"],
        "gpe:kor": ["Korea Selatan"], "gpe:rus": ["Rusia"], "gpe:ukr": ["Ukraina"], "gpe:chn": ["Tiongkok"],
        "gpe:blr": ["Belarusia"], "org:gedung-putih": ["Gedung Putih"], "per:john-kirby": ["John F. Kirby"],
        "per:adrienne-watson": ["Adrienne Watson", "Watson"], "per:sergei-shoigu": ["Sergei K. Shoigu", "Shoigu"],
        "per:alexander-lukashenko": ["Alexander Lukashenko"], "org:nsc-as": ["Dewan Keamanan Nasional"],
        "org:pbb": ["PBB"], "org:kcna": ["KCNA", "Kantor Berita Pusat Korea"], "org:nyt": ["The New York Times"],
        "org:fefu": ["Far Eastern Federal University"], "fac:kosmodrom-vostochny": ["Vostochny Cosmodrome"],
        "gpe:suhistorical-uni-soviet": ["Uni Soviet"], "gpe:gn1871859": ["Pyongyang"],
        "gpe:gn2013348": ["Vladivostok"], "gpe:gn524901": ["Moskow"], "org:medcom": ["medcom"],
    }
    for kb_id, forms in groups.items():
        linked = {by_form[f]["id"] for f in forms}
        assert len(linked) == 1 and by_form[forms[0]]["kb"] == kb_id, (kb_id, forms)
    assert by_form["Kim"] is not by_form["Putin"]
    assert by_form["Korea Utara"] is not by_form["Korea Selatan"]
    assert by_form["Korut"]["country"] == "PRK" and by_form["Moskow"]["lat"] == pytest.approx(55.75, abs=0.1)
    assert by_form["DPR"]["kb"] == "gpe:prk"  # `DPR.` in a US statement about North Korea


@needs_shared
def test_eval_ner_reports_each_test_split():
    result = run_warta("eval", "ner", "--data", SHARED / "data")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    for name in ("IDNer news 2k test", "NER-UI fold 1 test", "NERGrit test", "NERP test"):
        assert name in out
    idner = out.split("NER-UI")[0]
    micro = float(idner.split("micro")[1].split()[2])
    assert micro >= 0.85


@needs_shared
def test_eval_link_reports_dev_and_held_out_sets():
    result = run_warta("eval", "link", "--data", SHARED / "data")
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "dev:" in out and "held-out:" in out
    held_out = out.split("held-out:")[1]
    assert float(held_out.split("precision")[1].split()[0]) >= 0.95


def test_an_institution_is_an_organisation_and_ends_before_the_rank_of_the_next_name():
    doc = analyze("Polres Ogan Komering Ulu Sumatera Selatan mengamankan dua tersangka pencuri sapi. \"Dua pengedar "
                  "lain sudah kami tangkap,\" kata Kabid Humas Polda Metro Jaya Kombes Argo Yuwono.")
    found = {m["text"]: m["label"] for m in doc.mentions}
    assert found["Polres Ogan Komering Ulu Sumatera Selatan"] == "ORG"
    assert found["Polda Metro Jaya"] == "ORG" and found["Argo Yuwono"] == "PER"
