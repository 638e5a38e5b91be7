"""`plan init`: het startprofiel schrijven, eventueel na de vragen in de terminal (rich).

De tekst van het profiel maakt `profiel/startprofiel.py`; hier staan het verloop van de
opdracht en de vragen.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from rich.prompt import Confirm, IntPrompt, InvalidResponse, Prompt
from rich.text import Text

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.rand import over
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.profiel.startprofiel import (
    NIEUW_TEAM,
    ONBEKEND,
    Antwoorden,
    Teamantwoord,
    doelpad,
    maak_profieltekst,
)
from trainingsplanner.profiel.velden import veld


def maak_startprofiel(pad: Path | None, interactief: bool, cat: Catalogus) -> int:
    """Schrijf het startprofiel (nooit over een bestaand bestand); 130 als de vragen afgebroken zijn."""
    doel = doelpad(pad)
    if doel.exists():
        bericht = "bestaat al; kies een andere naam (init overschrijft nooit)"
        raise InvoerFout([Probleem(toon_pad(doel), 0, 0, "", bericht)], onderwerp="de opdracht")
    antwoorden = Antwoorden()
    if interactief:
        from rich.console import Console

        try:
            antwoorden = vraag_antwoorden(cat, Console(highlight=False))
        except (KeyboardInterrupt, EOFError):
            sys.stderr.write("\nAfgebroken; er is niets geschreven.\n")
            return 130
    with over("de opdracht"):
        schrijf(doel, maak_profieltekst(antwoorden, cat, doel.name))
    sys.stderr.write(
        f"Geschreven: {toon_pad(doel)}\nVolgende stap: plan check-randvoorwaarden --gemeente {toon_pad(doel)}\n"
    )
    return 0


def vraag_antwoorden(cat: Catalogus, console: Any) -> Antwoorden:
    """Stel de vragen in de terminal (rich), team voor team, met keuzes en standaardwaarden."""
    vraag = _Vragen(console)
    standaard = Antwoorden()
    a = Antwoorden(teams=[])
    console.print("Een nieuw gemeenteprofiel. Enter neemt de standaardwaarde tussen haakjes.")
    a.gemeente = vraag.tekst("gemeente", standaard.gemeente)
    a.startdatum = vraag.datum("startdatum", standaard.startdatum)
    a.looptijd_jaren = vraag.getal("looptijd_jaren", standaard.looptijd_jaren)
    a.groepsgrootte = vraag.getal("groepsgrootte", standaard.groepsgrootte)
    a.sessies_per_maand = vraag.getal("capaciteit.sessies_per_maand", standaard.sessies_per_maand)
    a.dagtarief = vraag.getal("kosten.dagtarief_trainer", standaard.dagtarief or 0) or None
    a.budget = vraag.getal("kosten.budget", standaard.budget or 0) or None
    a.e_learning = vraag.janee("voorkeuren.e_learning", standaard.e_learning)
    a.train_de_trainer = vraag.janee("voorkeuren.train_de_trainer", standaard.train_de_trainer)
    for r in cat.stappenplan.randvoorwaarden:
        console.print(f"{r.id}. {r.vraag}")
        a.randvoorwaarden[r.veld] = vraag.keuze(
            f"randvoorwaarden.{r.veld}", ONBEKEND, tekst=f"  {r.naam}"
        )
    for t in cat.stappenplan.toetspunten:
        a.toetspunten[t.id] = Prompt.ask(
            f"Toetspunt {t.id}: {t.vraag}", default="", console=console
        )
    a.college = vraag.getal("bestuur.college", standaard.college)
    a.raadsleden = vraag.getal("bestuur.raadsleden", standaard.raadsleden)
    a.betrokken_bij_incident = vraag.janee(
        "bestuur.betrokken_bij_incident", standaard.betrokken_bij_incident
    )
    a.mt = vraag.getal("organisatie.mt", standaard.mt)
    a.bot = vraag.getal("organisatie.bot", standaard.bot)
    a.staf = vraag.getal("organisatie.staf", standaard.staf)
    a.nieuwe_medewerkers = vraag.getal(
        "organisatie.nieuwe_medewerkers_per_jaar", standaard.nieuwe_medewerkers
    )
    while True:
        naam = vraag.tekst("teams.naam", "", nummer=str(len(a.teams) + 1)).strip()
        if not naam:
            if a.teams:
                break
            console.print("Geef minstens één team op.")
            continue
        if any(t.naam.casefold() == naam.casefold() for t in a.teams):
            console.print("Die naam is al gebruikt; kies een andere.")
            continue
        a.teams.append(_vraag_team(vraag, naam, cat))
    return a


def _vraag_team(vraag: _Vragen, naam: str, cat: Catalogus) -> Teamantwoord:
    """De vragen over één team, ingesprongen onder de naam."""
    nieuw = NIEUW_TEAM
    team = Teamantwoord(
        naam=naam,
        functiegroep=vraag.keuze(
            "teams.functiegroep", nieuw.functiegroep, keuzes=list(cat.functiegroepen), in_team=True
        ),
        medewerkers=vraag.getal("teams.medewerkers", nieuw.medewerkers, in_team=True),
    )
    team.leidinggevenden = vraag.getal("teams.leidinggevenden", nieuw.leidinggevenden, in_team=True)
    team.risico = vraag.keuze("teams.risico", nieuw.risico, in_team=True)
    opleidingen = vraag.tekst(
        "teams.opleidingen", "", in_team=True, opleidingen=", ".join(cat.opleidingen)
    )
    team.opleidingen = [o.strip() for o in opleidingen.split(",") if o.strip() in cat.opleidingen]
    team.teamnorm = vraag.janee("teams.teamnorm", nieuw.teamnorm, in_team=True)
    team.huisbezoeken = vraag.janee("teams.huisbezoeken", nieuw.huisbezoeken, in_team=True)
    return team


KEUZELIJST_TOT = 5
"""Een getal met zo weinig mogelijke waarden (looptijd 1–5) wordt een keuzelijst."""


class _Vragen:
    """Eén vraag per profielveld: tekst, grenzen en keuzes komen uit het model (profiel/velden.py)."""

    def __init__(self, console: Any) -> None:
        self.console = console

    def _tekst(self, pad: str, in_team: bool, **waarden: str) -> str:
        return ("  " if in_team else "") + veld(pad).vraag(**waarden)

    def tekst(self, pad: str, standaard: str, *, in_team: bool = False, **waarden: str) -> str:
        vraag = self._tekst(pad, in_team, **waarden)
        return Prompt.ask(vraag, default=standaard, console=self.console)

    def datum(self, pad: str, standaard: dt.date) -> dt.date:
        while True:
            try:
                return dt.date.fromisoformat(self.tekst(pad, standaard.isoformat()))
            except ValueError:
                self.console.print("Dat is geen datum; schrijf bijvoorbeeld 2027-02-01.")

    def getal(self, pad: str, standaard: int, *, in_team: bool = False) -> int:
        v = veld(pad)
        assert v.minimum is not None and v.maximum is not None, f"{pad} heeft geen grenzen"
        laag, hoog, vraag = int(v.minimum), int(v.maximum), self._tekst(pad, in_team)
        if hoog - laag < KEUZELIJST_TOT:
            keuzes = [str(i) for i in range(laag, hoog + 1)]
            return int(
                Prompt.ask(vraag, choices=keuzes, default=str(standaard), console=self.console)
            )
        while True:
            waarde = int(IntPrompt.ask(vraag, default=standaard, console=self.console))
            if laag <= waarde <= hoog:
                return waarde
            self.console.print(f"Kies een getal van {laag} tot en met {hoog}.")

    def keuze(
        self,
        pad: str,
        standaard: str,
        *,
        tekst: str | None = None,
        keuzes: list[str] | None = None,
        in_team: bool = False,
    ) -> str:
        """Een keuze uit het model (Literal), of uit de catalogus als `keuzes` gegeven is."""
        vraag = tekst if tekst is not None else self._tekst(pad, in_team)
        mogelijk = keuzes if keuzes is not None else list(veld(pad).keuzes)
        return Prompt.ask(vraag, choices=mogelijk, default=standaard, console=self.console)

    def janee(self, pad: str, standaard: bool, *, in_team: bool = False) -> bool:
        return JaNee.ask(self._tekst(pad, in_team), default=standaard, console=self.console)


class JaNee(Confirm):
    """Ja/nee-vraag met j/n in plaats van y/n."""

    choices = ["j", "n"]
    validate_error_message = "[prompt.invalid]Antwoord j (ja) of n (nee)"

    def process_response(self, value: str) -> bool:
        antwoord = value.strip().lower()
        if antwoord in ("j", "ja", "y", "yes"):
            return True
        if antwoord in ("n", "nee", "no"):
            return False
        raise InvalidResponse(self.validate_error_message)

    def render_default(self, default: Any) -> Text:
        return Text(f"({'j' if default else 'n'})", "prompt.default")
