"""Wat de engine bij naam uit de catalogus nodig heeft: de benoemde verwijzingen.

De engine spelt zelf geen sessie-, activiteit-, element- of doelgroepcode; hij gebruikt de
namen hieronder (`Sessies.NORMSTELLING.uit(catalogus)`). Welke generator welke naam
gebruikt, staat in zijn registratie (`engine/regels/`). De controle `behoeften` in
`controles.py` meldt bij elke lading van de catalogus, dus bij `plan validate` én bij
`plan generate`, met bestand en regel welke van deze namen de catalogus mist.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, Generic, TypeVar

from trainingsplanner.catalogus.modellen import Doelgroep, Element, Sessie, Terugkerend

if TYPE_CHECKING:
    from trainingsplanner.catalogus import Catalogus

T = TypeVar("T")

TEAM = "team"
"""De gereserveerde doelgroep van onderdelen per team; geen doelgroep mag zo heten."""
HERSTEL = "herstel"
"""De soort van de onderdelen die een blokkerende randvoorwaarde oplossen (in `volgorde`)."""


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
    TEAMSESSIE = _nodig(SESSIE, "teamsessie")
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
    OPFRISSER = _nodig(ACTIVITEIT, "opfrisser")


class Elementen:
    NORMSTELLING_ORGANISATIE = _nodig(ELEMENT, "normstelling-organisatie")
    """Wat het herstel van een blokkerende randvoorwaarde behandelt (RV1, RV5)."""
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
