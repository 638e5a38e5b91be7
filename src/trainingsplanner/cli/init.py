"""`plan init`: het startprofiel schrijven, eventueel na de vragen in de terminal (rich).

De tekst van het profiel maakt `profiel/startprofiel.py`; hier staan het verloop van de
opdracht en de vragen.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path
from typing import Any

from rich.prompt import Confirm, InvalidResponse
from rich.text import Text

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.rand import over
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.profiel.startprofiel import (
    Antwoorden,
    Teamantwoord,
    doelpad,
    maak_profieltekst,
)


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
    from rich.prompt import IntPrompt, Prompt

    standaard = Antwoorden()
    a = Antwoorden(teams=[])
    console.print("Een nieuw gemeenteprofiel. Enter neemt de standaardwaarde tussen haakjes.")
    a.gemeente = Prompt.ask("Naam van de gemeente", default=standaard.gemeente, console=console)
    while True:
        tekst = Prompt.ask(
            "Startdatum (JJJJ-MM-DD)", default=standaard.startdatum.isoformat(), console=console
        )
        try:
            a.startdatum = dt.date.fromisoformat(tekst)
            break
        except ValueError:
            console.print("Dat is geen datum; schrijf bijvoorbeeld 2027-02-01.")
    a.looptijd_jaren = int(
        Prompt.ask(
            "Looptijd in jaren", choices=["1", "2", "3", "4", "5"], default="3", console=console
        )
    )
    a.groepsgrootte = _getal(IntPrompt, "Deelnemers per training hoogstens", 12, console, 1, 100)
    a.sessies_per_maand = _getal(
        IntPrompt, "Sessies per maand die de organisatie aankan", 8, console, 1, 10_000
    )
    tarief = _getal(
        IntPrompt, "Dagtarief externe trainer in euro (0 = onbekend)", 0, console, 0, 100_000
    )
    a.dagtarief = tarief or None
    budget = _getal(
        IntPrompt, "Budget voor de hele looptijd in euro (0 = onbekend)", 0, console, 0, 10**9
    )
    a.budget = budget or None
    a.e_learning = JaNee.ask(
        "Kennisonderdelen via e-learning (R8.1)?", default=True, console=console
    )
    a.train_de_trainer = JaNee.ask(
        "Een interne trainer voor de geschikte onderdelen (R8.3)?", default=False, console=console
    )
    keuzes = ["ja", "deels", "nee", "onbekend"]
    for r in cat.stappenplan.randvoorwaarden:
        console.print(f"{r.id}. {r.vraag}")
        a.randvoorwaarden[r.veld] = Prompt.ask(
            f"  {r.naam}", choices=keuzes, default="onbekend", console=console
        )
    for t in cat.stappenplan.toetspunten:
        a.toetspunten[t.id] = Prompt.ask(
            f"Toetspunt {t.id}: {t.vraag}", default="", console=console
        )
    a.college = _getal(IntPrompt, "Leden van het college", standaard.college, console, 0, 100)
    a.raadsleden = _getal(IntPrompt, "Raadsleden", standaard.raadsleden, console, 0, 1000)
    a.betrokken_bij_incident = JaNee.ask(
        "Was het bestuur betrokken bij een incident (R3.6)?", default=False, console=console
    )
    a.mt = _getal(IntPrompt, "Leden van het MT", standaard.mt, console, 0, 1000)
    a.bot = _getal(IntPrompt, "Leden van het bedrijfsopvangteam (BOT)", 0, console, 0, 1000)
    a.staf = _getal(
        IntPrompt, "Stafmedewerkers (P&O, arbo, coördinator A&G)", standaard.staf, console, 0, 1000
    )
    a.nieuwe_medewerkers = _getal(IntPrompt, "Nieuwe medewerkers per jaar", 0, console, 0, 100_000)
    groepen = list(cat.functiegroepen)
    while True:
        nummer = len(a.teams) + 1
        naam = Prompt.ask(
            f"Naam van team {nummer} (leeg = klaar)", default="", console=console
        ).strip()
        if not naam:
            if a.teams:
                break
            console.print("Geef minstens één team op.")
            continue
        if any(t.naam.casefold() == naam.casefold() for t in a.teams):
            console.print("Die naam is al gebruikt; kies een andere.")
            continue
        team = Teamantwoord(
            naam=naam,
            functiegroep=Prompt.ask(
                "  Functiegroep", choices=groepen, default="publieksdiensten", console=console
            ),
            medewerkers=_getal(
                IntPrompt, "  Medewerkers (zonder leidinggevenden)", 10, console, 1, 1_000_000
            ),
        )
        team.leidinggevenden = _getal(IntPrompt, "  Leidinggevenden", 1, console, 0, 1000)
        team.risico = Prompt.ask(
            "  Risico", choices=["hoog", "midden", "laag"], default="midden", console=console
        )
        opleidingen = Prompt.ask(
            f"  Opleidingen, met komma's ({', '.join(cat.opleidingen)}; leeg = geen)",
            default="",
            console=console,
        )
        team.opleidingen = [
            o.strip() for o in opleidingen.split(",") if o.strip() in cat.opleidingen
        ]
        team.teamnorm = JaNee.ask("  Is er al een teamnorm (R7.5)?", default=False, console=console)
        team.huisbezoeken = JaNee.ask(
            "  Legt het team huisbezoeken af (R6.3)?", default=False, console=console
        )
        a.teams.append(team)
    return a


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


def _getal(prompt: Any, vraag: str, standaard: int, console: Any, laag: int, hoog: int) -> int:
    while True:
        waarde = int(prompt.ask(vraag, default=standaard, console=console))
        if laag <= waarde <= hoog:
            return waarde
        console.print(f"Kies een getal van {laag} tot en met {hoog}.")
