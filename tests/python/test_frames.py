"""DataFrames stay exact: decimal128(38, 2) money, never float64. Oracle: Python's decimal."""

from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

pd = pytest.importorskip("pandas")  # the [pandas] extra; scripts/test installs it
pa = pytest.importorskip("pyarrow")

import kinerja  # noqa: E402
from kinerja import frames  # noqa: E402

SEED = Path(__file__).resolve().parents[2] / "examples" / "data" / "lakip-2019.json"


@pytest.fixture(scope="module")
def seed() -> kinerja.Renstra:
    return kinerja.load_renstra(SEED)


def test_budget_frame_is_exact_and_never_float(seed: kinerja.Renstra) -> None:
    df = frames.budget_frame(seed)
    assert len(df) == 16
    assert df["anggaran"].dtype == frames.MONEY
    assert not any(str(t) == "float64" for t in df.dtypes)
    by_class = df.groupby("class")["anggaran"].sum()
    assert by_class["belanja_langsung"] == Decimal("5328713488.00")
    assert by_class["belanja_tidak_langsung"] == Decimal("2098618011.00")
    by_program = df[df["program"] != ""].groupby("program")["realisasi"].sum()
    assert by_program["prog-2"] == Decimal("676626016.36")


def test_capaian_frame(seed: kinerja.Renstra) -> None:
    df = frames.capaian_frame(seed, 2019)
    assert len(df) == 15
    row = df.set_index("kegiatan").loc["keg-4-3"]
    assert row["capaian"] == Decimal("82.51")
    assert row["efficiency"] == Decimal("1.00")
    assert df["capaian"].dtype == frames.PERCENT


def test_findings_frame(seed: kinerja.Renstra) -> None:
    df = frames.findings_frame(kinerja.check(seed))
    assert list(df.columns) == ["rule", "severity", "table", "row", "column", "printed", "expected", "message"]
    assert (df["severity"] == "error").sum() == 30


@given(st.lists(st.integers(min_value=-(10**16), max_value=10**16), min_size=1, max_size=60))
def test_groupby_sum_on_money_columns_is_exact(sens: list[int]) -> None:
    amounts = [Decimal(s).scaleb(-2) for s in sens]
    df = pd.DataFrame({"g": [i % 3 for i in range(len(sens))], "amount": pd.array(amounts, dtype=frames.MONEY)})
    got = df.groupby("g")["amount"].sum()
    for group in got.index:
        want = sum((a for i, a in enumerate(amounts) if i % 3 == group), Decimal(0))
        assert got[group] == want
