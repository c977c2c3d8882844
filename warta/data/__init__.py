"""Packaged language data: lexicons, gazetteers and schemas live here as plain files."""
import json
from functools import cache
from importlib import resources


@cache
def load_json(name: str):
    """Read a JSON data file shipped in warta/data/ (e.g. 'id/calendar.json')."""
    return json.loads(resources.files(__package__).joinpath(name).read_text(encoding="utf-8"))
