"""Een generator: één sessie of activiteit van de catalogus, met de regels die hij toepast.

Elke generator wordt geregistreerd met een van drie decorators, naar waarvoor hij draait:
eenmaal voor de organisatie, per team, of per jaar van de cyclus. De registratie noemt de
sessie of activiteit waarvan hij onderdelen maakt, de regelcodes die hij toepast (voor
`plan explain REGEL`) en wat hij verder bij naam gebruikt, als benoemde verwijzingen uit
`catalogus/behoeften.py`.
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
    maakt: Verwijzing[Any] | None
    """De sessie of activiteit waarvan hij onderdelen maakt (None: het herstel van RV1–RV5)."""
    regels: tuple[str, ...]
    """De regelcodes die hij toepast; elke reden die hij geeft, begint met een van deze."""
    ook: tuple[Verwijzing[Any], ...]
    """Wat hij verder bij naam uit de catalogus gebruikt."""
    per: Per
    maak: Callable[..., Iterable[Voorstel]]
    """(ctx), (ctx, teamplek) of (ctx, jaar), naar `per`."""

    @property
    def nodig(self) -> tuple[Verwijzing[Any], ...]:
        """Alles wat hij uit de catalogus nodig heeft (de controle `behoeften` kent het)."""
        return (self.maakt, *self.ook) if self.maakt else self.ook


def _registreer(
    per: Per,
    maakt: Verwijzing[Any] | None,
    regels: tuple[str, ...],
    ook: tuple[Verwijzing[Any], ...],
) -> Callable[[Callable[..., Iterable[Voorstel]]], Generator]:
    def decorator(maak: Callable[..., Iterable[Voorstel]]) -> Generator:
        return Generator(maak.__name__.replace("_", "-"), maakt, regels, ook, per, maak)

    return decorator


def voor_organisatie(
    maakt: Verwijzing[Any] | None, *, regels: tuple[str, ...], ook: tuple[Verwijzing[Any], ...] = ()
) -> Callable[[Organisatiemaker], Generator]:
    return _registreer("organisatie", maakt, regels, ook)


def per_team(
    maakt: Verwijzing[Any], *, regels: tuple[str, ...], ook: tuple[Verwijzing[Any], ...] = ()
) -> Callable[[Teammaker], Generator]:
    return _registreer("team", maakt, regels, ook)


def per_jaar(
    maakt: Verwijzing[Any], *, regels: tuple[str, ...], ook: tuple[Verwijzing[Any], ...] = ()
) -> Callable[[Jaarmaker], Generator]:
    return _registreer("jaar", maakt, regels, ook)
