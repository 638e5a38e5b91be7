"""De opslag van de uitvoering: de enige module die `sqlite3` kent.

- Eén bestand (standaard `NAAM.uitvoering.sqlite` naast het profiel), in WAL-modus, met
  foreign keys aan en een wachttijd: twee coördinatoren die tegelijk vastleggen, wachten op
  elkaar en verliezen niets.
- Elke opdracht is één transactie (`BEGIN IMMEDIATE`): alles of niets, ook bij `kill -9`.
- Schemaversies met `PRAGMA user_version` en migraties alleen vooruit (schema.py). Vóór een
  migratie wordt een kopie van de database bewaard (`NAAM.uitvoering.sqlite.v1.bak`); een
  database van een nieuwere `plan` wordt geweigerd en blijft ongewijzigd.
- Een ander bestand, een beschadigde database of een fout van SQLite wordt een `InvoerFout`
  met een Nederlandse melding (exit 2), nooit een traceback.

Alleen aantallen en datums, geen namen (AVG). Wie een andere opslag wil, vervangt deze
module: de rest kent alleen `transactie` (die een `gegevens.Opslagtransactie` geeft), de
dataclasses van gegevens.py en `standaard_pad`.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import os
import random
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf
from trainingsplanner.uitvoering import dbmeldingen as meldingen
from trainingsplanner.uitvoering.dbpad import database as database
from trainingsplanner.uitvoering.dbpad import standaard_pad as standaard_pad
from trainingsplanner.uitvoering.gegevens import (
    STATUSSEN,
    Herplanning,
    Incidentaantal,
    Opslagtransactie,
    Sessie,
    Stand,
)
from trainingsplanner.uitvoering.schema import APPLICATIE_ID, MIGRATIES, SCHEMAVERSIE

WACHTTIJD_S = 30.0
"""Zo lang wacht een opdracht op een andere die de database bezet houdt."""
_KOPREGEL = b"SQLite format 3\x00"


def reservepad(pad: Path, versie: int) -> Path:
    """Waar de kopie van een database van `versie` komt vóór de migratie."""
    return pad.with_name(f"{pad.name}.v{versie}.bak")


class Transactie:
    """Lezen en schrijven binnen één transactie (een `gegevens.Opslagtransactie`); zie `transactie`."""

    def __init__(self, verbinding: sqlite3.Connection, naam: str) -> None:
        self._db = verbinding
        self._naam = naam

    def sessies(self, onderdelen: Iterable[str] | None = None) -> list[Sessie]:
        """Alle vastgelegde sessies (of die van deze onderdelen), op onderdeel en nummer."""
        sql = "SELECT onderdeel, nummer, datum, status, aanwezig, evaluatie, opmerking FROM sessie"
        if onderdelen is None:
            rijen = self._db.execute(f"{sql} ORDER BY onderdeel, nummer").fetchall()
        else:
            codes = sorted(set(onderdelen))
            rijen = []
            for begin in range(0, len(codes), 500):
                deel = codes[begin : begin + 500]
                vraag = f"{sql} WHERE onderdeel IN ({','.join('?' * len(deel))})"
                rijen += self._db.execute(vraag, deel).fetchall()
            rijen.sort(key=lambda r: (r[0], r[1]))
        return [self._sessie(r) for r in rijen]

    def standen(self) -> list[Stand]:
        """Wat herplannen leest, zonder omwegen: bij 600 teams ~26.000 sessies in een jaar.
        Een rij die plan niet zelf zo schreef, gaat langs de controle van `sessies`."""
        rijen = self._db.execute(
            "SELECT onderdeel, nummer, datum, status FROM sessie ORDER BY onderdeel, nummer"
        ).fetchall()
        uit: list[Stand] = []
        datum_uit = dt.date.fromisoformat
        try:
            for onderdeel, nummer, datum, status in rijen:
                if type(onderdeel) is not str or type(nummer) is not int or status not in STATUSSEN:
                    raise ValueError(onderdeel)
                uit.append((onderdeel, nummer, datum_uit(datum), status))
        except (ValueError, TypeError):
            return [(s.onderdeel, s.nummer, s.datum, s.status) for s in self.sessies()]
        return uit

    def zet_sessies(self, sessies: Iterable[Sessie]) -> None:
        """Leg sessies vast; een bestaande sessie (onderdeel, nummer) krijgt de nieuwe stand."""
        lijst = list(sessies)
        self._db.executemany(
            "INSERT OR IGNORE INTO onderdeel (id) VALUES (?)", [(s.onderdeel,) for s in lijst]
        )
        self._db.executemany(
            "INSERT INTO sessie VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (onderdeel, nummer) DO "
            "UPDATE SET datum = excluded.datum, status = excluded.status, aanwezig = "
            "excluded.aanwezig, evaluatie = excluded.evaluatie, opmerking = excluded.opmerking",
            [
                (
                    s.onderdeel,
                    s.nummer,
                    s.datum.isoformat(),
                    s.status,
                    s.aanwezig,
                    s.evaluatie,
                    s.opmerking,
                )
                for s in lijst
            ],
        )

    def verplaats(self, oud: str, nieuw: str) -> int:
        """Zet de sessies van onderdeel `oud` op `nieuw` (een hernoemd onderdeel); het aantal."""
        aantal: int = self._db.execute(
            "SELECT count(*) FROM sessie WHERE onderdeel = ?", (oud,)
        ).fetchone()[0]
        if self._db.execute("SELECT 1 FROM onderdeel WHERE id = ?", (nieuw,)).fetchone():
            self._db.execute("UPDATE sessie SET onderdeel = ? WHERE onderdeel = ?", (nieuw, oud))
            self._db.execute("DELETE FROM onderdeel WHERE id = ?", (oud,))
        else:  # de sessies volgen hun onderdeel (ON UPDATE CASCADE)
            self._db.execute("UPDATE onderdeel SET id = ? WHERE id = ?", (nieuw, oud))
        return aantal

    def verwijder(self, onderdeel: str, nummers: Iterable[int]) -> None:
        """Haal deze sessies van een onderdeel weg (alleen `koppel --voorrang` doet dit)."""
        self._db.executemany(
            "DELETE FROM sessie WHERE onderdeel = ? AND nummer = ?",
            [(onderdeel, n) for n in nummers],
        )

    def incidenten(self) -> list[Incidentaantal]:
        rijen = self._db.execute(
            "SELECT team, kwartaal, aantal FROM incidenten ORDER BY team, kwartaal"
        ).fetchall()
        return [Incidentaantal(str(t), str(k), int(a)) for t, k, a in rijen]

    def zet_incidenten(self, aantallen: Iterable[Incidentaantal]) -> None:
        """Leg aantallen vast; een bestaand (team, kwartaal) krijgt het nieuwe aantal."""
        self._db.executemany(
            "INSERT INTO incidenten VALUES (?, ?, ?) ON CONFLICT (team, kwartaal) DO UPDATE SET "
            "aantal = excluded.aantal",
            [(a.team, a.kwartaal, a.aantal) for a in aantallen],
        )

    def verwijder_incidenten(self, team: str, kwartalen: Iterable[str]) -> None:
        """Haal de aantallen van dit team in deze kwartalen weg (alleen `incidenten koppel`)."""
        self._db.executemany(
            "DELETE FROM incidenten WHERE team = ? AND kwartaal = ?",
            [(team, k) for k in kwartalen],
        )

    def herplanning(self) -> Herplanning | None:
        rij = self._db.execute("SELECT vanaf, gemaakt FROM herplanning WHERE id = 1").fetchone()
        if rij is None:
            return None
        datums: dict[tuple[str, int], dt.date] = {}
        try:
            vanaf, gemaakt = (dt.date.fromisoformat(str(d)) for d in rij)
            for onderdeel, nummer, datum in self._db.execute(
                "SELECT onderdeel, nummer, datum FROM herplande_sessie"
            ):
                datums[(str(onderdeel), int(nummer))] = dt.date.fromisoformat(str(datum))
            termijnen = {
                str(onderdeel): dt.date.fromisoformat(str(eind))
                for onderdeel, eind in self._db.execute(
                    "SELECT onderdeel, eind FROM herplande_termijn"
                )
            }
            begroting = {
                int(jaar): (float(laag), float(hoog))
                for jaar, laag, hoog in self._db.execute(
                    "SELECT jaar, min, max FROM herplande_begroting"
                )
            }
        except (ValueError, TypeError):
            bericht = "de herplanning in de database is onleesbaar; herplan opnieuw (plan generate --uitvoering)"
            raise meldingen.fout(self._naam, bericht) from None
        return Herplanning(vanaf, gemaakt, datums, termijnen, begroting)

    def zet_herplanning(self, herplanning: Herplanning) -> None:
        self._db.execute("DELETE FROM herplande_sessie")
        self._db.execute("DELETE FROM herplande_termijn")
        self._db.execute("DELETE FROM herplande_begroting")
        self._db.execute(
            "INSERT OR REPLACE INTO herplanning VALUES (1, ?, ?)",
            (herplanning.vanaf.isoformat(), herplanning.gemaakt.isoformat()),
        )
        self._db.executemany(
            "INSERT INTO herplande_sessie VALUES (?, ?, ?)",
            [(o, n, d.isoformat()) for (o, n), d in sorted(herplanning.datums.items())],
        )
        self._db.executemany(
            "INSERT INTO herplande_termijn VALUES (?, ?)",
            [(o, d.isoformat()) for o, d in sorted(herplanning.termijnen.items())],
        )
        self._db.executemany(
            "INSERT INTO herplande_begroting VALUES (?, ?, ?)",
            [(j, laag, hoog) for j, (laag, hoog) in sorted(herplanning.begroting.items())],
        )

    def _sessie(self, rij: tuple[object, ...]) -> Sessie:
        onderdeel, nummer, datum, status, aanwezig, evaluatie, opmerking = rij
        if (  # wat plan zelf schreef: zonder omwegen (26.000 sessies in een jaar van 600 teams)
            type(onderdeel) is str
            and type(nummer) is int
            and type(datum) is str
            and status in STATUSSEN
            and (aanwezig is None or type(aanwezig) is int)
            and (evaluatie is None or type(evaluatie) is float)
            and type(opmerking) is str
        ):
            try:
                dag = dt.date.fromisoformat(datum)
            except ValueError:
                pass
            else:
                return Sessie(onderdeel, nummer, dag, status, aanwezig, evaluatie, opmerking)
        try:
            if status not in STATUSSEN:
                raise ValueError(status)
            return Sessie(
                str(onderdeel),
                int(str(nummer)),
                dt.date.fromisoformat(str(datum)),
                status,
                None if aanwezig is None else int(str(aanwezig)),
                None if evaluatie is None else float(str(evaluatie)),
                str(opmerking),
            )
        except ValueError:
            bericht = meldingen.onleesbaar(onderdeel, nummer, datum, status)
            raise meldingen.fout(self._naam, bericht) from None


@contextmanager
def transactie(pad: Path, *, bewaren: bool = True) -> Iterator[Opslagtransactie]:
    """Eén transactie op de database in `pad`, die zo nodig wordt gemaakt of bijgewerkt.

    Gaat alles goed en is `bewaren` waar, dan wordt alles vastgelegd; anders niets (een
    proefrun, `--dry-run`). Zonder `bewaren` wordt een ontbrekende database niet gemaakt.
    """
    naam = toon_pad(pad)
    alleen_lezen = not bewaren and niet_te_schrijven(pad)
    verbinding = _open(pad, naam, maken=bewaren, alleen_lezen=alleen_lezen)
    try:
        if alleen_lezen:  # niets bijwerken, niets vastzetten: alleen lezen wat er staat
            if _versie(verbinding, naam) != SCHEMAVERSIE:
                raise meldingen.fout(naam, meldingen.OUD_EN_ALLEEN_LEZEN)
            verbinding.execute("BEGIN")
        else:
            _werk_bij(verbinding, pad, naam)
            verbinding.execute("BEGIN IMMEDIATE")
        try:
            yield Transactie(verbinding, naam)
        except BaseException:
            with contextlib.suppress(sqlite3.Error):
                verbinding.execute("ROLLBACK")
            raise
        verbinding.execute("COMMIT" if bewaren else "ROLLBACK")
    except sqlite3.Error as fout:
        if isinstance(fout, sqlite3.IntegrityError | sqlite3.ProgrammingError):
            raise  # een fout in plan zelf: exit 3, niet de schuld van de gebruiker
        raise meldingen.fout(naam, meldingen.sqlite(str(fout), WACHTTIJD_S)) from None
    finally:
        verbinding.close()


def niet_te_schrijven(pad: Path) -> bool:
    """Een bestaande database die deze gebruiker niet mag schrijven (bestand of map), zoals
    een kopie op een netwerkschijf voor het MT: die wordt alleen gelezen (`_verbind`)."""
    return pad.is_file() and not (os.access(pad, os.W_OK) and os.access(pad.parent, os.W_OK))


def _open(pad: Path, naam: str, *, maken: bool, alleen_lezen: bool = False) -> sqlite3.Connection:
    """Verbind met de database; controleer eerst dat het een gewoon SQLite-bestand is."""
    try:
        info = pad.stat()
    except FileNotFoundError:
        info = None
    except OSError as fout:
        raise meldingen.fout(naam, meldingen.os_fout(fout)) from None
    if info is None and not maken:
        return _verbind(":memory:", naam)  # niets vastgelegd: een lege database, niets op schijf
    if info is None and not pad.parent.is_dir():
        raise meldingen.fout(naam, f"map {toon_pad(pad.parent)} bestaat niet")
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise meldingen.fout(naam, f"dit is een map; {meldingen.HERSTEL}")
        if not stat.S_ISREG(info.st_mode):
            raise meldingen.fout(naam, f"dit is geen gewoon bestand; {meldingen.HERSTEL}")
        try:
            with pad.open("rb") as bestand:
                kop = bestand.read(len(_KOPREGEL))
        except OSError as fout:
            raise meldingen.fout(naam, meldingen.os_fout(fout)) from None
        if kop and kop != _KOPREGEL:
            raise meldingen.fout(naam, meldingen.GEEN_SQLITE)
    if alleen_lezen:
        return _verbind(_alleen_lezen_uri(pad), naam, uri=True)
    return _verbind(str(pad), naam)


def _alleen_lezen_uri(pad: Path) -> str:
    """Alleen lezen, zonder iets naast het bestand te maken. Zonder WAL-bestand ernaast staat
    alles in het bestand zelf (de laatste schrijver heeft afgesloten) en leest SQLite het als
    onveranderlijk (`immutable`: geen -shm nodig in een map die niet te schrijven is); met
    een WAL-bestand gewoon `mode=ro`, zodat ook wat daarin staat gelezen wordt."""
    wal = pad.with_name(f"{pad.name}-wal")
    rest = "" if wal.exists() and wal.stat().st_size else "&immutable=1"
    return f"{pad.resolve().as_uri()}?mode=ro{rest}"


def _verbind(doel: str, naam: str, *, uri: bool = False) -> sqlite3.Connection:
    verbinding = None
    try:
        verbinding = sqlite3.connect(doel, timeout=WACHTTIJD_S, isolation_level=None, uri=uri)
        verbinding.execute("PRAGMA foreign_keys = ON")
        if doel != ":memory:" and not uri:
            _wal(verbinding)
    except sqlite3.Error as fout:
        if verbinding is not None:
            verbinding.close()
        raise meldingen.fout(naam, meldingen.sqlite(str(fout), WACHTTIJD_S)) from None
    return verbinding


def _wal(verbinding: sqlite3.Connection) -> None:
    """Zet de WAL-modus aan (blijvend in het bestand).

    Het omzetten vraagt het bestand even voor zich alleen, en daarbij wacht SQLite niet op
    een ander proces (geen busy handler): een nieuwe database die twee processen tegelijk
    openen, geeft dan 'database is locked'. Daarom hier zelf opnieuw proberen, tot de
    wachttijd op is.
    """
    einde = time.monotonic() + WACHTTIJD_S
    while True:
        try:
            if verbinding.execute("PRAGMA journal_mode").fetchone()[0] != "wal":
                verbinding.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as fout:
            if "locked" not in str(fout) or time.monotonic() > einde:
                raise
            time.sleep(random.uniform(0.005, 0.05))


def _werk_bij(verbinding: sqlite3.Connection, pad: Path, naam: str) -> None:
    """Breng de database op `SCHEMAVERSIE`, in één transactie, met een kopie van de oude."""
    if _versie(verbinding, naam) == SCHEMAVERSIE:
        return
    verbinding.execute("BEGIN IMMEDIATE")  # opnieuw kijken: een ander kan net bijgewerkt hebben
    try:
        versie = _versie(verbinding, naam)
        if versie < SCHEMAVERSIE:
            if versie > 0:
                schrijf(reservepad(pad, versie), verbinding.serialize(), overschrijven=True)
            for migratie in MIGRATIES[versie:]:
                for opdracht in migratie:
                    verbinding.execute(opdracht)
            verbinding.execute(f"PRAGMA application_id = {APPLICATIE_ID}")
            verbinding.execute(f"PRAGMA user_version = {SCHEMAVERSIE}")
            if verbinding.execute("PRAGMA foreign_key_check").fetchone() is not None:
                raise sqlite3.DatabaseError("foreign key check")
        verbinding.execute("COMMIT")
    except BaseException:
        with contextlib.suppress(sqlite3.Error):
            verbinding.execute("ROLLBACK")
        raise


def _versie(verbinding: sqlite3.Connection, naam: str) -> int:
    """De schemaversie; een vreemde of te nieuwe database wordt hier geweigerd."""
    # Eén opdracht, dus één moment: een ander proces kan er niet tussendoor migreren.
    versie, applicatie, tabellen = verbinding.execute(
        "SELECT (SELECT user_version FROM pragma_user_version), "
        "(SELECT application_id FROM pragma_application_id), (SELECT count(*) FROM sqlite_master)"
    ).fetchone()
    eigen, leeg = applicatie == APPLICATIE_ID, tabellen == 0
    if not eigen and not (versie == 0 and leeg):
        raise meldingen.fout(naam, meldingen.ANDER_PROGRAMMA)
    if versie > SCHEMAVERSIE:
        raise meldingen.fout(naam, meldingen.nieuwer(versie, SCHEMAVERSIE))
    return int(versie)
