"""De voorgestelde datums van de sessies van één onderdeel, kort en leesbaar.

Sessies van hetzelfde onderdeel op dezelfde dagen en tijden (twee groepen tegelijk, elk met een
eigen trainer) staan samen: 'sessie 1 en 2, twee groepen tegelijk: di 4 en wo 5 april 2028'.
"""

from __future__ import annotations

from collections.abc import Sequence

from trainingsplanner import opmaak
from trainingsplanner.programma import Sessiedatum


def groepen(sessies: Sequence[Sessiedatum]) -> list[list[Sessiedatum]]:
    """De sessies, die op dezelfde dagen en tijden samen, in de volgorde van de eerste."""
    per: dict[tuple[tuple[object, ...], str, str], list[Sessiedatum]] = {}
    for s in sessies:
        per.setdefault((tuple(s.dagen), s.van, s.tot), []).append(s)
    return list(per.values())


def nummers(groep: Sequence[Sessiedatum]) -> str:
    """'1' of '1 en 2'."""
    return opmaak.lijst([str(s.nummer) for s in groep])


def dagen(groep: Sequence[Sessiedatum], *, sessie: bool = True) -> str:
    """'di 4 april 2028', of voor een groep 'sessie 1 en 2, twee groepen tegelijk: di 4 april
    2028' (zonder 'sessie 1 en 2' waar een kolom het nummer al toont)."""
    tekst = opmaak.sessiedagen(groep[0].dagen)
    if len(groep) == 1:
        return tekst
    n = len(groep)
    telwoord = opmaak.TELWOORDEN[n] if n < len(opmaak.TELWOORDEN) else str(n)
    voor = f"sessie {nummers(groep)}, " if sessie else ""
    return f"{voor}{telwoord} groepen tegelijk: {tekst}"


def kort(o_sessies: Sequence[Sessiedatum], hoogstens: int | None = None) -> str:
    """'(voorstel, 09:00–16:30): di 9 maart 2027; sessie 2 en 3, twee groepen tegelijk: …';
    met `hoogstens` niet meer dan zoveel momenten en dan 'en nog 4 sessies'."""
    if not o_sessies:
        return ""
    tijden = sorted({f"{s.van}–{s.tot}" for s in o_sessies})
    gegeven = all(s.status == "gegeven" for s in o_sessies)
    soort = "gegeven" if gegeven else "voorstel"
    alle = groepen(o_sessies)
    getoond = alle if hoogstens is None else alle[:hoogstens]
    delen = [
        dagen(g) + (" (gegeven)" if not gegeven and all(s.status == "gegeven" for s in g) else "")
        for g in getoond
    ]
    rest = sum(len(g) for g in alle[len(getoond) :])
    if rest:
        delen.append(f"en nog {opmaak.aantal(rest, 'sessie', 'sessies')}")
    return f"({soort}, {', '.join(tijden)}): {'; '.join(delen)}"
