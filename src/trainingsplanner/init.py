"""`plan init`: een startprofiel met Nederlandse uitleg bij elk veld, eventueel via vragen.

De antwoorden worden eerst verzameld; pas aan het eind wordt één keer atomair geschreven,
zodat Ctrl-C halverwege geen half bestand achterlaat.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from rich.prompt import Confirm, InvalidResponse
from rich.text import Text

from trainingsplanner.bronnen import schemamap
from trainingsplanner.catalogus.laden import Catalogus


@dataclass
class Teamantwoord:
    naam: str
    functiegroep: str
    medewerkers: int
    leidinggevenden: int = 1
    risico: str = "midden"
    opleidingen: list[str] = field(default_factory=list)
    leerdoelen: list[str] = field(default_factory=list)
    teamnorm: bool = False
    basiscompetenties: str | None = None
    huisbezoeken: bool = False


@dataclass
class Antwoorden:
    gemeente: str = "Mijn gemeente"
    startdatum: dt.date = field(default_factory=lambda: eerste_van_volgende_maand(dt.date.today()))
    looptijd_jaren: int = 3
    groepsgrootte: int = 12
    sessies_per_maand: int = 8
    dagtarief: int | None = None
    budget: int | None = None
    e_learning: bool = True
    train_de_trainer: bool = False
    randvoorwaarden: dict[str, str | None] = field(default_factory=dict)
    toetspunten: dict[str, str] = field(default_factory=dict)
    college: int = 5
    raadsleden: int = 25
    betrokken_bij_incident: bool = False
    mt: int = 5
    bot: int = 0
    staf: int = 1
    nieuwe_medewerkers: int = 0
    teams: list[Teamantwoord] = field(
        default_factory=lambda: [
            Teamantwoord("Publiekszaken", "publieksdiensten", 15, risico="hoog"),
            Teamantwoord("Buitendienst", "buitendienst", 25, leidinggevenden=2),
        ]
    )


def eerste_van_volgende_maand(vandaag: dt.date) -> dt.date:
    jaar, maand = (
        (vandaag.year + 1, 1) if vandaag.month == 12 else (vandaag.year, vandaag.month + 1)
    )
    return dt.date(jaar, maand, 1)


def _yaml(waarde: Any) -> str:
    """Een waarde als YAML: true/false, null, of tekst tussen dubbele aanhalingstekens."""
    if isinstance(waarde, bool):
        return "true" if waarde else "false"
    if waarde is None:
        return ""
    if isinstance(waarde, int | float):
        return str(waarde)
    return json.dumps(str(waarde), ensure_ascii=False)


def schema_uri() -> str:
    return (schemamap() / "profiel-v1.schema.json").resolve().as_uri()


def maak_profieltekst(antwoorden: Antwoorden, cat: Catalogus, bestandsnaam: str) -> str:
    from trainingsplanner.render.omgeving import omgeving

    sjablonen = omgeving(html=False)
    sjablonen.filters["y"] = _yaml
    randvoorwaarden = [
        {
            "id": r.id,
            "veld": r.veld,
            "vraag": r.vraag,
            "betekenis": r.betekenis,
            "waarde": antwoorden.randvoorwaarden.get(r.veld),
        }
        for r in cat.stappenplan.randvoorwaarden
    ]
    toetspunten = [
        {"id": t.id, "vraag": t.vraag, "waarde": antwoorden.toetspunten.get(t.id, "")}
        for t in cat.stappenplan.toetspunten
    ]
    waarden = asdict(antwoorden)
    waarden.update(
        startdatum=antwoorden.startdatum.isoformat(),
        randvoorwaarden=randvoorwaarden,
        toetspunten=toetspunten,
        schema=schema_uri(),
        bestandsnaam=bestandsnaam,
    )
    tekst = sjablonen.get_template("profiel.yaml.j2").render(**waarden)
    return "\n".join(regel.rstrip() for regel in tekst.splitlines()) + "\n"


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


def doelpad(pad: Path | None) -> Path:
    return pad if pad is not None else Path("gemeente.yaml")
