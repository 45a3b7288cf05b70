"""Session 30's guard on no-nvidia-gpu's stated-only reading: the reporter already ran the program on the CPU by its own
flag and pasted no exception (cpu-run-chosen-evidence). Each line is verbatim from the thread named; the near misses (an
app's advice, a question, a help text) stay quiet, and a pasted exception keeps the derived fact off."""
from __future__ import annotations

import pytest

from gpufix.core.corpus import diagnose_text
from gpufix.engine.api import load_rules

RULES = load_rules()


def _fired(text: str) -> set[str]:
    """Every rule that fired, derive rules included."""
    return set(diagnose_text(text, RULES).evaluation.fired_ids)


@pytest.mark.parametrize("line, source", [
    ("python generate.py stories_test --cpu  --path models/fusion_checkpoint.pt --batch-size 32 --beam 1",
     "https://github.com/facebookresearch/fairseq/issues/286"),
    ("I provided --cpu flag since I dont have GPU (using this script on my MAC OS).",
     "https://github.com/facebookresearch/fairseq/issues/286"),
    ("python test_fusion.py --name test_fusion --sample_p 1.0 --model fusion --test_img_dir example --results_img_dir results "
     "--gpu_ids -1", "https://github.com/ericsujw/InstColorization/issues/13"),
    ("I tried to test this, but it seems `generate.py ... --device cpu` doesn't work due to missing fp16-support in pytorch",
     "https://github.com/OndrejTexler/Few-Shot-Patch-Based-Training/issues/3"),
    ("It looks like the model requires NVidia and refuses to run on CPU even if ComfyUI was started with `--cpu` flag.",
     "https://github.com/CY-CHENYUE/ComfyUI-Janus-Pro/issues/14"),
    ("`python train.py --dataroot ./datasets/grumpifycat --name grumpycat_CUT --CUT_mode CUT --gpu_ids -1`",
     "https://github.com/taesungp/contrastive-unpaired-translation/issues/24"),
])
def test_the_cpu_chosen_by_a_flag(line: str, source: str, signature_hit) -> None:
    assert signature_hit("cpu-run-chosen-evidence", "cpu_flag_run", line), source


@pytest.mark.parametrize("line, source", [
    # an app's advice, not a run (IOPaint's own message; the report is a dev one)
    ("The following error occurred while running 'win_start': torch.cuda.is_available() is False, please use --device cpu "
     "or check your pytorch installation.", "https://github.com/Sanster/IOPaint/issues/266"),
    # a maintainer's advice
    ("You would have to specify the device: `--device cpu` when sampling.", "https://github.com/salesforce/CodeGen/issues/8"),
    # argparse's usage text names the flag without running it
    ("usage: demo.py [-h] --config CONFIG [--checkpoint CHECKPOINT] [--cpu]",
     "https://github.com/AliaksandrSiarohin/first-order-model/issues/74 (its usage line, with --cpu as the fixed demo has it)"),
    # the GPU chosen, not the CPU
    ("I also tried  `--device cuda:1` in case there was some problem", "https://github.com/Purfview/whisper-standalone-win/issues/296"),
])
def test_advice_and_other_flags_are_no_cpu_run(line: str, source: str, signature_hit) -> None:
    assert not signature_hit("cpu-run-chosen-evidence", "cpu_flag_run", line), source


@pytest.mark.parametrize("line, source", [
    ("RuntimeError: No CUDA GPUs are available", "https://github.com/YuanxunLu/LiveSpeechPortraits/issues/14"),
    ("Traceback (most recent call last):", "https://github.com/taesungp/contrastive-unpaired-translation/issues/24"),
    ("demo.py: error: unrecognized arguments: --cpu", "https://github.com/AliaksandrSiarohin/first-order-model/issues/74"),
    ("> Found no NVIDIA driver on your system. Please check that you have an NVIDIA GPU and installed a driver from "
     "http://www.nvidia.com/Download/index.aspx", "https://github.com/CY-CHENYUE/ComfyUI-Janus-Pro/issues/14"),
    ("AssertionError", "(torch's old assert, its class alone on a line)"),
])
def test_an_exception_in_view(line: str, source: str, signature_hit) -> None:
    assert signature_hit("cpu-run-chosen-evidence", "exception_pasted", line), source


def test_the_guard_keeps_no_nvidia_gpu_quiet_on_a_quiet_cpu_run() -> None:
    # The corpus report's own sentence (a dev report, gh-ondrejtexler-few-shot-patch-based-training-3): the CPU chosen, no
    # exception, the GPU denied; the author's fix was the program's fp16 cast.
    text = ("I tried to test this, but it seems `generate.py ... --device cpu` doesn't work due to missing fp16-support in "
            "pytorch, I don't have a nvidia gpu. If there is no way to run this without a nvidia gpu, I would suggest to add "
            "this requirement to the `README.md`.")
    fired = _fired(text)
    assert "cpu-run-chosen-evidence" in fired and "no-nvidia-gpu-stated" in fired
    assert "no-nvidia-gpu" not in fired and "cpu-only-wheel" not in fired
    # the same statement with torch's error pasted still answers no-nvidia-gpu
    with_error = text + "\nAssertionError: Torch not compiled with CUDA enabled"
    assert "no-nvidia-gpu" in _fired(with_error)
