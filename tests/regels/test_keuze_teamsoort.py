"""De keuze van de elementen wordt eenmaal per `teamsoort` berekend (engine/keuze.py): teams die
alleen in naam, omvang, risico of teamnorm verschillen, delen haar. Dat mag niets veranderen:
elk team krijgt dezelfde keuze als wanneer het de enige was."""

from __future__ import annotations

import copy
from typing import Any

from tests.maak import BASIS, profiel, profieldata
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.context import Context
from trainingsplanner.engine.keuze import kies_elementen, teamsoort
from trainingsplanner.engine.regels import REGISTER
from trainingsplanner.profiel.model import Profiel

_VARIANTEN: list[dict[str, Any]] = [
    {},
    {"medewerkers": 4, "risico": "hoog", "teamnorm": True},
    {"leerdoelen": ["emotionele-veerkracht"]},
    {
        "leerdoelen": ["emotionele-veerkracht"],
        "leerdoelwijzer": {"respondenten": 6, "datum": "2026-11-02", "drempel": 0.5},
    },
    {
        "leerdoelen": ["emotionele-veerkracht"],
        "leerdoelwijzer": {"respondenten": 9, "datum": "2026-11-02", "drempel": 0.5},
    },
    {"huisbezoeken": False},
    {"opleidingen": ["boa"]},
    {"basiscompetenties": "deels"},
    {"basiscompetenties": "nee", "teamnorm": True},
]


def _profiel(catalogus: Catalogus) -> Profiel:
    teams = [
        copy.deepcopy({**team, **variant, "naam": f"{team['naam']} {i}"})
        for team in BASIS["teams"]
        for i, variant in enumerate(_VARIANTEN)
    ]
    return profiel(catalogus, profieldata(teams=teams))


def test_keuze_per_teamsoort_is_de_keuze_per_team(catalogus: Catalogus) -> None:
    p = _profiel(catalogus)
    samen = Context(p, catalogus, [])
    for team in p.teams:
        alleen = Context(p, catalogus, [])
        assert kies_elementen(samen, team) == kies_elementen(alleen, team), team.naam
    assert len({teamsoort(t) for t in p.teams}) < len(p.teams)


def test_teamonderdelen_gelijk_met_en_zonder_gedeelde_berekeningen(catalogus: Catalogus) -> None:
    """Ook wat de generatoren per team eenmaal per soort onthouden (de inhoud van de
    vaardigheidstraining, de kennis vooraf) geeft elk team wat het alleen ook kreeg."""
    p = _profiel(catalogus)
    samen = Context(p, catalogus, [])
    per_team = [g for g in REGISTER if g.per == "team"]
    for plek in samen.teams():
        alleen = Context(p, catalogus, [])
        for g in per_team:
            assert repr(list(g.maak(samen, plek))) == repr(list(g.maak(alleen, plek))), g.naam
