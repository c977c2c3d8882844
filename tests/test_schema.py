"""Every output validates against the warta/1 JSON Schema and every span is stand-off consistent."""
import json
from importlib import resources

import jsonschema
import pytest
from conftest import EXAMPLES, NUSADAILY

import warta
from warta.document import PARAGRAPH_SEPARATOR, iter_spans
from warta.reader.sources import expand, iter_items

SCHEMA = json.loads(resources.files("warta.data").joinpath("schema/warta-1.schema.json").read_text())


def outputs():
    items = [i for t in expand([str(EXAMPLES)]) for i in iter_items(t)]
    if NUSADAILY.exists():
        items += list(iter_items(NUSADAILY))
    return [warta.analyze(i.content, source=i.name, html=i.html, **i.meta).to_dict() for i in items]


@pytest.fixture(scope="module")
def docs():
    return outputs()


def test_schema_is_valid_json_schema():
    jsonschema.Draft202012Validator.check_schema(SCHEMA)


def test_outputs_validate(docs):
    assert len(docs) >= 5
    for doc in docs:
        jsonschema.Draft202012Validator(SCHEMA).validate(doc)


def test_spans_point_into_text(docs):
    for doc in docs:
        spans = list(iter_spans(doc))
        assert {layer for layer, _ in spans} >= {"paragraphs", "sentences", "tokens"}
        for layer, span in spans:
            assert doc["text"][span["start"]:span["end"]] == span["text"], (doc["input"], layer, span)


def test_paragraphs_tile_the_text_and_sentences_nest(docs):
    for doc in docs:
        assert PARAGRAPH_SEPARATOR.join(p["text"] for p in doc["paragraphs"]) == doc["text"]
        for s in doc["sentences"]:
            para = doc["paragraphs"][s["paragraph"]]
            assert para["start"] <= s["start"] < s["end"] <= para["end"]
        assert doc["lead"] == next(p["text"] for p in doc["paragraphs"] if p["role"] == "lead")


def test_id_is_a_stable_content_hash():
    text = (EXAMPLES / "suarapesisir-2024-03-12-hujan-pantura.txt").read_bytes()
    assert warta.analyze(text).to_dict()["id"] == warta.analyze(text, url="https://example.id/other").to_dict()["id"]
    assert warta.analyze(text).id != warta.analyze(text.replace(b"Semarang", b"Kudus")).id


def test_a_schema_violation_is_caught():
    doc = warta.analyze("Judul\n\nIsi berita yang pendek sekali.").to_dict()
    doc["published"] = "5 September 2023"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.Draft202012Validator(SCHEMA).validate(doc)
