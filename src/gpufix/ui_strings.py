"""Interface text of the TUI and the plain-text report, in English and Chinese.

Diagnoses arrive already in the chosen language (the engine renders the rules' text);
this table holds only gpufix's own labels.
"""
from __future__ import annotations

import os
import re
from typing import Mapping

LANGS = ("en", "zh")

_TEXT: dict[str, dict[str, str]] = {
    "area.gpu": {"en": "GPU and driver", "zh": "GPU 与驱动"},
    "area.cuda": {"en": "CUDA runtime", "zh": "CUDA 运行时"},
    "area.torch": {"en": "torch build", "zh": "torch 版本"},
    "area.python": {"en": "Python environment", "zh": "Python 环境"},
    "area.packages": {"en": "packages", "zh": "相关包"},
    "area.log": {"en": "error log", "zh": "错误日志"},
    "area.other": {"en": "other findings", "zh": "其他问题"},
    "not_checked": {"en": "not checked", "zh": "未检查"},
    "could_not_tell": {"en": "could not tell", "zh": "无法判断"},
    "no_gpu": {"en": "no NVIDIA GPU found", "zh": "未发现 NVIDIA GPU"},
    # No driver answered and nothing looked at the bus: the GPU itself was not looked for.
    "no_driver": {"en": "no NVIDIA driver found", "zh": "未发现 NVIDIA 驱动"},
    "gpu_on_bus": {"en": "{names} on the PCI bus", "zh": "PCI 总线上有 {names}"},
    "no_working_driver": {"en": "no working driver", "zh": "没有可用的驱动"},
    "n_gpus": {"en": "{n} NVIDIA GPU(s)", "zh": "{n} 块 NVIDIA GPU"},
    "driver": {"en": "driver", "zh": "驱动"},
    "driver_error": {"en": "driver error", "zh": "驱动错误"},
    "not_installed": {"en": "not installed", "zh": "未安装"},
    "cuda_built": {"en": "torch built for CUDA {v}", "zh": "torch 编译用 CUDA {v}"},
    "cpu_only": {"en": "CPU-only torch (no CUDA)", "zh": "仅 CPU 版 torch（无 CUDA）"},
    "rocm_built": {"en": "torch built for ROCm {v}", "zh": "torch 编译用 ROCm {v}"},
    "available": {"en": "available", "zh": "可用"},
    "not_available": {"en": "not available", "zh": "不可用"},
    "import_failed": {"en": "import failed", "zh": "导入失败"},
    "installs": {"en": "{n} installs on sys.path", "zh": "sys.path 上有 {n} 份安装"},
    "index": {"en": "index", "zh": "索引"},
    "log_clean": {"en": "no known error in the log", "zh": "日志中未发现已知错误"},
    "log_matches": {"en": "known errors found: {n} finding(s)", "zh": "发现已知错误：{n} 个问题"},
    "n_findings": {"en": "{n} finding(s)", "zh": "{n} 个问题"},
    "findings": {"en": "Findings", "zh": "诊断结果"},
    "no_findings": {"en": "No problems found.", "zh": "未发现问题。"},
    "evidence": {"en": "Evidence", "zh": "证据"},
    "not_known": {"en": "not known", "zh": "未知"},
    "remedies": {"en": "Remedies", "zh": "解决方法"},
    "remedy": {"en": "Remedy", "zh": "方法"},
    "step": {"en": "Step", "zh": "步骤"},
    "references": {"en": "References", "zh": "参考"},
    "verify_with": {"en": "check afterwards", "zh": "之后检查"},
    "summary": {"en": "Summary", "zh": "概况"},
    "probes": {"en": "Probes", "zh": "探测"},
    "report_for": {"en": "report for", "zh": "报告对象"},
    "inputs": {"en": "inputs", "zh": "输入"},
    "probed": {"en": "probed this machine", "zh": "探测本机"},
    "fixture": {"en": "fixture", "zh": "录制数据"},
    "no_probe": {"en": "not probed (--no-probe)", "zh": "未探测（--no-probe）"},
    "log_file": {"en": "log", "zh": "日志"},
    "user_facts": {"en": "facts given by hand", "zh": "手动提供的事实"},
    "severity.error": {"en": "error", "zh": "错误"},
    "severity.warning": {"en": "warning", "zh": "警告"},
    "severity.info": {"en": "info", "zh": "提示"},
    "counts": {"en": "{errors} error(s), {warnings} warning(s), {infos} note(s)",
               "zh": "{errors} 个错误，{warnings} 个警告，{infos} 条提示"},
    # --- TUI only ---
    "scan.title": {"en": "Checking this setup", "zh": "正在检查"},
    "title.checking": {"en": "Checking…", "zh": "正在检查…"},
    "title.failed": {"en": "Checks could not run", "zh": "检查无法运行"},
    "title.none": {"en": "No problems found", "zh": "未发现问题"},
    "title.undiagnosed": {"en": "{n} symptom(s), cause not settled: answer the questions (a)",
                          "zh": "{n} 个症状，原因尚未确定：请回答问题（a）"},
    "title.one": {"en": "1 problem", "zh": "发现 1 个问题"},
    "title.many": {"en": "{n} problems", "zh": "发现 {n} 个问题"},
    "title.log_other": {"en": "Pasted log — another machine", "zh": "粘贴的日志 — 另一台机器"},
    "help.title": {"en": "Keys", "zh": "按键"},
    "help.screen": {"en": "On this screen", "zh": "本屏幕"},
    "help.everywhere": {"en": "Everywhere", "zh": "所有屏幕"},
    "help.close": {"en": "Esc, ? or q closes this list", "zh": "按 Esc、? 或 q 关闭此列表"},
    "key.help": {"en": "Keys", "zh": "按键"},
    "key.help_quit": {"en": "Says how to quit", "zh": "提示如何退出"},
    "key.focus_next": {"en": "Next field", "zh": "下一个控件"},
    "key.focus_previous": {"en": "Previous field", "zh": "上一个控件"},
    "key.copy_text": {"en": "Copy selected text", "zh": "复制选中的文字"},
    "scan.running": {"en": "running", "zh": "运行中"},
    "scan.enter": {"en": "Enter: show them", "zh": "回车：查看"},
    "scan.dynamic": {"en": "from torch's files; importing torch to confirm…", "zh": "依据 torch 的文件；正在导入 torch 以确认…"},
    "scan.failed": {"en": "Could not run the checks", "zh": "无法运行检查"},
    "probe.ok": {"en": "ok", "zh": "成功"},
    "probe.absent": {"en": "not present", "zh": "不存在"},
    "probe.failed": {"en": "failed", "zh": "失败"},
    "probe.timeout": {"en": "timed out", "zh": "超时"},
    "probe.not-recorded": {"en": "not recorded", "zh": "未录制"},
    "probes_line": {"en": "{n} probes: {detail}", "zh": "{n} 项探测：{detail}"},
    "key.findings": {"en": "Findings", "zh": "诊断结果"},
    "key.summary": {"en": "Summary", "zh": "概况"},
    "key.paste": {"en": "Paste log", "zh": "粘贴日志"},
    "key.probes": {"en": "Probe details", "zh": "探测详情"},
    "key.quit": {"en": "Quit", "zh": "退出"},
    "key.back": {"en": "Back", "zh": "返回"},
    "key.fix": {"en": "Walk through fix", "zh": "逐步修复"},
    "key.copy": {"en": "Copy", "zh": "复制"},
    "key.run": {"en": "Run", "zh": "运行"},
    "key.skip": {"en": "Skip", "zh": "跳过"},
    "key.next": {"en": "Next", "zh": "下一步"},
    "key.other": {"en": "Other remedy", "zh": "其他方法"},
    "key.diagnose": {"en": "Diagnose", "zh": "诊断"},
    "key.answer": {"en": "Answer", "zh": "回答"},
    "key.questions": {"en": "Questions", "zh": "提问"},
    "key.check": {"en": "Check", "zh": "重新检查"},
    "key.paste_output": {"en": "Paste new output", "zh": "粘贴新输出"},
    "key.yes": {"en": "Yes", "zh": "是"},
    "key.no": {"en": "No", "zh": "否"},
    "findings.hint": {"en": "Enter: walk through the fix   l: paste a log   s: summary",
                      "zh": "回车：逐步修复   l：粘贴日志   s：概况"},
    "findings.log_title": {"en": "Findings from the pasted log", "zh": "粘贴日志的诊断结果"},
    "remedy.of": {"en": "{i} of {n}", "zh": "第 {i}/{n} 个"},
    "remedy.manual": {"en": "Do this by hand, then press s for the next step.",
                      "zh": "请手动完成，然后按 s 进入下一步。"},
    "remedy.verify_hint": {"en": "Press v to check now.", "zh": "按 v 立即检查。"},
    "remedy.no_steps": {"en": "This remedy has no steps.", "zh": "此方法没有步骤。"},
    "remedy.copied": {"en": "Copied to the clipboard", "zh": "已复制到剪贴板"},
    "remedy.step_done": {"en": "Step done. s: next step", "zh": "此步骤已完成。s：下一步"},
    "remedy.done_all": {"en": "All steps done. Escape: back to the findings.",
                        "zh": "所有步骤已完成。Esc：返回诊断结果。"},
    "confirm.title": {"en": "Run this command?", "zh": "运行此命令？"},
    "confirm.snapshot": {"en": "The environment's packages are saved first (pip freeze); "
                               "undo with: gpufix rollback",
                         "zh": "运行前先保存环境的包列表（pip freeze）；可用 gpufix rollback 撤销"},
    "run.snapshot": {"en": "Saving the environment…", "zh": "正在保存环境…"},
    "run.snapshot_saved": {"en": "Snapshot saved: {path}", "zh": "快照已保存：{path}"},
    "run.snapshot_failed": {"en": "Not run: could not save a snapshot: {error}",
                            "zh": "未运行：无法保存快照：{error}"},
    "run.running": {"en": "Running…", "zh": "正在运行…"},
    "run.exit": {"en": "Command exited with {rc}", "zh": "命令退出码 {rc}"},
    "run.cannot": {"en": "Could not run: {error}", "zh": "无法运行：{error}"},
    "run.reprobe": {"en": "Checking again…", "zh": "重新检查…"},
    "run.reprobed": {"en": "Read again: {fact}: {before} → {now}", "zh": "重新读取：{fact}：{before} → {now}"},
    "run.not_known": {"en": "not known", "zh": "未知"},
    "run.verify": {"en": "Verifying: {what}", "zh": "验证：{what}"},
    "run.verify_unavailable": {"en": "Verification is not available here", "zh": "此处无法验证"},
    "run.cancelling": {"en": "Stopping the verification…", "zh": "正在停止验证…"},
    "run.verify_failed": {"en": "Verification failed: {error}", "zh": "验证失败：{error}"},
    "run.gone": {"en": "[✓] Fixed: '{title}' no longer applies.", "zh": "[✓] 已修复：“{title}”不再出现。"},
    "run.still": {"en": "[✗] Still there: '{title}'. Try the next step or another remedy (o).",
                  "zh": "[✗] 仍然存在：“{title}”。请尝试下一步或其他方法（o）。"},
    "run.gone_output": {"en": "[✓] Fixed: the new output no longer shows '{title}'.",
                        "zh": "[✓] 已修复：新的输出中不再出现“{title}”。"},
    "run.rerun": {"en": "[!] Cannot confirm from here: '{title}' was found in the pasted log, not on this "
                        "machine. Run the command that printed it again and paste its new output (p).",
                  "zh": "[!] 无法在此确认：“{title}”来自粘贴的日志，而不是本机。请重新运行打印该错误的命令，"
                        "并粘贴新的输出（p）。"},
    "run.unverified.no-rediagnosis": {"en": "[!] Not verified: gpufix could not check '{title}' again.",
                                      "zh": "[!] 未验证：gpufix 无法再次检查“{title}”。"},
    "run.unverified.not-read-again": {
        "en": "[!] Not verified: the probes could not read again what '{title}' was concluded from.",
        "zh": "[!] 未验证：无法重新读取诊断“{title}”所依据的信息。"},
    "run.unverified.checks-not-run": {"en": "[!] Not verified: the checks for '{title}' could not run here.",
                                      "zh": "[!] 未验证：此处无法运行“{title}”的检查。"},
    "run.unverified.check-failed": {"en": "[!] Not verified: '{title}' is gone, but the check failed.",
                                    "zh": "[!] 未验证：“{title}”已不再出现，但检查失败。"},
    "run.unverified.no-gpu-checked": {"en": "[!] Not verified: the GPU check ran on no GPU (no GPU checked).",
                                      "zh": "[!] 未验证：GPU 检查没有在任何 GPU 上运行（未检查 GPU）。"},
    "run.stopped": {"en": "[✗] Step {n} failed: the remedy stopped there. Run step {n} again (r) once it "
                          "works, or try another remedy (o).",
                    "zh": "[✗] 第 {n} 步失败：修复在此停止。请在问题解决后重新运行第 {n} 步（r），或尝试其他方法（o）。"},
    "run.same_inputs": {"en": "(re-checked the same recorded inputs: --fixture/--no-probe)",
                        "zh": "（使用相同的录制输入重新检查：--fixture/--no-probe）"},
    "quit.busy": {"en": "A command is still running; quit when it has finished.",
                  "zh": "命令仍在运行，请等它结束后再退出。"},
    "paste.title": {"en": "Paste an error message or log, then press Ctrl+R",
                    "zh": "粘贴错误信息或日志，然后按 Ctrl+R"},
    "paste.output_title": {"en": "Paste the new output of the command that printed the error, then press Ctrl+R",
                           "zh": "粘贴重新运行该命令后的新输出，然后按 Ctrl+R"},
    "paste.empty": {"en": "Paste some text first.", "zh": "请先粘贴文本。"},
    "dx.title": {"en": "Possible causes, and the question that tells them apart",
                 "zh": "可能的原因，以及区分它们的问题"},
    "dx.no_single_cause": {"en": "No single cause follows from the facts; the possible causes are below.",
                           "zh": "现有信息无法确定唯一原因；可能的原因见下文。"},
    "dx.causes": {"en": "Possible causes (differential diagnosis):", "zh": "可能的原因（鉴别诊断）："},
    "dx.questions": {"en": "Questions that would tell them apart (answer with --answer):",
                     "zh": "可以区分它们的问题（用 --answer 回答）："},
    "dx.machine.log": {"en": "the pasted log's machine", "zh": "粘贴日志所在的机器"},
    "dx.machine.this": {"en": "this machine", "zh": "本机"},
    "dx.ruled_out": {"en": "ruled out", "zh": "已排除"},
    "dx.standing": {"en": "One cause is left: {cause}.", "zh": "只剩一个原因：{cause}。"},
    "dx.standing_unconfirmed": {"en": "Only one known cause is left: {cause}; nothing confirms it yet.",
                                "zh": "只剩一个已知原因：{cause}；但尚无证据证实。"},
    "dx.none": {"en": "No symptom here has more than one possible cause.", "zh": "这里没有需要进一步区分原因的症状。"},
    "paste.none": {"en": "No known problem in this text.", "zh": "此文本中没有已知问题。"},
    # --- which machine a pasted log describes (gpufix.core.machines) ---
    "machine.other": {"en": "Pasted log — another machine: {why}", "zh": "粘贴的日志 — 另一台机器：{why}"},
    "machine.this": {"en": "Pasted log — this machine: its {what} agree with this machine's probes",
                     "zh": "粘贴的日志 — 本机：其 {what} 与本机探测结果一致"},
    "machine.unknown": {"en": "Pasted log — machine unknown: it states nothing to compare with this machine",
                        "zh": "粘贴的日志 — 无法判断是哪台机器：其中没有可与本机比较的信息"},
    "machine.user": {"en": "Pasted log — {machine} (as you stated)", "zh": "粘贴的日志 — {machine}（依您所述）"},
    "machine.recording": {"en": "Pasted log — this machine (recorded together with its probe files)",
                          "zh": "粘贴的日志 — 本机（与探测文件一同记录）"},
    "machine.name.this": {"en": "this machine", "zh": "本机"},
    "machine.name.other": {"en": "another machine", "zh": "另一台机器"},
    "machine.more": {"en": " (and {n} more)", "zh": "（另有 {n} 处）"},
    "machine.apart": {"en": "Its findings come from the log alone, listed apart from this machine's.",
                      "zh": "其诊断仅依据日志本身，与本机的诊断分开列出。"},
    "machine.differs": {"en": "its {label} {log} (line {line}) is not this machine's {this}",
                        "zh": "其 {label} {log}（第 {line} 行）不是本机的 {this}"},
    "machine.none_here": {"en": "its {label} {log} (line {line}); this machine has none",
                          "zh": "其 {label} {log}（第 {line} 行）；本机没有"},
    "machine.none_there": {"en": "its {label}: none (line {line}); this machine's is {this}",
                           "zh": "其 {label}：无（第 {line} 行）；本机为 {this}"},
    "machine.error_cuda": {"en": "line {line} is an error only a CUDA build of torch raises; this machine's torch "
                                 "is {this}",
                           "zh": "第 {line} 行的错误只有 CUDA 版 torch 才会报出；本机的 torch 是 {this}"},
    "machine.error_cpu": {"en": "line {line} is an error only a torch without CUDA raises; this machine's torch "
                                "is {this}",
                          "zh": "第 {line} 行的错误只有不带 CUDA 的 torch 才会报出；本机的 torch 是 {this}"},
    "machine.label.torch": {"en": "torch", "zh": "torch"},
    "machine.label.build": {"en": "torch build", "zh": "torch 构建"},
    "machine.label.cuda": {"en": "torch CUDA", "zh": "torch 的 CUDA"},
    "machine.label.driver": {"en": "NVIDIA driver", "zh": "NVIDIA 驱动"},
    "machine.label.gpu": {"en": "GPU", "zh": "GPU"},
    "machine.label.python": {"en": "Python", "zh": "Python"},
    "machine.label.os": {"en": "OS", "zh": "操作系统"},
    "machine.label.arch": {"en": "architecture", "zh": "架构"},
    "findings.from_log": {"en": "From the pasted log (its machine, the log alone)",
                          "zh": "来自粘贴的日志（其所在机器，仅依据日志）"},
    "findings.this_machine": {"en": "On this machine (its probes)", "zh": "本机（探测结果）"},
}


def t(key: str, lang: str = "en", **fmt: object) -> str:
    entry = _TEXT.get(key)
    if entry is None:
        return key
    text = entry.get(lang) or entry["en"]
    return text.format(**fmt) if fmt else text


def resolve_lang(option: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """`--lang` wins; otherwise the POSIX locale variables (LC_ALL > LC_MESSAGES > LANG)."""
    if option:
        return "zh" if option.lower().startswith("zh") else "en"
    env = os.environ if env is None else env
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(var, "")
        if value:
            return "zh" if value.lower().startswith("zh") else "en"
    return "en"


# C0/C1 control characters but newline and tab: from a pasted log or a probe's output they could
# retitle, recolour or clear the user's terminal. Shown escaped instead (\x1b), never passed on.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def terminal_safe(text: str) -> str:
    """`text` with every control character but newline and tab written as an escape (\\x1b)."""
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)
