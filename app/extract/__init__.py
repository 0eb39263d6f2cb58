"""Text to records: attribution extraction as a pipeline of small pure steps (no database)."""

from app.extract.pipeline import ExtractionError, decode_text, extract_document
from app.extract.registry import Registry, default_registry, load_registry
from app.extract.types import EXTRACTOR_VERSION, DocumentMeta, Extraction

__all__ = [
    "EXTRACTOR_VERSION",
    "DocumentMeta",
    "Extraction",
    "ExtractionError",
    "Registry",
    "decode_text",
    "default_registry",
    "extract_document",
    "load_registry",
]
