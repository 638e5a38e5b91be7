"""De enige manier waarop `plan` bestanden schrijft: atomair, alles of niets, nooit ongevraagd.

- Eerst naar een tijdelijk bestand in dezelfde map, fsync, dan op zijn plek: een onderbreking
  (ook `kill -9`) laat het oude bestand heel.
- Zonder `overschrijven` (`--force`) wordt een nieuw bestand gemaakt *zonder te vervangen*
  (`os.link` van het tijdelijke bestand faalt als de naam intussen bestaat): twee processen
  die tegelijk hetzelfde bestand maken, kunnen niet allebei "geschreven" melden.
- Alleen gewone bestanden worden vervangen: een map, FIFO, apparaat of socket nooit, ook niet
  met `--force`. Een symbolische koppeling naar een gewoon bestand wordt gevolgd (het doel
  wordt geschreven, de koppeling blijft); een koppeling die nergens heen wijst wordt geweigerd.
- `schrijf_alle` schrijft de bestanden van één opdracht samen: eerst alle controles, dan alle
  tijdelijke bestanden, dan alles op zijn plek; gaat daarbij iets mis, dan wordt teruggedraaid.
"""

from __future__ import annotations

import contextlib
import errno
import os
import stat
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from trainingsplanner.bestanden.bronnen import toon_pad
from trainingsplanner.fouten import InvoerFout, Probleem, os_bericht

_GEEN_HARDE_KOPPELINGEN = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS}


def _probleem(pad: Path, bericht: str) -> Probleem:
    return Probleem(toon_pad(pad), 0, 0, "", bericht)


def veilige_lstat(pad: Path) -> os.stat_result | None:
    """`lstat` van een pad, None als het niet bestaat; elke andere OSError wordt een InvoerFout."""
    try:
        return pad.lstat()
    except FileNotFoundError:
        return None
    except OSError as fout:
        raise InvoerFout([_probleem(pad, os_bericht(fout))]) from None


@dataclass(frozen=True)
class _Doel:
    gevraagd: Path
    echt: Path
    """Het bestand dat werkelijk geschreven wordt (het doel van een koppeling)."""
    bestaat: bool
    modus: int


def _doel(pad: Path, overschrijven: bool) -> _Doel | Probleem:
    info = veilige_lstat(pad)
    echt = pad
    if info is not None and stat.S_ISLNK(info.st_mode):
        try:
            echt = pad.resolve(strict=True)
        except (OSError, RuntimeError):
            return _probleem(
                pad, "een symbolische koppeling die nergens heen wijst; kies een andere naam"
            )
        info = veilige_lstat(echt)
    if info is not None:
        if stat.S_ISDIR(info.st_mode):
            return _probleem(pad, "dit is een map; geef een bestandsnaam op")
        if not stat.S_ISREG(info.st_mode):
            return _probleem(
                pad,
                "dit is geen gewoon bestand (een apparaat, FIFO of socket); gebruik --out - voor het scherm",
            )
        if not overschrijven:
            return _probleem(pad, "bestand bestaat al; gebruik --force om het te vervangen")
    map = echt.parent
    if veilige_lstat(map) is None or not map.is_dir():
        return _probleem(pad, f"map {toon_pad(map)} bestaat niet")
    return _Doel(pad, echt, info is not None, stat.S_IMODE(info.st_mode) if info else 0o644)


def schrijf(pad: Path, inhoud: str | bytes, *, overschrijven: bool = False) -> None:
    """Schrijf `inhoud` (tekst als UTF-8, of bytes) naar `pad`; InvoerFout als het niet mag of kan."""
    schrijf_alle([(pad, inhoud)], overschrijven=overschrijven)


def schrijf_alle(
    bestanden: Sequence[tuple[Path, str | bytes]], *, overschrijven: bool = False
) -> None:
    """Schrijf alle bestanden of geen: alle problemen komen samen in één InvoerFout."""
    doelen: list[_Doel] = []
    problemen: list[Probleem] = []
    gezien: dict[Path, Path] = {}
    for pad, _ in bestanden:
        doel = _doel(pad, overschrijven)
        if isinstance(doel, Probleem):
            problemen.append(doel)
            continue
        sleutel = doel.echt.absolute()
        if sleutel in gezien:
            problemen.append(
                _probleem(
                    pad,
                    f"wordt in deze opdracht twee keer geschreven (ook als {toon_pad(gezien[sleutel])})",
                )
            )
        gezien.setdefault(sleutel, pad)
        doelen.append(doel)
    if problemen:
        raise InvoerFout(problemen)
    tijdelijk: list[Path] = []
    geplaatst: list[tuple[_Doel, Path | None]] = []
    try:
        for doel, (_, inhoud) in zip(doelen, bestanden, strict=True):
            gegevens = inhoud.encode("utf-8") if isinstance(inhoud, str) else inhoud
            tijdelijk.append(_tijdelijk_bestand(doel, gegevens))
        for doel, tijd in zip(doelen, tijdelijk, strict=True):
            geplaatst.append((doel, _plaats(doel, tijd, overschrijven)))
        for map in {d.echt.parent for d in doelen}:
            _sync_map(map)
    except InvoerFout:
        _draai_terug(geplaatst)
        raise
    except OSError as fout:
        _draai_terug(geplaatst)
        pad = (
            doelen[len(geplaatst)].gevraagd if len(geplaatst) < len(doelen) else doelen[-1].gevraagd
        )
        raise InvoerFout([_probleem(pad, f"schrijven: {os_bericht(fout)}")]) from None
    finally:
        for tijd in tijdelijk:
            with contextlib.suppress(OSError):
                tijd.unlink()
        for _, reserve in geplaatst:
            if reserve is not None:
                with contextlib.suppress(OSError):
                    reserve.unlink()


def _tijdelijk_bestand(doel: _Doel, gegevens: bytes) -> Path:
    map = doel.echt.parent
    descriptor, naam = tempfile.mkstemp(prefix=f".{doel.echt.name[:200]}.", suffix=".tmp", dir=map)
    pad = Path(naam)
    try:
        with os.fdopen(descriptor, "wb") as bestand:
            bestand.write(gegevens)
            bestand.flush()
            os.fsync(bestand.fileno())
        pad.chmod(doel.modus)
    except BaseException:
        with contextlib.suppress(OSError):
            pad.unlink()
        raise
    return pad


def _plaats(doel: _Doel, tijdelijk: Path, overschrijven: bool) -> Path | None:
    """Zet het tijdelijke bestand op zijn plek; geeft een reservekoppeling van het oude terug."""
    if not (overschrijven and doel.bestaat):
        try:
            os.link(tijdelijk, doel.echt)  # faalt als de naam intussen bestaat: nooit vervangen
        except FileExistsError:
            raise InvoerFout(
                [
                    _probleem(
                        doel.gevraagd, "bestand bestaat al; gebruik --force om het te vervangen"
                    )
                ]
            ) from None
        except OSError as fout:
            if fout.errno not in _GEEN_HARDE_KOPPELINGEN:
                raise
            # Een schijf zonder harde koppelingen (FAT, sommige netwerkschijven): zo goed als het gaat.
            if veilige_lstat(doel.echt) is not None:
                raise InvoerFout(
                    [
                        _probleem(
                            doel.gevraagd, "bestand bestaat al; gebruik --force om het te vervangen"
                        )
                    ]
                ) from None
            tijdelijk.replace(doel.echt)
        return None
    reserve = tijdelijk.with_name(tijdelijk.name + ".oud")
    with contextlib.suppress(OSError):
        os.link(doel.echt, reserve)
    tijdelijk.replace(doel.echt)
    return reserve if reserve.exists() else None


def _draai_terug(geplaatst: list[tuple[_Doel, Path | None]]) -> None:
    """Maak ongedaan wat al geplaatst was: nieuwe bestanden weg, vervangen bestanden terug."""
    for doel, reserve in reversed(geplaatst):
        with contextlib.suppress(OSError):
            if reserve is not None:
                reserve.replace(doel.echt)
            else:
                doel.echt.unlink()
    geplaatst.clear()


def _sync_map(map: Path) -> None:
    with contextlib.suppress(OSError):
        descriptor = os.open(map, os.O_RDONLY)
        try:
            os.fsync(descriptor)
        finally:
            os.close(descriptor)
