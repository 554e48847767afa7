"""The parts of the jumlah (issue 15): the role by name, several part columns read from a CSV table,
and the reviu's findings on them. Expected figures by hand."""

import kinerja


def test_the_part_role_by_name() -> None:
    assert kinerja.ColumnRole["part"] is kinerja.ColumnRole.part
    assert kinerja.ColumnRole.part.name == "part"


def test_counts_and_marks_against_the_jumlah() -> None:
    table = kinerja.parse_printed_csv(
        "Jenis Barang;Jumlah Barang;Baik;Kurang Baik;Rusak Berat\n"
        "Kursi;5;3;1;-\n"
        "Genset;1;BAIK;-;-\n"
        "Printer;2;RUSAK;-;-\n",
        "aset.csv",
    )
    assert [c.role for c in table.columns] == [kinerja.ColumnRole.jumlah] + [kinerja.ColumnRole.part] * 3
    found = [(f.rule, f.row, f.printed, f.expected) for f in kinerja.check_table(table)]
    # 3 + 1 + 0 = 4, not 5; BAIK under Baik stands for 1; RUSAK under Baik names another part.
    assert found == [("part.sum", "Kursi", "5", "4"), ("part.mark", "Printer", "RUSAK", "")]
