"""Caching below the framework: the database's data version, and the responses it keys.

The API's data changes only when documents are loaded, re-extracted or deleted. Every writing
transaction moves the version row of the database on before it commits (`app.db`), and every
process learns of it: the writer at once, the others through `app.db.VersionWatcher`
(PostgreSQL LISTEN/NOTIFY, or polling the row). `observe()` adopts a newer version and drops
everything cached for the old one. `ResponseCache` is a plain ASGI middleware in front of the
FastAPI app: a GET it has answered for the current version is replayed from memory without
touching the framework, and every successful GET gets a strong `ETag` (a hash of the database's
epoch and version and the request: the same in every worker, replica and restart),
`Last-Modified` (when the data last changed) and a `Cache-Control` header; `If-None-Match` and
`If-Modified-Since` are answered with 304.

`version()`/`token()` read the current version; `memo(key, compute)` caches a value (a count, a
lookup table) until the version changes.
"""

from __future__ import annotations

import contextlib
import hashlib
import threading
import weakref
from collections import OrderedDict
from collections.abc import Awaitable, Callable, Hashable, MutableMapping
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from functools import lru_cache
from typing import Any, TypeVar

T = TypeVar("T")

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
ASGIApp = Callable[[Scope, Receive, Send], Awaitable[None]]

CACHE_CONTROL = b"public, max-age=60, stale-while-revalidate=600"
MAX_CACHED_BODY = 1 << 20  # bodies larger than this (big CSV exports) are streamed, not kept
MAX_CACHE_BYTES = 16 << 20
MEMO_ENTRIES = 4096

_lock = threading.Lock()
_epoch = ""  # the database's, read from its data_version row
_version = 0
_changed_at = datetime.now(UTC).replace(microsecond=0)
_memo: OrderedDict[Hashable, Any] = OrderedDict()
_stores: weakref.WeakSet[_ResponseStore] = weakref.WeakSet()


def version() -> int:
    """The data version this process has seen (the database's, +1 per writing transaction)."""
    return _version


def token() -> str:
    """The data version with the database's epoch: equal in every process on one database."""
    return f"{_epoch}.{_version}"


def changed_at() -> datetime:
    """When the data last changed, to the second (the `Last-Modified` of every response)."""
    return _changed_at


def observe(epoch: str, version: int, changed_at: datetime) -> bool:
    """Adopt the database's data version when it is newer (or of another database): cached
    responses and memos of the old one are dropped. Returns whether anything changed."""
    global _epoch, _version, _changed_at
    with _lock:
        if epoch == _epoch and version <= _version:
            return False
        _epoch, _version = epoch, version
        _changed_at = changed_at.astimezone(UTC).replace(microsecond=0)
        _memo.clear()
        for store in list(_stores):
            store.clear()
        return True


def memo(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`'s value, kept until the data version changes (a bounded LRU)."""
    full_key = (token(), key)
    try:
        value: T = _memo[full_key]
        return value
    except KeyError:
        pass
    started = token()
    value = compute()
    with _lock:
        if started == token():  # not computed across a version change: keep it
            _memo[full_key] = value
            while len(_memo) > MEMO_ENTRIES:
                _memo.popitem(last=False)
    return value


class _ResponseStore:
    """Responses by request key, least recently used dropped past a byte budget."""

    def __init__(self, max_bytes: int) -> None:
        self.max_bytes = max_bytes
        self.size = 0
        self.entries: OrderedDict[tuple[Any, ...], tuple[int, list[tuple[bytes, bytes]], bytes]]
        self.entries = OrderedDict()

    def get(self, key: tuple[Any, ...]) -> tuple[int, list[tuple[bytes, bytes]], bytes] | None:
        """The stored response for `key`, or None."""
        entry = self.entries.get(key)
        if entry is not None:
            with contextlib.suppress(KeyError):  # cleared meanwhile by the version watcher
                self.entries.move_to_end(key)
        return entry

    def put(
        self, key: tuple[Any, ...], entry: tuple[int, list[tuple[bytes, bytes]], bytes]
    ) -> None:
        """Keep `entry`, evicting the least recently used ones over budget."""
        with _lock:
            if key[0] != token():
                return  # computed for a version that is already gone
            old = self.entries.pop(key, None)
            if old is not None:
                self.size -= len(old[2])
            self.entries[key] = entry
            self.size += len(entry[2])
            while self.size > self.max_bytes and self.entries:
                _, dropped = self.entries.popitem(last=False)
                self.size -= len(dropped[2])

    def clear(self) -> None:
        """Forget every response."""
        self.entries.clear()
        self.size = 0


@lru_cache(maxsize=8)
def http_date(value: datetime) -> bytes:
    """`value` as an HTTP date (the `Last-Modified` of every response until the data changes)."""
    return format_datetime(value, usegmt=True).encode()


def make_etag(*parts: bytes | str) -> bytes:
    """A strong ETag (quoted) for a representation identified by `parts`."""
    digest = hashlib.blake2b(digest_size=12)
    for part in parts:
        digest.update(part.encode() if isinstance(part, str) else part)
        digest.update(b"\0")
    return b'"' + digest.hexdigest().encode() + b'"'


def etag_matches(if_none_match: bytes, etag: bytes) -> bool:
    """Whether an If-None-Match header value names `etag` (weak comparison, RFC 9110 13.1.2)."""
    if if_none_match.strip() == b"*":
        return True
    wanted = etag.removeprefix(b"W/")
    return any(
        candidate.strip().removeprefix(b"W/") == wanted for candidate in if_none_match.split(b",")
    )


def not_modified_since(if_modified_since: bytes, last_modified: datetime) -> bool:
    """Whether an If-Modified-Since date is at or after `last_modified`."""
    try:
        since = parsedate_to_datetime(if_modified_since.decode("latin-1"))
    except (TypeError, ValueError, IndexError):
        return False
    if since.tzinfo is None:
        since = since.replace(tzinfo=UTC)
    return since >= last_modified


@dataclass
class _Lookup:
    """What a GET needs from the cache: its key, validators and conditional headers."""

    key: tuple[Any, ...]
    validators: list[tuple[bytes, bytes]]
    last_modified: datetime
    if_none_match: bytes
    if_modified_since: bytes
    head: bool
    origin: bool


class ResponseCache:
    """ASGI middleware: replay GET responses under `prefix` for the current data version.

    The key is the data version, the path, the query string, `Accept` and `Host` (the body
    holds absolute `next` links); the ETag is a hash of it, so every process on the database
    gives the same response the same ETag. Only 200 responses are kept; errors always reach the
    app. Writes by other processes reach `observe()` through `app.db.VersionWatcher`.

    `answer()` is the same cache used from outside the framework: the app calls it before
    FastAPI's own middleware for requests without an `Origin` (those need CORS headers, added
    by the CORS middleware in front of this one).
    """

    def __init__(
        self,
        app: ASGIApp | None,
        *,
        prefix: str = "/v1/",
        max_bytes: int = MAX_CACHE_BYTES,
        shared: ResponseCache | None = None,
    ) -> None:
        self.app = app
        self.prefix = prefix
        self.store: _ResponseStore = (
            shared.store if shared is not None else _ResponseStore(max_bytes)
        )
        if shared is not None:
            self.prefix = shared.prefix
        _stores.add(self.store)

    def lookup(self, scope: Scope) -> _Lookup | None:
        """The cache's view of a request, or None when it is not a cacheable GET."""
        if (
            scope["type"] != "http"
            or scope["method"] not in ("GET", "HEAD")
            or not scope["path"].startswith(self.prefix)
        ):
            return None
        accept = host = if_none_match = if_modified_since = b""
        origin = False
        for name, value in scope["headers"]:
            if name == b"accept":
                accept = value
            elif name == b"host":
                host = value
            elif name == b"if-none-match":
                if_none_match = value
            elif name == b"if-modified-since":
                if_modified_since = value
            elif name == b"origin":
                origin = True
        key = (token(), scope["path"], scope["query_string"], accept, host)
        last_modified = changed_at()
        validators = [
            (b"etag", make_etag(*key)),
            (b"last-modified", http_date(last_modified)),
            (b"cache-control", CACHE_CONTROL),
            (b"vary", b"Accept"),
        ]
        return _Lookup(
            key,
            validators,
            last_modified,
            if_none_match,
            if_modified_since,
            scope["method"] == "HEAD",
            origin,
        )

    async def answer(self, lookup: _Lookup, send: Send) -> bool:
        """Send a 304 or the cached response when possible; False when the app must answer."""
        # A 304 may only confirm a representation that exists: the ETag is minted on 200s only,
        # so a matching one proves it; a date alone needs the body to exist, checked below.
        if lookup.if_none_match and etag_matches(lookup.if_none_match, lookup.validators[0][1]):
            await _send_not_modified(send, lookup.validators)
            return True
        cached = self.store.get(lookup.key)
        if cached is None:
            return False
        status, headers, body = cached
        if (
            lookup.if_modified_since
            and not lookup.if_none_match
            and not_modified_since(lookup.if_modified_since, lookup.last_modified)
        ):
            await _send_not_modified(send, lookup.validators)
            return True
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": b"" if lookup.head else body})
        return True

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """Serve from the cache, answer 304, or call the app and keep its answer."""
        assert self.app is not None
        lookup = self.lookup(scope)
        if lookup is None:
            await self.app(scope, receive, send)
            return
        if await self.answer(lookup, send):
            return
        await self._call_and_keep(scope, receive, send, lookup.key, lookup.validators, lookup.head)

    async def _call_and_keep(
        self,
        scope: Scope,
        receive: Receive,
        send: Send,
        key: tuple[Any, ...],
        validators: list[tuple[bytes, bytes]],
        head: bool,
    ) -> None:
        """Call the app (HEAD as GET), add validators to a 200, keep a small complete body."""
        assert self.app is not None
        state: dict[str, Any] = {"status": 0, "headers": [], "chunks": [], "size": 0, "keep": False}
        inner_scope = dict(scope, method="GET") if head else scope

        async def capture(message: Message) -> None:
            """Forward the app's messages, adding headers and copying the body."""
            if message["type"] == "http.response.start":
                status = message["status"]
                headers = list(message.get("headers", []))
                if status == 200:
                    names = {name for name, _ in validators}
                    headers = [h for h in headers if h[0] not in names] + validators
                    state["keep"] = True
                state["status"], state["headers"] = status, headers
                await send({**message, "headers": headers})
                return
            if message["type"] == "http.response.body":
                body = message.get("body", b"")
                if state["keep"]:
                    state["size"] += len(body)
                    if state["size"] > MAX_CACHED_BODY:
                        state["keep"], state["chunks"] = False, []
                    else:
                        state["chunks"].append(body)
                    if not message.get("more_body", False) and state["keep"]:
                        self._keep(key, state)
                await send({**message, "body": b""} if head else message)
                return
            await send(message)

        await self.app(inner_scope, receive, capture)

    def _keep(self, key: tuple[Any, ...], state: dict[str, Any]) -> None:
        """Store a finished 200 response with its exact length."""
        body = b"".join(state["chunks"])
        headers = [h for h in state["headers"] if h[0] != b"content-length"]
        headers.append((b"content-length", str(len(body)).encode()))
        self.store.put(key, (state["status"], headers, body))


async def _send_not_modified(send: Send, validators: list[tuple[bytes, bytes]]) -> None:
    """A 304 with the validators and no body."""
    await send({"type": "http.response.start", "status": 304, "headers": validators})
    await send({"type": "http.response.body", "body": b""})
