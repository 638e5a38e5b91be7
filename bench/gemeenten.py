"""Maakt synthetische maar geldige gemeenteprofielen van N teams, voor de metingen in bench/,
en zo nodig een uitvoeringsdatabase met vastgelegde sessies (voor het herplannen, issue 15).

Gebruik: python bench/gemeenten.py N UITVOER.yaml [--zaad Z] [--uitvoering-tot 2028-01-01]
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
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


def uitvoering(profielpad: Path, db: Path, tot: dt.date, zaad: int = 1) -> int:
    """Leg elke sessie met een datum vóór `tot` vast, zoals een jaar uitvoering eruitziet:
    85% gegeven (een paar dagen eerder of later dan voorgesteld), 10% geannuleerd, 5% niets
    (achterstallig). Via de gewone opslag (`uitvoering.opslag`); geeft het aantal."""
    from trainingsplanner.catalogus.laden import laad_catalogus
    from trainingsplanner.engine import stel_samen
    from trainingsplanner.profiel.lezen import lees_profiel
    from trainingsplanner.uitvoering import opslag
    from trainingsplanner.uitvoering.gegevens import Sessie

    kans = random.Random(zaad)
    cat = laad_catalogus()
    programma = stel_samen(lees_profiel(profielpad, cat, tot).profiel, cat)
    sessies = []
    for o in programma.onderdelen:
        for s in o.sessiedata:
            worp = kans.random()
            if s.datum >= tot or worp >= 0.95:
                continue
            datum = min(s.datum + dt.timedelta(days=kans.randint(-3, 3)), tot)
            if worp < 0.85:
                sessies.append(Sessie(o.id, s.nummer, datum, "gegeven", s.deelnemers, 7.5))
            else:
                sessies.append(Sessie(o.id, s.nummer, datum, "geannuleerd"))
    with opslag.transactie(db) as t:
        t.zet_sessies(sessies)
    return len(sessies)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("teams", type=int)
    parser.add_argument("uitvoer", type=Path)
    parser.add_argument("--zaad", type=int, default=1)
    parser.add_argument("--uitvoering-tot", type=dt.date.fromisoformat)
    args = parser.parse_args()
    args.uitvoer.write_text(profiel(args.teams, args.zaad), encoding="utf-8")
    if args.uitvoering_tot is not None:
        db = args.uitvoer.with_name(args.uitvoer.stem + ".uitvoering.sqlite")
        aantal = uitvoering(args.uitvoer, db, args.uitvoering_tot, args.zaad)
        sys.stdout.write(f"{aantal} sessies vastgelegd in {db}\n")


if __name__ == "__main__":
    main()
