"""Een XLSX-antwoordbestand lezen: begrensd, stromend, zonder openpyxl.

openpyxl leest een cel van 600 MB of een rij met twee miljoen kolommen eerst helemaal in.
Deze lezer opent de zip via `xlsxdelen` (die de grootte al heeft gecontroleerd) en leest het
werkblad in stukken met expat; elke rij, kolom en cel wordt meteen tegen de grenzen van
`tabel.py` gehouden, en rijen gaan één voor één naar de teller.
"""

from __future__ import annotations

import zipfile
from collections.abc import Iterator

from trainingsplanner.leerdoelwijzer import tabel
from trainingsplanner.leerdoelwijzer.tabel import Tabel, fout
from trainingsplanner.leerdoelwijzer.xlsxdelen import (
    Stop,
    beschadigd,
    gedeelde_teksten,
    kies_blad,
    lokale_naam,
    nieuwe_parser,
    open_zip,
    voer,
)
from trainingsplanner.opmaak import geheel


def lees_xlsx(ruw: bytes, naam: str) -> Tabel:
    boek = open_zip(ruw, naam)
    blad, gedeeld_pad = kies_blad(boek, naam)
    gedeeld = gedeelde_teksten(boek, gedeeld_pad, naam) if gedeeld_pad else []
    rijen = _rijen(boek, blad, gedeeld, naam)
    for rijnummer, cellen in rijen:
        return Tabel(naam, [c.strip() for c in cellen], rijen, rijnummer)
    raise fout(naam, 1, 1, "het bestand is leeg")


def _rijen(
    boek: zipfile.ZipFile, pad: str, gedeeld: list[str], naam: str
) -> Iterator[tuple[int, list[str]]]:
    lezer = _Bladlezer(naam, gedeeld)
    parser = nieuwe_parser(naam)
    parser.StartElementHandler = lezer.begin
    parser.CharacterDataHandler = lezer.tekst
    parser.EndElementHandler = lezer.einde
    for _ in voer(boek, pad, naam, parser, tabel.MAX_UITGEPAKT):
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
        elif lokale_naam(element) == "worksheet":
            self._namen(element[: -len("worksheet")])

    def _rij(self, r: str) -> None:
        nummer = int(r) if r.isascii() and r.isdigit() and len(r) < 9 else self.rij + 1
        if nummer > tabel.MAX_RIJEN:
            raise Stop(fout(self.naam, nummer, 1, "meer rijen dan een Excel-werkblad heeft"))
        self.rij, self.cellen, self.volgende, self.in_rij = nummer, {}, 1, 0

    def _cel(self, attributen: dict[str, str]) -> None:
        ref = attributen.get("r")
        kolom = (_kolomnummer(ref) if ref else 0) or self.volgende
        self.volgende = kolom + 1
        self.in_rij += 1
        self.totaal += 1
        if kolom > tabel.MAX_KOLOMMEN or self.in_rij > tabel.MAX_KOLOMMEN:
            raise Stop(tabel.te_veel_kolommen(self.naam, self.rij))
        if self.totaal > tabel.MAX_CELLEN:
            bericht = f"meer dan {geheel(tabel.MAX_CELLEN)} cellen; dat is geen vragenlijst"
            raise Stop(fout(self.naam, self.rij, kolom, bericht))
        self.kolom, self.soort, self.waarde = kolom, attributen.get("t", "n"), None

    def tekst(self, data: str) -> None:
        if self.delen is not None:
            self.delen.append(data)
            self.lengte += len(data)
            if self.lengte > tabel.MAX_CELTEKST:
                raise Stop(tabel.te_lange_cel(self.naam, self.rij, self.kolom))

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
            raise Stop(tabel.te_veel_rijen(self.naam, self.rij))
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
                raise Stop(beschadigd(self.naam, plek))
            return self.gedeeld[index]
        if self.soort == "n":
            return _getal(waarde)
        return waarde
