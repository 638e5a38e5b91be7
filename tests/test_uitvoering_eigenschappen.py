"""Issue 15: eigenschappen van de stand en het jaarverslag na elke verzameling vastgelegde sessies.

Hypothesis kiest sessies (bestaande en vreemde ids, elk nummer, elke status en datum, vreemde
tekst), GIR-meldingen van bestaande en onbekende teams, een datum van vandaag en een jaar.
Dan geldt altijd: een sessie is hoogstens één van gegeven, achterstallig of binnenkort;
achterstallig ligt voor vandaag en binnenkort binnen 60 dagen; exit 1 precies als er iets
achterstallig is; het bereik ligt tussen 0 en 1; gerealiseerde kosten zijn gegeven sessies
maal hun prijs; en het verslag wordt in md, html (zonder ongecodeerde tekst) en docx gemaakt.
"""

from __future__ import annotations

import datetime as dt
import os

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.test_uitvoering_hulp import KLEIN, plan, profiel
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.uitvoering import bron, htmlweergave, jaarcijfers, jaarverslag, weergave, word
from trainingsplanner.uitvoering import document as doc
from trainingsplanner.uitvoering.gegevens import STATUSSEN, Incidentaantal, Sessie
from trainingsplanner.uitvoering.plan import uit_programma
from trainingsplanner.uitvoering.soorten import sessiekosten
from trainingsplanner.uitvoering.status import BINNENKORT_DAGEN, bereken

pytestmark = pytest.mark.slow

SCHAAL = int(os.environ.get("FUZZ_VOORBEELDEN", "1000")) / 1000
BRON = bron.laad(KLEIN, laad_catalogus(None))
PROGRAMMA = BRON.programma
IDS = [o.id for o in PROGRAMMA.onderdelen]
AANTAL = {o.id: o.sessies for o in PROGRAMMA.onderdelen}
PLAN = uit_programma(PROGRAMMA, BRON.teams)
PRIJS = sessiekosten(PLAN.kosten)
BEGIN, EIND = (
    PROGRAMMA.periode.start - dt.timedelta(days=60),
    PROGRAMMA.periode.eind + dt.timedelta(days=60),
)

_datum = st.dates(BEGIN, EIND)
_sessie = st.builds(
    Sessie,
    onderdeel=st.one_of(st.sampled_from(IDS), st.text(max_size=12)),
    nummer=st.integers(1, 40),
    datum=_datum,
    status=st.sampled_from(STATUSSEN),
    aanwezig=st.one_of(st.none(), st.integers(0, 200)),
    evaluatie=st.one_of(st.none(), st.integers(10, 100).map(lambda i: i / 10)),
    opmerking=st.text(max_size=20),
)
_melding = st.builds(
    Incidentaantal,
    team=st.one_of(st.sampled_from(list(BRON.teams)), st.text(max_size=12)),
    kwartaal=st.tuples(st.integers(2026, 2030), st.integers(1, 4)).map(lambda t: f"{t[0]}-K{t[1]}"),
    aantal=st.integers(0, 1000),
)


def _uniek(sessies: list[Sessie]) -> list[Sessie]:
    """Zoals de opslag: één stand per (onderdeel, nummer), de laatste telt."""
    return list({(s.onderdeel, s.nummer): s for s in sessies}.values())


_sessies = st.lists(_sessie, max_size=60).map(_uniek)
_meldingen = st.lists(_melding, max_size=10).map(
    lambda m: list({(x.team, x.kwartaal): x for x in m}.values())  # één per team en kwartaal
)


@settings(
    max_examples=max(1, int(150 * SCHAAL)),
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    sessies=_sessies,
    meldingen=_meldingen,
    vandaag=_datum,
    team=st.one_of(st.none(), st.sampled_from(list(BRON.teams))),
)
def test_15_eigenschappen_van_de_stand(
    sessies: list[Sessie], meldingen: list[Incidentaantal], vandaag: dt.date, team: str | None
) -> None:
    stand = bereken(
        PROGRAMMA.gemeente, PROGRAMMA.onderdelen, BRON.teams, sessies, meldingen, vandaag, team,
        PROGRAMMA.kosten,
    )  # fmt: skip
    grens = vandaag + dt.timedelta(days=BINNENKORT_DAGEN)
    for o in stand.onderdelen:
        t = o.tellingen
        assert t.gegeven + t.achterstallig + t.binnenkort <= t.gepland
        assert all(s.datum < vandaag for s in o.achterstallig)
        assert all(vandaag <= s.datum <= grens for s in o.binnenkort)
        assert (o.stand == "achterstallig") == bool(o.achterstallig)
        assert (o.stand == "klaar") == (t.gegeven == t.gepland)
        assert team is None or o.team == team
    assert stand.achterstallig == (stand.totaal.achterstallig > 0)
    for ts in stand.teams:
        assert ts.bereik is None or 0 <= ts.bereik <= 1
        for r in ts.ritme:
            assert 0 <= r.werkoverleg_gehouden <= r.werkoverleg_gepland
            assert 0 <= r.hr_gehouden <= r.hr_gepland
    if team is None:
        gegeven = [s for s in sessies if s.status == "gegeven" and s.nummer <= AANTAL.get(s.onderdeel, 0) and s.onderdeel in PRIJS]  # fmt: skip
        assert sum(j.sessies for j in stand.kosten) == len(gegeven)
        verwacht = sum(PRIJS[s.onderdeel].max for s in gegeven)
        assert abs(sum(j.gerealiseerd.max for j in stand.kosten) - verwacht) < 1e-6
    html = htmlweergave.render(weergave.document(stand), "status.html.j2")
    assert "<script" not in html
    assert weergave.tekst(stand).endswith("\n")


@settings(
    max_examples=max(1, int(60 * SCHAAL)),
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(
    sessies=_sessies,
    meldingen=_meldingen,
    vandaag=_datum,
    jaar=st.integers(2025, 2032),
)
def test_15_eigenschappen_van_het_jaarverslag(
    sessies: list[Sessie], meldingen: list[Incidentaantal], vandaag: dt.date, jaar: int
) -> None:
    invoer = jaarcijfers.invoer(PLAN, sessies, meldingen, jaar, vandaag)
    totaal = sum(jaarcijfers.per_stap(invoer).values(), jaarcijfers.Jaartelling())
    assert totaal.gegeven + totaal.achterstallig <= totaal.gepland
    assert totaal.geannuleerd + totaal.verplaatst + totaal.gegeven <= totaal.gepland
    for n, gemiddelde in jaarcijfers.evaluaties(invoer).values():
        assert n >= 1 and 1 <= gemiddelde <= 10
    verslag = jaarverslag.document(invoer)
    koppen = [s.titel for s in verslag.secties]
    assert koppen[0] == "Samenvatting" and koppen[-1] == f"Het volgende jaar ({jaar + 1})"
    md = doc.markdown(verslag)
    assert md.startswith(f"# Jaarverslag {jaar}")
    html = htmlweergave.render(verslag, "verslag.html.j2")
    assert "<script" not in html
    assert all(t == "\n" or t == "\t" or ord(t) >= 0x20 for t in html)
    assert word.render(verslag, vandaag).startswith(b"PK")


@settings(
    max_examples=max(1, int(25 * SCHAAL)),
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)
@given(
    jaar=st.one_of(st.integers(-5, 3000).map(str), st.text(max_size=8)),
    formaat=st.one_of(st.sampled_from(["md", "HTML", "docx", "tekst"]), st.text(max_size=5)),
)
def test_15_fuzz_report_opties(
    tmp_path_factory: pytest.TempPathFactory, jaar: str, formaat: str
) -> None:
    """Elke --jaar en --format: exit 0 of 2 met een Nederlandse melding, nooit een traceback."""
    gemeente = profiel(tmp_path_factory.mktemp("r"))
    uit = plan("report", "--jaar", jaar, "--format", formaat, "--out", "-", "--gemeente", gemeente)
    assert uit.exit_code in (0, 2), uit.output
    if uit.exit_code == 2:
        assert "--jaar" in uit.stderr or "--format" in uit.stderr  # de optie wordt genoemd
