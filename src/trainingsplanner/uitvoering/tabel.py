"""Een ingevulde tabel lezen: CSV zoals Nederlandse Excel hem schrijft, of een XLSX-werkblad.

CSV: scheidingsteken `;` (of `,` of tab, als de kopregel daar meer van heeft), UTF-8, UTF-8
met BOM, UTF-16 met BOM (Excel 'Unicode-tekst') of cp1252 (Excel 'CSV' op Windows). Begrensd
in bytes, rijen en tekens per cel. Rijnummers zijn die van Excel: de kopregel is rij 1.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.csvtekst import decodeer
from trainingsplanner.bestanden.csvtekst import kolomletter as kolomletter
from trainingsplanner.bestanden.lezen import lees_bytes
from trainingsplanner.fouten import InvoerFout, Probleem

MAX_BYTES = 20 * 1024 * 1024
MAX_RIJEN = 50_000
"""Hoogstens zoveel rijen onder de kopregel."""
MAX_KOLOMMEN = 100
MAX_CEL = 2_000


@dataclass(frozen=True)
class Rij:
    nummer: int
    """Het rijnummer zoals Excel het toont (de kopregel is 1)."""
    cellen: list[str]

    def cel(self, kolom: int) -> str:
        return self.cellen[kolom] if kolom < len(self.cellen) else ""


@dataclass(frozen=True)
class Tabel:
    bestand: str
    koppen: list[str]
    rijen: list[Rij]
    """Alleen rijen met iets erin."""


def lees(pad: Path, bladen: tuple[str, ...]) -> Tabel:
    """Lees een CSV- of XLSX-bestand; bij XLSX het eerste werkblad uit `bladen` dat er is."""
    naam = toon_pad(pad)
    ruw = lees_bytes(pad, naam, MAX_BYTES)
    if len(ruw) > MAX_BYTES:
        raise _fout(naam, 1, f"bestand is groter dan {MAX_BYTES >> 20} MB; splits het")
    if ruw[:2] == b"PK":
        from trainingsplanner.uitvoering.xlsx import lees_blad

        rijen = lees_blad(ruw, naam, bladen, MAX_RIJEN + 1, MAX_KOLOMMEN)
    else:
        rijen = _csv(_tekst(ruw, naam), naam)
    return _als_tabel(rijen, naam)


def _tekst(ruw: bytes, naam: str) -> str:
    tekst = decodeer(ruw, naam)
    if "\x00" in tekst:
        raise _fout(naam, 1, "dit is geen CSV- of Excel-bestand")
    if not tekst.strip():
        raise _fout(naam, 1, "het bestand is leeg")
    return tekst


def _csv(tekst: str, naam: str) -> list[list[str]]:
    eerste = tekst.lstrip("\r\n").split("\n", 1)[0]
    scheiding = max((";", ",", "\t"), key=lambda t: (eerste.count(t), t == ";"))
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding)
    rijen: list[list[str]] = []
    try:
        for rij in lezer:
            rijen.append(rij[:MAX_KOLOMMEN])
            if len(rijen) > MAX_RIJEN + 1:
                break
    except csv.Error as fout:
        bericht = f"de CSV-opbouw klopt niet ({fout}); sla het bestand opnieuw op als CSV"
        raise _fout(naam, len(rijen) + 1, bericht) from None
    return rijen


def _als_tabel(rijen: list[list[str]], naam: str) -> Tabel:
    kop = next((i for i, r in enumerate(rijen) if any(c.strip() for c in r)), None)
    if kop is None:
        raise _fout(naam, 1, "het bestand is leeg")
    problemen: list[Probleem] = []
    gevuld: list[Rij] = []
    for i, cellen in enumerate(rijen[kop + 1 :], start=kop + 2):
        if i > MAX_RIJEN + kop + 1:
            problemen.append(
                Probleem(naam, i, 1, "", f"meer dan {MAX_RIJEN} rijen; splits het bestand")
            )
            break
        schoon = [c.strip() for c in cellen]
        if not any(schoon):
            continue
        for k, cel in enumerate(schoon):
            if len(cel) > MAX_CEL:
                bericht = f"de cel heeft {len(cel)} tekens; hoogstens {MAX_CEL}"
                problemen.append(celprobleem(naam, i, k, "", bericht))
        gevuld.append(Rij(i, schoon))
    if problemen:
        raise InvoerFout(problemen[:100])
    return Tabel(naam, [c.strip() for c in rijen[kop]], gevuld)


def celprobleem(bestand: str, rij: int, kolom: int, kop: str, bericht: str) -> Probleem:
    """Een probleem in een cel (`kolom` vanaf 0), zoals Excel hem toont én voor een editor:
    `s.xlsx:3:21: rij 3, kolom U (evaluatie): …`."""
    veld = f"rij {rij}, kolom {kolomletter(kolom)}" + (f" ({kop})" if kop else "")
    return Probleem(bestand, rij, kolom + 1, veld, bericht)


def _fout(naam: str, regel: int, bericht: str) -> InvoerFout:
    return InvoerFout([Probleem(naam, regel, 1, "", bericht)])
