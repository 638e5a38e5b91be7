"""Wat de engine bij naam uit de catalogus nodig heeft: de benoemde verwijzingen.

De engine spelt zelf geen sessie-, activiteit-, element- of doelgroepcode; hij gebruikt de
namen hieronder (`Sessies.NORMSTELLING.uit(catalogus)`). Welke generator welke naam
gebruikt, staat in zijn registratie (`engine/regels/`). De controle onderaan (`behoeften`,
geregistreerd in `controles.CONTROLES`, net als `volgorde.volgorde_zonder_kring`) draait bij
elke lading van de catalogus, dus bij `plan validate` én bij `plan generate`: hij meldt met
bestand en regel welke van deze namen de catalogus mist en een elementbron die de engine
hier niet kan gebruiken.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from trainingsplanner.bestanden.yamlbron import Pad
from trainingsplanner.catalogus.modellen import Doelgroep, Element, Sessie, Terugkerend
from trainingsplanner.fouten import Probleem
from trainingsplanner.suggestie import dichtstbij

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus

T = TypeVar("T")

TEAM = "team"
"""De gereserveerde doelgroep van onderdelen per team; geen doelgroep mag zo heten."""
HERSTEL = "herstel"
"""De soort van de onderdelen die een blokkerende randvoorwaarde oplossen (in `volgorde`)."""
ELK_ONDERDEEL = "elk-onderdeel"
"""In `volgorde.na`: elke soort onderdeel (met `na_leervorm` meestal beperkt tot één leervorm)."""


@dataclass(frozen=True)
class Soort(Generic[T]):
    """Een lijst van de catalogus waar de engine codes uit haalt, en waar die lijst staat."""

    naam: str
    bestand: str
    """De sleutel van het bestand in `Catalogus.documenten`."""
    veld: str
    """De lijst in dat bestand."""
    lijst: Callable[[Catalogus], Sequence[T]] = field(repr=False)
    tabel: Callable[[Catalogus], Mapping[str, T]] = field(repr=False)


SESSIE: Soort[Sessie] = Soort(
    "sessie", "stappenplan", "sessies", lambda c: c.stappenplan.sessies, lambda c: c.sessies
)
ACTIVITEIT: Soort[Terugkerend] = Soort(
    "activiteit",
    "stappenplan",
    "terugkerend",
    lambda c: c.stappenplan.terugkerend,
    lambda c: c.activiteiten,
)
ELEMENT: Soort[Element] = Soort(
    "element",
    "elementen",
    "elementen",
    lambda c: c.elementenbestand.elementen,
    lambda c: c.elementen,
)
DOELGROEP: Soort[Doelgroep] = Soort(
    "doelgroep",
    "functiegroepen",
    "doelgroepen",
    lambda c: c.groepen.doelgroepen,
    lambda c: c.doelgroepen,
)


@dataclass(frozen=True)
class Verwijzing(Generic[T]):
    """Een code die de engine nodig heeft, met de lijst waarin hij moet staan."""

    soort: Soort[T]
    id: str

    def uit(self, cat: Catalogus) -> T:
        """De vermelding zelf; bestaat altijd, want de controle `behoeften` ging voor."""
        return self.soort.tabel(cat)[self.id]

    def in_catalogus(self, cat: Catalogus) -> bool:
        return self.id in self.soort.tabel(cat)


ALLE: list[Verwijzing[Any]] = []
"""Elke benoemde verwijzing, in volgorde van definitie; `controles.behoeften` loopt ze langs."""


def _nodig(soort: Soort[T], code: str) -> Verwijzing[T]:
    verwijzing = Verwijzing(soort, code)
    ALLE.append(verwijzing)
    return verwijzing


class Sessies:
    NORMSTELLING = _nodig(SESSIE, "normstelling")
    KENNIS_E_LEARNING = _nodig(SESSIE, "kennis-e-learning")
    BESTUURSINCIDENT = _nodig(SESSIE, "bestuursincident")
    TRAINERS_OPLEIDEN = _nodig(SESSIE, "trainers-opleiden")
    VOORBEREIDING_LEIDINGGEVENDEN = _nodig(SESSIE, "voorbereiding-leidinggevenden")
    TEAMSESSIE = _nodig(SESSIE, "teamsessie")
    MENTOR = _nodig(SESSIE, "mentor")
    LEIDINGGEVENDEN = _nodig(SESSIE, "leidinggevenden")
    BOT = _nodig(SESSIE, "bot")
    STAF = _nodig(SESSIE, "staf")
    BASISCOMPETENTIES = _nodig(SESSIE, "basiscompetenties")
    KENNIS_VOORAF = _nodig(SESSIE, "kennis-vooraf")
    VAARDIGHEIDSTRAINING = _nodig(SESSIE, "vaardigheidstraining")
    TEAMTRAINING = _nodig(SESSIE, "teamtraining")


class Activiteiten:
    WERKOVERLEG = _nodig(ACTIVITEIT, "werkoverleg")
    HR_GESPREK = _nodig(ACTIVITEIT, "hr-gesprek")
    INCIDENTEVALUATIE = _nodig(ACTIVITEIT, "incidentevaluatie")
    INTRODUCTIE = _nodig(ACTIVITEIT, "introductie")
    LEERDOELEN_HERZIEN = _nodig(ACTIVITEIT, "leerdoelen-herzien")
    OPFRISSER = _nodig(ACTIVITEIT, "opfrisser")


class Elementen:
    INCIDENTEN_BESPREKEN = _nodig(ELEMENT, "incidenten-bespreken-en-leren")
    """Wat bestuur en MT bij de incidentevaluatie doen (R3.5)."""


class Doelgroepen:
    """De doelgroepen die het profiel telt (D2); de engine koppelt ze aan profielvelden."""

    COLLEGE = _nodig(DOELGROEP, "college")
    RAADSLEDEN = _nodig(DOELGROEP, "raadsleden")
    MT = _nodig(DOELGROEP, "mt")
    LEIDINGGEVENDEN = _nodig(DOELGROEP, "leidinggevenden")
    BOT = _nodig(DOELGROEP, "bot")
    STAF = _nodig(DOELGROEP, "staf")
    NIEUWE_MEDEWERKERS = _nodig(DOELGROEP, "nieuwe-medewerkers")
    HELE_ORGANISATIE = _nodig(DOELGROEP, "hele-organisatie")


# ---------------------------------------------------------------- controles (in CONTROLES)


def behoeften(cat: Catalogus) -> Iterator[Probleem]:
    """Elke sessie, activiteit, element en doelgroep die de engine bij naam gebruikt, bestaat.

    Staat er een code die erop lijkt, dan wijst de melding die aan (een hernoemde sessie);
    anders de lijst waarin de code hoort te staan.
    """
    for nodig in ALLE:
        if nodig.in_catalogus(cat):
            continue
        soort = nodig.soort
        codes = [item.id for item in soort.lijst(cat)]
        bijna = dichtstbij(nodig.id, codes)
        pad: Pad = (soort.veld, codes.index(bijna), "id") if bijna else (soort.veld,)
        bericht = (
            f"de engine gebruikt {soort.naam} '{nodig.id}', maar de catalogus heeft geen "
            f"{soort.naam} met die code"
        )
        hint = f". Bedoelde u '{bijna}'?" if bijna else ""
        document = cat.documenten[soort.bestand]
        yield document.probleem(pad, bericht + hint, sleutel=bijna is None)
    for i, s in enumerate(cat.stappenplan.sessies):
        if s.elementen_uit == "functiegroep-lijst" and s.doelgroepen != [TEAM]:
            yield cat.documenten["stappenplan"].probleem(
                ("sessies", i, "elementen_uit"),
                "'functiegroep-lijst' kiest de elementen per team; deze sessie is niet (alleen) "
                f"voor teams (doelgroepen: {', '.join(s.doelgroepen)})",
            )
