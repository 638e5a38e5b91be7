"""Kruiscontroles van een gemeenteprofiel: wat alleen met de catalogus erbij te controleren is.

Bestaat de functiegroep, de opleiding, het element van een leerdoel; mag dat element voor
dit team; zijn teamnamen uniek. Elk probleem met plek en, bij een tikfout, 'bedoelde u …?'.
"""

from __future__ import annotations

import math
from collections.abc import Iterator

from trainingsplanner.bestanden.yamlbron import YamlDocument
from trainingsplanner.bestanden.yamlmeldingen import als_duizendtallen
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.fouten import Probleem
from trainingsplanner.opmaak import aantal, geheel
from trainingsplanner.suggestie import bedoelde_u


def _tekst(waarde: object) -> str | None:
    return waarde if isinstance(waarde, str) else None


def _teksten(waarde: object) -> list[tuple[int, str]]:
    if not isinstance(waarde, list):
        return []
    return [(j, w) for j, w in enumerate(waarde) if isinstance(w, str)]


def kruiscontroles(doc: YamlDocument, cat: Catalogus) -> Iterator[Probleem]:
    """Controles die de catalogus nodig hebben, met 'bedoelde u …?' bij een onbekende code.

    Ze lezen de gegevens zoals ze in het bestand staan, zodat ze ook meedoen als elders in het
    profiel een vormfout zit: de gebruiker ziet alle problemen in één keer. Waarden van een
    verkeerd type slaan ze over; die meldt de vormcontrole al.
    """
    yield from duizendtallen(doc)
    teams = doc.data.get("teams") if isinstance(doc.data, dict) else None
    if not isinstance(teams, list):
        return
    namen: dict[str, int] = {}
    for i, team in enumerate(teams):
        if not isinstance(team, dict):
            continue
        naam = _tekst(team.get("naam"))
        if naam is not None and naam.strip():
            sleutel = " ".join(naam.split()).casefold()
            if sleutel in namen:
                yield doc.probleem(
                    ("teams", i, "naam"),
                    f"teamnaam '{naam}' komt twee keer voor (ook team {namen[sleutel] + 1}); "
                    "geef elk team een eigen naam",
                )
            else:
                namen[sleutel] = i
        functiegroep = _tekst(team.get("functiegroep"))
        if functiegroep is not None and functiegroep not in cat.functiegroepen:
            hint = bedoelde_u(functiegroep, cat.functiegroepen)
            keuze = "" if hint else f" Kies uit: {', '.join(cat.functiegroepen)}."
            yield doc.probleem(
                ("teams", i, "functiegroep"),
                f"onbekende functiegroep '{functiegroep}'.{hint}{keuze}".rstrip("."),
            )
        for j, opleiding in _teksten(team.get("opleidingen")):
            if opleiding not in cat.opleidingen:
                hint = bedoelde_u(opleiding, cat.opleidingen)
                keuze = "" if hint else f" Kies uit: {', '.join(cat.opleidingen)}."
                yield doc.probleem(
                    ("teams", i, "opleidingen", j),
                    f"onbekende opleiding '{opleiding}'.{hint}{keuze}".rstrip("."),
                )
        for j, leerdoel in _teksten(team.get("leerdoelen")):
            element = cat.elementen.get(leerdoel)
            if element is None:
                hint = bedoelde_u(leerdoel, cat.elementen)
                yield doc.probleem(
                    ("teams", i, "leerdoelen", j),
                    f"onbekend element '{leerdoel}'.{hint} Alle elementen: plan catalogus elementen",
                )
            elif functiegroep in cat.functiegroepen and not element.doelgroep.staat_toe(
                functiegroep, "team"
            ):
                groepen = ", ".join(
                    [*element.doelgroep.functiegroepen, *element.doelgroep.doelgroepen]
                )
                yield doc.probleem(
                    ("teams", i, "leerdoelen", j),
                    f"element '{leerdoel}' is alleen voor {groepen} (D3, R6.2); "
                    "haal het weg uit de leerdoelen van dit team",
                )


def duizendtallen(doc: YamlDocument) -> Iterator[Probleem]:
    """`budget: 90.000` leest YAML als 90; een bedrag of aantal wordt nooit stil 1000× te klein.

    Elk getal in het profiel dat eruitziet als Nederlandse duizendtallen (1.500, 90.000) wordt
    geweigerd met de juiste schrijfwijze (R12.3 in issue 12). Een profiel heeft geen getallen
    met drie cijfers achter de punt nodig.
    """
    for pad, tekst in doc.kommagetallen.items():
        goed = als_duizendtallen(tekst)
        if goed is not None:
            gelezen = tekst.replace(".", ",").rstrip("0").rstrip(",")
            yield doc.probleem(
                pad,
                f"{tekst} leest als {gelezen}, niet als {goed}; "
                f"schrijf getallen zonder duizendtalpunt: {goed}",
            )


MAX_MAANDEN = 120
"""Een programma dat zelfs in het gunstigste geval meer dan tien jaar trainingsmaanden vraagt,
is geen plan maar een tikfout in aantallen of capaciteit; de planner weigert het (issue 16)."""


def omvang(
    doc: YamlDocument, medewerkers: list[int], groepsgrootte: int, sessies_per_maand: int
) -> Iterator[Probleem]:
    """Past het programma in een redelijke tijd? Een ondergrens: elk team minstens één training.

    Elk team krijgt minstens één vaardigheidstraining in groepen van `groepsgrootte`; met
    `sessies_per_maand` per maand kost dat minstens zoveel maanden. Is dat al meer dan
    `MAX_MAANDEN`, dan wordt het profiel geweigerd met de velden die het bepalen, in plaats van
    een planning die duizenden jaren doorloopt.
    """
    sessies = sum(math.ceil(aantal / groepsgrootte) for aantal in medewerkers)
    maanden = math.ceil(sessies / sessies_per_maand)
    if maanden > MAX_MAANDEN:
        jaren = maanden // 12
        yield doc.probleem(
            ("capaciteit", "sessies_per_maand"),
            f"met {aantal(sessies_per_maand, 'sessie', 'sessies')} per maand en groepen van "
            f"{groepsgrootte} duren alleen de vaardigheidstrainingen al {geheel(jaren)} jaar "
            f"({geheel(sessies)} sessies voor {geheel(sum(medewerkers))} medewerkers); "
            "verhoog capaciteit.sessies_per_maand of "
            "groepsgrootte, of controleer het aantal medewerkers per team",
        )
