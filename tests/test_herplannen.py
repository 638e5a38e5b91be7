"""Issue 15, punt 3: herplannen met de vastgelegde uitvoering (`plan generate --uitvoering`).

Een echte rondgang met een SQLite-bestand: vastleggen met `plan uitvoering record`, dan
`plan generate --uitvoering`. Wat gegeven is staat vast op zijn echte datum; wat geannuleerd,
verplaatst of achterstallig is, komt vanaf `--vanaf` (standaard vandaag) opnieuw, met de
volgorde-eisen, de capaciteit, de feestdagen en de maanden zonder sessies (R4.1).
`controleer` is de gedeelde toets, ook voor de eigenschapstest (test_herplannen_eigenschappen).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from collections import Counter
from pathlib import Path
from typing import Any

import holidays
import jsonschema
import pytest
from typer.testing import CliRunner, Result

from tests.conftest import REPO
from trainingsplanner.cli.app import app

runner = CliRunner()
VANDAAG = dt.date(2027, 7, 15)
SCHEMA = json.loads((REPO / "schemas" / "programma-v1.schema.json").read_text(encoding="utf-8"))
MAANDEN = [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
]


def _epoch(datum: dt.date) -> str:
    return str(int(dt.datetime(datum.year, datum.month, datum.day, 12, tzinfo=dt.UTC).timestamp()))


def plan(*argumenten: str | Path, vandaag: dt.date = VANDAAG) -> Result:
    resultaat = runner.invoke(
        app, [str(a) for a in argumenten], env={"SOURCE_DATE_EPOCH": _epoch(vandaag)}
    )
    if resultaat.exception is not None and not isinstance(resultaat.exception, SystemExit):
        raise AssertionError(f"crash: {resultaat.exception!r}") from resultaat.exception
    return resultaat


def _json(*argumenten: str | Path) -> dict[str, Any]:
    uit = plan("generate", *argumenten, "--format", "json", "--out", "-")
    assert uit.exit_code in (0, 1), uit.output
    data: dict[str, Any] = json.loads(uit.stdout)
    jsonschema.validate(data, SCHEMA)
    return data


def _sessies(p: dict[str, Any]) -> dict[tuple[str, int], dict[str, Any]]:
    return {(o["id"], s["nummer"]): s for o in p["onderdelen"] for s in o["sessiedata"]}


def _datum(tekst: str) -> dt.date:
    return dt.date.fromisoformat(tekst)


def controleer(
    oud: dict[str, Any],
    nieuw: dict[str, Any],
    gegeven: dict[tuple[str, int], dt.date],
    vanaf: dt.date,
    grenzen: dict[str, Any],
    termijnen_open: bool = False,
) -> None:
    """Wat na elk herplannen geldt (R4.1, issue 15 punt 3 en issue 14):

    - een gegeven sessie staat op haar echte datum en heet `gegeven`; niets anders heet zo;
    - geen sessie die niet gegeven is, valt vóór `vanaf`, in het weekend, op een feestdag of
      in een maand zonder sessies;
    - elke volgorde-eis: een sessie die niet gegeven is, valt na het einde van alles waar haar
      onderdeel op wacht (ook als dat zelf verschoof), en binnen begin en eind van haar onderdeel;
    - wat niet gegeven is, past in de maand- en weekcapaciteit en hoogstens de helft van een
      team op een dag (gegeven sessies zijn feiten en tellen mee);
    - elke sessie die een andere datum kreeg, staat in `verschoven` met een regelcode; wat
      alleen verschoof omdat de oude dag vol was of omdat het wacht, komt later, nooit eerder;
    - met `termijnen_open` (van werkoverleg, gesprekken en e-learning is niets vastgelegd):
      geen onderdeel zonder sessies met een datum heeft een termijn die vóór `vanaf` afloopt;
    - alle onderdelen en sessienummers blijven: niets valt weg.
    """
    oude, nieuwe = _sessies(oud), _sessies(nieuw)
    assert oude.keys() == nieuwe.keys()
    per_id = {o["id"]: o for o in nieuw["onderdelen"]}
    gesloten = {MAANDEN.index(m) + 1 for m in nieuw["planning"]["geen_sessies_in"]}
    begin = int(nieuw["periode"]["start"][:4])
    nl = holidays.country_holidays("NL", years=range(begin, begin + 60))
    verschoven = {(v["onderdeel"], v["nummer"]): v for v in nieuw["herplanning"]["verschoven"]}
    for sleutel, s in nieuwe.items():
        dagen = [_datum(d) for d in s["dagen"]]
        if sleutel in gegeven:
            assert s["status"] == "gegeven" and _datum(s["datum"]) == gegeven[sleutel], sleutel
            continue
        assert s["status"] == "voorstel", sleutel
        o = per_id[sleutel[0]]
        for d in dagen:
            assert d >= vanaf and d.weekday() < 5 and d not in nl, (sleutel, d)
            assert d.month not in gesloten, (sleutel, d)
            assert _datum(o["start"]) <= d <= _datum(o["eind"]), (sleutel, d)
            for dep in o["na"]:
                eind = max(
                    [_datum(per_id[dep]["eind"])]
                    + [_datum(x) for t in per_id[dep]["sessiedata"] for x in t["dagen"]]
                )
                assert eind < d, (sleutel, dep, d)
        if s["datum"] != oude[sleutel]["datum"]:
            v = verschoven[sleutel]
            assert (v["oud"], v["nieuw"]) == (oude[sleutel]["datum"], s["datum"])
            assert v["regel"][:1] == "R" and v["reden"]
            if v["reden"].startswith(("de oude datum is vol", "wacht op")):
                assert v["nieuw"] > v["oud"], v  # herplannen haalt niets naar voren
    assert set(verschoven) <= set(nieuwe) - set(gegeven)
    for o in nieuw["onderdelen"] if termijnen_open else []:  # geen termijn voorbij
        if o["sessies"] and not o["sessiedata"]:
            assert _datum(o["eind"]) >= vanaf, (o["id"], o["eind"])
    _capaciteit(nieuw, gegeven, grenzen)


def _capaciteit(
    p: dict[str, Any], gegeven: dict[tuple[str, int], dt.date], grenzen: dict[str, Any]
) -> None:
    maand: Counter[tuple[int, int]] = Counter()
    week: Counter[tuple[int, int]] = Counter()
    team: Counter[tuple[str, dt.date]] = Counter()
    sessies_team: Counter[tuple[str, dt.date]] = Counter()
    open_: set[object] = set()  # maanden, weken en teamdagen met een sessie die niet gegeven is
    for o in p["onderdelen"]:
        for s in o["sessiedata"]:
            dagen = [_datum(d) for d in s["dagen"]]
            vrij = (o["id"], s["nummer"]) not in gegeven
            maand[(dagen[0].year, dagen[0].month)] += 1
            open_ |= {(dagen[0].year, dagen[0].month)} if vrij else set()
            for w in {d.isocalendar()[:2] for d in dagen}:
                week[w] += 1
                open_ |= {("week", w)} if vrij else set()
            for d in dagen if o["team"] else []:
                team[(o["team"], d)] += s["deelnemers"]
                sessies_team[(o["team"], d)] += 1
                open_ |= {(o["team"], d)} if vrij else set()
    for m, n in maand.items():
        assert m not in open_ or n <= grenzen["maand"], m
    if grenzen.get("week"):
        for w, n in week.items():
            assert ("week", w) not in open_ or n <= grenzen["week"], w
    for (naam, d), n in team.items():
        ruimte = max(1, grenzen["teams"][naam] // 2)
        assert (naam, d) not in open_ or sessies_team[(naam, d)] == 1 or n <= ruimte, (naam, d)


@pytest.fixture
def klein(tmp_path: Path) -> Path:
    pad = tmp_path / "klein.yaml"
    shutil.copy(REPO / "examples" / "klein.yaml", pad)
    return pad


def _grenzen(profiel: Path) -> dict[str, Any]:
    import yaml

    data = yaml.safe_load(profiel.read_text(encoding="utf-8"))
    return {
        "maand": data["capaciteit"]["sessies_per_maand"],
        "week": data["capaciteit"].get("sessies_per_week"),
        "teams": {t["naam"]: t["medewerkers"] for t in data["teams"]},
    }


def _record(profiel: Path, code: str, datum: str, status: str = "gegeven") -> None:
    uit = plan("uitvoering", "record", code, "--datum", datum, "--status", status,
               "--gemeente", profiel)  # fmt: skip
    assert uit.exit_code == 0, uit.output


def test_R4_1_rondgang_gegeven_staat_vast_geannuleerd_komt_na_vanaf(klein: Path) -> None:
    oud = _json(klein)
    sessies = _sessies(oud)
    voorstel = _datum(sessies[("stap1-college", 1)]["datum"])
    echt = voorstel + dt.timedelta(days=7)  # gegeven een week na het voorstel
    _record(klein, "stap1-college", echt.isoformat())
    _record(klein, "stap1-raadsleden", "2027-03-03", "geannuleerd")
    _record(klein, "stap1-leidinggevenden", "2027-03-04")
    _record(klein, "stap2-publiekszaken", "2027-06-15")
    gegeven = {
        ("stap1-college", 1): echt,
        ("stap1-leidinggevenden", 1): dt.date(2027, 3, 4),
        ("stap2-publiekszaken", 1): dt.date(2027, 6, 15),
    }
    nieuw = _json(klein, "--uitvoering")
    morgen = VANDAAG + dt.timedelta(days=1)
    assert nieuw["herplanning"]["vanaf"] == morgen.isoformat()  # standaard: morgen
    assert nieuw["herplanning"]["gegeven"] == 3
    controleer(oud, nieuw, gegeven, morgen, _grenzen(klein), termijnen_open=True)
    verschoven = {(v["onderdeel"], v["nummer"]): v for v in nieuw["herplanning"]["verschoven"]}
    raadsleden = verschoven[("stap1-raadsleden", 1)]
    assert raadsleden["regel"] == "R4.1" and raadsleden["reden"] == "geannuleerd op 3 maart 2027"
    assert _datum(raadsleden["nieuw"]) > VANDAAG  # nooit vandaag zelf: dat is te laat
    # achterstallig: gepland vóór morgen en niet vastgelegd
    assert verschoven[("stap1-hele-organisatie", 1)]["reden"] == "niet gegeven vóór 16 juli 2027"
    # een onderdeel dat wacht op iets dat verschoof, schuift mee met de regel van die eis
    assert any(v["reden"].startswith("wacht op ") and v["regel"] != "R4.1"
               for v in verschoven.values())  # fmt: skip
    assert "herpland" in {w["code"] for w in nieuw["waarschuwingen"]}


def test_R4_1_vanaf_en_een_eigen_database(klein: Path, tmp_path: Path) -> None:
    oud = _json(klein)
    db = tmp_path / "elders.sqlite"
    uit = plan("uitvoering", "record", "stap1-college", "--datum", "2027-03-02",
               "--gemeente", klein, "--db", db)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    vanaf = dt.date(2027, 9, 1)
    nieuw = _json(klein, "--db", db, "--vanaf", "01-09-2027")  # --db zet --uitvoering aan
    assert nieuw["herplanning"]["vanaf"] == vanaf.isoformat()
    controleer(
        oud,
        nieuw,
        {("stap1-college", 1): dt.date(2027, 3, 2)},
        vanaf,
        _grenzen(klein),
        termijnen_open=True,
    )
    # Wat na --vanaf stond en nergens op wacht dat verschoof, houdt zijn datum.
    blijft = [k for k, s in _sessies(oud).items() if s["datum"] >= "2029-01-01"]
    assert any(_sessies(nieuw)[k]["datum"] == _sessies(oud)[k]["datum"] for k in blijft)


def test_R4_1_alles_volgens_plan_verandert_niets(klein: Path) -> None:
    """Vanaf de startdatum, en wat gegeven is op de voorgestelde dag: elke datum blijft."""
    oud = _json(klein)
    _record(klein, "stap1-college", _sessies(oud)[("stap1-college", 1)]["datum"])
    nieuw = _json(klein, "--uitvoering", "--vanaf", "2027-02-01")
    assert nieuw["herplanning"]["verschoven"] == []
    gegeven = ("stap1-college", 1)
    assert _sessies(nieuw)[gegeven] == _sessies(oud)[gegeven] | {"status": "gegeven"}
    assert {k: s for k, s in _sessies(nieuw).items() if k != gegeven} == {
        k: s for k, s in _sessies(oud).items() if k != gegeven
    }
    assert [(o["id"], o["start"], o["eind"]) for o in nieuw["onderdelen"]] == [
        (o["id"], o["start"], o["eind"]) for o in oud["onderdelen"]
    ]


def test_R4_1_vastgelegd_onder_een_oud_id_wordt_gemeld(klein: Path) -> None:
    """Een hernoemd team: de registraties van het oude id worden gemeld met `koppel`."""
    _record(klein, "stap2-publiekszaken", "2027-06-15")
    tekst = klein.read_text(encoding="utf-8").replace("naam: Publiekszaken", "naam: Burgerzaken")
    klein.write_text(tekst, encoding="utf-8")
    uit = plan("generate", klein, "--uitvoering", "--format", "json", "--out", "-")
    assert uit.exit_code == 0, uit.output
    meldingen = [w for w in json.loads(uit.stdout)["waarschuwingen"]
                 if w["code"] == "uitvoering-onbekend"]  # fmt: skip
    assert len(meldingen) == 1 and "'stap2-publiekszaken' (nummer 1)" in meldingen[0]["bericht"]
    # de tip noemt het id dat er het meest op lijkt: dat van het hernoemde team
    assert "plan uitvoering koppel stap2-publiekszaken stap2-burgerzaken" in " ".join(
        uit.stderr.split()
    )


def test_R4_1_markdown_html_en_agenda_tonen_het_herplannen(klein: Path) -> None:
    _record(klein, "stap1-college", "2027-03-09")
    for formaat in ("md", "html"):
        uit = plan("generate", klein, "--uitvoering", "--format", formaat, "--out", "-")
        assert uit.exit_code == 0, uit.output
        assert "Herpland met de vastgelegde uitvoering" in uit.stdout
        assert "9 maart 2027" in uit.stdout
    uit = plan("generate", klein, "--uitvoering", "--format", "ics", "--out", "-")
    import icalendar

    afspraken = icalendar.Calendar.from_ical(uit.stdout).walk("VEVENT")
    college = next(a for a in afspraken if "-stap1-college-1@" in str(a["UID"]))
    assert str(college["STATUS"]) == "CONFIRMED"
    assert "Gegeven op 9 maart 2027" in str(college["DESCRIPTION"])
    assert {str(a["STATUS"]) for a in afspraken} == {"CONFIRMED", "TENTATIVE"}


@pytest.mark.parametrize(
    ("argumenten", "melding"),
    [
        (["--uitvoering"], "bestaat niet"),
        (["--vanaf", "2027-09-01"], "werkt alleen met --uitvoering"),
        (["--uitvoering", "--vanaf", "morgen"], "geen datum"),
        (["--db", "map-die-er-niet-is/x.sqlite"], "bestaat niet"),
    ],
)
def test_R4_1_foute_opdracht_geeft_exit_2(klein: Path, argumenten: list[str], melding: str) -> None:
    uit = plan("generate", klein, *argumenten, "--format", "json", "--out", "-")
    assert uit.exit_code == 2, uit.output
    assert melding in uit.stderr and "Traceback" not in uit.output


def test_R4_1_sectie_wat_is_verschoven_veilig_in_html_en_markdown() -> None:
    """De partials voor 'Wat is verschoven' (de weergave geeft `w.verschoven` mee): een
    teamnaam met HTML- en tabeltekens blijft tekst; zonder herplanning geen sectie."""
    from types import SimpleNamespace

    from tests.maak import profiel as maak_profiel
    from tests.maak import profieldata, programma
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.engine.herplannen import Uitvoering, Vastgelegd
    from trainingsplanner.render import verschoven
    from trainingsplanner.render.markdown import ontsnap
    from trainingsplanner.render.omgeving import omgeving

    cat = laad_catalogus()
    data = profieldata()
    data["teams"][0]["naam"] = "<b>Balie</b> | A"
    oud = programma(cat, data)
    o = next(o for o in oud.onderdelen if o.team == "<b>Balie</b> | A" and o.sessiedata)
    geannuleerd = Vastgelegd(o.id, 1, o.sessiedata[0].datum, "geannuleerd")
    p = stel_samen(maak_profiel(cat, data), cat, Uitvoering(oud.periode.start, (geannuleerd,)))
    w = SimpleNamespace(verschoven=verschoven.weergave(p))
    html = omgeving(html=True).get_template("_verschoven.html.j2").render(w=w)
    assert "Wat is verschoven" in html and o.id in html
    assert "<b>Balie" not in html and "&lt;b&gt;Balie&lt;/b&gt; | A" in html
    md = omgeving(html=False, finalize=ontsnap).get_template("_verschoven.md.j2").render(w=w)
    assert "## Wat is verschoven" in md and "\\<b\\>Balie\\</b\\> \\| A" in md
    assert "geannuleerd op " in md and "(R4.1)" in md
    for leeg in (SimpleNamespace(verschoven=verschoven.weergave(oud)), SimpleNamespace()):
        assert "verschoven" not in omgeving(html=True).get_template("_verschoven.html.j2").render(
            w=leeg
        )


def test_R4_1_herplannen_kan_niet_met_een_map(klein: Path) -> None:
    uit = plan("generate", klein.parent, "--uitvoering", "--format", "json")
    assert uit.exit_code == 2 and "kan niet met een map" in uit.stderr


def test_R4_1_document_toont_wat_verschoof_en_wat_gegeven_is(klein: Path) -> None:
    """Na herplannen: de HTML en de md hebben de sectie 'Wat is verschoven' met elke
    verschoven sessie, en een gegeven sessie heet in de datums 'gegeven', geen voorstel."""
    _record(klein, "stap1-raadsleden", "2027-03-03", "geannuleerd")
    _record(klein, "stap1-leidinggevenden", "2027-03-04")
    nieuw = _json(klein, "--uitvoering")
    aantal = len(nieuw["herplanning"]["verschoven"])
    assert aantal > 0
    html = plan("generate", klein, "--uitvoering", "--format", "html", "--out", "-").stdout
    sectie = html[html.index('id="kop-verschoven"') :]
    sectie = sectie[: sectie.index("</section>")]
    assert sectie.count("<tr><td>") == aantal + len(nieuw["herplanning"]["termijnen"])
    md = plan("generate", klein, "--uitvoering", "--format", "md", "--out", "-").stdout
    assert "## Wat is verschoven" in md
    leiders = next(r for r in md.splitlines() if "4 maart 2027" in r and "(gegeven" in r)
    assert "voorstel" not in leiders
    zonder = plan("generate", klein, "--format", "md", "--out", "-").stdout
    assert "Wat is verschoven" not in zonder and "(gegeven" not in zonder


@pytest.mark.parametrize(("datum", "geldig"), [("2027-02-30", False), ("2027-03-09", True)])
def test_R4_1_een_rij_die_plan_niet_zo_schreef(klein: Path, datum: str, geldig: bool) -> None:
    """Herplannen leest de database zonder omwegen; een rij die een ander programma schreef
    (een datum die niet bestaat) gaat langs de gewone controle: exit 2 met een Nederlandse
    melding, nooit een traceback."""
    import sqlite3

    _record(klein, "stap1-college", "2027-03-02")
    with sqlite3.connect(klein.with_name("klein.uitvoering.sqlite")) as verbinding:
        verbinding.execute("UPDATE sessie SET datum = ?", (datum,))
    uit = plan("generate", klein, "--uitvoering", "--format", "json", "--out", "-")
    if geldig:
        assert uit.exit_code == 0, uit.output
        assert json.loads(uit.stdout)["herplanning"]["gegeven"] == 1
    else:
        assert uit.exit_code == 2, uit.output
        assert "sessie 1 van stap1-college is onleesbaar (datum '2027-02-30'" in uit.stderr
        assert "Traceback" not in uit.output
