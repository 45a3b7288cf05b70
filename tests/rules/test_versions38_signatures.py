"""Version-of-code families of session 38, read from the reporter's own words.

torch-too-old-for-code:
- zip_checkpoint_on_old_torch: torch.load on torch 1.5 or older refusing a checkpoint saved by torch 1.6+ in the zip
  format ("<file> is a zip archive (did you mean to use torch.jit.load()?)"); a torch 1.6+ shown keeps the rule quiet
  (the rule's filter), and a reader that fails inside a zip ("PytorchStreamReader failed reading zip archive") is not it.

Each line is verbatim from the source named."""
from __future__ import annotations

RULE = "torch-too-old-for-code"

FIRES = [
    # https://github.com/Shimingyi/MotioNet/issues/23
    ("zip_checkpoint_on_old_torch", "RuntimeError: ./checkpoints/wild_gt_tcc.pth is a zip archive (did you mean to use "
     "torch.jit.load()?)", "Shimingyi/MotioNet#23"),
    # https://github.com/mahmoodlab/CLAM/issues/128 (quoted with "> ")
    ("zip_checkpoint_on_old_torch", "> RuntimeError: /my_data_directory/features/ResNet50_ImageNet/pt_files/"
     "GO30140_07290266C0001S_HE_mrxs.pt is a zip archive (did you mean to use torch.jit.load()?)", "mahmoodlab/CLAM#128"),
    # https://github.com/bryandlee/animegan2-pytorch/issues/15 (in backquotes)
    ("zip_checkpoint_on_old_torch", "`RuntimeError: ./face_paint_512_v2.pt is a zip archive (did you mean to use "
     "torch.jit.load()?)`", "bryandlee/animegan2-pytorch#15"),
    # https://github.com/renato145/RpSalWeaklyDet/issues/6 (after downgrading to pytorch 1.4)
    ("zip_checkpoint_on_old_torch", "`RuntimeError: /home/ali/Desktop/RpSalWeaklyDet/models/fullmodel_densenet121.pth is "
     "a zip archive (did you mean to use torch.jit.load()?)`", "renato145/RpSalWeaklyDet#6"),
    # https://github.com/wuhuikai/FastFCN/issues/95 (Windows; the source line the reporter pasted)
    ("zip_checkpoint_on_old_torch", "报错：raise RuntimeError(\"{} is a zip archive (did you mean to use torch.jit.load()?)\""
     ".format(f.name))", "wuhuikai/FastFCN#95"),
    # https://github.com/brennanaba/ABlooper/issues/2 (Windows, miniconda3)
    ("zip_checkpoint_on_old_torch", "RuntimeError: C:\\Users\\18482\\work\\ABlooper-master\\ABlooper\\trained_model\\"
     "final_model is a zip archive (did you mean to use torch.jit.load()?)", "brennanaba/ABlooper#2"),
]

QUIET = [
    # a reader failing inside a zip it cannot finish (a truncated download, a non-torch file), any torch
    ("zip_checkpoint_on_old_torch", "  what():  [enforce fail at inline_container.cc:137] . PytorchStreamReader failed "
     "reading zip archive: failed finding central directory", "pytorch/pytorch#16741"),
    # the prose around it, without torch's refusal
    ("zip_checkpoint_on_old_torch", "PyTorch 1.3 is having trouble loading a `.pt` file, which it thinks is a zip archive.",
     "mahmoodlab/CLAM#128"),
    # torch.jit.load's own verdict on the same file is archive_too_new's, not this signature's
    ("zip_checkpoint_on_old_torch", "RuntimeError: version_number <= kMaxSupportedFileFormatVersion ASSERT FAILED at "
     "..\\caffe2\\serialize\\inline_container.cc:131, please report a bug to PyTorch. Attempted to read a PyTorch file "
     "with version 3, but the maximum supported version for reading is 1. Your PyTorch installation may be too old. "
     "(init at ..\\caffe2\\serialize\\inline_container.cc:131)", "pytorch/pytorch#43766"),
]
