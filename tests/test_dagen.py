"""Issue 14: elke sessie met een trainer krijgt een voorgestelde datum (engine/dagen.py)."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import replace

import holidays

from tests.maak import profieldata, programma
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.engine.dagregels import feestdagen
from trainingsplanner.programma import Programma

CAT = laad_catalogus()


def _sessies(p: Programma) -> list[tuple[str, dt.date]]:
    return [(o.id, d) for o in p.onderdelen for s in o.sessiedata for d in s.dagen]


def test_elke_sessie_met_een_trainer_heeft_een_datum_en_de_deelnemers_kloppen() -> None:
    p = programma(CAT)
    met = [o for o in p.onderdelen if o.sessiedata]
    assert met
    for o in p.onderdelen:
        if not o.sessiedata:
            continue
        assert len(o.sessiedata) == o.sessies, o.id
        assert sum(s.deelnemers for s in o.sessiedata) == o.deelnemers
        assert [s.nummer for s in o.sessiedata] == list(range(1, o.sessies + 1))
        assert all(s.datum == s.dagen[0] for s in o.sessiedata)
        assert all(s.deelnemers <= o.groepsgrootte for s in o.sessiedata)


def test_nooit_in_het_weekend_op_een_feestdag_of_in_een_gesloten_maand() -> None:
    """Vijf jaar vanaf 2027: geen zaterdag of zondag, geen 27 april, Hemelvaart of Tweede
    Pinksterdag, niets in juli en augustus (de aanname) of in de gekozen maanden."""
    for planning in ({}, {"geen_sessies_in": ["mei", "december"]}):
        data = profieldata(looptijd_jaren=5, planning=planning)
        p = programma(CAT, data)
        jaren = range(2027, 2034)
        nl = holidays.country_holidays("NL", years=jaren)
        verboden = {
            d for d, naam in nl.items() if naam in ("Ascension Day", "Pentecost Monday")
        } | {dt.date(j, 4, 27) for j in jaren}
        gesloten = {5, 12} if planning else {7, 8}
        dagen = _sessies(p)
        assert dagen
        for code, dag in dagen:
            assert dag.weekday() < 5, (code, dag)
            assert dag not in verboden, (code, dag)
            assert dag not in nl, (code, dag)
            assert dag.month not in gesloten, (code, dag)


def test_voorkeursdagen_uit_het_profiel_en_anders_di_wo_do() -> None:
    standaard = programma(CAT)
    assert {d.weekday() for _, d in _sessies(standaard)} <= {1, 2, 3}
    assert standaard.planning is not None
    assert standaard.planning.dagen == ["dinsdag", "woensdag", "donderdag"]
    assert standaard.planning.dagen_aanname
    data = profieldata(planning={"dagen": ["maandag", "vrijdag"]})
    eigen = programma(CAT, data)
    assert {d.weekday() for _, d in _sessies(eigen)} <= {0, 4}
    assert eigen.planning is not None and not eigen.planning.dagen_aanname


def test_sessies_per_week_is_een_grens_ook_als_de_maand_meer_toelaat() -> None:
    """Issue 14: 20 per maand maar 1 of 2 per week: de maandplanning geeft een maand niet
    meer dan haar weken toelaten (een week over twee maanden naar verhouding van de
    werkdagen), dus de grens per week houdt, zonder waarschuwing."""
    for per_week, meerdaags in ((2, None), (1, None), (1, "wekelijks")):
        data = profieldata(capaciteit={"sessies_per_maand": 20, "sessies_per_week": per_week})
        cat = CAT if meerdaags is None else _catalogus_met(meerdaags)
        p = programma(cat, data)
        week: Counter[tuple[int, int]] = Counter()
        maand: Counter[tuple[int, int]] = Counter()
        for o in p.onderdelen:
            for s in o.sessiedata:
                for w in {d.isocalendar()[:2] for d in s.dagen}:
                    week[w] += 1
                maand[(s.datum.year, s.datum.month)] += 1
        assert max(week.values()) == per_week  # de grens wordt gehaald, niet overschreden
        assert max(maand.values()) <= 20
        assert "capaciteit-week" not in {w.code for w in p.waarschuwingen}


def _catalogus_met(meerdaags: str) -> Catalogus:
    """De catalogus met `meerdaags` bij de vaardigheidstraining (een instelling per sessie)."""
    sessies = [
        s.model_copy(update={"meerdaags": meerdaags}) if s.id == "vaardigheidstraining" else s
        for s in CAT.stappenplan.sessies
    ]
    return replace(CAT, stappenplan=CAT.stappenplan.model_copy(update={"sessies": sessies}))


def test_meerdaagse_training_op_opeenvolgende_werkdagen_en_tijden() -> None:
    p = programma(CAT)
    meerdaags = [s for o in p.onderdelen for s in o.sessiedata if len(s.dagen) > 1]
    assert meerdaags, "de vaardigheidstraining duurt tot 2 dagen"
    for s in meerdaags:
        for eerder, later in zip(s.dagen, s.dagen[1:], strict=False):
            assert 1 <= (later - eerder).days <= 3  # de volgende werkdag
        assert (s.van, s.tot) == ("09:00", "16:30")
    half = [s for o in p.onderdelen for s in o.sessiedata if s.dagdelen == 1]
    assert half and all((s.van, s.tot) == ("09:00", "12:30") for s in half)


def test_meerdaags_per_sessie_een_instelling_van_de_catalogus() -> None:
    """Issue 14, punt 1: opeenvolgend of wekelijks per sessiesoort (`meerdaags` bij de sessie
    in stappenplan.yaml; leeg: `planning.meerdaags`). Alleen de vaardigheidstraining wekelijks:
    haar dagen liggen precies een week uit elkaar, de andere blijven opeenvolgend."""
    assert CAT.stappenplan.planning.meerdaags == "opeenvolgend"
    p = programma(_catalogus_met("wekelijks"))
    gezien = {"wekelijks": 0, "opeenvolgend": 0}
    for o in p.onderdelen:
        for s in o.sessiedata:
            if len(s.dagen) < 2:
                continue
            stappen = {(b - a).days for a, b in zip(s.dagen, s.dagen[1:], strict=False)}
            if o.id.endswith("-vaardigheden"):
                assert stappen == {7}, (o.id, s.dagen)
                gezien["wekelijks"] += 1
            else:
                assert stappen <= {1, 2, 3}, (o.id, s.dagen)
                gezien["opeenvolgend"] += 1
    assert all(gezien.values())


def test_hoogstens_de_helft_van_een_team_op_een_dag() -> None:
    p = programma(CAT)
    grootte = {t["naam"]: t["medewerkers"] for t in profieldata()["teams"]}
    per_dag: Counter[tuple[str, dt.date]] = Counter()
    sessies: Counter[tuple[str, dt.date]] = Counter()
    for o in p.onderdelen:
        if o.team is None:
            continue
        for s in o.sessiedata:
            for d in s.dagen:
                per_dag[(o.team, d)] += s.deelnemers
                sessies[(o.team, d)] += 1
    for (team, dag), aantal in per_dag.items():
        assert sessies[(team, dag)] == 1 or aantal <= grootte[team] // 2, (team, dag)


def test_bevrijdingsdag_jaarlijks_of_in_lustrumjaren() -> None:
    lustrum = feestdagen(2027, 2030, "lustrum")
    assert dt.date(2030, 5, 5) in lustrum and dt.date(2027, 5, 5) not in lustrum
    assert dt.date(2027, 5, 5) in feestdagen(2027, 2030, "jaarlijks")
    assert CAT.stappenplan.planning.bevrijdingsdag == "lustrum"


def test_dezelfde_invoer_geeft_dezelfde_datums() -> None:
    assert programma(CAT).model_dump_json() == programma(CAT).model_dump_json()


def test_markdown_en_html_tonen_de_datums_als_voorstel() -> None:
    from trainingsplanner.opmaak import sessiedagen
    from trainingsplanner.render import html, markdown

    p = programma(CAT)
    o = next(o for o in p.onderdelen if o.sessiedata)
    eerste = sessiedagen(o.sessiedata[0].dagen)
    for tekst in (
        markdown.render(p, CAT, dt.date(2027, 1, 1)),
        html.render(p, CAT, dt.date(2027, 1, 1)),
    ):
        assert "Datums" in tekst and "(voorstel, 09:00–" in tekst
        assert eerste in tekst
    assert sessiedagen([dt.date(2027, 3, 9), dt.date(2027, 3, 10)]) == "di 9 en wo 10 maart 2027"


def test_een_begonnen_maand_met_minder_dan_twee_werkweken_telt_niet() -> None:
    """Gevonden door de eigenschapstest: start op vrijdag 31 januari 2025 en een training van
    twee dagen; die past niet meer in januari, dus begint het programma in februari."""
    p = programma(CAT, profieldata(startdatum="2025-01-31"))
    for o in p.onderdelen:
        if o.stap < 4:
            assert o.start >= dt.date(2025, 2, 1), o.id
        for s in o.sessiedata:
            assert all(o.start <= d <= o.eind for d in s.dagen), o.id


def test_tijden_uit_het_profiel() -> None:
    data = profieldata(planning={"tijden": {"hele_dag": {"van": "08:30", "tot": "16:00"}}})
    p = programma(CAT, data)
    sessies = [s for o in p.onderdelen for s in o.sessiedata]
    assert {(s.van, s.tot) for s in sessies if s.dagdelen > 1} == {("08:30", "16:00")}
    assert {(s.van, s.tot) for s in sessies if s.dagdelen == 1} == {("09:00", "12:30")}


def test_tijden_van_voor_tot() -> None:
    import pytest

    from trainingsplanner.fouten import InvoerFout

    data = profieldata(planning={"tijden": {"halve_dag": {"van": "13:00", "tot": "12:00"}}})
    with pytest.raises(InvoerFout, match="vóór"):
        programma(CAT, data)


def test_feestdagen_ook_als_het_programma_veel_langer_loopt() -> None:
    """Gevonden door de eigenschapstest: een programma dat jaren over de looptijd gaat, kent
    ook in die jaren de feestdagen."""
    data = profieldata(looptijd_jaren=1, capaciteit={"sessies_per_maand": 1})
    p = programma(CAT, data)
    dagen = [d for o in p.onderdelen for s in o.sessiedata for d in s.dagen]
    assert max(dagen).year > 2028  # voorbij de looptijd van één jaar
    nl = holidays.country_holidays("NL", years=range(2027, max(dagen).year + 1))
    assert not [d for d in dagen if d in nl]


def _per_maand(p: Programma) -> dict[tuple[str, int, int], list[list[dt.date]]]:
    uit: dict[tuple[str, int, int], list[list[dt.date]]] = {}
    for o in p.onderdelen:
        for s in o.sessiedata:
            uit.setdefault((o.id, s.datum.year, s.datum.month), []).append(s.dagen)
    return uit


def test_een_team_erbij_schudt_de_andere_datums_niet() -> None:
    """Issue 14, punt 2. Een klein team met laag risico erbij, bij genoeg capaciteit: elke
    sessie van de andere teams en van de organisatie houdt haar dag (de organisatiebrede
    onderdelen krijgen hoogstens een sessie bij).

    Bij een team met hoog risico of een groot team moeten sessies wel schuiven, en alleen
    deze: (1) het nieuwe team gaat bij hoog risico voor (R3.1) en zijn stap 2 gaat vóór de
    stap 3 van de anderen (R2.1), dus neemt het plaats in een maand die vol raakt; wat daar
    niet meer past, schuift naar een latere maand, en wat daarop wacht mee; (2) de
    organisatiebrede onderdelen (hele organisatie, leidinggevenden) worden groter. Een sessie
    die in haar maand blijft, houdt haar dag: de dag hangt af van haar eigen onderdeel
    (`dagen._anker`), niet van hoeveel sessies er in de maand vóór haar kwamen.
    """
    for risico, medewerkers in (("laag", 10), ("midden", 10), ("hoog", 10), ("hoog", 40)):
        data = profieldata()
        oud = programma(CAT, data)
        data["teams"].append(
            {
                "naam": "Extra",
                "functiegroep": "publieksdiensten",
                "medewerkers": medewerkers,
                "leidinggevenden": 1,
                "risico": risico,
            }
        )
        nieuw = programma(CAT, data)
        voor, na = _per_maand(oud), _per_maand(nieuw)
        blijft = [k for k in voor if len(voor[k]) == len(na.get(k, []))]
        assert blijft
        for k in blijft:
            assert sorted(voor[k]) == sorted(na[k]), (risico, k)
        oude = {(o.id, s.nummer): s.dagen for o in oud.onderdelen for s in o.sessiedata}
        nieuwe = {(o.id, s.nummer): s.dagen for o in nieuw.onderdelen for s in o.sessiedata}
        if (risico, medewerkers) == ("laag", 10):
            assert all(nieuwe[k] == dagen for k, dagen in oude.items())
        else:  # wat schuift, schuift naar later: nooit naar voren
            assert all(nieuwe[k][0] >= dagen[0] for k, dagen in oude.items() if k in nieuwe)


def test_14_een_week_per_sessie_wint_van_de_voorkeursdagen_bij_een_grens_per_week() -> None:
    """Gevonden door de eigenschapstest: met voorkeur ma/wo/vr is de enige reeks van twee
    opeenvolgende voorkeursdagen vrijdag-maandag, en die neemt twee weken. Drie teams met een
    training van twee dagen in één maand, één sessie per week: de planner kiest dan twee dagen
    in één week (geen voorkeursdag) in plaats van de grens per week te breken."""

    def team(naam: str) -> dict[str, object]:
        return {
            "naam": naam, "functiegroep": "buitendienst", "medewerkers": 1,
            "leidinggevenden": 0, "risico": "hoog", "opleidingen": [], "leerdoelen": [],
            "teamnorm": False, "huisbezoeken": False, "basiscompetenties": "ja",
        }  # fmt: skip

    data = profieldata(
        startdatum="2025-01-01",
        looptijd_jaren=1,
        groepsgrootte=1,
        capaciteit={"sessies_per_maand": 3, "sessies_per_week": 1},
        voorkeuren={"e_learning": False, "train_de_trainer": False},
        bestuur={"college": 0, "raadsleden": 0, "betrokken_bij_incident": False},
        organisatie={"mt": 0, "bot": 0, "staf": 0, "nieuwe_medewerkers_per_jaar": 0},
        teams=[team(f"Team {i}") for i in range(3)],
        planning={"dagen": ["maandag", "woensdag", "vrijdag"]},
    )
    p = programma(CAT, data)
    week: Counter[tuple[int, int]] = Counter()
    for o in p.onderdelen:
        for s in o.sessiedata:
            for w in {d.isocalendar()[:2] for d in s.dagen}:
                week[w] += 1
    assert week and max(week.values()) == 1
    assert not {"capaciteit-week", "team-op-een-dag"} & {w.code for w in p.waarschuwingen}
