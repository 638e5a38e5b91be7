"""Eén werkblad uit een XLSX-bestand lezen (openpyxl, alleen-lezen), na een maatcontrole.

Een XLSX is een zip: een klein bestand kan uitgepakt gigabytes zijn. Daarom eerst de
opgegeven grootte van elk deel, dan een telling van rijen en cellen per rij in het werkblad
zelf (gestreamd, in blokken), en pas daarna leest openpyxl de cellen.
"""

from __future__ import annotations

import datetime as dt
import io
import re
import zipfile
import zlib
from typing import IO

from trainingsplanner import opmaak
from trainingsplanner.fouten import InvoerFout, Probleem

MAX_DEEL = 20 * 1024 * 1024
"""Hoogstens zoveel bytes per deel van de zip, uitgepakt (werkblad, gedeelde teksten)."""
MAX_DELEN = 1000
MAX_CELLEN_PER_RIJ = 1000
_TAG = re.compile(rb"<(?:[A-Za-z_][\w.\-]*:)?(row|c)(?=[\s/>])")
_MARGE = 64


def lees_blad(
    ruw: bytes, naam: str, bladen: tuple[str, ...], max_rijen: int, max_kolommen: int
) -> list[list[str]]:
    """De rijen (als tekst) van het eerste werkblad uit `bladen` dat bestaat (hoofdletterongevoelig).

    Heeft het bestand maar één werkblad, dan telt dat ook. Lege rijen blijven staan, zodat
    rijnummers kloppen met wat Excel toont.
    """
    archief = _archief(ruw, naam)
    try:
        from openpyxl import load_workbook

        boek = load_workbook(io.BytesIO(ruw), read_only=True, data_only=True)
        titels = {b.title.casefold(): b for b in boek.worksheets}
        gekozen = next((titels[b.casefold()] for b in bladen if b.casefold() in titels), None)
        if gekozen is None and len(boek.worksheets) == 1:
            gekozen = boek.worksheets[0]
    except InvoerFout:
        raise
    except Exception as fout:  # een kapot of vreemd bestand: een melding, geen traceback
        raise _fout(naam, f"Excel-bestand is niet te lezen ({type(fout).__name__})") from None
    if gekozen is None:
        gevonden = ", ".join(f"'{b.title}'" for b in boek.worksheets)
        raise _fout(naam, f"werkblad '{bladen[0]}' ontbreekt (gevonden: {gevonden})")
    # Het deel van dit werkblad (openpyxl weet het); onbekend: dan elk werkblad meten.
    pad = getattr(gekozen, "_worksheet_path", None)
    delen = (
        [pad]
        if isinstance(pad, str)
        else [d.filename for d in archief.infolist() if d.filename.startswith("xl/worksheets/")]
    )
    for deel in delen:
        _meet(archief, deel, naam, gekozen.title, max_rijen)
    try:
        return [
            [_tekst(c) for c in rij]
            for rij in gekozen.iter_rows(values_only=True, max_row=max_rijen, max_col=max_kolommen)
        ]
    except Exception as fout:
        raise _fout(naam, f"Excel-bestand is niet te lezen ({type(fout).__name__})") from None


def _archief(ruw: bytes, naam: str) -> zipfile.ZipFile:
    try:
        archief = zipfile.ZipFile(io.BytesIO(ruw))
        delen = archief.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError):
        raise _fout(naam, "Excel-bestand is niet te lezen (geen geldig XLSX-bestand)") from None
    if len(delen) > MAX_DELEN or any(d.file_size > MAX_DEEL for d in delen):
        raise _fout(
            naam, f"Excel-bestand is uitgepakt te groot (een deel is meer dan {MAX_DEEL >> 20} MB)"
        )
    return archief


def _meet(archief: zipfile.ZipFile, pad: str, naam: str, blad: str, max_rijen: int) -> None:
    """Tel rijen en cellen per rij zonder het werkblad in het geheugen te zetten."""
    try:
        with archief.open(pad) as stroom:
            _tel(stroom, naam, blad, max_rijen)
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError) as fout:
        raise _fout(naam, f"Excel-bestand is niet te lezen ({type(fout).__name__})") from None


def _tel(stroom: IO[bytes], naam: str, blad: str, max_rijen: int) -> None:
    rijen = cellen = 0
    rest = b""
    while True:
        blok = stroom.read(1 << 20)
        data = rest + blok
        grens = max(len(data) - _MARGE, 0) if blok else len(data)
        for treffer in _TAG.finditer(data):
            if treffer.start() >= grens:
                break
            if treffer.group(1) == b"row":
                rijen, cellen = rijen + 1, 0
            else:
                cellen += 1
            if rijen > max_rijen:
                raise _fout(
                    naam, f"werkblad '{blad}' heeft meer dan {max_rijen} rijen; splits het bestand"
                )
            if cellen > MAX_CELLEN_PER_RIJ:
                raise _fout(
                    naam,
                    f"werkblad '{blad}': rij {rijen} heeft meer dan {MAX_CELLEN_PER_RIJ} cellen",
                )
        if not blok:
            return
        rest = data[grens:]


def _tekst(waarde: object) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, bool):  # zoals Nederlandse Excel het toont; de import noemt het
        return "WAAR" if waarde else "ONWAAR"
    if isinstance(waarde, dt.datetime):  # zoals een coördinator hem leest; waarden.datum leest hem
        tijd = "" if waarde.time() == dt.time() else f" {waarde:%H:%M}"
        return opmaak.datum(waarde.date()) + tijd
    if isinstance(waarde, dt.date):
        return opmaak.datum(waarde)
    if isinstance(waarde, float) and waarde.is_integer() and abs(waarde) < 1e15:
        return str(int(waarde))
    if isinstance(waarde, float):  # met een komma, zoals de coördinator het in Excel ziet
        return str(waarde).replace(".", ",")
    return str(waarde).strip()


def _fout(naam: str, bericht: str) -> InvoerFout:
    return InvoerFout([Probleem(naam, 1, 1, "", bericht)])
