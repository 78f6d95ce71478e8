"""HTML pages: the reader and its helpers (CSS selector classifier, source positions, JSON-LD)."""
