"""Issue 15: twee coördinatoren tegelijk verliezen niets, en `kill -9` midden in een import
laat de database zoals hij was. Echte processen op een echt bestand.
"""

from __future__ import annotations

import datetime as dt
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.test_uitvoering_hulp import GROOT, HR_GESPREKKEN, REPO, plan, profiel

pytestmark = pytest.mark.slow

VASTLEGGER = r"""
import datetime as dt, os, sys, time
from pathlib import Path
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.fouten import Probleem
from trainingsplanner.uitvoering import bron
from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.vastleggen import vastleggen

profiel, db, start, aantal = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3]), int(sys.argv[4])
onderdelen = bron.laad(profiel, laad_catalogus(None)).onderdelen
sessie = Sessie("stap4-balie-hr-gesprek-j1", 0, dt.date(2027, 3, 1), "gegeven", 1)
Path(f"{start}.{os.getpid()}").touch()  # klaar om te beginnen
while not start.exists():
    time.sleep(0.001)
begin = time.perf_counter()
for _ in range(aantal):  # zoals `plan uitvoering record` zonder --sessie: de eerste vrije sessie
    assert vastleggen(db, onderdelen, sessie, lambda v, b: Probleem(v, 0, 0, "", b)).soort == "nieuw"
sys.stdout.write(f"{time.perf_counter() - begin:.2f}\n")
"""

ONDERBROKEN = r"""
import sys, time
from pathlib import Path
from trainingsplanner.uitvoering import opslag

verbind, schrijf = opslag._verbind, opslag.Transactie.zet_sessies

def klein_geheugen(doel, naam):  # pagina's gaan al vóór de commit naar het WAL-bestand
    verbinding = verbind(doel, naam)
    verbinding.execute("PRAGMA cache_size = 8")
    return verbinding

def halverwege(self, sessies):
    lijst = list(sessies)
    schrijf(self, lijst[: len(lijst) // 2])
    Path(sys.argv[1]).write_text("halverwege", encoding="utf-8")
    time.sleep(300)
    schrijf(self, lijst[len(lijst) // 2 :])

opslag._verbind, opslag.Transactie.zet_sessies = klein_geheugen, halverwege
from tests.test_uitvoering_hulp import APP
APP(["uitvoering", "import", *sys.argv[2:]], prog_name="plan")
"""


def _python(script: str, *argumenten: str | Path) -> subprocess.Popen[str]:
    omgeving = {**os.environ, "PYTHONPATH": str(REPO), "SOURCE_DATE_EPOCH": "1830000000"}
    return subprocess.Popen(
        [sys.executable, "-c", script, *map(str, argumenten)],
        cwd=REPO,
        env=omgeving,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _alles(db: Path) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as ruw:
        return ruw.execute("SELECT * FROM sessie ORDER BY onderdeel, nummer").fetchall()


def test_15_twee_processen_die_tegelijk_vastleggen_verliezen_niets(tmp_path: Path) -> None:
    gemeente = profiel(tmp_path, GROOT, "groot.yaml")
    db, start = tmp_path / "groot.uitvoering.sqlite", tmp_path / "start"
    werkers = [_python(VASTLEGGER, gemeente, db, start, "200") for _ in range(2)]
    begin = time.perf_counter()
    while len(list(tmp_path.glob("start.*"))) < 2:  # beide hebben het programma geladen
        assert time.perf_counter() - begin < 60 and all(w.poll() is None for w in werkers)
        time.sleep(0.01)
    assert not db.exists()  # ze maken de database ook tegelijk aan
    start.touch()
    uitslagen = [w.communicate(timeout=120) for w in werkers]
    for werker, (_, fout) in zip(werkers, uitslagen, strict=True):
        assert werker.returncode == 0, fout
    rijen = _alles(db)
    assert [r[1] for r in rijen] == list(range(1, 401)), "een sessie verloren of dubbel"
    assert {r[0] for r in rijen} == {"stap4-balie-hr-gesprek-j1"}
    tijden = [float(uit) for uit, _ in uitslagen]
    assert max(tijden) < 60, tijden


def test_15_kill_9_midden_in_een_import_laat_de_database_zoals_hij_was(in_tmp: Path) -> None:
    gemeente = profiel(in_tmp, GROOT, "groot.yaml")
    db = in_tmp / "groot.uitvoering.sqlite"
    kop = "onderdeel;sessie;datum;gegeven;deelnemers_aanwezig\n"
    (in_tmp / "eerst.csv").write_text(
        kop + "".join(f"{HR_GESPREKKEN[0]};{n};01-03-2027;nee;\n" for n in range(1, 101)),
        encoding="utf-8",
    )
    assert (
        plan("import", "eerst.csv", "--gemeente", gemeente, vandaag=dt.date(2028, 1, 1)).exit_code
        == 0
    )
    voor = _alles(db)
    groot = in_tmp / "groot.csv"
    groot.write_text(
        kop
        + "".join(
            f"{HR_GESPREKKEN[i // 2000]};{i % 2000 + 1};01-03-2027;ja;1\n" for i in range(10_000)
        ),
        encoding="utf-8",
    )
    teken = in_tmp / "halverwege"
    importeur = _python(ONDERBROKEN, teken, groot, "--gemeente", gemeente, "--db", db)
    begin = time.perf_counter()
    while not teken.exists():
        assert importeur.poll() is None, importeur.communicate()
        assert time.perf_counter() - begin < 60
        time.sleep(0.01)
    with sqlite3.connect(db, timeout=0) as ander, pytest.raises(sqlite3.OperationalError):
        ander.execute(
            "BEGIN IMMEDIATE"
        )  # de import houdt de database vast: midden in de transactie
    assert Path(f"{db}-wal").stat().st_size > 100_000  # de halve import staat al in het WAL
    importeur.send_signal(signal.SIGKILL)
    importeur.communicate(timeout=30)
    assert importeur.returncode == -signal.SIGKILL
    assert _alles(db) == voor
    with sqlite3.connect(db) as ruw:
        assert ruw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    # Daarna gaat dezelfde import gewoon: 100 gewijzigd, 9.900 nieuw.
    opnieuw = plan("import", groot, "--gemeente", gemeente, vandaag=dt.date(2028, 1, 1))
    assert opnieuw.exit_code == 0, opnieuw.output
    assert "Samen: 9900 nieuw, 100 gewijzigd, 0 ongewijzigd." in opnieuw.stdout
    assert len(_alles(db)) == 10_000
