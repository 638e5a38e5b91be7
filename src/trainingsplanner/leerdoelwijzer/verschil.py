"""Tekstbewerkingen toepassen en als verschil tonen (unified diff), met een grens aan de lengte.

De bewerkingen zijn bekend (welke tekens worden vervangen), dus het verschil wordt daaruit
opgebouwd in plaats van twee hele bestanden te vergelijken: dat bleef bij een profiel van
4 MB minuten duren. Een lang verschil wordt afgekapt: de eerste regels, dan "… en N regels meer".
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from trainingsplanner.opmaak import geheel

MAX_REGELS = 200
"""Meeste regels van een getoond verschil."""

_CONTEXT = 3
_REGELEINDE = re.compile(r"\r\n|\r|\n")


@dataclass(frozen=True)
class Bewerking:
    """Vervang tekst[begin:einde] door `tekst` (begin == einde: invoegen)."""

    begin: int
    einde: int
    tekst: str


def pas_toe(tekst: str, bewerkingen: list[Bewerking]) -> str:
    delen: list[str] = []
    positie = 0
    for bewerking in sorted(bewerkingen, key=lambda b: (b.begin, b.einde)):
        if bewerking.begin < positie:  # pragma: no cover - overlappende bewerkingen: een fout hier
            raise ValueError("bewerkingen overlappen")
        delen += [tekst[positie : bewerking.begin], bewerking.tekst]
        positie = bewerking.einde
    delen.append(tekst[positie:])
    return "".join(delen)


def verschil(
    oud: str, bewerkingen: list[Bewerking], naam: str, max_regels: int = MAX_REGELS
) -> str:
    """Een unified diff van `oud` naar het resultaat van de bewerkingen; leeg zonder verschil."""
    begins = [0] + [m.end() for m in _REGELEINDE.finditer(oud)]
    regels = _regels(oud)
    blokken = _blokken(oud, begins, regels, bewerkingen)
    if not blokken:
        return ""
    uit = [f"--- {naam} (oud)", f"+++ {naam} (nieuw)"]
    verschuiving = 0
    groep: list[tuple[int, int, list[str]]] = []
    for blok in blokken:
        if groep and blok[0] - _CONTEXT > groep[-1][1] + _CONTEXT:
            verschuiving = _hunk(uit, regels, groep, verschuiving)
            groep = []
        groep.append(blok)
    _hunk(uit, regels, groep, verschuiving)
    if len(uit) > max_regels + 2:
        meer = len(uit) - max_regels - 2
        uit = [*uit[: max_regels + 2], f"… en {geheel(meer)} regels meer"]
    return "\n".join(uit) + "\n"


def _regels(tekst: str) -> list[str]:
    regels = _REGELEINDE.split(tekst)
    if regels and regels[-1] == "":
        regels.pop()
    return regels


def _blokken(
    oud: str, begins: list[int], regels: list[str], bewerkingen: list[Bewerking]
) -> list[tuple[int, int, list[str]]]:
    """Oude regels [a, b) en de nieuwe regels ervoor; bewerkingen op dezelfde regel samen."""
    groepen: list[tuple[int, int, list[Bewerking]]] = []
    for bewerking in sorted(bewerkingen, key=lambda b: (b.begin, b.einde)):
        a = bisect.bisect_right(begins, bewerking.begin) - 1
        if bewerking.begin == begins[a] and bewerking.begin == bewerking.einde:
            b = a  # invoegen aan het begin van een regel: geen oude regel geraakt
        else:
            b = min(max(bisect.bisect_right(begins, bewerking.einde - 1), a + 1), len(regels))
        if groepen and (a < groepen[-1][1] or a == b == groepen[-1][0] == groepen[-1][1]):
            vorige_a, vorige_b, vorige = groepen.pop()
            a, b, bewerkingen_hier = vorige_a, max(b, vorige_b), [*vorige, bewerking]
        else:
            bewerkingen_hier = [bewerking]
        groepen.append((a, b, bewerkingen_hier))
    blokken: list[tuple[int, int, list[str]]] = []
    for a, b, groep in groepen:
        begin, einde = begins[a], begins[b] if b < len(begins) else len(oud)
        relatief = [Bewerking(x.begin - begin, x.einde - begin, x.tekst) for x in groep]
        nieuw = pas_toe(oud[begin:einde], relatief)
        blokken.append((a, b, [r + "\n" for r in _regels(nieuw)]))
    return blokken


def _hunk(
    uit: list[str], regels: list[str], groep: list[tuple[int, int, list[str]]], verschuiving: int
) -> int:
    """Eén @@-blok voor een groep dicht bij elkaar liggende bewerkingen; geeft de verschuiving."""
    begin = max(0, groep[0][0] - _CONTEXT)
    einde = min(len(regels), groep[-1][1] + _CONTEXT)
    inhoud: list[str] = []
    positie = begin
    oud_aantal = nieuw_aantal = 0
    for a, b, nieuw in groep:
        for regel in regels[positie:a]:
            inhoud.append(" " + regel)
            oud_aantal, nieuw_aantal = oud_aantal + 1, nieuw_aantal + 1
        inhoud += ["-" + r for r in regels[a:b]]
        inhoud += ["+" + r.rstrip("\n") for r in nieuw]
        oud_aantal, nieuw_aantal = oud_aantal + b - a, nieuw_aantal + len(nieuw)
        positie = b
    for regel in regels[positie:einde]:
        inhoud.append(" " + regel)
        oud_aantal, nieuw_aantal = oud_aantal + 1, nieuw_aantal + 1
    nieuw_begin = begin + verschuiving
    uit.append(f"@@ -{_bereik(begin, oud_aantal)} +{_bereik(nieuw_begin, nieuw_aantal)} @@")
    uit.extend(inhoud)
    return verschuiving + nieuw_aantal - oud_aantal


def _bereik(begin: int, aantal: int) -> str:
    start = begin + 1 if aantal else begin
    return str(start) if aantal == 1 else f"{start},{aantal}"
