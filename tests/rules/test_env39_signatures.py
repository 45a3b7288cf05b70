"""Session 39, env family (container-shm-too-small).

Reading measured on the session's outside sample (/work/wt/r-env-sample39) and its family:
- a rank of a distributed run killed by signal 7 as the launchers report it, with nothing else printed: torchelastic's
  failure table ("exitcode  : -7 (pid: 3112)", "traceback : Signal 7 (SIGBUS) received by PID 3112"), its agent's
  "failed (exitcode: -7) local_rank: 0", the ProcessFailure repr ("exitcode=-7"), and DeepSpeed's launcher "... exits with
  return code = -7". Multi-process torch passes NCCL's buffers and the workers' tensors through /dev/shm; a rank that
  writes into a tmpfs page that cannot be backed dies of SIGBUS. Other signals are other causes (-9 the OOM killer,
  -11 a segfault), and a plain failure (exitcode: 1) is the program's.
- torchelastic's table also names the host: a 12-hex host name ("host      : 32a68c302449") is a Docker container's.
Rows are (rule, signature, line, source), each line verbatim from the source named.

The FIRES and QUIET tables run in tests/rules/test_signature_family_tables.py."""
from __future__ import annotations

R = "container-shm-too-small"

FIRES = [
    (R, "dist_sigbus", "**ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -7) local_rank: 0** ",
     "https://github.com/tloen/alpaca-lora/issues/338"),
    (R, "dist_sigbus", "  exitcode  : -7 (pid: 3112)", "https://github.com/tloen/alpaca-lora/issues/338"),
    (R, "dist_sigbus", "  traceback : Signal 7 (SIGBUS) received by PID 3112", "https://github.com/tloen/alpaca-lora/issues/338"),
    (R, "dist_sigbus", "  exitcode  : -7 (pid: 100)", "https://github.com/awslabs/slapo/issues/114"),
    (R, "dist_sigbus", "  traceback : Signal 7 (SIGBUS) received by PID 467398", "https://github.com/Topdu/OpenOCR/issues/71"),
    (R, "dist_sigbus", "ERROR:torch.distributed.elastic.multiprocessing.api:failed (exitcode: -7) local_rank: 0 (pid: 5275) "
     "of binary: /usr/bin/python", "https://github.com/NVIDIA/Megatron-LM/issues/516"),
    (R, "dist_sigbus", "The worker fails with {0: ProcessFailure(local_rank=0, pid=54, exitcode=-7, error_file='<N/A>', "
     "error_file_data={'message': '<NONE>'}, message='Signal 7 (SIGBUS) received by PID 54', timestamp=1711419181)}",
     "https://github.com/intelligent-machine-learning/dlrover/pull/1046"),
    (R, "dist_sigbus", '[BUG] Have "exits with return code = -7" without any error message',
     "https://github.com/deepspeedai/DeepSpeed/issues/4002"),
    (R, "dist_sigbus", "Exits with return code = -7 [Usage]", "https://github.com/haotian-liu/LLaVA/issues/739"),
    (R, "dist_sigbus", "单机多卡DeepSpeed sft训练Llama2-70b-chat-hf时报错：exits with return code = -7",
     "https://github.com/hiyouga/LlamaFactory/issues/285"),
    (R, "container_host", "  host      : 32a68c302449", "https://github.com/tloen/alpaca-lora/issues/338"),
    (R, "container_host", "  host      : 494f2fcc8a8d", "https://github.com/awslabs/slapo/issues/114"),
]

QUIET = [
    # Other signals and plain failures.
    (R, "dist_sigbus", "[2023-04-14 13:11:27,885] [ERROR] [launch.py:434:sigkill_handler] ['/usr/bin/python3', '-u', "
     "'main.py', '--local_rank=0', '--output_dir', '/content/DeepSpeedExamples/applications/DeepSpeed-Chat/output/actor-"
     "models/125m'] exits with return code = -9", "https://github.com/deepspeedai/DeepSpeed/issues/3232 (cut in the middle)"),
    (R, "dist_sigbus", "In the end, ```exits with return code = -11``` is prompted.",
     "https://github.com/deepspeedai/DeepSpeed/issues/3989"),
    (R, "dist_sigbus", "E1226 16:52:45.454000 7 site-packages/torch/distributed/elastic/multiprocessing/api.py:869] failed "
     "(exitcode: 1) local_rank: 7 (pid: 81) of binary: /usr/local/bin/python",
     "https://github.com/KellerJordan/modded-nanogpt/issues/61"),
    (R, "dist_sigbus", "RuntimeError: Step 1 exited with non-zero status 249",
     "https://github.com/deepspeedai/DeepSpeedExamples/issues/614"),
    # A host that is no container id.
    (R, "container_host", "  host      : server", "https://github.com/Topdu/OpenOCR/issues/71"),
]
