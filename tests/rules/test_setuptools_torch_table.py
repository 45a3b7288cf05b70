"""The setuptools/torch boundary table (rules/knowledge/setuptools_torch.yaml) and the derive rules that read
the same boundaries from a traceback agree: same pin, same fixed torch release, consistent ranges."""
from pathlib import Path

import yaml
from packaging.specifiers import SpecifierSet
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2] / "rules"
TABLE = yaml.safe_load((ROOT / "knowledge" / "setuptools_torch.yaml").read_text(encoding="utf-8"))
RULES = {
    "tensorboard-distutils-version": ("setuptools-distutils-evidence", "derived.setuptools_below_tensorboard"),
    "cpp-extension-pkg-resources-packaging": ("setuptools-pkg-resources-evidence", "derived.setuptools_below_cpp_extension"),
}


def _rule(rule_id):
    return yaml.safe_load((ROOT / "install" / f"{rule_id}.yaml").read_text(encoding="utf-8"))


def test_every_row_has_its_rule():
    assert {row["id"] for row in TABLE["breaks"]} == set(RULES)


def test_pins_and_fixed_releases_agree():
    for row in TABLE["breaks"]:
        rule_id, fact = RULES[row["id"]]
        rule = _rule(rule_id)
        assert rule["derive"][fact] == row["pin"]
        fixed = rule["when"]["parts"]["filter_main_torch_fixed"]["version_ge"]
        assert Version(fixed) == Version(row["fixed_in"])


def test_ranges_are_consistent():
    for row in TABLE["breaks"]:
        torch_range, broken = SpecifierSet(row["torch"]), SpecifierSet(row["setuptools"])
        pin = SpecifierSet(row["pin"].removeprefix("setuptools"))
        fixed = Version(row["fixed_in"])
        assert fixed not in torch_range                      # the fixed release is outside the affected range
        assert Version("1.10.2") in torch_range               # torch 1.10 is affected by both rows
        # the pin and the breaking range do not overlap: every setuptools the pin allows is below the break
        floor = min(Version(s.version) for s in broken)
        assert floor not in pin and Version(f"{floor.major - 1}") in pin
