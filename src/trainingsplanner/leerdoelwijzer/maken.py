"""`plan leerdoelwijzer create`: eerst alle bestanden van alle teams maken, dan pas schrijven.

Zo kan een teamnaam die niet in een Excel-bestand past (een stuurteken) niets half achterlaten:
de fout komt met de plek in het profiel, vóór er één bestand is geschreven.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.cellen import Celfout, probleem_in_tekst
from trainingsplanner.bestanden.yamlbron import lees_yaml
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.codes import unieke_slugs
from trainingsplanner.fouten import InvoerFout, Probleem, zichtbaar
from trainingsplanner.leerdoelwijzer import sjablonen
from trainingsplanner.leerdoelwijzer.vragenlijst import vragenlijst
from trainingsplanner.profiel.model import profiel_uit_document
from trainingsplanner.suggestie import bedoelde_u


@dataclass
class Vragenlijsten:
    """De bestanden (naam in de uitvoermap, inhoud) en per team een regel voor het scherm."""

    bestanden: list[tuple[str, bytes]] = field(default_factory=list)
    regels: list[str] = field(default_factory=list)


def maak_vragenlijsten(gemeente: Path, team: str | None, cat: Catalogus) -> Vragenlijsten:
    document = lees_yaml(gemeente, toon_pad(gemeente))
    profiel = profiel_uit_document(document, cat)
    slugs = unieke_slugs([t.naam for t in profiel.teams])
    teams = list(enumerate(zip(profiel.teams, slugs, strict=True)))
    if team is not None:
        teams = [(i, (t, c)) for i, (t, c) in teams if t.naam.casefold() == team.casefold()]
        if not teams:
            hint = bedoelde_u(team, [t.naam for t in profiel.teams])
            raise InvoerFout(
                [Probleem("--team", 0, 0, "", f"onbekend team '{team}'.{hint}".rstrip("."))]
            )
    problemen = [
        document.probleem(pad, f"kan niet in een Excel-bestand: de naam {bezwaar}")
        for pad, tekst in [
            (("gemeente",), profiel.gemeente),
            *((("teams", i, "naam"), t.naam) for i, (t, _) in teams),
        ]
        if (bezwaar := probleem_in_tekst(tekst)) is not None
    ]
    if problemen:
        raise InvoerFout(problemen)
    uit = Vragenlijsten()
    for _, (t, code) in teams:
        lijst = vragenlijst(t, cat)
        naam = f"leerdoelwijzer-{code}"
        try:
            uit.bestanden += [  # als bytes: een str met '—' kost 2 bytes per teken, bij 5.000 teams
                (f"{naam}.html", sjablonen.html(lijst, cat, profiel.gemeente).encode()),
                (f"{naam}.csv", sjablonen.csv_sjabloon(lijst).encode()),
                (f"{naam}.xlsx", sjablonen.xlsx_sjabloon(lijst, cat, profiel.gemeente)),
            ]
        except Celfout as fout:
            bericht = (
                f"een tekst uit de catalogus kan niet in een Excel-bestand: hij {fout.bericht}"
            )
            raise InvoerFout([Probleem(f"{naam}.xlsx", 0, 0, "", bericht)]) from None
        uit.regels.append(
            zichtbaar(
                f"{t.naam}: {len(lijst.situaties)} situaties → {naam}.html (printen), "
                ".csv en .xlsx (invullen)"
            )
        )
    return uit
