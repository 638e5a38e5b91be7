"""De stand als document (`plan uitvoering status`): tekst, Markdown en HTML komen hieruit;
JSON staat in statusjson.py.

Hier wordt alleen opgemaakt: wat achterstallig is, rekent status.py uit. Tekst uit de
database (ids, teamnamen) wordt hier niet geschoond; dat doet elk formaat zelf (de CLI maakt
stuurtekens zichtbaar, HTML escapet).
"""

from __future__ import annotations

from trainingsplanner.opmaak import aantal, datum, euro, periode
from trainingsplanner.uitvoering import document as doc
from trainingsplanner.uitvoering import kosten as kostenmaat
from trainingsplanner.uitvoering.document import Alinea, Document, Lijst, Sectie, Tabel
from trainingsplanner.uitvoering.plan import Bandbreedte
from trainingsplanner.uitvoering.ritme import Ritme, huidig
from trainingsplanner.uitvoering.status import (
    BINNENKORT_DAGEN,
    Onderdeelstand,
    Opensessie,
    Status,
    Teamstand,
    Tellingen,
    herplanbegroting,
)

MAX_SESSIES_IN_ZIN = 4
KOLOMMEN = [
    "gepland",
    "gegeven",
    "geannuleerd",
    "verplaatst",
    "achterstallig",
    f"binnen {BINNENKORT_DAGEN} dagen",
]
RITMEKOPPEN = ["team", "jaar van de cyclus", "werkoverleg (R2.3)", "HR-gesprekken (R3.4)"]
KOSTENKOPPEN = ["jaar", "begroot", "gerealiseerd", "gegeven sessies met kosten"]
NIETS_ACHTERSTALLIG = "Niets achterstallig."


def tekst(status: Status) -> str:
    return doc.tekst(document(status))


def markdown(status: Status) -> str:
    return doc.markdown(document(status))


def document(status: Status) -> Document:
    titel = f"Uitvoering {status.gemeente}" + (f", team {status.team}" if status.team else "")
    secties = [_stappen(status)]
    if status.teams:
        secties.append(_teams(status))
    secties += _ritme(status) + _kosten(status) + _lijsten(status)
    if not status.achterstallig:
        secties.append(Sectie("Conclusie", [Alinea(NIETS_ACHTERSTALLIG)]))
    waarschuwing = ""
    if status.achterstallig:
        advies = (
            "Leg eerst vast wat gegeven is (plan uitvoering record of import); plan daarna "
            "opnieuw in met plan generate --uitvoering."
            if status.nog_niets_vastgelegd
            else "Plan ze opnieuw in met plan generate --uitvoering (wat gegeven is blijft staan)."
        )
        waarschuwing = (
            f"Achterstallig: {aantal(status.totaal.achterstallig, 'sessie', 'sessies')} met een "
            f"voorgestelde datum die voorbij is. {advies}"
        )
    return Document(
        f"{titel}: stand op {datum(status.datum)}", _onder(status), secties, waarschuwing
    )


def _onder(status: Status) -> list[str]:
    """Onder de titel: of er al iets is vastgelegd, en of er herpland is (dan rekent de stand
    met de nieuwe datums)."""
    h = status.herplanning
    onder = [] if status.nog_niets_vastgelegd is None else [status.nog_niets_vastgelegd]
    if h is not None:
        onder.append(
            f"Herpland op {datum(h.gemaakt)} (plan generate --uitvoering, vanaf "
            f"{datum(h.vanaf)}): {aantal(len(h.datums), 'sessie telt', 'sessies tellen')} op "
            "de nieuwe datum."
        )
    return onder


def _stappen(status: Status) -> Sectie:
    rijen = [[f"stap {stap}", *getallen(t)] for stap, t in status.stappen.items()]
    rijen.append(["totaal", *getallen(status.totaal)])
    return Sectie("Per stap", [Tabel(["", *KOLOMMEN], rijen, _GETALKOLOMMEN)])


_GETALKOLOMMEN = frozenset(range(1, 7))


def _teams(status: Status) -> Sectie:
    rijen = [
        [t.team, *getallen(t.tellingen), bereiktekst(t), incidententekst(t)] for t in status.teams
    ]
    koppen = ["team", *KOLOMMEN, "bereikt", f"GIR-meldingen (laatste {MAX_KWARTALEN} kwartalen)"]
    return Sectie("Per team", [Tabel(koppen, rijen, _GETALKOLOMMEN)])


def ritmerij(r: Ritme) -> list[str]:
    """[team, 'jaar 1 (februari 2027 – januari 2028)', '1 van 2', '0 van 14']."""
    return [
        r.team,
        f"jaar {r.jaar} ({periode(r.van, r.tot)})",
        f"{r.werkoverleg_gehouden} van {r.werkoverleg_gepland}" if r.werkoverleg_gepland else "–",
        f"{r.hr_gehouden} van {r.hr_gepland}" if r.hr_gepland else "–",
    ]


def _ritme(status: Status) -> list[Sectie]:
    """Per team het jaar van de cyclus waarin de stand valt: gehouden tegen gepland."""
    rijen = [ritmerij(r) for t in status.teams if (r := huidig(t.ritme, status.datum)) is not None]
    if not rijen:
        return []
    return [
        Sectie(
            "Ritme: werkoverleg en HR-gesprek, gehouden van gepland", [Tabel(RITMEKOPPEN, rijen)]
        )
    ]


def bedrag(b: Bandbreedte | None) -> str:
    if b is None:
        return "–"
    if round(b.min) == round(b.max):
        return euro(b.min)
    return f"{euro(b.min)} – {euro(b.max)}"


def budgetzin(totaal: Bandbreedte, budget: float | None) -> str:
    zin = f"Gerealiseerd: {bedrag(totaal)}"
    if budget is not None:
        zin += f", van een budget van {euro(budget)} voor de hele looptijd"
    return zin + " (een bandbreedte: de schatting per sessie uit het programma)."


def _kosten(status: Status) -> list[Sectie]:
    if not status.kosten:
        return []
    rijen = [
        [str(j.jaar), bedrag(j.begroot), bedrag(j.gerealiseerd), str(j.sessies)]
        for j in status.kosten
    ]
    tabel = Tabel(KOSTENKOPPEN, rijen, frozenset({3}))
    zin = budgetzin(kostenmaat.totaal(status.kosten), status.budget)
    vanaf = herplanbegroting(status.herplanning, status.team)
    if vanaf is not None:
        zin += (
            f" Begroot vanaf {vanaf} volgens de laatste herplanning (plan generate "
            "--uitvoering): wat doorschoof, telt in zijn nieuwe jaar."
        )
    return [Sectie("Kosten per jaar: begroot en gerealiseerd", [tabel, Alinea(zin)])]


def open_sessies(o: Onderdeelstand, sessies: list[Opensessie]) -> str:
    """'sessie 1 (12 oktober 2027) en sessie 2 (…)' of '14 van 14 sessies, op 31 januari 2028'."""
    if len(sessies) > 1 and len({s.datum for s in sessies}) == 1:
        van = aantal(o.tellingen.gepland, "sessie", "sessies")
        return f"{len(sessies)} van {van}, op {datum(sessies[0].datum)}"
    delen = [f"sessie {s.nummer} ({datum(s.datum)})" for s in sessies[:MAX_SESSIES_IN_ZIN]]
    if len(sessies) > MAX_SESSIES_IN_ZIN:
        delen.append(f"nog {len(sessies) - MAX_SESSIES_IN_ZIN}")
    return ", ".join(delen[:-1]) + (" en " if len(delen) > 1 else "") + delen[-1]


def _lijsten(status: Status) -> list[Sectie]:
    secties = []
    te_laat = [
        f"{o.id}: {open_sessies(o, o.achterstallig)}" for o in status.onderdelen if o.achterstallig
    ]
    if te_laat:
        titel = "Achterstallig: voorgestelde datum voorbij, sessie niet gegeven"
        secties.append(Sectie(titel, [Lijst(te_laat)], soort="achterstallig"))
    straks = [f"{o.id}: {open_sessies(o, o.binnenkort)}" for o in status.onderdelen if o.binnenkort]
    if straks:
        secties.append(Sectie(f"Binnen {BINNENKORT_DAGEN} dagen te geven", [Lijst(straks)]))
    los = _los(status)
    if los:
        secties.append(Sectie("Registraties die niet bij het programma passen", [Lijst(los)]))
    return secties


def _los(status: Status) -> list[str]:
    regels = []
    for los in status.zonder_onderdeel:
        nummers = ", ".join(map(str, los.nummers))
        regels.append(
            f"{los.onderdeel} (sessie {nummers}) staat niet in het programma; is het team of "
            f"onderdeel hernoemd, verhuis ze dan met: plan uitvoering koppel {los.onderdeel} NIEUW-ID."
            + (f" Bedoelde u '{los.suggestie}'?" if los.suggestie else "")
        )
    for sessie in status.buiten_bereik:
        regels.append(
            f"{sessie.onderdeel} sessie {sessie.nummer}: het onderdeel heeft nu minder sessies; "
            "de registratie telt niet mee"
        )
    for melding in status.incidenten_zonder_team:
        regels.append(
            f"GIR-meldingen van '{melding.team}' ({melding.kwartaal}: {melding.aantal}): geen team "
            "van het profiel; is het team hernoemd, verhuis ze dan met: plan uitvoering "
            f"incidenten koppel '{melding.team}' NIEUWE-NAAM"
        )
    return regels


def getallen(t: Tellingen) -> list[str]:
    return [str(g) for g in t.als_tuple()]


def bereiktekst(t: Teamstand) -> str:
    if t.bereikt is None or t.bereik is None:
        return "–"
    return f"{t.bereikt} van {t.medewerkers} ({round(t.bereik * 100)}%)"


MAX_KWARTALEN = 4
"""Zoveel kwartalen GIR-meldingen per team in de tabel (de laatste); de JSON heeft ze allemaal."""


def incidententekst(t: Teamstand) -> str:
    laatste = t.incidenten[-MAX_KWARTALEN:]
    return ", ".join(f"{m.kwartaal}: {m.aantal}" for m in laatste) or "–"
