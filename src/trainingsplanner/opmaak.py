"""Nederlandse opmaak van datums, bedragen, getallen en dagen ("3 maart 2027", "€ 12.600").

Gedeeld door de weergaven en door de meldingen van de engine (kosten), dus buiten render/.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache

MAANDEN = (
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
)  # fmt: skip


@lru_cache(maxsize=4096)
def datum(waarde: dt.date) -> str:
    return f"{waarde.day} {MAANDEN[waarde.month - 1]} {waarde.year}"


DAGEN_KORT = ("ma", "di", "wo", "do", "vr", "za", "zo")


def sessiedagen(dagen: list[dt.date]) -> str:
    """'di 9 maart 2027' of, voor een sessie van meer dagen, 'di 9 en wo 10 maart 2027'."""
    woorden = [f"{DAGEN_KORT[d.weekday()]} {datum(d)}" for d in dagen]
    if len({(d.year, d.month) for d in dagen}) == 1:
        woorden = [f"{DAGEN_KORT[d.weekday()]} {d.day}" for d in dagen[:-1]] + woorden[-1:]
    return lijst(woorden)


@lru_cache(maxsize=4096)
def maand(waarde: dt.date) -> str:
    return f"{MAANDEN[waarde.month - 1]} {waarde.year}"


@lru_cache(maxsize=4096)
def periode(start: dt.date, eind: dt.date) -> str:
    """'maart 2027' of 'maart – mei 2027' of 'november 2027 – februari 2028'."""
    if (start.year, start.month) == (eind.year, eind.month):
        return maand(start)
    if start.year == eind.year:
        return f"{MAANDEN[start.month - 1]} – {maand(eind)}"
    return f"{maand(start)} – {maand(eind)}"


@lru_cache(maxsize=4096)
def geheel(getal: float) -> str:
    """12600 → '12.600'."""
    return f"{round(getal):,}".replace(",", ".")


def aantal(getal: int, enkelvoud: str, meervoud: str) -> str:
    """(1, 'sessie', 'sessies') → '1 sessie'; (2, …) → '2 sessies'; 1200 → '1.200 sessies'."""
    return f"{geheel(getal)} {enkelvoud if getal == 1 else meervoud}"


def euro(bedrag: float) -> str:
    return f"€ {geheel(bedrag)}"


@lru_cache(maxsize=4096)
def dagen(waarde: float) -> str:
    """0.5 → '0,5'; 2.0 → '2'; 0.0625 → '0,063' (op drie decimalen, een half naar boven)."""
    getal = Decimal(repr(waarde)).quantize(Decimal("0.001"), rounding=ROUND_HALF_UP)
    tekst = f"{getal:.3f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",")


# De hele dag van de planning (catalogus: planning.tijden.hele_dag, 09:00–16:30), waarmee de
# engine ook de uren van medewerkers telt (kosten.uren_per_dag in het programma). De weergaven
# geven die van het programma mee; dit is alleen de standaard voor de meldingen van de engine.
UREN_PER_DAG = 7.5


def uren(waarde: float) -> str:
    """Op een half uur: 0.47 → '½'; 1.0 → '1'; 1.5 → '1½'; nooit minder dan een half uur."""
    halven = max(1, int(Decimal(repr(waarde * 2)).quantize(Decimal(1), rounding=ROUND_HALF_UP)))
    heel, half = divmod(halven, 2)
    return (str(heel) if heel else "") + ("½" if half else "")


@lru_cache(maxsize=4096)
def bereik_dagen(laag: float, hoog: float, uren_per_dag: float = UREN_PER_DAG) -> str:
    """De duur in gewone woorden: onder een halve dag in uren ('½ uur', '1–2 uur'), anders in
    dagen ('0,5 dag', '0,5–1 dag', '1–2 dagen'); '2 uur – 0,5 dag' als de bandbreedte de halve
    dag overschrijdt."""
    woord = "dag" if hoog <= 1 else "dagen"
    if hoog < 0.5:
        van, tot = uren(laag * uren_per_dag), uren(hoog * uren_per_dag)
        return f"{tot} uur" if van == tot else f"{van}–{tot} uur"
    if laag < 0.5:
        return f"{uren(laag * uren_per_dag)} uur – {dagen(hoog)} {woord}"
    if laag == hoog:
        return f"{dagen(laag)} {woord}"
    return f"{dagen(laag)}–{dagen(hoog)} {woord}"


TELWOORDEN = (
    "nul", "een", "twee", "drie", "vier", "vijf", "zes",
    "zeven", "acht", "negen", "tien", "elf", "twaalf",
)  # fmt: skip


def maal(laag: int, hoog: int) -> str:
    """(1, 2) → 'een- tot tweemaal'; (2, 2) → 'tweemaal'."""

    def woord(n: int) -> str:
        return TELWOORDEN[n] if 0 <= n < len(TELWOORDEN) else f"{n} "

    if laag == hoog:
        return f"{woord(laag)}maal"
    return f"{woord(laag)}- tot {woord(hoog)}maal"


def lijst(namen: list[str]) -> str:
    """'a', 'a en b', 'a, b en c'."""
    if len(namen) <= 1:
        return "".join(namen)
    return ", ".join(namen[:-1]) + " en " + namen[-1]


def in_zin(naam: str) -> str:
    """Een naam midden in een zin: 'College van B&W' → 'college van B&W'; 'MT …' blijft."""
    return naam[:1].lower() + naam[1:] if naam[1:2].islower() else naam
