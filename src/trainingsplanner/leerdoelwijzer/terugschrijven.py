"""De nieuwe teamleerdoelen terug in het profiel, met behoud van commentaar en opmaak.

ruamel.yaml leest en schrijft het profiel 'round-trip': alleen `leerdoelen` en
`leerdoelwijzer` van de betrokken teams veranderen. Eerst wordt de wijziging getoond (diff),
dan wordt een reservekopie gemaakt en pas daarna atomair geschreven.
"""

from __future__ import annotations

import difflib
import io
from pathlib import Path
from typing import Any

from trainingsplanner.bestanden.schrijven import schrijf
from trainingsplanner.bestanden.yamlbron import parse_yaml
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.leerdoelwijzer.antwoorden import Uitslag
from trainingsplanner.profiel.model import profiel_uit_document


def nieuwe_tekst(oud: str, uitslag: Uitslag, datum: str) -> str:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096
    yaml.indent(mapping=2, sequence=4, offset=2)
    data: Any = yaml.load(oud)
    per_naam = {str(t["naam"]).casefold(): t for t in data["teams"]}
    for team in uitslag.teams:
        if team.te_weinig:
            continue
        knoop: CommentedMap = per_naam[team.team.casefold()]
        lijst = CommentedSeq(team.leerdoelen)
        lijst.fa.set_flow_style()
        knoop["leerdoelen"] = lijst
        herkomst = CommentedMap(
            [("respondenten", team.respondenten), ("datum", datum), ("drempel", uitslag.drempel)]
        )
        herkomst.fa.set_flow_style()
        knoop["leerdoelwijzer"] = herkomst
    uit = io.StringIO()
    yaml.dump(data, uit)
    return uit.getvalue()


def verschil(oud: str, nieuw: str, naam: str) -> str:
    return "".join(
        difflib.unified_diff(
            oud.splitlines(True), nieuw.splitlines(True), f"{naam} (oud)", f"{naam} (nieuw)"
        )
    )


def schrijf_terug(pad: Path, oud: str, nieuw: str, cat: Catalogus) -> Path:
    """Controleer het nieuwe profiel, bewaar een reservekopie en schrijf atomair."""
    profiel_uit_document(parse_yaml(nieuw, str(pad)), cat)
    reserve = _vrije_reservenaam(pad)
    schrijf(reserve, oud)
    schrijf(pad, nieuw, overschrijven=True)
    return reserve


def _vrije_reservenaam(pad: Path) -> Path:
    for nummer in range(1, 1000):
        kandidaat = pad.with_name(f"{pad.name}.bak" if nummer == 1 else f"{pad.name}.bak{nummer}")
        if not kandidaat.exists():
            return kandidaat
    raise InvoerFout(
        [Probleem(str(pad), 0, 0, "", "te veel reservekopieën; ruim oude .bak-bestanden op")]
    )
