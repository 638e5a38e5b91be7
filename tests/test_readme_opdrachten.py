"""De README werkt van boven af: elk `console`-blok draait, in een verse kopie van de repository.

Issue 12 (acceptatie): wie de README letterlijk volgt, krijgt wat er staat. De test kopieert de
bestanden die git kent (een schone checkout: geen gemaakte uitvoer, geen .venv) naar een
tijdelijke map en voert de blokken na elkaar uit in één werkmap, zoals een gebruiker:

- `$ opdracht` is een opdracht (bash, met `plan` van deze installatie in het PATH); `cd`
  verandert de werkmap voor de volgende opdrachten;
- `# exit N` aan het eind van de opdracht is de verwachte exit code; anders 0;
- elke getoonde uitvoerregel moet in die volgorde in de uitvoer (stdout en stderr samen)
  staan; witruimte telt niet (een tabel mag met spaties, de pijp geeft tabs), `…` slaat
  uitvoer over en `tekst …` is het begin van een regel.

De datum staat vast (SOURCE_DATE_EPOCH, 28 november 2026), zoals in de voorbeelden.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.conftest import REPO, ontbreekt

pytestmark = pytest.mark.slow

README = REPO / "README.md"
DATUM = "1795824000"  # 2026-11-28 00:00 UTC
_BLOK = re.compile(r"^```console\n(.*?)^```", re.MULTILINE | re.DOTALL)
_EXIT = re.compile(r"\s+#\s*exit\s+(\d+)\s*$")


@dataclass
class Opdracht:
    regel: str
    exit: int = 0
    verwacht: list[str] = field(default_factory=list)


def opdrachten(tekst: str) -> list[Opdracht]:
    """Alle opdrachten uit de console-blokken, met hun verwachte exit code en regels."""
    uit: list[Opdracht] = []
    for blok in _BLOK.findall(tekst):
        for regel in blok.splitlines():
            if regel.startswith("$ "):
                opdracht = regel[2:]
                gevonden = _EXIT.search(opdracht)
                code = int(gevonden.group(1)) if gevonden else 0
                uit.append(Opdracht(_EXIT.sub("", opdracht), code))
            elif uit and regel.strip():
                uit[-1].verwacht.append(regel)
    return uit


def _gewoon(regel: str) -> str:
    return " ".join(regel.split())


def ontbrekende_regels(verwacht: list[str], uitvoer: str) -> list[str]:
    """De verwachte regels die niet (op volgorde) in de uitvoer staan."""
    echt = [_gewoon(r) for r in uitvoer.splitlines()]
    positie = 0
    mist = []
    for regel in verwacht:
        if regel.strip() == "…":
            continue
        begin = regel.rstrip().endswith("…")
        gezocht = _gewoon(regel.rstrip().removesuffix("…"))
        for i in range(positie, len(echt)):
            if echt[i].startswith(gezocht) if begin else echt[i] == gezocht:
                positie = i + 1
                break
        else:
            mist.append(regel)
    return mist


def schone_kopie(doel: Path) -> Path:
    """De bestanden die git kent, zoals ze nu in de werkmap staan."""
    if shutil.which("git") is None or not (REPO / ".git").exists():
        ontbreekt("een git-checkout", "draai de tests in een kloon van de repository")
    namen = subprocess.run(
        ["git", "-C", str(REPO), "ls-files", "-z"], capture_output=True, check=True
    ).stdout.split(b"\0")
    for naam in filter(None, namen):
        bron = REPO / os.fsdecode(naam)
        if bron.is_file():
            (doel / os.fsdecode(naam)).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(bron, doel / os.fsdecode(naam))
    return doel


def test_de_opdrachten_in_de_readme_werken(tmp_path: Path) -> None:
    lijst = opdrachten(README.read_text(encoding="utf-8"))
    assert len(lijst) >= 10, "de README hoort de opdrachten van een sessie te tonen"
    map = schone_kopie(tmp_path / "repo")
    omgeving = {
        **os.environ,
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
        "SOURCE_DATE_EPOCH": DATUM,
        "PYTHONUNBUFFERED": "1",
        "COLUMNS": "120",
    }
    fouten = []
    for opdracht in lijst:
        if opdracht.regel.startswith("cd "):
            map = (map / opdracht.regel[3:].strip()).resolve()
            continue
        gedaan = subprocess.run(
            ["bash", "-c", opdracht.regel],
            cwd=map,
            env=omgeving,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
        )
        if gedaan.returncode != opdracht.exit:
            fouten.append(
                f"$ {opdracht.regel}: exit {gedaan.returncode}, verwacht {opdracht.exit}\n"
                f"{gedaan.stdout[-2000:]}"
            )
            continue
        mist = ontbrekende_regels(opdracht.verwacht, gedaan.stdout)
        if mist:
            fouten.append(
                f"$ {opdracht.regel}: deze regels ontbreken (of staan niet op volgorde):\n"
                + "\n".join(mist)
                + f"\n--- uitvoer ---\n{gedaan.stdout[-3000:]}"
            )
    assert not fouten, "\n\n".join(fouten)


def test_de_vergelijking_kan_falen() -> None:
    """De test hierboven ziet een ontbrekende, een verwisselde en een afwijkende regel."""
    uitvoer = "Geschreven: x.html\nid\ttitel\nstap1-a\tTitel A\nslot\n"
    assert ontbrekende_regels(["Geschreven: x.html", "…", "stap1-a  Titel A"], uitvoer) == []
    assert ontbrekende_regels(["slot", "Geschreven: x.html"], uitvoer) == ["Geschreven: x.html"]
    assert ontbrekende_regels(["Geschreven: y.html"], uitvoer) == ["Geschreven: y.html"]
    assert ontbrekende_regels(["Geschreven: …"], uitvoer) == []
    assert ontbrekende_regels(["Geschreven"], uitvoer) == ["Geschreven"]


def test_opdrachten_lezen_exit_codes_en_regels() -> None:
    tekst = "```console\n$ cd x\n$ plan generate a.yaml   # exit 1\nregel\n\n…\n```\n"
    gelezen = opdrachten(tekst)
    assert [(o.regel, o.exit, o.verwacht) for o in gelezen] == [
        ("cd x", 0, []),
        ("plan generate a.yaml", 1, ["regel", "…"]),
    ]
