"""A finding's evidence as the text report and the TUI show it (gpufix.areas.evidence_text)."""
from __future__ import annotations

from gpufix.areas import evidence_text
from gpufix.diagnosis import Diagnosis
from gpufix.report_text import render_diagnosis


def test_a_conclusion_that_holds_is_its_label_alone():
    assert evidence_text("derived.checks_disagree", True) == ""
    assert evidence_text("compat.driver_supports_torch", True) == ""


def test_observations_and_other_values_keep_their_value():
    assert evidence_text("container.inside", True) == "true"  # an observation: its value is the evidence
    assert evidence_text("compat.driver_supports_torch", False) == "false"
    assert evidence_text("derived.cpu_build_likely", "14/15") == "14/15"


def _diagnosis() -> Diagnosis:
    return Diagnosis(id="python-env-mismatch", title="two Pythons", severity="error", kind="setup",
                     explanation="x", evidence={"derived.checks_disagree": True, "torch.version": "2.3.0"},
                     evidence_from={"derived.checks_disagree": "log line 5", "torch.version": "log line 2"})


def test_the_zh_report_shows_no_bare_true():
    text = "\n".join(render_diagnosis(_diagnosis(), 1, "zh"))
    assert "CUDA 检查在一处返回 True、另一处返回 False  [" in text
    assert ": true" not in text
    assert "2.3.0" in text


def test_the_en_report_shows_the_label_and_its_origin():
    text = "\n".join(render_diagnosis(_diagnosis(), 1, "en"))
    assert "the CUDA check returned True in one place and False in another  [" in text
    assert "another: true" not in text
