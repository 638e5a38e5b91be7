"""Een XLSX-antwoordbestand lezen: begrensd, stromend, zonder openpyxl.

Een XLSX is een zip met XML. openpyxl leest een cel van 600 MB of een rij met twee miljoen
kolommen eerst helemaal in; deze lezer kijkt eerst naar de zip (aantal delen, uitgepakte
grootte, wachtwoord) en leest het werkblad daarna in stukken met expat, waarbij elke rij,
kolom en cel meteen tegen de grenzen van `tabel.py` wordt gehouden. Een DTD (de weg naar
"billion laughs") wordt geweigerd: Excel schrijft er nooit een.
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
from trainingsplanner.leerdoelwijzer.tabel import Tabel, fout

_BLOK = 256 * 1024
_MAX_DELEN = 10_000
_MAX_KLEIN_DEEL = 8 * 1024 * 1024  # workbook.xml en de verwijzingen


class _Stop(Exception):
    def __init__(self, fout: InvoerFout) -> None:
        self.fout = fout


def lees_xlsx(ruw: bytes, naam: str) -> Tabel:
    boek = _open_zip(ruw, naam)
    blad, gedeeld_pad = _kies_blad(boek, naam)
    gedeeld = _gedeelde_teksten(boek, gedeeld_pad, naam) if gedeeld_pad else []
    rijen = _rijen(boek, blad, gedeeld, naam)
    for rijnummer, cellen in rijen:
        return Tabel(naam, [c.strip() for c in cellen], rijen, rijnummer)
    raise fout(naam, 1, 1, "het bestand is leeg")


def _beschadigd(naam: str, waarom: str = "") -> InvoerFout:
    extra = f" ({waarom})" if waarom else ""
    return fout(
        naam,
        1,
        1,
        f"het Excel-bestand is beschadigd of geen .xlsx{extra}; sla het opnieuw op als "
        "Excel-werkmap (.xlsx) of als CSV",
    )


def _open_zip(ruw: bytes, naam: str) -> zipfile.ZipFile:
    """Controleer de inhoudsopgave van de zip vóór er iets wordt uitgepakt."""
    einde = ruw.rfind(b"PK\x05\x06", max(0, len(ruw) - 65_558))
    if einde < 0 or einde + 22 > len(ruw):
        raise _beschadigd(naam)
    delen, grootte = struct.unpack("<10xHI", ruw[einde : einde + 16])
    if delen > _MAX_DELEN or grootte > 16 * 1024 * 1024:
        raise _beschadigd(naam, f"meer dan {_MAX_DELEN} delen")
    try:
        boek = zipfile.ZipFile(io.BytesIO(ruw))
        infos = boek.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, OSError):
        raise _beschadigd(naam) from None
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


def _kies_blad(boek: zipfile.ZipFile, naam: str) -> tuple[str, str | None]:
    """Het blad 'Antwoorden' als dat er is, anders het eerste; en de gedeelde teksten."""
    werkboek = _klein_deel(boek, "xl/workbook.xml", naam)
    relaties = _relaties(boek, "xl/_rels/workbook.xml.rels", naam)
    bladen: list[tuple[str, str]] = []
    for element, attributen in werkboek:
        if element == "sheet":
            rid = next((w for k, w in attributen.items() if k.endswith("id") and ":" in k), "")
            bladen.append((attributen.get("name", ""), rid))
    if not bladen:
        raise _beschadigd(naam, "geen werkblad")
    gekozen = next((b for b in bladen if b[0].casefold() == "antwoorden"), bladen[0])
    doelen = {rid: doel for rid, (soort, doel) in relaties.items()}
    if gekozen[1] not in doelen:
        raise _beschadigd(naam, "werkblad ontbreekt")
    gedeeld = next((d for s, d in relaties.values() if s.endswith("/sharedStrings")), None)
    return _pad(doelen[gekozen[1]]), _pad(gedeeld) if gedeeld else None


def _pad(doel: str) -> str:
    return doel.lstrip("/") if doel.startswith("/") else posixpath.normpath("xl/" + doel)


def _parser(naam: str) -> Any:
    """Een expat-parser zonder DTD's en entiteiten."""
    parser = expat.ParserCreate()
    parser.buffer_text = True
    parser.buffer_size = 64 * 1024
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)

    def weiger(*_: object) -> None:
        raise _Stop(_beschadigd(naam, "bevat een DTD"))

    parser.StartDoctypeDeclHandler = weiger
    parser.EntityDeclHandler = weiger
    return parser


def _lokaal(element: str) -> str:
    return element.rpartition(":")[2]


def _klein_deel(boek: zipfile.ZipFile, pad: str, naam: str) -> list[tuple[str, dict[str, str]]]:
    """Alle elementen (lokale naam, attributen) van een klein XML-deel."""
    gevonden: list[tuple[str, dict[str, str]]] = []
    parser = _parser(naam)
    parser.StartElementHandler = lambda e, a: gevonden.append((_lokaal(e), a))
    for _ in _voer(boek, pad, naam, parser, _MAX_KLEIN_DEEL):
        pass
    return gevonden


def _relaties(boek: zipfile.ZipFile, pad: str, naam: str) -> dict[str, tuple[str, str]]:
    uit: dict[str, tuple[str, str]] = {}
    for element, a in _klein_deel(boek, pad, naam):
        if element == "Relationship" and "Id" in a and "Target" in a:
            uit[a["Id"]] = (a.get("Type", ""), a["Target"])
    return uit


def _voer(
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
        raise _beschadigd(naam, f"{pad} ontbreekt") from None
    if info.file_size > grens:
        raise _beschadigd(naam, f"{pad} is te groot")
    try:
        with boek.open(info) as stroom:
            while blok := stroom.read(_BLOK):
                parser.Parse(blok, False)
                yield
            parser.Parse(b"", True)
            yield
    except _Stop as stop:
        raise stop.fout from None
    except expat.ExpatError as fout_xml:
        raise _beschadigd(naam, f"XML-fout in regel {fout_xml.lineno}") from None
    except (zipfile.BadZipFile, EOFError, OSError, ValueError, NotImplementedError):
        raise _beschadigd(naam) from None


def _gedeelde_teksten(boek: zipfile.ZipFile, pad: str, naam: str) -> list[str]:
    """De tabel met gedeelde teksten (sharedStrings.xml), begrensd in aantal en lengte."""
    teksten: list[str] = []
    delen: list[str] = []
    staat = {"si": False, "t": False, "rph": 0, "lengte": 0}

    def begin(element: str, _: dict[str, str]) -> None:
        lokaal = _lokaal(element)
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
                raise _Stop(fout(naam, 1, 1, _TE_LANG))

    def einde(element: str) -> None:
        lokaal = _lokaal(element)
        if lokaal == "t":
            staat["t"] = False
        elif lokaal == "rPh":
            staat["rph"] -= 1
        elif lokaal == "si":
            staat["si"] = False
            teksten.append("".join(delen))
            if len(teksten) > tabel.MAX_GEDEELDE_TEKSTEN:
                raise _Stop(fout(naam, 1, 1, _TE_VEEL_TEKSTEN))

    parser = _parser(naam)
    parser.StartElementHandler, parser.CharacterDataHandler = begin, tekst
    parser.EndElementHandler = einde
    for _ in _voer(boek, pad, naam, parser, _MAX_GEDEELD):
        pass
    return teksten


_MAX_GEDEELD = 64 * 1024 * 1024
_TE_LANG = (
    f"een tekst in het bestand is langer dan {tabel.MAX_CELTEKST:,} tekens, meer dan in een "
    "Excel-cel past".replace(",", ".")
)
_TE_VEEL_TEKSTEN = (
    f"het bestand bevat meer dan {tabel.MAX_GEDEELDE_TEKSTEN:,} verschillende teksten; dat is "
    "geen vragenlijst".replace(",", ".")
)


def _rijen(
    boek: zipfile.ZipFile, pad: str, gedeeld: list[str], naam: str
) -> Iterator[tuple[int, list[str]]]:
    lezer = _Bladlezer(naam, gedeeld)
    parser = _parser(naam)
    parser.StartElementHandler = lezer.begin
    parser.CharacterDataHandler = lezer.tekst
    parser.EndElementHandler = lezer.einde
    for _ in _voer(boek, pad, naam, parser, tabel.MAX_UITGEPAKT):
        klaar, lezer.klaar = lezer.klaar, []
        yield from klaar


_KOLOMMEN: dict[str, int] = {}


def _kolomnummer(ref: str) -> int:
    """'AB12' → 28; 0 als de verwijzing niet te lezen is."""
    letters = ref.rstrip("0123456789")
    nummer = _KOLOMMEN.get(letters)
    if nummer is None:
        nummer = 0
        if 0 < len(letters) <= 7 and letters.isascii() and letters.isalpha():
            for letter in letters.upper():
                nummer = nummer * 26 + ord(letter) - 64
        if len(_KOLOMMEN) < 20_000:
            _KOLOMMEN[letters] = nummer
    return nummer


def _getal(tekst: str) -> str:
    """Een getal zoals Excel het toont: 3 in plaats van 3.0."""
    try:
        waarde = float(tekst)
    except ValueError:
        return tekst
    if waarde.is_integer() and abs(waarde) < 1e15:
        return str(int(waarde))
    return tekst


class _Bladlezer:
    """De toestand van expat in een werkblad: rij, cel, en de tekst die wordt verzameld.

    Elementnamen worden vergeleken met vaste teksten (met het voorvoegsel van het hoofdelement,
    zoals `x:` van sommige programma's): dit is de binnenste lus van het lezen.
    """

    def __init__(self, naam: str, gedeeld: list[str]) -> None:
        self.naam = naam
        self.gedeeld = gedeeld
        self.klaar: list[tuple[int, list[str]]] = []
        self.rij = 0
        self.cellen: dict[int, str] = {}
        self.volgende = 1
        self.kolom = 0
        self.soort = "n"
        self.waarde: str | None = None
        self.delen: list[str] | None = None
        self.inline: list[str] = []
        self.lengte = 0
        self.rph = 0
        self.in_is = False
        self.in_rij = 0
        self.totaal = 0
        self.met_inhoud = 0
        self._namen("")

    def _namen(self, voorvoegsel: str) -> None:
        self.voorvoegsel = voorvoegsel
        self.C, self.V, self.ROW, self.IS, self.T, self.RPH = (
            voorvoegsel + n for n in ("c", "v", "row", "is", "t", "rPh")
        )

    def begin(self, element: str, attributen: dict[str, str]) -> None:
        if element == self.C:
            self._cel(attributen)
        elif element == self.V:
            self.delen, self.lengte = [], 0
        elif element == self.ROW:
            self._rij(attributen.get("r", ""))
        elif element == self.IS:
            self.in_is, self.inline, self.lengte = True, [], 0
        elif element == self.T:
            if self.in_is and not self.rph:
                self.delen = self.inline
        elif element == self.RPH:
            self.rph += 1
        elif _lokaal(element) == "worksheet":
            self._namen(element[: -len("worksheet")])

    def _rij(self, r: str) -> None:
        nummer = int(r) if r.isascii() and r.isdigit() and len(r) < 9 else self.rij + 1
        if nummer > tabel.MAX_RIJEN:
            raise _Stop(
                fout(self.naam, tabel.MAX_RIJEN, 1, "meer rijen dan een Excel-werkblad heeft")
            )
        self.rij, self.cellen, self.volgende, self.in_rij = nummer, {}, 1, 0

    def _cel(self, attributen: dict[str, str]) -> None:
        ref = attributen.get("r")
        kolom = (_kolomnummer(ref) if ref else 0) or self.volgende
        self.volgende = kolom + 1
        self.in_rij += 1
        self.totaal += 1
        if kolom > tabel.MAX_KOLOMMEN or self.in_rij > tabel.MAX_KOLOMMEN:
            raise _Stop(tabel.te_veel_kolommen(self.naam, self.rij))
        if self.totaal > tabel.MAX_CELLEN:
            bericht = f"meer dan {tabel.MAX_CELLEN:,} cellen; dat is geen vragenlijst"
            raise _Stop(fout(self.naam, self.rij, kolom, bericht.replace(",", ".")))
        self.kolom, self.soort, self.waarde = kolom, attributen.get("t", "n"), None

    def tekst(self, data: str) -> None:
        if self.delen is not None:
            self.delen.append(data)
            self.lengte += len(data)
            if self.lengte > tabel.MAX_CELTEKST:
                raise _Stop(tabel.te_lange_cel(self.naam, self.rij, self.kolom))

    def einde(self, element: str) -> None:
        if element == self.C:
            waarde = self._celwaarde()
            if waarde and not waarde.isspace():
                self.cellen[self.kolom] = waarde
        elif element == self.V:
            if self.delen is not None:
                self.waarde, self.delen = "".join(self.delen), None
        elif element == self.ROW:
            if self.cellen:
                self._rij_klaar()
        elif element == self.T:
            if self.in_is:
                self.delen = None
        elif element == self.IS:
            self.in_is, self.waarde = False, "".join(self.inline)
        elif element == self.RPH:
            self.rph -= 1

    def _rij_klaar(self) -> None:
        self.met_inhoud += 1
        if self.met_inhoud > tabel.MAX_RESPONDENTEN + 1:
            raise _Stop(tabel.te_veel_rijen(self.naam, self.rij))
        rij = [""] * max(self.cellen)
        for kolom, waarde in self.cellen.items():
            rij[kolom - 1] = waarde
        self.klaar.append((self.rij, rij))

    def _celwaarde(self) -> str:
        waarde = self.waarde
        if waarde is None:
            return ""
        if self.soort == "s":
            index = int(waarde) if waarde.isascii() and waarde.strip().isdigit() else -1
            if not 0 <= index < len(self.gedeeld):
                plek = f"cel {tabel.kolomletter(self.kolom - 1)}{self.rij}"
                raise _Stop(_beschadigd(self.naam, plek))
            return self.gedeeld[index]
        if self.soort == "n":
            return _getal(waarde)
        return waarde
