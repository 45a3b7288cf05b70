"""The IDX parser and MNIST finder of the standalone script (pure Python, no torch)."""
from __future__ import annotations

import gzip
import hashlib

import struct

import pytest


def idx(dims, payload, dtype=0x08):
    """IDX bytes (the same format as the helper fixture, needed at collection time)."""
    return struct.pack(">HBB", 0, dtype, len(dims)) + struct.pack(">" + "I" * len(dims), *dims) + payload



def test_plain_idx_is_parsed(vt, tmp_path):
    p = tmp_path / "x-idx3-ubyte"
    p.write_bytes(idx((2, 28, 28), bytes(range(256)) * 6 + bytes(32)))
    arr = vt.read_idx(str(p))
    assert arr.dims == (2, 28, 28)
    assert len(arr.data) == 2 * 784
    assert bytes(arr.data[:3]) == b"\x00\x01\x02"
    assert arr.sha256 == hashlib.sha256(p.read_bytes()).hexdigest()


def test_gzip_idx_is_parsed_and_hashed_on_its_content(vt, tmp_path):
    blob = idx((5,), bytes([1, 2, 3, 4, 5]))
    p = tmp_path / "l-idx1-ubyte.gz"
    p.write_bytes(gzip.compress(blob))
    arr = vt.read_idx(str(p))
    assert arr.dims == (5,)
    assert bytes(arr.data) == b"\x01\x02\x03\x04\x05"
    assert arr.sha256 == hashlib.sha256(blob).hexdigest()  # same as the decompressed file's


@pytest.mark.parametrize("blob, message", [
    (b"\x00\x00", "too short"),
    (b"\x12\x34\x08\x01\x00\x00\x00\x01\x00", "bad magic number"),
    (b"\x00\x00\x0d\x01\x00\x00\x00\x01" + b"\x00" * 4, "expected 0x08"),
    (b"\x00\x00\x08\x09" + b"\x00" * 36, "9 dimensions"),
    (b"\x00\x00\x08\x03\x00\x00\x00\x02", "truncated IDX header"),
    (idx((3, 28, 28), b"\x00" * 1000), "truncated: 1000 of 2352 data bytes"),
    (idx((2,), b"\x00\x01\x02"), "1 unexpected bytes after the data"),
    (idx((0, 28, 28), b""), "empty IDX array"),
])
def test_bad_idx_is_rejected_with_a_clear_message(vt, blob, message):
    with pytest.raises(vt.IdxError, match=message):
        vt.decode_idx(blob, "f")


def test_corrupt_and_truncated_gzip(vt, tmp_path):
    good = gzip.compress(idx((1000,), bytes(1000)))
    broken = bytearray(good)
    broken[20:30] = b"\xff" * 10
    p = tmp_path / "corrupt.gz"
    p.write_bytes(bytes(broken))
    with pytest.raises(vt.IdxError, match="corrupt gzip data|truncated"):
        vt.read_idx(str(p))
    p.write_bytes(good[: len(good) // 2])
    with pytest.raises(vt.IdxError, match="truncated gzip stream"):
        vt.read_idx(str(p))


def test_missing_file_is_an_idx_error(vt, tmp_path):
    with pytest.raises(vt.IdxError, match="cannot read"):
        vt.read_idx(str(tmp_path / "nope"))


def test_mnist_checks_shapes_labels_and_counts(vt, h, tmp_path):
    d = h.write_tiny_mnist(tmp_path / "m", 30, 10)
    paths = {k: vt.find_file(str(d), stem) for k, stem, *_ in vt.MNIST_FILES}
    arrays, verified = vt.load_mnist(paths)
    assert verified is False  # small test files are not the official MNIST
    assert arrays["train_images"].dims == (30, 28, 28)
    # labels outside 0-9
    (d / "t10k-labels-idx1-ubyte").write_bytes(idx((10,), bytes([0] * 9 + [10])))
    with pytest.raises(vt.IdxError, match="labels outside 0-9"):
        vt.load_mnist(paths)
    # label count differs from image count
    (d / "t10k-labels-idx1-ubyte").write_bytes(idx((9,), bytes(9)))
    with pytest.raises(vt.IdxError, match="9 labels for 10 images"):
        vt.load_mnist(paths)
    # images of another size
    (d / "t10k-labels-idx1-ubyte").write_bytes(idx((10,), bytes(10)))
    (d / "t10k-images-idx3-ubyte").write_bytes(idx((10, 32, 32), bytes(10 * 1024)))
    with pytest.raises(vt.IdxError, match="10x32x32, expected N x 28 x 28"):
        vt.load_mnist(paths)


@pytest.mark.parametrize("layout, gz, dotted", [
    ("MNIST/raw", False, False),  # torchvision
    ("MNIST/raw", True, False),  # torchvision before extraction
    ("raw", False, True),  # the "train-images.idx3-ubyte" spelling
    (".", True, False),  # loose files in --data
])
def test_finder_accepts_the_usual_layouts(vt, h, tmp_path, layout, gz, dotted):
    root = tmp_path / "root"
    h.write_tiny_mnist(root / layout, 20, 10, gz=gz, dotted=dotted)
    found = vt.find_mnist_dirs(str(root))
    assert len(found) == 1
    _directory, paths = found[0]
    assert set(paths) == {"train_images", "train_labels", "test_images", "test_labels"}
    assert all(p.endswith(".gz") == gz for p in paths.values())
    arrays, _ = vt.load_mnist(paths)
    assert arrays["test_labels"].dims == (10,)


def test_finder_prefers_plain_files_and_ignores_incomplete_sets(vt, h, tmp_path):
    root = tmp_path / "root"
    h.write_tiny_mnist(root / "MNIST" / "raw", 20, 10, gz=True)
    h.write_tiny_mnist(root / "MNIST" / "raw", 20, 10, gz=False)
    (root / "raw").mkdir()
    (root / "raw" / "train-images-idx3-ubyte").write_bytes(b"")  # one file alone: not a copy
    found = vt.find_mnist_dirs(str(root))
    assert [d for d, _ in found] == [str(root / "MNIST" / "raw")]
    assert not found[0][1]["train_images"].endswith(".gz")


def test_download_checksum_accepts_official_content_only(vt):
    tiny = gzip.compress(idx((10,), bytes(10)))
    with pytest.raises(vt.DownloadError, match="checksum mismatch"):
        vt.check_download("test_labels", tiny)
    with pytest.raises(vt.DownloadError, match="corrupt gzip|truncated gzip"):
        vt.check_download("test_labels", b"\x1f\x8b" + b"garbage" * 10)


def test_published_checksums_are_well_formed(vt):
    # The table is data copied from public sources; a typo would reject every real download.
    for _key, _stem, gz_sha, gz_md5, raw_sha, _size in vt.MNIST_FILES:
        assert len(gz_sha) == 64 and len(raw_sha) == 64 and len(gz_md5) == 32
        assert int(gz_sha, 16) and int(raw_sha, 16) and int(gz_md5, 16)
    sizes = {k: s for k, *_r, s in vt.MNIST_FILES}
    assert sizes == {"train_images": 47040016, "train_labels": 60008,
                     "test_images": 7840016, "test_labels": 10008}
    # the sizes agree with the IDX header arithmetic
    assert sizes["train_images"] == 16 + 60000 * 784 and sizes["test_labels"] == 8 + 10000
