"""Gerealiseerde kosten per kalenderjaar: gegeven sessies × wat een sessie van dat onderdeel kost.

Wat een sessie kost, komt uit de schatting van het programma (`kosten.per_jaar`, een
bandbreedte, D6); gerealiseerd is dus ook een bandbreedte. Een gegeven sessie telt in het
jaar van haar datum. Geannuleerde en verplaatste sessies kosten hier niets (een
annuleringsregeling van een bureau kent `plan` niet).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.plan import Bandbreedte, Deel, Kosten
from trainingsplanner.uitvoering.soorten import begroot_per_jaar, sessiekosten


@dataclass(frozen=True)
class Kostenjaar:
    jaar: int
    begroot: Bandbreedte | None
    """De schatting van het programma voor dit jaar; None als er niets met een prijs gepland is."""
    gerealiseerd: Bandbreedte
    sessies: int
    """Gegeven sessies met een prijs in dit jaar."""


def per_jaar(
    kosten: Kosten | None,
    onderdelen: Iterable[Deel],
    sessies: Mapping[str, list[Sessie]],
) -> list[Kostenjaar]:
    """Per kalenderjaar (van de begroting en van de gegeven sessies) begroot en gerealiseerd."""
    if kosten is None:
        return []
    ids = [o.id for o in onderdelen]
    begroot = begroot_per_jaar(kosten, ids)
    prijs = sessiekosten(kosten)
    echt: dict[int, list[float]] = {}
    for code in ids:
        per_sessie = prijs.get(code)
        if per_sessie is None:
            continue
        for s in sessies.get(code, []):
            if s.status != "gegeven":
                continue
            som = echt.setdefault(s.datum.year, [0.0, 0.0, 0])
            som[0] += per_sessie.min
            som[1] += per_sessie.max
            som[2] += 1
    jaren = sorted(set(begroot) | set(echt))
    return [
        Kostenjaar(
            jaar,
            begroot.get(jaar),
            Bandbreedte(min=echt.get(jaar, [0, 0, 0])[0], max=echt.get(jaar, [0, 0, 0])[1]),
            int(echt.get(jaar, [0, 0, 0])[2]),
        )
        for jaar in jaren
    ]


def totaal(jaren: Iterable[Kostenjaar]) -> Bandbreedte:
    lijst = list(jaren)
    return Bandbreedte(
        min=sum(j.gerealiseerd.min for j in lijst), max=sum(j.gerealiseerd.max for j in lijst)
    )


def met_herplanning(
    jaren: Iterable[Kostenjaar], begroting: Mapping[int, tuple[float, float]], vanaf: int
) -> list[Kostenjaar]:
    """Begroot vanaf het jaar `vanaf` van de laatste herplanning volgens het herplande
    programma (wat doorschoof, telt in zijn nieuwe jaar), zoals het jaarverslag onder "Het
    volgende jaar"; de jaren ervoor zoals ze begroot waren. Gerealiseerd blijft gelijk."""
    per = {j.jaar: j for j in jaren}
    nieuw = {jaar for jaar in begroting if jaar >= vanaf}
    uit = []
    for jaar in sorted(per.keys() | nieuw):
        oud = per.get(jaar) or Kostenjaar(jaar, None, Bandbreedte(min=0.0, max=0.0), 0)
        if jaar >= vanaf:
            laag_hoog = begroting.get(jaar)
            begroot = None if laag_hoog is None else Bandbreedte(*laag_hoog)
            oud = Kostenjaar(jaar, begroot, oud.gerealiseerd, oud.sessies)
        uit.append(oud)
    return uit
