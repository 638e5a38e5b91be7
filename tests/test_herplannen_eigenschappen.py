"""Issue 15, eigenschapstest van het herplannen: na elke set vastgelegde sessies geldt elke
volgorde-eis nog, verschuift geen gegeven sessie en staat niets wat niet gegeven is vóór
`vanaf` (R4.1). De toets zelf is `controleer` uit test_herplannen.py.

Vier profielen (met grens per week, met gesloten maanden, met één voorkeursdag) en
willekeurige uitvoeringen: gegeven (op of rond de voorgestelde dag, nooit na `vanaf`),
geannuleerd, verplaatst (naar een afgesproken dag vóór of na `vanaf`, ook in een weekend, op
een feestdag of vóór het einde van waar het onderdeel op wacht), onbekende id's. Een
verplaatste sessie komt nooit vóór haar afgesproken dag, en op die dag als de reden dat zegt.
Markering `slow`.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.maak import profiel, profieldata
from tests.test_eigenschappen import profielen
from tests.test_herplannen import MAANDEN, controleer
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.engine import stel_samen
from trainingsplanner.engine.herplannen import Uitvoering, Uitvoeringsstatus, Vastgelegd
from trainingsplanner.opmaak import datum as nl_datum

pytestmark = pytest.mark.slow
CAT = laad_catalogus()
PROFIELEN = [
    profieldata(),
    profieldata(capaciteit={"sessies_per_maand": 6, "sessies_per_week": 2}),
    profieldata(planning={"geen_sessies_in": ["mei", "juli", "augustus", "december"]}),
    profieldata(capaciteit={"sessies_per_maand": 4}, planning={"dagen": ["donderdag"]}),
]
GELEZEN = [profiel(CAT, data) for data in PROFIELEN]
ORIGINEEL = [stel_samen(p, CAT) for p in GELEZEN]
STATUS: st.SearchStrategy[Uitvoeringsstatus] = st.sampled_from(
    ["gegeven", "gegeven", "geannuleerd", "verplaatst"]
)


@st.composite
def uitvoeringen(draw: st.DrawFn) -> tuple[int, Uitvoering, dict[tuple[str, int], dt.date]]:
    keuze = draw(st.integers(0, len(PROFIELEN) - 1))
    p = ORIGINEEL[keuze]
    sessies = [(o.id, s.nummer, s.datum) for o in p.onderdelen for s in o.sessiedata]
    vanaf = p.periode.start + dt.timedelta(days=draw(st.integers(0, 1300)))
    gekozen = draw(st.lists(st.integers(0, len(sessies) - 1), max_size=60, unique=True))
    vastgelegd: list[Vastgelegd] = []
    gegeven: dict[tuple[str, int], dt.date] = {}
    for i in gekozen:
        code, nummer, datum = sessies[i]
        status = draw(STATUS)
        datum = _vastgelegde_datum(datum, status, vanaf, draw(st.integers(-30, 400)))
        if status == "gegeven":
            gegeven[(code, nummer)] = datum
        vastgelegd.append(Vastgelegd(code, nummer, datum, status))
    if draw(st.booleans()):
        vastgelegd.append(Vastgelegd("stap2-oud-team", 1, p.periode.start, "gegeven"))
    return keuze, Uitvoering(vanaf, tuple(vastgelegd)), gegeven


def _vastgelegde_datum(
    voorstel: dt.date, status: Uitvoeringsstatus, vanaf: dt.date, dagen: int
) -> dt.date:
    """Een verplaatste sessie: een afgesproken dag tot ruim een jaar na het voorstel (ook na
    `vanaf`); al het andere rond het voorstel, nooit na `vanaf`."""
    if status == "verplaatst":
        return voorstel + dt.timedelta(days=dagen)
    return min(voorstel + dt.timedelta(days=(dagen + 30) % 61 - 30), vanaf)


def afspraken_gehouden(uitvoering: Uitvoering, nieuw: dict[str, Any]) -> None:
    """Een verplaatste sessie komt nooit vóór haar afgesproken dag (of vóór `vanaf`), staat in
    `verschoven` met een reden die de afgesproken dag noemt, en staat op die dag als de reden
    'zoals afgesproken' zegt."""
    verschoven = {(v["onderdeel"], v["nummer"]): v for v in nieuw["herplanning"]["verschoven"]}
    for r in uitvoering.sessies:
        if r.status != "verplaatst" or (r.onderdeel, r.nummer) not in verschoven:
            continue  # een onbekend onderdeel of nummer: gemeld
        v = verschoven[(r.onderdeel, r.nummer)]
        assert dt.date.fromisoformat(v["nieuw"]) >= max(r.datum, uitvoering.vanaf), (r, v)
        assert v["reden"].startswith(f"verplaatst naar {nl_datum(r.datum)}"), (r, v)
        if v["reden"].endswith(", zoals afgesproken"):
            assert v["nieuw"] == r.datum.isoformat(), (r, v)
        else:
            assert v["reden"].endswith("eerste plek daarna") or r.datum < uitvoering.vanaf


def _grenzen(data: dict[str, Any]) -> dict[str, Any]:
    return {
        "maand": data["capaciteit"]["sessies_per_maand"],
        "week": data["capaciteit"].get("sessies_per_week"),
        "teams": {t["naam"]: t["medewerkers"] for t in data["teams"]},
    }


@given(uitvoeringen())
@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R4_1_herplannen_houdt_elke_regel(
    geval: tuple[int, Uitvoering, dict[tuple[str, int], dt.date]],
) -> None:
    keuze, uitvoering, gegeven = geval
    nieuw = stel_samen(GELEZEN[keuze], CAT, uitvoering)
    oud = ORIGINEEL[keuze].model_dump(mode="json")
    controleer(
        oud,
        nieuw.model_dump(mode="json"),
        gegeven,
        uitvoering.vanaf,
        _grenzen(PROFIELEN[keuze]),
        termijnen_open=True,
    )
    assert nieuw.herplanning is not None and nieuw.herplanning.gegeven == len(gegeven)
    afspraken_gehouden(uitvoering, nieuw.model_dump(mode="json"))
    onbekend = any(v.onderdeel == "stap2-oud-team" for v in uitvoering.sessies)
    meldingen = [w for w in nieuw.waarschuwingen if w.code == "uitvoering-onbekend"]
    assert len(meldingen) == onbekend
    assert all("plan uitvoering koppel stap2-oud-team" in w.bericht for w in meldingen)
    # dezelfde invoer, dezelfde uitvoer
    assert stel_samen(GELEZEN[keuze], CAT, uitvoering) == nieuw


@given(st.data())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R4_1_herplannen_over_willekeurige_profielen(data: st.DataObject) -> None:
    """Dezelfde toets over de gegenereerde profielen van test_eigenschappen (grens per week,
    gesloten maanden, voorkeursdagen, teams van 1 tot 150 medewerkers)."""
    profieldata_ = data.draw(profielen())
    gelezen = profiel(CAT, profieldata_)
    oud = stel_samen(gelezen, CAT)
    sessies = [(o.id, s.nummer, s.datum) for o in oud.onderdelen for s in o.sessiedata]
    dagen = max((oud.periode.eind - oud.periode.start).days, 1)
    vanaf = oud.periode.start + dt.timedelta(days=data.draw(st.integers(0, dagen)))
    gekozen = (
        data.draw(st.lists(st.sampled_from(sessies), max_size=40, unique=True)) if sessies else []
    )
    vastgelegd = []
    gegeven: dict[tuple[str, int], dt.date] = {}
    for code, nummer, datum in gekozen:
        status = data.draw(STATUS)
        datum = _vastgelegde_datum(datum, status, vanaf, data.draw(st.integers(-30, 400)))
        if status == "gegeven":
            gegeven[(code, nummer)] = datum
        vastgelegd.append(Vastgelegd(code, nummer, datum, status))
    uitvoering = Uitvoering(vanaf, tuple(vastgelegd))
    nieuw = stel_samen(gelezen, CAT, uitvoering)
    controleer(
        oud.model_dump(mode="json"),
        nieuw.model_dump(mode="json"),
        gegeven,
        vanaf,
        _grenzen(profieldata_),
        termijnen_open=True,
    )
    afspraken_gehouden(uitvoering, nieuw.model_dump(mode="json"))
    kosten_in_eigen_jaren(nieuw.model_dump(mode="json"), {r.onderdeel for r in vastgelegd})


def test_R4_1_herplannen_voorbij_vijftig_jaar_na_vanaf() -> None:
    """Gevonden door de eigenschapstest: groepen van 1, één sessie per maand en alleen november
    en december open; een team van 96 vult zo tientallen jaren. Wat opnieuw moet, komt achter
    de laatste bezette maand; de planner zocht maar 50 jaar vanaf `vanaf` en stopte met een
    interne fout."""
    data = profieldata(
        groepsgrootte=1,
        capaciteit={"sessies_per_maand": 1},
        planning={"geen_sessies_in": [m for m in MAANDEN if m not in ("november", "december")]},
        teams=[
            {"naam": naam, "functiegroep": "buitendienst", "medewerkers": medewerkers}
            | {"leidinggevenden": 0, "risico": "hoog"}
            for naam, medewerkers in (("Groot", 96), ("Klein", 1))
        ],
    )
    gelezen = profiel(CAT, data)
    oud = stel_samen(gelezen, CAT)
    assert oud.periode.eind.year - oud.periode.start.year > 40
    vanaf = oud.periode.start + dt.timedelta(days=365)
    nieuw = stel_samen(gelezen, CAT, Uitvoering(vanaf, ()))
    controleer(oud.model_dump(mode="json"), nieuw.model_dump(mode="json"), {}, vanaf,
               _grenzen(data), termijnen_open=True)  # fmt: skip
    assert nieuw.herplanning is not None and nieuw.herplanning.verschoven


def kosten_in_eigen_jaren(programma: dict[str, Any], vastgelegd: set[str]) -> None:
    """De kosten van een onderdeel tellen in de jaren waarin het nu valt (een verschoven termijn
    neemt ze mee), behalve het deel dat al gegeven is (in het jaar van zijn datum)."""
    for o in programma["onderdelen"]:
        if o["kosten"] is None or o["id"] in vastgelegd:
            continue
        jaren = [int(j) for j in o["kosten"]["sessies_per_jaar"]]
        assert int(o["start"][:4]) <= min(jaren) and max(jaren) <= int(o["eind"][:4]), o["id"]
        assert sum(o["kosten"]["sessies_per_jaar"].values()) == o["sessies"], o["id"]


@given(uitvoeringen())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R4_1_kosten_na_herplannen_in_de_jaren_van_het_onderdeel(
    geval: tuple[int, Uitvoering, dict[tuple[str, int], dt.date]],
) -> None:
    keuze, uitvoering, _ = geval
    nieuw = stel_samen(GELEZEN[keuze], CAT, uitvoering).model_dump(mode="json")
    kosten_in_eigen_jaren(nieuw, {r.onderdeel for r in uitvoering.sessies})


def test_R4_1_een_gegeven_termijn_schuift_niet_mee() -> None:
    """Werkoverleg, gesprekken of e-learning die helemaal gegeven zijn, blijven in hun termijn,
    ook als waar ze op wachtten later eindigt (wat gebeurd is, schuift niet): en wat erop
    wacht, hoeft er niet meer op te wachten."""
    p = ORIGINEEL[0]
    per_id = {o.id: o for o in p.onderdelen}
    kandidaten = [
        o
        for o in p.onderdelen
        if not o.sessiedata and o.sessies and any(per_id[n].sessiedata for n in o.na)
    ]
    assert kandidaten
    o = kandidaten[0]
    voorganger = next(per_id[n] for n in o.na if per_id[n].sessiedata)
    eerste = voorganger.sessiedata[0]
    vastgelegd = [Vastgelegd(voorganger.id, eerste.nummer, eerste.datum, "geannuleerd")]
    vastgelegd += [Vastgelegd(o.id, n, o.start, "gegeven") for n in range(1, o.sessies + 1)]
    vanaf = max(o.eind, eerste.datum) + dt.timedelta(days=1)
    nieuw = stel_samen(GELEZEN[0], CAT, Uitvoering(vanaf, tuple(vastgelegd)))
    na = {x.id: x for x in nieuw.onderdelen}
    assert nieuw.herplanning is not None
    assert (na[o.id].start, na[o.id].eind) == (o.start, o.eind)
    assert o.id not in {t.onderdeel for t in nieuw.herplanning.termijnen}
    # zonder dat alles gegeven is, schuift dezelfde termijn wel (de toets kan falen)
    minder = Uitvoering(vanaf, tuple(vastgelegd[:-1]))
    anders = {x.id: x for x in stel_samen(GELEZEN[0], CAT, minder).onderdelen}
    assert (anders[o.id].start, anders[o.id].eind) != (o.start, o.eind)


def test_R4_1_te_laat_gegeven_termijn_telt_in_het_jaar_van_de_datum() -> None:
    """E-learning (of werkoverleg, een gesprek) die helemaal gegeven is, maar de laatste sessie pas
    in januari van het jaar erna: de termijn blijft staan (wat gebeurd is, schuift niet), maar die
    sessie telt in de kosten van het jaar van haar datum, niet in het geplande jaar. Tegenproef:
    alles in het geplande jaar gegeven, dan blijven de jaren van de planning."""
    p = ORIGINEEL[0]
    o = next(
        o
        for o in p.onderdelen
        if not o.sessiedata
        and o.sessies >= 1
        and o.kosten is not None
        and list(o.kosten.sessies_per_jaar) == [o.eind.year]
    )
    assert o.kosten is not None
    gepland = o.kosten.sessies_per_jaar
    jaar = o.eind.year
    vanaf = dt.date(jaar + 1, 2, 1)

    def herpland(laatste: dt.date) -> dict[int, int]:
        vastgelegd = [Vastgelegd(o.id, n, o.start, "gegeven") for n in range(1, o.sessies)]
        vastgelegd.append(Vastgelegd(o.id, o.sessies, laatste, "gegeven"))
        nieuw = stel_samen(GELEZEN[0], CAT, Uitvoering(vanaf, tuple(vastgelegd)))
        na = next(x for x in nieuw.onderdelen if x.id == o.id)
        assert (na.start, na.eind) == (o.start, o.eind)
        assert na.kosten is not None
        return na.kosten.sessies_per_jaar

    te_laat = {jaar: o.sessies - 1, jaar + 1: 1}
    assert herpland(dt.date(jaar + 1, 1, 12)) == {j: n for j, n in te_laat.items() if n}
    assert herpland(o.eind - dt.timedelta(days=3)) == gepland


@st.composite
def termijnuitvoeringen(draw: st.DrawFn) -> tuple[int, str, Uitvoering]:
    """Gegeven sessies van een onderdeel zonder sessies met een eigen datum (met kosten), op
    dagen rond en na zijn termijn (nooit na `vanaf`), soms meer dan het er heeft."""
    keuze = draw(st.integers(0, len(PROFIELEN) - 1))
    kandidaten = [
        o for o in ORIGINEEL[keuze].onderdelen if not o.sessiedata and o.sessies and o.kosten
    ]
    o = draw(st.sampled_from(kandidaten))
    vanaf = o.start + dt.timedelta(days=draw(st.integers(1, 900)))
    aantal = draw(st.integers(1, o.sessies + 1))
    dagen = draw(st.lists(st.integers(-60, (vanaf - o.start).days), min_size=aantal,
                          max_size=aantal))  # fmt: skip
    vastgelegd = tuple(
        Vastgelegd(o.id, n, min(o.start + dt.timedelta(days=d), vanaf), "gegeven")
        for n, d in enumerate(dagen, start=1)
    )
    return keuze, o.id, Uitvoering(vanaf, vastgelegd)


@given(termijnuitvoeringen())
@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R4_1_gegeven_zonder_eigen_datum_telt_in_het_jaar_van_de_datum(
    geval: tuple[int, str, Uitvoering],
) -> None:
    """Wat gegeven is, telt in de kosten van het jaar van zijn datum (samen nooit meer dan de
    sessies van het onderdeel), de rest in de jaren van zijn termijn; en elke regel van het
    herplannen blijft gelden."""
    keuze, code, uitvoering = geval
    nieuw = stel_samen(GELEZEN[keuze], CAT, uitvoering)
    controleer(ORIGINEEL[keuze].model_dump(mode="json"), nieuw.model_dump(mode="json"), {},
               uitvoering.vanaf, _grenzen(PROFIELEN[keuze]))  # fmt: skip
    o = next(x for x in nieuw.onderdelen if x.id == code)
    if len(uitvoering.sessies) >= o.sessies:  # helemaal gegeven: de termijn blijft staan
        oud = next(x for x in ORIGINEEL[keuze].onderdelen if x.id == code)
        assert (o.start, o.eind) == (oud.start, oud.eind)
    helemaal = len(uitvoering.sessies) >= o.sessies
    for x in nieuw.onderdelen:  # wat niet helemaal gegeven is, heeft geen termijn voorbij
        if x.sessies and not x.sessiedata and not (x.id == code and helemaal):
            assert x.eind >= uitvoering.vanaf, (x.id, x.eind)
    assert o.kosten is not None
    per_jaar = o.kosten.sessies_per_jaar
    assert sum(per_jaar.values()) == o.sessies
    over = o.sessies
    for jaar in sorted({r.datum.year for r in uitvoering.sessies}):
        deel = min(sum(r.datum.year == jaar for r in uitvoering.sessies), over)
        assert per_jaar.get(jaar, 0) >= deel, (jaar, per_jaar, uitvoering)
        over -= deel


@given(uitvoeringen())
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_R4_1_xlsx_zet_elke_sessie_in_het_jaar_van_haar_datum(
    geval: tuple[int, Uitvoering, dict[tuple[str, int], dt.date]],
) -> None:
    """Het blad "Sessies" van een herpland programma: elke sessie met een datum staat in het
    jaar van die datum en met haar eigen deelnemers (zoals de agenda), ook als ze voorbij een
    latere sessie schoof; per onderdeel zoveel rijen per jaar als de kosten tellen, en samen
    zijn uren van medewerkers; per jaar de uren van het programma (in een proefrun wijkten ze
    na herplannen af toen de rijen de uren van hun eigen deelnemers kregen)."""
    from trainingsplanner.render.xlsx import sessierijen

    keuze, uitvoering, _ = geval
    for p in (ORIGINEEL[keuze], stel_samen(GELEZEN[keuze], CAT, uitvoering)):
        rijen = sessierijen(p)
        per_id = {o.id: {s.nummer: s for s in o.sessiedata} for o in p.onderdelen}
        per_jaar: dict[tuple[str, int], int] = {}
        for r in rijen:
            per_jaar[(r.o.id, r.jaar)] = per_jaar.get((r.o.id, r.jaar), 0) + 1
            if r.datum is not None:
                s = per_id[r.o.id][r.nummer]
                assert (r.jaar, r.datum, r.deelnemers) == (s.datum.year, s.datum, s.deelnemers)
                assert r.gegeven == (s.status == "gegeven")
        for o in p.onderdelen:
            assert sorted(r.nummer for r in rijen if r.o is o) == list(range(1, o.sessies + 1))
            for jaar, aantal in (o.kosten.sessies_per_jaar if o.kosten else {}).items():
                assert per_jaar.get((o.id, jaar), 0) == aantal, (o.id, jaar)
            uren = [r.uren_max for r in rijen if r.o is o and r.uren_max is not None]
            if o.kosten and uren:  # de uren van de rijen samen: die van het onderdeel
                assert sum(uren) == pytest.approx(o.kosten.uren_medewerkers.max, abs=0.01), o.id
        for j in p.kosten.per_jaar:  # en per jaar die van het programma (het blad Begroting)
            if j.uren_medewerkers is not None:
                som = sum(r.uren_max or 0 for r in rijen if r.jaar == j.jaar)
                assert som == pytest.approx(j.uren_medewerkers.max, abs=0.05), j.jaar
