"""'Bedoelde u …?': de dichtstbijzijnde bekende naam bij een tikfout."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def dichtstbij(waarde: str, opties: Iterable[str]) -> str | None:
    """De bekende waarde die het meest op `waarde` lijkt, of None als niets in de buurt komt."""
    kandidaten = sorted(set(opties))
    gevonden = difflib.get_close_matches(waarde, kandidaten, n=1, cutoff=0.6)
    if gevonden:
        return gevonden[0]
    klein = waarde.lower()
    for optie in kandidaten:
        if klein and (optie.startswith(klein) or klein in optie):
            return optie
    return None


def bedoelde_u(waarde: str, opties: Iterable[str]) -> str:
    """Een zinsdeel ' Bedoelde u 'x'?' of een lege tekst."""
    beste = dichtstbij(waarde, opties)
    return f" Bedoelde u '{beste}'?" if beste else ""
