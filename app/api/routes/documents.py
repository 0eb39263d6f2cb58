"""Documents: the articles claims were read from, and those that failed to load."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path
from sqlmodel import col, func, select

from app.api.deps import PagingDep
from app.api.problems import ProblemException, problem_responses
from app.db import SessionDep
from app.models import Document, DocumentPublic, DocumentPublicWithText, DocumentsPublic

router = APIRouter(prefix="/documents", tags=["documents"], responses=problem_responses(422, 500))

DocumentId = Annotated[str, Path(description="Document id.", examples=["doc_f236ada43775"])]


@router.get("", response_model=DocumentsPublic)
def read_documents(session: SessionDep, paging: PagingDep) -> Any:
    """List documents (without their text), newest publication first."""
    total = session.exec(select(func.count()).select_from(Document)).one()
    documents = session.exec(
        select(Document)
        .order_by(
            col(Document.published_on).is_(None),
            col(Document.published_on).desc(),
            col(Document.id),
        )
        .offset(paging.offset)
        .limit(paging.limit)
    ).all()
    return DocumentsPublic(
        items=[DocumentPublic.model_validate(d) for d in documents],
        total=total,
        limit=paging.limit,
        offset=paging.offset,
    )


@router.get(
    "/{document_id}", response_model=DocumentPublicWithText, responses=problem_responses(404)
)
def read_document(session: SessionDep, document_id: DocumentId) -> Any:
    """Get one document with the text that claim spans point into."""
    document = session.get(Document, document_id)
    if document is None:
        raise ProblemException(404, f"No document with id {document_id!r}.")
    return document
