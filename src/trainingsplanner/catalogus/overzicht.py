"""Overzichten van de catalogus om te bladeren (`plan catalogus`): kolommen, rijen en records.

Deze module beslist wát er getoond wordt; de CLI beslist alleen hoe (rich-tabel, platte
tekst of JSON). De JSON-records hebben altijd `id` en `naam`: een vast contract.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from trainingsplanner.catalogus import Catalogus
from trainingsplanner.catalogus.modellen import BRONPLEK_NAAM, Doelgroepregel, Element
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.suggestie import bedoelde_u


@dataclass(frozen=True)
class Overzicht:
    titel: str
    kolommen: list[str]
    rijen: list[list[str]]
    records: list[dict[str, Any]]


def doelgroep_tekst(regel: Doelgroepregel) -> str:
    """Hoe de doelgroep van een element in een overzicht staat (D3)."""
    if regel.soort == "alle":
        return "alle functiegroepen en leidinggevenden"
    groepen = [*regel.functiegroepen, *regel.doelgroepen]
    if regel.huisbezoeken:
        groepen.append("teams met huisbezoeken")
    woord = "alleen" if regel.soort == "beperking" else "met name"
    return f"{woord}: {', '.join(groepen)}"


def functiegroepen(cat: Catalogus) -> Overzicht:
    rijen = [
        [f.id, f.naam, ", ".join(f.voorbeeldfuncties), ", ".join(f.competenties)]
        for f in cat.groepen.functiegroepen
    ]
    records = [f.model_dump(mode="json") for f in cat.groepen.functiegroepen]
    doel = [
        [d.id, d.naam, d.omschrijving, "doelgroep, geen functiegroep (D2)"]
        for d in cat.groepen.doelgroepen
    ]
    records += [
        {**d.model_dump(mode="json"), "soort": "doelgroep"} for d in cat.groepen.doelgroepen
    ]
    return Overzicht(
        "Functiegroepen (tabel 1) en doelgroepen",
        ["id", "naam", "voorbeeldfuncties / omschrijving", "competenties (HR21)"],
        rijen + doel,
        records,
    )


def _bekend(waarde: str | None, bekend: Iterable[str]) -> str | None:
    """De bekende code die bij `waarde` hoort als hoofdletters niet tellen (`R3.2`, `BOA`)."""
    if waarde is None:
        return None
    lijst = list(bekend)
    if waarde in lijst:
        return waarde
    return next((b for b in lijst if b.casefold() == waarde.casefold()), waarde)


def elementen(
    cat: Catalogus, functiegroep: str | None = None, cluster: str | None = None
) -> Overzicht:
    fouten: list[Probleem] = []
    clusters = {c.id for c in cat.elementenbestand.clusters}
    functiegroep = _bekend(functiegroep, cat.functiegroepen)
    cluster = _bekend(cluster, clusters)
    if functiegroep is not None and functiegroep not in cat.functiegroepen:
        hint = bedoelde_u(functiegroep, cat.functiegroepen)
        fouten.append(
            Probleem(
                "--functiegroep",
                0,
                0,
                "",
                f"onbekende functiegroep '{functiegroep}'.{hint}".rstrip("."),
            )
        )
    if cluster is not None and cluster not in clusters:
        hint = bedoelde_u(cluster, clusters)
        fouten.append(
            Probleem("--cluster", 0, 0, "", f"onbekend cluster '{cluster}'.{hint}".rstrip("."))
        )
    if fouten:
        raise InvoerFout(fouten)
    lijst = cat.vaardighedenlijst(functiegroep) if functiegroep else None
    in_lijst = {x for punt in lijst.punten for x in punt.elementen} if lijst else set()

    def past(e: Element) -> bool:
        if cluster is not None and e.cluster != cluster:
            return False
        if functiegroep is None:
            return True
        regel = e.doelgroep
        if regel.soort == "beperking":
            return functiegroep in regel.functiegroepen
        return True

    gekozen = [e for e in cat.elementenbestand.elementen if past(e)]
    rijen = []
    records = []
    for e in gekozen:
        rij = [e.id, e.naam, BRONPLEK_NAAM[e.bronplek], e.soort, doelgroep_tekst(e.doelgroep)]
        if functiegroep:
            rij.append("ja" if e.id in in_lijst else "")
        rijen.append(rij)
        records.append({**e.model_dump(mode="json"), "in_voorbeeldprogramma": e.id in in_lijst})
    kolommen = ["id", "naam", "bron", "soort", "doelgroep"]
    if functiegroep:
        kolommen.append("voorbeeldprogramma (R7.4)")
    titel = "Trainingselementen"
    if functiegroep:
        titel += f" voor {cat.functiegroepen[functiegroep].naam}"
    return Overzicht(titel, kolommen, rijen, records)


def opleidingen(cat: Catalogus) -> Overzicht:
    rijen = [
        [o.id, o.naam, o.vaardigheidstraining, ", ".join(o.elementen)]
        for o in cat.elementenbestand.opleidingen
    ]
    records = [o.model_dump(mode="json") for o in cat.elementenbestand.opleidingen]
    return Overzicht(
        "Opleidingen met vaardigheidstrainingen (tabel 5)",
        ["id", "naam", "vaardigheidstraining", "dekt elementen"],
        rijen,
        records,
    )


def regels(cat: Catalogus) -> Overzicht:
    rijen = [[r.id, "/".join(r.soort), r.sectie, r.samenvatting] for r in cat.regelbestand.regels]
    records = [
        {"id": r.id, "naam": r.samenvatting, **r.model_dump(mode="json")}
        for r in cat.regelbestand.regels
    ]
    return Overzicht(
        "Regels van de handreiking", ["id", "soort", "sectie", "samenvatting"], rijen, records
    )


def indicatoren(cat: Catalogus) -> Overzicht:
    """Wat er per stap gemeten wordt (R4.1, `data/indicatoren.yaml`)."""
    lijst = cat.indicatorenbestand.indicatoren
    rijen = [
        [
            i.id,
            str(i.stap),
            i.naam,
            i.maat,
            i.per,
            _streef(i.maat, i.streef) + (" (aanname planner)" if i.aanname else ""),
            ", ".join(i.bron),
        ]
        for i in lijst
    ]
    records = [i.model_dump(mode="json") for i in lijst]
    return Overzicht(
        "Indicatoren: wat er per stap gemeten wordt (R4.1)",
        ["id", "stap", "naam", "maat", "per", "streef", "bron"],
        rijen,
        records,
    )


def _streef(maat: str, streef: float | None) -> str:
    if streef is None:
        return "wat het programma plant" if maat == "aantal" else "minder dan vorig jaar"
    return f"{round(100 * streef)}%" if maat == "aandeel" else f"{streef:g} of hoger"


def alles(cat: Catalogus) -> dict[str, list[dict[str, Any]]]:
    """De hele catalogus als JSON-export; elk record heeft `id` en `naam`."""
    return {
        "functiegroepen": [f.model_dump(mode="json") for f in cat.groepen.functiegroepen],
        "doelgroepen": [d.model_dump(mode="json") for d in cat.groepen.doelgroepen],
        "elementen": [e.model_dump(mode="json") for e in cat.elementenbestand.elementen],
        "opleidingen": opleidingen(cat).records,
        "sessies": [
            {"naam": s.titel, **s.model_dump(mode="json")} for s in cat.stappenplan.sessies
        ],
        "randvoorwaarden": [r.model_dump(mode="json") for r in cat.stappenplan.randvoorwaarden],
        "toetspunten": [
            {"naam": t.vraag, **t.model_dump(mode="json")} for t in cat.stappenplan.toetspunten
        ],
        "indicatoren": indicatoren(cat).records,
        "regels": regels(cat).records,
    }


def toon(cat: Catalogus, code: str) -> tuple[str, dict[str, Any]]:
    """Eén vermelding in zijn geheel, met de tekst van de regels in zijn `bron`."""
    bronnen: dict[str, Any] = {
        **{f.id: f for f in cat.groepen.functiegroepen},
        **{d.id: d for d in cat.groepen.doelgroepen},
        **cat.elementen,
        **cat.opleidingen,
        **{f"sessie:{s.id}": s for s in cat.stappenplan.sessies},
        **{r.id: r for r in cat.stappenplan.randvoorwaarden},
        **{f"toetspunt:{t.id}": t for t in cat.stappenplan.toetspunten},
    }
    code = _bekend(code, [*bronnen, *cat.regels, *(a.split(":")[-1] for a in bronnen)]) or code
    if code in cat.regels and code not in bronnen:
        r = cat.regels[code]
        return f"Regel {r.id}", {"id": r.id, "naam": r.samenvatting, **r.model_dump(mode="json")}
    for sleutel in (code, f"sessie:{code}", f"toetspunt:{code}"):
        if sleutel in bronnen:
            item = bronnen[sleutel]
            data: dict[str, Any] = item.model_dump(mode="json")
            data.setdefault("naam", getattr(item, "titel", None) or getattr(item, "vraag", code))
            data["bronregels"] = [
                {"id": b, "samenvatting": cat.regels[b].samenvatting}
                for b in data.get("bron", [])
                if b in cat.regels
            ]
            return str(data["naam"]), data
    alle = [*bronnen, *cat.regels]
    hint = bedoelde_u(code, [a.split(":")[-1] for a in alle])
    raise InvoerFout(
        [Probleem("ID", 0, 0, "", f"'{code}' staat niet in de catalogus.{hint}".rstrip("."))]
    )
