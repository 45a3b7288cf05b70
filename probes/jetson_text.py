"""The Jetson Linux (L4T) and JetPack release of an NVIDIA Jetson, read from pasted text.

Jetson users paste the release in a handful of forms, each read here:

* ``cat /etc/nv_tegra_release``: "# R35 (release), REVISION: 4.1, GCID: ..." (L4T 35.4.1);
* jtop / jetson_release: "Jetpack 6.2 [L4T 36.4.3]", "L4T: 36.4.3";
* jetson-inference's scripts: "L4T BSP Version:  L4T R32.7.2";
* dpkg / apt: "nvidia-l4t-core  35.4.1-20230801124926", "Package: nvidia-jetpack" then "Version: 5.0.1-b118",
  "ii  nvidia-jetpack  5.1.2-b104";
* jetson-stats' environment: "JETSON_JETPACK=4.6";
* words: "JetPack 5.1.2", "jetpack4.6", "JP 5.1", "jetpack版本6.2", "Jetson Linux 36.4", "with version r32.6".

A container image's tag ("l4t-pytorch:r35.4.1", "foxy-pytorch-l4t-r32.5.0") names the release the image was built
for, not the board's: it becomes container.image_l4t, and the knowledge base compares the CUDA of the two. A JetPack named without its minor ("JetPack 6")
is not read either: JetPack 6.0 and 6.1 ship different CUDA and cuDNN. Later statements win over earlier ones (a
"before/after" story ends with the current release). Pure functions over lines; linear time (gpufix.linear_re).
"""
from __future__ import annotations

from typing import Iterable

from gpufix import linear_re as re

_REL = r"(\d{2}\.\d{1,2}(?:\.\d{1,2})?)"
_JP = r"(\d\.\d{1,2}(?:\.\d{1,2})?)"

# seen: https://github.com/dusty-nv/jetson-containers/issues/126 ("# R32 (release), REVISION: 3.1, GCID: 18284527")
_TEGRA_RELEASE = re.compile(r"\bR(\d{2})\s*\(release\),\s*REVISION:\s*(\d{1,2}(?:\.\d{1,2})?)")
# seen: https://github.com/ultralytics/ultralytics/issues/18829 ("Jetpack 6.2 [L4T 36.4.3]")
# seen: https://github.com/dusty-nv/jetson-containers/issues/725 ("jetpack 6.4 [L4T 36.4.0]", "[L4T36.4.0]")
# seen: https://github.com/dusty-nv/jetson-inference/issues/1438 ("L4T BSP Version:  L4T R32.7.2")
_L4T = re.compile(r"(?i)\bL4T\s*(?:BSP\s+Version:\s*L4T\s*)?(?:[:=]\s*)?R?" + _REL + r"\.?(?:[^\d.]|$)")
_JETSON_LINUX = re.compile(r"(?i)\bJetson Linux\s*R?" + _REL + r"\.?(?:[^\d.]|$)")
# seen: https://github.com/insight-platform/Savant/issues/898 ("nvidia-l4t-core/stable,now 36.3.0-20240719161631 arm64")
_L4T_CORE = re.compile(r"nvidia-l4t-core\S*\s+(\d{2}\.\d{1,2}\.\d{1,2})-")
# seen: https://github.com/dusty-nv/jetson-containers/issues/149 ("Jetson NX with version r32.6")
_VERSION_R = re.compile(r"(?i)\bversion\s+R" + _REL + r"\.?(?:[^\d.]|$)")

# seen: https://github.com/pinokiocomputer/pinokio/issues/1027 ("JetPack Version:** 5.1.2")
# seen: https://github.com/naseemap47/streamlit-yolo/issues/22 ("jetpack6.2 cuda12.2")
# seen: https://github.com/ultralytics/ultralytics/issues/14187 ("jetpack version =4.6.1-b110")
_JETPACK = re.compile(r"(?i)\bjet\s?pack\W{0,4}(?:version\W{0,4}|版本\s*[为是:：]?\s*)?v?" + _JP + r"\.?(?:[^\d.]|$)")
_JP_SHORT = re.compile(r"(?:^|[^\w/])JP\s?" + _JP + r"\.?(?:[^\d.]|$)")
# seen: https://github.com/dusty-nv/jetson-containers/issues/108 ("JETSON_JETPACK=4.6")
_JETSON_ENV = re.compile(r"JETSON_JETPACK=" + _JP)
# seen: https://github.com/dusty-nv/jetson-containers/issues/164 ("Package: nvidia-jetpack" / "Version: 5.0.1-b118")
_JETPACK_PKG_ROW = re.compile(r"\bnvidia-jetpack\S*\s+" + _JP + r"[-+]")
_APT_PACKAGE = re.compile(r"^\s*Package:\s*nvidia-jetpack\s*$")
_APT_VERSION = re.compile(r"^\s*Version:\s*" + _JP)
# The L4T release an l4t container image was built for, from its tag (container.image_l4t), never the board's:
# "nvcr.io/nvidia/l4t-ml:r34.1.0-py3", "dustynv/l4t-ml: r35.4.1", "dustynv/ros:foxy-pytorch-l4t-r32.5.0",
# "dustynv/l4t-pytorch:2.2-r35.4.1", "dustynv/jetson-inference:r32.7.2".
# seen: https://github.com/dusty-nv/jetson-containers/issues/725 ("dustynv/l4t-ml: r35.4.1")
# seen: https://github.com/dusty-nv/jetson-containers/issues/126 ("dustynv/ros:foxy-pytorch-l4t-r32.5.0")
_IMAGE = re.compile(r"(?i)(?:nvcr\.io/nvidia/l4t-\w+|dustynv/[\w-]+|\bl4t(?:-(?:pytorch|ml|base|jetpack|tensorflow|cuda))?"
                    r"|jetson-inference)(?::[\w.-]*?)?[:-]\s?r(3\d\.\d{1,2}(?:\.\d{1,2})?)\.?(?:[^\d.]|$)")


def _last(rx: "re.Pattern", line: str) -> "re.Match | None":
    """The last match on the line ("from JetPack 4.6 to JetPack 5.1.1" names the current release last)."""
    found = None
    for found in rx.finditer(line):
        pass
    return found


def extract(lines: Iterable[str]) -> list[tuple[str, str, str]]:
    """(fact, value, line) for os.l4t, os.jetpack and container.image_l4t, in the order stated; the caller keeps the
    last."""
    out: list[tuple[str, str, str]] = []
    lines = list(lines)
    for i, raw in enumerate(lines):
        line = raw[:2000]
        low = line.lower()
        if "l4t" in low or "release" in low or "jetson linux" in low or "version" in low:
            m = _TEGRA_RELEASE.search(line)
            if m:
                out.append(("os.l4t", f"{m.group(1)}.{m.group(2)}", raw))
            for rx in (_L4T, _JETSON_LINUX, _L4T_CORE, _VERSION_R):
                m = rx.search(line)
                if m:
                    out.append(("os.l4t", m.group(1), raw))
                    break
        if "l4t" in low or "dustynv" in low or "jetson-inference" in low:
            m = _IMAGE.search(line)
            if m:
                out.append(("container.image_l4t", m.group(1), raw))
        if "jetpack" in low or "jp" in low or "jet pack" in low:
            m = _JETSON_ENV.search(line) or _JETPACK_PKG_ROW.search(line) or _last(_JETPACK, line) \
                or _last(_JP_SHORT, line)
            if m:
                out.append(("os.jetpack", m.group(1), raw))
            elif _APT_PACKAGE.search(line):
                nxt = next((x for x in lines[i + 1:i + 3] if _APT_VERSION.search(x[:200])), None)
                if nxt is not None:
                    out.append(("os.jetpack", _APT_VERSION.search(nxt[:200]).group(1), nxt))
    return out
