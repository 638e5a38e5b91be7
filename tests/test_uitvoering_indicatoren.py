"""Issue 15 met issue 13: het jaarverslag meet de indicatoren van het programma (R4.1) uit wat
is vastgelegd — aandeel, aantal, cijfer en GIR-meldingen — tegen de streefwaarde."""

from __future__ import annotations

from pathlib import Path

from tests.test_uitvoering_verslag import EIND, JAAR, _gevuld, _verslag
from trainingsplanner.catalogus.laden import laad_catalogus
from trainingsplanner.uitvoering import bron
from trainingsplanner.uitvoering.plan import telt_voor_bereik


def _rijen(md: str) -> list[list[str]]:
    deel = md[md.index("## Indicatoren") :]
    deel = deel[: deel.index("\n## ", 1)]
    return [
        [c.strip() for c in r.strip("|").split("|")]
        for r in deel.splitlines()
        if r.startswith("| ") and not r.startswith("| Indicator")
    ]


def test_R4_1_jaarverslag_meet_elke_indicator_van_het_programma(tmp_path: Path) -> None:
    gemeente = _gevuld(tmp_path)
    programma = bron.laad(gemeente, laad_catalogus(None)).programma
    training = next(o for o in programma.onderdelen if telt_voor_bereik(o) and o.start.year == JAAR)
    md = _verslag(gemeente, "md").read_text(encoding="utf-8")
    rijen = _rijen(md)
    assert programma.indicatoren is not None
    punten = [(i, m) for i in programma.indicatoren.lijst for m in i.meetpunten]
    assert len(rijen) == len(punten)  # één rij per meetpunt, niets weggelaten
    per = {(r[0], r[1]): r for r in rijen}
    team = training.team
    assert team is not None
    # aandeel: 6 aanwezigen per gegeven sessie, gedeeld door de geplande deelnemers
    aandeel = next(
        (i, m) for i, m in punten if i.maat == "aandeel" and m.team == team and m.onderdelen
    )
    aanwezig = 6 * len(training.sessiedata)
    basis = aandeel[1].basis
    assert basis
    verwacht = f"{min(aanwezig, basis)} van {basis} ({round(100 * min(1, aanwezig / basis))}%)"
    assert per[(aandeel[0].naam, team)][3] == verwacht
    # cijfer: het gemiddelde van de evaluaties in het jaar
    cijfer = next(i for i, m in punten if i.maat == "cijfer" and m.team == team)
    assert per[(cijfer.naam, team)][3] == f"7,5 (uit {len(training.sessiedata)})"
    # meldingen: 2027 (3 + 1) tegen 2026 (4, alleen K4 vastgelegd: dat staat erbij)
    gir = next(i for i, m in punten if i.maat == "meldingen" and m.team == team)
    assert per[(gir.naam, team)][2:] == [
        "minder dan vorig jaar",
        "4 (vorig jaar 4, maar van 2026 alleen K4 vastgelegd)",
    ]
    assert EIND.year == JAAR
