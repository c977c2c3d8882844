"""The corpus store: ingest, near-duplicates, cross-article entities, stories and queries."""
