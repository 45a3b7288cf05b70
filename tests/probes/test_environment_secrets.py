"""Only allow-listed environment variables leave the machine, with URL credentials redacted.

The proof runs the real probes into a real recording (`write_recording`) and greps
every byte written, and every fact, for the secrets.
"""
from __future__ import annotations

import json
import os

from gpufix.facts import FactBase
from gpufix.probes import environment, installer_config
from gpufix.probes.base import ProbeContext
from gpufix.probes.redact import redact
from gpufix.probes.runner import replay_recording, run_probes, write_recording

SECRETS = {
    "AWS_SECRET_ACCESS_KEY": "wJalrXUtnFEMIK7MDENGbPxRfiCYEXAMPLEKEY",
    "HF_TOKEN": "hf_abcdefghijklmnopqrstuvwxyz0123456789",
    "GITHUB_TOKEN": "ghp_0123456789abcdefghijklmnopqrstuvwxyz",
    "NVIDIA_API_KEY": "nvapi-SECRETSECRETSECRETSECRET",        # allowed prefix, secret name
    "OPENAI_API_KEY": "sk-proj-THISISNOTAREALKEY000000000000",
}
INDEX_TOKEN = "glpat-TOKENVALUE123456"
CONDA_TOKEN = "ab-1234567890abcdef"


def _env(tmp_path) -> dict[str, str]:
    env = dict(SECRETS)
    env.update({
        "PATH": "/usr/bin:/bin",
        "HOME": str(tmp_path / "home"),
        "CUDA_VISIBLE_DEVICES": "0,1",
        "PIP_INDEX_URL": f"https://__token__:{INDEX_TOKEN}@gitlab.example.com/api/v4/projects/1/packages/pypi/simple",
        "PIP_EXTRA_INDEX_URL": "https://download.pytorch.org/whl/cu121",
        "UV_INDEX_URL": f"https://pypi.example.com/simple?access_token={INDEX_TOKEN}",
        "CONDA_PREFIX": str(tmp_path / "env"),
        "SOME_RANDOM_VAR": "not on the list",
    })
    return env


def _all_text(directory) -> str:
    return "".join(p.read_text(encoding="utf-8") for p in directory.iterdir())


def test_secrets_never_reach_facts_or_recordings(tmp_path):
    env = _env(tmp_path)
    # a pip.conf and a .condarc with credentials, in the fake home
    (tmp_path / "home" / ".config" / "pip").mkdir(parents=True)
    (tmp_path / "home" / ".config" / "pip" / "pip.conf").write_text(
        f"[global]\nindex-url = https://user:{INDEX_TOKEN}@pypi.corp.example/simple\n", encoding="utf-8")
    (tmp_path / "home" / ".condarc").write_text(
        f"channels:\n  - https://conda.anaconda.org/t/{CONDA_TOKEN}/private\n  - conda-forge\n", encoding="utf-8")
    ctx = ProbeContext(python="/nonexistent/bin/python", env=env, platform="linux")
    results = run_probes([environment.PROBE, installer_config.PROBE], ctx)
    assert [r.status for r in results] == ["ok", "ok"]
    rec = tmp_path / "rec"
    write_recording(results, rec, {"note": "test"})
    written = _all_text(rec)
    facts = FactBase()
    for r in results + replay_recording([environment.PROBE, installer_config.PROBE], rec):
        facts.extend(r.facts)
    dumped = json.dumps(facts.to_json())
    for blob in (written, dumped):
        for name, secret in SECRETS.items():
            assert secret not in blob, name
        assert INDEX_TOKEN not in blob
        assert CONDA_TOKEN not in blob
        assert "SOME_RANDOM_VAR" not in blob
    # what may leave still does, minus the credentials
    assert facts.value("env.CUDA_VISIBLE_DEVICES") == "0,1"
    assert facts.value("env.PIP_INDEX_URL") == "https://***@gitlab.example.com/api/v4/projects/1/packages/pypi/simple"
    assert facts.value("pip.index_url").startswith("https://***@gitlab.example.com/")
    assert facts.value("pip.extra_index_urls") == ["https://download.pytorch.org/whl/cu121"]
    assert "https://conda.anaconda.org/t/***/private" in facts.value("conda.channels")
    assert facts.get("env.NVIDIA_API_KEY") is None
    assert facts.status("env.CUDA_HOME") == "absent"


def test_a_hand_edited_env_json_is_filtered_again():
    doc = {"HF_TOKEN": SECRETS["HF_TOKEN"], "PATH": "/usr/bin",
           "PIP_INDEX_URL": f"https://u:{INDEX_TOKEN}@h.example/simple"}
    fb = FactBase()
    fb.extend(environment.parse({environment.FILE: json.dumps(doc)}))
    assert fb.get("env.HF_TOKEN") is None
    assert INDEX_TOKEN not in json.dumps(fb.to_json())


def test_allow_list():
    for ok_name in ("CUDA_HOME", "CUDA_VISIBLE_DEVICES", "NVIDIA_VISIBLE_DEVICES", "PYTORCH_CUDA_ALLOC_CONF",
                    "TORCH_CUDA_ARCH_LIST", "LD_LIBRARY_PATH", "PATH", "CONDA_PREFIX", "PIP_INDEX_URL",
                    "UV_INDEX_URL", "HIP_VISIBLE_DEVICES", "CONDA_OVERRIDE_CUDA", "Path"):
        assert environment.is_allowed(ok_name), ok_name
    for bad in ("HF_TOKEN", "AWS_SECRET_ACCESS_KEY", "NVIDIA_API_KEY", "CUDA_AUTH_TOKEN", "HOME", "USER",
                "SSH_AUTH_SOCK", "PYTORCH_PASSWORD", "http_proxy"):
        assert not environment.is_allowed(bad), bad


def test_redaction_forms():
    assert redact("https://user:pass@host/simple") == "https://***@host/simple"
    assert redact("https://token@host/simple") == "https://***@host/simple"
    assert redact("https://conda.anaconda.org/t/abcdef123456/chan") == "https://conda.anaconda.org/t/***/chan"
    assert redact("https://h/s?x=1&api_key=zzz&y=2") == "https://h/s?x=1&api_key=***&y=2"
    assert redact("/usr/bin:/bin") == "/usr/bin:/bin"
    assert redact(redact("https://a:b@h/x")) == "https://***@h/x"


def test_this_machine_recording_has_only_allowed_env(tmp_path):
    ctx = ProbeContext(env=dict(os.environ))
    raw = environment.collect(ctx)
    doc = json.loads(raw[environment.FILE])
    assert all(environment.is_allowed(k) for k in doc)
