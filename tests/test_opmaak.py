"""Getallen voor mensen: dagen met een komma, een half naar boven (D6: duur in dagen)."""

from __future__ import annotations

import pytest

from trainingsplanner.opmaak import bereik_dagen, dagen


@pytest.mark.parametrize(
    ("waarde", "tekst"),
    [(0.0625, "0,063"), (0.5, "0,5"), (2.0, "2"), (1.25, "1,25"), (1 / 3, "0,333"), (0.0, "0")],
)
def test_D6_dagen_op_drie_decimalen_een_half_naar_boven(waarde: float, tekst: str) -> None:
    assert dagen(waarde) == tekst


def test_D6_gelijke_grenzen_een_getal() -> None:
    assert bereik_dagen(1.0, 1.0) == "1 dag"
    assert bereik_dagen(1.0, 2.0) == "1–2 dagen"


@pytest.mark.parametrize(
    ("laag", "hoog", "tekst"),
    [
        (0.0625, 0.0625, "½ uur"),
        (0.0625, 0.125, "½–1 uur"),
        (0.125, 0.25, "1–2 uur"),
        (0.25, 0.5, "2 uur – 0,5 dag"),
        (0.5, 1.0, "0,5–1 dag"),
    ],
)
def test_D6_duur_onder_een_halve_dag_in_uren(laag: float, hoog: float, tekst: str) -> None:
    """Review v2: een duur onder een halve dag in uren, gerekend met de hele dag van de planning
    (09:00–16:30), op een half uur; nooit '0,063 dag'."""
    assert bereik_dagen(laag, hoog, 7.5) == tekst


def test_D6_duur_in_uren_volgt_de_daglengte() -> None:
    """De daglengte komt van het programma (kosten.uren_per_dag): een dag van 4 uur maakt een
    kwart dag een uur."""
    assert bereik_dagen(0.25, 0.25, 4.0) == "1 uur"
    assert bereik_dagen(0.25, 0.25, 8.0) == "2 uur"
    assert bereik_dagen(0.2, 0.2, 7.5) == "1½ uur"
