"""De indicatoren zoals de weergaven ze tonen (R4.1): per stap wat er gemeten wordt, en per
team de streefwaarden. Hier wordt alleen opgemaakt; de metingen vult de engine
(`engine/indicatoren.py`).
"""

from __future__ import annotations

from typing import Any

from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import Indicator, Meetpunt, Programma
from trainingsplanner.typen import Maat, Meetperiode

AANNAME = "aanname planner"
PERIODE: dict[Meetperiode, str] = {
    "looptijd": "aan het eind",
    "jaar": "elk jaar",
    "kwartaal": "elk kwartaal",
}
MAAT: dict[Maat, str] = {
    "aandeel": "aandeel van de geplande deelnemers",
    "aantal": "aantal keer gegeven",
    "cijfer": "gemiddeld evaluatiecijfer",
    "meldingen": "aantal GIR-meldingen",
}
GEEN_DOEL = (
    "Het doel is niet ingevuld (toetspunten.{toetspunt} in het profiel). Vul in wat de "
    "gemeente met het programma wil bereiken; dan is duidelijk waartegen gemeten wordt (R7.9)."
)


def maak(programma: Programma, cat: Catalogus) -> dict[str, Any]:
    """Leeg zonder indicatoren; anders het doel, de tabellen per stap en de tabel per team."""
    ind = programma.indicatoren
    if ind is None or not ind.lijst:
        return {}
    stappen = []
    for stap in cat.stappenplan.stappen:
        rijen = [_rij(i) for i in ind.lijst if i.stap == stap.nummer]
        if rijen:
            stappen.append(
                {
                    "nummer": stap.nummer,
                    "naam": stap.naam,
                    "doelen": ", ".join(stap.doelen),
                    "rijen": rijen,
                }
            )
    return {
        "doel": ind.doel or "",
        "geen_doel": "" if ind.doel else GEEN_DOEL.format(toetspunt=ind.toetspunt),
        "stappen": stappen,
        "teams": _teams(ind.lijst),
    }


def _rij(i: Indicator) -> dict[str, str]:
    return {
        "id": i.id,
        "naam": i.naam,
        "maat": MAAT[i.maat],
        "voor": "de organisatie" if i.per == "organisatie" else "elk team",
        "periode": PERIODE[i.periode],
        "streef": _streef_algemeen(i),
        "hoe": i.hoe,
        "bron": ", ".join(i.bron),
    }


def _streef_algemeen(i: Indicator) -> str:
    """De streefwaarde in de tabel per stap; per team staat hij in de tabel per team."""
    if i.per == "organisatie" and i.meetpunten:
        return streef(i, i.meetpunten[0])
    if i.maat == "aantal":
        return "wat het programma per team plant (zie per team)"
    if i.maat == "meldingen":
        return streef(i, i.meetpunten[0]) if i.meetpunten else ""
    return _merk(_waarde(i.maat, i.meetpunten[0].streef) if i.meetpunten else "", i)


def streef(i: Indicator, m: Meetpunt) -> str:
    """'100 % van 14 deelnemers', '6 keer', '7 of hoger (aanname planner)', of de trend."""
    if i.maat == "meldingen":
        return "geen streefwaarde: de trend telt"
    tekst = _waarde(i.maat, m.streef)
    if i.maat == "aandeel" and m.basis is not None:
        tekst += f" van {opmaak.aantal(m.basis, 'deelnemer', 'deelnemers')}"
    return _merk(tekst, i)


def _waarde(maat: Maat, waarde: float | None) -> str:
    if waarde is None:
        return ""
    if maat == "aandeel":
        return f"{opmaak.dagen(waarde * 100)}\u00a0%"
    if maat == "cijfer":
        return f"{opmaak.dagen(waarde)} of hoger"
    return opmaak.aantal(round(waarde), "keer", "keer")


def _merk(tekst: str, i: Indicator) -> str:
    return f"{tekst} ({AANNAME})" if i.aanname and tekst else tekst


def _teams(lijst: list[Indicator]) -> dict[str, Any]:
    """Per team (rij) de streefwaarde van elke indicator per team (kolom); meldingen niet (die
    hebben geen streefwaarde)."""
    kolommen = [i for i in lijst if i.per == "team" and i.maat != "meldingen"]
    cellen: dict[str, dict[str, str]] = {}
    for i in kolommen:
        for m in i.meetpunten:
            if m.team is not None:
                cellen.setdefault(m.team, {})[i.id] = streef(i, m)
    if not cellen:
        return {}
    return {
        "koppen": ["Team", *(i.naam for i in kolommen)],
        "rijen": [[team, *(rij.get(i.id, "—") for i in kolommen)] for team, rij in cellen.items()],
    }
