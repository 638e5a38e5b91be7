"""Issue 15: herplannen wordt vastgelegd, en de stand en het verslag rekenen ermee.

De ronde van een coördinator: het jaar vastgelegd → de stand zegt "achterstallig, plan ze
opnieuw in" → `plan generate --uitvoering` → de stand is weer bij (exit 0), met dezelfde
telling 'gegeven' als het herplande programma. Ook werkoverleg en gesprekken waarvan de
termijn voorbij was, krijgen een nieuwe termijn (nooit in het verleden).
"""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.test_uitvoering_hulp import REPO, epoch, plan
from trainingsplanner.cli.app import app
from trainingsplanner.uitvoering import opslag

OUDJAAR = dt.date(2027, 12, 31)


def _ronde_klaar(map: Path) -> Path:
    """examples/klein.yaml met het ingevulde blad van 2027 (README, "Uitvoeren en bijhouden")."""
    for naam in ("klein.yaml", "klein.sessies-2027.csv"):
        shutil.copy(REPO / "examples" / naam, map / naam)
    profiel = map / "klein.yaml"
    uit = plan("import", map / "klein.sessies-2027.csv", "--gemeente", profiel, vandaag=OUDJAAR)
    assert uit.exit_code == 0, uit.output
    return profiel


def _herplan(profiel: Path, *extra: str) -> tuple[int, str, dict[str, object]]:
    doel = profiel.with_name("herpland.json")
    uit = CliRunner().invoke(
        app,
        ["generate", str(profiel), "--uitvoering", "--format", "json", "--out", str(doel),
         "--force", *extra],
        env={"SOURCE_DATE_EPOCH": epoch(OUDJAAR)},
    )  # fmt: skip
    programma = json.loads(doel.read_text(encoding="utf-8")) if doel.exists() else {}
    return uit.exit_code, uit.output, programma


def test_R4_1_na_herplannen_is_de_stand_weer_bij(tmp_path: Path) -> None:
    profiel = _ronde_klaar(tmp_path)
    voor = plan("status", "--gemeente", profiel, "--format", "json", vandaag=OUDJAAR)
    assert voor.exit_code == 1 and json.loads(voor.output)["totaal"]["achterstallig"] == 8
    assert json.loads(voor.output)["herplanning"] is None

    code, uitvoer, programma = _herplan(profiel)
    assert code == 0, uitvoer
    assert "Herpland vanaf 1 januari 2028" in uitvoer
    assert "Herplanning vastgelegd in" in uitvoer

    na = plan("status", "--gemeente", profiel, "--format", "json", vandaag=OUDJAAR)
    stand = json.loads(na.output)
    assert na.exit_code == 0 and stand["totaal"]["achterstallig"] == 0, na.output
    herplanning = programma["herplanning"]
    assert isinstance(herplanning, dict)
    assert stand["herplanning"] == {
        "vanaf": "2028-01-01",
        "gemaakt": "2027-12-31",
        "verschoven": len(herplanning["verschoven"]),
    }
    assert stand["totaal"]["gegeven"] == herplanning["gegeven"] == 37  # ook werkoverleg e.d.
    tekst = plan("status", "--gemeente", profiel, vandaag=OUDJAAR).output
    assert "Herpland op 31 december 2027" in tekst and "Achterstallig" not in tekst


def test_R4_1_termijn_die_voorbij_was_schuift_naar_na_vanaf(tmp_path: Path) -> None:
    """De mentorafspraken en het eerste werkoverleg van klein.yaml liepen af in 2027 zonder
    dat ze gegeven zijn: ze krijgen een nieuwe termijn vanaf --vanaf, met de reden."""
    profiel = _ronde_klaar(tmp_path)
    _, _, programma = _herplan(profiel)
    onderdelen = {o["id"]: o for o in programma["onderdelen"]}  # type: ignore[attr-defined]
    herplanning = programma["herplanning"]
    assert isinstance(herplanning, dict)
    termijnen = {t["onderdeel"]: t for t in herplanning["termijnen"]}
    for code in ("stap2-publiekszaken-mentor", "stap4-buitendienst-werkoverleg-j1-1"):
        o, t = onderdelen[code], termijnen[code]
        assert dt.date.fromisoformat(o["eind"]) >= OUDJAAR, o
        assert t["nieuw"] == o["eind"] and t["oud"] < "2027-12-31" and t["regel"] == "R4.1"
        assert t["reden"].startswith("termijn liep tot ") and "met niets gegeven" in t["reden"]
        assert t["nieuw"] >= "2028-01-31"  # minstens een hele maand na 31 december
    md = (
        CliRunner()
        .invoke(
            app,
            ["generate", str(profiel), "--uitvoering", "--format", "md", "--out", "-"],
            env={"SOURCE_DATE_EPOCH": epoch(OUDJAAR)},
        )
        .output
    )
    assert "| termijn | uiterlijk 30 september 2027 | uiterlijk " in md


def test_R4_1_kosten_van_een_verschoven_termijn_tellen_in_het_nieuwe_jaar(
    tmp_path: Path,
) -> None:
    """Een termijn die van 2027 naar 2028 schoof en waarvan niets gegeven is, kost in 2028: de
    uren van de medewerkers en een eventuele kostenregel staan niet meer bij 2027 (anders klopt
    "Begroot voor 2028" in het jaarverslag niet)."""
    profiel = _ronde_klaar(tmp_path)
    _, _, programma = _herplan(profiel)
    onderdelen = {o["id"]: o for o in programma["onderdelen"]}  # type: ignore[attr-defined]
    herplanning = programma["herplanning"]
    assert isinstance(herplanning, dict)
    db = opslag.database(profiel, None)
    with opslag.transactie(db, bewaren=False) as t:
        vastgelegd = {s.onderdeel for s in t.sessies()}
    verschoven = [
        t["onderdeel"]
        for t in herplanning["termijnen"]
        if t["oud"][:4] == "2027" and t["nieuw"][:4] >= "2028" and t["onderdeel"] not in vastgelegd
    ]
    assert "stap2-publiekszaken-mentor" in verschoven
    per_jaar = {j["jaar"]: j for j in programma["kosten"]["per_jaar"]}  # type: ignore[index]
    in_2027 = {r["id"] for r in per_jaar[2027]["onderdelen"]}
    for code in verschoven:
        kosten = onderdelen[code]["kosten"]
        jaren = [] if kosten is None else [int(j) for j in kosten["sessies_per_jaar"]]
        assert all(jaar >= 2028 for jaar in jaren), (code, kosten)
        assert code not in in_2027, code


def test_R4_1_het_verslag_telt_met_de_herplanning(tmp_path: Path) -> None:
    """Het volgende jaar in het verslag noemt ook wat uit het vorige jaar doorschoof; het jaar
    zelf telt tegen het plan zoals het gold: wat niet gegeven is, blijft zichtbaar."""
    profiel = _ronde_klaar(tmp_path)
    args = ("report", "--jaar", "2027", "--gemeente", profiel, "--format", "md", "--out", "-")
    voor = plan(*args, vandaag=OUDJAAR).output
    _, _, programma = _herplan(profiel)
    na = plan(*args, vandaag=OUDJAAR).output
    assert voor != na
    volgend = na.split("## Het volgende jaar (2028)")[1]
    eerder = voor.split("## Het volgende jaar (2028)")[1]
    assert _sessies_stap3(volgend) > _sessies_stap3(eerder)
    assert "wat uit 2027 doorschoof" in volgend
    # het bedrag van 2028 is dat van het herplande programma (wat doorschoof, kost in 2028)
    from trainingsplanner.uitvoering.plan import Bandbreedte
    from trainingsplanner.uitvoering.weergave import bedrag

    kosten = programma["kosten"]
    assert isinstance(kosten, dict)
    regels = next(j for j in kosten["per_jaar"] if j["jaar"] == 2028)["onderdelen"]
    euro = [r["euro"] for r in regels if r["euro"]]
    verwacht = bedrag(Bandbreedte(sum(e["min"] for e in euro), sum(e["max"] for e in euro)))
    assert f"Begroot voor 2028: {verwacht}." in volgend and verwacht not in eerder
    jaar_na, jaar_voor = (t.split("## Het volgende jaar")[0] for t in (na, voor))
    tabellen = [[r for r in t.splitlines() if r.startswith("|")] for t in (jaar_na, jaar_voor)]
    assert tabellen[0] == tabellen[1]
    assert "| Achterstallig (niet gegeven, datum voorbij) | 8 |" in jaar_na
    # het verslag zegt waartegen het telt, alleen na een herplanning
    zin = "Geteld tegen de datums van het programma zoals het gepland was"
    assert zin in jaar_na and zin not in jaar_voor


def _sessies_stap3(sectie: str) -> int:
    regel = next(r for r in sectie.splitlines() if r.startswith("| stap 3 |"))
    return int(regel.split("|")[3])


def test_R4_1_database_niet_te_schrijven_houdt_het_programma_niet_tegen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Een database die alleen te lezen is (een netwerkschijf): het programma komt er gewoon,
    met een melding dat de stand nog met de oude datums rekent (niets stil)."""
    from contextlib import contextmanager

    from trainingsplanner.fouten import InvoerFout, Probleem

    profiel = _ronde_klaar(tmp_path)
    echt = opslag.transactie

    @contextmanager
    def alleen_lezen(pad: Path, *, bewaren: bool = True):  # type: ignore[no-untyped-def]
        if bewaren:
            raise InvoerFout([Probleem(str(pad), 0, 0, "", "de database is alleen-lezen")])
        with echt(pad, bewaren=False) as t:
            yield t

    monkeypatch.setattr(opslag, "transactie", alleen_lezen)
    code, uitvoer, programma = _herplan(profiel)
    assert code == 0 and programma["herplanning"], uitvoer
    assert "de herplanning is niet vastgelegd" in uitvoer and "alleen-lezen" in uitvoer
    monkeypatch.undo()
    with opslag.transactie(opslag.standaard_pad(profiel), bewaren=False) as t:
        assert t.herplanning() is None


def test_R4_1_een_nieuwe_herplanning_vervangt_de_vorige(tmp_path: Path) -> None:
    profiel = _ronde_klaar(tmp_path)
    _herplan(profiel)
    _herplan(profiel, "--vanaf", "2028-03-01")
    with opslag.transactie(opslag.standaard_pad(profiel), bewaren=False) as t:
        h = t.herplanning()
    assert h is not None and h.vanaf == dt.date(2028, 3, 1)
    assert all(d >= dt.date(2028, 3, 1) for d in h.datums.values())


def test_R4_1_herplannen_meldt_een_vanaf_in_het_verleden_en_niet_de_startdatum(
    tmp_path: Path,
) -> None:
    """Een lopend programma begon in het verleden: geen waarschuwing over de startdatum. Een
    --vanaf vóór vandaag wel, want dan kan er in het verleden gepland worden."""
    profiel = _ronde_klaar(tmp_path)
    code, uitvoer, _ = _herplan(profiel)
    assert code == 0 and "startdatum" not in uitvoer, uitvoer
    code, uitvoer, _ = _herplan(profiel, "--vanaf", "2027-06-01")
    assert code == 0
    assert "Let op: --vanaf 1 juni 2027 ligt vóór vandaag (31 december 2027)" in uitvoer


def test_15_database_die_niet_te_schrijven_is_wordt_alleen_gelezen(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Een database op een netwerkschijf die alleen te lezen is (het MT kijkt mee): status en
    herplannen lezen hem zonder iets ernaast te maken of bij te werken. (Als root is elk bestand
    te schrijven; daarom zegt de test zelf dat het bestand niet te schrijven is.)"""
    profiel = _ronde_klaar(tmp_path)
    db = opslag.standaard_pad(profiel)
    with opslag.transactie(db, bewaren=False) as t:
        verwacht = t.sessies()
    inhoud = db.read_bytes()
    monkeypatch.setattr(opslag, "niet_te_schrijven", lambda pad: True)
    with opslag.transactie(db, bewaren=False) as t:
        assert t.sessies() == verwacht and t.herplanning() is None
    stand = plan("status", "--gemeente", profiel, "--format", "json", vandaag=OUDJAAR)
    assert stand.exit_code == 1 and json.loads(stand.output)["totaal"]["gegeven"] == 37
    assert db.read_bytes() == inhoud
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(db.name)) == [db.name]


def test_15_oude_database_die_niet_te_schrijven_is_geeft_een_melding(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import sqlite3

    profiel = _ronde_klaar(tmp_path)
    db = opslag.standaard_pad(profiel)
    with sqlite3.connect(db) as ruw:
        ruw.execute("PRAGMA user_version = 2")
    monkeypatch.setattr(opslag, "niet_te_schrijven", lambda pad: True)
    uit = plan("status", "--gemeente", profiel, vandaag=OUDJAAR)
    assert uit.exit_code == 2 and "oudere versie van plan en alleen te lezen" in uit.output


def test_R4_1_gir_vorig_jaar_zegt_welke_kwartalen_er_waren() -> None:
    """Een heel jaar naast twee kwartalen van het jaar ervoor misleidt: het verslag zegt het."""
    from trainingsplanner.uitvoering.jaarcijfers import kwartalen_in, vorig_jaar

    vastgelegd = ["2026-K3", "2026-K4", "2027-K1", "2027-K2", "2027-K3", "2027-K4"]
    nu, vorige = kwartalen_in(vastgelegd, 2027), kwartalen_in(vastgelegd, 2026)
    assert (nu, vorige) == ({1, 2, 3, 4}, {3, 4})
    assert (
        vorig_jaar(16, nu, vorige, 2027)
        == "vorig jaar 16, maar van 2026 alleen K3 en K4 vastgelegd"
    )
    assert vorig_jaar(16, {3, 4}, {3, 4}, 2027) == "vorig jaar 16"
    assert vorig_jaar(None, nu, set(), 2027) == "vorig jaar niet vastgelegd"


def test_15_word_documenten_noemen_python_docx_niet(tmp_path: Path) -> None:
    """Het verslag voor het MT en het programma in Word: geen 'python-docx' in de
    eigenschappen (auteur, opmerking) van een document dat de gemeente doorgeeft."""
    import io

    import docx

    profiel = _ronde_klaar(tmp_path)
    args = ("report", "--jaar", "2027", "--gemeente", profiel, "--format", "docx")
    assert plan(*args, "--out", tmp_path / "v.docx", vandaag=OUDJAAR).exit_code == 0
    uit = CliRunner().invoke(
        app, ["generate", str(profiel), "--format", "docx", "--out", str(tmp_path / "p.docx")]
    )
    assert uit.exit_code == 0, uit.output
    for naam in ("v.docx", "p.docx"):
        eigenschappen = docx.Document(io.BytesIO((tmp_path / naam).read_bytes())).core_properties
        assert eigenschappen.author == "trainingsplanner" and eigenschappen.comments == ""


@pytest.mark.parametrize("vanaf", ["2027-12-31", "2028-03-31", "2028-06-29"])
def test_R4_1_herplannen_aan_het_eind_van_een_maand_stapelt_niet(
    tmp_path: Path, vanaf: str
) -> None:
    """Een --vanaf aan het eind van een maand (of vandaag, een vrijdag): in dat restje van de
    maand alleen voorkeursdagen waar nog niets staat; niets eerder dan de oude datum als die
    alleen vol was; een nieuwe termijn loopt minstens tot het eind van de maand erna."""
    profiel = _ronde_klaar(tmp_path)
    _, _, programma = _herplan(profiel, "--vanaf", vanaf)
    herplanning = programma["herplanning"]
    assert isinstance(herplanning, dict)
    per_dag: dict[str, int] = {}
    for o in programma["onderdelen"]:  # type: ignore[attr-defined]
        for s in o["sessiedata"]:
            if s["status"] == "voorstel" and s["datum"][:7] == vanaf[:7]:
                per_dag[s["datum"]] = per_dag.get(s["datum"], 0) + 1
                assert dt.date.fromisoformat(s["datum"]).weekday() in (1, 2, 3), s  # di–do
    assert all(n == 1 for n in per_dag.values()), per_dag
    for t in herplanning["termijnen"]:
        assert t["nieuw"][:7] > vanaf[:7], t
    op_vanaf = dt.date.fromisoformat(vanaf)  # wat op de dag van --vanaf zelf staat, is nog op tijd
    stand = plan("status", "--gemeente", profiel, "--format", "json", vandaag=op_vanaf)
    assert json.loads(stand.output)["totaal"]["achterstallig"] == 0, stand.output


def test_15_verplaatst_naar_een_eerdere_datum_telt_op_die_datum(tmp_path: Path) -> None:
    """'verplaatst naar 11 januari' van een sessie die op 19 januari stond: de stand telt 11
    januari (eerder of later), tot een herplanning haar een datum geeft."""
    profiel = _ronde_klaar(tmp_path)
    uit = plan(
        "record", "stap3-klantcontactcentrum-teamtraining", "--status", "verplaatst",
        "--datum", "11-01-2028", "--gemeente", profiel, vandaag=OUDJAAR,
    )  # fmt: skip
    assert uit.exit_code == 0, uit.output
    stand = plan("status", "--gemeente", profiel, "--format", "json", vandaag=dt.date(2028, 1, 15))
    onderdelen = {o["id"]: o for o in json.loads(stand.output)["onderdelen"]}
    teamtraining = onderdelen["stap3-klantcontactcentrum-teamtraining"]
    assert {"sessie": 1, "datum": "2028-01-11"} in teamtraining["sessies_achterstallig"], (
        teamtraining
    )


def test_15_gemiddeld_cijfer_half_naar_boven() -> None:
    from trainingsplanner.uitvoering.waarden import cijfertekst

    assert [cijfertekst(x) for x in (7.0, 7.25, 7.35, 7.45, 6.95)] == [
        "7",
        "7,3",
        "7,4",
        "7,5",
        "7",
    ]


def test_15_onbekend_team_noemt_de_teams_van_het_profiel(tmp_path: Path) -> None:
    profiel = _ronde_klaar(tmp_path)
    uit = plan("status", "--gemeente", profiel, "--team", "Balie", vandaag=OUDJAAR)
    assert uit.exit_code == 2
    assert "de teams van het profiel: Publiekszaken, Toezicht en handhaving" in uit.stderr


def test_15_zonder_database_raadt_de_stand_eerst_vastleggen_aan(tmp_path: Path) -> None:
    """Nog niets vastgelegd: 'plan ze opnieuw in met plan generate --uitvoering' kan dan niet
    (die weigert zonder database); de stand zegt eerst vast te leggen."""
    shutil.copy(REPO / "examples" / "klein.yaml", tmp_path / "klein.yaml")
    uit = plan("status", "--gemeente", tmp_path / "klein.yaml", vandaag=OUDJAAR)
    assert uit.exit_code == 1
    assert "Leg eerst vast wat gegeven is (plan uitvoering record of import)" in uit.stdout


def test_15_verslag_van_een_jaar_zonder_gir_meldingen_zegt_niet_vastgelegd(tmp_path: Path) -> None:
    profiel = _ronde_klaar(tmp_path)
    uit = plan("incidenten", "record", "--team", "Publiekszaken", "--kwartaal", "2027-K4",
               "--aantal", "3", "--gemeente", profiel, vandaag=OUDJAAR)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    args = ("report", "--jaar", "2028", "--gemeente", profiel, "--format", "md", "--out", "-")
    md = plan(*args, vandaag=dt.date(2028, 3, 1)).output
    assert "| GIR-meldingen | niet vastgelegd (vorig jaar 3" in md, md[:2000]


@pytest.mark.parametrize(
    ("datum", "melding"),
    [
        ("01-05-2031", "na het einde van het programma (31 januari 2030); klopt het jaar?"),
        ("08-01-2028", "een zaterdag; klopt de datum?"),
        ("01-12-2027", "maar die dag is voorbij; is de sessie toen gegeven"),
    ],
)
def test_15_verplaatst_naar_een_onwaarschijnlijke_dag_geeft_let_op(
    tmp_path: Path, datum: str, melding: str
) -> None:
    """Een verplaatsing naar een dag die voorbij is, in het weekend of na het programma kan een
    tikfout zijn: vastgelegd (het kan kloppen), met 'Let op'."""
    profiel = _ronde_klaar(tmp_path)
    uit = plan(
        "record", "stap3-klantcontactcentrum-teamtraining", "--status", "verplaatst",
        "--datum", datum, "--gemeente", profiel, vandaag=OUDJAAR,
    )  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert "Let op: --datum: verplaatst naar " in uit.output and melding in uit.output


@pytest.mark.parametrize("met_backoffice", [True, False])
def test_15_hernoemd_team_wijst_naar_de_nieuwe_naam_niet_naar_een_ander_team(
    tmp_path: Path, met_backoffice: bool
) -> None:
    """Gevonden in een proefrun: na "Burgerzaken balie" → "Publiekszaken balie" stelden de stand
    en het herplannen `koppel stap2-burgerzaken-balie stap2-burgerzaken-backoffice` voor (een
    ander team, het meest gelijkende id); voor werkoverleg en HR-gesprek liep dat zonder vraag.
    Nu de id van het hernoemde team, voor elk onderdeel, of het andere team nu zelf sessies
    heeft of niet."""
    profiel = tmp_path / "middenstad.yaml"
    shutil.copy(REPO / "examples" / "middenstad.yaml", profiel)
    ids = ["stap2-burgerzaken-balie", "stap4-burgerzaken-balie-werkoverleg-j1-1"]
    ids += ["stap2-burgerzaken-backoffice"] if met_backoffice else []
    for code in ids:
        for nummer in (1, 2) if code == "stap2-burgerzaken-balie" else (1,):
            uit = plan("record", code, "--sessie", str(nummer), "--datum", "2027-03-01",
                       "--status", "geannuleerd", "--gemeente", profiel, vandaag=OUDJAAR)  # fmt: skip
            assert uit.exit_code == 0, uit.output
    tekst = profiel.read_text(encoding="utf-8")
    profiel.write_text(tekst.replace("naam: Burgerzaken balie", "naam: Publiekszaken balie"))
    stand = json.loads(
        plan("status", "--gemeente", profiel, "--format", "json", vandaag=OUDJAAR).stdout
    )
    assert {los["id"]: los["suggestie"] for los in stand["zonder_onderdeel"]} == {
        "stap2-burgerzaken-balie": "stap2-publiekszaken-balie",
        "stap4-burgerzaken-balie-werkoverleg-j1-1": "stap4-publiekszaken-balie-werkoverleg-j1-1",
    }
    afloop, uitvoer, _ = _herplan(profiel)
    assert afloop in (0, 1), uitvoer
    assert "koppel stap2-burgerzaken-balie stap2-publiekszaken-balie." in uitvoer
    assert "stap2-burgerzaken-backoffice." not in uitvoer
    # koppelen: de bewaarde herplanning rekende nog zonder deze registraties
    uit = plan("koppel", "stap2-burgerzaken-balie", "stap2-publiekszaken-balie", "--gemeente",
               profiel, vandaag=OUDJAAR)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    assert f"herplan opnieuw (plan generate {profiel} --uitvoering)" in uit.stdout
    # nog eens: niets meer onder de oude id, en geen 'Bedoelde u' met het doel zelf
    uit = plan("koppel", "stap2-burgerzaken-balie", "stap2-publiekszaken-balie", "--gemeente",
               profiel, vandaag=OUDJAAR)  # fmt: skip
    assert uit.exit_code == 2 and "Bedoelde u 'stap2-publiekszaken-balie'" not in uit.output


def test_15_hernoemd_team_zonder_duidelijk_voorstel_zegt_nieuw(tmp_path: Path) -> None:
    """Alleen werkoverleg vastgelegd (dat heeft elk team): welk team het hernoemde is, is dan niet
    te zeggen. Geen voorstel (`NIEUW`) in plaats van het team met de meest gelijkende naam."""
    profiel = tmp_path / "middenstad.yaml"
    shutil.copy(REPO / "examples" / "middenstad.yaml", profiel)
    code = "stap4-burgerzaken-balie-werkoverleg-j1-1"
    uit = plan("record", code, "--datum", "2027-11-15", "--status", "geannuleerd", "--gemeente",
               profiel, vandaag=OUDJAAR)  # fmt: skip
    assert uit.exit_code == 0, uit.output
    tekst = profiel.read_text(encoding="utf-8")
    profiel.write_text(tekst.replace("naam: Burgerzaken balie", "naam: Publiekszaken balie"))
    stand = json.loads(
        plan("status", "--gemeente", profiel, "--format", "json", vandaag=OUDJAAR).stdout
    )
    assert stand["zonder_onderdeel"] == [{"id": code, "sessies": [1], "suggestie": None}]
    afloop, uitvoer, _ = _herplan(profiel)
    assert afloop in (0, 1), uitvoer
    assert f"Verhuis ze met: plan uitvoering koppel {code} NIEUW." in uitvoer.replace("\n", " ")


def test_R4_1_stand_en_verslag_begroten_na_herplannen_hetzelfde(tmp_path: Path) -> None:
    """Gevonden in een proefrun (en in het voorbeeld van de README): na herplannen gaf de stand
    voor 2028 de begroting van vóór de herplanning, het jaarverslag ("Begroot voor 2028") die
    van het herplande programma. Nu begroot de stand vanaf het jaar van de herplanning ook
    volgens het herplande programma en zegt dat erbij; met --team blijft het het programma."""
    profiel = _ronde_klaar(tmp_path)
    afloop, uitvoer, programma = _herplan(profiel, "--vanaf", "2028-01-01")
    assert afloop in (0, 1), uitvoer
    stand = json.loads(
        plan("status", "--gemeente", profiel, "--format", "json", vandaag=OUDJAAR).stdout
    )
    assert stand["kosten"]["begroot_herpland_vanaf"] == 2028
    begroot = {j["jaar"]: j["begroot"] for j in stand["kosten"]["per_jaar"]}
    herpland = {j["jaar"]: j["euro"] for j in programma["kosten"]["per_jaar"]}  # type: ignore[index]
    assert begroot[2028] == {"min": herpland[2028]["min"], "max": herpland[2028]["max"]}
    tekst = plan("status", "--gemeente", profiel, vandaag=OUDJAAR).stdout
    regel = next(r for r in tekst.splitlines() if r.startswith("2028 "))
    verslag = plan("report", "--jaar", "2027", "--format", "md", "--out", "-", "--gemeente",
                   profiel, vandaag=OUDJAAR).stdout  # fmt: skip
    zin = next(r for r in verslag.splitlines() if r.startswith("Begroot voor 2028: "))
    assert zin.removeprefix("Begroot voor 2028: ").rstrip(".") in regel
    assert "Begroot vanaf 2028 volgens de laatste herplanning" in tekst
    team = json.loads(plan("status", "--gemeente", profiel, "--format", "json", "--team",
                           "Publiekszaken", vandaag=OUDJAAR).stdout)  # fmt: skip
    assert team["kosten"]["begroot_herpland_vanaf"] is None


def test_R4_1_xlsx_van_een_herplanning_toont_wat_gegeven_is(tmp_path: Path) -> None:
    """Gevonden in een proefrun: in het blad Sessies van een herplanning was niet te zien wat al
    gegeven was (de md en de agenda zeggen het wel). Nu staat "gegeven" in de kolom Stand; het
    blad leest ongewijzigd terug (Stand is toelichting, geen invoer)."""
    from openpyxl import load_workbook

    profiel = _ronde_klaar(tmp_path)
    afloop, uitvoer, programma = _herplan(profiel, "--vanaf", "2028-01-01")
    assert afloop in (0, 1), uitvoer
    gegeven = {(o["id"], s["nummer"]) for o in programma["onderdelen"]  # type: ignore[attr-defined]
               for s in o["sessiedata"] if s["status"] == "gegeven"}  # fmt: skip
    assert gegeven
    doel = tmp_path / "herpland.xlsx"
    uit = CliRunner().invoke(app, ["generate", str(profiel), "--uitvoering", "--vanaf",
                                   "2028-01-01", "--format", "xlsx", "--out", str(doel)],
                             env={"SOURCE_DATE_EPOCH": epoch(OUDJAAR)})  # fmt: skip
    assert uit.exit_code in (0, 1), uit.output
    blad = load_workbook(doel, read_only=True)["Sessies"]
    rijen = list(blad.iter_rows(values_only=True))
    kop = list(rijen[0])
    stand = {(r[kop.index("Onderdeel")], r[kop.index("Sessie")])
             for r in rijen[1:] if r[kop.index("Stand")] == "gegeven"}  # fmt: skip
    assert stand == gegeven
    terug = plan("import", doel, "--gemeente", profiel, "--dry-run", vandaag=OUDJAAR)
    assert terug.exit_code == 0, terug.output


def test_15_generate_naast_een_uitvoering_wijst_op_uitvoering(tmp_path: Path) -> None:
    """Gevonden in een proefrun: `plan generate` naast een gevulde database gaf het blad met de
    oude datums en niets gegeven, met alleen de melding dat de startdatum voorbij is. Nu zegt
    generate dat er uitvoering is en hoe het programma die meeneemt; zonder database niet."""
    profiel = _ronde_klaar(tmp_path)
    argumenten = ["generate", str(profiel), "--format", "json", "--out", "-"]
    uit = CliRunner().invoke(app, argumenten, env={"SOURCE_DATE_EPOCH": epoch(OUDJAAR)})
    assert uit.exit_code in (0, 1), uit.output
    assert "Er is uitvoering vastgelegd in " in uit.stderr
    assert f"plan generate {profiel} --uitvoering" in uit.stderr
    (tmp_path / "klein.uitvoering.sqlite").unlink()
    uit = CliRunner().invoke(app, argumenten, env={"SOURCE_DATE_EPOCH": epoch(OUDJAAR)})
    assert uit.exit_code in (0, 1) and "uitvoering vastgelegd" not in uit.stderr


def test_R4_1_verslag_na_herplannen_noemt_de_looptijd_van_het_herplande_programma(
    tmp_path: Path,
) -> None:
    """Gevonden in een proefrun: het verslag noemde "Programma maart 2027 – februari 2030"
    terwijl het herplande programma tot maart 2030 loopt."""
    from trainingsplanner.opmaak import periode

    profiel = _ronde_klaar(tmp_path)
    # wat niet gegeven is, pas vanaf half januari 2030: het programma loopt langer
    afloop, uitvoer, programma = _herplan(profiel, "--vanaf", "2030-01-15")
    assert afloop in (0, 1), uitvoer
    looptijd: dict[str, str] = programma["periode"]  # type: ignore[assignment]
    start, eind = (dt.date.fromisoformat(looptijd[k]) for k in ("start", "eind"))
    assert eind > dt.date(2030, 1, 31)
    verslag = plan("report", "--jaar", "2027", "--format", "md", "--out", "-", "--gemeente",
                   profiel, vandaag=OUDJAAR).stdout  # fmt: skip
    assert f"Programma {periode(start, eind)}; stand op " in verslag


def test_R4_1_herplannen_midden_in_het_jaar_houdt_de_begroting_van_dat_jaar(
    tmp_path: Path,
) -> None:
    """Gevonden in een proefrun: na een herplanning op 1 juli begrootte de stand 2027 volgens
    het herplande programma, het jaarverslag ("Kosten tot en met 2027") volgens het programma.
    Het jaar waarin midden in herpland is, houdt zijn begroting; het verslag zegt waartegen het
    telt."""
    profiel = _ronde_klaar(tmp_path)

    def stand() -> dict[str, object]:
        uit = plan("status", "--gemeente", profiel, "--format", "json", vandaag=OUDJAAR)
        kosten: dict[str, object] = json.loads(uit.stdout)["kosten"]
        return kosten

    voor = {j["jaar"]: j["begroot"] for j in stand()["per_jaar"]}  # type: ignore[attr-defined]
    afloop, uitvoer, _ = _herplan(profiel, "--vanaf", "2027-07-01")
    assert afloop in (0, 1), uitvoer
    na = stand()
    assert na["begroot_herpland_vanaf"] == 2028
    assert {j["jaar"]: j["begroot"] for j in na["per_jaar"]}[2027] == voor[2027]  # type: ignore[attr-defined]
    verslag = plan("report", "--jaar", "2027", "--format", "md", "--out", "-", "--gemeente",
                   profiel, vandaag=OUDJAAR).stdout  # fmt: skip
    assert "Geteld tegen de datums van het programma zoals het gepland was" in verslag
