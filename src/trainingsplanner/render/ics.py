"""Het programma als agenda (`plan generate --format ics`): één afspraak per sessie.

Elke sessie met een voorgestelde datum wordt een VEVENT met `STATUS:TENTATIVE` (een voorstel),
in Europe/Amsterdam met de VTIMEZONE erbij, en een vaste UID (gemeente, onderdeel, nummer van
de sessie): een tweede import in Outlook werkt de afspraak bij in plaats van hem te
verdubbelen. Een sessie van meer dagen is één afspraak met de volgende dagen als RDATE. Met
`team` alleen de sessies van dat team (de agenda voor de leidinggevende).
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard

from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.codes import slug
from trainingsplanner.programma import Onderdeel, Programma, Sessiedatum

AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def render(
    programma: Programma, cat: Catalogus, gegenereerd: dt.date, team: str | None = None
) -> str:
    agenda = Calendar()
    agenda.add("prodid", "-//trainingsplanner//plan generate//NL")
    agenda.add("version", "2.0")
    agenda.add("calscale", "GREGORIAN")
    agenda.add("method", "PUBLISH")
    naam = f"Trainingsprogramma {programma.gemeente}" + (f" — {team}" if team else "")
    agenda.add("x-wr-calname", naam)
    agenda.add_component(_amsterdam())
    stempel = dt.datetime.combine(gegenereerd, dt.time(), tzinfo=dt.UTC)
    for o in programma.onderdelen:
        if team is not None and o.team != team:
            continue
        for s in o.sessiedata:
            agenda.add_component(_afspraak(programma, cat, o, s, stempel))
    tekst: bytes = agenda.to_ical()
    return tekst.decode("utf-8")


def uid(programma: Programma, o: Onderdeel, s: Sessiedatum) -> str:
    """Vast per gemeente, onderdeel en sessie: dezelfde afspraak bij elke nieuwe export."""
    return f"{slug(programma.gemeente)}-{o.id}-{s.nummer}@trainingsplanner"


def _afspraak(
    programma: Programma, cat: Catalogus, o: Onderdeel, s: Sessiedatum, stempel: dt.datetime
) -> Event:
    afspraak = Event()
    afspraak.add("uid", uid(programma, o, s))
    afspraak.add("dtstamp", stempel)
    afspraak.add("sequence", 0)
    afspraak.add("status", "TENTATIVE")
    afspraak.add("transp", "OPAQUE")
    van, tot = _tijd(s.van), _tijd(s.tot)
    afspraak.add("dtstart", dt.datetime.combine(s.datum, van, tzinfo=AMSTERDAM))
    afspraak.add("dtend", dt.datetime.combine(s.datum, tot, tzinfo=AMSTERDAM))
    if len(s.dagen) > 1:
        afspraak.add("rdate", [dt.datetime.combine(d, van, tzinfo=AMSTERDAM) for d in s.dagen[1:]])
    achter = f" (sessie {s.nummer} van {len(o.sessiedata)})" if len(o.sessiedata) > 1 else ""
    afspraak.add("summary", f"{o.titel}{achter}")
    afspraak.add("description", _beschrijving(cat, o, s))
    afspraak.add("categories", [f"Stap {o.stap}"])
    return afspraak


def _beschrijving(cat: Catalogus, o: Onderdeel, s: Sessiedatum) -> str:
    wie = o.team or (cat.doelgroepen[o.doelgroep].naam if o.doelgroep in cat.doelgroepen else "")
    elementen = [cat.elementen[e].naam for e in o.elementen if e in cat.elementen]
    regels = [
        "Voorstel van de planner: bevestig of verschuif de datum in overleg.",
        f"Wie: {opmaak.aantal(s.deelnemers, 'deelnemer', 'deelnemers')} ({wie}).",
        f"Dagen: {opmaak.sessiedagen(s.dagen)}, {s.van}–{s.tot}.",
    ]
    if elementen:
        regels.append(f"Elementen: {'; '.join(elementen)}.")
    regels.append(f"Waarom: {o.waarom[0]}")
    regels.append(f"Id: {o.id} (plan explain {o.id})")
    return "\n".join(regels)


def _amsterdam() -> Timezone:
    """Europe/Amsterdam met de Europese regels (laatste zondag van maart en oktober), zoals
    Outlook hem zelf schrijft: geldig voor elk jaar, zonder lijst met datums."""
    zone = Timezone()
    zone.add("tzid", "Europe/Amsterdam")
    for soort, begin, van, naar, naam, maand in (
        (TimezoneDaylight, dt.datetime(1981, 3, 29, 2), 1, 2, "CEST", 3),
        (TimezoneStandard, dt.datetime(1996, 10, 27, 3), 2, 1, "CET", 10),
    ):
        deel = soort()
        deel.add("dtstart", begin)
        deel.add("tzoffsetfrom", dt.timedelta(hours=van))
        deel.add("tzoffsetto", dt.timedelta(hours=naar))
        deel.add("tzname", naam)
        deel.add("rrule", {"freq": "yearly", "bymonth": maand, "byday": "-1su"})
        zone.add_component(deel)
    return zone


def _tijd(tekst: str) -> dt.time:
    uur, minuut = tekst.split(":")
    return dt.time(int(uur), int(minuut))
