"""De wheel bevat de catalogus en de sjablonen, zodat `plan` vanuit elke map werkt.

Markering `slow`: een wheel bouwen met pip (alleen `make test`).
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import DATA, REPO

pytestmark = pytest.mark.slow


def test_wheel_bevat_data_en_sjablonen(tmp_path: Path) -> None:
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "-q",
            "-w",
            str(tmp_path),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (wiel,) = tmp_path.glob("trainingsplanner-*.whl")
    namen = set(zipfile.ZipFile(wiel).namelist())
    for bestand in DATA.glob("*.yaml"):
        assert f"trainingsplanner/data/{bestand.name}" in namen
    assert any(n.startswith("trainingsplanner/templates/") for n in namen)
    assert "trainingsplanner/py.typed" in namen
