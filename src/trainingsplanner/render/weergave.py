"""De voorbereide weergave van een programma: wat elke sjabloon krijgt (zoals mkdocs' context).

Hier worden de onderdelen gegroepeerd, getotaliseerd en opgemaakt; de sjablonen tonen alleen.
Tekst uit het profiel blijft hier onbewerkt: het ontsnappen doet elk formaat zelf.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.programma import OORDEELWOORDEN, Bevinding, Onderdeel, Programma
from trainingsplanner.typen import REGELCODE

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
    duur: str
    leervorm: str
    trainer: str
    elementen: list[str]
    afgedekt: list[str]
    toelichting: str
    waarom: list[str]
    wacht_op: list[str]
    stap: int
    jaar: int | None


@dataclass
class Weergave:
    gemeente: str
    periode: str
    gegenereerd: str
    catalogus: str
    samenvatting: list[tuple[str, str]]
    bevindingen: list[dict[str, str]]
    teambevindingen: list[dict[str, str]]
    waarschuwingen: list[dict[str, str]]
    stappen: list[dict[str, Any]]
    teams: list[dict[str, Any]]
    organisatie: list[Rij]
    kalender: list[dict[str, Any]]
    kosten: list[tuple[str, str]]
    kostenregels: list[dict[str, str]]
    bronnen: list[dict[str, str]]
    aanbieder_tips: list[str]
    elearning_inkoop: list[str]
    train_de_trainer: list[str]


def maak(programma: Programma, cat: Catalogus, gegenereerd: dt.date) -> Weergave:
    titels = {o.id: o.titel for o in programma.onderdelen}
    namen = {code: e.naam for code, e in cat.elementen.items()}
    rijen = {o.id: _rij(o, cat, titels, namen) for o in programma.onderdelen}
    deelnemers = sum(o.deelnemers for o in programma.onderdelen if not o.terugkerend)
    sessies = sum(o.sessies for o in programma.onderdelen if not o.terugkerend)
    k = programma.kosten
    samenvatting = [
        ("Onderdelen", opmaak.geheel(len(programma.onderdelen))),
        ("Teams", opmaak.geheel(len({o.team for o in programma.onderdelen if o.team}))),
        ("Deelnames stap 1–3", opmaak.geheel(deelnemers)),
        ("Sessies stap 1–3", opmaak.geheel(sessies)),
        (
            "Externe trainersdagen",
            f"{opmaak.dagen(k.trainersdagen.min)} – {opmaak.dagen(k.trainersdagen.max)}",
        ),
        ("Kosten", _kosten_kort(programma)),
        ("Budget", _budget_kort(programma)),
        ("Aandachtspunten", opmaak.geheel(len(programma.waarschuwingen))),
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
    kostenregels = []
    for o in programma.onderdelen:
        if o.trainer != "extern" or o.sessies == 0:
            continue
        dagen = o.trainersdagen
        regel = {
            "titel": o.titel,
            "sessies": opmaak.geheel(o.sessies),
            "duur": opmaak.bereik_dagen(o.duur_dagen.min, o.duur_dagen.max),
            "dagen": f"{opmaak.dagen(dagen.min)} – {opmaak.dagen(dagen.max)}",
            "euro": "",
        }
        if k.dagtarief is not None:
            regel["euro"] = (
                f"{opmaak.euro(dagen.min * k.dagtarief)} – {opmaak.euro(dagen.max * k.dagtarief)}"
            )
        kostenregels.append(regel)
    kosten = [
        (
            "Externe trainersdagen",
            f"{opmaak.dagen(k.trainersdagen.min)} – {opmaak.dagen(k.trainersdagen.max)}",
        ),
        (
            "Dagtarief trainer",
            opmaak.euro(k.dagtarief) if k.dagtarief is not None else "niet opgegeven",
        ),
        ("Geschatte kosten", _kosten_tekst(programma)),
        ("Budget", opmaak.euro(k.budget) if k.budget is not None else "niet opgegeven"),
    ]
    return Weergave(
        gemeente=programma.gemeente,
        periode=f"{opmaak.datum(programma.periode.start)} – {opmaak.datum(programma.periode.eind)}",
        gegenereerd=opmaak.datum(gegenereerd),
        catalogus=cat.vingerafdruk,
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
        kosten=kosten,
        kostenregels=kostenregels,
        bronnen=_bronnen(programma, cat),
        aanbieder_tips=list(cat.stappenplan.aanbieder_tips),
        elearning_inkoop=list(cat.stappenplan.elearning_inkoop),
        train_de_trainer=[f"{t.naam} ({t.doelgroepen})" for t in cat.stappenplan.train_de_trainer],
    )


def _kosten_kort(programma: Programma) -> str:
    k = programma.kosten
    if k.euro is None:
        return "geen dagtarief"
    return f"{opmaak.euro(k.euro.min)} – {opmaak.euro(k.euro.max)}"


def _budget_kort(programma: Programma) -> str:
    k = programma.kosten
    if k.budget is None:
        return "niet opgegeven"
    if k.oordeel is None:
        return opmaak.euro(k.budget)
    return f"{opmaak.euro(k.budget)} ({OORDEELWOORDEN[k.oordeel].kort})"


def _kosten_tekst(programma: Programma) -> str:
    k = programma.kosten
    if k.euro is None:
        return "geen dagtarief opgegeven"
    tekst = f"{opmaak.euro(k.euro.min)} – {opmaak.euro(k.euro.max)}"
    if k.budget is not None and k.oordeel is not None:
        tekst += f" (budget {opmaak.euro(k.budget)}: {OORDEELWOORDEN[k.oordeel].zin})"
    return tekst


def _bevinding(b: Bevinding, cat: Catalogus) -> dict[str, str]:
    eigenaar = cat.doelgroepen[b.eigenaar].naam if b.eigenaar in cat.doelgroepen else b.eigenaar
    return {
        "id": b.id,
        "regel": b.regel,
        "naam": b.naam,
        "team": b.team or "",
        "status": b.statuswoorden.kort,
        "ernst": b.ernst,
        "betekenis": b.betekenis,
        "actie": b.actie or "—",
        "eigenaar": eigenaar or "—",
    }


def _rij(o: Onderdeel, cat: Catalogus, titels: dict[str, str], namen: dict[str, str]) -> Rij:
    doelgroep = (
        o.team
        if o.team
        else (cat.doelgroepen[o.doelgroep].naam if o.doelgroep in cat.doelgroepen else o.doelgroep)
    )
    return Rij(
        id=o.id,
        titel=o.titel,
        wanneer=opmaak.periode(o.start, o.eind),
        start=opmaak.datum(o.start),
        eind=opmaak.datum(o.eind),
        doelgroep=doelgroep,
        deelnemers=opmaak.geheel(o.deelnemers),
        sessies=opmaak.geheel(o.sessies),
        duur=opmaak.bereik_dagen(o.duur_dagen.min, o.duur_dagen.max),
        leervorm=LEERVORM[o.leervorm],
        trainer={"extern": "extern", "intern": "intern", "geen": "—"}[o.trainer],
        elementen=[namen[e] for e in o.elementen if e in namen],
        afgedekt=[
            f"{namen[a.element]} (in opleiding {a.opleiding_naam}; alleen opfrissen)"
            for a in o.afgedekt
        ],
        toelichting=o.toelichting or "",
        waarom=list(o.waarom),
        wacht_op=[titels.get(n, n) for n in o.na],
        stap=o.stap,
        jaar=o.jaar,
    )


def _bronnen(programma: Programma, cat: Catalogus) -> list[dict[str, str]]:
    """Elke regel die het programma noemt, met zijn plek in de handreiking."""
    genoemd: set[str] = set()
    patroon = re.compile(rf"\b{REGELCODE}\b")
    for o in programma.onderdelen:
        for regel in o.waarom:
            genoemd.update(patroon.findall(regel))
    genoemd.update(w.regel for w in programma.waarschuwingen)
    genoemd.update(b.regel for b in programma.bevindingen)
    genoemd.update({"R1.4", "R7.10", "R8.2", "R8.3", "R7.9"})
    uit = []
    for bron in cat.regelbestand.regels:
        if bron.id in genoemd:
            uit.append({"id": bron.id, "sectie": bron.sectie, "samenvatting": bron.samenvatting})
    return uit
