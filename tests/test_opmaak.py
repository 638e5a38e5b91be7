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
