"""windows-tdr-evidence (session 22) reads Windows' Timeout Detection and Recovery resetting the GPU under a long kernel:
CUDA's launch timeout in every era's and library's words, TDR named (its registry values, Windows' "stopped responding
and has recovered"), the screen going black for a moment, the display watchdog said in words, and the failures a reset
leaves behind; its look-alikes (a screen that goes dark and stays dark, Linux's X server and driver log, NCCL's
watchdog) are read so that the rule stays quiet. Each line is verbatim from the thread named."""
from __future__ import annotations


RULE = "windows-tdr-evidence"

FIRES = [
    ("launch_timeout", "RuntimeError: CUDA error: the launch timed out and was terminated",
     "AUTOMATIC1111/stable-diffusion-webui#8097"),
    ("launch_timeout", "RuntimeError: cuda runtime error (6) : the launch timed out and was terminated at "
     "/pytorch/aten/src/THC/generated/../THCReduceAll.cuh:317", "ikostrikov/pytorch-a2c-ppo-acktr-gail#116"),
    ("launch_timeout", "\"Check failed: error == cudaSuccess (6 vs. 0)  the launch timed out and was terminated\"",
     "happynear/caffe-windows#250"),
    ("launch_timeout", "numba.cuda.cudadrv.driver.CudaAPIError: [702] Call to cuMemcpyDtoH results in CUDA_ERROR_LAUNCH_TIMEOUT",
     "numba/numba#4351"),
    ("launch_timeout", "'ret = cudaEventQuery( event.m_spEventImpl->m_CudaEvent)' returned error  : 'cudaErrorLaunchTimeout': "
     "'the launch timed out and was terminated'!", "ComputationalRadiationPhysics/picongpu#2704"),
    ("launch_timeout", "The kernel execution failed because the CUDA driver timeout was encountered.",
     "mathworks.com/matlabcentral/answers/99300"),
    ("launch_timeout", "1.35.381.106 E CUDA error: the launch timed out and was terminated", "ggml-org/llama.cpp#27102"),
    ("tdr_said", "As expected I faced TDR issue and went along with FAQ guidelines, increasing the TDR through registry to "
     "values mentioned.", "colmap/colmap#225"),
    ("tdr_said", "When running MonteCarloHeatEquation project I recieve \"Display driver stopped responding and has "
     "recovered\" error in Windows 7and error message in project:", "hybridizer-io/hybridizer-basic-samples#41"),
    ("tdr_said", "> A TDR has been detected.", "Tulip-Dev/tulip#81"),
    ("tdr_said", "reg add HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Control\\GraphicsDrivers /v TdrLevel /t REG_DWORD /d 0 /f",
     "Purfview/whisper-standalone-win#411"),
    ("screen_blink", "While testing, my demo runs well until the screen goes black for a short instant of time and it "
     "crashes with the following error message:", "tensorflow/tensorflow#17291"),
    ("screen_blink", "-    Before freezing, the screen blinks (switches to black for a few seconds) whether in MATLAB, "
     "MCXStudio or in CMD prompt.", "fangq/mcxcl#29"),
    ("screen_weak", "I am nowhere near running out of VRAM, and seems to freeze my entire display/s for a second or two "
     "before the error pops up.", "AUTOMATIC1111/stable-diffusion-webui#6790"),
    ("watchdog", "Kernel execution time is exceeding watchdog timer.", "MorganGrundy/MosaicMagnifique#9"),
    ("watchdog", "# [BUG] CUDA kernels timed out by watchdog timer", "MorganGrundy/MosaicMagnifique#9 (title)"),
    ("gpu_fail", "RuntimeError: cuDNN error: CUDNN_STATUS_MAPPING_ERROR", "AUTOMATIC1111/stable-diffusion-webui#8097"),
    ("gpu_fail", "crashes after a few seconds with \"CUDA error = 999at main.cu:196'cudaDeviceSynchronize()/n\".",
     "rogerallen/raytracinginoneweekendincuda#7"),
    ("linux_words", "THCudaCheck FAIL file=/opt/conda/conda-bld/pytorch_1532582123400/work/aten/src/THC/generic/THCStorage.cpp "
     "line=36 error=6 : the launch timed out and was terminated", "pytorch/pytorch#10853"),
    ("linux_words", "aug 16 23:01:35 kernel: NVRM: Xid (PCI:0000:01:00): 8, pid=709378, name=llama-server, channel 0x00000027",
     "ggml-org/llama.cpp#27102"),
    ("wsl_words", "@RossNE99 — that's a Windows TDR (Timeout Detection and Recovery) reset, not an OOM. WSL2 inherits "
     "Windows' GPU timeout policy.", "noonghunna/club-3090#50"),
]

QUIET = [
    # A black screen that does not come back, or that the maintainer put down to something else.
    ("screen_blink", "GTX TITAN X 12G 训练时候GPU10G的时候屏幕就黑了，失败告终，错误信息如下：", "Akegarasu/lora-scripts#148"),
    ("screen_blink", "I see that only briefly before my windows instance goes dark. I lose the display. No amount of keyboard "
     "tapping brings it back.", "oobabooga/textgen#2394"),
    ("screen_blink", "程序是可以正常启动的，但是在开始扫描pdf页面时，机器屏幕就黑掉了。", "opendatalab/MinerU#2085"),
    # "display driver" in the NVML mismatch family is not the reset.
    ("tdr_said", "the display driver and the CUDA driver library were of different versions",
     "(driver-library-mismatch wording)"),
    # NCCL's watchdog is a collective's timeout between ranks, not the display's.
    ("watchdog", "[rank1]:[E1123 16:02:10.083090635 ProcessGroupNCCL.cpp:607] [Rank 1] Watchdog caught collective operation "
     "timeout: WorkNCCL(SeqNum=1517, OpType=ALLREDUCE, NumelIn=1, NumelOut=1, Timeout(ms)=600000) ran for 600033 "
     "milliseconds before timing out.", "hiyouga/LlamaFactory#74"),
    # A kernel reported as failed is not, alone, a timeout.
    ("launch_timeout", "RuntimeError: CUDA error: unspecified launch failure", "pytorch/pytorch#74235"),
    ("screen_weak", "Just like this, the training process stopped.My graphics card/GPU is P104-100.",
     "NVIDIA/Stable-Diffusion-WebUI-TensorRT#184"),
]
