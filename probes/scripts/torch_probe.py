"""Probe torch inside the target interpreter: print ONE JSON object on stdout.

Run as ``<target python> torch_probe.py``. Standard library only (plus the packages it
probes), Python-3.6-compatible syntax. It does what `import torch;
torch.cuda.is_available()` does and little more: import torch, ask CUDA, read the arch
list and cuDNN version, then import numpy/torchvision/torchaudio if they are installed
(numpy is already imported by torch). Warnings are recorded, not printed; anything
written to stdout during the imports is sent to stderr so stdout holds only the JSON.
Stage markers on stderr ("[gpufix-stage] ...") tell where a hang happened.
"""
import json
import os
import sys
import time
import traceback
import warnings

TAIL = 20  # traceback lines kept: the cause is at the end
# Compiled torch extensions whose import errors are recorded (gpufix's extensions.import_error), and the packages
# built on them whose import checks a companion's version (mmdet/mmseg/mmdet3d/mmpose assert mmcv's range, spconv
# imports names from cumm): their import error is where a mismatched pair shows.
EXTENSIONS = ("xformers", "flash_attn", "bitsandbytes", "mmcv", "detectron2", "mmdet", "mmseg", "mmdet3d", "mmpose",
              "spconv")
_IGNORED = ("DeprecationWarning", "PendingDeprecationWarning", "ImportWarning", "ResourceWarning")


def _stage(name):
    try:
        sys.stderr.write("[gpufix-stage] %s\n" % name)
        sys.stderr.flush()
    except Exception:  # noqa: BLE001
        pass


def _exc_text():
    lines = traceback.format_exc().rstrip().splitlines()
    return "\n".join(lines[-TAIL:])


def _find_spec(name):
    try:
        import importlib.util
        return importlib.util.find_spec(name) is not None
    except Exception:  # noqa: BLE001 - a broken package must not break the probe
        return False


def _dist_version(name):
    try:
        from importlib import metadata
    except ImportError:
        return None
    try:
        return metadata.version(name)
    except Exception:  # noqa: BLE001
        return None


# Module name -> distribution name, where they differ.
_DIST_NAMES = {"flash_attn": "flash-attn", "detectron2": "detectron2", "mmcv": "mmcv", "mmseg": "mmsegmentation"}


def _torch_requirement(dist):
    """The distribution's Requires-Dist on torch ('torch==2.5.1', '' when it declares none),
    None when its metadata cannot be read."""
    try:
        from importlib import metadata
        reqs = metadata.requires(dist)
    except Exception:  # noqa: BLE001 - no metadata (a source checkout) or Python < 3.8
        return None
    for req in reqs or ():
        head = req.split(";")[0].strip()
        rest = head[len("torch"):] if head.lower().startswith("torch") else None
        if rest is not None and (not rest or rest[0] in " <>=!~("):
            if ";" in req and "extra" in req.split(";", 1)[1]:
                continue  # an optional extra, not a dependency
            return head.replace(" ", "")
    return ""


def _warnings(caught):
    out = []
    for w in caught:
        cat = getattr(w.category, "__name__", str(w.category))
        if cat in _IGNORED:
            continue
        item = {"category": cat, "message": str(w.message)[:4000]}
        if item not in out:
            out.append(item)
    return out


def _describe_torch(torch, out):
    out["version"] = str(torch.__version__)
    out["file"] = getattr(torch, "__file__", None)
    v = getattr(torch, "version", None)
    for key in ("cuda", "hip", "xpu", "debug"):
        val = getattr(v, key, None)
        out[key] = val if val is None or isinstance(val, bool) else str(val)
    # The compiled arch list without initialising CUDA: get_arch_list() returns [] whenever
    # CUDA is unavailable, which is exactly when the list is needed.
    try:
        flags = torch._C._cuda_getArchFlags() if hasattr(torch._C, "_cuda_getArchFlags") else None
        out["arch_list"] = flags.split() if flags else []
    except Exception:  # noqa: BLE001
        out["arch_list_error"] = _exc_text()
    _stage("cuda")
    t = time.perf_counter()
    try:
        out["cuda_available"] = bool(torch.cuda.is_available())
    except BaseException:  # noqa: BLE001
        out["cuda_error"] = _exc_text()
    try:
        out["device_count"] = int(torch.cuda.device_count())
    except BaseException:  # noqa: BLE001
        out.setdefault("cuda_error", _exc_text())
    if out.get("cuda_available"):
        _stage("devices")
        devices = []
        try:
            for i in range(out.get("device_count") or 0):
                cap = torch.cuda.get_device_capability(i)  # also emits the "sm_XX not compatible" warning
                devices.append({"name": torch.cuda.get_device_name(i), "capability": [int(cap[0]), int(cap[1])]})
        except BaseException:  # noqa: BLE001
            out["device_error"] = _exc_text()
        out["devices"] = devices
        if not out.get("arch_list"):
            try:
                out["arch_list"] = list(torch.cuda.get_arch_list())
            except Exception:  # noqa: BLE001
                pass
    out["seconds"]["cuda"] = round(time.perf_counter() - t, 3)
    try:
        cudnn = torch.backends.cudnn
        if cudnn.is_available():
            out["cudnn"] = cudnn.version()
        else:
            out["cudnn"] = None
    except BaseException:  # noqa: BLE001 - "cuDNN version incompatibility" is raised here
        out["cudnn_error"] = _exc_text()
    try:
        mps = torch.backends.mps
        out["mps_built"] = bool(mps.is_built())
        out["mps_available"] = bool(mps.is_available())
    except Exception:  # noqa: BLE001 - torch < 1.12 has no MPS backend
        pass


def _import_other(name, out, torch, seconds=None):
    """Import numpy/torchvision/torchaudio after torch; record version or error."""
    if name not in sys.modules and not _find_spec(name):
        out[name] = {"installed": False}
        return
    _stage("import " + name)
    t = time.perf_counter()
    info = {"installed": True}
    try:
        mod = __import__(name)
        info["version"] = str(getattr(mod, "__version__", "")) or None
    except BaseException:  # noqa: BLE001 - "operator torchvision::nms does not exist" is a RuntimeError
        info["import_error"] = _exc_text()
        mod = None
        if name != "numpy":
            # What the failing package says it needs (the torch it was built for, where it says:
            # xformers pins torch==X; torchaudio 2.11.0 declares nothing at all).
            info["dist_version"] = _dist_version(_DIST_NAMES.get(name, name))
            info["requires_torch"] = _torch_requirement(_DIST_NAMES.get(name, name))
    if name == "numpy" and mod is not None and torch is not None:
        # torch built for NumPy 1.x under NumPy 2 imports, then fails here
        try:
            torch.zeros(1).numpy()
            info["torch_interop"] = True
        except BaseException:  # noqa: BLE001
            info["torch_interop"] = False
            info["torch_interop_error"] = _exc_text()
    (out["seconds"] if seconds is None else seconds)["import_" + name] = round(time.perf_counter() - t, 3)
    out[name] = info


def probe(out):
    torch = None
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if "torch" not in sys.modules and not _find_spec("torch"):
            out["torch_installed"] = False
            out["torch_dist_version"] = _dist_version("torch")
        else:
            out["torch_installed"] = True
            _stage("import torch")
            t = time.perf_counter()
            try:
                import torch
            except BaseException:  # noqa: BLE001 - ImportError, OSError (DLL), SystemExit...
                out["import_error"] = _exc_text()
                out["torch_dist_version"] = _dist_version("torch")
                torch = None
            out["seconds"]["import_torch"] = round(time.perf_counter() - t, 3)
            if torch is not None:
                _describe_torch(torch, out)
        for name in ("numpy", "torchvision", "torchaudio"):
            if name != "numpy" and torch is None:
                out[name] = {"installed": _find_spec(name), "skipped": "torch did not import"}
                continue
            _import_other(name, out, torch)
        # Compiled extensions built against one torch (and CUDA): importing them is where
        # "libc10_cuda.so: cannot open shared object file" or "undefined symbol" shows. Only
        # those installed are imported; the others cost one find_spec each.
        if torch is not None:
            out["extensions"] = {}
            for name in EXTENSIONS:
                if name in sys.modules or _find_spec(name):
                    _import_other(name, out["extensions"], torch, out["seconds"])
    out["warnings"] = _warnings(caught)


def main():
    start = time.perf_counter()
    # Python resolves symlinks in the script's directory (an editable install's link tree): real paths.
    here = os.path.dirname(os.path.realpath(__file__))
    if sys.path and os.path.realpath(sys.path[0] or os.curdir) == here:
        sys.path[0] = ""  # like `python -c`: the user's cwd (a stray ./torch.py shows up), not ours
    out = {"schema": 1, "python": sys.version.split()[0], "executable": sys.executable, "seconds": {}}
    sys.stdout.flush()
    saved = None
    try:
        saved = os.dup(1)
        os.dup2(2, 1)  # prints during imports go to stderr
    except OSError:
        saved = None
    try:
        probe(out)
    except BaseException:  # noqa: BLE001 - always print the JSON
        out["probe_error"] = _exc_text()
    finally:
        try:
            sys.stdout.flush()
        except Exception:  # noqa: BLE001
            pass
        if saved is not None:
            os.dup2(saved, 1)
            os.close(saved)
    out["seconds"]["total"] = round(time.perf_counter() - start, 3)
    sys.stdout.write(json.dumps(out, default=str) + "\n")
    sys.stdout.flush()


def _exit_now():
    """End without the interpreter's teardown. With torch loaded it takes ~0.2 s (its modules and
    native state are freed one by one: measured 1.06 s vs 0.82 s for import + is_available) and
    tells gpufix nothing; everything the probe has to say is written and flushed by then."""
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed pipe: nothing more to say anyway
            pass
    os._exit(0)


if __name__ == "__main__":
    main()
    _exit_now()
