"""Schrijft overzichten en meldingen naar de terminal: rich in een terminal, platte tekst in een pijp.

Alleen de CLI gebruikt deze module; de bibliotheek zelf print nooit.
"""

from __future__ import annotations

import errno
import json
import os
import sys
from typing import IO, Any

from trainingsplanner.fouten import InvoerFout, Probleem, zichtbaar
from trainingsplanner.opmaak import aantal

STANDAARDUITVOER = "standaarduitvoer"
"""Hoe een melding stdout noemt (`plan generate --out - > bestand`)."""


class UitvoerFout(InvoerFout):
    """Schrijven naar stdout mislukt (schijf vol, `> /dev/full`): exit 2, geen traceback.

    `gesloten`: de lezer aan de andere kant van een pijp is gestopt (`plan … | head`); dat
    is geen fout van `plan` en krijgt geen melding.
    """

    gesloten = False
    gemeld = False


class BewaakteUitvoer:
    """stdout, waarbij een fout van het besturingssysteem een `UitvoerFout` wordt.

    `plan … > /dev/full` of een volle schijf geeft zo een Nederlandse melding met exit 2. Na
    de eerste fout gaat de rest van de uitvoer (ook wat Python bij het afsluiten nog wil
    wegschrijven) naar het niets, zodat er niet nog een Engelse melding achteraan komt.
    """

    def __init__(self, stroom: IO[str]) -> None:
        self._stroom = stroom
        self.fout: UitvoerFout | None = None
        """De eerste fout; ook als een bibliotheek hem heeft ingeslikt, meldt de ingang hem."""

    @property
    def mislukt(self) -> bool:
        return self.fout is not None

    def write(self, tekst: str) -> int:
        if self.mislukt or tekst == "":
            return len(tekst)
        try:
            return self._stroom.write(tekst)
        except OSError as fout:
            raise self._fout(fout) from None

    def flush(self) -> None:
        if self.mislukt:
            return
        try:
            self._stroom.flush()
        except OSError as fout:
            raise self._fout(fout) from None

    def __getattr__(self, naam: str) -> Any:
        return getattr(self._stroom, naam)

    def _fout(self, fout: OSError) -> UitvoerFout:
        from trainingsplanner.fouten import os_bericht

        try:  # wat nog in de buffer staat, gaat bij het afsluiten naar /dev/null
            leeg = os.open(os.devnull, os.O_WRONLY)
            os.dup2(leeg, self._stroom.fileno())
            os.close(leeg)
        except (OSError, ValueError, AttributeError):
            pass
        bericht = f"schrijven mislukt: {os_bericht(fout)}"
        uit = UitvoerFout([Probleem(STANDAARDUITVOER, 0, 0, "", bericht)], onderwerp="de uitvoer")
        uit.gesloten = fout.errno == errno.EPIPE
        self.fout = uit
        return uit


def schrijf_uit(tekst: str) -> None:
    """Tekst naar stdout; stuurtekens uit invoer (behalve regeleinde en tab) zichtbaar gemaakt."""
    sys.stdout.write(zichtbaar(tekst, behoud="\n\t"))


def schrijf_fout(tekst: str) -> None:
    """Als `schrijf_uit`, naar stderr (meldingen, samenvattingen, voortgang)."""
    sys.stderr.write(zichtbaar(tekst, behoud="\n\t"))


def is_terminal() -> bool:
    return sys.stdout.isatty()


def print_json(data: Any) -> None:
    """JSON op stdout; stuurtekens staan daarin al als escape (`\\u001b`)."""
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


SMAL = 100
"""Onder deze breedte (tekens) worden tabellen met meer dan twee kolommen gestapeld."""


def print_tabel(titel: str, kolommen: list[str], rijen: list[list[str]]) -> None:
    """Rich-tabel in een terminal; tab-gescheiden regels (met kopregel) als de uitvoer een pijp is.

    In een smalle terminal (< 100 tekens) krijgt elke rij een eigen blok (de code vet, daaronder
    `kolom: waarde`), zodat namen niet tot een paar letters worden samengeperst. Tekst uit de
    catalogus of het profiel wordt nooit als rich-opmaak gelezen.
    """
    if not is_terminal():
        regels = ["\t".join(kolommen), *("\t".join(_vlak(c) for c in rij) for rij in rijen)]
        schrijf_uit("\n".join(regels) + "\n")
        return
    from rich.console import Console
    from rich.table import Table
    from rich.text import Text

    console = Console()
    if console.width < SMAL and len(kolommen) > 2:
        console.print(Text(titel, style="bold"))
        for rij in rijen:
            console.print()
            console.print(Text(zichtbaar(rij[0]), style="bold"))
            for kolom, cel in zip(kolommen[1:], rij[1:], strict=True):
                if cel:
                    console.print(Text(f"  {kolom}: {zichtbaar(cel)}"))
        return
    tabel = Table(title=titel, show_lines=False, header_style="bold")
    for i, kolom in enumerate(kolommen):
        # De eerste kolom is de code die je intypt (plan catalogus toon ID): nooit afbreken.
        tabel.add_column(kolom, overflow="fold", no_wrap=i == 0)
    for rij in rijen:
        tabel.add_row(*(Text(zichtbaar(c)) for c in rij))
    console.print(tabel)


MAX_GEMELD = 100
"""Zoveel problemen komen er op het scherm; bij een profiel met 5.000 fouten helpt de rest niet.
Lezers die zelf vroeg stoppen (de leerdoelwijzer na 50) blijven daar ruim onder."""


def print_problemen(problemen: list[Probleem], onderwerp: str) -> None:
    """De problemen naar stderr (hoogstens `MAX_GEMELD`), gevolgd door één samenvattende regel."""
    for probleem in problemen[:MAX_GEMELD]:
        sys.stderr.write(probleem.tekst() + "\n")
    if len(problemen) > MAX_GEMELD:
        rest = len(problemen) - MAX_GEMELD
        sys.stderr.write(f"… en {aantal(rest, 'probleem', 'problemen')} meer.\n")
    sys.stderr.write(
        f"{aantal(len(problemen), 'probleem', 'problemen')} gevonden in {onderwerp}.\n"
    )


def _vlak(tekst: str) -> str:
    return tekst.replace("\t", " ").replace("\n", " ")
