"""De kosten zoals de weergaven ze tonen: het overzicht, per kalenderjaar en per onderdeel.

Elke kostenregel noemt zijn jaar (het begrotingsjaar); een onderdeel met sessies in twee
jaren staat in beide jaren met zijn eigen sessies. Hier wordt alleen opgemaakt: de bedragen
rekent de engine uit (`engine/kosten.py`).
"""

from __future__ import annotations

from typing import Any

from trainingsplanner import opmaak
from trainingsplanner.programma import (
    KOSTENSOORTWOORDEN,
    OORDEELWOORDEN,
    Bereik,
    KostenJaar,
    Kostenregel,
    Kostensoort,
    Onderdeel,
    Programma,
)

NBSP = "\u00a0"
"""Een harde spatie: een bedrag breekt nooit tussen € en het getal, een bandbreedte alleen
na het streepje."""


def euro(waarde: float) -> str:
    """'€ 1.350' met een harde spatie."""
    return opmaak.euro(waarde).replace(" ", NBSP)


def bedrag(b: Bereik | None) -> str:
    """'€ 1.350' of '€ 1.350 – € 2.700' (harde spaties); één bedrag als beide gelijk zijn;
    leeg zonder prijs."""
    if b is None:
        return ""
    if round(b.min) == round(b.max):
        return euro(b.min)
    return f"{euro(b.min)}{NBSP}– {euro(b.max)}"


def dagen(b: Bereik) -> str:
    if b.min == b.max:
        return opmaak.dagen(b.min)
    return f"{opmaak.dagen(b.min)}{NBSP}– {opmaak.dagen(b.max)}"


def uren(b: Bereik | None) -> str:
    """'3.861 – 6.159 uur' (harde spaties); één getal als beide gelijk zijn; leeg zonder."""
    if b is None:
        return ""
    if round(b.min) == round(b.max):
        return f"{opmaak.geheel(b.min)}{NBSP}uur"
    return f"{opmaak.geheel(b.min)}{NBSP}– {opmaak.geheel(b.max)}{NBSP}uur"


PRIJSVELD: dict[Kostensoort, str] = {
    "externe-trainers": "kosten.dagtarief_trainer",
    "e-learning": "kosten.e_learning_per_deelnemer",
    "interne-trainers": "kosten.uurtarief_interne_trainer",
}
"""Het veld in het profiel dat de prijs van een soort kosten geeft."""


def zonder_prijs(programma: Programma) -> list[Kostensoort]:
    """De soorten die het programma heeft maar waarvan het profiel de prijs niet geeft."""
    k = programma.kosten
    gezien = dict.fromkeys(r.soort for j in k.per_jaar for r in j.onderdelen)
    return [s for s in gezien if s not in k.per_soort]


def hoeveelheid(regels: list[Kostenregel], soort: Kostensoort) -> str:
    """Wat er van een soort is, zonder prijs: '120 deelnemers', '3 – 6 trainersdagen' of '—'."""
    eigen = [r for r in regels if r.soort == soort]
    if not eigen:
        return "—"
    if soort == "e-learning":
        return opmaak.aantal(sum(r.deelnemers for r in eigen), "deelnemer", "deelnemers")
    som = _som([r.dagen for r in eigen])
    return f"{dagen(som)}{NBSP}{'trainersdag' if som.max == 1 else 'trainersdagen'}"


def geen_prijs(soort: Kostensoort) -> str:
    return f"geen prijs opgegeven ({PRIJSVELD[soort]} in het profiel)"


MEDEWERKERS = "Uren van medewerkers"
"""Hoe de tijd van de deelnemers heet, in elke weergave; apart van het kasbudget."""


def jaren_en_soorten(programma: Programma) -> dict[str, Any]:
    """De tabel per kalenderjaar × soort kosten, met een totaalrij (het begrotingsoverzicht).

    Na het totaal, apart: de uren van medewerkers (en hun loonkosten met een uurtarief); die
    tellen niet mee in het totaal."""
    k = programma.kosten
    soorten = list(k.per_soort)
    kaal = [s for s in zonder_prijs(programma) if s != "externe-trainers"]
    met_uren = k.uren_medewerkers is not None
    met_loon = k.euro_medewerkers is not None
    koppen = ["Jaar", "Externe trainersdagen"]
    koppen += [KOSTENSOORTWOORDEN[s].capitalize() for s in soorten]
    if soorten:
        koppen.append("Totaal")
    koppen += [KOSTENSOORTWOORDEN[s].capitalize() for s in kaal]
    koppen += [MEDEWERKERS] * met_uren + [f"{MEDEWERKERS} in euro (apart)"] * met_loon
    rijen = []
    for j in k.per_jaar:
        rij = [str(j.jaar), dagen(j.trainersdagen)]
        rij += [bedrag(j.per_soort.get(s, Bereik(min=0, max=0))) for s in soorten]
        if soorten:
            rij.append(bedrag(_som(list(j.per_soort.values()))))
        rij += [hoeveelheid(j.onderdelen, s) for s in kaal]
        rij += [uren(j.uren_medewerkers)] * met_uren + [bedrag(j.euro_medewerkers)] * met_loon
        rijen.append(rij)
    totaal = ["Totaal", dagen(k.trainersdagen)]
    totaal += [bedrag(k.per_soort[s]) for s in soorten]
    if soorten:
        totaal.append(bedrag(k.totaal or _som(list(k.per_soort.values()))))
    alle = [r for j in k.per_jaar for r in j.onderdelen]
    totaal += [f"{hoeveelheid(alle, s)}; geen prijs" for s in kaal]
    totaal += [uren(k.uren_medewerkers)] * met_uren + [bedrag(k.euro_medewerkers)] * met_loon
    noot = (
        "Zonder prijs, dus niet in het totaal: "
        + "; ".join(f"{KOSTENSOORTWOORDEN[s]}: {geen_prijs(s)}" for s in kaal)
        + "."
        if kaal
        else ""
    )
    return {"koppen": koppen, "rijen": rijen, "totaal": totaal, "noot": noot}


def _som(bereiken: list[Bereik]) -> Bereik:
    return Bereik(min=sum(b.min for b in bereiken), max=sum(b.max for b in bereiken))


def _geschat(programma: Programma) -> Bereik | None:
    k = programma.kosten
    return k.totaal or k.euro


def kort(programma: Programma) -> str:
    """De kosten in de samenvatting."""
    geschat = _geschat(programma)
    return "geen dagtarief" if geschat is None else bedrag(geschat)


def budget_kort(programma: Programma) -> str:
    k = programma.kosten
    if k.budget is None:
        return "niet opgegeven"
    if k.oordeel is None:
        return euro(k.budget)
    return f"{euro(k.budget)} ({OORDEELWOORDEN[k.oordeel].kort})"


def overzicht(programma: Programma) -> list[tuple[str, str]]:
    """De tabel bovenaan het hoofdstuk kosten: dagen, tarieven, per soort, totaal en budget."""
    k = programma.kosten
    geschat = _geschat(programma)
    tekst = "geen dagtarief opgegeven" if geschat is None else bedrag(geschat)
    if geschat is not None and k.budget is not None and k.oordeel is not None:
        tekst += f" (budget {euro(k.budget)}: {OORDEELWOORDEN[k.oordeel].zin})"
    rijen = [
        ("Externe trainersdagen", dagen(k.trainersdagen)),
        (
            "Dagtarief trainer",
            euro(k.dagtarief) if k.dagtarief is not None else "niet opgegeven",
        ),
    ]
    rijen += [(KOSTENSOORTWOORDEN[s].capitalize(), bedrag(b)) for s, b in k.per_soort.items()]
    alle = [r for j in k.per_jaar for r in j.onderdelen]
    rijen += [
        (KOSTENSOORTWOORDEN[s].capitalize(), f"{hoeveelheid(alle, s)}; {geen_prijs(s)}")
        for s in zonder_prijs(programma)
        if s != "externe-trainers"
    ]
    rijen += [
        ("Geschatte kosten", tekst),
        ("Budget", euro(k.budget) if k.budget is not None else "niet opgegeven"),
    ]
    return rijen + _medewerkers(programma)


def _medewerkers(programma: Programma) -> list[tuple[str, str]]:
    """De uren van medewerkers, apart van de geschatte kosten en het budget."""
    k = programma.kosten
    if k.uren_medewerkers is None:
        return []
    apart = "apart: niet in de geschatte kosten en niet in het budget"
    if k.euro_medewerkers is None or k.uurtarief_medewerker is None:
        tekst = f"{uren(k.uren_medewerkers)} ({apart}; geen uurtarief opgegeven)"
        return [(MEDEWERKERS, tekst)]
    return [
        (MEDEWERKERS, f"{uren(k.uren_medewerkers)} ({apart})"),
        (
            f"{MEDEWERKERS} in euro",
            f"{bedrag(k.euro_medewerkers)} (uurtarief {euro(k.uurtarief_medewerker)}; {apart})",
        ),
    ]


def per_jaar(programma: Programma, onderdelen: dict[str, Onderdeel]) -> list[dict[str, Any]]:
    """Per kalenderjaar de regels (onderdeel, soort, sessies, dagen, kosten) en het totaal; een
    jaar met alleen uren van medewerkers (werkoverleg) heeft alleen de totaalregel."""
    uren = programma.kosten.uren_per_dag or opmaak.UREN_PER_DAG
    return [_jaar(j, onderdelen, uren) for j in programma.kosten.per_jaar]


def _jaar(j: KostenJaar, onderdelen: dict[str, Onderdeel], uren: float) -> dict[str, Any]:
    """Eén jaar: elke regel met zijn kosten, of 'geen prijs opgegeven (…)' als het profiel de
    prijs van de soort niet geeft; een jaar zonder regels heeft één zin in plaats van een tabel
    ('geen uitgaven, alleen uren van medewerkers')."""
    regels = []
    for r in j.onderdelen:
        o = onderdelen[r.id]
        regels.append(
            {
                "jaar": str(j.jaar),
                "titel": o.titel,
                "soort": KOSTENSOORTWOORDEN[r.soort],
                "sessies": opmaak.geheel(r.sessies),
                "deelnemers": opmaak.geheel(r.deelnemers),
                "duur": opmaak.bereik_dagen(o.duur_dagen.min, o.duur_dagen.max, uren),
                "dagen": dagen(r.dagen) if r.soort != "e-learning" else "—",
                "euro": bedrag(r.euro) if r.euro is not None else "geen prijs opgegeven",
            }
        )
    totaal = list(j.per_soort.values())
    return {
        "jaar": str(j.jaar),
        "regels": regels,
        "trainersdagen": dagen(j.trainersdagen),
        "soorten": [(KOSTENSOORTWOORDEN[s], bedrag(b)) for s, b in j.per_soort.items()],
        "totaal": bedrag(_som(totaal) if totaal else None),
        # Een jaar met alleen werkoverleg en gesprekken: geen uitgaven, wel uren.
        "leeg": "" if regels else _leeg(j),
    }


def _leeg(j: KostenJaar) -> str:
    tijd = f" ({uren(j.uren_medewerkers)})" if j.uren_medewerkers else ""
    return (
        f"In {j.jaar} geen uitgaven, alleen uren van medewerkers{tijd} voor werkoverleg en "
        "gesprekken."
    )
