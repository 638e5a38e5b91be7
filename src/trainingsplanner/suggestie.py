"""'Bedoelde u …?': de dichtstbijzijnde bekende naam bij een tikfout."""

from __future__ import annotations

import difflib
from collections.abc import Collection, Iterable, Mapping


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


def hernoemd(
    code: str, programma: Mapping[str, str | None], vastgelegd: Collection[str]
) -> str | None:
    """Voor een vastgelegde id die niet in het programma staat: de id die hij nu heeft als zijn
    team een andere naam kreeg, anders de id die er het meest op lijkt (`dichtstbij`).

    `programma`: elke id van het programma met de code van zijn team (None voor de hele
    organisatie); `vastgelegd`: de ids met vastgelegde sessies. Een id van een team is
    `stapN-<team>-<rest>`: een kandidaat is dezelfde id met een ander team op die plek, waar het
    oude team geen team van het programma meer is. Daarvan eerst een team zonder vastgelegde
    sessies (een nieuwe naam heeft nog niets), dan een onderdeel zonder vastgelegde sessies,
    dan het team waarvan de code het meest op de oude lijkt. Alleen op de gelijkenis van de
    hele id kwam 'stap2-burgerzaken-balie' uit bij 'stap2-burgerzaken-backoffice' (een ander
    team) in plaats van 'stap2-publiekszaken-balie'."""
    teams = {team for team in programma.values() if team}
    met_sessies = {programma[c] for c in vastgelegd if programma.get(c)}
    kandidaten: list[tuple[bool, bool, float, str]] = []  # lager is beter, dan op id
    for id_, team in programma.items():
        if not team:
            continue
        plek = id_.find(f"-{team}")
        if plek < 0:
            continue
        voor, na = id_[: plek + 1], id_[plek + 1 + len(team) :]
        if len(code) <= len(voor) + len(na) or not (code.startswith(voor) and code.endswith(na)):
            continue
        oud = code[len(voor) : len(code) - len(na)]
        if oud in teams:  # het oude team bestaat nog: geen hernoemd team
            continue
        gelijkenis = difflib.SequenceMatcher(None, oud, team).ratio()
        kandidaten.append((team in met_sessies, id_ in vastgelegd, -gelijkenis, id_))
    if kandidaten:
        return min(kandidaten)[3]
    return dichtstbij(code, programma)
