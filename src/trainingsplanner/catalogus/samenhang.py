"""Samenhang die de handreiking vraagt, over de bestanden heen (R6.2, R6.4, R7.4, D3).

Twee controles uit `controles.CONTROLES`: `inhoudelijk` (opleidingen, vaardighedenlijsten,
vaste elementen) en `beperkingen_in_sessies`: de catalogus zelf plant een beperkt element
nooit voor een groep die de beperking niet noemt (R6.2).
"""

from __future__ import annotations

from collections.abc import Iterator

from trainingsplanner.bestanden.yamlbron import Pad
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.behoeften import TEAM
from trainingsplanner.fouten import Probleem


def _p(cat: Catalogus, bestand: str, pad: Pad, bericht: str) -> Probleem:
    return cat.documenten[bestand].probleem(pad, bericht)


def inhoudelijk(cat: Catalogus) -> Iterator[Probleem]:
    """Samenhang die de handreiking vraagt (R6.4, R7.4, D3)."""
    for i, o in enumerate(cat.elementenbestand.opleidingen):
        in_opleiding: list[tuple[Pad, str]] = [
            (("elementen", j), x) for j, x in enumerate(o.elementen)
        ]
        in_opleiding += [(("deels", j, "element"), d.element) for j, d in enumerate(o.deels)]
        for plek, x in in_opleiding:
            element = cat.elementen.get(x)
            if element and not element.inbegrepen_in_opleiding:
                yield _p(
                    cat,
                    "elementen",
                    ("opleidingen", i, *plek),
                    f"element '{x}' zit in een opleiding maar mist inbegrepen_in_opleiding: true (R6.4)",
                )
    for i, lijst in enumerate(cat.elementenbestand.vaardigheden_per_functiegroep):
        for j, punt in enumerate(lijst.punten):
            for k, x in enumerate(punt.elementen):
                element = cat.elementen.get(x)
                if element is None:
                    continue
                for f in lijst.functiegroepen:
                    if not element.doelgroep.staat_toe(f, None):
                        pad: Pad = ("vaardigheden_per_functiegroep", i, "punten", j, "elementen", k)
                        yield _p(
                            cat,
                            "elementen",
                            pad,
                            f"element '{x}' is beperkt tot andere groepen en mag niet in de lijst van '{f}' (D3)",
                        )
    gedekt = {
        f
        for lijst in cat.elementenbestand.vaardigheden_per_functiegroep
        for f in lijst.functiegroepen
    }
    for i, groep in enumerate(cat.groepen.functiegroepen):
        if groep.id not in gedekt:
            yield _p(
                cat,
                "functiegroepen",
                ("functiegroepen", i, "id"),
                f"functiegroep '{groep.id}' heeft geen vaardighedenlijst in trainingselementen.yaml (R7.4)",
            )
    for i, s in enumerate(cat.stappenplan.sessies):
        if s.elementen_uit == "vast" and not s.elementen:
            yield _p(
                cat,
                "stappenplan",
                ("sessies", i, "elementen"),
                "een sessie met vaste elementen noemt er minstens één",
            )


def beperkingen_in_sessies(cat: Catalogus) -> Iterator[Probleem]:
    """R6.2, D3: een vast element van een sessie past bij elke doelgroep van die sessie.

    Een sessie voor teams wordt per team gecontroleerd door de engine (de functiegroep staat
    pas in het profiel); de herstelketen en de activiteiten hebben geen beperkte elementen.
    """
    for i, s in enumerate(cat.stappenplan.sessies):
        for veld in ("elementen", "extra_elementen"):
            for j, code in enumerate(getattr(s, veld)):
                element = cat.elementen.get(code)
                if element is None:
                    continue
                for doelgroep in s.doelgroepen:
                    if doelgroep == TEAM or element.doelgroep.staat_toe(None, doelgroep):
                        continue
                    yield _p(
                        cat,
                        "stappenplan",
                        ("sessies", i, veld, j),
                        f"element '{code}' is alleen voor "
                        f"{', '.join(element.doelgroep.doelgroepen)} (R6.2, D3) en past niet "
                        f"bij doelgroep '{doelgroep}' van sessie '{s.id}'",
                    )
