"""The shared core: ingest, extract, store, query. Knows nothing of chat platforms."""
