"""driver-older-than-runtime (session 33): the driver said to be stuck where it is, in more of the words reporters use.

A reporter who says the driver cannot move asks for software that runs on an older driver than the one it was built for
(driver_stuck). Session 33 reads the same verdict with an adverb between ("an older driver version that can't easily be
upgraded", "i cannot simply upgrade my cuda driver"), as no newer driver to be had for the card ("no newer drivers
available"), and as a wish to keep the driver ("update to CUDA 8.0 while maintaining 368.69"). The rule still stays
quiet where torch is shown to work or the tables say the installed torch runs on this driver.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = "driver-older-than-runtime"

FIRES = [
    ('driver_stuck', "My machine has an older driver version that can't easily be upgraded.", 'https://github.com/pytorch/pytorch/issues/24093'),
    ('driver_stuck', 'In fact, i cannot simply upgrade my cuda driver for some reasons.', 'https://github.com/InternLM/lmdeploy/issues/708'),
    ('driver_stuck', 'Nvidia Driver Out of Date and no newer drivers available', 'https://github.com/baowenbo/DAIN/issues/93'),
    ('driver_stuck', 'Is there a way to update to CUDA 8.0 while maintaining 368.69?', 'https://github.com/lltcggie/waifu2x-caffe/issues/65'),
]

QUIET = [
    ('driver_stuck', 'I upgraded the nvidia driver to version 560   cuda 12.6, and then it works.', 'the driver was updated, not stuck'),
    ('driver_stuck', 'no newer version of the app is available yet', 'no driver named: the app has no newer release'),
    ('driver_stuck', 'while keeping my settings I reinstalled torch', 'keeping something other than the driver'),
    ('driver_stuck', "the toolkit can't easily be upgraded on this cluster", 'the CUDA toolkit, not the driver'),
]
