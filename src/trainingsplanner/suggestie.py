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


def hernoemde(
    onbekend: Mapping[str, int],
    programma: Mapping[str, tuple[str | None, int]],
    vastgelegd: Collection[str],
) -> dict[str, str]:
    """Voor vastgelegde ids die niet in het programma staan: de id die ze nu hebben als hun team
    een andere naam kreeg; alleen waar dat overtuigt. Anders een tikfout (`dichtstbij`).

    `onbekend`: id → het hoogste vastgelegde sessienummer; `programma`: elke id met de code van
    zijn team (None voor de hele organisatie) en zijn aantal sessies; `vastgelegd`: de ids met
    vastgelegde sessies. Een id van een team is `stapN-<team>-<rest>`. Per oud team (dat geen
    team van het programma meer is) krijgt elk team van het programma punten: hoeveel van de
    oude ids het met dezelfde stap en rest heeft, met genoeg sessies; dan liever een team zonder
    vastgelegde sessies (een nieuwe naam heeft nog niets); dan de code die het meest op de oude
    lijkt, maar alleen met duidelijk verschil. Blijft het gelijk, dan geen voorstel: beter
    'NIEUW' dan een ander team (op gelijkenis alleen kwam 'stap2-burgerzaken-balie' uit bij
    'stap2-burgerzaken-backoffice' in plaats van 'stap2-publiekszaken-balie')."""
    teams = {team for team, _ in programma.values() if team}
    met_sessies = {programma[c][0] for c in vastgelegd if c in programma and programma[c][0]}
    # per oud team: team van het programma → {oude id: zijn id in dat team}
    per_oud: dict[str, dict[str, dict[str, str]]] = {}
    zonder: list[str] = []
    for code, hoogste in onbekend.items():
        gevonden = False
        for id_, (team, sessies) in programma.items():
            if not team or (plek := id_.find(f"-{team}")) < 0:
                continue
            voor, na = id_[: plek + 1], id_[plek + 1 + len(team) :]
            if len(code) <= len(voor) + len(na) or not (
                code.startswith(voor) and code.endswith(na)
            ):
                continue
            oud = code[len(voor) : len(code) - len(na)]
            if oud in teams:  # het oude team bestaat nog: geen hernoemd team
                continue
            gevonden = True
            if hoogste <= sessies:
                per_oud.setdefault(oud, {}).setdefault(team, {})[code] = id_
        if not gevonden:
            zonder.append(code)
    uit: dict[str, str] = {}
    for oud, kandidaten in per_oud.items():
        if (team := _beste_team(oud, kandidaten, met_sessies)) is not None:
            uit |= kandidaten[team]
    for code in zonder:
        if (gelijkend := dichtstbij(code, programma)) is not None:
            uit[code] = gelijkend
    return uit


_DUIDELIJK = 0.1
"""Zoveel moet de code van het ene team meer op de oude lijken dan die van het volgende."""


def _beste_team(
    oud: str, kandidaten: Mapping[str, Mapping[str, str]], met_sessies: Collection[str | None]
) -> str | None:
    """Het team dat het oude team nu is (zie `hernoemde`), of None als het niet duidelijk is."""

    def rang(team: str) -> tuple[int, bool]:
        return len(kandidaten[team]), team not in met_sessies

    beste = max(rang(t) for t in kandidaten)
    gelijk = sorted(
        ((difflib.SequenceMatcher(None, oud, t).ratio(), t) for t in kandidaten
         if rang(t) == beste),
        reverse=True,
    )  # fmt: skip
    if len(gelijk) > 1 and gelijk[0][0] - gelijk[1][0] < _DUIDELIJK:
        return None
    return gelijk[0][1]
