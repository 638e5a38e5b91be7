"""Maakt synthetische maar geldige gemeenteprofielen van N teams, voor de metingen in bench/.

Gebruik: python bench/gemeenten.py N UITVOER.yaml [--zaad Z]
"""

from __future__ import annotations

import argparse
import random
from pathlib import Path

GROEPEN = [
    "werkplein",
    "sociaal-domein",
    "buitendienst",
    "publieksdiensten",
    "toezicht-en-handhaving",
]
OPLEIDINGEN = {
    "werkplein": ["maatschappelijk-werk-sph"],
    "sociaal-domein": ["maatschappelijk-werk-sph"],
    "buitendienst": [],
    "publieksdiensten": [
        "basisopleiding-burgerzaken",
        "basisopleiding-publiekszaken",
        "medewerker-kcc",
    ],
    "toezicht-en-handhaving": ["boa"],
}
LEERDOELEN = ["emotionele-veerkracht", "gespreksvoering", "risicoanalyse", "emoties-van-de-klant"]


def profiel(teams: int, zaad: int = 1, naam: str | None = None) -> str:
    kans = random.Random(zaad)
    medewerkers = [kans.randint(5, 60) for _ in range(teams)]
    regels = [
        "versie: 1",
        f'gemeente: "{naam or f"Synthetische gemeente {teams}"}"',
        "startdatum: 2027-01-01",
        "looptijd_jaren: 3",
        "capaciteit:",
        f"  sessies_per_maand: {max(8, teams // 2)}",
        "kosten:",
        "  dagtarief_trainer: 1400",
        f"  budget: {teams * 12000}",
        "randvoorwaarden:",
        "  organisatienorm: ja",
        "  bestuurlijke_betrokkenheid: ja",
        "  dienstverlening_en_handhaving: deels",
        "  basiscompetenties: ja",
        "  agressieprotocol: ja",
        "bestuur:",
        "  college: 6",
        "  raadsleden: 35",
        "organisatie:",
        "  mt: 9",
        "  bot: 10",
        "  staf: 5",
        f"  nieuwe_medewerkers_per_jaar: {sum(medewerkers) // 10}",
        "teams:",
    ]
    for i, aantal in enumerate(medewerkers):
        groep = GROEPEN[i % len(GROEPEN)]
        regels += [
            f"  - naam: Team {i + 1:05d}",
            f"    functiegroep: {groep}",
            f"    medewerkers: {aantal}",
            f"    leidinggevenden: {1 + aantal // 25}",
            f"    risico: {kans.choice(['hoog', 'midden', 'laag'])}",
        ]
        if OPLEIDINGEN[groep] and kans.random() < 0.4:
            regels.append(f"    opleidingen: [{kans.choice(OPLEIDINGEN[groep])}]")
        if kans.random() < 0.3:
            regels.append(f"    leerdoelen: [{kans.choice(LEERDOELEN)}]")
        if kans.random() < 0.2:
            regels.append("    teamnorm: true")
        if kans.random() < 0.1:
            regels.append("    basiscompetenties: deels")
        if groep in ("sociaal-domein", "werkplein") and kans.random() < 0.5:
            regels.append("    huisbezoeken: true")
    return "\n".join(regels) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("teams", type=int)
    parser.add_argument("uitvoer", type=Path)
    parser.add_argument("--zaad", type=int, default=1)
    args = parser.parse_args()
    args.uitvoer.write_text(profiel(args.teams, args.zaad), encoding="utf-8")


if __name__ == "__main__":
    main()
