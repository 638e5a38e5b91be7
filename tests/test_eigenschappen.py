"""Eigenschappen van de engine over gegenereerde geldige profielen (hypothesis).

Wat voor elk profiel moet gelden: volgorde-eisen kloppen in de datums, elk onderdeel zegt
waarom, beperkingen (R6.2) worden nooit geschonden, sessies × groepsgrootte dekt de
deelnemers, elk team heeft minstens twee keer werkoverleg per jaar (R2.3), dezelfde invoer
geeft dezelfde uitvoer, de leidinggevenden gaan voor (R3.2) en in de maanden zonder sessies
valt niets van stap 1–3 en geen werkoverleg (planning.geen_sessies_in). Markering `slow`
(alleen `make test`).
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from typing import Any

import holidays
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.maak import programma
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.engine.dagen import WEEKDAGEN
from trainingsplanner.profiel.controles import MAX_MAANDEN
from trainingsplanner.programma import Programma

pytestmark = pytest.mark.slow
CAT = laad_catalogus()
GROEPEN = sorted(CAT.functiegroepen)
OPLEIDINGEN = sorted(CAT.opleidingen)
ANTWOORD = st.sampled_from(["ja", "deels", "nee", "onbekend", None])
MAANDEN = [
    "januari", "februari", "maart", "april", "mei", "juni",
    "juli", "augustus", "september", "oktober", "november", "december",
]  # fmt: skip


def _leerdoelen(groep: str) -> list[str]:
    return sorted(c for c, e in CAT.elementen.items() if e.doelgroep.staat_toe(groep, "team"))


NAAM = st.text(alphabet=st.characters(exclude_categories=("Cc", "Cs")), min_size=1, max_size=30)
"""Tekst zoals een mens hem typt: het profiel weigert onzichtbare stuurtekens (issue 16, punt 2)."""


@st.composite
def teams(draw: st.DrawFn) -> list[dict[str, Any]]:
    aantal = draw(st.integers(1, 7))
    uit = []
    for i in range(aantal):
        groep = draw(st.sampled_from(GROEPEN))
        team: dict[str, Any] = {
            "naam": draw(st.sampled_from(["Team", "A | B", "Zwembad 'De Wielen'", "Ω-team", "x"]))
            + f" {i}",
            "functiegroep": groep,
            "medewerkers": draw(st.integers(1, 150)),
            "leidinggevenden": draw(st.integers(0, 4)),
            "risico": draw(st.sampled_from(["hoog", "midden", "laag"])),
            "opleidingen": draw(st.lists(st.sampled_from(OPLEIDINGEN), max_size=2, unique=True)),
            "leerdoelen": draw(
                st.lists(st.sampled_from(_leerdoelen(groep)), max_size=3, unique=True)
            ),
            "teamnorm": draw(st.booleans()),
            "huisbezoeken": draw(st.booleans()),
        }
        antwoord = draw(ANTWOORD)
        if antwoord is not None:
            team["basiscompetenties"] = antwoord
        uit.append(team)
    return uit


@st.composite
def profielen(draw: st.DrawFn) -> dict[str, Any]:
    start = draw(st.dates(dt.date(2025, 1, 1), dt.date(2035, 12, 31)))
    data: dict[str, Any] = {
        "versie": 1,
        "gemeente": draw(NAAM.filter(lambda s: s.strip() != "")),
        "startdatum": start.isoformat(),
        "looptijd_jaren": draw(st.integers(1, 5)),
        "groepsgrootte": draw(st.integers(1, 30)),
        "capaciteit": {"sessies_per_maand": draw(st.integers(1, 20))},
        "voorkeuren": {"e_learning": draw(st.booleans()), "train_de_trainer": draw(st.booleans())},
        "randvoorwaarden": {},
        "bestuur": {
            "college": draw(st.integers(0, 9)),
            "raadsleden": draw(st.integers(0, 45)),
            "betrokken_bij_incident": draw(st.booleans()),
        },
        "organisatie": {
            "mt": draw(st.integers(0, 12)),
            "bot": draw(st.integers(0, 15)),
            "staf": draw(st.integers(0, 8)),
            "nieuwe_medewerkers_per_jaar": draw(st.integers(0, 100)),
        },
        "teams": draw(teams()),
    }
    for veld in (
        "organisatienorm",
        "bestuurlijke_betrokkenheid",
        "dienstverlening_en_handhaving",
        "basiscompetenties",
        "agressieprotocol",
    ):
        antwoord = draw(ANTWOORD)
        if antwoord is not None:
            data["randvoorwaarden"][veld] = antwoord
    if draw(st.booleans()):
        data["kosten"] = {
            "dagtarief_trainer": draw(st.integers(0, 3000)),
            "budget": draw(st.integers(0, 500000)),
        }
    # Het profiel weigert een programma dat zelfs in het gunstigste geval langer dan
    # MAX_MAANDEN duurt (issue 16); dat heeft eigen tests. Hier blijft het binnen de grens.
    sessies = sum(math.ceil(t["medewerkers"] / data["groepsgrootte"]) for t in data["teams"])
    minimaal = math.ceil(sessies / MAX_MAANDEN)
    capaciteit = data["capaciteit"]
    capaciteit["sessies_per_maand"] = max(capaciteit["sessies_per_maand"], minimaal)
    if draw(st.booleans()):
        gesloten = draw(st.lists(st.sampled_from(MAANDEN), max_size=11, unique=True))
        data["planning"] = {"geen_sessies_in": gesloten}
    if draw(st.booleans()):
        capaciteit["sessies_per_week"] = draw(st.integers(1, 10))
    if draw(st.booleans()):
        dagen = draw(st.lists(st.sampled_from(WEEKDAGEN), min_size=1, max_size=5, unique=True))
        data.setdefault("planning", {})["dagen"] = dagen
    return data


def _gesloten(data: dict[str, Any]) -> set[str]:
    """De maanden zonder sessies: uit het profiel, anders de aanname van de catalogus."""
    gekozen = data.get("planning", {}).get("geen_sessies_in")
    return set(CAT.stappenplan.planning.geen_sessies_in if gekozen is None else gekozen)


@given(profielen())
@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_eigenschappen_van_elk_programma(data: dict[str, Any]) -> None:
    cat: Catalogus = CAT
    p = programma(cat, data)
    per_id = {o.id: o for o in p.onderdelen}
    assert len(per_id) == len(p.onderdelen), "id's zijn uniek"
    for o in p.onderdelen:
        assert o.waarom and all(w[:1] in "RD" for w in o.waarom)
        assert p.periode.start <= o.start <= o.eind <= p.periode.eind
        for dep in o.na:
            assert per_id[dep].eind <= o.start, (dep, o.id)
        assert o.sessies * o.groepsgrootte >= o.deelnemers
        if o.team is not None:
            team = next(t for t in data["teams"] if t["naam"] == o.team)
            for code in o.elementen:
                assert cat.elementen[code].doelgroep.staat_toe(team["functiegroep"], "team"), (
                    o.id,
                    code,
                )
        if o.leervorm == "e-learning":
            assert all(cat.elementen[e].soort == "kennis" for e in o.elementen)
    werkoverleg = Counter((o.team, o.jaar) for o in p.onderdelen if o.leervorm == "werkoverleg")
    for team in data["teams"]:
        for jaar in range(1, data["looptijd_jaren"] + 1):
            assert werkoverleg[(team["naam"], jaar)] >= 2
    assert programma(cat, data).model_dump_json() == p.model_dump_json()
    # Het programma leest terug als zichzelf: de JSON is het hele contract.
    assert Programma.model_validate_json(p.model_dump_json()) == p


@given(profielen())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_leiders_voor_medewerkers_en_stap1_voor_teams(data: dict[str, Any]) -> None:
    p = programma(CAT, data)
    leiding = [o for o in p.onderdelen if o.id == "stap3-leidinggevenden"]
    stap1 = [o for o in p.onderdelen if o.stap == 1 and o.leervorm != "e-learning"]
    for o in p.onderdelen:
        if o.id.endswith("-vaardigheden"):
            assert all(x.eind <= o.start for x in leiding)  # R3.2
        if o.stap == 2 and o.team is not None:
            assert all(x.eind <= o.start for x in stap1)  # R1.1, R2.1


@given(profielen())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R3_2_R4_1_leiders_eerst_en_niets_in_een_maand_zonder_sessies(data: dict[str, Any]) -> None:
    """Geen onderdeel voor medewerkers in stap 2 of 3 begint voor de voorbereiding of training
    van de leidinggevenden waar het op wacht klaar is (R3.2); niets van stap 1–3 en geen
    werkoverleg in een maand van `geen_sessies_in`; een team met hoog risico krijgt nooit een
    kortere vaardigheidstraining dan een team met laag risico (R3.1)."""
    p = programma(CAT, data)
    voorbereiding = [o for o in p.onderdelen if o.id == "stap2-voorbereiding-leidinggevenden"]
    training = [o for o in p.onderdelen if o.id == "stap3-leidinggevenden"]
    gesloten = _gesloten(data)
    for o in p.onderdelen:
        if o.team is not None and o.stap == 2:
            assert all(x.eind < o.start for x in voorbereiding), o.id
        if o.team is not None and o.stap == 3:
            assert all(x.eind < o.start for x in training), o.id
        if o.stap < 4 or o.leervorm == "werkoverleg":
            assert MAANDEN[o.start.month - 1] not in gesloten, o.id
            assert MAANDEN[o.eind.month - 1] not in gesloten, o.id
    risico = {t["naam"]: t["risico"] for t in data["teams"]}
    trainingen = [o for o in p.onderdelen if o.id.endswith("-vaardigheden")]
    laag = [o.duur_dagen.max for o in trainingen if risico[o.team or ""] == "laag"]
    for o in trainingen:
        if risico[o.team or ""] == "hoog" and laag:
            assert o.duur_dagen.max >= max(laag), o.id


@given(profielen())
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_issue_14_sessiedatums(data: dict[str, Any]) -> None:
    """Elke sessiedatum valt op een werkdag zonder feestdag, in een open maand, binnen de
    maanden van het onderdeel en dus na het einde van elke sessie waar het op wacht; de
    grenzen per week en per maand en de helft van een team per dag worden gehouden, altijd:
    de maandplanning geeft een maand niet meer sessies dan haar weken toelaten (issue 14)."""
    p = programma(CAT, data)
    per_id = {o.id: o for o in p.onderdelen}
    gesloten = _gesloten(data)
    codes = {w.code for w in p.waarschuwingen}
    nl = holidays.country_holidays("NL", years=range(p.periode.start.year, p.periode.eind.year + 2))
    week: Counter[tuple[int, int]] = Counter()
    maand: Counter[tuple[int, int]] = Counter()
    team_dag: Counter[tuple[str, dt.date]] = Counter()
    team_sessies: Counter[tuple[str, dt.date]] = Counter()

    def laatste_dag(code: str) -> dt.date:
        o = per_id[code]
        return max((d for s in o.sessiedata for d in s.dagen), default=o.eind)

    for o in p.onderdelen:
        assert len(o.sessiedata) in (0, o.sessies), o.id
        for s in o.sessiedata:
            for d in s.dagen:
                assert d.weekday() < 5 and d not in nl, (o.id, d)
                assert MAANDEN[d.month - 1] not in gesloten, (o.id, d)
                assert o.start <= d <= o.eind, (o.id, d)
                assert all(laatste_dag(n) < d for n in o.na), (o.id, d)
                if o.team is not None:
                    team_dag[(o.team, d)] += s.deelnemers
                    team_sessies[(o.team, d)] += 1
            for w in {d.isocalendar()[:2] for d in s.dagen}:
                week[w] += 1
            maand[(s.datum.year, s.datum.month)] += 1
    assert all(n <= data["capaciteit"]["sessies_per_maand"] for n in maand.values())
    per_week = data["capaciteit"].get("sessies_per_week")
    if per_week is not None:  # een grens, geen waarschuwing: de maandplanning houdt er rekening mee
        assert all(n <= per_week for n in week.values())
    assert not codes & {"capaciteit-week", "team-op-een-dag"}
    grootte = {t["naam"]: t["medewerkers"] for t in data["teams"]}
    for (team, dag), n in team_dag.items():
        assert team_sessies[(team, dag)] == 1 or n <= max(1, grootte[team] // 2), (team, dag)
