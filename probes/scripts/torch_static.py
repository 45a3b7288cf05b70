"""Describe the torch a target interpreter WOULD import, without importing it: ONE JSON object.

Run as ``<target python> torch_static.py``. Standard library only, no package imports,
Python-3.6-compatible syntax (the target may be old or broken). It walks sys.path the way
`import torch` does (the first entry holding a regular package ``torch/__init__.py`` wins),
and returns torch/version.py as TEXT (gpufix parses it; nothing here executes it), plus the
dist-info of that copy: its METADATA version, INSTALLER, and whether its RECORD lists this
version.py with a matching hash (a mismatch means two installs were written over each other).
Costs one interpreter start-up and a few file reads: this is the static phase's torch.
"""
import base64
import hashlib
import json
import os
import re
import sys

VERSION_PY_LIMIT = 16384  # a real one is ~300 bytes; never read a huge or hostile file whole
_DIST_DIR = re.compile(r"^torch-(\d[^-]*?)(?:-py\d[^-]*)?\.(dist-info|egg-info)$", re.I)


def _read_text(path, limit):
    try:
        with open(path, "rb") as f:
            data = f.read(limit + 1)
    except (OSError, IOError) as e:
        return None, "%s: %s" % (type(e).__name__, getattr(e, "strerror", None) or e)
    if len(data) > limit:
        return None, "larger than %d bytes" % limit
    return data.decode("utf-8", "replace"), None


def find_torch_package(paths):
    """(directory, package dir or None) of what `import torch` finds first on `paths`, or (None, None).

    Per directory the import system takes a package (torch/__init__.py) before a module
    (torch.py): a user's own script named torch.py in the working directory shadows torch,
    and then the package dir is None.
    """
    seen = set()
    for entry in paths:
        d = os.path.abspath(entry or os.curdir)
        if d in seen:
            continue
        seen.add(d)
        pkg = os.path.join(d, "torch")
        if os.path.isfile(os.path.join(pkg, "__init__.py")):
            return d, pkg
        if os.path.isfile(os.path.join(d, "torch.py")):
            return d, None
    return None, None


def _metadata_version(info):
    for fname in ("METADATA", "PKG-INFO"):
        text, _ = _read_text(os.path.join(info, fname), 65536)
        if text:
            for line in text.splitlines()[:40]:
                if line.startswith("Version:"):
                    return line.split(":", 1)[1].strip()
    return None


def _record_entry(info, relpath):
    """RECORD's line for `relpath` in this dist-info: (found, 'sha256=...' or '')."""
    path = os.path.join(info, "RECORD")
    try:
        with open(path, "rb") as f:
            for raw in f:  # torch's RECORD has ~15 000 lines; stop at the one we need
                line = raw.decode("utf-8", "replace").rstrip("\r\n")
                name, _, rest = line.partition(",")
                if name.strip('"') == relpath:
                    return True, rest.split(",", 1)[0]
    except (OSError, IOError):
        return None, ""
    return False, ""


def _sha256_b64(path):
    with open(path, "rb") as f:
        digest = hashlib.sha256(f.read()).digest()
    return base64.urlsafe_b64encode(digest).rstrip(b"=").decode("ascii")


def describe_dist(directory, version_py):
    """The torch dist-info/egg-info in `directory` (the one that owns this torch package)."""
    try:
        names = sorted(os.listdir(directory))
    except OSError:
        return None
    for fname in names:
        m = _DIST_DIR.match(fname)
        if not m:
            continue
        info = os.path.join(directory, fname)
        out = {"dir": fname, "version": _metadata_version(info) or m.group(1), "kind": m.group(2).lower()}
        text, _ = _read_text(os.path.join(info, "INSTALLER"), 256)
        if text and text.strip():
            out["installer"] = text.strip().splitlines()[0]
        if out["kind"] == "dist-info" and version_py is not None:
            listed, hashed = _record_entry(info, "torch/version.py")
            out["record_lists_version_py"] = listed
            if listed and hashed.startswith("sha256="):
                try:
                    out["record_hash_matches"] = _sha256_b64(version_py) == hashed[len("sha256="):]
                except (OSError, IOError):
                    pass
        return out
    return None


def main():
    # Python puts the script's directory first, with symlinks resolved (an editable install's
    # link tree, a venv's lib64): compare real paths.
    if sys.path and os.path.realpath(sys.path[0] or os.curdir) == os.path.dirname(os.path.realpath(__file__)):
        sys.path[0] = ""  # look like `python -c`: the user's cwd, not gpufix's scripts dir
    doc = {"executable": sys.executable, "version": "%d.%d.%d" % sys.version_info[:3]}
    location, pkg = find_torch_package(sys.path)
    doc["location"] = location
    if location is not None and pkg is None:
        doc["shadowed_by"] = os.path.join(location, "torch.py")
    if pkg is not None:
        doc["package"] = pkg
        vpath = os.path.join(pkg, "version.py")
        if os.path.isfile(vpath):
            text, err = _read_text(vpath, VERSION_PY_LIMIT)
            if text is not None:
                doc["version_py"] = text
            else:
                doc["version_py_error"] = err
        else:
            vpath = None
            doc["version_py_error"] = "torch/version.py is missing"
        try:
            doc["dist"] = describe_dist(location, vpath)
        except Exception as e:  # noqa: BLE001 - odd metadata costs only the dist facts
            doc["dist_error"] = "%s: %s" % (type(e).__name__, e)
    sys.stdout.write(json.dumps(doc) + "\n")


if __name__ == "__main__":
    main()
