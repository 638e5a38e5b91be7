"""Van profielbestand naar tekst in een formaat: de bibliotheekfunctie achter `plan generate`."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, TypeGuard

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine import Basisplan, basisplan, dagregels, stel_samen, voltooi
from trainingsplanner.engine.herplannen import Uitvoering
from trainingsplanner.formaat import Formaat as Formaat  # ook hier te importeren (tests, bench)
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.profiel.lezen import GelezenProfiel, lees_profiel
from trainingsplanner.programma import Programma

Programmaformaat = Formaat | Literal["md", "json", "html", "xlsx", "docx", "ics"]
"""Een formaat van het programma; vanuit Python mag ook de naam als tekst ("html")."""
EXTENSIE: dict[Formaat, str] = {
    Formaat.md: ".md",
    Formaat.json: ".json",
    Formaat.html: ".html",
    Formaat.xlsx: ".xlsx",
    Formaat.docx: ".docx",
    Formaat.ics: ".ics",
}


def vandaag() -> dt.date:
    """De datum op het document; SOURCE_DATE_EPOCH maakt hem reproduceerbaar (golden files)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC).date()
    return dt.date.today()


@dataclass(frozen=True)
class Gegenereerd:
    profiel: Path
    programma: Programma
    tekst: str | bytes
    """Tekst, of bytes bij een binair formaat (xlsx, docx) en bij json (UTF-8)."""
    waarschuwingen: list[Probleem]
    """Over het profiel, met plek (startdatum voorbij, vreemd dagtarief)."""
    formaat: Formaat | None = None

    @property
    def als_tekst(self) -> str:
        """Het document als tekst (md, json, html); een fout bij een binair formaat."""
        if isinstance(self.tekst, bytes):
            if self.formaat is not Formaat.json:
                raise TypeError("dit formaat is binair (xlsx, docx), geen tekst")
            return self.tekst.decode("utf-8")
        return self.tekst


def render(
    programma: Programma,
    cat: Catalogus,
    formaat: Programmaformaat,
    datum: dt.date,
    team: str | None = None,
) -> str | bytes:
    """Het programma in een formaat: tekst, of bytes bij xlsx, docx en json (UTF-8); `team`
    (alleen bij ics) geeft de agenda van één team."""
    formaat = _programmaformaat(formaat)
    if formaat is Formaat.ics:
        from trainingsplanner.render import ics

        return ics.render(programma, cat, datum, team)
    if formaat is Formaat.xlsx:
        from trainingsplanner.render import xlsx

        return xlsx.render(programma, cat, datum)
    if formaat is Formaat.docx:
        from trainingsplanner.render import docx

        return docx.render(programma, cat, datum)
    if formaat is Formaat.json:
        from trainingsplanner.render import json_uitvoer

        return json_uitvoer.render(programma)
    if formaat is Formaat.html:
        from trainingsplanner.render import html

        return html.render(programma, cat, datum)
    from trainingsplanner.render import markdown

    return markdown.render(programma, cat, datum)


def genereer(
    profielpad: Path,
    cat: Catalogus,
    formaat: Programmaformaat,
    datum: dt.date,
    team: str | None = None,
    uitvoering: Uitvoering | None = None,
) -> Gegenereerd:
    """Lees het profiel, stel het programma samen (met `uitvoering`: herpland) en zet het in
    het gevraagde formaat."""
    with feestdagcache():
        if uitvoering is None:
            gelezen = lees_profiel(profielpad, cat, datum)
            programma = stel_samen(gelezen.profiel, cat)
        else:
            gelezen, basis = gelezen_en_basisplan(profielpad, cat)
            programma = voltooi(basis, cat, uitvoering)
    if team is not None and team not in {t.naam for t in gelezen.profiel.teams}:
        namen = ", ".join(t.naam for t in gelezen.profiel.teams[:10])
        raise InvoerFout(
            [Probleem("--team", 0, 0, "", f"het profiel heeft geen team '{team}'; wel: {namen}")],
            onderwerp="de opdracht",
        )
    tekst = render(programma, cat, formaat, datum, team)
    return Gegenereerd(
        profielpad, programma, tekst, gelezen.waarschuwingen, _programmaformaat(formaat)
    )


def gelezen_en_basisplan(profielpad: Path, cat: Catalogus) -> tuple[GelezenProfiel, Basisplan]:
    """Voor herplannen en de uitvoering (`uitvoering/bron.laad`: vastleggen, importeren, de
    stand): het gelezen profiel en het basisplan van de engine (alles wat niet van de
    uitvoering afhangt), uit de gebruikerscache als profiel, catalogus, code en feestdagen
    gelijk zijn gebleven; anders gelezen, gepland en bewaard.

    Een herplanning leest elke keer een ander stuk uitvoering, maar meestal hetzelfde profiel:
    bij 600 teams kost lezen en plannen ~0,4 s, het basisplan uit de cache halen ~0,06 s
    (bench/README.md). Het programma loopt al: een startdatum in het verleden is geen
    waarschuwing waard (`lees_profiel` meldt hem alleen vóór de gegeven datum). Een profiel met
    fouten geeft gewoon zijn meldingen en wordt niet bewaard."""
    from trainingsplanner.bestanden import cache

    sleutel = _basissleutel(profielpad, cat)
    if sleutel is not None:
        bewaard = cache.lees("basisplan", sleutel)
        if (
            isinstance(bewaard, tuple)
            and len(bewaard) == 2
            and isinstance(bewaard[0], GelezenProfiel)
            and isinstance(bewaard[1], Basisplan)
        ):
            return bewaard[0], bewaard[1]
    gelezen = lees_profiel(profielpad, cat, dt.date.min)
    basis = basisplan(gelezen.profiel, cat)
    # vóór `voltooi`, dat de voorstellen wijzigt; alleen als het profiel intussen niet veranderde
    if sleutel is not None and _basissleutel(profielpad, cat) == sleutel:
        cache.bewaar("basisplan", sleutel, (gelezen, basis), houd=_BASISPLANNEN)
    return gelezen, basis


_BASISPLANNEN = 3
"""Zoveel basisplannen blijven in de cache (een paar profielen of catalogi naast elkaar)."""


def _basissleutel(profielpad: Path, cat: Catalogus) -> str | None:
    """De sleutel van het basisplan: code (en Python, pydantic), feestdagen, catalogus, het
    profiel zoals het in meldingen heet, en zijn inhoud; None zonder cache."""
    import hashlib

    from trainingsplanner.bestanden import cache
    from trainingsplanner.bestanden.bronnen import toon_pad
    from trainingsplanner.catalogus.laden import cachesleutel

    catalogus = cachesleutel(cat)
    if catalogus is None or cache.cachemap() is None:
        return None
    try:
        inhoud = profielpad.read_bytes()
    except OSError:  # de gewone lezer meldt het probleem met de plek
        return None
    delen = (cache.codestempel(), cache.pakketversie("holidays"), catalogus, toon_pad(profielpad))
    hasher = hashlib.sha256("\0".join(delen).encode())
    hasher.update(b"\0" + inhoud)
    return hasher.hexdigest()[:32]


def standaard_uitvoer(profielpad: Path, formaat: Programmaformaat, map: Path | None = None) -> Path:
    """`x.yaml` → `x.programma.html` (of `.md`, `.json`, `.xlsx`, `.docx`) naast het profiel (of in `map`)."""
    naam = profielpad.name
    for achtervoegsel in (".yaml", ".yml"):
        if naam.endswith(achtervoegsel):
            naam = naam[: -len(achtervoegsel)]
    return (map or profielpad.parent) / f"{naam}.programma{EXTENSIE[_programmaformaat(formaat)]}"


def _programmaformaat(formaat: Programmaformaat) -> Formaat:
    """Het formaat als `Formaat`; een formaat zonder programmaweergave (tekst) is een fout."""
    gekozen = Formaat(formaat)
    if gekozen not in EXTENSIE:
        raise ValueError(
            f"een programma bestaat niet als {gekozen}; kies uit md, json, html, xlsx, docx of ics"
        )
    return gekozen


def profielen_in(map: Path) -> list[Path]:
    """Alle profielen in een map, in vaste volgorde."""
    return sorted(p for p in map.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


@contextmanager
def feestdagcache() -> Iterator[None]:
    """De feestdagen die `holidays` eerder gaf uit de gebruikerscache (`bestanden/cache.py`)
    in de engine (`dagregels.WETTELIJK`); na afloop bewaard als er jaren bij kwamen.

    `holidays` laden en het eerste jaar opzoeken kost ~140 ms per proces (bench/README.md);
    de feestdagen van een jaar veranderen alleen met het pakket, dus de versie is de sleutel.
    Zonder cache (`PLAN_CACHE=0`, geen schrijfbare map) zoekt de engine ze zelf op."""
    from trainingsplanner.bestanden import cache

    if cache.cachemap() is None:
        yield
        return
    sleutel = cache.pakketversie("holidays")
    bewaard = cache.lees("feestdagen", sleutel)
    if _feestdagtabel(bewaard):
        for jaar, dagen in bewaard.items():
            dagregels.WETTELIJK.setdefault(jaar, dagen)
    bekend = set(dagregels.WETTELIJK)
    yield
    if set(dagregels.WETTELIJK) != bekend:
        cache.bewaar("feestdagen", sleutel, dict(dagregels.WETTELIJK))


def _feestdagtabel(waarde: object) -> TypeGuard[dict[int, frozenset[dt.date]]]:
    """Is dit een tabel jaar → feestdagen (een oud of vreemd cachebestand telt niet)?"""
    return isinstance(waarde, dict) and all(
        isinstance(jaar, int)
        and isinstance(dagen, frozenset)
        and all(type(d) is dt.date and d.year == jaar for d in dagen)
        for jaar, dagen in waarde.items()
    )
