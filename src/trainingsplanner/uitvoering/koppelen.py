"""`plan uitvoering koppel OUD NIEUW`: de registraties van een hernoemd onderdeel verhuizen;
`plan uitvoering incidenten koppel OUD NIEUW`: de GIR-meldingen van een hernoemd team.

Een onderdeel krijgt een ander id als een team in het profiel anders gaat heten. `status`
meldt wat onder het oude id (of de oude teamnaam) staat; `koppel` zet het bij het nieuwe, in
één transactie. Staat een sessie (of een kwartaal) onder beide, dan kiest de gebruiker met
`voorrang` welke blijft; zonder keuze verandert er niets.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.suggestie import bedoelde_u
from trainingsplanner.uitvoering import opslag, waarden
from trainingsplanner.uitvoering.gegevens import Incidentaantal, Sessie
from trainingsplanner.uitvoering.vastleggen import Suggesties, onderdeel_uit

if TYPE_CHECKING:
    from trainingsplanner.programma import Onderdeel
    from trainingsplanner.uitvoering.incidenten import Teamnamen

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
    herplanning: bool = False
    """Er is een herplanning bewaard: die rekende nog zonder deze registraties."""


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
            hint = bedoelde_u(oud, {s.onderdeel for s in t.sessies()} - {doel.id})
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
        herpland = t.herplanning() is not None
    over = {s.nummer for s in van} - ({*dubbel} if voorrang == "nieuw" else set())
    buiten = sorted(n for n in over if n > doel.sessies)
    return Koppeling(oud, nieuw, verplaatst, vervallen, buiten, herpland)


@dataclass(frozen=True)
class Teamkoppeling:
    oud: str
    nieuw: str
    kwartalen: int
    """Zoveel kwartalen met GIR-meldingen staan nu bij `nieuw`."""
    vervallen: list[Incidentaantal] = field(default_factory=list)
    """Aantallen die wijken voor die van de andere kant (`voorrang`)."""


def koppel_incidenten(
    db: Path, teams: Teamnamen, oud: str, nieuw: str, voorrang: Voorrang | None = None
) -> Teamkoppeling:
    """Zet de GIR-meldingen van team `oud` (zoals vastgelegd) bij team `nieuw` (een team van
    het profiel), in één transactie."""
    gezocht = oud.strip()
    if not gezocht:
        bericht = "het oude team is leeg; vul de naam in zoals status hem noemt"
        raise InvoerFout([Probleem("OUD", 0, 0, "", bericht)])
    try:
        doel = teams.uit(nieuw)
    except ValueError as fout:
        raise InvoerFout([Probleem("NIEUW", 0, 0, "", str(fout))]) from None
    with opslag.transactie(db) as t:
        alle = t.incidenten()
        van = [a for a in alle if a.team == gezocht] or [
            a for a in alle if a.team.casefold() == gezocht.casefold()
        ]
        if not van:
            hint = bedoelde_u(gezocht, {a.team for a in alle})
            bericht = (
                f"er zijn geen GIR-meldingen van team '{waarden.kort(oud)}' in de database.{hint}"
            )
            raise InvoerFout([Probleem("OUD", 0, 0, "", bericht.rstrip("."))])
        schrijfwijzen = sorted({a.team for a in van})
        if len(schrijfwijzen) > 1:  # alleen zonder precieze treffer: hoofdletters verschillen
            namen = " en ".join(f"'{waarden.kort(n)}'" for n in schrijfwijzen)
            bericht = (
                f"'{waarden.kort(oud)}' past op meer teams in de database ({namen}); geef de "
                "naam precies zoals status hem noemt, en koppel elke schrijfwijze apart"
            )
            raise InvoerFout([Probleem("OUD", 0, 0, "", bericht)])
        if van[0].team == doel:
            raise InvoerFout([Probleem("OUD", 0, 0, "", "OUD en NIEUW zijn hetzelfde team")])
        bij = {a.kwartaal: a for a in alle if a.team == doel}
        dubbel = sorted(a.kwartaal for a in van if a.kwartaal in bij)
        if dubbel and voorrang is None:
            bericht = (
                f"{', '.join(dubbel)} staat onder beide teams; kies met --voorrang oud of "
                "--voorrang nieuw welk aantal blijft"
            )
            raise InvoerFout([Probleem("NIEUW", 0, 0, "", bericht)])
        if voorrang == "nieuw":
            vervallen = [a for a in van if a.kwartaal in bij]
            verhuisd = [a for a in van if a.kwartaal not in bij]
        else:
            vervallen = [bij[k] for k in dubbel]
            verhuisd = van
        for team in {a.team for a in van}:
            t.verwijder_incidenten(team, [a.kwartaal for a in van if a.team == team])
        t.zet_incidenten(Incidentaantal(doel, a.kwartaal, a.aantal) for a in verhuisd)
    return Teamkoppeling(van[0].team, doel, len(verhuisd), vervallen)


def _lijst(nummers: list[int]) -> str:
    return ", ".join(map(str, sorted(nummers)))
