"""Het schema van de uitvoeringsdatabase: één lijst migraties, alleen vooruit.

Migratie `i` brengt de database van versie `i` naar `i + 1` (`PRAGMA user_version`). Een
nieuwe database doorloopt ze allemaal; zo is de weg van een oude database dezelfde code als
die van een nieuwe. Voeg een migratie alleen achteraan toe en verander nooit een bestaande.
Elke migratie is een lijst losse opdrachten: ze draaien samen in één transactie.
"""

from __future__ import annotations

APPLICATIE_ID = 0x504C414E
"""`PRAGMA application_id` ('PLAN'): zo herkent `plan` zijn eigen database."""

_VERSIE_1 = (
    # Eén rij per sessie van een onderdeel: de laatste stand (gegeven, geannuleerd, verplaatst).
    """
    CREATE TABLE sessie (
        onderdeel TEXT NOT NULL CHECK (length(onderdeel) BETWEEN 1 AND 200),
        nummer INTEGER NOT NULL CHECK (nummer >= 1),
        datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        status TEXT NOT NULL CHECK (status IN ('gegeven', 'geannuleerd', 'verplaatst')),
        aanwezig INTEGER CHECK (aanwezig >= 0),
        evaluatie REAL CHECK (evaluatie BETWEEN 1 AND 10),
        opmerking TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (onderdeel, nummer)
    )
    """,
)

_VERSIE_2 = (
    # De onderdelen krijgen een eigen tabel: `koppel` hernoemt er één en de sessies volgen
    # (ON UPDATE CASCADE); een sessie zonder onderdeel kan niet meer bestaan.
    "CREATE TABLE onderdeel (id TEXT PRIMARY KEY CHECK (length(id) BETWEEN 1 AND 200))",
    "INSERT INTO onderdeel (id) SELECT DISTINCT onderdeel FROM sessie",
    """
    CREATE TABLE sessie_nieuw (
        onderdeel TEXT NOT NULL REFERENCES onderdeel (id) ON UPDATE CASCADE ON DELETE RESTRICT,
        nummer INTEGER NOT NULL CHECK (nummer >= 1),
        datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        status TEXT NOT NULL CHECK (status IN ('gegeven', 'geannuleerd', 'verplaatst')),
        aanwezig INTEGER CHECK (aanwezig >= 0),
        evaluatie REAL CHECK (evaluatie BETWEEN 1 AND 10),
        opmerking TEXT NOT NULL DEFAULT '',
        PRIMARY KEY (onderdeel, nummer)
    )
    """,
    "INSERT INTO sessie_nieuw SELECT onderdeel, nummer, datum, status, aanwezig, evaluatie,"
    " opmerking FROM sessie",
    "DROP TABLE sessie",
    "ALTER TABLE sessie_nieuw RENAME TO sessie",
    # Het aantal GIR-meldingen per team en kwartaal; geen details van incidenten.
    """
    CREATE TABLE incidenten (
        team TEXT NOT NULL CHECK (length(team) BETWEEN 1 AND 200),
        kwartaal TEXT NOT NULL CHECK (kwartaal GLOB '[0-9][0-9][0-9][0-9]-K[1-4]'),
        aantal INTEGER NOT NULL CHECK (aantal >= 0),
        PRIMARY KEY (team, kwartaal)
    )
    """,
)

_VERSIE_3 = (
    # De laatste herplanning (`plan generate --uitvoering`): vanaf welke datum, op welke dag
    # gemaakt, en de nieuwe datum van elke sessie die daarbij verschoof. `status` en `report`
    # tellen met die datums, zodat wat herpland is niet achterstallig blijft. Eén herplanning:
    # een nieuwe vervangt de vorige.
    """
    CREATE TABLE herplanning (
        id INTEGER PRIMARY KEY CHECK (id = 1),
        vanaf TEXT NOT NULL CHECK (vanaf GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        gemaakt TEXT NOT NULL CHECK (gemaakt GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
    )
    """,
    """
    CREATE TABLE herplande_sessie (
        onderdeel TEXT NOT NULL CHECK (length(onderdeel) BETWEEN 1 AND 200),
        nummer INTEGER NOT NULL CHECK (nummer >= 1),
        datum TEXT NOT NULL CHECK (datum GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
        PRIMARY KEY (onderdeel, nummer)
    )
    """,
    # De termijn (einddatum) van elk onderdeel zonder sessies met een eigen datum (werkoverleg,
    # gesprekken, e-learning) na de herplanning: een termijn die voorbij was, schuift op.
    """
    CREATE TABLE herplande_termijn (
        onderdeel TEXT PRIMARY KEY CHECK (length(onderdeel) BETWEEN 1 AND 200),
        eind TEXT NOT NULL CHECK (eind GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]')
    )
    """,
    # De geschatte kosten per kalenderjaar van het herplande programma (min, max in euro):
    # wat doorschuift, telt in het jaar waarin het nu valt (het verslag, 'Het volgende jaar').
    """
    CREATE TABLE herplande_begroting (
        jaar INTEGER PRIMARY KEY CHECK (jaar BETWEEN 1900 AND 3000),
        min REAL NOT NULL CHECK (min >= 0),
        max REAL NOT NULL CHECK (max >= min)
    )
    """,
)

MIGRATIES: tuple[tuple[str, ...], ...] = (_VERSIE_1, _VERSIE_2, _VERSIE_3)
SCHEMAVERSIE = len(MIGRATIES)
"""De versie die deze `plan` schrijft; een database met een hogere versie wordt geweigerd."""
