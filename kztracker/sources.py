"""Source texts: the content hash that recognises one announcement imported twice."""

import hashlib
import unicodedata


def content_hash(text: str) -> str:
    """SHA-256 of the text after NFKC and whitespace collapse, so re-saved copies match."""
    normalized = " ".join(unicodedata.normalize("NFKC", text).split())
    return hashlib.sha256(normalized.encode("utf-8")).hexdigest()
