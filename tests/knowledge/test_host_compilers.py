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


# torch_host_compilers: the opposite bound, the oldest compiler torch's own headers accept.
@pytest.mark.parametrize("torch, gcc, cxx, msvc", [
    ("1.4.0", "4.9", "11", None),       # cpp_extension: "ABI-compatible with GCC 4.9 and above"
    ("1.5.0", "5", "14", "2019"),       # "We need GCC 5 or later" (mmdetection#2663, torch 1.5)
    ("1.13.1+cu117", "5", "14", "2019"),
    ("2.1.2", "7", "17", "2019"),
    ("2.2.0", "9", "17", "2019"),       # "We need GCC 9 or later" (pyro#3349, torch 2.2)
    ("2.13.0+cpu", "9", "17", "2019"),
])
def test_torch_row_for_release(torch, gcc, cxx, msvc):
    row = tables.torch_host_compiler_row(torch)
    assert row is not None and (row.gcc_min, row.cxx, row.msvc_min) == (gcc, cxx, msvc)


@pytest.mark.parametrize("torch", [None, "", "0.4.1"])
def test_no_torch_row_outside_the_table(torch):
    assert tables.torch_host_compiler_row(torch) is None


def test_the_installed_torch_gives_the_compiler_facts_its_headers_need():
    from gpufix.knowledge.compat import derive
    from gpufix.knowledge.machine import Machine

    got = {f.name: f.value for f in derive(Machine(torch_version="2.3.1", torch_version_full="2.3.1+cu121"))}
    assert (got["compat.torch_gcc_min"], got["compat.torch_cxx_std"], got["compat.torch_msvc_min"]) == ("9", "17", "2019")
    assert not any(name.startswith("compat.torch_gcc") for name in
                   (f.name for f in derive(Machine(torch_version="0.4.1", torch_version_full="0.4.1"))))
