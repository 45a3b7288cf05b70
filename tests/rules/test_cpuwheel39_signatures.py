"""cpuwheel family (session 39): a reading measured on an outside sample of 8 threads (/work/wt/r-cpuwheel-sample39).

gpu-unused-said, check_said_false: the reporter's own check of the GPU told as its result, False, in words that do not
name the call ("输出torch获取显卡信息，结果是False", "the second line of code writes False, apparently my video card does not
support it"). The GPU, CUDA or torch is named on the line, so the False is the availability check's, not another flag's; it
is the cuda-unavailable symptom that cpu-build-likely weighs (with its guards: a bundle, another error, a CUDA wheel).
The other misses of the sample had no second thread of their wording (docs/corpus.md, session 39).

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

RULE = 'gpu-unused-said'

FIRES = [
    ('check_said_false', '我显卡是3070ti ,cuda 版本 12.2，我在Python源码中加上输出torch获取显卡信息，结果是False。', 'https://github.com/RVC-Boss/GPT-SoVITS/issues/522'),
    ('check_said_false', 'the second line of code writes False, apparently my video card does not support it (although I may need to install something)', 'https://github.com/dmMaze/BallonsTranslator/issues/375'),
    ('check_said_false', 'Hello, I have the same problem, but for me it returns false, while I have already installed cuda.', 'https://github.com/lucidrains/lightweight-gan/issues/134'),
    ('check_false_supposed', 'If torch.cuda.is_ available() returns false, can the program return the correct result? My computer graphics card can only support cuda9.1', 'https://github.com/lanyunshi/Multi-hopComplexKBQA/issues/24'),
]

QUIET = [
    ('check_said_false', "print(torch.backends.cudnn.enabled)", '(a check written, no result)'),
    ('check_said_false', 'torch.cuda.is_available() returns True', '(the check True)'),
    ('check_said_false', 'use_fp16 returns False on this model', '(another flag False, no GPU named)'),
    ('check_said_false', 'Is debug build: False', "(collect_env's own line)"),
    ('check_false_supposed', 'the second line of code writes False, apparently my video card does not support it', 'https://github.com/dmMaze/BallonsTranslator/issues/375: a result, not a supposition'),
]
