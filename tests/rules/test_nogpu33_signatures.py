"""desktop-vm-guest-evidence and no-nvidia-gpu-stated (session 33): the reporter's machine is the guest of a desktop
hypervisor, or said to be "w/o" a GPU.

VirtualBox, VMware Workstation/Player/Fusion and Parallels Desktop give their guests no CUDA GPU, so inside the VM torch
finds no CUDA device (THC error 38/100) or no driver, whatever card the host has. Server hypervisors (ESXi, Proxmox, KVM,
cloud VMs) can pass a GPU through and are not read; an NVIDIA GPU shown in the guest wins in the rules as ever.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

FIRES = [
    ('desktop-vm-guest-evidence', 'desktop_vm_guest', 'Ubuntu 18.04 running w/8GB RAM in VirtualBox on Windows 10.', 'https://github.com/CorentinJ/Real-Time-Voice-Cloning/issues/152'),
    ('desktop-vm-guest-evidence', 'desktop_vm_guest', 'I use VMware ubuntu 16.04.  I got error:', 'https://github.com/facebookresearch/TransCoder/issues/9'),
    ('desktop-vm-guest-evidence', 'desktop_vm_guest', "I'm trying to enable CUDA in the virtualbox by following the instructions here:", 'https://github.com/ironchief/pylearn2_vagrant/issues/2'),
    ('desktop-vm-guest-evidence', 'desktop_vm_guest', "I'm using Ubuntu 64 bit virtualized on Mac OS X El Capitan with Parallels Desktop 10.", 'https://github.com/torch/torch7/issues/595'),
    ('no-nvidia-gpu-stated', 'machine_without', 'I just installed molgrad on a Linux VM w/o any GPU.', 'https://github.com/josejimenezluna/molgrad/issues/7'),
]

QUIET = [
    ('desktop-vm-guest-evidence', 'desktop_vm_guest', 'pve虚拟机装centos8', 'a Proxmox server VM: a GPU can be passed through (a dev report, driver-older-than-runtime)'),
    ('desktop-vm-guest-evidence', 'desktop_vm_guest', '我是在虚拟机上使用，系统是Windows 2016，GPU是A10。', 'a server VM with its A10 (a dev report, cpu-only-wheel)'),
    ('desktop-vm-guest-evidence', 'desktop_vm_guest', 'On the guest VM, CUDA, NVIDIA drivers and pytorch(```pip3 install torch torchvision torchaudio```) installed.', 'a confidential-computing guest with an H100 passed through (NVIDIA/nvtrust#39)'),
    ('desktop-vm-guest-evidence', 'desktop_vm_guest', 'Running on VMware ESXi 7 with a GRID vGPU profile', 'ESXi is a server hypervisor that hands out vGPUs'),
    ('no-nvidia-gpu-stated', 'machine_without', 'I want to run it w/o the --cpu flag on my laptop', '"w/o" not before a missing GPU'),
]
