"""gpufix verification script: runs in the TARGET interpreter, never inside gpufix.

It needs only the standard library and torch (torchvision is often the broken part, so it
is never imported). It prints one JSON object per line on standard output (schema
"gpufix-verify/1"); gpufix reads them as they come (progress) and turns them into facts.

    python verify_torch.py [--device auto|cuda|mps|cpu] [--data DIR] [--mirror URL]
                           [--epochs N] [--no-mnist] [--no-download]

Phases: import torch -> device check (allocation, a torch kernel, matrix products compared
with the CPU) -> data (an MNIST copy already there, a checked download, or generated data)
-> a short CNN training on the device -> CPU throughput for a speed-up figure.

Kept compatible with old interpreters (Python 3.6+) and old torch (1.7+): students run
gpufix against whatever they have installed.
"""
import argparse
import hashlib
import json
import math
import os
import platform
import struct
import sys
import tempfile
import time
import traceback
import warnings
import zlib

SCHEMA = "gpufix-verify/1"

# Exit codes: the events say what happened; these only summarise it.
EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_IMPORT = 0, 1, 2, 3

# --- MNIST files -------------------------------------------------------------------------
# (key, stem, gz sha256, gz md5, sha256 of the decompressed file, decompressed size).
# Checksums as published with torchvision (MD5 of the .gz), TensorFlow Datasets (SHA-256 of
# the .gz) and independent records of the decompressed files; a mirror may recompress, so
# a download is accepted when either the archive or its content matches.
MNIST_FILES = (
    ("train_images", "train-images-idx3-ubyte",
     "440fcabf73cc546fa21475e81ea370265605f56be210a4024d2ca8f203523609",
     "f68b3c2dcbeaaa9fbdd348bbdeb94873",
     "ba891046e6505d7aadcbbe25680a0738ad16aec93bde7f9b65e87a2fc25776db", 47040016),
    ("train_labels", "train-labels-idx1-ubyte",
     "3552534a0a558bbed6aed32b30c495cca23d567ec52cac8be1a0730e8010255c",
     "d53e105ee54ea40749a09fcbcd1e9432",
     "65a50cbbf4e906d70832878ad85ccda5333a97f0f4c3dd2ef09a8a9eef7101c5", 60008),
    ("test_images", "t10k-images-idx3-ubyte",
     "8d422c7b0a1c1c79245a5bcf07fe86e33eeafee792b84584aec276f5a2dbc4e6",
     "9fb629c4189551a2d022fa330f9573f3",
     "0fa7898d509279e482958e8ce81c8e77db3f2f8254e26661ceb7762c4d494ce7", 7840016),
    ("test_labels", "t10k-labels-idx1-ubyte",
     "f7ae60f92e00ec6debd23a6088c31dbd2371eca3ffa0defaefb259924204aec6",
     "ec29112dd5afa0611ce80d1b7f02629c",
     "ff7bcfd416de33731a308c3f266cc351222c34898ecbeaf847f06e48f7ec33f2", 10008),
)
# torchvision's own mirror first, then the one TensorFlow uses.
DEFAULT_MIRRORS = (
    "https://ossci-datasets.s3.amazonaws.com/mnist/",
    "https://storage.googleapis.com/cvdf-datasets/mnist/",
)
IDX_UBYTE = 0x08
MAX_IDX_BYTES = 256 * 1024 * 1024  # a decompressed MNIST file is 47 MB; refuse absurd sizes

# --- training settings ---------------------------------------------------------------------
# A tiny CNN, data kept on the device as one tensor, large batches and a one-cycle schedule:
# ~97.5% on MNIST after one epoch, ~98.5% after three.
GPU_EPOCHS, CPU_EPOCHS = 3, 1
GPU_BATCH, CPU_BATCH = 512, 256
MAX_LR = 1e-2
EVAL_BATCH = 2500
PROGRESS_INTERVAL = 0.25  # seconds between progress events


# ==========================================================================================
# Events
# ==========================================================================================
class Emitter:
    """Writes one JSON object per line and flushes, so the reader sees progress live."""

    def __init__(self, stream=None):
        self.stream = stream if stream is not None else sys.stdout
        self.start = time.perf_counter()

    def __call__(self, event, **fields):
        rec = {"event": event, "t": round(time.perf_counter() - self.start, 3)}
        rec.update(fields)
        self.stream.write(json.dumps(_clean(rec), ensure_ascii=True, sort_keys=False) + "\n")
        self.stream.flush()


def _clean(obj):
    """JSON-safe: NaN/inf become null (strict JSON readers reject them)."""
    if isinstance(obj, float):
        return obj if math.isfinite(obj) else None
    if isinstance(obj, dict):
        return {str(k): _clean(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [_clean(v) for v in obj]
    return obj


def error_fields(exc):
    """The exact error text, for rules to match (first line is what users search for)."""
    return {"type": type(exc).__name__, "message": str(exc).strip() or type(exc).__name__,
            "traceback": "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))[-4000:]}


def warning_texts(caught):
    return [str(w.message).strip() for w in caught if str(w.message).strip()]


# ==========================================================================================
# IDX files (the MNIST format), parsed without numpy or torchvision
# ==========================================================================================
class IdxError(ValueError):
    """A file that is not a usable IDX file; the message says why, in one line."""


class IdxArray:
    __slots__ = ("dims", "data", "sha256", "path")

    def __init__(self, dims, data, sha256, path):
        self.dims, self.data, self.sha256, self.path = dims, data, sha256, path

    def __len__(self):
        return self.dims[0]


def decode_idx(raw, name="<bytes>"):
    """Parse IDX bytes (gzip or plain) holding unsigned bytes; returns (dims, payload, content)."""
    if raw[:2] == b"\x1f\x8b":
        try:
            d = zlib.decompressobj(16 + zlib.MAX_WBITS)
            content = d.decompress(raw, MAX_IDX_BYTES + 1)
            if len(content) > MAX_IDX_BYTES:
                raise IdxError("%s: decompresses to more than %d bytes" % (name, MAX_IDX_BYTES))
            if not d.eof:
                raise IdxError("%s: truncated gzip stream (download incomplete?)" % name)
        except zlib.error as e:
            raise IdxError("%s: corrupt gzip data (%s)" % (name, e)) from None
    else:
        content = raw
    if len(content) < 4:
        raise IdxError("%s: too short for an IDX header (%d bytes)" % (name, len(content)))
    zero, dtype, ndim = struct.unpack(">HBB", content[:4])
    if zero != 0:
        raise IdxError("%s: not an IDX file (bad magic number 0x%08x)" % (name, struct.unpack(">I", content[:4])[0]))
    if dtype != IDX_UBYTE:
        raise IdxError("%s: IDX data type 0x%02x, expected 0x08 (unsigned byte)" % (name, dtype))
    if not 1 <= ndim <= 4:
        raise IdxError("%s: IDX header says %d dimensions" % (name, ndim))
    header = 4 + 4 * ndim
    if len(content) < header:
        raise IdxError("%s: truncated IDX header" % name)
    dims = struct.unpack(">" + "I" * ndim, content[4:header])
    count = 1
    for n in dims:
        count *= n
    if count == 0:
        raise IdxError("%s: empty IDX array %s" % (name, "x".join(map(str, dims))))
    got = len(content) - header
    if got < count:
        raise IdxError("%s: truncated: %d of %d data bytes present" % (name, got, count))
    if got > count:
        raise IdxError("%s: %d unexpected bytes after the data" % (name, got - count))
    return dims, memoryview(content)[header:], content


def read_idx(path):
    """Read one IDX file (plain or .gz) into an IdxArray; IdxError with a clear message if bad."""
    name = os.path.basename(path)
    try:
        with open(path, "rb") as f:
            raw = f.read(MAX_IDX_BYTES + 1)
    except OSError as e:
        raise IdxError("%s: cannot read: %s" % (path, e.strerror or e)) from None
    if len(raw) > MAX_IDX_BYTES:
        raise IdxError("%s: larger than %d bytes, not an MNIST file" % (name, MAX_IDX_BYTES))
    dims, payload, content = decode_idx(raw, name)
    return IdxArray(dims, payload, hashlib.sha256(content).hexdigest(), path)


def check_mnist_arrays(arrays):
    """Shapes and label ranges of the four arrays (keys as in MNIST_FILES)."""
    for split in ("train", "test"):
        img, lab = arrays[split + "_images"], arrays[split + "_labels"]
        if len(img.dims) != 3 or tuple(img.dims[1:]) != (28, 28):
            raise IdxError("%s: images are %s, expected N x 28 x 28"
                           % (os.path.basename(img.path), "x".join(map(str, img.dims))))
        if len(lab.dims) != 1:
            raise IdxError("%s: labels have %d dimensions, expected 1" % (os.path.basename(lab.path), len(lab.dims)))
        if lab.dims[0] != img.dims[0]:
            raise IdxError("%s has %d labels for %d images" % (os.path.basename(lab.path), lab.dims[0], img.dims[0]))
        # bytes.translate deletes 0..9: anything left is not a digit label.
        if bytes(lab.data).translate(None, bytes(range(10))):
            raise IdxError("%s: labels outside 0-9" % os.path.basename(lab.path))


# ==========================================================================================
# Finding, loading and downloading MNIST
# ==========================================================================================
def cache_dir():
    """Where gpufix keeps its MNIST download (XDG on Linux, LOCALAPPDATA on Windows)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = os.path.join(os.environ["LOCALAPPDATA"], "gpufix", "cache")
    else:
        base = os.path.join(os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache"),
                            "gpufix")
    return os.path.join(base, "mnist")


def candidate_roots(data_dir):
    """Directories to look in: --data alone, or the usual places tutorials download to."""
    if data_dir:
        return [data_dir]
    home = os.path.expanduser("~")
    return [os.path.join(os.getcwd(), d) for d in ("data", "datasets", "dataset", os.path.join("..", "data"))] + [
        cache_dir(), os.path.join(home, "data"), os.path.join(home, "datasets"),
        os.path.join(home, ".pytorch", "MNIST_data"),  # a popular course's root
    ]


def layouts(root):
    # torchvision: <root>/MNIST/raw; also the raw folder itself or loose files.
    return [os.path.join(root, "MNIST", "raw"), os.path.join(root, "raw"), os.path.join(root, "mnist"),
            os.path.join(root, "MNIST"), root]


def find_file(directory, stem):
    """train-images-idx3-ubyte, or the train-images.idx3-ubyte spelling; plain before .gz."""
    dotted = stem.replace("-idx", ".idx")
    for name in (stem, dotted, stem + ".gz", dotted + ".gz"):
        p = os.path.join(directory, name)
        if os.path.isfile(p):
            return p
    return None


def find_mnist_dirs(data_dir):
    """Every directory (in order) that holds the four MNIST files."""
    seen, found = set(), []
    for root in candidate_roots(data_dir):
        for d in layouts(root):
            key = os.path.normcase(os.path.abspath(d))
            if key in seen or not os.path.isdir(d):
                continue
            seen.add(key)
            paths = {k: find_file(d, stem) for k, stem, _a, _b, _c, _d in MNIST_FILES}
            if all(paths.values()):
                found.append((d, paths))
    return found


def load_mnist(paths):
    """Parse the four files; returns (arrays, verified). IdxError if any is unusable."""
    arrays = {k: read_idx(p) for k, p in paths.items()}
    check_mnist_arrays(arrays)
    verified = all(arrays[k].sha256 == raw_sha for k, _s, _g, _m, raw_sha, _n in MNIST_FILES)
    return arrays, verified


class DownloadError(Exception):
    pass


def _md5(data):
    try:
        return hashlib.md5(data, usedforsecurity=False).hexdigest()  # FIPS systems
    except TypeError:
        return hashlib.md5(data).hexdigest()


def fetch(url, timeout, emit, limit=64 * 1024 * 1024):
    """GET url into memory with a short timeout, reporting progress; DownloadError on failure."""
    import urllib.request
    import urllib.error
    import socket

    try:
        req = urllib.request.Request(url, headers={"User-Agent": "gpufix-verify"})
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            total = int(resp.headers.get("Content-Length") or 0) or None
            chunks, got, last = [], 0, 0.0
            while True:
                block = resp.read(256 * 1024)
                if not block:
                    break
                chunks.append(block)
                got += len(block)
                if got > limit:
                    raise DownloadError("%s: more than %d bytes" % (url, limit))
                now = time.perf_counter()
                if now - last > PROGRESS_INTERVAL:
                    emit("download", url=url, state="progress", bytes=got, total=total)
                    last = now
            return b"".join(chunks)
    except DownloadError:
        raise
    except urllib.error.HTTPError as e:
        raise DownloadError("HTTP %s %s" % (e.code, e.reason)) from None
    except urllib.error.URLError as e:
        raise DownloadError(str(getattr(e, "reason", e))) from None
    except (socket.timeout, OSError, ValueError) as e:
        raise DownloadError("%s: %s" % (type(e).__name__, e)) from None


def check_download(key, blob):
    """Checksums of a downloaded .gz: the archive's, else its content's (mirrors recompress)."""
    spec = next(s for s in MNIST_FILES if s[0] == key)
    if hashlib.sha256(blob).hexdigest() == spec[2] or _md5(blob) == spec[3]:
        return True
    try:
        _dims, _payload, content = decode_idx(blob, spec[1] + ".gz")
    except IdxError as e:
        raise DownloadError(str(e)) from None
    if hashlib.sha256(content).hexdigest() != spec[4]:
        raise DownloadError("%s.gz: checksum mismatch (not the official MNIST file)" % spec[1])
    return True


def download_mnist(dest, mirrors, timeout, emit):
    """Download the four .gz files into dest (torchvision layout); returns their paths."""
    raw = os.path.join(dest, "MNIST", "raw")
    try:
        os.makedirs(raw, exist_ok=True)
    except OSError as e:
        raise DownloadError("cannot create %s: %s" % (raw, e.strerror or e)) from None
    dead, paths = set(), {}
    for key, stem, _sha, _md5sum, _raw_sha, _size in MNIST_FILES:
        target = os.path.join(raw, stem + ".gz")
        errors = []
        for mirror in mirrors:
            if mirror in dead:
                continue
            url = mirror.rstrip("/") + "/" + stem + ".gz"
            emit("download", url=url, state="start")
            try:
                blob = fetch(url, timeout, emit)
                check_download(key, blob)
            except DownloadError as e:
                emit("download", url=url, state="failed", error=str(e))
                errors.append("%s: %s" % (url, e))
                dead.add(mirror)  # offline or broken: do not wait on it again
                continue
            fd, tmp = tempfile.mkstemp(dir=raw, suffix=".part")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(blob)
                umask = os.umask(0)
                os.umask(umask)
                os.chmod(tmp, 0o666 & ~umask)  # mkstemp makes 0600; a dataset cache is for everyone
                os.replace(tmp, target)
            except OSError as e:
                raise DownloadError("cannot write %s: %s" % (target, e.strerror or e)) from None
            finally:
                if os.path.exists(tmp):
                    os.unlink(tmp)
            emit("download", url=url, state="done", bytes=len(blob), path=target)
            paths[key] = target
            break
        if key not in paths:
            raise DownloadError("; ".join(errors) or "no mirror left to try")
    return paths


# ==========================================================================================
# Generated data: a learnable 10-class 28x28 set for offline machines
# ==========================================================================================
# Seven-segment digits (rows, cols as slices of a 28x28 canvas), jittered by a random
# affine transform, stroke weights and noise. Learnable like MNIST, but not MNIST: every
# output says which data was used.
_SEGMENTS = {
    "a": (slice(4, 7), slice(8, 21)), "b": (slice(5, 15), slice(18, 21)), "c": (slice(14, 24), slice(18, 21)),
    "d": (slice(21, 24), slice(8, 21)), "e": (slice(14, 24), slice(7, 10)), "f": (slice(5, 15), slice(7, 10)),
    "g": (slice(13, 16), slice(8, 21)),
}
_DIGITS = ("abcdef", "bc", "abged", "abgcd", "fgbc", "afgcd", "afgedc", "abc", "abcdefg", "abcdfg")
# Jitter, chosen so that both loops in bench/bench_mnist.py learn it about as fast as MNIST.
GEN_ROTATION = 0.5  # radians, full range
GEN_SHIFT = 0.3  # of the half-width, full range
GEN_GHOST_P, GEN_GHOST_W = 0.1, 0.3  # faint strokes on unlit segments
GEN_NOISE = 0.22


def generate_data(torch, n_train, n_test, seed=0):
    """Returns (x_train, y_train, x_test, y_test) as uint8 images [N,28,28] and int64 labels."""
    import torch.nn.functional as F

    g = torch.Generator().manual_seed(1234 + seed)
    seg = torch.zeros(len(_SEGMENTS), 28, 28)
    names = sorted(_SEGMENTS)
    for i, s in enumerate(names):
        rows, cols = _SEGMENTS[s]
        seg[i, rows, cols] = 1.0
    onehot = torch.tensor([[1.0 if s in _DIGITS[d] else 0.0 for s in names] for d in range(10)])

    def make(n):
        y = torch.randint(0, 10, (n,), generator=g)
        out = torch.empty(n, 28, 28, dtype=torch.uint8)
        for lo in range(0, n, 8192):  # chunks keep memory flat
            yy = y[lo:lo + 8192]
            m = yy.shape[0]
            on = onehot[yy]
            weight = on * (0.6 + 0.4 * torch.rand(m, len(names), generator=g))
            # Faint "ghost" strokes on unlit segments make near-identical digits (8/0, 9/8) harder.
            ghost = (1 - on) * (torch.rand(m, len(names), generator=g) < GEN_GHOST_P).float() * GEN_GHOST_W
            img = torch.einsum("ns,shw->nhw", weight + ghost, seg).clamp_(0, 1).unsqueeze(1)
            ang = (torch.rand(m, generator=g) - 0.5) * GEN_ROTATION
            scale = 0.85 + 0.3 * torch.rand(m, generator=g)
            shear = (torch.rand(m, generator=g) - 0.5) * 0.4
            tx, ty = [(torch.rand(m, generator=g) - 0.5) * GEN_SHIFT for _ in range(2)]
            cos, sin = torch.cos(ang) / scale, torch.sin(ang) / scale
            theta = torch.stack([torch.stack([cos, -sin + shear, tx], 1), torch.stack([sin, cos, ty], 1)], 1)
            grid = F.affine_grid(theta, (m, 1, 28, 28), align_corners=False)
            img = F.grid_sample(img, grid, align_corners=False, padding_mode="zeros")
            img = 0.6 * img + 0.4 * F.avg_pool2d(img, 3, 1, 1)  # soft strokes
            img = img + GEN_NOISE * torch.randn(img.shape, generator=g)
            out[lo:lo + m] = (img.squeeze(1).clamp_(0, 1) * 255).round_().to(torch.uint8)
        return out, y

    xtr, ytr = make(n_train)
    xte, yte = make(n_test)
    return xtr, ytr, xte, yte


# ==========================================================================================
# Tensors and training
# ==========================================================================================
def to_tensor(torch, arr):
    """IdxArray -> uint8 tensor of its dims, without numpy (often the broken package)."""
    buf = bytearray(arr.data)
    if hasattr(torch, "frombuffer"):
        t = torch.frombuffer(buf, dtype=torch.uint8)
    else:  # torch < 1.10
        t = torch.ByteTensor(torch.ByteStorage.from_buffer(bytes(buf)))
    return t.reshape(tuple(arr.dims))


def make_model(torch):
    nn = torch.nn
    # ~13k parameters, ~0.2 MFLOP per image: fast on a laptop CPU, trivial on a GPU.
    return nn.Sequential(
        nn.Conv2d(1, 8, 5, stride=2, padding=2), nn.ReLU(),
        nn.Conv2d(8, 16, 3, stride=2, padding=1), nn.ReLU(),
        nn.Flatten(), nn.Linear(16 * 7 * 7, 10))


def prepare(torch, x_uint8, device, mean, std):
    """uint8 [N,28,28] -> normalised float [N,1,28,28] on the device, in one go."""
    x = x_uint8.to(device)
    return x.float().div_(255.0).sub_(mean).div_(std).unsqueeze(1).contiguous()


def synchronize(torch, device):
    if device == "cuda":
        torch.cuda.synchronize()
    elif device == "mps" and hasattr(torch, "mps") and hasattr(torch.mps, "synchronize"):
        torch.mps.synchronize()


def evaluate(torch, model, x, y):
    model.eval()
    correct = None
    with torch.no_grad():
        for lo in range(0, x.shape[0], EVAL_BATCH):
            c = (model(x[lo:lo + EVAL_BATCH]).argmax(1) == y[lo:lo + EVAL_BATCH]).sum()
            correct = c if correct is None else correct + c
    model.train()
    return float(correct.item()) / x.shape[0]


def _zero_grad(opt):
    try:
        opt.zero_grad(set_to_none=True)
    except TypeError:  # torch < 1.7
        opt.zero_grad()


def train(torch, data, device, epochs, batch_size, seed=0, emit=None, phase="train", on_epoch=None):
    """Train the CNN on tensors already on the device; returns a result dict.

    data: (x_train, y_train, x_test, y_test) with x normalised [N,1,28,28] on `device`.
    on_epoch(epoch, accuracy, elapsed) is called after each epoch's evaluation (the bench
    uses it for time-to-accuracy). No per-sample Python work: one shuffled index tensor
    per epoch, batches are index_select on the device.
    """
    import torch.nn.functional as F

    xtr, ytr, xte, yte = data
    torch.manual_seed(seed)
    model = make_model(torch).to(device)
    n = xtr.shape[0]
    batch_size = max(1, min(batch_size, n))
    steps = n // batch_size  # drop the ragged last batch: fixed shapes, no re-tuning
    opt = torch.optim.Adam(model.parameters(), lr=MAX_LR)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=MAX_LR, total_steps=max(epochs * steps, 1),
                                                pct_start=0.15)
    if emit:
        emit("phase", phase=phase, state="start", device=device, epochs=epochs, batch_size=batch_size,
             steps_per_epoch=steps, train_size=n, test_size=xte.shape[0],
             params=sum(p.numel() for p in model.parameters()), threads=torch.get_num_threads())
    synchronize(torch, device)
    start = time.perf_counter()
    train_time, last, history, acc, loss_avg = 0.0, start, [], 0.0, None
    for epoch in range(1, epochs + 1):
        t_epoch = time.perf_counter()
        perm = torch.randperm(n, device=device)
        loss_sum = torch.zeros((), device=device)
        for step in range(steps):
            idx = perm[step * batch_size:(step + 1) * batch_size]
            out = model(xtr.index_select(0, idx))
            loss = F.cross_entropy(out, ytr.index_select(0, idx))
            _zero_grad(opt)
            loss.backward()
            opt.step()
            sched.step()
            loss_sum += loss.detach()
            now = time.perf_counter()
            if emit and now - last >= PROGRESS_INTERVAL:
                emit("progress", phase=phase, epoch=epoch, epochs=epochs, step=step + 1, steps=steps)
                last = now
        synchronize(torch, device)
        train_time += time.perf_counter() - t_epoch
        loss_avg = float(loss_sum.item()) / max(steps, 1)
        acc = evaluate(torch, model, xte, yte)
        elapsed = time.perf_counter() - start
        history.append({"epoch": epoch, "accuracy": acc, "loss": loss_avg, "seconds": elapsed})
        if emit:
            emit("epoch", phase=phase, epoch=epoch, epochs=epochs, loss=loss_avg, accuracy=acc, seconds=elapsed,
                 images_per_s=epoch * steps * batch_size / train_time if train_time > 0 else None)
        if on_epoch is not None and on_epoch(epoch, acc, elapsed) is False:
            break
    seconds = time.perf_counter() - start
    images = len(history) * steps * batch_size
    return {"device": device, "accuracy": acc, "loss": loss_avg, "seconds": seconds, "train_seconds": train_time,
            "images": images, "images_per_s": images / train_time if train_time > 0 else None,
            "epochs": len(history), "batch_size": batch_size, "history": history}


def cpu_throughput(torch, x, y, budget, batch_size, emit=None):
    """Images per second of the same training step on the CPU, for `budget` seconds."""
    import torch.nn.functional as F

    model = make_model(torch)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    n = x.shape[0]
    batch_size = min(batch_size, n)
    if emit:
        emit("phase", phase="cpu", state="start", seconds_budget=budget, batch_size=batch_size,
             threads=torch.get_num_threads())

    def step(i):
        lo = (i * batch_size) % max(n - batch_size + 1, 1)
        loss = F.cross_entropy(model(x[lo:lo + batch_size]), y[lo:lo + batch_size])
        _zero_grad(opt)
        loss.backward()
        opt.step()

    for i in range(2):  # warm-up: first calls pick kernels, allocate
        step(i)
    start = last = time.perf_counter()
    done = 0
    while True:
        step(done)
        done += 1
        now = time.perf_counter()
        if emit and now - last >= PROGRESS_INTERVAL:
            emit("progress", phase="cpu", step=done, fraction=min((now - start) / budget, 1.0))
            last = now
        if now - start >= budget and done >= 3:
            break
    seconds = time.perf_counter() - start
    return {"images": done * batch_size, "seconds": seconds, "images_per_s": done * batch_size / seconds,
            "threads": torch.get_num_threads()}


# ==========================================================================================
# Device check
# ==========================================================================================
def choose_target(torch, requested):
    """Which GPU backend to check: 'cuda', 'mps' or None, and why; never raises."""
    info = {"requested": requested, "cuda_built": bool(getattr(torch.version, "cuda", None)),
            "hip": getattr(torch.version, "hip", None)}
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            info["cuda_available"] = bool(torch.cuda.is_available())
        except Exception as e:  # noqa: BLE001 - a broken CUDA init must not stop the check
            info["cuda_available"] = False
            info["init_error"] = "%s: %s" % (type(e).__name__, e)
        mps = getattr(torch.backends, "mps", None)
        info["mps_built"] = bool(mps and getattr(mps, "is_built", lambda: False)())
        info["mps_available"] = bool(mps and getattr(mps, "is_available", lambda: False)())
    info["warnings"] = warning_texts(caught)
    gpu_build = info["cuda_built"] or bool(info["hip"])
    if requested == "cpu":
        return None, "--device cpu was given", info
    if requested in ("cuda", "mps"):
        return requested, "", info
    if info["cuda_available"]:
        return "cuda", "", info
    if info["mps_available"]:
        return "mps", "", info
    if gpu_build:
        # A CUDA build that cannot see a GPU: allocate anyway to get torch's own error text.
        return "cuda", "", info
    if info["mps_built"]:
        return None, "MPS is built into torch %s but not available on this machine" % torch.__version__, info
    return None, "torch %s is a CPU-only build (torch.version.cuda is None)" % torch.__version__, info


def rel_error(torch, got, want):
    scale = want.abs().max().item() or 1.0
    return (got.double() - want).abs().max().item() / scale


def check_device(torch, target, emit):
    """Allocate, run a torch kernel and two matrix products on `target`; compare with the CPU."""
    res = {"alloc_ok": None, "kernel_ok": None, "matmul_ok": None, "error": None}
    g = torch.Generator().manual_seed(0)
    a = torch.randn(256, 256, generator=g)
    ref = a.double() @ a.double()
    step = "init"
    start = time.perf_counter()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            if target == "cuda":
                if hasattr(torch.cuda, "init"):
                    torch.cuda.init()  # raises torch's own text: driver too old, no driver...
                props = torch.cuda.get_device_properties(0)
                res.update(name=props.name, capability="%d.%d" % (props.major, props.minor),
                           memory_mib=int(props.total_memory // (1024 * 1024)),
                           device_count=torch.cuda.device_count())
                if hasattr(torch.cuda, "get_arch_list"):
                    res["arch_list"] = list(torch.cuda.get_arch_list())
            elif target == "mps":
                res.update(name="Apple MPS")
            step = "alloc"
            dev = torch.empty((256, 256), device=target)  # a plain allocation + copy, no kernel yet
            dev.copy_(a)
            synchronize(torch, target)
            res["alloc_ok"] = True
            emit("progress", phase="device", step="alloc", ok=True)
            step = "kernel"  # torch's own compiled kernels (where "no kernel image" shows up)
            got = (dev * 2.0 + 1.0).cpu()
            res["kernel_ok"] = bool(torch.allclose(got, a * 2.0 + 1.0, rtol=1e-6, atol=1e-6))
            step = "matmul"  # cuBLAS / MPS matmul; TF32 may be on, so compare relatively
            err32 = rel_error(torch, (dev @ dev).cpu(), ref)
            err16 = rel_error(torch, (dev.half() @ dev.half()).float().cpu(), ref)
            res.update(matmul_rel_error=err32, fp16_rel_error=err16)
            res["matmul_ok"] = bool(err32 < 5e-3 and err16 < 2e-2)
            synchronize(torch, target)
            if not res["kernel_ok"]:
                res["error"] = "a torch kernel on %s returned wrong values" % target
                res["error_step"] = "kernel"
            elif not res["matmul_ok"]:
                res["error"] = ("matrix product on %s differs from the CPU (relative error fp32 %.2g, fp16 %.2g)"
                                % (target, err32, err16))
                res["error_step"] = "matmul"
        except Exception as e:  # noqa: BLE001 - the exact error text is the finding
            f = error_fields(e)
            res.update(error=f["message"], error_type=f["type"], error_step=step, traceback=f["traceback"])
            # A failure while initialising means nothing could be allocated either.
            res[("alloc" if step == "init" else step) + "_ok"] = False
    res["warnings"] = warning_texts(caught)
    res["seconds"] = time.perf_counter() - start
    return res


# ==========================================================================================
# Main
# ==========================================================================================
def parse_args(argv):
    p = argparse.ArgumentParser(prog="verify_torch.py", description="gpufix verification (JSON lines on stdout)")
    p.add_argument("--device", choices=("auto", "cuda", "mps", "cpu"), default="auto")
    p.add_argument("--data", metavar="DIR", help="an MNIST copy (torchvision layout <DIR>/MNIST/raw, or the files)")
    p.add_argument("--mirror", action="append", default=[], metavar="URL", help="MNIST mirror tried first")
    p.add_argument("--epochs", type=int, default=None)
    p.add_argument("--no-mnist", action="store_true", help="device check only")
    p.add_argument("--no-download", action="store_true")
    p.add_argument("--download-timeout", type=float, default=10.0)
    p.add_argument("--cpu-seconds", type=float, default=1.5, help="CPU throughput measurement budget")
    p.add_argument("--max-train", type=int, default=None, help="use at most N training images")
    p.add_argument("--max-test", type=int, default=None, help="use at most N test images")
    p.add_argument("--batch-size", type=int, default=None)
    p.add_argument("--seed", type=int, default=0)
    return p.parse_args(argv)


def get_data(torch, args, emit):
    """MNIST from disk, else a checked download, else generated data; emits the choice."""
    emit("phase", phase="data", state="start")
    start = time.perf_counter()
    notes = []
    for d, paths in find_mnist_dirs(args.data):
        try:
            arrays, verified = load_mnist(paths)
        except IdxError as e:
            emit("data_rejected", path=d, reason=str(e))
            notes.append(str(e))
            continue
        return _from_arrays(torch, arrays, verified, d, "local", notes, start, emit)
    if args.no_download:
        notes.append("download disabled (--no-download)")
    else:
        dest = args.data or cache_dir()
        mirrors = list(args.mirror) + [m for m in DEFAULT_MIRRORS if m not in args.mirror]
        try:
            paths = download_mnist(dest, mirrors, args.download_timeout, emit)
            arrays, verified = load_mnist(paths)
            return _from_arrays(torch, arrays, verified, os.path.dirname(paths["train_images"]), "download",
                                notes, start, emit)
        except (DownloadError, IdxError) as e:
            notes.append("download failed: %s" % e)
    where = args.data or "./data, ~/.cache/gpufix/mnist, ~/data and other usual places"
    reason = "no MNIST copy found in %s; %s" % (where, "; ".join(notes) if notes else "")
    n_train = min(args.max_train or 60000, 60000)
    n_test = min(args.max_test or 10000, 10000)
    xtr, ytr, xte, yte = generate_data(torch, n_train, n_test, args.seed)
    emit("data", kind="generated", source="generated", verified=None, train=n_train, test=n_test,
         reason=reason.rstrip("; "), seconds=time.perf_counter() - start)
    return xtr, ytr, xte, yte, "generated"


def _from_arrays(torch, arrays, verified, where, origin, notes, start, emit):
    xtr, ytr = to_tensor(torch, arrays["train_images"]), to_tensor(torch, arrays["train_labels"]).long()
    xte, yte = to_tensor(torch, arrays["test_images"]), to_tensor(torch, arrays["test_labels"]).long()
    kind = "mnist" if verified else "idx"
    emit("data", kind=kind, source=where, origin=origin, verified=verified, train=int(xtr.shape[0]),
         test=int(xte.shape[0]), notes=notes, seconds=time.perf_counter() - start)
    return xtr, ytr, xte, yte, kind


def run(args, emit):
    t0 = time.perf_counter()
    emit("start", schema=SCHEMA, python=platform.python_version(), executable=sys.executable,
         platform=platform.platform(), pid=os.getpid(), argv=sys.argv[1:])
    if args.data and not os.path.isdir(args.data):
        emit("error", phase="start", type="UsageError", message="--data %s: no such directory" % args.data)
        emit("end", status="usage", seconds=time.perf_counter() - t0)
        return EXIT_USAGE

    emit("phase", phase="import", state="start")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            import torch
        except BaseException as e:  # noqa: BLE001 - ImportError, OSError (DLLs), SystemError (NumPy ABI)...
            if isinstance(e, KeyboardInterrupt):
                raise
            emit("error", phase="import", warnings=warning_texts(caught), **error_fields(e))
            emit("end", status="failed", seconds=time.perf_counter() - t0)
            return EXIT_IMPORT
    emit("torch", version=torch.__version__, cuda=getattr(torch.version, "cuda", None),
         hip=getattr(torch.version, "hip", None), location=os.path.dirname(torch.__file__),
         threads=torch.get_num_threads(), warnings=warning_texts(caught), seconds=time.perf_counter() - t0)

    # --- device check ---------------------------------------------------------------------
    target, reason, info = choose_target(torch, args.device)
    emit("phase", phase="device", state="start", target=target)
    dev = {"alloc_ok": None, "kernel_ok": None, "matmul_ok": None, "error": None}
    if target is not None:
        dev = check_device(torch, target, emit)
    dev["warnings"] = info.pop("warnings") + dev.get("warnings", [])
    device_ok = target is not None and dev.get("error") is None
    emit("device", target=target, checked=target is not None, ok=device_ok if target else None,
         reason=reason, **dict(info, **dev))
    emit("phase", phase="device", state="end", ok=device_ok if target else None)
    failed = target is not None and not device_ok

    # --- MNIST ----------------------------------------------------------------------------
    if args.no_mnist:
        emit("skipped", phase="train", reason="--no-mnist")
    elif failed:
        emit("skipped", phase="train", reason="the %s check failed" % target)
    else:
        train_dev = target or "cpu"
        try:
            xtr, ytr, xte, yte, kind = get_data(torch, args, emit)
            if args.max_train:
                xtr, ytr = xtr[:args.max_train], ytr[:args.max_train]
            if args.max_test:
                xte, yte = xte[:args.max_test], yte[:args.max_test]
            sample = xtr[:10000].float()  # statistics from a sample: the full set costs ~0.2 s
            mean, std = float(sample.mean()) / 255.0, (float(sample.std()) / 255.0) or 1.0
            on_gpu = train_dev != "cpu"
            epochs = args.epochs or (GPU_EPOCHS if on_gpu else CPU_EPOCHS)
            batch = args.batch_size or (GPU_BATCH if on_gpu else CPU_BATCH)
            data = (prepare(torch, xtr, train_dev, mean, std), ytr.to(train_dev),
                    prepare(torch, xte, train_dev, mean, std), yte.to(train_dev))
            res = train(torch, data, train_dev, epochs, batch, args.seed, emit)
            res.pop("history")
            emit("train", data=kind, **res)
            emit("phase", phase="train", state="end", ok=True)
            if on_gpu:
                del data
                cpu_x = prepare(torch, xtr[:8192], "cpu", mean, std)
                cpu = cpu_throughput(torch, cpu_x, ytr[:8192], args.cpu_seconds, batch, emit)
                emit("cpu", **cpu)
                emit("phase", phase="cpu", state="end", ok=True)
        except Exception as e:  # noqa: BLE001 - OOM, kernel errors mid-training: the text is the finding
            emit("error", phase="train", device=train_dev, **error_fields(e))
            failed = True

    status = "failed" if failed else ("ok" if target is not None else "cpu-only")
    emit("end", status=status, seconds=time.perf_counter() - t0)
    return EXIT_FAILED if failed else EXIT_OK


def main(argv=None):
    args = parse_args(sys.argv[1:] if argv is None else argv)
    emit = Emitter()
    try:
        return run(args, emit)
    except KeyboardInterrupt:
        emit("end", status="cancelled")
        return 130
    except Exception as e:  # noqa: BLE001 - a bug here must still end with a readable event
        emit("error", phase="internal", **error_fields(e))
        emit("end", status="failed")
        return EXIT_FAILED


if __name__ == "__main__":
    sys.exit(main())
