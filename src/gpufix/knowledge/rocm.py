"""ROCm facts derived from the ROCm probe, torch's facts and rules/knowledge/rocm.yaml.

* compat.rocm_wheel_gfx / rocm_gfx_supported / rocm_unsupported_gfx: does the installed ROCm
  build of torch carry code objects for the AMD GPUs here (after HSA_OVERRIDE_GFX_VERSION)?
  torch.cuda.get_arch_list() of a ROCm build lists gfx targets and wins; else a sourced wheel
  list; else AMD's list for the wheel's ROCm release (then only "not in AMD's list" concludes).
* compat.rocm_override: the HSA_OVERRIDE_GFX_VERSION value users run such a card with.
* compat.rocm_wheel_driver_ok: is the wheel's bundled ROCm among the user-space releases AMD
  tested with this machine's ROCm (kernel driver) release.
* recommend.rocm_*: the ROCm wheel index for this machine's ROCm release, with the commands.

Each fact exists only when its inputs are known; nothing here raises on odd input (the caller
turns an exception into compat.error).
"""
from __future__ import annotations

from packaging.version import Version

from gpufix.facts import Fact, FactBase
from gpufix.knowledge import rocm_tables as T
from gpufix.knowledge import versions as V
from gpufix.knowledge.compat import derived


def _gfx_list(value: object) -> list[str]:
    items = value if isinstance(value, (list, tuple)) else []
    return [str(g).split(":")[0].lower() for g in items if T.is_gfx(str(g).split(":")[0].lower())]


def _wheel_variant(facts: FactBase) -> str | None:
    build = str(facts.value("torch.build") or "")
    return build if T.variant_version(build) is not None else None


def wheel_gfx(facts: FactBase) -> tuple[list[str] | None, str]:
    """The gfx targets of the installed ROCm torch, and where that list comes from."""
    from_torch = _gfx_list(facts.value("torch.arch_list"))
    if from_torch:
        return from_torch, "torch.cuda.get_arch_list()"
    variant = _wheel_variant(facts)
    if variant:
        table = T.wheel_gfx(variant)
        if table:
            return list(table), f"the {variant} wheels' code objects"
    return None, ""


def _gfx_from_names(facts: FactBase) -> tuple[list[str], str]:
    """The gfx targets of the AMD GPUs a report names but whose rocminfo it does not paste ("RX 6700 XT"),
    from rocm.yaml's product table; ([], "") when a name is not listed (nothing is guessed)."""
    names = facts.value("rocm.gpu_names")
    items = names if isinstance(names, (list, tuple)) else []
    pairs = [(str(n), T.gfx_for_name(n)) for n in items]
    if not pairs or any(g is None for _, g in pairs):
        return [], ""
    return list(dict.fromkeys(g for _, g in pairs if g)), "; ".join(f"{n} is {g}" for n, g in pairs)


def _family(gfx: str) -> str:
    """The ISA family of a gfx target: gfx90a -> gfx9, gfx1031 -> gfx10, gfx1151 -> gfx11, gfx1201 -> gfx12."""
    digits = gfx[3:]
    return "gfx" + (digits[:2] if len(digits) == 4 else digits[:1])


def not_own_gfx(facts: FactBase) -> list[str]:
    """The GPUs the runtime reports with a target of another ISA family than their own product's ("Radeon 8060S
    Graphics as gfx1201", "AMD Instinct MI210 as gfx1030"): what HSA_OVERRIDE_GFX_VERSION does to every agent. Only
    names and targets read from the same agent listing (rocminfo's Marketing Name, clinfo's Board name) are paired;
    a name the product table lacks is skipped."""
    g, n = facts.get("rocm.gfx"), facts.get("rocm.gpu_names")
    if g is None or n is None or g.status != "ok" or n.status != "ok" or not g.evidence or g.evidence != n.evidence:
        return []
    gfx, names = _gfx_list(g.value), n.value if isinstance(n.value, (list, tuple)) else []
    if len(gfx) != len(names):
        return []
    out = []
    for name, reported in zip(names, gfx):
        own = T.gfx_for_name(name)
        if own and _family(own) != _family(reported):
            out.append(f"{name} as {reported} (its own target is {own})")
    return out


def derive(facts: FactBase) -> list[Fact]:
    out: list[Fact] = []
    mismatched = not_own_gfx(facts)
    if mismatched:
        out.append(derived("compat.rocm_gfx_not_own", mismatched,
                           "the ROCm runtime reports " + "; ".join(mismatched)))
    gpus = _gfx_list(facts.value("rocm.gfx"))
    named = ""
    if not gpus:  # a name alone: its target from the product table, said as such in the evidence
        gpus, named = _gfx_from_names(facts)
    override = facts.value("env.HSA_OVERRIDE_GFX_VERSION")
    override_gfx = T.gfx_from_version(override) if override else None
    variant = _wheel_variant(facts)

    if gpus and variant:
        effective = [override_gfx or g for g in gpus]
        wheel, where = wheel_gfx(facts)
        if wheel is not None:
            missing = sorted({g for g in effective if g not in wheel})
            out.append(derived("compat.rocm_wheel_gfx", wheel, where))
        else:
            # No list of the wheel's own: only a gfx outside AMD's list for its ROCm concludes.
            amd = T.amd_gfx(T.variant_version(variant))
            missing = sorted({g for g in effective if g not in amd}) if amd is not None else []
            where = f"AMD's ROCm {V.major_minor(T.variant_version(variant))} GPU list"
        if wheel is not None or missing:
            ev = f"GPU {', '.join(gpus)}" + (f" (HSA_OVERRIDE_GFX_VERSION={override})" if override_gfx else "")
            ev += f" ({named}, by AMD's product names)" if named else ""
            ev += f"; {where}"
            out.append(derived("compat.rocm_gfx_supported", not missing, ev))
            if missing:
                out.append(derived("compat.rocm_unsupported_gfx", missing, ev))
    for g in gpus:
        hint = T.override_for(g)
        if hint and not override_gfx:
            out.append(derived("compat.rocm_override", hint[0],
                               f"{g} runs {hint[1]} code objects with HSA_OVERRIDE_GFX_VERSION={hint[0]}"
                               + (f" ({named}, by AMD's product names)" if named else "")))
            break

    system = V.major_minor(facts.value("rocm.version"))
    wheel_rocm = V.major_minor(T.variant_version(variant)) if variant else None
    if system is not None and wheel_rocm is not None:
        tested = T.userspace_for(system)
        if tested is not None:
            ok_ = wheel_rocm in tested
            out.append(derived("compat.rocm_wheel_driver_ok", ok_,
                               f"ROCm {system} here; the wheel bundles ROCm {wheel_rocm}; AMD tested "
                               f"{', '.join(str(t) for t in tested)} with this driver"))
    if gpus or system is not None or variant:
        out += _recommend(facts, system)
    return out


def _pick(system: Version | None) -> tuple[Version, str] | None:
    """(torch release, rocm variant): the newest release with a variant this ROCm runs."""
    rows = T.torch_rows()
    if not rows:
        return None
    if system is None:
        return rows[0].torch, max(rows[0].listed, key=lambda v: T.variant_version(v) or Version("0"))
    tested = T.userspace_for(system)
    for row in rows:
        for variant in sorted(row.listed, key=lambda v: T.variant_version(v) or Version("0"), reverse=True):
            mm = V.major_minor(T.variant_version(variant))
            fits = mm in tested if tested is not None else (mm is not None and mm <= system
                                                            and mm.release[0] == system.release[0])
            if fits:
                return row.torch, variant
    return None


def _recommend(facts: FactBase, system: Version | None) -> list[Fact]:
    picked = _pick(system)
    if picked is None:
        return []
    torch, variant = picked
    url = T.index_url(variant)
    python = str(facts.value("python.executable") or "python3")
    why = (f"the newest torch release whose {variant} wheels suit ROCm {system}" if system is not None
           else f"ROCm release unknown: the newest ROCm build in the tables ({T.as_of()})")
    pip = [python, "-m", "pip", "install", "torch", "torchvision", "--index-url", url]
    return [derived("recommend.rocm_build", variant, why), derived("recommend.rocm_torch", str(torch), why),
            derived("recommend.rocm_index_url", url, why), derived("recommend.rocm_pip_command", pip, why),
            derived("recommend.rocm_uninstall_command",
                    [python, "-m", "pip", "uninstall", "-y", "torch", "torchvision", "torchaudio"], why)]
