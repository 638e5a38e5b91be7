"""Antwoorden lezen (CSV zoals Nederlandse Excel hem schrijft, of XLSX) en per team optellen.

Privacy (AVG): per persoon wordt niets bewaard of getoond. Kolommen met namen, e-mail of
andere kenmerken van de invuller worden genegeerd en als genegeerd gemeld; een team met te
weinig respondenten krijgt geen cijfers, alleen een advies.
"""

from __future__ import annotations

import csv
import io
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.lezen import lees_bytes
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.leerdoelwijzer.vragenlijst import KOLOMCODE
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.suggestie import bedoelde_u

PERSOONSKOLOM = re.compile(
    r"(naam|name|e-?mail|mail|respondent|medewerker|personeelsnummer|id$|^id\b|tijd|time|ip)",
    re.IGNORECASE,
)
MAX_BYTES = 20 * 1024 * 1024


@dataclass
class Tabel:
    """De ruwe antwoordtabel: kolomkoppen en rijen tekst, met het bestand voor meldingen."""

    bestand: str
    koppen: list[str]
    rijen: list[list[str]]


@dataclass
class Teamuitslag:
    team: str
    respondenten: int
    te_weinig: bool
    aandeel: dict[str, float] = field(default_factory=dict)
    nieuwe_leerdoelen: list[str] = field(default_factory=list)
    leerdoelen: list[str] = field(default_factory=list)
    individueel: dict[str, int] = field(default_factory=dict)
    open_antwoorden: int = 0


@dataclass
class Uitslag:
    teams: list[Teamuitslag]
    genegeerd: list[str]
    drempel: float
    minimum: int


def kolomletter(index: int) -> str:
    letters = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def lees(pad: Path) -> Tabel:
    naam = toon_pad(pad)
    ruw = lees_bytes(pad, naam, MAX_BYTES)
    if len(ruw) > MAX_BYTES:
        raise InvoerFout([Probleem(naam, 1, 1, "", "bestand is groter dan 20 MB")])
    if ruw[:2] == b"PK":
        return _lees_xlsx(ruw, naam)
    return _lees_csv(ruw, naam)


def _lees_csv(ruw: bytes, naam: str) -> Tabel:
    if ruw.startswith(b"\xef\xbb\xbf"):
        try:
            tekst = ruw.decode("utf-8-sig")
        except UnicodeDecodeError as fout:
            regel = ruw[: fout.start].count(b"\n") + 1
            raise InvoerFout(
                [
                    Probleem(
                        naam,
                        regel,
                        1,
                        "",
                        "gemengde codering: het bestand begint als UTF-8 maar bevat andere tekens; sla het opnieuw op als CSV UTF-8",
                    )
                ]
            ) from None
    else:
        try:
            tekst = ruw.decode("utf-8")
        except UnicodeDecodeError:
            tekst = ruw.decode("cp1252", errors="replace")
    if not tekst.strip():
        raise InvoerFout([Probleem(naam, 1, 1, "", "het bestand is leeg")])
    if "\x00" in tekst:
        raise InvoerFout([Probleem(naam, 1, 1, "", "dit is geen CSV- of Excel-bestand")])
    eerste = tekst.splitlines()[0]
    scheiding = ";" if eerste.count(";") >= eerste.count(",") else ","
    lezer = csv.reader(io.StringIO(tekst, newline=""), delimiter=scheiding)
    try:
        rijen = list(lezer)
    except csv.Error as fout:
        raise InvoerFout(
            [Probleem(naam, lezer.line_num or 1, 1, "", f"de CSV-opbouw klopt niet ({fout})")]
        ) from None
    rijen = [r for r in rijen if any(c.strip() for c in r)]
    return Tabel(naam, [k.strip() for k in rijen[0]], rijen[1:])


def _lees_xlsx(ruw: bytes, naam: str) -> Tabel:
    try:
        from openpyxl import load_workbook

        boek = load_workbook(io.BytesIO(ruw), read_only=True, data_only=True)
        blad = boek.worksheets[0]
        rijen = [
            ["" if c is None else str(c).strip() for c in rij]
            for rij in blad.iter_rows(values_only=True)
        ]
    except Exception as fout:  # een kapot of vreemd bestand: geen traceback, wel een melding
        raise InvoerFout(
            [Probleem(naam, 1, 1, "", f"Excel-bestand is niet te lezen ({type(fout).__name__})")]
        ) from None
    rijen = [r for r in rijen if any(c for c in r)]
    if not rijen:
        raise InvoerFout([Probleem(naam, 1, 1, "", "het bestand is leeg")])
    return Tabel(naam, rijen[0], rijen[1:])


def tel(tabel: Tabel, profiel: Profiel, cat: Catalogus, drempel: float | None = None) -> Uitslag:
    """Tel per team; alle fouten samen met rij en kolom. Geeft geen gegevens per persoon terug."""
    wijzer = cat.leerdoelwijzer
    drempel = wijzer.drempel if drempel is None else drempel
    problemen: list[Probleem] = []
    teamkolom: int | None = None
    vragen: dict[int, tuple[str, str]] = {}
    genegeerd: list[str] = []
    for i, kop in enumerate(tabel.koppen):
        gevonden = KOLOMCODE.search(kop)
        if kop.strip().lower() in ("team", "team [team]") or kop.strip().endswith("[team]"):
            teamkolom = i
        elif gevonden:
            soort, element = gevonden.group(1), gevonden.group(2)
            if soort != "open" and element not in cat.elementen:
                problemen.append(
                    Probleem(
                        tabel.bestand,
                        1,
                        i + 1,
                        kop,
                        f"onbekend element '{element}'.{bedoelde_u(element, cat.elementen)}".rstrip(
                            "."
                        ),
                    )
                )
            vragen[i] = (soort, element)
        elif PERSOONSKOLOM.search(kop):
            genegeerd.append(f"kolom {kolomletter(i)} ({kop}): persoonsgegevens, genegeerd")
        elif kop:
            genegeerd.append(
                f"kolom {kolomletter(i)} ({kop}): geen vraag van de leerdoelwijzer, genegeerd"
            )
    if teamkolom is None:
        problemen.append(
            Probleem(
                tabel.bestand,
                1,
                1,
                "",
                "kolom 'Team [team]' ontbreekt; gebruik het sjabloon van plan leerdoelwijzer create",
            )
        )
    if not any(s == "leren" for s, _ in vragen.values()):
        problemen.append(
            Probleem(
                tabel.bestand,
                1,
                1,
                "",
                "geen antwoordkolommen gevonden (koppen eindigen op [leren:…]); gebruik het sjabloon",
            )
        )
    if not tabel.rijen:
        problemen.append(
            Probleem(tabel.bestand, 2, 1, "", "er staan geen antwoorden in het bestand")
        )
    if problemen:
        raise InvoerFout(problemen)
    assert teamkolom is not None
    teams = {t.naam.casefold(): t for t in profiel.teams}
    labels_behoefte = {p.label.casefold(): p.waarde for p in wijzer.schaal_behoefte}
    labels_frequentie = {p.label.casefold(): p.waarde for p in wijzer.schaal_frequentie}
    respondenten: dict[str, int] = defaultdict(int)
    nodig: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    open_antwoorden: dict[str, int] = defaultdict(int)
    for r, rij in enumerate(tabel.rijen, start=2):
        rij = rij + [""] * (len(tabel.koppen) - len(rij))
        teamnaam = rij[teamkolom].strip()
        team = teams.get(teamnaam.casefold())
        if team is None:
            hint = bedoelde_u(teamnaam, [t.naam for t in profiel.teams])
            wat = f"onbekend team '{teamnaam}'" if teamnaam else "team is leeg"
            problemen.append(
                Probleem(
                    tabel.bestand,
                    r,
                    teamkolom + 1,
                    tabel.koppen[teamkolom],
                    f"{wat}.{hint}".rstrip("."),
                )
            )
            continue
        respondenten[team.naam] += 1
        for i, (soort, code) in vragen.items():
            waarde = rij[i].strip()
            if not waarde:
                continue
            if soort == "open":
                open_antwoorden[team.naam] += 1
                continue
            schaal = labels_behoefte if soort == "leren" else labels_frequentie
            getal = _waarde(waarde, schaal)
            if getal is None:
                keuzes = ", ".join(schaal)
                problemen.append(
                    Probleem(
                        tabel.bestand,
                        r,
                        i + 1,
                        f"kolom {kolomletter(i)}",
                        f"'{waarde}' is geen antwoord op deze schaal; kies uit: {keuzes}",
                    )
                )
                continue
            if soort == "leren" and getal >= wijzer.behoefte_vanaf:
                nodig[team.naam][code] += 1
    if problemen:
        raise InvoerFout(problemen)
    uitslagen = []
    for team in profiel.teams:
        n = respondenten.get(team.naam, 0)
        if n == 0:
            continue
        uitslag = Teamuitslag(
            team.naam,
            n,
            n < wijzer.minimum_respondenten,
            open_antwoorden=open_antwoorden[team.naam],
        )
        if not uitslag.te_weinig:
            for code, aantal in sorted(nodig[team.naam].items(), key=lambda x: (-x[1], x[0])):
                if not cat.elementen[code].doelgroep.staat_toe(team.functiegroep, "team"):
                    continue
                uitslag.aandeel[code] = aantal / n
                if aantal / n >= drempel:
                    uitslag.nieuwe_leerdoelen.append(code)
                elif code not in team.leerdoelen:
                    uitslag.individueel[code] = aantal
            uitslag.leerdoelen = list(dict.fromkeys([*team.leerdoelen, *uitslag.nieuwe_leerdoelen]))
        uitslagen.append(uitslag)
    return Uitslag(uitslagen, genegeerd, drempel, wijzer.minimum_respondenten)


def _waarde(tekst: str, schaal: dict[str, int]) -> int | None:
    sleutel = tekst.strip().casefold()
    if sleutel in schaal:
        return schaal[sleutel]
    if sleutel.isdigit() and int(sleutel) in schaal.values():
        return int(sleutel)
    return None
