"""Events (first version, not yet in the default pipeline): type, actors, modality, attribution."""
from conftest import NUSADAILY, needs_shared

from warta.pipeline import DEFAULT_PIPELINE, Pipeline, analyze

WITH_EVENTS = Pipeline((*DEFAULT_PIPELINE, "events"))


def kb_of(doc: dict, actor: dict | None) -> str | None:
    if not actor or not actor["entity"]:
        return None
    return next(e["kb"] for e in doc["entities"] if e["id"] == actor["entity"])


def test_planned_visit_and_an_arrest():
    text = ("Presiden Joko Widodo akan mengunjungi Malaysia pekan depan.\n\n"
            "Polisi menangkap dua pencuri di Tegal, Senin (4/9).")
    doc = analyze(text, published="2023-09-05", pipeline=WITH_EVENTS).to_dict()
    visit = next(e for e in doc["events"] if e["trigger"]["text"] == "mengunjungi")
    assert (visit["type"], visit["mode"], visit["modality"]) == ("CONSULT", "visit", "planned")
    assert kb_of(doc, visit["source"]) == "per:joko-widodo" and kb_of(doc, visit["target"]) == "gpe:mys"
    assert visit["time"] == {"value": "2023-W37", "text": "pekan depan", "assumed": False}
    arrest = next(e for e in doc["events"] if e["trigger"]["text"] == "menangkap")
    assert (arrest["type"], arrest["mode"], arrest["modality"]) == ("COERCE", "arrest", "asserted")
    assert arrest["source"]["sector"] == "COP" and arrest["location"]["name"] == "Tegal"
    assert arrest["time"]["value"] == "2023-09-04"


@needs_shared
def test_reference_article_events():
    doc = analyze(NUSADAILY.read_bytes(), source=str(NUSADAILY), pipeline=WITH_EVENTS).to_dict()

    def find(trigger: str, source: str) -> dict:
        return next(e for e in doc["events"] if e["trigger"]["text"] == trigger and kb_of(doc, e["source"]) == source)

    meet = find("bertemu", "per:kim-jong-un")
    assert meet["type"] == "CONSULT" and meet["modality"] == "planned"
    assert kb_of(doc, meet["target"]) == "per:vladimir-putin"
    letters = find("bertukar", "per:vladimir-putin")
    assert letters["type"] == "CONSULT" and kb_of(doc, letters["target"]) == "per:kim-jong-un"
    assert letters["attributed_to"]["text"] == "Gedung Putih"
    urge = find("mendesak", "per:adrienne-watson")
    assert urge["type"] == "DEMAND" and urge["modality"] == "asserted" and kb_of(doc, urge["target"]) == "gpe:prk"
    invasion = find("invasi", "gpe:rus")
    assert invasion["type"] == "ASSAULT" and kb_of(doc, invasion["target"]) == "gpe:ukr"
    seeking = find("mencari", "gpe:rus")
    assert seeking["modality"] == "reported"
