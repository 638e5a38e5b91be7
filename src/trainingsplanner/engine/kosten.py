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
from functools import lru_cache
from typing import get_args

from trainingsplanner.catalogus import Catalogus
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
from trainingsplanner.typen import Duur


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


def soort_van(v: Voorstel) -> Kostensoort | None:
    """Wat een onderdeel kost: een extern bureau, licenties, een interne trainer of niets."""
    if v.trainer == "extern":
        return "externe-trainers"
    if v.leervorm == "e-learning":
        return "e-learning"
    if v.trainer == "intern":
        return "interne-trainers"
    return None


Paar = tuple[float, float]
"""Een bandbreedte als (min, max) tijdens het rekenen; pas aan het eind een `Bereik`."""


@dataclass(frozen=True, slots=True)
class Kosten:
    """Wat `bereken` oplevert: het overzicht, de waarschuwingen over het budget en per
    onderdeel-id zijn eigen kosten (alleen de onderdelen die ze hebben, zie `bereken`)."""

    overzicht: KostenOverzicht
    waarschuwingen: list[Waarschuwing]
    per_onderdeel: dict[str, Onderdeelkosten]


@dataclass(frozen=True, slots=True)
class _Jaardeel:
    """Eén kalenderjaar van een onderdeel: zijn sessies, de uren van de deelnemers en de
    waarden van zijn kostenregel (alleen gebruikt als het onderdeel een soort heeft)."""

    jaar: int
    sessies: int
    uren: Paar
    deelnemers: int
    dagen: Bereik
    euro: Bereik | None


@dataclass(frozen=True, slots=True)
class _Omvang:
    """Wat een onderdeel kost, per kalenderjaar en over de hele looptijd. Hangt alleen af van
    soort, deelnemers, sessies, duur en sessies per jaar: bij 600 teams hebben 9.829
    onderdelen er zo'n 450 verschillende, dus `bereken` rekent elke omvang één keer uit."""

    delen: tuple[_Jaardeel, ...]
    kosten: Onderdeelkosten


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
    eigen: dict[str, Onderdeelkosten] = {}
    gezien: dict[tuple[object, ...], _Omvang] = {}
    for v in voorstellen:
        sessies = v.sessies
        if sessies == 0:
            continue
        soort, duur = soort_van(v), v.duur_dagen
        if soort == "externe-trainers":
            extern.append((sessies * duur.min, sessies * duur.max))
        jaren = sessies_per_jaar.get(v.id, {})
        sleutel = (soort, v.deelnemers, sessies, duur.min, duur.max, *jaren.items())
        omvang = gezien.get(sleutel)
        if omvang is None:
            omvang = gezien[sleutel] = _omvang(soort, v.deelnemers, sessies, duur, jaren, p)
        for deel in omvang.delen:
            uren_per_jaar[deel.jaar].append(deel.uren)
            if soort is not None:
                per_jaar[deel.jaar].append(
                    zonder_validatie(
                        Kostenregel,
                        {
                            "id": v.id,
                            "soort": soort,
                            "sessies": deel.sessies,
                            "deelnemers": deel.deelnemers,
                            "dagen": deel.dagen,
                            "euro": deel.euro,
                        },
                    )
                )
        # Zonder kasuitgave en met alle sessies in het jaar van de start geen eigen kosten: dat
        # scheelt bij 600 teams duizenden objecten (werkoverleg, gesprekken); hun uren tellen
        # wel mee per jaar.
        if (soort and jaren) or v.start is None or len(jaren) != 1 or v.start.year not in jaren:
            eigen[v.id] = omvang.kosten
    jaren_lijst = [
        _jaar(jaar, per_jaar[jaar], uren_per_jaar[jaar], p)
        for jaar in sorted(per_jaar.keys() | uren_per_jaar.keys())
    ]
    dagen = Bereik(min=round(sum(a for a, _ in extern), 3), max=round(sum(b for _, b in extern), 3))
    overzicht = _overzicht(dagen, jaren_lijst, profiel, p)
    waarschuwingen = _budgetwaarschuwingen(overzicht, cat.stappenplan.kosten.budget_marge)
    return Kosten(overzicht, waarschuwingen, eigen)


def _omvang(
    soort: Kostensoort | None,
    deelnemers: int,
    sessies: int,
    duur: Duur,
    jaren: dict[int, int],
    p: Prijzen,
) -> _Omvang:
    """De omvang van een onderdeel met `sessies` sessies voor `deelnemers` deelnemers, verdeeld
    over de kalenderjaren zoals `jaren` zegt."""
    delen: list[_Jaardeel] = []
    for jaar, in_jaar in sorted(jaren.items()):
        uren = _uren_deelnemers(deelnemers, in_jaar, sessies, duur, p)
        aantal = round(deelnemers * in_jaar / sessies)
        dagen, euro = _regel(soort, aantal, in_jaar, duur, p) if soort else (_NUL, None)
        delen.append(_Jaardeel(jaar, in_jaar, uren, aantal, dagen, euro))
    return _Omvang(tuple(delen), _onderdeel(soort, delen, deelnemers, sessies, duur, jaren, p))


def _regel(
    soort: Kostensoort, deelnemers: int, sessies: int, duur: Duur, p: Prijzen
) -> tuple[Bereik, Bereik | None]:
    """Trainersdagen en euro van `sessies` sessies met `deelnemers` deelnemers in één jaar."""
    laag, hoog = sessies * duur.min, sessies * duur.max
    euro: Bereik | None = None
    if soort == "e-learning":
        laag = hoog = 0
        if p.e_learning is not None:
            euro = _gedeeld(deelnemers * p.e_learning, deelnemers * p.e_learning)
    else:
        tarief = p.dagtarief if soort == "externe-trainers" else _dag(p)
        if tarief is not None:
            euro = _gedeeld(laag * tarief, hoog * tarief)
    return _gedeeld(laag, hoog), euro


def _dag(p: Prijzen) -> float | None:
    return None if p.uurtarief is None else p.uurtarief * p.uren_per_dag


def _som(bereiken: Iterable[Bereik]) -> Bereik:
    lijst = list(bereiken)
    return Bereik(min=round(sum(b.min for b in lijst), 3), max=round(sum(b.max for b in lijst), 3))


def _uren_deelnemers(deelnemers: int, sessies: int, alle: int, duur: Duur, p: Prijzen) -> Paar:
    """De uren van de deelnemers aan `sessies` van de `alle` sessies van een onderdeel: hun
    deel van de deelnames × duur × uren per dag (gelijk verdeeld over de sessies)."""
    deel = deelnemers * sessies / alle * p.uren_deelnemer
    return deel * duur.min, deel * duur.max


def _bereik(paren: Iterable[Paar], decimalen: int = 3) -> Bereik:
    """De som van de paren als `Bereik`, afgerond."""
    laag = hoog = 0.0
    for a, b in paren:
        laag += a
        hoog += b
    return _gedeeld(round(laag, decimalen), round(hoog, decimalen))


@lru_cache(maxsize=4096)
def _gedeeld(laag: float, hoog: float) -> Bereik:
    """Eén `Bereik` per waarde: ze zijn bevroren, dus duizenden onderdelen met dezelfde uren
    (werkoverleg, HR-gesprekken) of dezelfde trainersdagen delen er één; dat scheelt tijd en
    geheugen bij 600 teams."""
    return Bereik(min=laag, max=hoog)


_NUL = _gedeeld(0.0, 0.0)


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
        uren_medewerkers=_bereik(uren),
        euro_medewerkers=None
        if tarief is None
        else _bereik(((a * tarief, b * tarief) for a, b in uren), 2),
    )


def _onderdeel(
    soort: Kostensoort | None,
    delen: list[_Jaardeel],
    deelnemers: int,
    sessies: int,
    duur: Duur,
    jaren: dict[int, int],
    p: Prijzen,
) -> Onderdeelkosten:
    """De kosten van één onderdeel over de hele looptijd (`Onderdeel.kosten`): de som van zijn
    kostenregels (alleen met een soort) en de uren van zijn deelnemers."""
    regels = delen if soort is not None else []
    laag, hoog = _uren_deelnemers(deelnemers, sessies, sessies, duur, p)
    tarief = p.uurtarief_medewerker
    euro: Bereik | None = None
    if regels and all(r.euro is not None for r in regels):
        euro = _bereik(((r.euro.min, r.euro.max) for r in regels if r.euro), 2)
    return Onderdeelkosten(
        soort=soort if regels else None,
        dagen=_bereik((r.dagen.min, r.dagen.max) for r in regels) if regels else _NUL,
        euro=euro,
        sessies_per_jaar=jaren,
        uren_medewerkers=_gedeeld(round(laag, 3), round(hoog, 3)),
        euro_medewerkers=(
            None if tarief is None else _gedeeld(round(laag * tarief, 2), round(hoog * tarief, 2))
        ),
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
