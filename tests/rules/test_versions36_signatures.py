"""Version-of-code families of session 36, read from the emitting library's own wordings.

torch-too-old-for-code:
- old_module_getattr / old_module_getattr_frame: torch 0.1.x's Module.__getattr__ ended in
  `return object.__getattr__(self, name)` (torch/nn/modules/module.py, line 237), so any Module attribute it lacked
  failed with Python's "type object 'object' has no attribute '__getattr__'" (pytorch#1126; 0.2.0 names the attribute).
  Read only with torch's own frame or source line beside it; a modern torch's frame naming the attribute is not it,
  nor another library's __getattr__ frame.
- bare_amp_refused / cuda_amp_import_line: torch.cuda.amp (torch 1.6) imported by YOLOv5-style code, refused by Python 3.6
  without a module name; apex's own `from apex import amp` (the same words) is not torch's line.

cuda-home-invalid:
- export_list: PATH's append idiom copied onto CUDA_HOME in either order ("export CUDA_HOME=$CUDA_HOME:/usr/local/cuda",
  printed by Jetson Nano and CUDA-install tutorials), which leaves a ':'-joined value; a plain export is not it.

torch-too-new-for-code:
- version_pin_assert: a notebook pinning the torch its prebuilt packages were built for
  (assert torch.__version__.startswith("1.7")) after the hosted runtime upgraded torch; a minimum-version assertion is not it.

Each line is verbatim from the source named."""
from __future__ import annotations

OLD = "torch-too-old-for-code"
INVALID = "cuda-home-invalid"
NEW = "torch-too-new-for-code"

FIRES = [
    # https://github.com/marvis/pytorch-yolo2/issues/51 (dict(model.named_parameters()), Python 2.7)
    (OLD, "old_module_getattr", "AttributeError: type object 'object' has no attribute '__getattr__'",
     "marvis/pytorch-yolo2#51"),
    (OLD, "old_module_getattr_frame",
     '  File "/usr/local/lib/python2.7/dist-packages/torch/nn/modules/module.py", line 237, in __getattr__',
     "marvis/pytorch-yolo2#51"),
    (OLD, "old_module_getattr_frame", "    return object.__getattr__(self, name)", "marvis/pytorch-yolo2#51"),
    # https://github.com/pytorch/pytorch/issues/1126 (IPython's layout of the same frame)
    (OLD, "old_module_getattr", "AttributeError: type object 'object' has no attribute '__getattr__'", "pytorch/pytorch#1126"),
    (OLD, "old_module_getattr_frame", ".../torch/nn/modules/module.py in __getattr__(self, name)", "pytorch/pytorch#1126"),
    (OLD, "old_module_getattr_frame", "--> 237         return object.__getattr__(self, name)", "pytorch/pytorch#1126"),
    # https://github.com/wentaozhu/DeepLung/issues/11 (anaconda2 env; "fixed it by upgrading pytorch")
    (OLD, "old_module_getattr_frame",
     '  File "/home/jin/anaconda2/envs/lung/lib/python2.7/site-packages/torch/nn/modules/module.py", line 237, in __getattr__',
     "wentaozhu/DeepLung#11"),
    # https://github.com/mushroom-x/yolov5-simple/issues/2 (Python 3.6's form; fixed with torch 1.7.0)
    (OLD, "bare_amp_refused", "ImportError: cannot import name 'amp'", "mushroom-x/yolov5-simple#2"),
    (OLD, "cuda_amp_import_line", "    from torch.cuda import amp", "mushroom-x/yolov5-simple#2"),
    # https://github.com/kekmodel/MPL-pytorch/issues/5 (torch 1.4; the reporter updated torch)
    (OLD, "cuda_amp_import_line", "    from torch.cuda import amp", "kekmodel/MPL-pytorch#5"),
    # https://github.com/vacancy/PreciseRoIPooling/issues/63 (the reporter's .bashrc; a plain CUDA_HOME fixed the build)
    (INVALID, "export_list", "export CUDA_HOME=$CUDA_HOME:/usr/local/cuda", "vacancy/PreciseRoIPooling#63"),
    # https://github.com/open-mmlab/mmdetection/issues/2113 (the value it left: ":/usr/local/cuda-9.0")
    (INVALID, "value_list", "I already solve this problem. I find my CUDA_HOME is error. It should /usr/local/cuda-9.0,but i echo "
     "$CUDA_HOME, it is :/usr/local/cuda-9.0.", "open-mmlab/mmdetection#2113"),
    # https://github.com/facebookresearch/detectron2/issues/1851 (Colab moved to torch 1.6)
    (NEW, "version_pin_assert", '----> 3 assert torch.__version__.startswith("1.5")', "facebookresearch/detectron2#1851"),
    # https://github.com/facebookresearch/detectron2/issues/2711 (the step as the reporter typed it; Colab moved to 1.8)
    (NEW, "version_pin_assert", 'assert torch.__version__.startswith("1.7")`', "facebookresearch/detectron2#2711"),
    # https://github.com/zymk9/Yet-Another-Anime-Segmenter/issues/10 (a copy of the cell)
    (NEW, "version_pin_assert", "`assert torch.__version__.startswith(\"1.7\")`", "zymk9/Yet-Another-Anime-Segmenter#10"),
]

QUIET = [
    # a modern torch: the frame is there but the sentence names the attribute
    (OLD, "old_module_getattr", "AttributeError: 'A' object has no attribute 'foo'", "pytorch/pytorch#152308"),
    # another program's own __getattr__ frame
    (OLD, "old_module_getattr_frame",
     '  File "C:\\Users\\c32825\\Documents\\GitHub\\uml\\python3\\dummy3.py", line 9, in __getattr__',
     "mhammond/pywin32#2564"),
    # a modern torch's raise line, not 0.1.x's fall-through
    (OLD, "old_module_getattr_frame",
     "    raise AttributeError(f\"'{type(self).__name__}' object has no attribute '{name}'\")", "pytorch/pytorch#152308"),
    # apex's amp, not torch's
    (OLD, "cuda_amp_import_line", "`from apex import amp` works only when present in apex directory. I am wondering how to make it "
     "global", "NVIDIA/apex#621"),
    (OLD, "bare_amp_refused", "ImportError: cannot import name 'amp' from 'apex'", "huggingface/transformers#38095"),
    # the named form is the log reader's (torch.cuda.amp in the API table), not this signature's
    (OLD, "bare_amp_refused", "ImportError: cannot import name 'amp' from 'torch.cuda'", "kekmodel/MPL-pytorch#5"),
    # a plain export, and PATH's own idiom, are not CUDA_HOME lists
    (INVALID, "export_list", "export CUDA_HOME=/usr/local/cuda-11.3", "mapillary/inplace_abn#188"),
    (INVALID, "export_list", "export LD_LIBRARY_PATH=$LD_LIBRARY_PATH:/usr/local/cuda/lib64", "vacancy/PreciseRoIPooling#63"),
    # a minimum version asserted: not a pinned release
    (NEW, "version_pin_assert", '    assert torch_ver >= [1, 3], "Requires PyTorch >= 1.3"', "Megvii-BaseDetection/BorderDet#40"),
    # torchvision's own pin: another package's version
    (NEW, "version_pin_assert", "AssertionError assert torchvision.__version__ == '0.8.2+cu110'",
     "hbdat/cvpr22_cross_modal_pseudo_labeling#5"),
]
