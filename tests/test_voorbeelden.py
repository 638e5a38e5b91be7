"""De meegeleverde voorbeelden met gerichte controles, in plaats van golden files.

Alleen `klein` heeft golden files (tests/test_golden.py). Voor `middenstad` (25 teams, alle
vijf functiegroepen) en `nog-niet-klaar` (RV1 en RV5 blokkeren) legt dit bestand vast wat de
vroegere golden files bewaakten: aantallen per stap en per team, welke onderdelen er zijn, de
volgorde (de herstelketen vóór stap 1, leidinggevenden vóór elk onderdeel van stap 2 en 3 voor
medewerkers), kosten per jaar tegen het budget, een bekende regelcode vooraan elk `waarom`,
de waarschuwingen, de secties van Markdown en HTML, en dat `plan generate` precies het
programma van de engine schrijft. De engine wordt aangeroepen via zijn publieke API
(`laad_profiel`, `stel_samen`).
"""

from __future__ import annotations

import itertools
import json
import re
from collections import Counter
from functools import cache

import pytest
import yaml
from markupsafe import escape
from typer.testing import CliRunner, Result

from tests.conftest import DATA, REPO
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.cli.app import app
from trainingsplanner.engine import stel_samen
from trainingsplanner.profiel.model import laad_profiel
from trainingsplanner.programma import Onderdeel, Programma
from trainingsplanner.render import json_uitvoer

VOORBEELDEN = REPO / "examples"
NAMEN = ("klein", "middenstad", "nog-niet-klaar")
CODE = re.compile(r"^(D\d+|R\d+\.\d+|RV\d+): \S")
runner = CliRunner()


@cache
def _catalogus() -> Catalogus:
    return laad_catalogus(DATA)


@cache
def _programma(naam: str) -> Programma:
    cat = _catalogus()
    return stel_samen(laad_profiel(VOORBEELDEN / f"{naam}.yaml", cat), cat)


@cache
def _teams(naam: str) -> tuple[dict[str, object], ...]:
    data = yaml.safe_load((VOORBEELDEN / f"{naam}.yaml").read_text(encoding="utf-8"))
    return tuple(data["teams"])


@cache
def _cli(naam: str, formaat: str) -> Result:
    return runner.invoke(
        app,
        [
            "generate",
            "--gemeente",
            str(VOORBEELDEN / f"{naam}.yaml"),
            "--format",
            formaat,
            "--out",
            "-",
        ],
    )


def _soort(o: Onderdeel) -> str:
    """Het soort onderdeel uit de id: werkafspraken, kennis, vaardigheden, werkoverleg, …"""
    if o.stap == 2 and not o.id.endswith("-mentor"):
        return "werkafspraken"
    gevonden = re.search(
        r"-(mentor|kennis|basiscompetenties|vaardigheden|teamtraining|werkoverleg|hr-gesprek"
        r"|leerdoelen-herzien|opfrisser)(?:-j\d+(?:-\d+)?)?$",
        o.id,
    )
    assert gevonden, f"onbekend soort teamonderdeel: {o.id}"
    return gevonden.group(1)


def _per_team(p: Programma) -> dict[str, Counter[str]]:
    uit: dict[str, Counter[str]] = {}
    for o in p.onderdelen:
        if o.team is not None:
            uit.setdefault(o.team, Counter())[_soort(o)] += 1
    return uit


def _teamvolgorde(p: Programma) -> list[str]:
    """De teams in de volgorde van hun eerste onderdeel in stap 1–3 (zo toont de weergave ze)."""
    return list(dict.fromkeys(o.team for o in p.onderdelen if o.team is not None and o.stap < 4))


def _md_tekst(regel: str) -> str:
    """Een Markdown-regel terug naar gewone tekst (de weergave zet een backslash voor & enz.)."""
    return re.sub(r"\\(.)", r"\1", regel)


def _van(p: Programma, team: str, soort: str) -> list[Onderdeel]:
    return [o for o in p.onderdelen if o.team == team and _soort(o) == soort]


def _een(p: Programma, team: str, soort: str) -> Onderdeel:
    (o,) = _van(p, team, soort)
    return o


# ---- voor alle voorbeelden


@pytest.mark.parametrize("naam", NAMEN)
def test_elk_waarom_begint_met_een_bekende_regelcode(naam: str) -> None:
    regels = _catalogus().regels
    for o in _programma(naam).onderdelen:
        assert o.waarom, o.id
        for reden in o.waarom:
            gevonden = CODE.match(reden)
            assert gevonden, f"{o.id}: {reden!r}"
            assert gevonden.group(1) in regels, f"{o.id}: onbekende regel in {reden!r}"


@pytest.mark.parametrize("naam", NAMEN)
def test_volgorde_klopt_in_de_datums_en_alles_valt_in_de_periode(naam: str) -> None:
    p = _programma(naam)
    per_id = {o.id: o for o in p.onderdelen}
    assert len(per_id) == len(p.onderdelen), "dubbele ids"
    for o in p.onderdelen:
        assert p.periode.start <= o.start <= o.eind <= p.periode.eind, o.id
        for eerder in o.na:
            assert eerder in per_id, f"{o.id} wacht op onbekend {eerder}"
            assert per_id[eerder].eind < o.start, f"{o.id} begint voor {eerder} af is"
    assert [o.start for o in p.onderdelen] == sorted(o.start for o in p.onderdelen)


@pytest.mark.parametrize("naam", NAMEN)
def test_R3_2_leidinggevenden_gaan_voor_elk_onderdeel_van_hun_teams(naam: str) -> None:
    """R3.2: college, MT en leidinggevenden vóór de hele organisatie in stap 1; de
    voorbereiding vóór elke teamsessie van stap 2; de training van leidinggevenden vóór elk
    onderdeel van stap 3 voor medewerkers (kennis vooraf, basiscompetenties, vaardigheden,
    teamtraining), niet alleen vóór de vaardigheidstraining."""
    p = _programma(naam)
    leiders = p.onderdeel("stap3-leidinggevenden")
    voorbereiding = p.onderdeel("stap2-voorbereiding-leidinggevenden")
    assert leiders is not None and voorbereiding is not None
    organisatie = p.onderdeel("stap1-hele-organisatie")
    assert organisatie is not None
    for code in ("stap1-college", "stap1-leidinggevenden"):
        assert code in organisatie.na, code
    for o in p.onderdelen:
        if o.team is None or o.stap == 4:
            continue
        eerder = voorbereiding if o.stap == 2 else leiders
        assert eerder.eind < o.start, o.id
        if _soort(o) != "mentor":
            assert eerder.id in o.na, o.id


@pytest.mark.parametrize("naam", NAMEN)
def test_volgorde_binnen_elk_team(naam: str) -> None:
    """R2.1 werkafspraken eerst; R6.7 kennis en R5.3 basiscompetenties vóór vaardigheden;
    R7.6 teamtraining en R4.1 opfrissers erna."""
    p = _programma(naam)
    for team in _teams(naam):
        t = str(team["naam"])
        werkafspraken = _een(p, t, "werkafspraken")
        vaardig = _een(p, t, "vaardigheden")
        for voor in (*_van(p, t, "kennis"), *_van(p, t, "basiscompetenties")):
            assert werkafspraken.id in voor.na and voor.id in vaardig.na, voor.id
            assert werkafspraken.eind < voor.start and voor.eind < vaardig.start, voor.id
        assert werkafspraken.id in vaardig.na and werkafspraken.eind < vaardig.start, t
        for na in (_een(p, t, "teamtraining"), *_van(p, t, "opfrisser")):
            assert vaardig.id in na.na and vaardig.eind < na.start, na.id
        for opfrisser in _van(p, t, "opfrisser"):  # R4.1: eerst de leerdoelwijzer opnieuw
            (herzien,) = [o for o in _van(p, t, "leerdoelen-herzien") if o.jaar == opfrisser.jaar]
            assert herzien.id in opfrisser.na and herzien.eind < opfrisser.start


@pytest.mark.parametrize("naam", NAMEN)
def test_het_programma_doorstaat_de_validatie_van_het_contract(naam: str) -> None:
    """De engine maakt onderdelen, hun kosten, kostenregels en meetpunten zonder validatie
    (`programma.zonder_validatie`): elk veld van het model moet erin staan, in de volgorde van
    het model, met een waarde die de validatie ongewijzigd doorstaat."""
    p = _programma(naam)
    tekst = p.model_dump_json()
    gevalideerd = Programma.model_validate_json(tekst)
    assert gevalideerd == p
    assert gevalideerd.model_dump_json() == tekst  # ook de volgorde van de velden
    assert Programma.model_validate(p.model_dump()) == p
    for o in p.onderdelen:
        assert o.model_fields_set == set(Onderdeel.model_fields), o.id
    regels = [r for j in p.kosten.per_jaar for r in j.onderdelen]
    punten = [m for i in (p.indicatoren.lijst if p.indicatoren else []) for m in i.meetpunten]
    eigen = [o.kosten for o in p.onderdelen if o.kosten]
    assert regels and punten and eigen
    for model in [*regels, *punten, *eigen]:
        assert model.model_fields_set == set(type(model).model_fields)


@pytest.mark.parametrize("naam", NAMEN)
def test_trainersdagen_zijn_de_som_van_de_externe_onderdelen(naam: str) -> None:
    p = _programma(naam)
    extern = [o for o in p.onderdelen if o.trainer == "extern"]
    assert extern
    assert p.kosten.trainersdagen.min == sum(o.sessies * o.duur_dagen.min for o in extern)
    assert p.kosten.trainersdagen.max == sum(o.sessies * o.duur_dagen.max for o in extern)


@pytest.mark.parametrize(("naam", "exit_code"), [("middenstad", 0), ("nog-niet-klaar", 1)])
def test_cli_schrijft_het_programma_van_de_engine(naam: str, exit_code: int) -> None:
    resultaat = _cli(naam, "json")
    assert resultaat.exit_code == exit_code, resultaat.output
    assert json.loads(resultaat.stdout) == json.loads(json_uitvoer.render(_programma(naam)))
    p = _programma(naam)
    assert f"{p.gemeente}: {len(p.onderdelen)} onderdelen" in resultaat.stderr


@pytest.mark.parametrize("naam", ["middenstad", "nog-niet-klaar"])
def test_markdown_heeft_een_deel_per_team_met_zijn_onderdelen(naam: str) -> None:
    resultaat = _cli(naam, "md")
    assert resultaat.exit_code in (0, 1), resultaat.output
    md = resultaat.stdout
    p = _programma(naam)
    assert f"| Onderdelen | {len(p.onderdelen)} |" in md
    assert f"| Teams | {len(_teams(naam))} |" in md
    hoofdstukken = re.findall(r"^## (.+)$", md, re.M)
    assert hoofdstukken[0] == "Aanleiding en doel"  # R7.9: het programma opent met de intake
    for kop in (
        "Samenvatting",
        "Gereedheid: randvoorwaarden en toetspunten",
        "Tijdlijn per stap",
        "Per team",
        "Onderdelen voor de hele organisatie",
        "Terugkerende activiteiten (stap 4: borgen en evalueren)",
        "Kosten",
        "Bijlage D. Bronnen",
    ):
        assert kop in hoofdstukken, kop
    per_team = md.split("\n## Per team\n", 1)[1].split("\n## ", 1)[0]
    delen = re.split(r"^### ", per_team, flags=re.M)[1:]
    volgorde = _teamvolgorde(p)
    assert sorted(volgorde) == sorted(str(t["naam"]) for t in _teams(naam))
    assert [_md_tekst(d.split(" (", 1)[0]) for d in delen] == volgorde
    for deel, team in zip(delen, volgorde, strict=True):
        verwacht = [o.titel for o in p.onderdelen if o.team == team and o.stap < 4]
        kopjes = [_md_tekst(k) for k in re.findall(r"^#### (.+)$", deel, re.M)]
        assert sorted(kopjes) == sorted(verwacht), team
    organisatie = md.split("\n## Onderdelen voor de hele organisatie\n", 1)[1].split("\n## ", 1)[0]
    verwacht = [o.titel for o in p.onderdelen if o.team is None and o.stap < 4]
    kopjes = [_md_tekst(k) for k in re.findall(r"^### (.+)$", organisatie, re.M)]
    assert sorted(kopjes) == sorted(verwacht)
    jaren = len({o.jaar for o in p.onderdelen if o.jaar})
    assert re.findall(r"^### (Jaar \d)$", md, re.M) == [f"Jaar {j}" for j in range(1, jaren + 1)]


@pytest.mark.parametrize("naam", ["middenstad", "nog-niet-klaar"])
def test_html_heeft_een_pagina_per_team_met_zijn_onderdelen(naam: str) -> None:
    resultaat = _cli(naam, "html")
    assert resultaat.exit_code in (0, 1), resultaat.output
    pagina = resultaat.stdout
    p = _programma(naam)
    koppen = re.findall(r'<section [^>]*aria-labelledby="kop-([a-z]+)">', pagina)
    assert koppen == [
        "mt",
        "aanleiding",
        "gereedheid",
        "tijdlijn",
        "stappen",
        "kalender",
        "verantwoording",
        "kosten",
        "voortgang",
        "bijlagen",
    ]
    secties = pagina.split('<section class="team" ')[1:]
    volgorde = _teamvolgorde(p)
    assert len(secties) == len(volgorde) == len(_teams(naam))
    for i, (sectie, team) in enumerate(zip(secties, volgorde, strict=True), start=1):
        assert sectie.startswith(f'aria-labelledby="team-{i}">'), sectie[:80]
        assert f'<h2 id="team-{i}">Team {escape(team)}</h2>' in sectie
        planning = sectie.split("</section>", 1)[0].split("<table>", 2)[1]
        verwacht = [str(escape(o.titel)) for o in p.onderdelen if o.team == team and o.stap < 4]
        assert sorted(re.findall(r'<th scope="row">([^<]+)</th>', planning)) == sorted(verwacht)


# ---- middenstad: 25 teams in alle vijf functiegroepen


MIDDENSTAD_ZONDER_KENNIS = {
    "Burgerzaken backoffice",
    "Re-integratie",
    "Sport en speelvoorzieningen",
}
"""R7.5: `teamnorm: true`, het kennisdeel is gedaan."""
MIDDENSTAD_BASISCOMPETENTIES = {"Zwembad De Wielen", "Groen", "Reiniging", "Milieustraat"}
"""R5.3: `basiscompetenties: deels` of `nee`."""


def test_middenstad_aantallen_per_stap() -> None:
    p = _programma("middenstad")
    assert len(p.onderdelen) == 371
    assert Counter(o.stap for o in p.onderdelen) == {1: 6, 2: 36, 3: 79, 4: 250}
    assert Counter(o.leervorm for o in p.onderdelen) == {
        "werkoverleg": 153,
        "gesprek": 88,
        "training": 65,
        "bijeenkomst": 42,
        "e-learning": 23,
    }


def test_R3_1_middenstad_teams_met_hoog_risico_eerst() -> None:
    """R3.1: hoog risico krijgt voorrang in de planning: hun werkafspraken (met trainer) komen
    eerst. Een team met een teamnorm toetst die in het werkoverleg, zonder trainer (R7.5)."""
    p = _programma("middenstad")
    hoog = {str(t["naam"]) for t in _teams("middenstad") if t["risico"] == "hoog"}
    assert len(hoog) == 10
    sessies = [
        o
        for o in p.onderdelen
        if o.team is not None and _soort(o) == "werkafspraken" and o.trainer != "geen"
    ]
    assert max(o.start for o in sessies if o.team in hoog) <= min(
        o.start for o in sessies if o.team not in hoog
    )
    assert set(_teamvolgorde(p)[:4]) <= hoog


def test_middenstad_onderdelen_voor_de_hele_organisatie() -> None:
    """R3.6: de evaluatie van het bestuursincident komt eerst; R3.2: college en leidinggevenden
    vóór de hele organisatie, die niet meer in dezelfde maand begint."""
    p = _programma("middenstad")
    assert [o.id for o in p.onderdelen if o.team is None] == [
        "stap1-bestuursincident",
        "stap1-college",
        "stap1-raadsleden",
        "stap1-leidinggevenden",
        "stap1-hele-organisatie-e-learning",
        "stap1-hele-organisatie",
        "stap2-voorbereiding-leidinggevenden",
        "stap3-leidinggevenden",
        "stap4-incidentevaluatie-j1-1",
        "stap4-introductie-j1",
        "stap3-bot",
        "stap3-staf",
        "stap4-incidentevaluatie-j1-2",
        "stap4-introductie-j2",
        "stap4-incidentevaluatie-j2-1",
        "stap4-incidentevaluatie-j2-2",
        "stap4-introductie-j3",
        "stap4-incidentevaluatie-j3-1",
        "stap4-incidentevaluatie-j3-2",
    ]
    eerst = [o for o in p.onderdelen if o.id in ("stap1-bestuursincident", "stap1-college")]
    assert {o.start for o in eerst} == {p.periode.start}
    organisatie = [o for o in p.onderdelen if o.stap == 1 and o.doelgroep == "hele-organisatie"]
    assert all(o.start > p.periode.start for o in organisatie)
    laatste_stap1 = max(o.eind for o in p.onderdelen if o.stap == 1)
    assert all(o.start > laatste_stap1 for o in p.onderdelen if o.team and o.stap in (2, 3))


def test_middenstad_onderdelen_per_team() -> None:
    p = _programma("middenstad")
    teams = _teams("middenstad")
    assert len(teams) == 25
    assert len({t["functiegroep"] for t in teams}) == 5
    per_team = _per_team(p)
    assert set(per_team) == {t["naam"] for t in teams}
    cycli = 0
    for team in teams:
        naam = str(team["naam"])
        verwacht = Counter(
            werkafspraken=1, vaardigheden=1, teamtraining=1, werkoverleg=6, **{"hr-gesprek": 3}
        )
        if naam not in MIDDENSTAD_ZONDER_KENNIS:
            verwacht["kennis"] = 1
        if naam in MIDDENSTAD_BASISCOMPETENTIES:
            verwacht["basiscompetenties"] = 1
        if team["risico"] == "hoog":
            verwacht["mentor"] = 1  # R7.8
        gekregen = per_team[naam]
        # R4.1: een jaarcyclus is de leerdoelwijzer opnieuw plus een opfrisser, of geen van twee
        assert gekregen["leerdoelen-herzien"] == gekregen["opfrisser"] <= 2, naam
        cycli += gekregen["opfrisser"]
        verwacht["leerdoelen-herzien"] = verwacht["opfrisser"] = gekregen["opfrisser"]
        assert gekregen == +verwacht, naam
    kennis = [o for o in p.onderdelen if o.team is not None and _soort(o) == "kennis"]
    assert len(kennis) == 22 and {o.leervorm for o in kennis} == {"e-learning"}  # R8.1
    (later,) = [w for w in p.waarschuwingen if w.code == "jaarcyclus-later"]
    assert cycli == 8 and later.bericht.startswith("42 jaarcycli")  # 25 teams × 2 jaar


def test_middenstad_opleidingen_dekken_elementen_af() -> None:
    """R6.5: wat de opleiding helemaal bevat, staat als `afgedekt` bij de eerste training; de
    basisopleiding burgerzaken dekt gespreksvoering maar deels, dus dat blijft."""
    p = _programma("middenstad")
    for naam, opleiding in [
        ("Boa's openbare ruimte", "boa"),
        ("Parkeerhandhaving", "boa"),
        ("Schuldhulpverlening", "maatschappelijk-werk-sph"),
    ]:
        vaardig = _een(p, naam, "vaardigheden")
        assert {a.opleiding for a in vaardig.afgedekt} == {opleiding}, naam
        assert any(w.startswith("R6.5: ") for w in vaardig.waarom), naam
    balie = _een(p, "Burgerzaken balie", "vaardigheden")
    assert balie.afgedekt == [] and "gespreksvoering" in balie.elementen
    assert any("sancties opleggen" in w for w in balie.waarom if w.startswith("R6.5: "))
    zonder = _een(p, "Werk en inkomen", "vaardigheden")
    assert zonder.afgedekt == []


def test_middenstad_kosten_per_jaar_tegen_het_budget() -> None:
    p = _programma("middenstad")
    k = p.kosten
    assert (k.trainersdagen.min, k.trainersdagen.max) == (178, 299.5)
    assert k.dagtarief == 1400 and k.budget == 420000 and k.euro is not None
    assert (k.euro.min, k.euro.max) == (178 * 1400, 299.5 * 1400)
    assert k.totaal == k.euro  # geen prijs voor e-learning of interne trainers
    # 2030: alleen werkoverleg in januari, dus alleen uren van medewerkers (issue 13)
    assert [j.jaar for j in k.per_jaar] == [2027, 2028, 2029, 2030]
    assert k.per_jaar[-1].onderdelen == [] and k.per_jaar[-1].uren_medewerkers is not None
    assert sum(j.trainersdagen.max for j in k.per_jaar) == k.trainersdagen.max
    assert k.oordeel == "binnen" and k.euro.max > 0.95 * k.budget
    # De uren van medewerkers (uurtarief € 50) kosten meer dan het budget, maar tellen niet mee.
    assert k.euro_medewerkers is not None and k.euro_medewerkers.min > k.budget
    bijna = [w for w in p.waarschuwingen if w.code == "budget-bijna-op"]
    assert [(w.ernst, w.regel) for w in bijna] == [("waarschuwing", "R7.10")]
    md = _cli("middenstad", "md").stdout.replace("\u00a0", " ")  # harde spaties (issue 13)
    assert "| Budget | € 420.000 (binnen budget) |" in md
    assert "| Geschatte kosten | € 249.200 – € 419.300 (budget € 420.000: binnen budget) |" in md
    for jaar in (2027, 2028, 2029):
        assert f"### Kosten {jaar}" in md


def test_middenstad_waarschuwingen() -> None:
    p = _programma("middenstad")
    assert [(w.code, w.ernst) for w in p.waarschuwingen] == [
        ("bestuursincident-ja", "waarschuwing"),
        ("basiscompetenties-deels-zwembad-de-wielen", "waarschuwing"),
        ("basiscompetenties-deels-groen", "waarschuwing"),
        ("basiscompetenties-deels-reiniging", "waarschuwing"),
        ("basiscompetenties-niet-voldaan-milieustraat", "waarschuwing"),
        ("jaarcyclus-later", "info"),
        ("budget-bijna-op", "waarschuwing"),
    ]
    evaluaties = [o for o in p.onderdelen if o.id.startswith("stap4-incidentevaluatie-")]
    assert len(evaluaties) == 6 and all(
        any(w.startswith("R3.6: ") for w in o.waarom) for o in evaluaties
    )
    assert not p.indicatief


# ---- nog-niet-klaar: RV1 en RV5 blokkeren


HERSTEL = [
    "stap1-herstel-norm-vaststellen",
    "stap1-herstel-protocol",
    "stap1-herstel-instemming-or",
    "stap1-herstel-vaststelling-college",
]


def test_nog_niet_klaar_begint_met_de_herstelketen_en_stap1_wacht_erop() -> None:
    """RV1, RV2, RV5: norm in het MT → protocol → ondernemingsraad → college, schakel na
    schakel; vroeger twee losse onderdelen in dezelfde maand."""
    p = _programma("nog-niet-klaar")
    keten = [o for o in p.onderdelen if o.id.startswith("stap1-herstel-")]
    assert [o.id for o in keten] == HERSTEL and p.onderdelen[0] == keten[0]
    assert keten[0].waarom[0].startswith("RV1: ") and keten[1].waarom[0].startswith("RV1: ")
    assert keten[0].start == p.periode.start
    for eerder, later in itertools.pairwise(keten):
        assert later.na == [eerder.id] and eerder.eind < later.start
    assert any(w.startswith("RV2: ") for w in keten[3].waarom)
    herstel_af = keten[-1].eind
    stap1 = [o for o in p.onderdelen if o.stap == 1 and o.id not in HERSTEL]
    assert [o.id for o in stap1] == [
        "stap1-college",
        "stap1-raadsleden",
        "stap1-leidinggevenden",
        "stap1-hele-organisatie",
    ]
    for o in stap1:
        assert set(HERSTEL) <= set(o.na), o.id
        assert o.start > herstel_af, o.id
        assert any(w.startswith("R1.1: ") for w in o.waarom), o.id
    assert all(o.start > herstel_af for o in p.onderdelen if o.stap in (2, 3))
    assert p.indicatief


def test_nog_niet_klaar_blokkeert_en_de_cli_zegt_het() -> None:
    p = _programma("nog-niet-klaar")
    blokkerend = [w.code for w in p.waarschuwingen if w.ernst == "blokkerend"]
    assert blokkerend == ["RV1-niet-voldaan", "RV5-deels"]
    assert len(p.waarschuwingen) == 11
    resultaat = _cli("nog-niet-klaar", "md")
    assert resultaat.exit_code == 1
    assert "[blokkerend] RV1: Organisatienorm: niet voldaan." in resultaat.stderr
    assert "[blokkerend] RV5: Agressieprotocol: deels voldaan." in resultaat.stderr
    md = resultaat.stdout
    assert "> **Let op: de datums zijn indicatief.** Zolang RV1 en RV5 blokkeren" in md
    assert "| RV1 Organisatienorm | niet voldaan | blokkerend |" in md
    assert "| RV5 Agressieprotocol | deels | blokkerend |" in md
    assert "| R6.2 Bedrijfsopvangteam (BOT) | nee | waarschuwing |" in md  # organisatie.bot: 0
    organisatie = md.split("\n## Onderdelen voor de hele organisatie\n", 1)[1]
    assert organisatie.index("### Organisatienorm vaststellen in het MT") < organisatie.index(
        "### Instemming van de ondernemingsraad met het agressieprotocol"
    )
    assert organisatie.index("### Aanpak, organisatienorm en protocol vaststellen") < (
        organisatie.index("### Normstelling en bewustwording")
    )


def test_nog_niet_klaar_aantallen_en_wat_het_profiel_uitsluit() -> None:
    p = _programma("nog-niet-klaar")
    assert len(p.onderdelen) == 49
    assert Counter(o.stap for o in p.onderdelen) == {1: 8, 2: 6, 3: 9, 4: 26}
    assert {o.leervorm for o in p.onderdelen}.isdisjoint({"e-learning"})  # e_learning: false
    assert p.onderdeel("stap3-bot") is None  # organisatie.bot: 0
    assert p.onderdeel("stap3-staf") is not None
    assert {o.jaar for o in p.onderdelen if o.jaar} == {1, 2}  # looptijd_jaren: 2
    assert not any(re.search(r"-j3(-|$)", o.id) for o in p.onderdelen)
    cyclus = {"leerdoelen-herzien": 1, "opfrisser": 1}  # R4.1: elk team, in jaar 2
    assert {t: dict(c) for t, c in _per_team(p).items()} == {
        "Publiekszaken": {
            "werkafspraken": 1,
            "mentor": 1,
            "vaardigheden": 1,
            "teamtraining": 1,
            "werkoverleg": 4,
            "hr-gesprek": 2,
            **cyclus,
        },
        "Sociaal domein": {
            "werkafspraken": 1,
            "vaardigheden": 1,
            "teamtraining": 1,
            "werkoverleg": 4,
            "hr-gesprek": 2,
            **cyclus,
        },
        "Handhaving": {
            "werkafspraken": 1,
            "mentor": 1,
            "basiscompetenties": 1,
            "vaardigheden": 1,
            "teamtraining": 1,
            "werkoverleg": 4,
            "hr-gesprek": 2,
            **cyclus,
        },
    }


def test_nog_niet_klaar_kosten_zonder_dagtarief() -> None:
    p = _programma("nog-niet-klaar")
    assert (p.kosten.trainersdagen.min, p.kosten.trainersdagen.max) == (18.5, 30)
    assert p.kosten.euro is None and p.kosten.budget is None and p.kosten.totaal is None
    # Jaren met alleen werkoverleg, gesprekken of besluiten staan er ook in (uren van medewerkers).
    assert [j.euro for j in p.kosten.per_jaar] == [None] * len(p.kosten.per_jaar)
    assert any(j.onderdelen for j in p.kosten.per_jaar)
    assert p.kosten.euro_medewerkers is None and p.kosten.uren_medewerkers is not None
    assert not any(w.code.startswith("budget") for w in p.waarschuwingen)
    md = _cli("nog-niet-klaar", "md").stdout
    assert "| Kosten | geen dagtarief |" in md and "| Budget | niet opgegeven |" in md


def test_voorbeelden_staan_niet_in_examples() -> None:
    """Uitvoer naast de profielen is van de gebruiker (README), niet van de tests."""
    gitignore = (REPO / ".gitignore").read_text(encoding="utf-8").splitlines()
    assert "examples/*.programma.*" in gitignore
