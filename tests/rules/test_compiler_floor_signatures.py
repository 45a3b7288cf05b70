"""host-compiler-too-old-for-torch (session 21) reads torch's cpp_extension compiler check: it warns only when the
compiler is below its floor ("ABI-compatible with GCC 5.0 and above", "GCC 4.9" before torch 1.5) and names the
compiler it ran ("Your compiler (c++ 4.8.5)"). Each line is verbatim from the thread named, or the output format of
the tool named, or a near miss written to show the boundary."""
from __future__ import annotations


RULE = "host-compiler-too-old-for-torch"

FIRES = [
    ("abi_floor_warning", "Please use a compiler that is ABI-compatible with GCC 5.0 and above.", "hpcaitech/ColossalAI#3370"),
    ("abi_floor_warning", "Please use a compiler that is ABI-compatible with GCC 4.9 and above.", "pytorch/pytorch#6435"),
    ("gcc_stated", "Your compiler (c++ 4.8.5) may be ABI-incompatible with PyTorch!", "hpcaitech/ColossalAI#3370"),
    ("gcc_stated", "Your compiler (g++ 4.8.5) may be ABI-incompatible with PyTorch!", "teboli/CPCR#2"),
]

QUIET = [
    ("abi_floor_warning", "Your compiler (c++) is not compatible with the compiler Pytorch was built with for this platform, "
     "which is g++ on linux.", "torch's other compiler warning (a wrong compiler, not an old one)"),
    ("abi_floor_warning", "See https://gist.github.com/goldsborough/d466f43e8ffc948ff92de7486c5216d6",
     "the warning's link line alone"),
    ("gcc_stated", "Your compiler (c++) is not compatible with the compiler Pytorch was built with",
     "no version named"),
]
