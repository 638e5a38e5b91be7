"""Een generator: één sessie of activiteit van de catalogus, met de regels die hij toepast.

Elke generator wordt geregistreerd met een van drie decorators, naar waarvoor hij draait:
eenmaal voor de organisatie, per team, of per jaar van de cyclus. De registratie noemt de
regelcodes (voor `plan explain REGEL`) en de benoemde verwijzingen uit
`catalogus/behoeften.py` die hij gebruikt (de sessie of activiteit voorop).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any, Literal

from trainingsplanner.catalogus.behoeften import Verwijzing
from trainingsplanner.engine.context import Context, Teamplek
from trainingsplanner.engine.voorstel import Voorstel

Per = Literal["organisatie", "team", "jaar"]

Organisatiemaker = Callable[[Context], Iterable[Voorstel]]
Teammaker = Callable[[Context, Teamplek], Iterable[Voorstel]]
Jaarmaker = Callable[[Context, int], Iterable[Voorstel]]


@dataclass(frozen=True)
class Generator:
    naam: str
    regels: tuple[str, ...]
    """De regelcodes die hij toepast; elke reden die hij geeft, begint met een van deze."""
    nodig: tuple[Verwijzing[Any], ...]
    """Wat hij uit de catalogus gebruikt: eerst zijn sessie(s) of activiteit."""
    per: Per
    maak: Callable[..., Iterable[Voorstel]]
    """(ctx), (ctx, teamplek) of (ctx, jaar), naar `per`."""

    @property
    def sessies(self) -> list[str]:
        """De sessies en activiteiten waarvan hij onderdelen maakt."""
        return [v.id for v in self.nodig if v.soort.naam in ("sessie", "activiteit")]


def _registreer(
    per: Per, regels: tuple[str, ...], nodig: tuple[Verwijzing[Any], ...]
) -> Callable[[Callable[..., Iterable[Voorstel]]], Generator]:
    def decorator(maak: Callable[..., Iterable[Voorstel]]) -> Generator:
        return Generator(maak.__name__.replace("_", "-"), regels, nodig, per, maak)

    return decorator


def voor_organisatie(
    regels: tuple[str, ...], nodig: tuple[Verwijzing[Any], ...]
) -> Callable[[Organisatiemaker], Generator]:
    return _registreer("organisatie", regels, nodig)


def per_team(
    regels: tuple[str, ...], nodig: tuple[Verwijzing[Any], ...]
) -> Callable[[Teammaker], Generator]:
    return _registreer("team", regels, nodig)


def per_jaar(
    regels: tuple[str, ...], nodig: tuple[Verwijzing[Any], ...]
) -> Callable[[Jaarmaker], Generator]:
    return _registreer("jaar", regels, nodig)
