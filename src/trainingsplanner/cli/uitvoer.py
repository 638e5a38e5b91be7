"""Schrijft overzichten en meldingen naar de terminal: rich in een terminal, platte tekst in een pijp.

Alleen de CLI gebruikt deze module; de bibliotheek zelf print nooit.
"""

from __future__ import annotations

import json
import sys
from typing import Any

from trainingsplanner.fouten import Probleem, zichtbaar


def schrijf_uit(tekst: str) -> None:
    """Tekst naar stdout; stuurtekens uit invoer (behalve regeleinde en tab) zichtbaar gemaakt."""
    sys.stdout.write(zichtbaar(tekst, behoud="\n\t"))


def schrijf_fout(tekst: str) -> None:
    """Als `schrijf_uit`, naar stderr (meldingen, samenvattingen, voortgang)."""
    sys.stderr.write(zichtbaar(tekst, behoud="\n\t"))


def is_terminal() -> bool:
    return sys.stdout.isatty()


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


def print_tabel(titel: str, kolommen: list[str], rijen: list[list[str]]) -> None:
    """Rich-tabel in een terminal; tab-gescheiden regels (met kopregel) als de uitvoer een pijp is."""
    if not is_terminal():
        regels = ["\t".join(kolommen), *("\t".join(_vlak(c) for c in rij) for rij in rijen)]
        sys.stdout.write("\n".join(regels) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    tabel = Table(title=titel, show_lines=False, header_style="bold")
    for i, kolom in enumerate(kolommen):
        # De eerste kolom is de code die je intypt (plan catalogus toon ID): nooit afbreken.
        tabel.add_column(kolom, overflow="fold", no_wrap=i == 0)
    for rij in rijen:
        tabel.add_row(*rij)
    Console().print(tabel)


def print_problemen(problemen: list[Probleem], onderwerp: str) -> None:
    """Alle problemen samen naar stderr, gevolgd door één samenvattende regel."""
    for probleem in problemen:
        sys.stderr.write(probleem.tekst() + "\n")
    aantal = len(problemen)
    woord = "probleem" if aantal == 1 else "problemen"
    sys.stderr.write(f"{aantal} {woord} gevonden in {onderwerp}.\n")


def _vlak(tekst: str) -> str:
    return tekst.replace("\t", " ").replace("\n", " ")
