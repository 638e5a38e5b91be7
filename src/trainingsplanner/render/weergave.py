"""De voorbereide weergave van een programma: wat elke sjabloon krijgt (zoals mkdocs' context).

Hier worden de onderdelen gegroepeerd, getotaliseerd en opgemaakt; de sjablonen tonen alleen.
Tekst uit het profiel blijft hier onbewerkt: het ontsnappen doet elk formaat zelf.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.opmaak import lijst
from trainingsplanner.programma import Bevinding, Onderdeel, Programma
from trainingsplanner.render import indicatorweergave, kostenweergave, sessiedata, verschoven
from trainingsplanner.typen import AANNAME_REDEN, REGELCODE

AANNAME = "aanname planner"
"""Hoe een getal heet dat de handreiking niet geeft (D6); in elke weergave hetzelfde woord."""
_AANNAME = re.compile(rf"^{re.escape(AANNAME_REDEN)} \((\w+)\): ")

LEERVORM = {
    "bijeenkomst": "bijeenkomst",
    "training": "training",
    "e-learning": "e-learning",
    "blended": "blended",
    "train-de-trainer": "interne trainer",
    "werkoverleg": "werkoverleg",
    "gesprek": "gesprek",
}


@dataclass
class Rij:
    """Eén onderdeel zoals een tabel het toont."""

    id: str
    titel: str
    wanneer: str
    start: str
    eind: str
    doelgroep: str
    deelnemers: str
    sessies: str
    groep_aanname: str
    """'aanname planner' als de groepsgrootte, en dus het aantal sessies, is aangenomen."""
    duur: str
    omvang: str
    """'40 deelnemers in 2 sessies van 0,5 dag', of wat een onderdeel zonder deelnemers is."""
    leervorm: str
    trainer: str
    elementen: list[str]
    afgedekt: list[str]
    toelichting: str
    waarom: list[str]
    wacht_op: list[str]
    stap: int
    jaar: int | None
    eigenaar: str = ""
    """Wie het onderdeel trekt, voor mensen ('Coördinator agressie en geweld'); leeg zonder."""
    sessiedata: str = ""
    """'(voorstel, 09:00–16:30): di 9 maart 2027; wo 10 maart 2027', of leeg zonder datums."""


@dataclass
class Weergave:
    gemeente: str
    periode: str
    gegenereerd: str
    catalogus: str
    indicatief: str
    """Leeg, of de tekst van de banner: de datums zijn indicatief zolang iets blokkeert."""
    aanleiding: list[dict[str, str]]
    """De toetspunten (R7.9) met het antwoord uit de intake."""
    samenvatting: list[tuple[str, str]]
    bevindingen: list[dict[str, str]]
    teambevindingen: list[dict[str, str]]
    waarschuwingen: list[dict[str, str]]
    stappen: list[dict[str, Any]]
    teams: list[dict[str, Any]]
    organisatie: list[Rij]
    kalender: list[dict[str, Any]]
    kosten: list[tuple[str, str]]
    kosten_per_jaar: list[dict[str, Any]]
    kosten_jaren: dict[str, Any]
    """Per kalenderjaar × soort kosten, met een totaalrij."""
    bronnen: list[dict[str, str]]
    aanbieder_tips: list[str]
    elearning_inkoop: list[str]
    train_de_trainer: list[str]
    rijen: dict[str, Rij]
    """Elk onderdeel op id, ook stap 4 (voor de teampagina's en de intakebrieven)."""
    indicatoren: dict[str, Any] = field(default_factory=dict)
    """Wat er gemeten wordt, per stap en per team (R4.1); leeg zonder indicatoren."""
    verschoven: dict[str, Any] | None = None
    """Na herplannen (`plan generate --uitvoering`): wat een nieuwe datum kreeg en waarom."""


def maak(programma: Programma, cat: Catalogus, gegenereerd: dt.date) -> Weergave:
    titels = {o.id: o.titel for o in programma.onderdelen}
    namen = {code: e.naam for code, e in cat.elementen.items()}
    uren = programma.kosten.uren_per_dag or opmaak.UREN_PER_DAG
    rijen = {o.id: _rij(o, cat, titels, namen, uren) for o in programma.onderdelen}
    deelnemers = sum(o.deelnemers for o in programma.onderdelen if not o.terugkerend)
    sessies = sum(o.sessies for o in programma.onderdelen if not o.terugkerend)
    samenvatting = [
        ("Onderdelen", opmaak.geheel(len(programma.onderdelen))),
        ("Teams", opmaak.geheel(len({o.team for o in programma.onderdelen if o.team}))),
        ("Deelnames stap 1–3", opmaak.geheel(deelnemers)),
        ("Sessies stap 1–3", opmaak.geheel(sessies)),
        ("Externe trainersdagen", kostenweergave.dagen(programma.kosten.trainersdagen)),
        ("Kosten", kostenweergave.kort(programma)),
        ("Budget", kostenweergave.budget_kort(programma)),
        ("Aandachtspunten", opmaak.geheel(len(programma.waarschuwingen))),
        ("Geen sessies in", _geen_sessies(programma)),
    ]
    stappen = []
    for stap in cat.stappenplan.stappen:
        items = [
            rijen[o.id] for o in programma.onderdelen if o.stap == stap.nummer and not o.terugkerend
        ]
        stappen.append(
            {
                "nummer": stap.nummer,
                "naam": stap.naam,
                "doelen": ", ".join(stap.doelen),
                "toelichting": stap.toelichting,
                "bron": ", ".join(stap.bron),
                "rijen": items,
            }
        )
    teams: dict[str, list[Rij]] = defaultdict(list)
    teaminfo: dict[str, Onderdeel] = {}
    for o in programma.onderdelen:
        if o.team is not None and not o.terugkerend:
            teams[o.team].append(rijen[o.id])
            teaminfo.setdefault(o.team, o)
    teamlijst = [
        {
            "naam": naam,
            "functiegroep": cat.functiegroepen[teaminfo[naam].functiegroep or ""].naam
            if teaminfo[naam].functiegroep in cat.functiegroepen
            else "",
            "rijen": items,
        }
        for naam, items in teams.items()
    ]
    kalender = []
    jaren = sorted({o.jaar for o in programma.onderdelen if o.terugkerend and o.jaar})
    for jaar in jaren:
        items = [rijen[o.id] for o in programma.onderdelen if o.terugkerend and o.jaar == jaar]
        kalender.append({"jaar": jaar, "rijen": items})
    bevindingen = [_bevinding(b, cat) for b in programma.bevindingen if b.team is None]
    teambevindingen = [_bevinding(b, cat) for b in programma.bevindingen if b.team is not None]
    waarschuwingen = [
        {"ernst": w.ernst, "regel": w.regel, "bericht": w.bericht, "code": w.code}
        for w in programma.waarschuwingen
    ]
    return Weergave(
        gemeente=programma.gemeente,
        periode=f"{opmaak.datum(programma.periode.start)} – {opmaak.datum(programma.periode.eind)}",
        gegenereerd=opmaak.datum(gegenereerd),
        catalogus=cat.vingerafdruk,
        indicatief=_indicatief(programma),
        aanleiding=_aanleiding(programma),
        samenvatting=samenvatting,
        bevindingen=bevindingen,
        teambevindingen=teambevindingen,
        waarschuwingen=waarschuwingen,
        stappen=stappen,
        teams=teamlijst,
        organisatie=[
            rijen[o.id] for o in programma.onderdelen if o.team is None and not o.terugkerend
        ],
        kalender=kalender,
        kosten=kostenweergave.overzicht(programma),
        kosten_jaren=kostenweergave.jaren_en_soorten(programma),
        kosten_per_jaar=kostenweergave.per_jaar(programma, {o.id: o for o in programma.onderdelen}),
        bronnen=_bronnen(programma, cat),
        aanbieder_tips=list(cat.stappenplan.aanbieder_tips),
        elearning_inkoop=list(cat.stappenplan.elearning_inkoop),
        train_de_trainer=[f"{t.naam} ({t.doelgroepen})" for t in cat.stappenplan.train_de_trainer],
        rijen=rijen,
        indicatoren=indicatorweergave.maak(programma, cat),
        verschoven=verschoven.weergave(programma),
    )


def _geen_sessies(programma: Programma) -> str:
    """'juli en augustus (aanname planner)'; 'geen' als elke maand open is."""
    keuze = programma.planning
    if keuze is None or not keuze.geen_sessies_in:
        return "geen; elke maand kan"
    tekst = lijst(list(keuze.geen_sessies_in))
    return f"{tekst} ({AANNAME})" if keuze.aanname else tekst


def _indicatief(programma: Programma) -> str:
    if not programma.indicatief:
        return ""
    regels = sorted({b.regel for b in programma.bevindingen if b.blokkeert})
    werkwoord = "blokkeert" if len(regels) == 1 else "blokkeren"
    return (
        f"Zolang {lijst(regels)} {werkwoord}, hangen alle datums af van het oplossen daarvan. "
        "De herstelketen staat vooraan in stap 1: de norm vaststellen in het MT, het protocol, "
        "de instemming van de ondernemingsraad en de vaststelling door het college."
    )


def _aanleiding(programma: Programma) -> list[dict[str, str]]:
    """De toetspunten van de intake (R7.9) met hun antwoord, zoals ze in het profiel staan."""
    return [
        {
            "id": b.id.removeprefix("toetspunt-"),
            "vraag": b.betekenis,
            "antwoord": b.antwoord or "niet ingevuld",
            "status": b.statuswoorden.kort,
        }
        for b in programma.bevindingen
        if b.regel == "R7.9"
    ]


def _bevinding(b: Bevinding, cat: Catalogus) -> dict[str, str]:
    eigenaar = cat.doelgroepen[b.eigenaar].naam if b.eigenaar in cat.doelgroepen else b.eigenaar
    betekenis = b.betekenis
    if b.antwoord:
        betekenis += f" Antwoord: “{b.antwoord}”"
    return {
        "id": b.id,
        "regel": b.regel,
        "naam": b.naam,
        "team": b.team or "",
        "status": b.statuswoorden.kort,
        "ernst": b.ernst,
        "betekenis": betekenis,
        "actie": b.actie or "—",
        "eigenaar": eigenaar or "—",
    }


def _rij(
    o: Onderdeel, cat: Catalogus, titels: dict[str, str], namen: dict[str, str], uren: float
) -> Rij:
    doelgroep = (
        o.team
        if o.team
        else (cat.doelgroepen[o.doelgroep].naam if o.doelgroep in cat.doelgroepen else o.doelgroep)
    )
    aannames = {m.group(1) for w in o.waarom if (m := _AANNAME.match(w))}

    def merk(tekst: str, *wat: str) -> str:
        return f"{tekst} ({AANNAME})" if any(a in aannames for a in wat) else tekst

    kaal = opmaak.bereik_dagen(o.duur_dagen.min, o.duur_dagen.max, uren)
    duur = merk(kaal, "duur")
    # De omvang is één zin: 'aanname planner' hoogstens één keer, aan het eind.
    omvang = (
        f"{opmaak.aantal(o.deelnemers, 'deelnemer', 'deelnemers')} in "
        f"{opmaak.aantal(o.sessies, 'sessie', 'sessies')} van {merk(kaal, 'duur', 'groepsgrootte')}"
        if o.deelnemers
        else "een besluit of instemming, geen sessie die het programma telt"
    )
    return Rij(
        id=o.id,
        titel=o.titel,
        wanneer=merk(opmaak.periode(o.start, o.eind), "interval", "doorlooptijd"),
        start=opmaak.datum(o.start),
        eind=opmaak.datum(o.eind),
        doelgroep=doelgroep,
        deelnemers=opmaak.geheel(o.deelnemers) if o.deelnemers else "—",
        sessies=opmaak.geheel(o.sessies) if o.deelnemers else "—",
        groep_aanname=f"({AANNAME})" if "groepsgrootte" in aannames else "",
        duur=duur,
        omvang=omvang,
        leervorm=LEERVORM[o.leervorm],
        trainer={"extern": "extern", "intern": "intern", "geen": "—"}[o.trainer],
        elementen=[namen[e] for e in o.elementen if e in namen],
        afgedekt=[
            f"{namen[a.element]} (in opleiding {a.opleiding_naam}; alleen kort opfrissen, in "
            "deze training)"
            for a in o.afgedekt
        ],
        toelichting=o.toelichting or "",
        waarom=list(o.waarom),
        wacht_op=[titels.get(n, n) for n in o.na],
        stap=o.stap,
        jaar=o.jaar,
        eigenaar=eigenaar_naam(o, cat),
        sessiedata=sessiedata.kort(o.sessiedata),
    )


def eigenaar_naam(o: Onderdeel, cat: Catalogus) -> str:
    """'Coördinator agressie en geweld'; bij een teamonderdeel de leidinggevende van dat team."""
    if o.eigenaar is None:
        return ""
    if o.team and o.eigenaar == "leidinggevenden":
        return "Leidinggevende van het team"
    return cat.eigenaren.get(o.eigenaar, o.eigenaar)


def _bronnen(programma: Programma, cat: Catalogus) -> list[dict[str, str]]:
    """Elke regel die het programma noemt, met zijn plek in de handreiking."""
    genoemd: set[str] = set()
    patroon = re.compile(rf"\b{REGELCODE}\b")
    redenen = {regel for o in programma.onderdelen for regel in o.waarom}  # veel gelijk
    for regel in redenen:
        genoemd.update(patroon.findall(regel))
    genoemd.update(w.regel for w in programma.waarschuwingen)
    genoemd.update(b.regel for b in programma.bevindingen)
    genoemd.update({"R1.4", "R7.10", "R8.2", "R8.3", "R7.9"})
    uit = []
    for bron in cat.regelbestand.regels:
        if bron.id in genoemd:
            uit.append({"id": bron.id, "sectie": bron.sectie, "samenvatting": bron.samenvatting})
    return uit
