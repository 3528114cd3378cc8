"""Start-up and scale-out: what --version loads, and a Dask cluster giving the local run's bytes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import DEV, SAMPLES, run_statx

HEAVY = ("underthesea", "pandas", "trafilatura", "charset_normalizer", "typer", "rich")


def _modules_after(code: str) -> set[str]:
    probe = f"import sys\n{code}\nprint(' '.join(sorted(m for m in {HEAVY!r} if m in sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=60)
    return set(done.stdout.splitlines()[-1].split()) if done.stdout.strip() else set()


def test_version_loads_nothing_heavy() -> None:
    code = "sys.argv = ['statx', '--version']\nfrom statx._entry import main\nmain()\nprint()"
    assert _modules_after(code) == set()


def test_extracting_plain_text_loads_no_pandas_trafilatura_or_underthesea() -> None:
    sample = SAMPLES / "bao-ve-nen-tang-tu-tuong.txt"
    code = f"from statx.batch import process_input\nprocess_input({str(sample)!r})"
    assert _modules_after(code) == set()


def test_library_import_is_lazy() -> None:
    assert _modules_after("import statx") == set()


def test_dask_local_cluster_gives_the_local_run_byte_for_byte(tmp_path: Path) -> None:
    pytest.importorskip("distributed", reason="Dask is the optional extra statx[dask]")
    inputs = [str(SAMPLES / "bao-ve-nen-tang-tu-tuong.txt")]
    if DEV.exists():
        inputs += sorted(str(p) for p in DEV.glob("*.txt"))
    inputs.append(str(tmp_path / "missing.txt"))
    local = run_statx("extract", "-f", "csv", "--jobs", "1", *inputs)
    dask = run_statx("extract", "-f", "csv", "--scheduler", "local", *inputs)
    assert dask.returncode == local.returncode == 1
    assert dask.stdout == local.stdout
    assert dask.stderr.decode().splitlines()[-1] == local.stderr.decode().splitlines()[-1]
    assert local.stdout.count(b"\n") > 10


def test_missing_dask_is_a_clear_message() -> None:
    code = (
        "import sys, builtins\n"
        "real = builtins.__import__\n"
        "def fake(name, *a, **k):\n"
        "    if name.startswith(('dask', 'distributed')): raise ImportError(name)\n"
        "    return real(name, *a, **k)\n"
        "builtins.__import__ = fake\n"
        "sys.argv = ['statx', 'extract', '--scheduler', 'local', '-']\n"
        "from statx._entry import main\n"
        "main()\n"
    )
    done = subprocess.run([sys.executable, "-c", code], input="Có 5 người.", capture_output=True, text=True, timeout=60)
    assert done.returncode == 1
    assert done.stderr.strip() == "statx: --scheduler needs dask.distributed: pip install 'statx[dask]'"
