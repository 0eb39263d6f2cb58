"""Packaging: the wheel carries the actor registry and gazetteer, and the lock file pins every
dependency the Dockerfile installs."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import sysconfig
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_the_wheel_loads_its_registry_with_no_environment(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    # No build isolation: hatchling is a dev dependency, so this needs no network.
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "--wheel-dir",
            str(dist),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = dist.glob("incident_records-*.whl")
    fresh = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(fresh)], check=True)
    python = fresh / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # The dependencies come from this environment (appended after the fresh site-packages, so
    # `app` is the wheel's; the checkout's editable install is not on this path).
    site = Path(
        subprocess.run(
            [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
            check=True,
            capture_output=True,
            text=True,
        ).stdout.strip()
    )
    (site / "deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    env = {k: v for k, v in os.environ.items() if not k.startswith("INCIDENTS_")}
    env.pop("PYTHONPATH", None)
    probe = (
        "import app; from app.core.config import Settings; from app.extract import load_registry;"
        "s = Settings(); r = load_registry(s.data_dir);"
        "print(app.__file__); print(s.data_dir); print(len(r.actors), len(r.places))"
    )
    result = subprocess.run(
        [str(python), "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr
    module, data_dir, counts = result.stdout.strip().splitlines()
    assert module.startswith(str(site))
    assert data_dir == str(site / "app" / "data")
    actors, places = map(int, counts.split())
    assert actors > 50 and places > 10
    # The console script works from anywhere too.
    article = tmp_path / "a.txt"
    article.write_text("CENTCOM said 62 soldiers were killed in the strike.", encoding="utf-8")
    extracted = subprocess.run(
        [str(fresh / "bin" / "incidents"), "extract", str(article)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
    )
    assert extracted.returncode == 0, extracted.stderr
    assert '"centcom"' in extracted.stdout


def test_the_lock_file_pins_every_dependency_with_hashes() -> None:
    lock = (ROOT / "requirements.lock").read_text()
    pinned = {
        m.group(1).lower().replace("_", "-")
        for m in re.finditer(r"^([A-Za-z0-9_.\-]+)==\S+ \\$", lock, re.MULTILINE)
    }
    project = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]
    for requirement in project["dependencies"]:
        name = re.match(r"[A-Za-z0-9_.\-]+", requirement).group(0).lower()  # type: ignore[union-attr]
        assert name in pinned, f"{name} is not in requirements.lock: run uv pip compile (README)"
    assert lock.count("--hash=sha256:") >= len(pinned)
    assert "--require-hashes -r requirements.lock" in (ROOT / "Dockerfile").read_text()
