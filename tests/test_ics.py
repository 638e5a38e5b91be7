"""Issue 14, punt 3: de agenda (`plan generate --format ics`), teruggelezen door `icalendar`
en door een onafhankelijke lezer (`recurring-ical-events`)."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import recurring_ical_events
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import REPO
from tests.maak import programma
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.render import ics

CAT = laad_catalogus()
DATUM = dt.date(2027, 1, 1)
UTC = dt.UTC
runner = CliRunner()


def _agenda(team: str | None = None) -> icalendar.Calendar:
    return icalendar.Calendar.from_ical(ics.render(programma(CAT), CAT, DATUM, team))


def test_een_afspraak_per_sessie_als_voorstel_met_vaste_uid() -> None:
    p = programma(CAT)
    tekst = ics.render(p, CAT, DATUM)
    assert "\r\n" in tekst, "iCalendar wil CRLF"
    agenda = icalendar.Calendar.from_ical(tekst)
    afspraken = agenda.walk("VEVENT")
    sessies = [(o, s) for o in p.onderdelen for s in o.sessiedata]
    assert len(afspraken) == len(sessies)
    assert {str(a["STATUS"]) for a in afspraken} == {"TENTATIVE"}
    uids = [str(a["UID"]) for a in afspraken]
    assert len(set(uids)) == len(uids)
    assert uids == [ics.uid(p, o, s) for o, s in sessies]
    assert uids[0].startswith("proefstad-")
    assert len(agenda.walk("VTIMEZONE")) == 1
    assert str(agenda.walk("VTIMEZONE")[0]["TZID"]) == "Europe/Amsterdam"
    eerste = afspraken[0]
    o, s = sessies[0]
    assert str(eerste["SUMMARY"]).startswith(o.titel)
    beschrijving = str(eerste["DESCRIPTION"])
    assert "Voorstel" in beschrijving and o.waarom[0] in beschrijving
    assert f"{s.deelnemers} deelnemer" in beschrijving


def test_uids_en_tekst_gelijk_bij_een_tweede_run() -> None:
    assert ics.render(programma(CAT), CAT, DATUM) == ics.render(programma(CAT), CAT, DATUM)


def test_zomer_en_wintertijd_kloppen_bij_een_onafhankelijke_lezer() -> None:
    """09:00 in Amsterdam is 07:00 UTC in de zomer en 08:00 UTC in de winter."""
    p = programma(CAT)
    agenda = icalendar.Calendar.from_ical(ics.render(p, CAT, DATUM))
    lezer = recurring_ical_events.of(agenda)
    gezien = {"zomer": False, "winter": False}
    for o in p.onderdelen:
        for s in o.sessiedata:
            for dag in s.dagen:
                gevonden = [
                    a
                    for a in lezer.at((dag.year, dag.month, dag.day))
                    if str(a["UID"]) == ics.uid(p, o, s)
                ]
                assert len(gevonden) == 1, (o.id, s.nummer, dag)
                begin = gevonden[0]["DTSTART"].dt.astimezone(UTC)
                zomer = ZoneInfo("Europe/Amsterdam").dst(
                    dt.datetime(dag.year, dag.month, dag.day, 9)
                )
                uur = 7 if zomer else 8
                gezien["zomer" if zomer else "winter"] = True
                assert (begin.date(), begin.hour, begin.minute) == (dag, uur, 0), (o.id, dag)
                eind = gevonden[0]["DTEND"].dt.astimezone(UTC)
                uur_tot, minuut_tot = (int(x) for x in s.tot.split(":"))
                verwacht = dt.datetime.combine(dag, dt.time(uur_tot, minuut_tot))
                assert eind.replace(tzinfo=None) - begin.replace(tzinfo=None) == (
                    verwacht - dt.datetime.combine(dag, dt.time(9))
                )
    assert gezien == {"zomer": True, "winter": True}


def test_een_sessie_van_twee_dagen_staat_op_beide_dagen() -> None:
    p = programma(CAT)
    o, s = next((o, s) for o in p.onderdelen for s in o.sessiedata if len(s.dagen) > 1)
    lezer = recurring_ical_events.of(icalendar.Calendar.from_ical(ics.render(p, CAT, DATUM)))
    for dag in s.dagen:
        assert any(str(a["UID"]) == ics.uid(p, o, s) for a in lezer.at(dag.timetuple()[:3]))


def test_team_filter_geeft_alleen_dat_team() -> None:
    p = programma(CAT)
    afspraken = _agenda("Balie").walk("VEVENT")
    verwacht = sum(len(o.sessiedata) for o in p.onderdelen if o.team == "Balie")
    assert verwacht and len(afspraken) == verwacht
    assert all("Balie" in str(a["SUMMARY"]) for a in afspraken)


@pytest.fixture
def profielmap(in_tmp: Path) -> Path:
    shutil.copy(REPO / "examples" / "klein.yaml", in_tmp / "klein.yaml")
    return in_tmp


def test_cli_format_ics_en_team(profielmap: Path) -> None:
    resultaat = runner.invoke(app, ["generate", "klein.yaml", "--format", "ics"])
    assert resultaat.exit_code == 0, resultaat.output
    tekst = (profielmap / "klein.programma.ics").read_bytes()
    assert tekst.startswith(b"BEGIN:VCALENDAR\r\n")
    team = runner.invoke(
        app, ["generate", "klein.yaml", "--format", "ics", "--team", "Buitendienst", "--out", "-"]
    )
    assert team.exit_code == 0, team.output
    assert 0 < team.stdout.count("BEGIN:VEVENT") < tekst.count(b"BEGIN:VEVENT")
    geen = runner.invoke(app, ["generate", "klein.yaml", "--format", "ics", "--team", "Nee"])
    assert geen.exit_code == 2 and "geen team 'Nee'" in geen.stderr
    html = runner.invoke(app, ["generate", "klein.yaml", "--team", "Buitendienst"])
    assert html.exit_code == 2 and "alleen met --format ics" in html.stderr


ICALJS = REPO / "build" / "tools" / "node_modules" / "ical.js" / "dist" / "ical.es5.cjs"


@pytest.mark.skipif(
    shutil.which("node") is None or not ICALJS.exists(),
    reason="node of ical.js ontbreekt (make editor-tools installeert ical.js)",
)
def test_ical_js_leest_dezelfde_tijden(tmp_path: Path) -> None:
    """Een lezer die niets met `icalendar` deelt: ical.js (JavaScript) in node."""
    import json
    import subprocess

    p = programma(CAT)
    pad = tmp_path / "agenda.ics"
    pad.write_bytes(ics.render(p, CAT, DATUM).encode("utf-8"))
    uit = subprocess.run(
        ["node", str(REPO / "tests" / "icaljs_lees.cjs"), str(ICALJS), str(pad)],
        capture_output=True,
        check=True,
        text=True,
    )
    gelezen = {a["uid"]: a for a in json.loads(uit.stdout)}
    amsterdam = ZoneInfo("Europe/Amsterdam")
    sessies = [(o, s) for o in p.onderdelen for s in o.sessiedata]
    assert len(gelezen) == len(sessies)
    for o, s in sessies:
        a = gelezen[ics.uid(p, o, s)]
        assert a["status"] == "TENTATIVE"
        uur, minuut = (int(x) for x in s.van.split(":"))
        dagen = [
            dt.datetime.combine(d, dt.time(uur, minuut), tzinfo=amsterdam).astimezone(UTC)
            for d in s.dagen
        ]
        assert dt.datetime.fromisoformat(a["begin"].replace("Z", "+00:00")) == dagen[0]
        assert [dt.datetime.fromisoformat(r.replace("Z", "+00:00")) for r in a["rdates"]] == dagen[
            1:
        ]


def test_beschrijving_met_elementen_wie_eigenaar_en_regel() -> None:
    """Issue 14, punt 3: de beschrijving noemt de elementen, wie komt, de eigenaar en de regel."""
    from trainingsplanner.render.weergave import eigenaar_naam

    p = programma(CAT)
    afspraken = {str(a["UID"]): a for a in _agenda().walk("VEVENT")}
    met_eigenaar = 0
    for o in p.onderdelen:
        for s in o.sessiedata:
            tekst = str(afspraken[ics.uid(p, o, s)]["DESCRIPTION"])
            assert f"Waarom: {o.waarom[0]}" in tekst
            assert f"({o.team or CAT.doelgroepen[o.doelgroep].naam})" in tekst
            for e in o.elementen:
                assert CAT.elementen[e].naam in tekst
            if o.eigenaar is not None:
                assert f"Eigenaar: {eigenaar_naam(o, CAT)}." in tekst
                met_eigenaar += 1
    assert met_eigenaar


NAAM = st.text(
    alphabet=st.characters(exclude_categories=("Cc", "Cs"), exclude_characters="\u2028\u2029"),
    min_size=1,
    max_size=60,
).filter(lambda s: s.strip() == s and s != "")


@given(NAAM, NAAM)
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_tekst_ontsnapt_en_gevouwen_zoals_rfc_5545(gemeente: str, teamnaam: str) -> None:
    """Komma's, puntkomma's, backslashes en tekens van meer bytes komen heel terug; geen regel
    is langer dan 75 octetten en geen teken wordt doormidden gevouwen."""
    from tests.maak import profieldata

    data = profieldata(gemeente=gemeente)
    data["teams"] = data["teams"][:1]
    data["teams"][0]["naam"] = teamnaam
    p = programma(CAT, data)
    tekst = ics.render(p, CAT, DATUM)
    assert all(len(r.encode("utf-8")) <= 75 for r in tekst.split("\r\n"))
    agenda = icalendar.Calendar.from_ical(tekst)
    afspraken = {str(a["UID"]): a for a in agenda.walk("VEVENT")}
    for o in p.onderdelen:
        for s in o.sessiedata:
            a = afspraken[ics.uid(p, o, s)]
            assert str(a["SUMMARY"]).startswith(o.titel)
            if o.team is not None:
                assert f"({o.team})." in str(a["DESCRIPTION"])


def test_een_latere_export_heeft_een_hoger_volgnummer() -> None:
    """Dezelfde UID en een hogere SEQUENCE: een agenda werkt de afspraak bij (na herplannen)."""
    p = programma(CAT)
    eerst = icalendar.Calendar.from_ical(ics.render(p, CAT, dt.date(2027, 1, 1))).walk("VEVENT")
    later = icalendar.Calendar.from_ical(ics.render(p, CAT, dt.date(2027, 3, 1))).walk("VEVENT")
    assert [str(a["UID"]) for a in eerst] == [str(a["UID"]) for a in later]
    assert all(
        int(str(b["SEQUENCE"])) > int(str(a["SEQUENCE"])) for a, b in zip(eerst, later, strict=True)
    )


@settings(max_examples=400, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(["a", " ", "\\", "^", ",", ";", "é", "—", "€", "😀", "ß", ":"]),
        max_size=400,
    )
    | st.text(max_size=300).map(lambda t: t.replace("\n", " ").replace("\r", " "))
)
def test_vouwen_gelijk_aan_icalendar(regel: str) -> None:
    """`ics._vouw` vouwt per stuk van 74 octetten wat icalendar teken voor teken doet (snel bij
    20.000 beschrijvingen); de uitkomst is voor elke regel gelijk aan die van icalendar."""
    from icalendar.parser import Contentline

    verwacht = Contentline(regel).to_ical().decode("utf-8")  # type: ignore[no-untyped-call]
    assert ics._vouw(regel) == verwacht
    assert all(len(deel.encode("utf-8")) <= 75 for deel in verwacht.split("\r\n"))
