# incident-records API: serves the seed documents over SQLite unless INCIDENTS_DATABASE_URL says otherwise.
# The base images are not pinned by digest: Docker Hub was out of reach where this was written;
# pin them with `docker buildx imagetools inspect IMAGE` (FROM python:3.11-slim@sha256:...).

# The dashboard (web/): npm packages from the lock file, bundled into static files.
FROM node:20-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund --loglevel=error
COPY web/build.mjs ./
COPY web/src/ ./src/
RUN node build.mjs

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    INCIDENTS_DATA_DIR=/app/data \
    INCIDENTS_DOCUMENTS_DIR=/app/data/documents \
    INCIDENTS_DATABASE_URL=sqlite:////app/var/incidents.db \
    INCIDENTS_WEB_DIR=/app/web/dist

RUN groupadd --gid 10001 incidents \
    && useradd --create-home --uid 10001 --gid 10001 --shell /usr/sbin/nologin incidents

WORKDIR /app

# Exact, hash-checked versions from the lock file (uv pip compile), then the project itself.
COPY requirements.lock ./
RUN pip install --no-cache-dir --require-hashes -r requirements.lock

COPY pyproject.toml README.md alembic.ini ./
COPY app/ ./app/
COPY data/ ./data/
RUN pip install --no-cache-dir --no-deps . \
    && mkdir -p /app/var \
    && chown 10001:10001 /app/var

COPY --from=web /web/dist/ ./web/dist/

USER 10001:10001

EXPOSE 8000

HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
    CMD ["python", "-c", "import urllib.request; urllib.request.urlopen('http://127.0.0.1:8000/healthz', timeout=4)"]

CMD ["incidents", "serve", "--host", "0.0.0.0", "--port", "8000"]
