"""Documents: what happens to an article, from its file to the rows the API reads.

Follow one article through the package, in this order:

- `inputs`: a path, a folder, a CSV or JSONL row becomes a `Record` (a name, the article's
  bytes, its metadata from a sidecar or mapped columns, or why it cannot be used).
- `store`: a record is extracted (`app.extract`, pure) and stored in one transaction with its
  claims, figures, incidents and actors; a failure is kept in load failures. `sync_registry`
  stores the actor registry; `load_directory` is the start-up load.
- `merge`: an extracted incident that reports one already stored joins it; estimates are
  derived again from all the claims an incident has.
- `delete`: a document goes with everything only it supported.
- `bulk`: many records, extracted in worker processes and stored in batches (`incidents load`).
- `reextract`: stored documents read again by the current extractor (`incidents reextract`).

The routes (`app.api.routes.documents`), the start-up (`app.main`) and the CLI (`app.cli`) call
the names exported here.
"""

from app.documents.bulk import in_processes, load_records
from app.documents.delete import remove_document, remove_document_rows
from app.documents.inputs import (
    ColumnMapping,
    InputError,
    Record,
    Source,
    check_encoding,
    check_source,
    collect_sources,
    count_records,
    iter_records,
    meta_of,
    parse_date,
    parse_published,
    read_meta,
    repair_text,
    web_url,
)
from app.documents.merge import StoredClaim, match_incidents, recompute_estimates
from app.documents.reextract import ReextractSummary, documents_to_reextract, reextract
from app.documents.results import LoadError, LoadResult, LoadSummary
from app.documents.store import (
    Stored,
    clear_failure,
    load_directory,
    load_extraction,
    load_path,
    load_record,
    record_failure,
    store_document,
    store_extraction,
    stored_id,
    sync_registry,
)

__all__ = [
    "ColumnMapping",
    "InputError",
    "LoadError",
    "LoadResult",
    "LoadSummary",
    "Record",
    "ReextractSummary",
    "Source",
    "Stored",
    "StoredClaim",
    "check_encoding",
    "check_source",
    "clear_failure",
    "collect_sources",
    "count_records",
    "documents_to_reextract",
    "in_processes",
    "iter_records",
    "load_directory",
    "load_extraction",
    "load_path",
    "load_record",
    "load_records",
    "match_incidents",
    "meta_of",
    "parse_date",
    "parse_published",
    "read_meta",
    "recompute_estimates",
    "record_failure",
    "reextract",
    "remove_document",
    "remove_document_rows",
    "repair_text",
    "store_document",
    "store_extraction",
    "stored_id",
    "sync_registry",
    "web_url",
]
