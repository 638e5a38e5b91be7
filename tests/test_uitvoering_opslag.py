"""Issue 15, de opslag: een echt SQLite-bestand, migraties, en elke kapotte database een melding.

De tests maken oude, vreemde en nieuwere databases met `sqlite3` zelf; in src/ kent alleen
uitvoering/opslag.py die module (test_15_alleen_de_opslag_importeert_sqlite3).
"""

from __future__ import annotations

import ast
import datetime as dt
import sqlite3
from pathlib import Path

import pytest

from trainingsplanner.fouten import InvoerFout
from trainingsplanner.uitvoering import opslag, schema
from trainingsplanner.uitvoering.gegevens import Herplanning, Incidentaantal, Sessie

SRC = Path(__file__).resolve().parents[1] / "src" / "trainingsplanner"
D = dt.date(2027, 5, 12)


def _melding(fout: pytest.ExceptionInfo[InvoerFout]) -> str:
    return "\n".join(p.tekst() for p in fout.value.problemen)


def _versie(pad: Path) -> int:
    with sqlite3.connect(pad) as db:
        return int(db.execute("PRAGMA user_version").fetchone()[0])


def test_15_alleen_de_opslag_importeert_sqlite3() -> None:
    gevonden = []
    for pad in sorted(SRC.rglob("*.py")):
        for knoop in ast.walk(ast.parse(pad.read_text(encoding="utf-8"))):
            namen = []
            if isinstance(knoop, ast.Import):
                namen = [a.name for a in knoop.names]
            elif isinstance(knoop, ast.ImportFrom):
                namen = [knoop.module or ""]
            if any(n == "sqlite3" or n.startswith("sqlite3.") for n in namen):
                gevonden.append(pad.relative_to(SRC).as_posix())
    assert gevonden == ["uitvoering/opslag.py"]


def test_15_opslag_rondgang_wal_en_foreign_keys(tmp_path: Path) -> None:
    db = tmp_path / "x.uitvoering.sqlite"
    eerste = Sessie("stap2-balie", 1, D, "gegeven", 12, 7.5, "zaal te klein")
    with opslag.transactie(db) as t:
        t.zet_sessies([eerste, Sessie("stap2-balie", 2, D, "geannuleerd")])
        t.zet_incidenten([Incidentaantal("Balie", "2027-K2", 3)])
    with opslag.transactie(db) as t:  # dezelfde sessie opnieuw: de nieuwe stand vervangt de oude
        t.zet_sessies([Sessie("stap2-balie", 2, D, "gegeven", 10)])
        t.zet_incidenten([Incidentaantal("Balie", "2027-K2", 4)])
    with opslag.transactie(db, bewaren=False) as t:
        assert t.sessies() == [eerste, Sessie("stap2-balie", 2, D, "gegeven", 10)]
        assert t.sessies(["stap9"]) == []
        assert t.incidenten() == [Incidentaantal("Balie", "2027-K2", 4)]
    with sqlite3.connect(db) as ruw:
        assert ruw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert ruw.execute("PRAGMA user_version").fetchone()[0] == schema.SCHEMAVERSIE
        assert ruw.execute("PRAGMA application_id").fetchone()[0] == schema.APPLICATIE_ID
        ruw.execute("PRAGMA foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError):  # een sessie zonder onderdeel kan niet bestaan
            ruw.execute("INSERT INTO sessie VALUES ('weg', 1, '2027-05-12', 'gegeven', 1, 7, '')")


def test_15_een_fout_in_de_opdracht_legt_niets_vast(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    with pytest.raises(RuntimeError), opslag.transactie(db) as t:
        t.zet_sessies([Sessie("a", 1, D, "gegeven")])
        raise RuntimeError("halverwege")
    with opslag.transactie(db, bewaren=False) as t:
        assert t.sessies() == []


def test_15_proefrun_maakt_geen_database(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    with opslag.transactie(db, bewaren=False) as t:
        t.zet_sessies([Sessie("a", 1, D, "gegeven")])
        assert len(t.sessies()) == 1
    assert not db.exists()


def test_15_verplaats_volgt_het_onderdeel(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    with opslag.transactie(db) as t:
        t.zet_sessies([Sessie("oud", 1, D, "gegeven"), Sessie("oud", 2, D, "gegeven")])
        t.zet_sessies([Sessie("bestaand", 3, D, "gegeven")])
    with opslag.transactie(db) as t:
        assert t.verplaats("oud", "nieuw") == 2  # ON UPDATE CASCADE
        assert t.verplaats("nieuw", "bestaand") == 2  # samenvoegen met een bestaand onderdeel
        t.zet_sessies([Sessie("weg", 1, D, "gegeven"), Sessie("weg", 2, D, "gegeven")])
        t.verwijder("weg", [1, 2])
    with opslag.transactie(db, bewaren=False) as t:
        assert [(s.onderdeel, s.nummer) for s in t.sessies()] == [
            ("bestaand", 1),
            ("bestaand", 2),
            ("bestaand", 3),
        ]


def _versie_1(pad: Path, rijen: int) -> list[Sessie]:
    """Een database zoals de eerste versie hem schreef: alleen de tabel sessie."""
    sessies = [
        Sessie(f"stap3-team-{i % 7}", i // 7 + 1, D + dt.timedelta(days=i % 300), "gegeven", i % 20)
        for i in range(rijen)
    ]
    with sqlite3.connect(pad) as db:
        db.execute("PRAGMA journal_mode = WAL")
        for opdracht in schema.MIGRATIES[0]:
            db.execute(opdracht)
        db.executemany(
            "INSERT INTO sessie VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (s.onderdeel, s.nummer, s.datum.isoformat(), s.status, s.aanwezig, 7.5, "")
                for s in sessies
            ],
        )
        db.execute(f"PRAGMA application_id = {schema.APPLICATIE_ID}")
        db.execute("PRAGMA user_version = 1")
    return [
        Sessie(s.onderdeel, s.nummer, s.datum, s.status, s.aanwezig, 7.5)
        for s in sorted(sessies, key=lambda s: (s.onderdeel, s.nummer))
    ]


def test_15_migratie_van_versie_1_houdt_alle_registraties(tmp_path: Path) -> None:
    db = tmp_path / "x.uitvoering.sqlite"
    verwacht = _versie_1(db, 1_000)
    with opslag.transactie(db) as t:
        assert t.sessies() == verwacht
        assert t.verplaats("stap3-team-0", "stap3-team-nieuw") == 143  # versie 2: de onderdelen
        t.zet_incidenten([Incidentaantal("Balie", "2027-K1", 2)])  # versie 2: de meldingen
        assert t.herplanning() is None  # versie 3: de herplanning
        t.zet_herplanning(
            Herplanning(dt.date(2028, 1, 3), dt.date(2028, 1, 2), {("x", 1): dt.date(2028, 2, 1)})
        )
    assert _versie(db) == schema.SCHEMAVERSIE == 3
    with opslag.transactie(db, bewaren=False) as t:
        bewaard = t.herplanning()
        assert bewaard is not None and bewaard.datums == {("x", 1): dt.date(2028, 2, 1)}
        assert len(t.sessies()) == 1_000
    reserve = opslag.reservepad(db, 1)
    assert reserve.name == "x.uitvoering.sqlite.v1.bak"
    assert _versie(reserve) == 1
    with sqlite3.connect(reserve) as kopie:
        assert kopie.execute("SELECT count(*) FROM sessie").fetchone()[0] == 1_000
    with sqlite3.connect(db) as ruw:
        assert ruw.execute("PRAGMA foreign_key_check").fetchall() == []
        assert ruw.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_15_mislukte_migratie_laat_versie_1_heel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db = tmp_path / "x.sqlite"
    verwacht = _versie_1(db, 50)
    kapot = (schema.MIGRATIES[0], (*schema.MIGRATIES[1], "INSERT INTO bestaat_niet VALUES (1)"))
    monkeypatch.setattr(opslag, "MIGRATIES", kapot)
    with pytest.raises(InvoerFout), opslag.transactie(db):
        pass
    assert _versie(db) == 1
    monkeypatch.undo()
    with opslag.transactie(db, bewaren=False) as t:
        assert t.sessies() == verwacht


def test_15_nieuwere_database_geweigerd_en_niet_aangeraakt(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    with opslag.transactie(db) as t:
        t.zet_sessies([Sessie("a", 1, D, "gegeven")])
    with sqlite3.connect(db) as ruw:
        ruw.execute("PRAGMA user_version = 7")
    voor = db.read_bytes()
    with pytest.raises(InvoerFout) as fout, opslag.transactie(db):
        pass
    assert "nieuwere versie van plan (schemaversie 7" in _melding(fout)
    assert "werk plan bij" in _melding(fout)
    assert db.read_bytes() == voor


@pytest.mark.parametrize(
    ("inhoud", "bericht"),
    [
        (b"onderdeel;sessie\nstap2;1\n", "dit is geen SQLite-bestand"),
        (b"SQLite format 3\x00" + b"\xff" * 4000, "geen SQLite-bestand"),
        (b"\x00" * 100, "geen SQLite-bestand"),
    ],
    ids=["csv", "kapotte-kop", "nullen"],
)
def test_15_geen_of_kapotte_sqlite(tmp_path: Path, inhoud: bytes, bericht: str) -> None:
    db = tmp_path / "x.sqlite"
    db.write_bytes(inhoud)
    with pytest.raises(InvoerFout) as fout, opslag.transactie(db):
        pass
    assert bericht in _melding(fout)
    assert _melding(fout).startswith("x.sqlite: ") or str(db) in _melding(fout)
    assert db.read_bytes() == inhoud


def test_15_beschadigde_database(tmp_path: Path) -> None:
    db = tmp_path / "x.sqlite"
    with opslag.transactie(db) as t:
        t.zet_sessies([Sessie(f"onderdeel-{i}", 1, D, "gegeven") for i in range(500)])
    with sqlite3.connect(db) as ruw:
        ruw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    ruw_bytes = bytearray(db.read_bytes())
    ruw_bytes[4096:] = b"\xa5" * (len(ruw_bytes) - 4096)  # alles na de eerste pagina kapot
    db.write_bytes(bytes(ruw_bytes))
    with pytest.raises(InvoerFout) as fout, opslag.transactie(db) as t:
        t.sessies()
    assert "beschadigd" in _melding(fout) or "niet te gebruiken" in _melding(fout)


def test_15_sqlite_van_een_ander_programma(tmp_path: Path) -> None:
    db = tmp_path / "ander.sqlite"
    with sqlite3.connect(db) as ruw:
        ruw.execute("CREATE TABLE klanten (naam TEXT)")
    with pytest.raises(InvoerFout) as fout, opslag.transactie(db):
        pass
    assert "geen uitvoeringsdatabase van plan" in _melding(fout)


def test_15_map_of_ontbrekende_map(tmp_path: Path) -> None:
    with pytest.raises(InvoerFout) as fout, opslag.transactie(tmp_path):
        pass
    assert "dit is een map" in _melding(fout)
    with pytest.raises(InvoerFout) as fout, opslag.transactie(tmp_path / "weg" / "x.sqlite"):
        pass
    assert "bestaat niet" in _melding(fout)


def test_15_standaard_pad() -> None:
    assert opslag.standaard_pad(Path("m/klein.yaml")) == Path("m/klein.uitvoering.sqlite")
    assert opslag.standaard_pad(Path("klein.yml")) == Path("klein.uitvoering.sqlite")
