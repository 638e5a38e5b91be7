"""Wat het model over één profielveld weet, op één plek gelezen: voor `plan init` en zijn vragen.

`veld("teams.risico")` geeft grenzen (ge/le), keuzes (Literal), standaardwaarde,
beschrijving en de `Invullen`-teksten van dat veld uit profiel/model.py. Het commentaar in
het startprofiel (templates/profiel.yaml.j2) en de vragen van `plan init --interactive`
(cli/init.py) komen hieruit; geen van beide noemt zelf een grens of keuze.
"""

from __future__ import annotations

import functools
import types
from dataclasses import dataclass
from typing import Annotated, Any, Literal, Union, get_args, get_origin

import annotated_types
from pydantic import BaseModel
from pydantic.fields import FieldInfo
from pydantic_core import PydanticUndefined

from trainingsplanner.profiel.model import Invullen, Profiel, of_lijst


@dataclass(frozen=True)
class Veld:
    pad: str
    beschrijving: str | None
    minimum: int | float | None
    maximum: int | float | None
    keuzes: tuple[str, ...]
    """De toegestane waarden (Literal); bij een groep velden de keuzes die ze allemaal delen."""
    standaard: Any
    """De standaardwaarde uit het model; None als het veld verplicht is."""
    invullen: Invullen

    def opmerking(self, **waarden: str) -> str:
        """Het commentaar in het startprofiel; `waarden` vult namen uit de catalogus in."""
        return self._vul_in(self.invullen.opmerking or self.beschrijving or "", waarden)

    def vraag(self, **waarden: str) -> str:
        """De vraag van `plan init --interactive`."""
        return self._vul_in(self.invullen.vraag or self.pad, waarden)

    def _vul_in(self, tekst: str, waarden: dict[str, str]) -> str:
        return tekst.format(
            min=_getal(self.minimum),
            max=_getal(self.maximum),
            keuzes=of_lijst(self.keuzes) if self.keuzes else "",
            **waarden,
        )


@functools.cache
def veld(pad: str) -> Veld:
    """Het veld op `pad` (met punten, zoals `capaciteit.sessies_per_maand` of `teams.risico`)."""
    model: type[BaseModel] = Profiel
    *groepen, naam = pad.split(".")
    for groep in groepen:
        model = _model_in(model.model_fields[groep].annotation)
    info = model.model_fields[naam]
    metadata = [*info.metadata, *_binnenste_metadata(info.annotation)]
    return Veld(
        pad=pad,
        beschrijving=info.description or _eerste(getattr(m, "description", None) for m in metadata),
        minimum=_eerste(getattr(m, "ge", None) for m in _grenzen(metadata)),
        maximum=_eerste(getattr(m, "le", None) for m in _grenzen(metadata)),
        keuzes=_keuzes(info.annotation),
        standaard=None if info.default is PydanticUndefined else info.default,
        invullen=_eerste(m for m in metadata if isinstance(m, Invullen)) or Invullen(),
    )


def _grenzen(metadata: list[Any]) -> list[Any]:
    """Ge/Le staan los in de metadata, of binnen een Field(...) van een Annotated-type."""
    uit = [m for m in metadata if isinstance(m, annotated_types.Ge | annotated_types.Le)]
    for m in metadata:
        if isinstance(m, FieldInfo):
            uit += _grenzen(m.metadata)
    return uit


def _binnenste_metadata(annotatie: Any) -> list[Any]:
    """De metadata van `Annotated[...] | None`: pydantic tilt die niet naar het veld."""
    uit: list[Any] = []
    for deel in _zonder_none(annotatie):
        if get_origin(deel) is Annotated:
            uit += deel.__metadata__
    return uit


def _keuzes(annotatie: Any) -> tuple[str, ...]:
    for deel in _zonder_none(annotatie):
        kern = get_args(deel)[0] if get_origin(deel) is Annotated else deel
        if get_origin(kern) is Literal:
            return tuple(str(k) for k in get_args(kern))
        if isinstance(kern, type) and issubclass(kern, BaseModel):
            gedeeld = {_keuzes(v.annotation) for v in kern.model_fields.values()}
            return gedeeld.pop() if len(gedeeld) == 1 else ()
    return ()


def _model_in(annotatie: Any) -> type[BaseModel]:
    """Het model in `Model`, `Model | None` of `list[Model]`."""
    for deel in _zonder_none(annotatie):
        kern = get_args(deel)[0] if get_origin(deel) is list else deel
        if isinstance(kern, type) and issubclass(kern, BaseModel):
            return kern
    raise KeyError(f"geen groep van velden: {annotatie}")


def _zonder_none(annotatie: Any) -> list[Any]:
    if get_origin(annotatie) in (Union, types.UnionType):
        return [a for a in get_args(annotatie) if a is not type(None)]
    return [annotatie]


def _eerste(waarden: Any) -> Any:
    return next((w for w in waarden if w is not None), None)


def _getal(waarde: int | float | None) -> str:
    if waarde is None:
        return ""
    return str(int(waarde)) if float(waarde).is_integer() else str(waarde)
