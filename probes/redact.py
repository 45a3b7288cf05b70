"""Remove credentials from text before it leaves the machine (facts, recordings).

Index URLs often carry a token: ``https://user:token@pypi.example.com/simple``,
``https://conda.anaconda.org/t/<token>/channel``, ``?access_token=...``. The user part,
conda tokens and secret-looking query values are replaced; the host and path stay, since
they are what a diagnosis needs (which index, which mirror).
"""
from __future__ import annotations

import re

REDACTED = "***"

# scheme://userinfo@  (userinfo has no '/', '@' or whitespace)
_USERINFO = re.compile(r"(?P<scheme>\b[A-Za-z][A-Za-z0-9+.\-]*://)(?P<userinfo>[^/@\s\"'<>]+)@")
# conda's token-in-path form: https://conda.anaconda.org/t/<token>/...
_CONDA_TOKEN = re.compile(r"(/t/)(?!\*\*\*/)[A-Za-z0-9_.\-]{8,}(?=/)")
# ?token=..., &api_key=..., &X-Amz-Signature=...
_SECRET_QUERY = re.compile(
    r"([?&;](?:[A-Za-z0-9_\-]*(?:token|key|secret|password|passwd|pwd|signature|sig|auth|credential)"
    r"[A-Za-z0-9_\-]*)=)[^&;#\s\"'<>]+", re.I)


def redact(text: str) -> str:
    """`text` with URL credentials replaced by ``***`` (linear time, idempotent)."""
    if not text or ("://" not in text and "=" not in text and "/t/" not in text):
        return text
    text = _USERINFO.sub(lambda m: f"{m.group('scheme')}{REDACTED}@", text)
    text = _CONDA_TOKEN.sub(rf"\1{REDACTED}", text)
    return _SECRET_QUERY.sub(rf"\1{REDACTED}", text)


# Variable names that hold secrets whatever their prefix (NVIDIA_API_KEY, HF_TOKEN...).
_SECRET_NAME = re.compile(r"TOKEN|SECRET|PASSW|PASSPHRASE|CREDENTIAL|(?:^|_)KEY(?:$|_)|API_?KEY|AUTH|COOKIE|SESSION|PRIVATE",
                          re.I)


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))
