"""`plan uitvoering koppel OUD NIEUW`: de registraties van een hernoemd onderdeel verhuizen.

Een onderdeel krijgt een ander id als een team in het profiel anders gaat heten. `status`
meldt wat onder het oude id staat; `koppel` zet het bij het nieuwe id, in één transactie.
Staat een sessie onder beide ids, dan kiest de gebruiker met `voorrang` welke blijft; zonder
keuze verandert er niets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.suggestie import bedoelde_u
from trainingsplanner.uitvoering import opslag, waarden
from trainingsplanner.uitvoering.gegevens import Sessie
from trainingsplanner.uitvoering.vastleggen import Suggesties, onderdeel_uit

if TYPE_CHECKING:
    from trainingsplanner.programma import Onderdeel

Voorrang = Literal["oud", "nieuw"]


@dataclass(frozen=True)
class Koppeling:
    oud: str
    nieuw: str
    verplaatst: int
    vervallen: list[Sessie] = field(default_factory=list)
    """Registraties die wijken voor die van de andere kant (`voorrang`)."""
    buiten: list[int] = field(default_factory=list)
    """Sessienummers hoger dan het nieuwe onderdeel heeft; `status` meldt ze apart."""


def koppel(
    db: Path,
    onderdelen: Mapping[str, Onderdeel],
    oud: str,
    nieuw: str,
    voorrang: Voorrang | None = None,
) -> Koppeling:
    try:
        doel = onderdeel_uit(nieuw, onderdelen, Suggesties(onderdelen))
    except ValueError as fout:
        raise InvoerFout([Probleem("NIEUW", 0, 0, "", str(fout))]) from None
    if oud == nieuw:
        raise InvoerFout([Probleem("OUD", 0, 0, "", "OUD en NIEUW zijn hetzelfde onderdeel")])
    with opslag.transactie(db) as t:
        van = t.sessies([oud])
        if not van:
            hint = bedoelde_u(oud, {s.onderdeel for s in t.sessies()})
            bericht = f"er zijn geen registraties van '{waarden.kort(oud)}' in de database.{hint}"
            raise InvoerFout([Probleem("OUD", 0, 0, "", bericht.rstrip("."))])
        bij = {s.nummer: s for s in t.sessies([nieuw])}
        dubbel = [s.nummer for s in van if s.nummer in bij]
        vervallen: list[Sessie] = []
        if dubbel and voorrang is None:
            bericht = (
                f"sessie {_lijst(dubbel)} staat onder beide ids; kies met --voorrang oud of "
                "--voorrang nieuw welke registratie blijft"
            )
            raise InvoerFout([Probleem("NIEUW", 0, 0, "", bericht)])
        if dubbel and voorrang == "oud":
            vervallen = [bij[n] for n in dubbel]
            t.verwijder(nieuw, dubbel)
        elif dubbel:
            vervallen = [s for s in van if s.nummer in bij]
            t.verwijder(oud, dubbel)
        verplaatst = t.verplaats(oud, nieuw)
    over = {s.nummer for s in van} - ({*dubbel} if voorrang == "nieuw" else set())
    buiten = sorted(n for n in over if n > doel.sessies)
    return Koppeling(oud, nieuw, verplaatst, vervallen, buiten)


def _lijst(nummers: list[int]) -> str:
    return ", ".join(map(str, sorted(nummers)))
