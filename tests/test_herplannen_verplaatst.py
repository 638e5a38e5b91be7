"""Issue 15, bevinding van de coördinator: een verplaatste sessie gaat naar haar afgesproken datum.

`plan uitvoering record ID --status verplaatst --datum D` betekent: de sessie is verplaatst
**naar** D (met de trainer afgesproken). Herplannen (`plan generate --uitvoering`) zet haar op
D als dat kan (niet vóór `--vanaf`, niet vóór het einde van waar het onderdeel op wacht, een
werkdag in een open maand, met ruimte); anders op de eerste plek daarna. De reden zegt het in
gewoon Nederlands met een Nederlandse datum (R4.1).

Het voorbeeld van de README: het eerste jaar van `klein.yaml` (klein.sessies-2027.csv), de
stand op 31 december 2027, herplannen vanaf 3 januari 2028.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import REPO
from tests.test_herplannen import _grenzen, _json, _sessies, controleer, plan

VANDAAG = dt.date(2027, 12, 31)
VANAF = "2028-01-03"
TOEZICHT = "stap3-toezicht-en-handhaving-vaardigheden"


@pytest.fixture
def klein(tmp_path: Path) -> Path:
    """klein.yaml met het eerste jaar uit de README in de database."""
    pad = tmp_path / "klein.yaml"
    shutil.copy(REPO / "examples" / "klein.yaml", pad)
    csv = REPO / "examples" / "klein.sessies-2027.csv"
    uit = plan("uitvoering", "import", csv, "--gemeente", pad, vandaag=VANDAAG)
    assert uit.exit_code == 0, uit.output
    return pad


def _verplaats(profiel: Path, code: str, datum: str, sessie: int = 1) -> None:
    uit = plan("uitvoering", "record", code, "--sessie", str(sessie), "--datum", datum,
               "--status", "verplaatst", "--gemeente", profiel, vandaag=VANDAAG)  # fmt: skip
    assert uit.exit_code == 0, uit.output


def _herplan(profiel: Path) -> tuple[dict[str, Any], dict[tuple[str, int], dict[str, Any]]]:
    """Het programma zonder en met de uitvoering; gecontroleerd met de gedeelde toets, en de
    verschoven sessies per (onderdeel, nummer)."""
    oud = _json(profiel)
    nieuw = _json(profiel, "--uitvoering", "--vanaf", VANAF)
    gegeven = {
        (o["id"], s["nummer"]): dt.date.fromisoformat(s["datum"])
        for o in nieuw["onderdelen"]
        for s in o["sessiedata"]
        if s["status"] == "gegeven"
    }
    controleer(oud, nieuw, gegeven, dt.date.fromisoformat(VANAF), _grenzen(profiel))
    return nieuw, {(v["onderdeel"], v["nummer"]): v for v in nieuw["herplanning"]["verschoven"]}


def test_R4_1_verplaatst_naar_de_afgesproken_datum(klein: Path) -> None:
    """De bevinding: verplaatst naar 15 februari 2028 werd 4 januari 2028; en de sessie die
    het voorbeeld voor 18 januari 2028 afsprak (CSV), werd 11 januari 2028."""
    _verplaats(klein, TOEZICHT, "15-02-2028")
    nieuw, verschoven = _herplan(klein)
    toezicht = verschoven[(TOEZICHT, 1)]
    assert toezicht["nieuw"] == "2028-02-15"
    assert toezicht["regel"] == "R4.1"
    assert toezicht["reden"] == "verplaatst naar 15 februari 2028, zoals afgesproken"
    sociaal = verschoven[("stap3-sociaal-team-vaardigheden", 2)]
    assert sociaal["nieuw"] == "2028-01-18"
    assert sociaal["reden"] == "verplaatst naar 18 januari 2028, zoals afgesproken"
    # wat op de verplaatste sessie wacht, komt pas na haar (de volgorde-eis blijft)
    team = _sessies(nieuw)[("stap3-toezicht-en-handhaving-teamtraining", 1)]
    assert team["datum"] > "2028-02-16"


def test_R4_1_redenen_in_gewoon_nederlands(klein: Path) -> None:
    """Geen ISO-datums in de zin: 'geannuleerd op 19 oktober 2027', 'niet gegeven vóór …'."""
    _, verschoven = _herplan(klein)
    assert verschoven[(TOEZICHT, 1)]["reden"] == "geannuleerd op 19 oktober 2027"
    achterstallig = [v for v in verschoven.values() if v["reden"].startswith("niet gegeven")]
    assert achterstallig
    assert {v["reden"] for v in achterstallig} == {"niet gegeven vóór 3 januari 2028"}
    md = plan("generate", klein, "--uitvoering", "--vanaf", VANAF, "--format", "md",
              "--out", "-", vandaag=VANDAAG).stdout  # fmt: skip
    assert "geannuleerd op 19 oktober 2027" in md and "2027-10-19" not in md


def test_R4_1_verplaatst_naar_een_dag_voor_vanaf_komt_vanaf_vanaf(klein: Path) -> None:
    """Afgesproken voor 20 december 2027, maar op 3 januari 2028 niet gegeven: opnieuw vanaf
    --vanaf, nooit in het verleden."""
    _verplaats(klein, TOEZICHT, "20-12-2027")
    _, verschoven = _herplan(klein)
    toezicht = verschoven[(TOEZICHT, 1)]
    assert toezicht["nieuw"] >= VANAF
    assert toezicht["reden"] == "verplaatst naar 20 december 2027, niet gegeven vóór 3 januari 2028"


def test_R4_1_verplaatst_voor_het_einde_van_wat_het_wacht(klein: Path) -> None:
    """De teamtraining van het sociaal team wacht op de vaardigheidstraining, die tot eind
    januari 2028 loopt: een afspraak op 19 januari kan niet, de eerste plek na die grens."""
    code = "stap3-sociaal-team-teamtraining"
    _verplaats(klein, code, "19-01-2028")
    nieuw, verschoven = _herplan(klein)
    wacht = next(o for o in nieuw["onderdelen"] if o["id"] == "stap3-sociaal-team-vaardigheden")
    team = verschoven[(code, 1)]
    assert team["nieuw"] > wacht["eind"] >= "2028-01-19"
    assert team["reden"] == (
        "verplaatst naar 19 januari 2028; het onderdeel wacht op "
        "stap3-sociaal-team-vaardigheden, eerste plek daarna"
    )


@pytest.mark.parametrize(
    ("datum", "waarom"),
    [("19-02-2028", "dat is een zaterdag"), ("27-04-2028", "dat is een feestdag")],
)
def test_R4_1_verplaatst_naar_een_dag_zonder_werk(klein: Path, datum: str, waarom: str) -> None:
    """Een zaterdag of Koningsdag: de eerste werkdag met plek daarna."""
    _verplaats(klein, TOEZICHT, datum)
    _, verschoven = _herplan(klein)
    afgesproken = dt.datetime.strptime(datum, "%d-%m-%Y").date()
    toezicht = verschoven[(TOEZICHT, 1)]
    assert dt.date.fromisoformat(toezicht["nieuw"]) > afgesproken
    assert toezicht["reden"].endswith(f"; {waarom}, eerste plek daarna")
    assert toezicht["reden"].startswith("verplaatst naar ")


def test_R4_1_afspraken_gaan_voor_voorstellen_tot_de_maand_vol_is(klein: Path) -> None:
    """Vijf afspraken in maart 2028 bij vier sessies per maand: vier op hun dag (wat daar
    als voorstel stond, schuift), de vijfde op de eerste plek daarna."""
    afspraken = {
        ("stap4-publiekszaken-opfrisser-j2", 1): "2028-03-06",
        ("stap4-sociaal-team-opfrisser-j2", 1): "2028-03-07",
        ("stap4-werk-en-inkomen-opfrisser-j2", 1): "2028-03-08",
        ("stap4-toezicht-en-handhaving-opfrisser-j2", 1): "2028-03-13",
        ("stap4-klantcontactcentrum-opfrisser-j2", 1): "2028-03-14",
    }
    for (code, nummer), datum in afspraken.items():
        _verplaats(klein, code, dt.date.fromisoformat(datum).strftime("%d-%m-%Y"), nummer)
    _, verschoven = _herplan(klein)
    gehouden = [k for k, d in afspraken.items() if verschoven[k]["nieuw"] == d]
    assert len(gehouden) == 4
    (vol,) = set(afspraken) - set(gehouden)
    assert verschoven[vol]["nieuw"] > afspraken[vol]
    assert verschoven[vol]["reden"].endswith("; die maand is vol, eerste plek daarna")
    assert all(verschoven[k]["reden"].endswith(", zoals afgesproken") for k in gehouden)


def test_R4_1_twee_afspraken_van_een_team_op_een_dag(klein: Path) -> None:
    """Hoogstens de helft van een team op een dag: de tweede afspraak schuift op."""
    code = "stap4-buitendienst-opfrisser-j2"
    _verplaats(klein, code, "14-06-2028", 1)
    _verplaats(klein, code, "14-06-2028", 2)
    _, verschoven = _herplan(klein)
    assert verschoven[(code, 1)]["nieuw"] == "2028-06-14"
    assert verschoven[(code, 2)]["nieuw"] > "2028-06-14"
    assert verschoven[(code, 2)]["reden"].endswith(
        "; dan zijn te veel medewerkers van het team die dag in training, eerste plek daarna"
    )


def test_R4_1_afspraak_in_een_gesloten_maand_of_een_volle_week() -> None:
    """Via de engine, met een grens per week (2) en juli en augustus zonder sessies: een
    afspraak in juli komt in de eerste open maand daarna; van drie afspraken in één week
    houden er twee hun dag."""
    from tests.maak import profiel, profieldata
    from tests.test_herplannen_eigenschappen import _grenzen as grenzen
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.engine.herplannen import Uitvoering, Vastgelegd

    cat = laad_catalogus()
    data = profieldata(
        capaciteit={"sessies_per_maand": 6, "sessies_per_week": 2},
        planning={"geen_sessies_in": ["juli", "augustus"]},
    )
    gelezen = profiel(cat, data)
    oud = stel_samen(gelezen, cat)
    vanaf = oud.periode.start
    gevallen = {
        "juli": [("stap1-college", dt.date(2027, 7, 6))],
        "week": [
            ("stap1-college", dt.date(2027, 10, 5)),
            ("stap1-raadsleden", dt.date(2027, 10, 6)),
            ("stap1-leidinggevenden", dt.date(2027, 10, 7)),
        ],
    }
    redenen = {}
    for naam, afspraken in gevallen.items():
        vastgelegd = tuple(Vastgelegd(code, 1, d, "verplaatst") for code, d in afspraken)
        nieuw = stel_samen(gelezen, cat, Uitvoering(vanaf, vastgelegd))
        controleer(oud.model_dump(mode="json"), nieuw.model_dump(mode="json"), {}, vanaf,
                   grenzen(data))  # fmt: skip
        assert nieuw.herplanning is not None
        verschoven = {v.onderdeel: v for v in nieuw.herplanning.verschoven}
        redenen[naam] = [(verschoven[code], d) for code, d in afspraken]
    ((juli, _),) = redenen["juli"]
    assert juli.nieuw >= dt.date(2027, 9, 1)
    assert juli.reden == (
        "verplaatst naar 6 juli 2027; in juli 2027 zijn geen sessies, eerste plek daarna"
    )
    gehouden = [v for v, d in redenen["week"] if v.nieuw == d]
    vol = [v for v, d in redenen["week"] if v.nieuw > d]
    assert len(gehouden) == 2 and len(vol) == 1
    assert vol[0].reden.endswith("; die week is vol, eerste plek daarna")
