"""Elke vraag van `plan init --interactive`: een fout antwoord, dan een goed in andere hoofdletters.

Issue 12, punt 5 en acceptatie: onbekende codes krijgen "Bedoelde u …?" en worden opnieuw
gevraagd, antwoorden zijn niet hoofdlettergevoelig, "leeg = klaar" werkt, een lege
standaardwaarde staat niet als "()" in de vraag, en elke vraag en melding is Nederlands.

`VRAGEN` is de volgorde van de vragen: per vraag een fout antwoord (of None als elk antwoord
mag) met het begin van de melding, en een goed antwoord zoals mensen het typen.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import pytest
from typer.testing import CliRunner

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.profiel.model import Profiel, laad_profiel

runner = CliRunner()

ENGELS = re.compile(
    r"\b(Please|valid|select|available|options?|integer|number|Error|Aborted)\b", re.I
)


@dataclass(frozen=True)
class Vraag:
    vraag: str
    """Het begin van de vraag (controleert dat de volgorde klopt)."""
    goed: str
    fout: str | None = None
    melding: str = ""


VRAGEN = [
    Vraag("Naam van de gemeente", "Gemeente Testdorp"),
    Vraag("Startdatum (JJJJ-MM-DD)", "2027-04-01", "1 april", "Dat is geen datum"),
    Vraag("Looptijd in jaren", "2", "9", "'9' kan niet; kies 1, 2, 3, 4 of 5."),
    Vraag("Deelnemers per training", "10", "101", "Kies een getal van 1 tot en met 100."),
    Vraag("Sessies per maand", "6", "zes", "'zes' is geen geheel getal"),
    Vraag("Dagtarief", "€ 1.200", "1,5", "'1,5' is geen geheel getal"),
    Vraag("Budget", "80.000", "veel", "'veel' is geen geheel getal"),
    Vraag("Kennisonderdelen via e-learning", "J", "misschien", "Antwoord j (ja) of n (nee)"),
    Vraag("Een interne trainer", "NEE", "x", "Antwoord j (ja) of n (nee)"),
    Vraag("  Organisatienorm", "JA", "jawel", "'jawel' kan niet; kies ja, deels, nee of onbekend."),
    Vraag("  Bestuurlijke betrokkenheid", "Deels", "half", "'half' kan niet"),
    Vraag("  Optimale dienstverlening", "j", "?", "'?' kan niet"),
    Vraag("  Basiscompetenties", "Ja", "oké", "'oké' kan niet"),
    Vraag("  Agressieprotocol", "NEE", "neen", "'neen' kan niet"),
    Vraag("Toetspunt spelregels", "Huisregels bekend"),
    Vraag("Toetspunt kennis", "Matig"),
    Vraag("Toetspunt naleving", "Wisselend"),
    Vraag("Toetspunt doel", "Minder incidenten"),
    Vraag("Toetspunt doelgroepen", "Balie en wijkteam"),
    Vraag("Leden van het college", "5", "-1", "'-1' is geen geheel getal"),
    Vraag("Raadsleden", "21", "21 stuks", "'21 stuks' is geen geheel getal"),
    Vraag("Was het bestuur betrokken", "N", "soms", "Antwoord j (ja) of n (nee)"),
    Vraag("Leden van het MT", "4", "4,5", "'4,5' is geen geheel getal"),
    Vraag("Leden van het bedrijfsopvangteam", "6", "zes", "'zes' is geen geheel getal"),
    Vraag("Stafmedewerkers", "2", "twee", "'twee' is geen geheel getal"),
    Vraag("Nieuwe medewerkers per jaar", "1.500", "1.5", "'1.5' is geen geheel getal"),
    Vraag("Naam van team 1:", "Balie", "", "Vul iets in."),
    Vraag(
        "  Functiegroep", "PUBLIEKSDIENSTEN", "balie", "'balie' kan niet; kies werkplein, sociaal"
    ),
    Vraag("  Medewerkers", "18", "0", "Kies een getal van 1 tot en met 1000000."),
    Vraag("  Leidinggevenden", "1", "een", "'een' is geen geheel getal"),
    Vraag("  Risico", "Hoog", "extreem", "'extreem' kan niet; kies hoog, midden of laag."),
    Vraag(
        "  Opleidingen",
        "BOA, Basisopleiding-Burgerzaken",
        "sph",
        "Onbekende opleiding 'sph'. Bedoelde u 'maatschappelijk-werk-sph'?",
    ),
    Vraag("  Is er al een teamnorm", "n", "nog niet", "Antwoord j (ja) of n (nee)"),
    Vraag("  Legt het team huisbezoeken af", "n", "-", "Antwoord j (ja) of n (nee)"),
    Vraag("Naam van team 2 (leeg = klaar)", "Wijkteam", "balie", "Die naam is al gebruikt"),
    Vraag("  Functiegroep", "sociaal", "socaal-domein", "Bedoelde u 'sociaal-domein'?"),
    Vraag("  Medewerkers", "12"),
    Vraag("  Leidinggevenden", "1"),
    Vraag("  Risico", ""),
    Vraag("  Opleidingen", "Medewerker KCC", "kcc-opleiding", "Onbekende opleiding"),
    Vraag("  Is er al een teamnorm", "Ja"),
    Vraag("  Legt het team huisbezoeken af", "JA"),
    Vraag("Naam van team 3 (leeg = klaar)", ""),
]


def _invoer(fout_bij: set[int]) -> str:
    regels = []
    for i, vraag in enumerate(VRAGEN):
        if i in fout_bij and vraag.fout is not None:
            regels.append(vraag.fout)
        regels.append(vraag.goed)
    return "\n".join(regels) + "\n"


def _profiel_klopt(profiel: Profiel) -> None:
    assert profiel.gemeente == "Gemeente Testdorp"
    assert profiel.startdatum.isoformat() == "2027-04-01"
    assert profiel.looptijd_jaren == 2 and profiel.groepsgrootte == 10
    assert profiel.kosten is not None
    assert profiel.kosten.dagtarief_trainer == 1200 and profiel.kosten.budget == 80000
    assert profiel.voorkeuren.e_learning and not profiel.voorkeuren.train_de_trainer
    rv = profiel.randvoorwaarden
    assert (rv.organisatienorm, rv.bestuurlijke_betrokkenheid, rv.agressieprotocol) == (
        "ja",
        "deels",
        "nee",
    )
    assert profiel.organisatie.nieuwe_medewerkers_per_jaar == 1500
    balie, wijkteam = profiel.teams
    assert (balie.naam, balie.functiegroep, balie.risico) == ("Balie", "publieksdiensten", "hoog")
    assert balie.opleidingen == ["boa", "basisopleiding-burgerzaken"]
    assert (wijkteam.functiegroep, wijkteam.risico) == ("sociaal-domein", "midden")
    assert wijkteam.opleidingen == ["medewerker-kcc"]
    assert wijkteam.teamnorm and wijkteam.huisbezoeken


def _draai(in_tmp: Path, invoer: str) -> str:
    resultaat = runner.invoke(app, ["init", "t.yaml", "--interactive"], input=invoer)
    assert resultaat.exit_code == 0, resultaat.output
    return resultaat.stdout


def test_alle_vragen_in_volgorde_met_goede_antwoorden(in_tmp: Path, catalogus: Catalogus) -> None:
    uit = _draai(in_tmp, _invoer(set()))
    positie = 0
    for vraag in VRAGEN:
        gevonden = uit.find(vraag.vraag, positie)
        assert gevonden >= 0, f"vraag '{vraag.vraag}' niet (op volgorde) gesteld"
        positie = gevonden + len(vraag.vraag)
    _profiel_klopt(laad_profiel(in_tmp / "t.yaml", catalogus))
    assert "()" not in uit


def test_elke_vraag_vraagt_opnieuw_na_een_fout_antwoord_in_het_nederlands(
    in_tmp: Path, catalogus: Catalogus
) -> None:
    """Alle foute antwoorden tegelijk: elke melding komt, daarna klopt het profiel toch."""
    fout = {i for i, v in enumerate(VRAGEN) if v.fout is not None}
    uit = _draai(in_tmp, _invoer(fout))
    for i in sorted(fout):
        assert VRAGEN[i].melding in uit, (VRAGEN[i].vraag, VRAGEN[i].melding)
    _profiel_klopt(laad_profiel(in_tmp / "t.yaml", catalogus))
    assert not ENGELS.search(uit), ENGELS.search(uit)


@pytest.mark.parametrize(
    "index",
    [i for i, v in enumerate(VRAGEN) if v.fout is not None],
    ids=lambda i: VRAGEN[i].vraag.strip(),
)
def test_een_fout_antwoord_op_deze_vraag(index: int, in_tmp: Path, catalogus: Catalogus) -> None:
    uit = _draai(in_tmp, _invoer({index}))
    assert uit.count(VRAGEN[index].melding) == 1, uit[-1500:]
    _profiel_klopt(laad_profiel(in_tmp / "t.yaml", catalogus))


def test_een_leeg_antwoord_is_de_standaardwaarde_en_geen_haakjes_bij_leeg(in_tmp: Path) -> None:
    uit = _draai(in_tmp, _invoer(set()))
    assert "Naam van team 1: " in uit  # geen "(leeg = klaar)" bij het eerste team
    assert "Naam van team 2 (leeg = klaar): " in uit
    assert "Toetspunt spelregels: " in uit
    assert "Risico [hoog/midden/laag] (midden)" in uit
