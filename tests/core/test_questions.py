"""`--answer`, the ranking, and questions that a probe already answered (not asked)."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from gpufix.cli import main
from gpufix.core import questions
from gpufix.engine import differential
from gpufix.engine.api import load_rules

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
LOG = FIXTURES / "cuda-unavailable--deeplung-no-device" / "log.txt"
SMI = FIXTURES / "cuda-unavailable--deeplung-nvidia-smi-probed" / "nvidia-smi.txt"


def run_json(capsys, *args: str) -> tuple[int, dict]:
    code = main(["--json", "--no-probe", *args])
    return code, json.loads(capsys.readouterr().out)


def test_every_parser_the_data_may_name_exists() -> None:
    assert set(differential.PARSERS) == set(questions.PARSERS)


def test_json_carries_the_differential_and_the_questions(capsys) -> None:
    code, doc = run_json(capsys, "--log", str(LOG))
    # A symptom no diagnosis explains: not "no problems" (it exited 0 before), exit 3.
    assert code == 3 and doc["status"] == "undiagnosed" and doc["exit_code"] == 3 and doc["diagnoses"] == []
    [dx] = doc["differential"]
    assert dx["symptom"] == "cuda-unavailable" and dx["standing"] is None
    assert [h["status"] for h in dx["hypotheses"]] == ["open"] * 6
    first = doc["questions"][0]
    assert first["id"] == "nvidia-smi" and first["command"] == ["nvidia-smi"] and first["sets"] == "driver.version"
    assert first["text"]["zh"] and first["choices"] == []
    choice = next(q for q in doc["questions"] if q["id"] == "gpu-vendor")
    assert choice["command"] is None and [c["value"] for c in choice["choices"]][0] == "nvidia"


def test_answer_from_a_file_rules_out_and_ranks(capsys) -> None:
    code, doc = run_json(capsys, "--log", str(LOG), "--answer", f"nvidia-smi=@{SMI}")
    [dx] = doc["differential"]
    ranked = [(h["id"], h["status"], h["score"]) for h in dx["hypotheses"]]
    # open causes first; ruled-out ones after, the most contradicted last (weights from the data)
    assert ranked == [("cpu-build", "open", 0), ("driver-too-old", "open", 0), ("hidden-devices", "open", 0),
                      ("other-interpreter", "open", 0), ("no-driver", "ruled_out", -4), ("no-gpu", "ruled_out", -8)]
    assert "nvidia-smi" not in [q["id"] for q in doc["questions"]]
    assert doc["facts"]["driver.version"]["value"] == "384.69"
    assert doc["facts"]["driver.version"]["origin"] == "user"


def test_a_choice_answer_counts_for_a_cause(capsys) -> None:
    _, doc = run_json(capsys, "--log", str(LOG), "--answer", "gpu-vendor=amd")
    [dx] = doc["differential"]
    top = dx["hypotheses"][0]
    assert top["id"] == "no-gpu" and top["score"] == 4
    assert top["for"] == [{"text": "the machine's GPU is not an NVIDIA one", "weight": 4, "rules_out": False}]


def test_a_report_without_an_nvidia_gpu_puts_that_cause_first(capsys) -> None:
    # ChatGLM2-6B#426: "我是AMD 6600XT" beside "Torch not compiled with CUDA enabled", no vendor given as a fact
    _, doc = run_json(capsys, "--no-probe", "--log", str(FIXTURES / "no-nvidia-gpu--amd-6600xt-not-compiled-zh" / "log.txt"))
    [dx] = doc["differential"]
    by_id = {h["id"]: h for h in dx["hypotheses"]}
    assert dx["hypotheses"][0]["id"] == "no-gpu"
    assert by_id["no-gpu"]["for"] == [{"text": "the report shows a machine without an NVIDIA GPU", "weight": 5,
                                       "rules_out": False}]
    assert by_id["cpu-build"]["score"] == 2  # the error says so (4), but without an NVIDIA GPU that build is right (-2)
    assert by_id["driver-too-old"]["status"] == "ruled_out"


def test_nvidia_smi_not_found_means_no_driver(capsys, tmp_path) -> None:
    out = tmp_path / "smi.txt"
    out.write_text("bash: nvidia-smi: command not found\n", encoding="utf-8")
    _, doc = run_json(capsys, "--log", str(LOG), "--answer", f"nvidia-smi=@{out}")
    [dx] = doc["differential"]
    assert dx["hypotheses"][0]["id"] == "no-driver" and dx["hypotheses"][0]["score"] == 3
    assert doc["facts"]["driver.version"]["status"] == "absent"


def test_pip_show_answer_leaves_one_cause(capsys, tmp_path) -> None:
    log = FIXTURES / "no-module-torch--echotorch" / "log.txt"
    # `pip show torch` from https://github.com/nschaetti/EchoTorch/issues/22 (the first lines)
    out = tmp_path / "pip.txt"
    out.write_text("Name: torch\nVersion: 1.7.0+cpu\nSummary: Tensors and Dynamic neural networks in Python with "
                   "strong GPU acceleration\n", encoding="utf-8")
    _, doc = run_json(capsys, "--log", str(log), "--answer", f"pip-show-torch=@{out}")
    [dx] = doc["differential"]
    assert dx["standing"] == "other-interpreter" and doc["questions"] == []


@pytest.mark.parametrize("answer, message", [
    ("gpu-vendor=nvdia", "--answer gpu-vendor=nvdia: not one of nvidia, amd, intel, apple, none"),
    ("nope=1", "--answer nope: no such question (known: docker-gpus, gpu-util-during-run, gpu-vendor, host-nvidia-smi,"
               " launch-blocking-env, mac-kind, macos-version, mps-built, nvidia-smi, pip-show-torch, power-mode,"
               " python-arch, shared-gpu-memory, slow-phase, torch-build, torch-cuda, visible-devices, where-python)"),
    ("nvidia-smi", "--answer 'nvidia-smi': expected ID=VALUE (see gpufix --json, 'questions')"),
    ("nvidia-smi=@/no/such/file", "--answer nvidia-smi=@/no/such/file: No such file or directory"),
    ("torch-build=hello", "--answer torch-build: expected a line such as '2.4.1+cu121 12.1' (torch's version and CUDA)"),
])
def test_a_bad_answer_is_one_line_and_exit_2(capsys, answer: str, message: str) -> None:
    code = main(["--text", "--no-probe", "--answer", answer])
    err = capsys.readouterr().err
    assert code == 2
    assert err == f"gpufix: error: {message}\n"


def test_a_probed_fact_is_not_asked() -> None:
    # The nvidia-smi probe's recording answers the nvidia-smi question (fixture ...-probed),
    # while the same log alone asks it: the ask rule tests the fact's status, in the engine.
    rules = load_rules()
    dx = next(d for d in rules.differentials if d.id == "cuda-unavailable")
    ask = rules.by_id["cuda-unavailable-ask-nvidia-smi"]
    assert ask.is_derive and ask.derive == {dx.ask_fact("nvidia-smi"): True}


def test_docker_gpu_test_answer_leaves_the_container_started_without_gpus(capsys, tmp_path) -> None:
    log = FIXTURES / "container-no-gpu--nvidia-docker-started-without-gpus" / "log.txt"
    # The host's `docker run --gpus all ... nvidia-smi` from the same report (its header line).
    out = tmp_path / "docker.txt"
    out.write_text("| NVIDIA-SMI 440.59       Driver Version: 440.59       CUDA Version: 10.2     |\n",
                   encoding="utf-8")
    _, doc = run_json(capsys, "--log", str(log), "--answer", f"docker-gpus=@{out}")
    dx = next(d for d in doc["differential"] if d["symptom"] == "container-no-gpu")
    assert dx["standing"] == "started-without-gpus"
    assert doc["facts"]["container.gpus"]["value"] == "ok"


def test_docker_refusal_answer_means_no_runtime(capsys, tmp_path) -> None:
    log = FIXTURES / "container-no-gpu--nvidia-docker-started-without-gpus" / "log.txt"
    out = tmp_path / "docker.txt"
    # verbatim from https://github.com/NVIDIA/retinanet-examples/issues/278
    out.write_text('docker: Error response from daemon: could not select device driver "" with capabilities: '
                   "[[gpu]].\n", encoding="utf-8")
    _, doc = run_json(capsys, "--log", str(log), "--answer", f"docker-gpus=@{out}")
    dx = next(d for d in doc["differential"] if d["symptom"] == "container-no-gpu")
    assert dx["hypotheses"][0]["id"] == "toolkit-missing" and dx["hypotheses"][0]["score"] == 4


def test_print_value_answers_are_typed_by_the_catalog(capsys) -> None:
    log = FIXTURES / "apple-gpu-unavailable--macos-13-7-arm64" / "log.txt"
    _, doc = run_json(capsys, "--log", str(log), "--answer", "mps-built=False")
    assert doc["facts"]["torch.mps_built"]["value"] is False
    dx = next(d for d in doc["differential"] if d["symptom"] == "apple-gpu-unavailable")
    assert dx["hypotheses"][0]["id"] == "not-built" and dx["hypotheses"][0]["score"] == 4


def test_text_report_shows_the_causes_and_how_to_answer(capsys) -> None:
    code = main(["--text", "--no-probe", "--log", str(LOG), "--answer", f"nvidia-smi=@{SMI}"])
    out = capsys.readouterr().out
    assert code == 3  # the symptom holds and nothing explains it yet
    assert f"facts given by hand: --answer nvidia-smi=@{SMI}" in out
    # a symptom with open causes is not "No problems found"
    assert "No problems found." not in out
    assert "No single cause follows from the facts; the possible causes are below." in out
    section = out[out.index("Possible causes (differential diagnosis):"):]
    assert section.splitlines()[1:5] == ["  torch does not see a CUDA GPU", "  [?] torch is a CPU-only build",
                                         "  [?] The driver is too old for this torch's CUDA",
                                         "  [?] CUDA_VISIBLE_DEVICES hides the GPUs"]
    assert "  [✗] No working NVIDIA driver  (ruled out)\n        - the NVIDIA driver answers" in section
    assert ('      python -c "import torch; print(torch.__version__, torch.version.cuda)"\n'
            "      gpufix --answer torch-build=@FILE") in section


# --- where python / which -a python (no-module-torch) ----------------------------------------

ECHOTORCH = FIXTURES / "no-module-torch--echotorch" / "log.txt"


def test_where_python_is_asked_without_probes_and_its_answer_is_the_probes_fact(capsys, tmp_path) -> None:
    _, doc = run_json(capsys, "--log", str(ECHOTORCH))
    asked = next(q for q in doc["questions"] if q["id"] == "where-python")
    assert asked["sets"] == "path.pythons" and "where python" in asked["text"]["en"]
    # The pasted `where python.exe` of pytorch/pytorch#12004: the same facts the probe records.
    answer = tmp_path / "where.txt"
    answer.write_text((FIXTURES / "no-module-torch--pytorch-12004-where-python" / "python-on-path.txt").read_text())
    _, doc = run_json(capsys, "--log", str(ECHOTORCH), "--answer", f"where-python=@{answer}",
                      "--fact", "python.executable=C:\\Users\\Edtky\\Anaconda3\\python.exe")
    facts = doc["facts"]
    assert facts["path.python_count"]["value"] == 1 and facts["path.first_python"]["origin"] == "user"
    [dx] = doc["differential"]
    other = next(h for h in dx["hypotheses"] if h["id"] == "other-interpreter")
    assert "the python a terminal runs is not the one checked here" in [e["text"] for e in other["for"]]
    assert "where-python" not in [q["id"] for q in doc["questions"]]


def test_with_probing_the_path_scan_answers_where_python(capsys, tmp_path) -> None:
    # This machine's static probes (the PATH scan among them), the log declared to be this machine's.
    log = tmp_path / "err.txt"
    log.write_text("ModuleNotFoundError: No module named 'torch'\n")
    main(["--json", "--quick", "--fact", "log.machine=this", "--log", str(log)])
    doc = json.loads(capsys.readouterr().out)
    assert doc["facts"]["path.python_count"]["source"] == "path-python"
    assert [d["symptom"] for d in doc["differential"]] == ["no-module-torch"]
    assert "where-python" not in [q["id"] for q in doc["questions"]]


# --- the slow GPU ---------------------------------------------------------------------------

SMI_RUNNING = """\
| NVIDIA-SMI 384.69                 Driver Version: 384.69                    |
|===============================+======================+======================|
|   0  GeForce GTX 1070    Off  | 00000000:01:00.0  On |                  N/A |
| 35%   39C    P8    12W / 160W |     99MiB /  8110MiB |      0%      Default |
+-------------------------------+----------------------+----------------------+
"""


def test_a_slow_gpu_is_raised_by_a_fact_and_narrowed_by_answers(capsys, tmp_path) -> None:
    code, doc = run_json(capsys, "--fact", "run.slow=true")
    [dx] = doc["differential"]
    assert dx["symptom"] == "gpu-slow" and len(dx["hypotheses"]) == 9
    assert [q["id"] for q in doc["questions"]][:2] == ["torch-cuda", "gpu-util-during-run"]
    torch_out = tmp_path / "torch.txt"
    torch_out.write_text("2.4.1+cu121 12.1 True\n")
    smi = tmp_path / "smi.txt"
    smi.write_text(SMI_RUNNING)
    _, doc = run_json(capsys, "--fact", "run.slow=true", "--answer", f"torch-cuda=@{torch_out}",
                      "--answer", f"gpu-util-during-run=@{smi}")
    [dx] = doc["differential"]
    assert doc["facts"]["run.gpu_util"]["value"] == 0 and doc["facts"]["torch.cuda_available"]["value"] is True
    assert dx["hypotheses"][0]["id"] == "code-on-cpu"
    # nvidia-smi measured the GPU: not a Task Manager reading either
    assert {h["id"] for h in dx["hypotheses"] if h["status"] == "ruled_out"} == {"cpu-build", "gpu-not-visible",
                                                                              "task-manager"}


def test_a_symptom_no_diagnosis_explains_does_not_exit_0(capsys) -> None:
    """Issue 10 follow-up: `torch.cuda.is_available()` False with no finding exited 0, as if
    nothing were wrong. Exit 3 (README's table): a symptom holds, its cause is not settled."""
    from gpufix.diagnosis import combine_exit_codes, exit_code_for

    assert main(["--text", "--no-probe", "--fact", "torch.cuda_available=false", "--fact", "os.name=linux"]) == 3
    assert "No problems found" not in capsys.readouterr().out
    assert main(["--json", "--no-probe", "--fact", "torch.cuda_available=true"]) == 0
    capsys.readouterr()
    # an error finding still wins; several analyses (the TUI's pasted logs) combine the same way
    assert exit_code_for([], 1) == 3 and combine_exit_codes([0, 3, 1]) == 1 and combine_exit_codes([0, 3]) == 3


def test_a_slow_gpu_is_raised_by_an_answer_too(capsys) -> None:
    # `--answer slow-phase=first`: only the first steps are slow, so something is slow.
    code, doc = run_json(capsys, "--answer", "slow-phase=first")
    [dx] = doc["differential"]
    assert code == 3 and dx["symptom"] == "gpu-slow" and dx["hypotheses"][0]["id"] == "warm-up"
    assert "slow-phase" not in [q["id"] for q in doc["questions"]]
