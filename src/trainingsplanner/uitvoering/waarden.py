"""Waarden uit een opdracht of een ingevuld blad: datum, status, aantal, cijfer, kwartaal.

Elke functie geeft de waarde of werpt `ValueError` met een Nederlandse zin die zegt wat wel
kan; de aanroeper zet er de plek bij (optie, of rij en kolom).
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import ROUND_HALF_UP, Decimal

from trainingsplanner import opmaak
from trainingsplanner.uitvoering.gegevens import Sessiestatus

STATUSWOORDEN: dict[str, Sessiestatus] = {
    "ja": "gegeven",
    "nee": "geannuleerd",
    "gegeven": "gegeven",
    "geannuleerd": "geannuleerd",
    "verplaatst": "verplaatst",
    "waar": "gegeven",
    "onwaar": "geannuleerd",
    "true": "gegeven",
    "false": "geannuleerd",
}
"""'ja' is gegeven; 'nee' is niet doorgegaan (geannuleerd). Een Excel-cel WAAR/ONWAAR (TRUE/
FALSE) telt als ja/nee; de import noemt het woord bij een geannuleerde sessie (`omschreven`)."""
KEUZE = (
    "kies uit ja (gegeven), nee (niet doorgegaan: geannuleerd), gegeven, geannuleerd of "
    "verplaatst; laat leeg zolang de sessie nog moet komen"
)
MAX_AANWEZIG = 100_000
MAX_OPMERKING = 500
_TIJD = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?"
"""Een tijd achter de datum ('11-3-2027 14:30', een Excel-cel met datum en tijd): de dag telt."""
_ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})" + _TIJD)
_NL = re.compile(r"(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})" + _TIJD)
_MAAND = {naam: i for i, naam in enumerate(opmaak.MAANDEN, start=1)}
_WOORDEN = re.compile(r"(\d{1,2}) ([a-z]+) (\d{4})" + _TIJD, re.IGNORECASE)
"""'11 maart 2027' (en '11 maart 2027 14:30'): zo geeft de import een Excel-datum door."""
_KWARTAAL = re.compile(r"(\d{4})\s*-?\s*[KkQq]([1-4])")
_CIJFER = re.compile(r"\d{1,2}(?:[.,](\d+))?")


def datum(tekst: str) -> dt.date:
    """'2027-05-12', '12-05-2027', '12-5-2027', '12/5/2027' (dag eerst, zoals Excel-NL) of
    '12 mei 2027' (zo geeft de import een datumcel uit Excel door).

    Staat er een tijd achter ('12-05-2027 14:30'), dan telt de dag: de tijd wordt niet bewaard.
    """
    schoon = tekst.strip()
    if not schoon:
        raise ValueError(
            "de datum ontbreekt; vul de datum van de sessie in, bijvoorbeeld 12-05-2027"
        )
    iso, nl, woorden = _ISO.fullmatch(schoon), _NL.fullmatch(schoon), _WOORDEN.fullmatch(schoon)
    delen = (iso.group(1), iso.group(2), iso.group(3)) if iso else None
    if nl:
        delen = (nl.group(3), nl.group(2), nl.group(1))
    if woorden and woorden.group(2).casefold() in _MAAND:
        maand = str(_MAAND[woorden.group(2).casefold()])
        delen = (woorden.group(3), maand, woorden.group(1))
    if delen is not None and 2000 <= int(delen[0]) <= 2100:
        try:
            return dt.date(int(delen[0]), int(delen[1]), int(delen[2]))
        except ValueError:
            pass
    raise ValueError(
        f"'{kort(tekst)}' is geen datum; schrijf bijvoorbeeld 2027-05-12 of 12-05-2027"
    )


def status(tekst: str) -> Sessiestatus:
    woord = tekst.strip().casefold()
    if woord in STATUSWOORDEN:
        return STATUSWOORDEN[woord]
    raise ValueError(f"'{kort(tekst)}' kan niet; {KEUZE}")


def omschreven(tekst: str) -> str | None:
    """Het woord als het 'niet doorgegaan' betekent zonder 'geannuleerd' te zeggen ('nee',
    'ONWAAR'): de import toont het, zodat niemand 'nee' stil als 'nog niet' leest."""
    woord = tekst.strip()
    if STATUSWOORDEN.get(woord.casefold()) == "geannuleerd" and woord.casefold() != "geannuleerd":
        return woord
    return None


def aantal(tekst: str, *, hoogstens: int = MAX_AANWEZIG) -> int:
    """Een geheel getal van 0 tot en met `hoogstens` ('12'; Excel schrijft soms '12.0')."""
    schoon = tekst.strip().removesuffix(".0").removesuffix(",0")
    if schoon.isascii() and schoon.isdigit() and len(schoon) <= 9 and int(schoon) <= hoogstens:
        return int(schoon)
    raise ValueError(
        f"'{kort(tekst)}' is geen aantal; vul een geheel getal van 0 tot en met {hoogstens} in"
    )


def sessienummer(tekst: str, sessies: int) -> int:
    """Een sessienummer van 1 tot en met `sessies`."""
    try:
        nummer = aantal(tekst)
    except ValueError:
        nummer = 0
    if 1 <= nummer <= sessies:
        return nummer
    if sessies == 1:
        raise ValueError(f"sessie '{kort(tekst)}' bestaat niet; dit onderdeel heeft één sessie (1)")
    raise ValueError(
        f"sessie '{kort(tekst)}' bestaat niet; dit onderdeel heeft {sessies} sessies (1 tot en met {sessies})"
    )


def cijfer(tekst: str) -> float:
    """Een evaluatiecijfer van 1 tot en met 10 met hoogstens één decimaal ('7', '7,5' of '7.5').

    Eén regel, zonder stil afronden: meer decimalen worden geweigerd, met het afgeronde cijfer
    (half naar boven) als voorstel; een nul erachter mag ('7,50'). Drie cijfers na de punt of
    komma ('1.000') kunnen een duizendtal-teken zijn en worden dus ook geweigerd.
    """
    schoon = tekst.strip()
    gevonden = _CIJFER.fullmatch(schoon)
    if gevonden:
        waarde = Decimal(schoon.replace(",", "."))
        decimalen = gevonden.group(1) or ""
        if len(decimalen) == 3:
            raise ValueError(
                f"'{kort(tekst)}' kan niet: een cijfer heeft hoogstens één decimaal, en een punt "
                "of komma voor duizendtallen hoort hier niet; schrijf bijvoorbeeld 7 of 7,5"
            )
        if decimalen.rstrip("0")[1:] and 1 <= waarde <= 10:
            afgerond = waarde.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
            raise ValueError(
                f"'{kort(tekst)}' heeft meer dan één decimaal; rond af op één decimaal "
                f"(half naar boven: {cijfertekst(float(afgerond))})"
            )
        if 1 <= waarde <= 10:
            return float(waarde)
    raise ValueError(
        f"'{kort(tekst)}' is geen cijfer; vul een cijfer van 1 tot en met 10 in (7 of 7,5)"
    )


def kwartaal(tekst: str, vandaag: dt.date | None = None) -> str:
    """'2027-K2' (ook '2027K2', '2027-k2' of '2027-Q2') → '2027-K2'.

    Met `vandaag`: een kwartaal dat nog niet begonnen is kan geen meldingen hebben (het
    lopende kwartaal wel: het aantal tot nu toe).
    """
    gevonden = _KWARTAAL.fullmatch(tekst.strip())
    if not (gevonden and 2000 <= int(gevonden.group(1)) <= 2100):
        raise ValueError(f"'{kort(tekst)}' is geen kwartaal; schrijf bijvoorbeeld 2027-K2")
    code = f"{gevonden.group(1)}-K{gevonden.group(2)}"
    begin = dt.date(int(gevonden.group(1)), 3 * int(gevonden.group(2)) - 2, 1)
    if vandaag is not None and begin > vandaag:
        raise ValueError(
            f"{code} is nog niet begonnen (begint op {opmaak.datum(begin)}); leg de meldingen "
            "vast als het kwartaal begonnen is"
        )
    return code


def opmerking(tekst: str) -> str:
    schoon = tekst.strip()
    if len(schoon) > MAX_OPMERKING:
        raise ValueError(
            f"de opmerking is {len(schoon)} tekens; hoogstens {MAX_OPMERKING} (en geen namen van medewerkers)"
        )
    return schoon


def cijfertekst(waarde: float) -> str:
    """7.0 → '7'; 7.5 → '7,5'; een gemiddelde 7,25 → '7,3': half naar boven, zoals de
    meldingen bij het invoeren beloven (niet de binaire afronding van float: '7,2')."""
    from decimal import ROUND_HALF_UP, Decimal

    afgerond = Decimal(repr(waarde)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
    return f"{afgerond}".removesuffix(".0").replace(".", ",")


def kort(tekst: str) -> str:
    return tekst if len(tekst) <= 40 else tekst[:37] + "…"
