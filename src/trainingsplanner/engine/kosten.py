"""Omvang en kosten: trainersdagen en euro's als bandbreedte (D6), per kalenderjaar en per soort,
vergeleken met het budget (R7.10).

Soorten: externe trainers (sessies × duur × dagtarief), e-learninglicenties (deelnemers × prijs
per deelnemer, R8.2) en interne trainers (sessies × duur × uren per dag × uurtarief, R8.3).
Een soort telt alleen mee als het profiel de prijs geeft. Elke sessie hoort bij het
kalenderjaar van de maand waarin de planning haar zet.

Apart daarvan de uren van medewerkers: deelnames × duur × de uren van een hele dag (de tijden
van een sessie, 09:00–16:30 = 7,5 uur), met een uurtarief uit het profiel ook in euro. Die uren
zijn geen kasuitgave: ze tellen niet in `totaal` en niet in het budgetoordeel (issue 13).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from typing import get_args

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.omvang import Omvang, Paar, Prijzen, som
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.opmaak import euro as _euro
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import (
    Bereik,
    KostenJaar,
    KostenOverzicht,
    Kostenregel,
    Kostensoort,
    Onderdeelkosten,
    Waarschuwing,
    zonder_validatie,
)


@dataclass(frozen=True, slots=True)
class Kosten:
    """Wat `bereken` oplevert: het overzicht, de waarschuwingen over het budget en de eigen
    kosten van elk onderdeel (None als het er geen heeft, zie `Omvang.alleen_jaar`)."""

    overzicht: KostenOverzicht
    waarschuwingen: list[Waarschuwing]
    per_onderdeel: list[Onderdeelkosten | None]
    """Eén per voorstel, in de volgorde van `bereken`."""


def bereken(
    voorstellen: Iterable[Voorstel],
    profiel: Profiel,
    cat: Catalogus,
    sessies_per_jaar: dict[str, dict[int, int]],
) -> Kosten:
    """De kosten van het programma, de waarschuwingen over het budget en de eigen kosten van
    elk onderdeel, vóór er een `Onderdeel` van gemaakt wordt (dat ontstaat zo één keer, met
    zijn kosten). De voorstellen in de volgorde van het programma en met hun datums;
    `sessies_per_jaar` geeft per onderdeel de sessies per kalenderjaar (uit de planning)."""
    p = Prijzen.uit(profiel, cat)
    per_jaar: dict[int, list[Kostenregel]] = defaultdict(list)
    uren_per_jaar: dict[int, list[Paar]] = defaultdict(list)
    extern: list[Paar] = []
    eigen: list[Onderdeelkosten | None] = []
    gezien: dict[tuple[object, ...], Omvang] = {}
    for v in voorstellen:
        sessies = v.sessies
        if sessies == 0:
            eigen.append(None)
            continue
        jaren = sessies_per_jaar.get(v.id, {})
        sleutel = Omvang.sleutel(v, sessies, jaren)
        omvang = gezien.get(sleutel)
        if omvang is None:
            omvang = gezien[sleutel] = Omvang.van(v, sessies, jaren, p)
        if omvang.trainersdagen is not None:
            extern.append(omvang.trainersdagen)
        for deel in omvang.delen:
            uren_per_jaar[deel.jaar].append(deel.uren)
        if omvang.soort is not None:
            for deel in omvang.delen:
                velden = {
                    "id": v.id,
                    "soort": omvang.soort,
                    "sessies": deel.sessies,
                    "deelnemers": deel.deelnemers,
                    "dagen": deel.dagen,
                    "euro": deel.euro,
                }
                per_jaar[deel.jaar].append(zonder_validatie(Kostenregel, velden))
        alleen = omvang.alleen_jaar
        zonder = alleen is not None and v.start is not None and v.start.year == alleen
        eigen.append(None if zonder else omvang.kosten)
    jaren_lijst = [
        _jaar(jaar, per_jaar[jaar], uren_per_jaar[jaar], p)
        for jaar in sorted(per_jaar.keys() | uren_per_jaar.keys())
    ]
    dagen = Bereik(min=round(sum(a for a, _ in extern), 3), max=round(sum(b for _, b in extern), 3))
    overzicht = _overzicht(dagen, jaren_lijst, profiel, p)
    waarschuwingen = _budgetwaarschuwingen(overzicht, cat.stappenplan.kosten.budget_marge)
    return Kosten(overzicht, waarschuwingen, eigen)


def _som(bereiken: Iterable[Bereik]) -> Bereik:
    lijst = list(bereiken)
    return Bereik(min=round(sum(b.min for b in lijst), 3), max=round(sum(b.max for b in lijst), 3))


def _jaar(jaar: int, regels: list[Kostenregel], uren: list[Paar], p: Prijzen) -> KostenJaar:
    extern = [r for r in regels if r.soort == "externe-trainers"]
    per_soort: dict[Kostensoort, list[Bereik]] = defaultdict(list)
    for r in regels:
        if r.euro is not None:
            per_soort[r.soort].append(r.euro)
    tarief = p.uurtarief_medewerker
    return KostenJaar(
        jaar=jaar,
        trainersdagen=_som(r.dagen for r in extern),
        euro=_som(r.euro for r in extern if r.euro) if p.dagtarief is not None else None,
        per_soort={soort: _som(b) for soort, b in per_soort.items()},
        onderdelen=regels,
        uren_medewerkers=som(uren),
        euro_medewerkers=None
        if tarief is None
        else som(((a * tarief, b * tarief) for a, b in uren), 2),
    )


def _overzicht(
    dagen: Bereik, jaren: list[KostenJaar], profiel: Profiel, p: Prijzen
) -> KostenOverzicht:
    soorten: dict[Kostensoort, Bereik] = {}
    for soort in get_args(Kostensoort):
        bedragen = [j.per_soort[soort] for j in jaren if soort in j.per_soort]
        if bedragen:
            soorten[soort] = _som(bedragen)
    tarief = p.dagtarief
    uren = _som(j.uren_medewerkers for j in jaren if j.uren_medewerkers)
    return KostenOverzicht(
        trainersdagen=dagen,
        euro=(
            Bereik(min=round(dagen.min * tarief, 2), max=round(dagen.max * tarief, 2))
            if tarief is not None
            else None
        ),
        dagtarief=tarief,
        budget=profiel.kosten.budget if profiel.kosten else None,
        per_soort=soorten,
        totaal=_som(soorten.values()) if tarief is not None else None,
        per_jaar=jaren,
        uurtarief_medewerker=p.uurtarief_medewerker,
        uren_per_dag=p.uren_deelnemer,
        uren_medewerkers=uren,
        euro_medewerkers=(
            _som(j.euro_medewerkers for j in jaren if j.euro_medewerkers)
            if p.uurtarief_medewerker is not None
            else None
        ),
    )


def _budgetwaarschuwingen(k: KostenOverzicht, marge: float) -> list[Waarschuwing]:
    """R7.10: boven het budget een waarschuwing; alleen de ondergrens gedekt een opmerking;
    de bovengrens binnen `marge` onder het budget ook een waarschuwing."""
    bedrag = k.totaal or k.euro
    if bedrag is None or k.budget is None or k.oordeel is None:
        return []
    schatting = f"({_euro(bedrag.min)} tot {_euro(bedrag.max)})"
    if k.oordeel == "boven":
        return [
            Waarschuwing(
                code="budget-overschreden",
                ernst="waarschuwing",
                regel="R7.10",
                bericht=(
                    f"De geschatte kosten {schatting} liggen boven het budget van "
                    f"{_euro(k.budget)}. Kies met de leerdoelen wat voorgaat, laat delen door "
                    "een interne trainer geven (R8.3) of vraag de aanbieder om een scherpere "
                    "prijs (R7.10)."
                ),
            )
        ]
    if k.oordeel == "krap":
        return [
            Waarschuwing(
                code="budget-krap",
                ernst="info",
                regel="R7.10",
                bericht=(
                    f"Het budget van {_euro(k.budget)} dekt de ondergrens van de schatting, niet "
                    f"de bovengrens ({_euro(bedrag.max)}). Maak de duur per onderdeel vast in de "
                    "intake met de aanbieder (R7.10)."
                ),
            )
        ]
    if bedrag.max < k.budget * (1 - marge):
        return []
    procent = f"{marge * 100:g}".replace(".", ",")
    return [
        Waarschuwing(
            code="budget-bijna-op",
            ernst="waarschuwing",
            regel="R7.10",
            bericht=(
                f"De bovengrens van de schatting ({_euro(bedrag.max)}) ligt binnen {procent} % "
                f"van het budget van {_euro(k.budget)}: er is weinig ruimte voor tegenvallers. "
                "Houd een reserve aan of maak de duur per onderdeel vast in de intake (R7.10)."
            ),
        )
    ]
