"""Ingang van `plan`: `--version` en `--help` zonder typer te laden, al het andere via cli/app.py.

Een coördinator die `plan --help` typt, wacht anders op het laden van typer (zo'n 100 ms op
een kleine machine). De hulptekst staat in `hulptekst.py`; een test houdt hem gelijk aan wat
typer zelf zou tonen (bijwerken met `make golden`).
"""

from __future__ import annotations

import os
import sys
from typing import NoReturn

HULPVRAGEN: tuple[list[str], ...] = ([], ["-h"], ["--help"], ["help"])
"""`plan`, `plan -h`, `plan --help` en `plan help` geven allemaal de hulp van plan."""


def main() -> None:
    argumenten = sys.argv[1:]
    if "_PLAN_COMPLETE" in os.environ:  # aanvullen met Tab: dat doet typer
        argumenten = ["(aanvullen)"]
    if argumenten == ["--version"]:
        from trainingsplanner import __version__

        _schrijf(f"plan (trainingsplanner) {__version__}\n")
        return
    if argumenten in HULPVRAGEN:
        from trainingsplanner.cli.hulptekst import HULP

        _schrijf(HULP)
        return
    # Een programma voor honderden teams maakt honderdduizenden kleine objecten, zonder kringen
    # (gemeten: de eerste ronde van de garbage collector vond 628 objecten, de volgende niets).
    # Zijn rondes kostten bij 600 teams toch ~0,12 s (bench/README.md). `plan` is een
    # kortlevend proces: het geheugen komt vrij met de verwijzingen, of bij het stoppen. Alleen
    # een lange opdracht (een map met profielen) zet hem weer aan (cli/generate.py).
    import gc

    from trainingsplanner.cli import proces

    proces.KORTLEVEND = True
    gc.disable()
    proces.houd_geheugen_vast()
    # pydantic zoekt bij het eerste model naar plug-ins via de pakketmetadata (importlib.metadata,
    # ~20 ms per run); `plan` gebruikt er geen. Wie er wel een wil, zet de variabele zelf.
    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    proces.sla_pluginzoeker_over()
    from trainingsplanner.cli.ingang import main as volledig

    try:
        volledig()
    except SystemExit as einde:
        _sluit_af(einde)


def _sluit_af(einde: SystemExit) -> NoReturn:
    """Stop met de exit code van de opdracht, zonder de interpreter op te ruimen.

    Na een programma voor 600 teams ruimt Python bij het afsluiten honderdduizenden objecten
    één voor één op (~40 ms); het besturingssysteem geeft het geheugen in één keer terug.
    Alleen als niets meer hoeft te gebeuren: uitvoer geschreven, geen `atexit`-taken, geen
    andere threads; anders sluit Python gewoon af.
    """
    import atexit
    import threading

    code = einde.code
    taken = getattr(atexit, "_ncallbacks", lambda: 1)()
    if not isinstance(code, int) or taken or threading.active_count() != 1:
        raise einde
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except Exception:
        raise einde from None
    os._exit(code)


def _schrijf(tekst: str) -> None:
    """Naar stdout; lukt dat niet (`> /dev/full`), dan de gewone melding met exit 2."""
    from trainingsplanner.cli.uitvoer import BewaakteUitvoer, UitvoerFout

    uitvoer = BewaakteUitvoer(sys.stdout)
    try:
        uitvoer.write(tekst)
        uitvoer.flush()
    except UitvoerFout as fout:
        from trainingsplanner.cli.rand import meld

        sys.exit(meld(fout))
