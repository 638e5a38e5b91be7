"""Niets gaat verloren: atomair schrijven, nooit ongevraagd overschrijven, ook niet bij een kill."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from trainingsplanner.bestanden.schrijven import schrijf
from trainingsplanner.fouten import InvoerFout


def test_nieuw_bestand(tmp_path: Path) -> None:
    schrijf(tmp_path / "a.md", "hallo\n")
    assert (tmp_path / "a.md").read_text(encoding="utf-8") == "hallo\n"
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


def test_nooit_overschrijven_zonder_force(tmp_path: Path) -> None:
    doel = tmp_path / "a.md"
    doel.write_text("oud", encoding="utf-8")
    with pytest.raises(InvoerFout) as fout:
        schrijf(doel, "nieuw")
    assert "bestand bestaat al; gebruik --force" in fout.value.problemen[0].bericht
    assert doel.read_text(encoding="utf-8") == "oud"
    doel.chmod(0o600)
    schrijf(doel, "nieuw", overschrijven=True)
    assert doel.read_text(encoding="utf-8") == "nieuw"
    assert doel.stat().st_mode & 0o777 == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["a.md"]


@pytest.mark.parametrize(
    ("pad", "melding"),
    [("map", "dit is een map; geef een bestandsnaam op"), ("nergens/a.md", "bestaat niet")],
)
def test_onmogelijke_doelen(tmp_path: Path, pad: str, melding: str) -> None:
    (tmp_path / "map").mkdir()
    with pytest.raises(InvoerFout) as fout:
        schrijf(tmp_path / pad, "x", overschrijven=True)
    assert melding in fout.value.problemen[0].bericht


KIND = """
import os, sys, time
from pathlib import Path
from trainingsplanner.bestanden import schrijven

def traag(descriptor):
    Path(sys.argv[2]).write_text("bezig")
    time.sleep(30)

schrijven.os.fsync = traag
schrijven.schrijf(Path(sys.argv[1]), "NIEUW " * 100000, overschrijven=True)
"""


def test_kill_tijdens_schrijven_laat_het_oude_bestand_heel(tmp_path: Path) -> None:
    doel = tmp_path / "programma.md"
    doel.write_text("het oude programma\n", encoding="utf-8")
    teken = tmp_path / "bezig"
    kind = subprocess.Popen([sys.executable, "-c", KIND, str(doel), str(teken)])
    einde = time.monotonic() + 30
    while not teken.exists() and time.monotonic() < einde:
        time.sleep(0.05)
    assert teken.exists(), "het kindproces kwam niet tot schrijven"
    os.kill(kind.pid, signal.SIGKILL)
    kind.wait(timeout=10)
    assert doel.read_text(encoding="utf-8") == "het oude programma\n"
    tijdelijk = [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")]
    assert all(n.startswith(".programma.md.") for n in tijdelijk)
