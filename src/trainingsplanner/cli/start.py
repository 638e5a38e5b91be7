"""Ingang van `plan`: `--version` en `--help` zonder typer te laden, al het andere via cli/app.py.

Een coördinator die `plan --help` typt, wacht anders op het laden van typer (zo'n 100 ms op
een kleine machine). De hulptekst staat in `hulptekst.py`; een test houdt hem gelijk aan wat
typer zelf zou tonen (bijwerken met `make golden`).
"""

from __future__ import annotations

import sys


def main() -> None:
    argumenten = sys.argv[1:]
    if argumenten == ["--version"]:
        from trainingsplanner import __version__

        sys.stdout.write(f"plan (trainingsplanner) {__version__}\n")
        return
    if argumenten == ["--help"]:
        from trainingsplanner.cli.hulptekst import HULP

        sys.stdout.write(HULP)
        return
    # Een programma voor honderden teams maakt honderdduizenden kleine objecten; de standaard
    # drempels van de garbage collector kostten daarbij 20–35% van de rekentijd (bench/README.md).
    # `plan` is een kortlevend proces: minder vaak opruimen is hier veilig.
    import gc

    gc.set_threshold(100_000, 50, 100)
    # pydantic zoekt bij het eerste model naar plug-ins via de pakketmetadata (importlib.metadata,
    # ~15 ms per run); `plan` gebruikt er geen. Wie er wel een wil, zet de variabele zelf.
    import os

    os.environ.setdefault("PYDANTIC_DISABLE_PLUGINS", "__all__")
    from trainingsplanner.cli.app import main as volledig

    volledig()
