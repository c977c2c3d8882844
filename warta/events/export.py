"""Flat event records for analysis: one JSON object or one CSV row per event, with GDELT's column
names where the meaning matches and warta's own for what GDELT lacks (modality, attribution)."""
from __future__ import annotations

import csv
import io

COLUMNS = [
    "SQLDATE", "DateAssumed", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code", "Actor1KB",
    "Actor2Name", "Actor2CountryCode", "Actor2Type1Code", "Actor2KB", "EventType", "EventMode", "Trigger",
    "Modality", "AttributedTo", "Channel", "ActionGeo_FullName", "ActionGeo_Lat", "ActionGeo_Long",
    "SOURCEURL", "Outlet", "ArticleId", "Sentence", "Evidence",
]


def event_rows(doc: dict) -> list[dict]:
    """One flat record per event of a warta/1 document."""
    kb = {e["id"]: e for e in doc["entities"]}
    rows = []
    for ev in doc["events"]:
        row = {
            "SQLDATE": ev["time"]["value"], "DateAssumed": ev["time"]["assumed"],
            "EventType": ev["type"], "EventMode": ev.get("mode"), "Trigger": ev["trigger"]["text"],
            "Modality": ev["modality"],
            "AttributedTo": ev["attributed_to"]["text"] if ev["attributed_to"] else None,
            "Channel": ev["attributed_to"]["source"] if ev["attributed_to"] else None,
            "ActionGeo_FullName": ev["location"]["name"] if ev["location"] else None,
            "ActionGeo_Lat": ev["location"]["lat"] if ev["location"] else None,
            "ActionGeo_Long": ev["location"]["lon"] if ev["location"] else None,
            "SOURCEURL": doc.get("url"), "Outlet": doc.get("outlet"), "ArticleId": doc["id"],
            "Sentence": ev["sentence"], "Evidence": ev["evidence"]["text"],
        }
        for n, part in ((1, ev["source"]), (2, ev["target"])):
            entity = kb.get(part["entity"]) if part and part.get("entity") else None
            row[f"Actor{n}Name"] = (entity["name"] if entity else part["text"]) if part else None
            row[f"Actor{n}CountryCode"] = part["country"] if part else None
            row[f"Actor{n}Type1Code"] = part["sector"] if part else None
            row[f"Actor{n}KB"] = entity["kb"] if entity else None
        rows.append(row)
    return rows


def csv_text(rows: list[dict], header: bool) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=COLUMNS, lineterminator="\n")
    if header:
        writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
