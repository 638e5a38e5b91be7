"""De delen van een XLSX-bestand (een zip met XML) openen, begrensd en zonder DTD's.

Eerst de inhoudsopgave van de zip (aantal delen, uitgepakte grootte, wachtwoord), dan de kleine
delen (werkboek, verwijzingen) en de gedeelde teksten, alles met expat in blokken. Een DTD (de
weg naar "billion laughs") wordt geweigerd: Excel schrijft er nooit een.
"""

from __future__ import annotations

import io
import posixpath
import struct
import zipfile
from collections.abc import Iterator
from typing import Any
from xml.parsers import expat

from trainingsplanner.fouten import InvoerFout
from trainingsplanner.leerdoelwijzer import tabel
from trainingsplanner.leerdoelwijzer.tabel import fout
from trainingsplanner.opmaak import geheel

_BLOK = 256 * 1024
_MAX_DELEN = 10_000
_MAX_KLEIN_DEEL = 8 * 1024 * 1024  # workbook.xml en de verwijzingen


class Stop(Exception):
    """Een grens of fout midden in het lezen; expat geeft hem door, `voer` maakt er een InvoerFout van."""

    def __init__(self, fout: InvoerFout) -> None:
        self.fout = fout


def beschadigd(naam: str, waarom: str = "") -> InvoerFout:
    extra = f" ({waarom})" if waarom else ""
    return fout(
        naam,
        1,
        1,
        f"het Excel-bestand is beschadigd of geen .xlsx{extra}; sla het opnieuw op als "
        "Excel-werkmap (.xlsx) of als CSV",
    )


def open_zip(ruw: bytes, naam: str) -> zipfile.ZipFile:
    """Controleer de inhoudsopgave van de zip vóór er iets wordt uitgepakt."""
    einde = ruw.rfind(b"PK\x05\x06", max(0, len(ruw) - 65_558))
    if einde < 0 or einde + 22 > len(ruw):
        raise beschadigd(naam)
    delen, grootte = struct.unpack("<10xHI", ruw[einde : einde + 16])
    if delen > _MAX_DELEN or grootte > 16 * 1024 * 1024:
        raise beschadigd(naam, f"meer dan {_MAX_DELEN} delen")
    try:
        boek = zipfile.ZipFile(io.BytesIO(ruw))
        infos = boek.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError):
        raise beschadigd(naam) from None
    if any(i.flag_bits & 0x1 for i in infos):
        raise fout(naam, 1, 1, "het Excel-bestand is versleuteld; sla het op zonder wachtwoord")
    uitgepakt = sum(i.file_size for i in infos)
    if uitgepakt > tabel.MAX_UITGEPAKT:
        mb = tabel.MAX_UITGEPAKT // (1024 * 1024)
        raise fout(
            naam,
            1,
            1,
            f"het Excel-bestand is uitgepakt groter dan {mb} MB ({uitgepakt // (1024 * 1024)} MB); "
            "dat is geen vragenlijst. Sla alleen het blad met antwoorden op, of gebruik CSV",
        )
    return boek


def kies_blad(boek: zipfile.ZipFile, naam: str) -> tuple[str, str | None]:
    """Het blad 'Antwoorden' als dat er is, anders het eerste; en de gedeelde teksten."""
    werkboek = _klein_deel(boek, "xl/workbook.xml", naam)
    relaties = _relaties(boek, "xl/_rels/workbook.xml.rels", naam)
    bladen: list[tuple[str, str]] = []
    for element, attributen in werkboek:
        if element == "sheet":
            rid = next((w for k, w in attributen.items() if k.endswith("id") and ":" in k), "")
            bladen.append((attributen.get("name", ""), rid))
    if not bladen:
        raise beschadigd(naam, "geen werkblad")
    gekozen = next((b for b in bladen if b[0].casefold() == "antwoorden"), bladen[0])
    doelen = {rid: doel for rid, (soort, doel) in relaties.items()}
    if gekozen[1] not in doelen:
        raise beschadigd(naam, "werkblad ontbreekt")
    gedeeld = next((d for s, d in relaties.values() if s.endswith("/sharedStrings")), None)
    return _pad(doelen[gekozen[1]]), _pad(gedeeld) if gedeeld else None


def _pad(doel: str) -> str:
    return doel.lstrip("/") if doel.startswith("/") else posixpath.normpath("xl/" + doel)


def nieuwe_parser(naam: str) -> Any:
    """Een expat-parser zonder DTD's en entiteiten."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 64 * 1024
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def weiger(*_: object) -> None:
        raise Stop(beschadigd(naam, "bevat een DTD"))

    parser.StartDoctypeDeclHandler = weiger
    parser.EntityDeclHandler = weiger
    return parser


def lokale_naam(element: str) -> str:
    return element.rpartition(":")[2]


def _klein_deel(boek: zipfile.ZipFile, pad: str, naam: str) -> list[tuple[str, dict[str, str]]]:
    """Alle elementen (lokale naam, attributen) van een klein XML-deel."""
    gevonden: list[tuple[str, dict[str, str]]] = []
    parser = nieuwe_parser(naam)
    parser.StartElementHandler = lambda e, a: gevonden.append((lokale_naam(e), a))
    for _ in voer(boek, pad, naam, parser, _MAX_KLEIN_DEEL):
        pass
    return gevonden


def _relaties(boek: zipfile.ZipFile, pad: str, naam: str) -> dict[str, tuple[str, str]]:
    uit: dict[str, tuple[str, str]] = {}
    for element, a in _klein_deel(boek, pad, naam):
        if element == "Relationship" and "Id" in a and "Target" in a:
            uit[a["Id"]] = (a.get("Type", ""), a["Target"])
    return uit


def voer(
    boek: zipfile.ZipFile,
    pad: str,
    naam: str,
    parser: Any,
    grens: int,
) -> Iterator[None]:
    """Voer een deel van de zip in blokken aan expat, met een yield na elk blok."""
    try:
        info = boek.getinfo(pad)
    except KeyError:
        raise beschadigd(naam, f"{pad} ontbreekt") from None
    if info.file_size > grens:
        raise beschadigd(naam, f"{pad} is te groot")
    try:
        with boek.open(info) as stroom:
            while blok := stroom.read(_BLOK):
                parser.Parse(blok, False)
                yield
            parser.Parse(b"", True)
            yield
    except Stop as stop:
        raise stop.fout from None
    except expat.ExpatError as fout_xml:
        raise beschadigd(naam, f"XML-fout in regel {fout_xml.lineno}") from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
        raise beschadigd(naam) from None


def gedeelde_teksten(boek: zipfile.ZipFile, pad: str, naam: str) -> list[str]:
    """De tabel met gedeelde teksten (sharedStrings.xml), begrensd in aantal en lengte."""
    teksten: list[str] = []
    delen: list[str] = []
    staat = {"si": False, "t": False, "rph": 0, "lengte": 0}

    def begin(element: str, _: dict[str, str]) -> None:
        lokaal = lokale_naam(element)
        if lokaal == "si":
            delen.clear()
            staat.update(si=True, lengte=0)
        elif lokaal == "t":
            staat["t"] = bool(staat["si"]) and not staat["rph"]
        elif lokaal == "rPh":
            staat["rph"] += 1

    def tekst(data: str) -> None:
        if staat["t"]:
            delen.append(data)
            staat["lengte"] += len(data)
            if staat["lengte"] > tabel.MAX_CELTEKST:
                raise Stop(fout(naam, 1, 1, _TE_LANG))

    def einde(element: str) -> None:
        lokaal = lokale_naam(element)
        if lokaal == "t":
            staat["t"] = False
        elif lokaal == "rPh":
            staat["rph"] -= 1
        elif lokaal == "si":
            staat["si"] = False
            teksten.append("".join(delen))
            if len(teksten) > tabel.MAX_GEDEELDE_TEKSTEN:
                raise Stop(fout(naam, 1, 1, _TE_VEEL_TEKSTEN))

    parser = nieuwe_parser(naam)
    parser.StartElementHandler, parser.CharacterDataHandler = begin, tekst
    parser.EndElementHandler = einde
    for _ in voer(boek, pad, naam, parser, _MAX_GEDEELD):
        pass
    return teksten


_MAX_GEDEELD = 64 * 1024 * 1024
_TE_LANG = (
    f"een tekst in het bestand is langer dan {geheel(tabel.MAX_CELTEKST)} tekens, meer "
    "dan in een Excel-cel past"
)
_TE_VEEL_TEKSTEN = (
    f"het bestand bevat meer dan {geheel(tabel.MAX_GEDEELDE_TEKSTEN)} verschillende "
    "teksten; dat is geen vragenlijst"
)
