"""Het jaarverslag voor het MT (`plan uitvoering report --jaar J`) als `Document`.

Stap 4 van de handreiking: "monitoring … in hoeverre de gestelde doelen worden bereikt"
(l.840, R4.1). Het verslag zet het jaar op een rij: gepland tegen gegeven, het bereik per
team, de evaluaties, de kosten tegen het budget, het ritme van werkoverleg en HR-gesprek,
de GIR-meldingen per kwartaal naast het bereik, en wat het volgende jaar brengt.

Elk hoofdstuk is één functie in `HOOFDSTUKKEN` (Invoer → Sectie, of None als er niets te
zeggen is); een hoofdstuk erbij is één functie erbij. De cijfers komen uit jaarcijfers.py.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from trainingsplanner.opmaak import aantal, datum, maand, periode
from trainingsplanner.uitvoering import indicatormeting
from trainingsplanner.uitvoering import jaarcijfers as cijfers
from trainingsplanner.uitvoering import kosten as kostenmaat
from trainingsplanner.uitvoering import ritme as ritmemaat
from trainingsplanner.uitvoering.document import Alinea, Document, Lijst, Sectie, Tabel
from trainingsplanner.uitvoering.jaarcijfers import Invoer, Jaartelling
from trainingsplanner.uitvoering.plan import Bandbreedte
from trainingsplanner.uitvoering.waarden import cijfertekst
from trainingsplanner.uitvoering.weergave import RITMEKOPPEN, bedrag, budgetzin, ritmerij

MAX_ONDERDELEN = 200
"""Zoveel onderdelen van stap 1–3 noemt 'Het volgende jaar' bij naam; daarna een telling."""
TELKOPPEN = ["gepland", "gegeven", "geannuleerd", "verplaatst", "achterstallig"]
_GETALLEN = frozenset(range(1, 6))


def document(inv: Invoer) -> Document:
    p = inv.plan
    eind = p.eind
    if inv.volgend is not None:  # na een herplanning loopt het programma soms langer
        eind = max([eind, *(max((d.eind, *d.datums)) for d in inv.volgend.delen)])
    onder = [
        f"Programma {periode(p.start, eind)}; "
        f"stand op {datum(inv.peil)}"
        + ("" if inv.begonnen else " (het jaar is nog niet begonnen)"),
        "Alleen aantallen en datums uit de uitvoeringsdatabase; geen namen van medewerkers.",
    ]
    secties = [s for maak in HOOFDSTUKKEN if (s := maak(inv)) is not None]
    return Document(
        f"Jaarverslag {inv.jaar}: training publieksagressie — {p.gemeente}", onder, secties
    )


def samenvatting(inv: Invoer) -> Sectie:
    totaal = sum(cijfers.per_stap(inv).values(), Jaartelling())
    gegeven = cijfers.gegeven_in(inv, inv.jaar)
    if not totaal.gepland and not gegeven and not cijfers.meldingen_in(inv, inv.jaar):
        zin = (
            f"In {inv.jaar} staat niets gepland in het programma en is niets vastgelegd. "
            f"Het programma loopt van {datum(inv.plan.start)} tot en met "
            f"{datum(inv.plan.eind)}."
        )
        return Sectie("Samenvatting", [Alinea(zin)])
    rijen = [
        ["Sessies gepland in het jaar", str(totaal.gepland)],
        ["Daarvan gegeven", _deel(totaal.gegeven, totaal.gepland)],
        ["Achterstallig (niet gegeven, datum voorbij)", str(totaal.achterstallig)],
        ["Sessies gegeven in het jaar (alle)", str(len(gegeven))],
        ["Medewerkers bereikt (vaardigheidstraining)", _bereik_totaal(inv, inv.peil)],
        ["Gemiddelde evaluatie", _gemiddelde(cijfers.evaluaties(inv).get(None))],
        ["GIR-meldingen", _meldingen_zin(inv)],
    ]
    blokken: list[Alinea | Tabel | Lijst] = [Tabel(["", ""], rijen)]
    if not gegeven:
        blokken.append(Alinea(f"Voor {inv.jaar} is nog geen gegeven sessie vastgelegd."))
    return Sectie("Samenvatting", blokken)


def gepland_tegen_gegeven(inv: Invoer) -> Sectie | None:
    stappen = cijfers.per_stap(inv)
    if not stappen:
        return None
    rijen = [[f"stap {stap}", *map(str, t.rij())] for stap, t in stappen.items()]
    rijen.append(["totaal", *map(str, sum(stappen.values(), Jaartelling()).rij())])
    blokken: list[Alinea | Tabel | Lijst] = [
        Alinea(
            f"Sessies met een voorgestelde datum in {inv.jaar} (werkoverleg en HR-gesprekken "
            "zonder eigen datum: de einddatum van het onderdeel) en wat ervan terechtkwam."
            + (
                " Geteld tegen de datums van het programma zoals het gepland was, ook na een "
                "herplanning: achterstallig is hier niet gegeven op de geplande datum. plan "
                "uitvoering status telt met de datums van de laatste herplanning."
                if inv.volgend is not None
                else ""
            )
        ),
        Tabel(["", *TELKOPPEN], rijen, _GETALLEN),
    ]
    elders = cijfers.elders_gepland(inv)
    if elders:
        blokken.append(
            Alinea(
                f"Daarnaast in {inv.jaar} gegeven, maar voor een ander jaar gepland: "
                f"{aantal(elders, 'sessie', 'sessies')}."
            )
        )
    teams = cijfers.per_team(inv)
    rijen = [[team, *map(str, t.rij())] for team, t in teams.items() if t.gepland]
    if rijen:
        blokken.append(Tabel(["team", *TELKOPPEN], rijen, _GETALLEN))
    return Sectie(f"Gepland tegen gegeven in {inv.jaar}", blokken)


def bereik(inv: Invoer) -> Sectie | None:
    nu = cijfers.bereikt_op(inv, inv.peil)
    koppen = ["team", "medewerkers", datum(inv.peil)]
    eerder: dict[str, int] | None = None
    if inv.begonnen:  # ook het bereik aan het eind van het vorige jaar, als vergelijking
        eerder = cijfers.bereikt_op(inv, dt.date(inv.jaar - 1, 12, 31))
        koppen.insert(2, f"eind {inv.jaar - 1}")
    rijen = [
        [team, str(mw)]
        + ([] if eerder is None else [_aandeel(eerder.get(team), mw)])
        + [_aandeel(nu.get(team), mw)]
        for team, mw in inv.teams.items()
        if team in nu
    ]
    if not rijen:
        return None
    uitleg = (
        "Medewerkers die de vaardigheidstraining van hun team (stap 3, R7.4) hebben gehad: de "
        "aanwezigen bij de gegeven sessies, hoogstens het hele team."
    )
    return Sectie("Bereik per team", [Alinea(uitleg), Tabel(koppen, rijen, frozenset({1}))])


def evaluatie(inv: Invoer) -> Sectie | None:
    per_stap = cijfers.evaluaties(inv)
    if not per_stap:
        return None
    rijen = [
        ["alles" if stap is None else f"stap {stap}", str(n), _gemiddelde((n, g))]
        for stap, (n, g) in per_stap.items()
    ]
    uitleg = (
        f"Het gemiddelde evaluatiecijfer (1–10) van de sessies die in {inv.jaar} gegeven zijn, "
        "gewogen naar het aantal aanwezigen."
    )
    koppen = ["", "sessies met een cijfer", "gemiddelde"]
    return Sectie("Evaluatie", [Alinea(uitleg), Tabel(koppen, rijen, frozenset({1, 2}))])


def kosten(inv: Invoer) -> Sectie | None:
    jaren = kostenmaat.per_jaar(inv.plan.kosten, inv.delen, inv.sessies)
    if not jaren:
        return Sectie(
            "Kosten",
            [
                Alinea(
                    "Het profiel geeft geen dagtarief of prijzen: er zijn geen kosten te berekenen."
                )
            ],
        )
    tot_nu = [j for j in jaren if j.jaar <= inv.jaar]
    rijen = [
        [str(j.jaar), bedrag(j.begroot), bedrag(j.gerealiseerd), str(j.sessies)] for j in tot_nu
    ]
    blokken: list[Alinea | Tabel | Lijst] = [
        Tabel(
            ["jaar", "begroot", "gerealiseerd", "gegeven sessies met kosten"], rijen, frozenset({3})
        ),
        Alinea(budgetzin(kostenmaat.totaal(tot_nu), inv.plan.kosten.budget)),
    ]
    return Sectie(f"Kosten tot en met {inv.jaar}", blokken)


def ritme(inv: Invoer) -> Sectie | None:
    begin, eind = dt.date(inv.jaar, 1, 1), dt.date(inv.jaar, 12, 31)
    per_team = ritmemaat.per_team(inv.delen, inv.sessies)
    rijen = [
        ritmerij(r)
        for team in inv.teams
        for r in per_team.get(team, [])
        if r.van <= eind and r.tot >= begin
    ]
    if not rijen:
        return None
    uitleg = (
        "Werkoverleg met het thema op de agenda (R2.3, minstens twee keer per jaar) en het "
        "HR-gesprek met elke medewerker (R3.4, jaarlijks): gehouden van gepland, per jaar van de cyclus."
    )
    return Sectie("Ritme: werkoverleg en HR-gesprek", [Alinea(uitleg), Tabel(RITMEKOPPEN, rijen)])


def meldingen_en_bereik(inv: Invoer) -> Sectie | None:
    per_team = cijfers.meldingen(inv)
    if not any(cijfers.meldingen_in(inv, j) for j in (inv.jaar, inv.jaar - 1)):
        return None
    bereikt = {
        k: cijfers.bereikt_op(inv, cijfers.kwartaaleinde(inv.jaar, k)) for k in cijfers.KWARTALEN
    }
    rijen = []
    for team, mw in inv.teams.items():
        team_meldingen = per_team.get(team, {})
        if (
            cijfers.som_jaar(team_meldingen, inv.jaar) is None
            and cijfers.som_jaar(team_meldingen, inv.jaar - 1) is None
        ):
            continue
        cellen = []
        for k in cijfers.KWARTALEN:
            aantal_ = team_meldingen.get(f"{inv.jaar}-K{k}")
            cellen.append(
                ("–" if aantal_ is None else str(aantal_))
                + " · "
                + _aandeel(bereikt[k].get(team), mw, kort=True)
            )
        nu, vorig = (
            cijfers.som_jaar(team_meldingen, inv.jaar),
            cijfers.som_jaar(team_meldingen, inv.jaar - 1),
        )
        rijen.append(
            [team, *cellen, _leeg(vorig), _leeg(nu), cijfers.trend(team_meldingen, inv.jaar)]
        )
    koppen = [
        "team",
        *(f"K{k}" for k in cijfers.KWARTALEN),
        str(inv.jaar - 1),
        str(inv.jaar),
        "trend",
    ]
    uitleg = (
        "Per kwartaal: het aantal GIR-meldingen · het deel van het team dat aan het eind van "
        "het kwartaal de vaardigheidstraining had. Een stijging na training kan ook betekenen "
        "dat er beter gemeld wordt (de handreiking vraagt om melden). De trend vergelijkt "
        f"de kwartalen die in {inv.jaar - 1} én {inv.jaar} zijn vastgelegd. Alleen teams met "
        f"meldingen in {inv.jaar - 1} of {inv.jaar}."
    )
    return Sectie(
        "GIR-meldingen per kwartaal naast het bereik", [Alinea(uitleg), Tabel(koppen, rijen)]
    )


def volgend_jaar(inv: Invoer) -> Sectie:
    jaar = inv.jaar + 1
    stappen: dict[int, list[int]] = {}
    genoemd: list[str] = []
    delen = inv.delen if inv.volgend is None else inv.volgend.delen
    for o in delen:
        n = cijfers.in_jaar(o, jaar)
        if not n:
            continue
        telling = stappen.setdefault(o.stap, [0, 0])
        telling[0] += 1
        telling[1] += n
        if o.stap < 4:
            wie = f"team {o.team}" if o.team else o.doelgroep
            eerste = min((d for d in o.datums if d.year == jaar), default=o.start)
            genoemd.append(f"{maand(max(eerste, dt.date(jaar, 1, 1)))}: {o.titel} ({wie}; {o.id})")
    if not stappen:
        return Sectie(
            f"Het volgende jaar ({jaar})",
            [Alinea(f"In {jaar} staat niets gepland in het programma.")],
        )
    rijen = [[f"stap {s}", str(a), str(b)] for s, (a, b) in sorted(stappen.items())]
    blokken: list[Alinea | Tabel | Lijst] = [
        Tabel(["", "onderdelen", "sessies"], rijen, frozenset({1, 2}))
    ]
    if inv.volgend is not None:
        blokken.append(
            Alinea(
                "Met de laatste herplanning (plan generate --uitvoering): wat uit "
                f"{inv.jaar} doorschoof, telt hier mee op zijn nieuwe datum."
            )
        )
    begroot = kostenmaat.per_jaar(inv.plan.kosten, inv.delen, {})
    volgend = next((j.begroot for j in begroot if j.jaar == jaar and j.begroot), None)
    if inv.begroting is not None and jaar in inv.begroting:  # het herplande programma
        volgend = Bandbreedte(*inv.begroting[jaar])
    if volgend is not None:
        blokken.append(Alinea(f"Begroot voor {jaar}: {bedrag(volgend)}."))
    if genoemd:
        rest = len(genoemd) - MAX_ONDERDELEN
        punten = genoemd[:MAX_ONDERDELEN] + ([f"… en nog {rest} onderdelen"] if rest > 0 else [])
        blokken += [
            Alinea("Nieuwe onderdelen (stap 1–3), in de volgorde van het programma:"),
            Lijst(punten),
        ]
    return Sectie(f"Het volgende jaar ({jaar})", blokken)


HOOFDSTUKKEN: tuple[Callable[[Invoer], Sectie | None], ...] = (
    samenvatting,
    gepland_tegen_gegeven,
    bereik,
    evaluatie,
    kosten,
    ritme,
    meldingen_en_bereik,
    indicatormeting.hoofdstuk,
    volgend_jaar,
)
"""De hoofdstukken van het verslag, in volgorde."""


def _deel(deel: int, geheel: int) -> str:
    return f"{deel} ({round(100 * deel / geheel)}%)" if geheel else str(deel)


def _aandeel(bereikt: int | None, medewerkers: int, *, kort: bool = False) -> str:
    if bereikt is None or medewerkers <= 0:
        return "–"
    procent = f"{round(100 * min(1.0, bereikt / medewerkers))}%"
    return procent if kort else f"{min(bereikt, medewerkers)} ({procent})"


def _bereik_totaal(inv: Invoer, op: dt.date) -> str:
    """'40 van 95 (42%)' over de teams met een vaardigheidstraining."""
    bereikt = cijfers.bereikt_op(inv, op)
    if not bereikt:
        return "– (geen vaardigheidstraining in het programma)"
    medewerkers = sum(mw for t, mw in inv.teams.items() if t in bereikt)
    som = sum(min(bereikt[t], mw) for t, mw in inv.teams.items() if t in bereikt)
    procent = f" ({round(100 * som / medewerkers)}%)" if medewerkers else ""
    return f"{som} van {medewerkers}{procent}"


def _gemiddelde(cijfer: tuple[int, float] | None) -> str:
    if cijfer is None or not cijfer[0]:
        return "– (geen cijfers vastgelegd)"
    return cijfertekst(round(cijfer[1], 1))


def _meldingen_zin(inv: Invoer) -> str:
    nu, vorig = cijfers.meldingen_in(inv, inv.jaar), cijfers.meldingen_in(inv, inv.jaar - 1)
    vastgelegd = [m.kwartaal for m in inv.incidenten if m.team in inv.teams]
    kwartalen, vorige = (cijfers.kwartalen_in(vastgelegd, j) for j in (inv.jaar, inv.jaar - 1))
    tekst = str(nu) if kwartalen else "niet vastgelegd"
    return f"{tekst} ({cijfers.vorig_jaar(vorig, kwartalen, vorige, inv.jaar)})"


def _leeg(getal: int | None) -> str:
    return "–" if getal is None else str(getal)
