"""Records behave as the dataclasses they replace (see ftpwizard/core/probe/records.py for why they exist)."""

from __future__ import annotations

import copy
import pickle

import pytest

from ftpwizard.core.diagnosis.model import Verdict
from ftpwizard.core.probe import records
from ftpwizard.core.probe.model import CertificateInfo, ModeResult, StepFinished
from ftpwizard.core.probe.records import FrozenRecordError, field, record
from ftpwizard.core.probe.target import parse_target


@record
class Point:
    x: int
    y: int = 0
    tags: list[str] = field(default_factory=list)


@record(frozen=True)
class Frozen:
    name: str
    size: int = 1


@record
class Point3(Point):
    z: int = 5


def test_construction_by_position_keyword_and_default() -> None:
    assert (Point(1).x, Point(1).y, Point(1).tags) == (1, 0, [])
    assert Point(1, 2, ["a"]).tags == ["a"]
    assert Point(y=3, x=4) == Point(4, 3)


def test_each_instance_gets_its_own_default_list() -> None:
    a, b = Point(1), Point(2)
    a.tags.append("mine")
    assert b.tags == []


@pytest.mark.parametrize(("args", "kwargs", "message"), [
    ((), {}, "missing required argument: 'x'"),
    ((1, 2, [], 4), {}, "takes 3 positional arguments but 4 were given"),
    ((1,), {"x": 2}, "multiple values for argument 'x'"),
    ((1,), {"colour": "red"}, "unexpected keyword argument 'colour'"),
])
def test_wrong_arguments_fail_like_a_dataclass(args: tuple[object, ...], kwargs: dict[str, object],
                                               message: str) -> None:
    with pytest.raises(TypeError, match=message):
        Point(*args, **kwargs)


def test_equality_repr_and_hash() -> None:
    assert Point(1) == Point(1) and Point(1) != Point(2)
    assert Point(1) != Point3(1)  # another class is never equal
    assert repr(Point(1, 2)) == "Point(x=1, y=2, tags=[])"
    assert hash(Frozen("a")) == hash(Frozen("a"))
    assert {Frozen("a"), Frozen("a"), Frozen("b")} == {Frozen("a"), Frozen("b")}
    with pytest.raises(TypeError):
        hash(Point(1))  # mutable records are unhashable, as dataclasses with eq are


def test_frozen_records_refuse_changes() -> None:
    f = Frozen("a")
    with pytest.raises(FrozenRecordError):
        f.name = "b"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        del f.size  # type: ignore[misc]
    assert f.name == "a"


def test_a_sub_record_adds_its_fields_after_the_base_ones() -> None:
    p = Point3(1, 2, [], 9)
    assert records.fields(p) == ("x", "y", "tags", "z") and p.z == 9
    assert Point3(1).z == 5


def test_replace_fields_asdict_and_is_record() -> None:
    p = Point(1, tags=["t"])
    q = records.replace(p, y=7)
    assert (q.x, q.y, q.tags) == (1, 7, ["t"]) and p.y == 0
    with pytest.raises(TypeError, match="no field 'w'"):
        records.replace(p, w=1)
    assert records.fields(Point) == ("x", "y", "tags")
    assert records.asdict(Point3(1, tags=["a"])) == {"x": 1, "y": 0, "tags": ["a"], "z": 5}
    assert records.is_record(p) and not records.is_record(Point) and not records.is_record({"x": 1})
    with pytest.raises(TypeError, match="not a record"):
        records.fields(object())


def test_a_class_keeps_the_methods_it_defines() -> None:
    target = parse_target("ftp://kim:s3cret-pw@host").with_credentials(password="s3cret-pw")
    assert "s3cret-pw" not in repr(target) and "****" in repr(target)  # Target's own __repr__ stays


def test_definition_errors_are_caught_when_the_class_is_made() -> None:
    with pytest.raises(TypeError, match="without a default follows"):
        @record
        class Bad:
            a: int = 1
            b: int
    with pytest.raises(ValueError, match="mutable default"):
        @record
        class Shared:
            items: list[int] = []
    with pytest.raises(ValueError, match="not both"):
        field(default=1, default_factory=int)


def test_probe_results_copy_pickle_and_match() -> None:
    mode = ModeResult("passive", ok=True)
    mode.step(3).detail["port"] = 50000
    clone = copy.deepcopy(mode)
    assert clone == mode and clone.step(3) is not mode.step(3)
    assert pickle.loads(pickle.dumps(mode)) == mode
    assert copy.deepcopy(Frozen("a")) == Frozen("a")  # frozen: copied without __setattr__
    event = StepFinished("passive", 3, False, None, None, None, 1.0, 2.0)
    match event:
        case StepFinished(phase, step, ok):
            assert (phase, step, ok) == ("passive", 3, False)
        case _:
            pytest.fail("positional match failed")
    cert = CertificateInfo(subject="CN=x", sha256="AB")
    assert records.asdict(cert)["subject"] == "CN=x"
    assert records.asdict(Verdict("both_ok", ["both_ok"], "passive"))["params"] == {}
