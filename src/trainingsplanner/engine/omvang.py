"""De omvang van één onderdeel: per kalenderjaar zijn sessies, deelnemers, trainersdagen, euro
en de uren van de deelnemers, en zijn kosten over de hele looptijd (`Onderdeel.kosten`).

De omvang hangt alleen af van wie het geeft (trainer, leervorm), deelnemers, sessies, duur en
sessies per jaar: bij 600 teams hebben 9.829 onderdelen er zo'n 900 verschillende, dus
`kosten.bereken` rekent elke omvang één keer uit (`Omvang.sleutel`). Wat hier staat, telt
`kosten.py` op per jaar, per soort en over het programma.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.voorstel import Voorstel
from trainingsplanner.profiel.model import Profiel
from trainingsplanner.programma import Bereik, Kostensoort, Onderdeelkosten, zonder_validatie
from trainingsplanner.typen import Duur

Paar = tuple[float, float]
"""Een bandbreedte als (min, max) tijdens het rekenen; pas aan het eind een `Bereik`."""


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


@dataclass(frozen=True, slots=True)
class Jaardeel:
    """Eén kalenderjaar van een onderdeel: zijn sessies, de uren van de deelnemers en de
    waarden van zijn kostenregel (alleen gebruikt als het onderdeel een soort heeft)."""

    jaar: int
    sessies: int
    uren: Paar
    deelnemers: int
    dagen: Bereik
    euro: Bereik | None


@dataclass(frozen=True, slots=True)
class Omvang:
    """Wat een onderdeel kost, per kalenderjaar en over de hele looptijd."""

    soort: Kostensoort | None
    delen: tuple[Jaardeel, ...]
    """Per kalenderjaar met sessies, in de volgorde van de jaren."""
    trainersdagen: Paar | None
    """Externe trainersdagen (sessies × duur); None zonder externe trainer."""
    kosten: Onderdeelkosten
    alleen_jaar: int | None
    """Zonder kasuitgave en met alle sessies in één jaar: dat jaar. Valt het onderdeel ook in
    dat jaar, dan krijgt het geen eigen kosten (werkoverleg, gesprekken): dat scheelt bij 600
    teams duizenden objecten; hun uren tellen wel mee per jaar."""

    @staticmethod
    def sleutel(v: Voorstel, sessies: int, jaren: dict[int, int]) -> tuple[object, ...]:
        """Waar de omvang van afhangt: onderdelen met dezelfde sleutel delen hun omvang."""
        duur = v.duur_dagen
        return (v.trainer, v.leervorm, v.deelnemers, sessies, duur.min, duur.max, *jaren.items())

    @classmethod
    def van(cls, v: Voorstel, sessies: int, jaren: dict[int, int], p: Prijzen) -> Omvang:
        """De omvang van voorstel `v` met `sessies` sessies, verdeeld over de kalenderjaren
        zoals `jaren` zegt."""
        soort, duur, deelnemers = soort_van(v), v.duur_dagen, v.deelnemers
        delen: list[Jaardeel] = []
        for jaar, in_jaar in sorted(jaren.items()):
            uren = _uren_deelnemers(deelnemers, in_jaar, sessies, duur, p)
            aantal = round(deelnemers * in_jaar / sessies)
            dagen, euro = _regel(soort, aantal, in_jaar, duur, p) if soort else (NUL, None)
            delen.append(Jaardeel(jaar, in_jaar, uren, aantal, dagen, euro))
        regels = delen if soort is not None else []
        return cls(
            soort=soort,
            delen=tuple(delen),
            trainersdagen=(
                (sessies * duur.min, sessies * duur.max) if soort == "externe-trainers" else None
            ),
            kosten=_onderdeel(soort, regels, deelnemers, sessies, duur, jaren, p),
            alleen_jaar=next(iter(jaren)) if not regels and len(jaren) == 1 else None,
        )


def _regel(
    soort: Kostensoort, deelnemers: int, sessies: int, duur: Duur, p: Prijzen
) -> tuple[Bereik, Bereik | None]:
    """Trainersdagen en euro van `sessies` sessies met `deelnemers` deelnemers in één jaar."""
    laag, hoog = sessies * duur.min, sessies * duur.max
    euro: Bereik | None = None
    if soort == "e-learning":
        laag = hoog = 0
        if p.e_learning is not None:
            euro = gedeeld(deelnemers * p.e_learning, deelnemers * p.e_learning)
    else:
        tarief = p.dagtarief if soort == "externe-trainers" else _dag(p)
        if tarief is not None:
            euro = gedeeld(laag * tarief, hoog * tarief)
    return gedeeld(laag, hoog), euro


def _dag(p: Prijzen) -> float | None:
    return None if p.uurtarief is None else p.uurtarief * p.uren_per_dag


def _uren_deelnemers(deelnemers: int, sessies: int, alle: int, duur: Duur, p: Prijzen) -> Paar:
    """De uren van de deelnemers aan `sessies` van de `alle` sessies van een onderdeel: hun
    deel van de deelnames × duur × uren per dag (gelijk verdeeld over de sessies)."""
    deel = deelnemers * sessies / alle * p.uren_deelnemer
    return deel * duur.min, deel * duur.max


def _onderdeel(
    soort: Kostensoort | None,
    regels: list[Jaardeel],
    deelnemers: int,
    sessies: int,
    duur: Duur,
    jaren: dict[int, int],
    p: Prijzen,
) -> Onderdeelkosten:
    """De kosten van één onderdeel over de hele looptijd: de som van zijn kostenregels en de
    uren van zijn deelnemers."""
    laag, hoog = _uren_deelnemers(deelnemers, sessies, sessies, duur, p)
    tarief = p.uurtarief_medewerker
    euro: Bereik | None = None
    if regels and all(r.euro is not None for r in regels):
        euro = som(((r.euro.min, r.euro.max) for r in regels if r.euro), 2)
    velden = {
        "soort": soort if regels else None,
        "dagen": som((r.dagen.min, r.dagen.max) for r in regels) if regels else NUL,
        "euro": euro,
        "sessies_per_jaar": dict(jaren),
        "uren_medewerkers": gedeeld(round(laag, 3), round(hoog, 3)),
        "euro_medewerkers": (
            None if tarief is None else gedeeld(round(laag * tarief, 2), round(hoog * tarief, 2))
        ),
    }
    return zonder_validatie(Onderdeelkosten, velden)


def som(paren: Iterable[Paar], decimalen: int = 3) -> Bereik:
    """De som van de paren als `Bereik`, afgerond."""
    laag = hoog = 0.0
    for a, b in paren:
        laag += a
        hoog += b
    return gedeeld(round(laag, decimalen), round(hoog, decimalen))


@lru_cache(maxsize=4096)
def gedeeld(laag: float, hoog: float) -> Bereik:
    """Eén `Bereik` per waarde: ze zijn bevroren, dus duizenden onderdelen met dezelfde uren
    (werkoverleg, HR-gesprekken) of dezelfde trainersdagen delen er één; dat scheelt tijd en
    geheugen bij 600 teams."""
    return Bereik(min=laag, max=hoog)


NUL = gedeeld(0.0, 0.0)
