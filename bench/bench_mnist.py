"""Benchmark: gpufix's MNIST loop against a widely read tutorial's loop, same data, same device.

Usage: python bench/bench_mnist.py [--data DIR] [--device auto|cpu|cuda|mps] [--target ACC]
                                   [--max-epochs N] [--threads N]

Reference loop (the tutorial's): an MLP 784-512-512-10 with ReLU, Adam lr 1e-3, batch 64
from a shuffling torch DataLoader whose Dataset.__getitem__ does ToTensor and
Normalize((0.1307,), (0.3081,)) per sample (written by hand: torchvision is not needed),
evaluated on the test set after each epoch.
gpufix loop: train() of src/gpufix/verify/scripts/verify_torch.py (the code `gpufix verify`
runs): a tiny CNN, the dataset on the device as one tensor, large batches, shuffled index
tensors, evaluated after each epoch.

Both clocks start before the loop's own data preparation and stop at the end of the first
evaluation that reaches the target; the ratio is gpufix / reference (issue 5: 0.2 or less).
MNIST comes from --data or the usual places (see `gpufix verify`); without a copy the
benchmark uses gpufix's generated data and says so. Runs in the interpreter that runs it
(torch needed); exits 0 (a benchmark reports, it does not judge).

For context, the tutorial's own figures for a LeNet, 10 epochs, batch 64: 45 s on an
RTX 3070 Ti and 76 s on an i9 CPU.
"""
from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import time
from pathlib import Path

SCRIPT = Path(__file__).resolve().parents[1] / "src" / "gpufix" / "verify" / "scripts" / "verify_torch.py"
MNIST_TARGET = 0.97
# The generated digits are easier for the tutorial's MLP than MNIST: it is at 97.9-98.1%
# after one epoch and plateaus near 98% (on MNIST: 96.5%, then 97.2% after two). 98% is the
# highest target it reliably reaches, so the ratio on generated data depends on whether it
# crosses 98% in its first or second epoch; the 0.2 target is defined on MNIST.
GENERATED_TARGET = 0.98


def load_script():
    """The verification script as a module (the same file `gpufix verify` runs)."""
    spec = importlib.util.spec_from_file_location("verify_torch", SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def get_data(vt, torch, data_dir):
    """(x_train, y_train, x_test, y_test, label): uint8 images, int64 labels."""
    for d, paths in vt.find_mnist_dirs(data_dir):
        try:
            arrays, verified = vt.load_mnist(paths)
        except vt.IdxError as e:
            print(f"  skipped {d}: {e}")
            continue
        xs = [vt.to_tensor(torch, arrays[k]) for k in ("train_images", "train_labels", "test_images", "test_labels")]
        label = f"MNIST ({d}, {'official checksums' if verified else 'NOT the official checksums'})"
        return xs[0], xs[1].long(), xs[2], xs[3].long(), label, "mnist"
    xtr, ytr, xte, yte = vt.generate_data(torch, 60000, 10000)
    return xtr, ytr, xte, yte, "GENERATED data (no MNIST copy found; not MNIST)", "generated"


def reference_loop(torch, data, device, target, max_epochs, time_limit):
    """The tutorial's loop, as written there: per-sample transforms, DataLoader batch 64."""
    from torch import nn
    from torch.utils.data import DataLoader, Dataset

    xtr, ytr, xte, yte = data

    class DigitDataset(Dataset):
        def __init__(self, images, labels):
            self.images, self.labels = images, labels

        def __len__(self):
            return len(self.labels)

        def __getitem__(self, i):
            img = self.images[i]  # uint8 28x28, as the tutorial's dataset hands it out
            x = img.to(torch.float32).div(255.0).unsqueeze(0)  # ToTensor: 1x28x28 in [0, 1]
            x = (x - 0.1307) / 0.3081  # Normalize((0.1307,), (0.3081,))
            return x, int(self.labels[i])

    start = time.perf_counter()
    train_loader = DataLoader(DigitDataset(xtr, ytr), batch_size=64, shuffle=True)
    test_loader = DataLoader(DigitDataset(xte, yte), batch_size=64)
    torch.manual_seed(0)
    model = nn.Sequential(nn.Flatten(), nn.Linear(784, 512), nn.ReLU(), nn.Linear(512, 512), nn.ReLU(),
                          nn.Linear(512, 10)).to(device)
    opt = torch.optim.Adam(model.parameters(), lr=1e-3)
    loss_fn = nn.CrossEntropyLoss()
    history, reached, train_time, images = [], None, 0.0, 0
    for epoch in range(1, max_epochs + 1):
        model.train()
        t = time.perf_counter()
        for x, y in train_loader:
            x, y = x.to(device), y.to(device)
            loss = loss_fn(model(x), y)
            opt.zero_grad()
            loss.backward()
            opt.step()
            images += x.shape[0]
        train_time += time.perf_counter() - t
        model.eval()
        correct = 0
        with torch.no_grad():
            for x, y in test_loader:
                x, y = x.to(device), y.to(device)
                correct += (model(x).argmax(1) == y).sum().item()
        acc, elapsed = correct / len(yte), time.perf_counter() - start
        history.append((epoch, acc, elapsed))
        print(f"    epoch {epoch}: {100 * acc:.2f}% at {elapsed:.2f} s", flush=True)
        if acc >= target:
            reached = elapsed
            break
        if elapsed > time_limit:
            print(f"    stopped: past the {time_limit:g} s limit")
            break
    return reached, history, images / train_time if train_time else None


def gpufix_loop(vt, torch, data, device, target, epochs, batch):
    xtr, ytr, xte, yte = data
    reached = []

    def on_epoch(epoch, acc, elapsed):
        print(f"    epoch {epoch}: {100 * acc:.2f}% at {elapsed + prep:.2f} s", flush=True)
        if acc >= target and not reached:
            reached.append(elapsed + prep)

    start = time.perf_counter()
    sample = xtr[:10000].float()
    mean, std = float(sample.mean()) / 255.0, float(sample.std()) / 255.0
    on_dev = (vt.prepare(torch, xtr, device, mean, std), ytr.to(device),
              vt.prepare(torch, xte, device, mean, std), yte.to(device))
    vt.synchronize(torch, device)
    prep = time.perf_counter() - start  # counted: the reference pays its own preparation too
    res = vt.train(torch, on_dev, device, epochs, batch, on_epoch=on_epoch)
    return (reached[0] if reached else None), res


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data", metavar="DIR", help="an MNIST copy (default: the usual places)")
    ap.add_argument("--device", choices=("auto", "cpu", "cuda", "mps"), default="auto")
    ap.add_argument("--target", type=float, default=None,
                    help=f"test accuracy to reach (default {MNIST_TARGET} on MNIST, {GENERATED_TARGET} on generated data)")
    ap.add_argument("--max-epochs", type=int, default=5, help="cap on the reference loop's epochs")
    ap.add_argument("--time-limit", type=float, default=180.0, help="stop the reference after this many seconds")
    ap.add_argument("--threads", type=int, help="torch.set_num_threads (default: torch's choice)")
    args = ap.parse_args()
    if args.data and not os.path.isdir(args.data):
        print(f"bench_mnist: --data {args.data}: no such directory", file=sys.stderr)
        return 2

    import torch

    vt = load_script()
    if args.threads:
        torch.set_num_threads(args.threads)
    # torch.optim imports lazily (about a second) on first use: pay it before either clock runs.
    torch.optim.Adam([torch.zeros(1, requires_grad=True)])
    device = args.device
    if device == "auto":
        device = "cuda" if torch.cuda.is_available() else (
            "mps" if getattr(torch.backends, "mps", None) and torch.backends.mps.is_available() else "cpu")
    xtr, ytr, xte, yte, label, kind = get_data(vt, torch, args.data)
    target = args.target if args.target is not None else (MNIST_TARGET if kind == "mnist" else GENERATED_TARGET)
    on_gpu = device != "cpu"
    epochs = vt.GPU_EPOCHS if on_gpu else vt.CPU_EPOCHS
    batch = vt.GPU_BATCH if on_gpu else vt.CPU_BATCH
    print(f"bench_mnist: torch {torch.__version__}, device {device} ({torch.get_num_threads()} CPU threads)")
    print(f"  data: {label}: {len(ytr)} train / {len(yte)} test images")
    if kind == "generated":
        print(f"  NOTE: generated data is not MNIST. Target {100 * target:.1f}% (not 97%): the tutorial's MLP "
              "reaches ~98% within one or two epochs here and then plateaus, so this ratio swings with the epoch "
              "it crosses in; the 0.2 target is defined on real MNIST. Pass --data DIR for the real figure.")
    print(f"  target: {100 * target:.1f}% test accuracy")
    data = (xtr, ytr, xte, yte)

    print(f"  gpufix loop (tiny CNN, data on {device}, batch {batch}, {epochs} epoch(s), one-cycle Adam):")
    g_time, g_res = gpufix_loop(vt, torch, data, device, target, epochs, batch)
    print("  reference loop (MLP 784-512-512-10, Adam 1e-3, DataLoader batch 64, per-sample transforms):")
    r_time, r_hist, r_rate = reference_loop(torch, data, device, target, args.max_epochs, args.time_limit)

    print("results:")
    print(f"  gpufix:    {'%.2f s' % g_time if g_time else 'not reached'} to {100 * target:.1f}%, "
          f"final {100 * g_res['accuracy']:.2f}%, {g_res['images_per_s']:,.0f} training images/s")
    print(f"  reference: {'%.2f s' % r_time if r_time else 'not reached'} to {100 * target:.1f}%, "
          f"final {100 * r_hist[-1][1]:.2f}%, {r_rate:,.0f} training images/s")
    if g_time and r_time:
        ratio = g_time / r_time
        print(f"  ratio (gpufix / reference, time to {100 * target:.1f}%): {ratio:.3f} "
              f"(target 0.2 or less: {'met' if ratio <= 0.2 else 'NOT met'})")
    else:
        print("  ratio: undefined (a loop did not reach the target; raise --max-epochs or lower --target)")
    print(f"  speed (training images/s, gpufix / reference): {g_res['images_per_s'] / r_rate:.1f}x")
    print(f"  data: {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
