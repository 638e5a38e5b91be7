"""Een CSV-antwoordbestand lezen zoals Nederlandse Excel hem schrijft: `;`, UTF-8 of Windows-1252.

Het rijnummer in een melding is het nummer dat Excel toont (één rij per record, ook als een
open antwoord over meer regels loopt). Een kapotte opbouw (een aanhalingsteken dat niet sluit)
wordt met rij en kolom gemeld, zonder de inhoud: die kan iemands antwoorden bevatten.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterator

from trainingsplanner.bestanden.csvtekst import decodeer
from trainingsplanner.leerdoelwijzer import tabel
from trainingsplanner.leerdoelwijzer.tabel import Tabel, fout

_VELDGRENS = 131_072  # de standaardgrens van de csv-module; langer is sowieso te lang
_REGELEINDE = re.compile(r"\r\n|\r|\n")
_REGEL = re.compile(r"[^\r\n]*(?:\r\n|\r|\n)?")
_SCHEIDINGEN_PER_REGEL = tabel.MAX_KOLOMMEN + tabel.MAX_CELTEKST
"""Meer scheidingstekens op één regel kan geen vragenlijst zijn; zo'n regel wordt niet eens
in cellen opgedeeld (twintig miljoen lege cellen kosten honderden MB's)."""


class _TeBreed(Exception):
    pass


def lees_csv(ruw: bytes, naam: str) -> Tabel:
    tekst = decodeer(ruw, naam)
    if "\x00" in tekst:
        raise fout(naam, 1, 1, "dit is geen CSV- of Excel-bestand")
    if not tekst.strip():
        raise fout(naam, 1, 1, "het bestand is leeg")
    scheiding = _scheiding(tekst)
    rijen = _records(tekst, scheiding, naam)
    for rijnummer, cellen in rijen:
        return Tabel(naam, [c.strip() for c in cellen], rijen, rijnummer)
    raise fout(naam, 1, 1, "het bestand is leeg: er staan alleen scheidingstekens in")


def _scheiding(tekst: str) -> str:
    """`;` (Excel NL), `,` of TAB: wat het vaakst op de eerste regel met inhoud staat."""
    eerste = next((r for r in _eerste_regels(tekst) if r.strip(" ;,\t")), "")
    return max((";", ",", "\t"), key=eerste.count)


def _eerste_regels(tekst: str) -> Iterator[str]:
    begin = 0
    for _ in range(1000):
        gevonden = _REGELEINDE.search(tekst, begin)
        if gevonden is None:
            yield tekst[begin:]
            return
        yield tekst[begin : gevonden.start()]
        begin = gevonden.end()


def _records(tekst: str, scheiding: str, naam: str) -> Iterator[tuple[int, list[str]]]:
    """(rijnummer, cellen) van elke rij met inhoud; de grenzen worden per record bewaakt."""
    lezer = csv.reader(_regels(tekst, scheiding), delimiter=scheiding, strict=True)
    rijnummer = 0
    met_inhoud = 0
    regel_na_vorige = 0
    while True:
        try:
            cellen = next(lezer)
        except StopIteration:
            return
        except _TeBreed:
            raise tabel.te_veel_kolommen(naam, rijnummer + 1) from None
        except csv.Error as fout_csv:
            raise _opbouwfout(
                tekst, scheiding, naam, rijnummer + 1, regel_na_vorige, fout_csv
            ) from None
        rijnummer += 1
        regel_na_vorige = lezer.line_num
        if rijnummer > tabel.MAX_RIJEN:
            raise fout(naam, rijnummer, 1, "meer rijen dan een Excel-werkblad heeft")
        if not any(c and not c.isspace() for c in cellen):
            continue
        if len(cellen) > tabel.MAX_KOLOMMEN:
            raise tabel.te_veel_kolommen(naam, rijnummer)
        langste = max(range(len(cellen)), key=lambda i: len(cellen[i]))
        if len(cellen[langste]) > tabel.MAX_CELTEKST:
            raise tabel.te_lange_cel(naam, rijnummer, langste + 1)
        met_inhoud += 1
        if met_inhoud > tabel.MAX_RESPONDENTEN + 1:
            raise tabel.te_veel_rijen(naam, rijnummer)
        yield rijnummer, cellen


def _regels(tekst: str, scheiding: str) -> Iterator[str]:
    """De regels met hun regeleinde, zonder kopie van de hele tekst (StringIO: 4 bytes per teken)."""
    for gevonden in _REGEL.finditer(tekst):
        regel = gevonden.group()
        if not regel:
            return
        if regel.count(scheiding) > _SCHEIDINGEN_PER_REGEL:
            raise _TeBreed
        yield regel


def _opbouwfout(
    tekst: str, scheiding: str, naam: str, rij: int, regel_na_vorige: int, oorzaak: csv.Error
) -> Exception:
    """Een csv-fout als Nederlandse melding met rij en kolom, zonder de inhoud van de cel."""
    begin = _begin_van_regel(tekst, regel_na_vorige)
    kolom = _foutkolom(tekst, begin, scheiding)
    teken = "TAB" if scheiding == "\t" else scheiding
    if "field larger" in str(oorzaak):
        return tabel.te_lange_cel(naam, rij, kolom)
    if "end of data" in str(oorzaak):
        bericht = (
            'een aanhalingsteken (") wordt niet gesloten; alles daarna zou in deze ene cel '
            "komen. Sluit het aanhalingsteken of haal het weg"
        )
    else:
        bericht = (
            f'na een afsluitend aanhalingsteken (") hoort een {teken} of het einde van de '
            "regel; zet de hele cel tussen aanhalingstekens en verdubbel aanhalingstekens erin"
        )
    return fout(naam, rij, kolom, f"kolom {tabel.kolomletter(kolom - 1)}: {bericht}")


def _begin_van_regel(tekst: str, regels_voorbij: int) -> int:
    """De plek in `tekst` waar regel `regels_voorbij + 1` begint."""
    begin = 0
    for _ in range(regels_voorbij):
        gevonden = _REGELEINDE.search(tekst, begin)
        if gevonden is None:
            return len(tekst)
        begin = gevonden.end()
    return begin


def _foutkolom(tekst: str, begin: int, scheiding: str) -> int:
    """In welke kolom van het record dat op `begin` start de CSV-opbouw breekt."""
    volgende = re.compile("[" + re.escape(scheiding) + '"\r\n]')
    kolom, i = 1, begin
    while i < len(tekst):
        if tekst[i] == '"':
            zoek = i + 1
            while True:
                sluit = tekst.find('"', zoek)
                if sluit < 0 or sluit - i > _VELDGRENS:
                    return kolom  # niet gesloten, of veel te lang
                if not tekst.startswith('""', sluit):
                    break
                zoek = sluit + 2
            i = sluit + 1
            if i < len(tekst) and tekst[i] not in (scheiding, "\r", "\n"):
                return kolom
        gevonden = volgende.search(tekst, i)
        if gevonden is None or gevonden.start() - i > _VELDGRENS:
            return kolom
        if gevonden.group() != scheiding:
            if gevonden.group() == '"':
                i = gevonden.end()  # een aanhalingsteken midden in een veld: gewoon tekst
                continue
            return kolom
        kolom, i = kolom + 1, gevonden.end()
    return kolom
