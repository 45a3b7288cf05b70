"""rules/knowledge/host_compilers.yaml: the newest host compiler each nvcc accepts, read by major.minor."""
import pytest

from gpufix.knowledge import tables


@pytest.mark.parametrize("cuda, gcc, msvc", [
    ("8.0.61", "5", None),          # "gcc versions later than 5" (cuda-8.0)
    ("10.2.89", "8", None),         # torch: "by CUDA 10.2 (8.0.0)"
    ("11.5.119", "11", "2019"),
    ("11.8", "11", "2022"),         # "later than 11" (cuda-11.8); VS 2022 since 11.6
    ("12.1.105", "12", "2022"),
    ("12.4", "13", "2022"),
    ("12.8.93", "14", "2022"),
])
def test_row_for_toolkit(cuda, gcc, msvc):
    row = tables.host_compiler_row(cuda)
    assert row is not None and (row.gcc_max, row.msvc_max) == (gcc, msvc)


@pytest.mark.parametrize("cuda", [None, "", "7.5", "99.0"])
def test_no_row_outside_the_table(cuda):
    assert tables.host_compiler_row(cuda) is None


def test_rows_do_not_overlap():
    from packaging.version import Version

    probes = [Version(f"{major}.{minor}") for major in range(8, 14) for minor in range(10)]
    for v in probes:
        assert sum(r.cuda.contains(v) for r in tables.host_compilers()) <= 1, v
