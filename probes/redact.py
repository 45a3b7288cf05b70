"""Remove credentials from text before it leaves the machine (facts, recordings).

Index URLs often carry a token: ``https://user:token@pypi.example.com/simple``,
``https://conda.anaconda.org/t/<token>/channel``, ``?access_token=...``. The user part,
conda tokens and secret-looking query values are replaced; the host and path stay, since
they are what a diagnosis needs (which index, which mirror).
"""
from __future__ import annotations

from gpufix import linear_re as re  # linear time on text gpufix did not write

REDACTED = "***"

# scheme://userinfo@ : userinfo runs to the LAST '@' before the path, so a password holding an
# unencoded '@' or ':' (https://user:p@ss:w@host/) is removed whole.
_USERINFO = re.compile(r"(?P<scheme>\b[A-Za-z][A-Za-z0-9+.\-]*://)(?P<userinfo>[^/\s\"'<>]+)@")
# conda's token-in-path form: https://conda.anaconda.org/t/<token>/...
_CONDA_TOKEN = re.compile(r"(/t/)[A-Za-z0-9_.\-]{8,}/")
# ?token=..., &api_key=..., &X-Amz-Signature=...
_SECRET_QUERY = re.compile(
    r"([?&;](?:[A-Za-z0-9_\-]*(?:token|key|secret|password|passwd|pwd|signature|sig|auth|credential)"
    r"[A-Za-z0-9_\-]*)=)[^&;#\s\"'<>]+", re.I)
# Credentials on a pasted log line: "Authorization: Bearer x", "HF_TOKEN=x", "--password x",
# "password: x" (the value runs to whitespace or a quote, whatever else it holds).
_HEADER = re.compile(r"(?i)(\bauthorization\s*[:=]\s*(?:bearer|basic|token)?\s*)[^\s\"'<>]+|(\b(?:bearer|basic)\s+)[A-Za-z0-9._~+/=\-]{8,}")
_SECRET_WORD = r"(?:token|secret|password|passwd|passphrase|api[_-]?key|access[_-]?key|private[_-]?key|credentials?)"
# NAME=value / NAME: value where the name ends in a secret word (HF_TOKEN, DB_PASSWORD, client_secret;
# not max_new_tokens), and --password value / --token=value options.
_ASSIGNED = re.compile(r"(?i)(\b[A-Za-z0-9_\-]*" + _SECRET_WORD + r"[\"']?\s*[=:]\s*[\"']?)[^\s\"'<>,;&]+")
_OPTION = re.compile(r"(?i)(--[A-Za-z0-9_\-]*" + _SECRET_WORD + r"(?:=|\s+)[\"']?)[^\s\"'<>]+")
# Tokens recognisable by their prefix wherever they stand (Hugging Face, GitHub, OpenAI, AWS).
_KNOWN_TOKEN = re.compile(r"\b(?:hf_[A-Za-z0-9]{20,}|gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}"
                          r"|sk-[A-Za-z0-9_\-]{20,}|AKIA[0-9A-Z]{16})\b")
_HINTS = ("://", "=", "/t/", ":", "bearer", "basic", "hf_", "gh", "sk-", "akia", "passw", "token", "secret", "key", "credential")


def redact(text: str) -> str:
    """`text` with credentials replaced by ``***`` (linear time, idempotent): URL userinfo, conda
    tokens, secret query values, Authorization headers, NAME=value and --password value pairs
    whose name says secret, and tokens known by their prefix."""
    if not text:
        return text
    low = text.lower()
    if not any(h in low for h in _HINTS):
        return text
    text = _USERINFO.sub(lambda m: f"{m.group('scheme')}{REDACTED}@", text)
    text = _CONDA_TOKEN.sub(rf"\1{REDACTED}/", text)
    text = _SECRET_QUERY.sub(rf"\1{REDACTED}", text)
    text = _HEADER.sub(lambda m: f"{m.group(1) or m.group(2)}{REDACTED}", text)
    text = _ASSIGNED.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    text = _OPTION.sub(lambda m: f"{m.group(1)}{REDACTED}", text)
    return _KNOWN_TOKEN.sub(REDACTED, text)


# Variable names that hold secrets whatever their prefix (NVIDIA_API_KEY, HF_TOKEN...).
_SECRET_NAME = re.compile(r"TOKEN|SECRET|PASSW|PASSPHRASE|CREDENTIAL|(?:^|_)KEY(?:$|_)|API_?KEY|AUTH|COOKIE|SESSION|PRIVATE",
                          re.I)


def is_secret_name(name: str) -> bool:
    return bool(_SECRET_NAME.search(name))
