"""Het programma als agenda (`plan generate --format ics`): één afspraak per sessie.

Elke sessie met een voorgestelde datum wordt een VEVENT met `STATUS:TENTATIVE` (een voorstel),
in Europe/Amsterdam met de VTIMEZONE erbij, en een vaste UID (gemeente, onderdeel, nummer van
de sessie): een tweede import in Outlook werkt de afspraak bij in plaats van hem te
verdubbelen. Een sessie van meer dagen is één afspraak met de volgende dagen als RDATE. Met
`team` alleen de sessies van dat team (de agenda voor de leidinggevende).
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache

from icalendar import Calendar, Timezone, TimezoneDaylight, TimezoneStandard
from icalendar.prop import vText

from trainingsplanner import opmaak
from trainingsplanner.catalogus import Catalogus
from trainingsplanner.engine.codes import slug
from trainingsplanner.programma import Onderdeel, Programma, Sessiedatum
from trainingsplanner.render.weergave import eigenaar_naam


def render(
    programma: Programma, cat: Catalogus, gegenereerd: dt.date, team: str | None = None
) -> str:
    """De agenda als tekst (CRLF, gevouwen regels). De kop en de tijdzone maakt `icalendar`; de
    afspraken (duizenden bij een grote gemeente) zijn inhoudsregels waarvan icalendar de tekst
    ontsnapt (`vText`) en die `_vouw` vouwt zoals icalendar: een `Event` per afspraak opbouwen en
    serialiseren kost seconden."""
    agenda = Calendar()
    agenda.add("prodid", "-//trainingsplanner//plan generate//NL")
    agenda.add("version", "2.0")
    agenda.add("calscale", "GREGORIAN")
    agenda.add("method", "PUBLISH")
    naam = f"Trainingsprogramma {programma.gemeente}" + (f" — {team}" if team else "")
    agenda.add("x-wr-calname", naam)
    agenda.add_component(_amsterdam())
    kop: bytes = agenda.to_ical()
    stempel = (f"{gegenereerd:%Y%m%d}T000000Z", max(0, (gegenereerd - _BEGIN_VOLGNUMMER).days))
    regels: list[str] = []
    for o in programma.onderdelen:
        if team is not None and o.team != team:
            continue
        for s in o.sessiedata:
            regels += _afspraak(programma, cat, o, s, stempel)
    einde = "END:VCALENDAR\r\n"
    tekst = kop.decode("utf-8")
    assert tekst.endswith(einde)
    return tekst[: -len(einde)] + "".join(f"{r}\r\n" for r in regels) + einde


_BEGIN_VOLGNUMMER = dt.date(2026, 1, 1)
"""SEQUENCE is het aantal dagen sinds deze datum tot de dag van de export: een latere export
(bijvoorbeeld na herplannen) heeft een hoger volgnummer, zodat een agenda de afspraak met
dezelfde UID bijwerkt in plaats van de oude te houden (RFC 5546, 2.1.4)."""


def uid(programma: Programma, o: Onderdeel, s: Sessiedatum) -> str:
    """Vast per gemeente, onderdeel en sessie: dezelfde afspraak bij elke nieuwe export."""
    return f"{_slug(programma.gemeente)}-{o.id}-{s.nummer}@trainingsplanner"


@lru_cache(maxsize=64)
def _slug(gemeente: str) -> str:
    return slug(gemeente)


def _afspraak(
    programma: Programma, cat: Catalogus, o: Onderdeel, s: Sessiedatum, stempel: tuple[str, int]
) -> list[str]:
    """Eén VEVENT als inhoudsregels, gevouwen waar ze lang kunnen zijn (titel, beschrijving,
    uid, extra dagen); een gegeven sessie is CONFIRMED."""
    tz = ";TZID=Europe/Amsterdam:"
    van, tot = s.van.replace(":", ""), s.tot.replace(":", "")
    achter = f" (sessie {s.nummer} van {len(o.sessiedata)})" if len(o.sessiedata) > 1 else ""
    regels = [
        "BEGIN:VEVENT",
        _vouw(f"SUMMARY:{_tekst(o.titel + achter)}"),
        f"DTSTART{tz}{s.datum:%Y%m%d}T{van}00",
        f"DTEND{tz}{s.datum:%Y%m%d}T{tot}00",
        f"DTSTAMP:{stempel[0]}",
        _vouw(f"UID:{_tekst(uid(programma, o, s))}"),
        f"SEQUENCE:{stempel[1]}",
    ]
    if len(s.dagen) > 1:
        regels.append(_vouw(f"RDATE{tz}" + ",".join(f"{d:%Y%m%d}T{van}00" for d in s.dagen[1:])))
    regels += [
        f"CATEGORIES:Stap {o.stap}",
        _vouw(f"DESCRIPTION:{_tekst(_beschrijving(cat, o, s))}"),
        f"STATUS:{'CONFIRMED' if s.status == 'gegeven' else 'TENTATIVE'}",
        "TRANSP:OPAQUE",
        "END:VEVENT",
    ]
    return regels


def _beschrijving(cat: Catalogus, o: Onderdeel, s: Sessiedatum) -> str:
    """Wat de deelnemers en de leidinggevende in de afspraak lezen: voorstel of gegeven, wie,
    de dagen, de elementen, de eigenaar (wie het onderdeel trekt), de regel en het id."""
    wie = o.team or (cat.doelgroepen[o.doelgroep].naam if o.doelgroep in cat.doelgroepen else "")
    elementen = [cat.elementen[e].naam for e in o.elementen if e in cat.elementen]
    eerste = (
        f"Gegeven op {opmaak.datum(s.datum)} (vastgelegd in de uitvoering)."
        if s.status == "gegeven"
        else "Voorstel van de planner: bevestig of verschuif de datum in overleg."
    )
    regels = [
        eerste,
        f"Wie: {opmaak.aantal(s.deelnemers, 'deelnemer', 'deelnemers')} ({wie}).",
        f"Dagen: {opmaak.sessiedagen(s.dagen)}, {s.van}–{s.tot}.",
    ]
    if elementen:
        regels.append(f"Elementen: {'; '.join(elementen)}.")
    eigenaar = eigenaar_naam(o, cat)
    if eigenaar:
        regels.append(f"Eigenaar: {eigenaar}.")
    regels.append(f"Waarom: {o.waarom[0]}")
    regels.append(f"Id: {o.id} (plan explain {o.id})")
    return "\n".join(regels)


def _tekst(waarde: str) -> str:
    """Een TEXT-waarde ontsnapt door icalendar (RFC 5545, 3.3.11: backslash, puntkomma, komma,
    regeleinde)."""
    tekst: bytes = vText(waarde).to_ical()
    return tekst.decode("utf-8")


def _vouw(regel: str) -> str:
    """Een inhoudsregel gevouwen zoals icalendar het doet (`Contentline.to_ical`, RFC 5545, 3.1):
    stukken van hoogstens 74 octetten, nooit midden in een UTF-8-teken, en een `\\` of `^` aan
    het eind van een stuk gaat mee naar het volgende (nooit een ontsnapping over een vouw).

    icalendar vouwt teken voor teken (~1 s voor de ~20.000 beschrijvingen van 600 teams); dit
    doet hetzelfde per stuk van 74 octetten. `tests/test_ics.py` toetst met willekeurige tekst
    dat de uitkomst gelijk is aan die van icalendar.
    """
    if len(regel) < 75 and regel.isascii():
        return regel
    octetten = regel.encode("utf-8")
    stukken: list[bytes] = []
    begin = 0
    while len(octetten) - begin > _STUK:
        eind = begin + _STUK
        while octetten[eind] & 0xC0 == 0x80:  # midden in een UTF-8-teken: terug naar zijn begin
            eind -= 1
        if octetten[eind - 1] in _ONTSNAPPING and eind - 1 > begin:
            eind -= 1  # de ontsnapping begint het volgende stuk
        stukken.append(octetten[begin:eind])
        begin = eind
    stukken.append(octetten[begin:])
    return b"\r\n ".join(stukken).decode("utf-8")


_STUK = 74
"""Hoogstens zoveel octetten per gevouwen stuk: icalendar vouwt vóór het 75e."""
_ONTSNAPPING = frozenset(b"\\^")
"""Tekens die een ontsnapping beginnen (TEXT `\\,`, parameters `^n`, RFC 6868)."""


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
