"""`plan init`: het startprofiel en zijn JSON Schema schrijven, eventueel na de vragen (rich).

De tekst van het profiel maakt `profiel/startprofiel.py`; de vragen zelf (Nederlands,
hoofdletters tellen niet, "Bedoelde u …?") staan in `cli/vragen.py`. Hier staan het verloop
van de opdracht en welke vraag bij welk veld hoort.

Naast het profiel komt `profiel.schema.json`; de schemaregel bovenin het profiel wijst
daarnaar, zodat een editor het profiel controleert, ook na mailen of verplaatsen. Een
bestaand schema van `plan` wordt bijgewerkt; een ander bestand met die naam blijft staan.
"""

from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Any

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf, schrijf_alle, veilige_lstat
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.opties import OPDRACHT, maak_map, opdrachtfout
from trainingsplanner.cli.rand import over
from trainingsplanner.cli.uitvoer import schrijf_fout
from trainingsplanner.cli.vragen import (
    Codesvraag,
    Datumvraag,
    Getalvraag,
    JaNee,
    Keuzevraag,
    Tekstvraag,
)
from trainingsplanner.fouten import zichtbaar
from trainingsplanner.profiel.startprofiel import (
    NIEUW_TEAM,
    ONBEKEND,
    SCHEMABESTAND,
    Antwoorden,
    Teamantwoord,
    doelpad,
    maak_profieltekst,
)
from trainingsplanner.profiel.velden import veld


def maak_startprofiel(pad: Path | None, interactief: bool, cat: Catalogus) -> int:
    """Schrijf profiel en schema (nooit over een bestaand profiel); 130 als de vragen afgebroken zijn."""
    doel = doelpad(pad)
    with over(OPDRACHT):
        if veilige_lstat(doel) is not None:
            raise opdrachtfout(
                toon_pad(doel), "bestaat al; kies een andere naam (init overschrijft nooit)"
            )
    antwoorden = Antwoorden()
    if interactief:
        from rich.console import Console

        try:
            antwoorden = vraag_antwoorden(cat, Console(highlight=False))
        except (KeyboardInterrupt, EOFError):
            schrijf_fout("\nAfgebroken; er is niets geschreven.\n")
            return 130
    with over(OPDRACHT):
        maak_map(doel.parent)
        _schrijf(doel, maak_profieltekst(antwoorden, cat, doel.name), cat)
    naam = zichtbaar(toon_pad(doel))
    schrijf_fout(
        f"Geschreven: {naam} (met {SCHEMABESTAND} ernaast, voor de editor)\n"
        f"Volgende stap: plan check-randvoorwaarden {shlex.quote(naam)}\n"
    )
    return 0


def _schrijf(doel: Path, profieltekst: str, cat: Catalogus) -> None:
    """Profiel en schema samen; een verouderd schema van `plan` wordt daarna bijgewerkt."""
    from trainingsplanner.schemas import als_tekst, profiel_schema

    schemapad = doel.parent / SCHEMABESTAND
    schema = als_tekst(profiel_schema(cat))
    if veilige_lstat(schemapad) is None:
        schrijf_alle([(doel, profieltekst), (schemapad, schema)])
        return
    schrijf(doel, profieltekst)
    oud = _lees(schemapad)
    if oud == schema:
        return
    if _is_ons_schema(oud, profiel_schema(cat)["$id"]):
        schrijf(schemapad, schema, overschrijven=True)
    else:
        schrijf_fout(
            f"Let op: {toon_pad(schemapad)} bestaat al en is geen schema van plan; niet "
            "vervangen. De editor controleert het profiel daarmee niet goed.\n"
        )


def _lees(pad: Path) -> str:
    try:
        return pad.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return ""


def _is_ons_schema(tekst: str, eigen_id: str) -> bool:
    try:
        return bool(json.loads(tekst).get("$id") == eigen_id)
    except (ValueError, AttributeError):
        return False


def vraag_antwoorden(cat: Catalogus, console: Any) -> Antwoorden:
    """Stel de vragen in de terminal (rich), team voor team, met keuzes en standaardwaarden."""
    vraag = _Vragen(console)
    standaard = Antwoorden()
    a = Antwoorden(teams=[])
    console.print("Een nieuw gemeenteprofiel. Enter neemt de standaardwaarde tussen haakjes.")
    a.gemeente = vraag.tekst("gemeente", standaard.gemeente)
    a.startdatum = Datumvraag(veld("startdatum").vraag(), console=console).ask_datum(
        standaard.startdatum
    )
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
        a.toetspunten[t.id] = Tekstvraag(f"Toetspunt {t.id}: {t.vraag}", console=console)(
            default=""
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
        naam = vraag.teamnaam(len(a.teams) + 1)
        if not naam:
            break
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
    team.opleidingen = Codesvraag(
        vraag.tekst_van("teams.opleidingen", True, opleidingen=", ".join(cat.opleidingen)),
        console=vraag.console,
        namen={code: o.naam for code, o in cat.opleidingen.items()},
        soort="opleiding",
    )(default=[])
    team.teamnorm = vraag.janee("teams.teamnorm", nieuw.teamnorm, in_team=True)
    team.huisbezoeken = vraag.janee("teams.huisbezoeken", nieuw.huisbezoeken, in_team=True)
    return team


class _Vragen:
    """Eén vraag per profielveld: tekst, grenzen en keuzes komen uit het model (profiel/velden.py)."""

    def __init__(self, console: Any) -> None:
        self.console = console

    def tekst_van(self, pad: str, in_team: bool, **waarden: str) -> str:
        return ("  " if in_team else "") + veld(pad).vraag(**waarden)

    def tekst(self, pad: str, standaard: str) -> str:
        antwoord: str = Tekstvraag(self.tekst_van(pad, False), console=self.console)(
            default=standaard
        )
        return antwoord

    def teamnaam(self, nummer: int) -> str:
        """Het eerste team is verplicht; daarna is een leeg antwoord 'klaar'."""
        eerste = nummer == 1
        tekst = veld("teams.naam").vraag(
            nummer=str(nummer), leeg_is_klaar="" if eerste else " (leeg = klaar)"
        )
        vraag = Tekstvraag(tekst, console=self.console, verplicht=eerste)
        naam: str = vraag() if eerste else vraag(default="")
        return naam

    def getal(self, pad: str, standaard: int, *, in_team: bool = False) -> int:
        v = veld(pad)
        assert v.minimum is not None and v.maximum is not None, f"{pad} heeft geen grenzen"
        laag, hoog = int(v.minimum), int(v.maximum)
        if hoog - laag < KEUZELIJST_TOT:
            keuzes = [str(i) for i in range(laag, hoog + 1)]
            gekozen = Keuzevraag(self.tekst_van(pad, in_team), console=self.console, keuzes=keuzes)
            return int(gekozen(default=str(standaard)))
        antwoord: int = Getalvraag(
            self.tekst_van(pad, in_team), console=self.console, laag=laag, hoog=hoog
        )(default=standaard)
        return antwoord

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
        vraag = tekst if tekst is not None else self.tekst_van(pad, in_team)
        mogelijk = keuzes if keuzes is not None else list(veld(pad).keuzes)
        gekozen: str = Keuzevraag(vraag, console=self.console, keuzes=mogelijk)(default=standaard)
        return gekozen

    def janee(self, pad: str, standaard: bool, *, in_team: bool = False) -> bool:
        return JaNee.ask(self.tekst_van(pad, in_team), default=standaard, console=self.console)


KEUZELIJST_TOT = 5
"""Een getal met zo weinig mogelijke waarden (looptijd 1–5) wordt een keuzelijst."""
