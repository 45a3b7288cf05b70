"""The fact base: states kept apart, precedence between sources, JSON shape."""
from gpufix.facts import FactBase, absent, ok, unknown
from gpufix.fact_catalog import FACTS, is_known_name, lookup


def test_unknown_never_hides_a_found_value():
    fb = FactBase()
    fb.add(ok("driver.version", "535.104.05", "nvml"))
    fb.add(unknown("driver.version", "nvidia-smi", "nvidia-smi did not answer within 30 s"))
    assert fb.value("driver.version") == "535.104.05"
    fb2 = FactBase()
    fb2.add(unknown("driver.version", "nvidia-smi", "timeout"))
    fb2.add(ok("driver.version", "550.54.14", "nvml"))
    assert fb2.get("driver.version").status == "ok"


def test_user_beats_log_beats_probe():
    fb = FactBase()
    fb.add(ok("torch.build", "cpu", "torch"))
    fb.add(ok("torch.build", "cu121", "log", origin="log"))
    assert fb.value("torch.build") == "cu121"
    fb.add(ok("torch.build", "cu118", "user", origin="user"))
    fb.add(ok("torch.build", "cpu", "torch"))  # a later probe does not override the user
    assert fb.value("torch.build") == "cu118"


def test_absent_and_unknown_are_distinct_in_json():
    fb = FactBase()
    fb.add(absent("nvcc.version", "nvcc", "nvcc not found"))
    fb.add(unknown("driver.version", "nvidia-smi", "crashed"))
    doc = fb.to_json()
    assert doc["nvcc.version"]["status"] == "absent"
    assert doc["driver.version"]["status"] == "unknown"
    assert doc["driver.version"]["reason"] == "crashed"
    assert fb.value("nvcc.version", "none") == "none"


def test_catalog_names_the_public_interface():
    for name in ("os.name", "os.release", "os.arch", "python.version", "python.executable", "python.bits",
                 "python.env", "gpu.count", "gpu.name", "gpu.compute_capability", "driver.version",
                 "driver.cuda", "nvcc.version", "torch.version", "torch.build", "torch.cuda",
                 "torch.cuda_available", "torch.arch_list", "torch.cudnn", "torch.error", "numpy.version",
                 "torchvision.version", "env.CUDA_VISIBLE_DEVICES", "pip.index_url"):
        assert is_known_name(name), name
    assert lookup("env.CUDA_HOME").type == "str"
    assert not is_known_name("driver.versoin")
    assert all(spec.type and spec.doc for spec in FACTS.values())


def test_absent_never_replaces_ok_from_an_equal_source():
    fb = FactBase()
    fb.add(ok("driver.version", "535.104.05", "nvml"))
    fb.add(absent("driver.version", "nvidia-smi", "nvidia-smi not found"))
    assert fb.value("driver.version") == "535.104.05"
    fb.add(absent("driver.version", "log", "the log says no driver", origin="log"))
    assert fb.status("driver.version") == "absent"  # a higher source still decides
