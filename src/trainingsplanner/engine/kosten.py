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
from trainingsplanner.opmaak import euro as _euro
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import (
    Bereik,
    KostenJaar,
    KostenOverzicht,
    Kostenregel,
    Kostensoort,
    Onderdeel,
    Onderdeelkosten,
    Waarschuwing,
)


@dataclass(frozen=True)
class Prijzen:
    """De prijzen uit het profiel (None: onbekend), de uren per trainingsdag van een interne
    trainer en de uren van een hele dag voor een deelnemer."""

    dagtarief: float | None
    e_learning: float | None
    uurtarief: float | None
    uren_per_dag: float
    uurtarief_medewerker: float | None = None
    uren_deelnemer: float = 7.5

    @classmethod
    def uit(cls, profiel: Profiel, cat: Catalogus) -> Prijzen:
        k = profiel.kosten
        uren = cat.stappenplan.kosten.uren_per_trainingsdag
        tijden = profiel.planning.tijden
        dag = (tijden and tijden.hele_dag) or cat.stappenplan.planning.tijden.hele_dag
        deelnemer = _uren(dag.van, dag.tot)
        if k is None:
            return cls(None, None, None, uren, None, deelnemer)
        return cls(
            k.dagtarief_trainer,
            k.e_learning_per_deelnemer,
            k.uurtarief_interne_trainer,
            k.uren_interne_trainer_per_dag or uren,
            k.uurtarief_medewerker,
            deelnemer,
        )


def _uren(van: str, tot: str) -> float:
    """'09:00' tot '16:30' → 7,5 uur."""
    (vu, vm), (tu, tm) = (map(int, t.split(":")) for t in (van, tot))
    return max((tu * 60 + tm - vu * 60 - vm) / 60, 0.0)


def soort_van(o: Onderdeel) -> Kostensoort | None:
    """Wat een onderdeel kost: een extern bureau, licenties, een interne trainer of niets."""
    if o.trainer == "extern":
        return "externe-trainers"
    if o.leervorm == "e-learning":
        return "e-learning"
    if o.trainer == "intern":
        return "interne-trainers"
    return None


def _regel(o: Onderdeel, soort: Kostensoort, sessies: int, p: Prijzen) -> Kostenregel:
    deelnemers = o.deelnemers if o.sessies == 0 else round(o.deelnemers * sessies / o.sessies)
    dagen = Bereik(min=sessies * o.duur_dagen.min, max=sessies * o.duur_dagen.max)
    euro: Bereik | None = None
    if soort == "e-learning":
        dagen = Bereik(min=0, max=0)
        if p.e_learning is not None:
            euro = Bereik(min=deelnemers * p.e_learning, max=deelnemers * p.e_learning)
    else:
        tarief = p.dagtarief if soort == "externe-trainers" else _dag(p)
        if tarief is not None:
            euro = Bereik(min=dagen.min * tarief, max=dagen.max * tarief)
    return Kostenregel(
        id=o.id, soort=soort, sessies=sessies, deelnemers=deelnemers, dagen=dagen, euro=euro
    )


def _dag(p: Prijzen) -> float | None:
    return None if p.uurtarief is None else p.uurtarief * p.uren_per_dag


def _som(bereiken: Iterable[Bereik]) -> Bereik:
    lijst = list(bereiken)
    return Bereik(min=round(sum(b.min for b in lijst), 3), max=round(sum(b.max for b in lijst), 3))


def _uren_deelnemers(o: Onderdeel, sessies: int, p: Prijzen) -> Bereik:
    """De uren van de deelnemers aan `sessies` sessies van dit onderdeel: hun deel van de
    deelnames × duur × uren per dag (gelijk verdeeld over de sessies)."""
    deel = o.deelnemers * sessies / o.sessies * p.uren_deelnemer
    return Bereik(min=deel * o.duur_dagen.min, max=deel * o.duur_dagen.max)


def _maal(b: Bereik | None, tarief: float | None) -> Bereik | None:
    if b is None or tarief is None:
        return None
    return Bereik(min=round(b.min * tarief, 2), max=round(b.max * tarief, 2))


def _jaar(jaar: int, regels: list[Kostenregel], uren: list[Bereik], p: Prijzen) -> KostenJaar:
    extern = [r for r in regels if r.soort == "externe-trainers"]
    per_soort: dict[Kostensoort, list[Bereik]] = defaultdict(list)
    for r in regels:
        if r.euro is not None:
            per_soort[r.soort].append(r.euro)
    return KostenJaar(
        jaar=jaar,
        trainersdagen=_som(r.dagen for r in extern),
        euro=_som(r.euro for r in extern if r.euro) if p.dagtarief is not None else None,
        per_soort={soort: _som(b) for soort, b in per_soort.items()},
        onderdelen=regels,
        uren_medewerkers=_som(uren),
        euro_medewerkers=_maal(
            Bereik(min=sum(b.min for b in uren), max=sum(b.max for b in uren)),
            p.uurtarief_medewerker,
        ),
    )


def _onderdeel(
    o: Onderdeel, regels: list[Kostenregel], jaren: dict[int, int], uren: Bereik, p: Prijzen
) -> Onderdeel:
    """Het onderdeel met zijn kosten over de hele looptijd (`Onderdeel.kosten`)."""
    euro = [r.euro for r in regels if r.euro is not None]
    kosten = Onderdeelkosten(
        soort=regels[0].soort if regels else None,
        dagen=_som(r.dagen for r in regels),
        euro=_som(euro) if regels and len(euro) == len(regels) else None,
        sessies_per_jaar=dict(sorted(jaren.items())),
        uren_medewerkers=uren,
        euro_medewerkers=_maal(uren, p.uurtarief_medewerker),
    )
    return o.model_copy(update={"kosten": kosten})


def bereken(
    onderdelen: list[Onderdeel],
    profiel: Profiel,
    cat: Catalogus,
    sessies_per_jaar: dict[str, dict[int, int]],
) -> tuple[KostenOverzicht, list[Waarschuwing], list[Onderdeel]]:
    """De kosten van het programma, de waarschuwingen over het budget en de onderdelen met hun
    eigen kosten; `sessies_per_jaar` geeft per onderdeel de sessies per kalenderjaar (uit de
    planning)."""
    p = Prijzen.uit(profiel, cat)
    per_jaar: dict[int, list[Kostenregel]] = defaultdict(list)
    uren_per_jaar: dict[int, list[Bereik]] = defaultdict(list)
    met_kosten: list[Onderdeel] = []
    for o in onderdelen:
        if o.sessies == 0:
            met_kosten.append(o)
            continue
        soort = soort_van(o)
        jaren = sessies_per_jaar.get(o.id, {})
        regels = []
        for jaar, sessies in sorted(jaren.items()):
            uren_per_jaar[jaar].append(_uren_deelnemers(o, sessies, p))
            if soort is not None:
                regels.append(_regel(o, soort, sessies, p))
                per_jaar[jaar].append(regels[-1])
        met_kosten.append(_onderdeel(o, regels, jaren, _uren_deelnemers(o, o.sessies, p), p))
    jaren_lijst = [
        _jaar(jaar, per_jaar[jaar], uren_per_jaar[jaar], p)
        for jaar in sorted(per_jaar.keys() | uren_per_jaar.keys())
    ]
    overzicht = _overzicht(onderdelen, jaren_lijst, profiel, p)
    waarschuwingen = _budgetwaarschuwingen(overzicht, cat.stappenplan.kosten.budget_marge)
    return overzicht, waarschuwingen, met_kosten


def _overzicht(
    onderdelen: list[Onderdeel], jaren: list[KostenJaar], profiel: Profiel, p: Prijzen
) -> KostenOverzicht:
    dagen = _som(o.trainersdagen for o in onderdelen)
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
