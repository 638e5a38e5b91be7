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
module: de rest kent alleen `transactie`, `Transactie` en de dataclasses.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import random
import sqlite3
import stat
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.bestanden.schrijven import schrijf
from trainingsplanner.fouten import InvoerFout, Probleem
from trainingsplanner.uitvoering.schema import APPLICATIE_ID, MIGRATIES, SCHEMAVERSIE

Sessiestatus = Literal["gegeven", "geannuleerd", "verplaatst"]
STATUSSEN: tuple[Sessiestatus, ...] = ("gegeven", "geannuleerd", "verplaatst")
WACHTTIJD_S = 30.0
"""Zo lang wacht een opdracht op een andere die de database bezet houdt."""
_KOPREGEL = b"SQLite format 3\x00"
_HERSTEL = "geef met --db de uitvoeringsdatabase van plan op, of een nieuwe bestandsnaam"


@dataclass(frozen=True)
class Sessie:
    """De laatste stand van één sessie van een onderdeel."""

    onderdeel: str
    nummer: int
    datum: dt.date
    status: Sessiestatus
    aanwezig: int | None = None
    evaluatie: float | None = None
    opmerking: str = ""


@dataclass(frozen=True)
class Incidentaantal:
    """Het aantal GIR-meldingen van een team in een kwartaal ('2027-K2'); geen details."""

    team: str
    kwartaal: str
    aantal: int


def standaard_pad(profiel: Path) -> Path:
    """`x.yaml` → `x.uitvoering.sqlite` naast het profiel."""
    naam = profiel.name
    for achtervoegsel in (".yaml", ".yml"):
        naam = naam.removesuffix(achtervoegsel)
    return profiel.with_name(f"{naam}.uitvoering.sqlite")


def reservepad(pad: Path, versie: int) -> Path:
    """Waar de kopie van een database van `versie` komt vóór de migratie."""
    return pad.with_name(f"{pad.name}.v{versie}.bak")


class Transactie:
    """Lezen en schrijven binnen één transactie; zie `transactie`."""

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

    def _sessie(self, rij: tuple[object, ...]) -> Sessie:
        onderdeel, nummer, datum, status, aanwezig, evaluatie, opmerking = rij
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
            bericht = (
                f"sessie {nummer} van {onderdeel} is onleesbaar (datum '{datum}', status "
                f"'{status}'); zet een reservekopie terug of leg de sessie opnieuw vast"
            )
            raise InvoerFout([Probleem(self._naam, 0, 0, "", bericht)]) from None


@contextmanager
def transactie(pad: Path, *, bewaren: bool = True) -> Iterator[Transactie]:
    """Eén transactie op de database in `pad`, die zo nodig wordt gemaakt of bijgewerkt.

    Gaat alles goed en is `bewaren` waar, dan wordt alles vastgelegd; anders niets (een
    proefrun, `--dry-run`). Zonder `bewaren` wordt een ontbrekende database niet gemaakt.
    """
    naam = toon_pad(pad)
    verbinding = _open(pad, naam, maken=bewaren)
    try:
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
        raise InvoerFout([Probleem(naam, 0, 0, "", _bericht(fout))]) from None
    finally:
        verbinding.close()


def _open(pad: Path, naam: str, *, maken: bool) -> sqlite3.Connection:
    """Verbind met de database; controleer eerst dat het een gewoon SQLite-bestand is."""
    try:
        info = pad.stat()
    except FileNotFoundError:
        info = None
    except OSError as fout:
        raise InvoerFout([Probleem(naam, 0, 0, "", _os_bericht(fout))]) from None
    if info is None and not maken:
        return _verbind(":memory:", naam)  # niets vastgelegd: een lege database, niets op schijf
    if info is None and not pad.parent.is_dir():
        raise InvoerFout([Probleem(naam, 0, 0, "", f"map {toon_pad(pad.parent)} bestaat niet")])
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            raise InvoerFout([Probleem(naam, 0, 0, "", f"dit is een map; {_HERSTEL}")])
        if not stat.S_ISREG(info.st_mode):
            raise InvoerFout([Probleem(naam, 0, 0, "", f"dit is geen gewoon bestand; {_HERSTEL}")])
        try:
            with pad.open("rb") as bestand:
                kop = bestand.read(len(_KOPREGEL))
        except OSError as fout:
            raise InvoerFout([Probleem(naam, 0, 0, "", _os_bericht(fout))]) from None
        if kop and kop != _KOPREGEL:
            bericht = (
                f"dit is geen SQLite-bestand, dus geen uitvoeringsdatabase van plan; {_HERSTEL}"
            )
            raise InvoerFout([Probleem(naam, 0, 0, "", bericht)])
    return _verbind(str(pad), naam)


def _verbind(doel: str, naam: str) -> sqlite3.Connection:
    verbinding = None
    try:
        verbinding = sqlite3.connect(doel, timeout=WACHTTIJD_S, isolation_level=None)
        verbinding.execute("PRAGMA foreign_keys = ON")
        if doel != ":memory:":
            _wal(verbinding)
    except sqlite3.Error as fout:
        if verbinding is not None:
            verbinding.close()
        raise InvoerFout([Probleem(naam, 0, 0, "", _bericht(fout))]) from None
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
        bericht = f"dit SQLite-bestand is geen uitvoeringsdatabase van plan; {_HERSTEL}"
        raise InvoerFout([Probleem(naam, 0, 0, "", bericht)])
    if versie > SCHEMAVERSIE:
        bericht = (
            f"deze database is gemaakt door een nieuwere versie van plan (schemaversie {versie}; "
            f"deze versie kent tot en met {SCHEMAVERSIE}); werk plan bij "
            "(pip install --upgrade trainingsplanner). De database is niet aangeraakt."
        )
        raise InvoerFout([Probleem(naam, 0, 0, "", bericht)])
    return int(versie)


_BERICHTEN = {
    "database is locked": f"de database is bezet door een andere opdracht (langer dan {WACHTTIJD_S:g} s); probeer het zo nog eens",
    "file is not a database": f"dit is geen SQLite-bestand, dus geen uitvoeringsdatabase van plan; {_HERSTEL}",
    "malformed": "de database is beschadigd; zet een reservekopie terug (bijvoorbeeld NAAM.uitvoering.sqlite.v1.bak of uw eigen back-up)",
    "readonly": "de database is alleen-lezen; controleer de rechten van het bestand en van de map erboven",
    "unable to open": "de database is niet te openen of te maken; controleer het pad en de rechten van de map",
    "disk is full": "de schijf is vol",
    "disk i/o error": "de database is niet te lezen of te schrijven (schijffout)",
}


def _bericht(fout: sqlite3.Error) -> str:
    tekst = str(fout).lower()
    for sleutel, bericht in _BERICHTEN.items():
        if sleutel in tekst:
            return bericht
    return f"de database is niet te gebruiken ({fout}); {_HERSTEL}"


def _os_bericht(fout: OSError) -> str:
    if isinstance(fout, PermissionError):
        return "geen toegang tot de database (rechten van het bestand of een map erboven)"
    return f"de database is niet te lezen ({fout.strerror or type(fout).__name__})"
