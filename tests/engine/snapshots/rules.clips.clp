;; gpufix stratum: code-error, apple-gpu-unavailable, gpu-slow, no-module-torch, ascend-npu-evidence, asked-build-minor-above-driver-evidence, container-gpu-lost-evidence, container-image-ships-driver-libs, cpu-illegal-instruction, cpu-run-chosen-evidence, cuda-compat-evidence, cuda-stub-libcuda-loaded, desktop-vm-guest-evidence, docker-desktop-gpu-regression, driver-runs-torch-evidence, gpu-use-asked-evidence, hybrid-mode-evidence, igpu-used-evidence, libuv-unavailable-windows, local-module-shadows-torch, mac-named-evidence, mkl-too-new-for-conda-torch, nccl-unavailable-windows, no-cuda-device-seen-evidence, non-ascii-user-path, nontorch-cpu-build-evidence, npu-cann-env-not-set, nvidia-device-permission, nvidia-gpu-evidence, old-windows-evidence, openmp-runtime-duplicate, ort-cpu-package-evidence, other-framework-only-evidence, paddle-only-evidence, path-entry-not-a-directory, python-env-mismatch, python-ssl-missing-evidence, several-torch-evidence, system-glibc-too-old, system-libstdcxx-too-old, toolkit-question, torchaudio-backend-missing, triton-missing-windows, windows-gloo-device-unavailable, windows-paging-file-1455, windows-store-python, windows-tdr-evidence, wrong-cudnn-evidence, wsl-container-toolkit-too-old-for-driver, wsl-gpu-tcc-mode, wsl-linux-driver-installed, wsl-windows-build-no-gpu, xpu-runtime-missing, arch-list-undetermined-evidence, build-isolation-hides-torch, companion-package-version-mismatch, cuda-home-invalid, cuda-home-not-set, extension-built-for-other-python, extension-cuda-major-differs-evidence, extension-cxx-abi-mismatch, extension-link-cuda-lib-missing, extension-no-prebuilt-wheel-for-torch, extension-ops-missing, extension-source-too-old-for-torch, host-compiler-too-new-for-nvcc, host-compiler-too-old-for-torch, libtorch-cuda-library-not-linked, non-utf8-windows-locale, nvcc-too-old-for-gpu-arch, windows-msvc-build-tools-missing, blackwell-torch-likely-old, cpu-build-evidence, cuda-build-ran-evidence, gpu-arch-unsupported-said-evidence, install-disk-full, jetson-other-jetpack-evidence, mirror-evidence, numpy-too-old-for-torch, numpy2-abi, pypi-pytorch-placeholder, python-too-new-for-torch-compile, setuptools-distutils-evidence, setuptools-pkg-resources-evidence, torch-release-regression, torch-too-new-for-code, torch-too-old-for-code, torchvision-mismatch, windows-long-path-install, amd-gpu-evidence, rocm-gfx-said-unsupported, rocm-hsa-override-wrong-arch, rocm-unlisted-gpu-crash, rocm-userspace-mismatch, zluda-setup-evidence, ctranslate2-int8-blackwell, cuda-unknown-error, directml-op-not-implemented, fabric-manager-802, gpu-exclusive-or-busy, kernel-compiler-toolchain-broken, mps-op-not-implemented, mps-watermark-ratio-invalid, nccl-no-network-interface, nccl-p2p-unsupported, old-gpu-atomic-evidence, old-gpu-bf16-gemm-evidence, old-gpu-cublas-arch-evidence, old-gpu-cutlass-fp16-evidence, old-gpu-floor-said-evidence, old-gpu-int8-evidence, old-gpu-ptx-feature-evidence, old-gpu-tgi-flash-evidence, old-gpu-vllm-v1-evidence, old-gpu-xformers-evidence, oom-killed-evidence, other-shm-program-evidence, ptx-unsupported-toolchain, runtime-kernel-build-evidence, triton-libcuda-not-found, windows-dataloader-workers, windows-sysmem-fallback
(deftemplate gpufix-facts
   (slot F__compat__driver_cuda__v)
   (slot F__compat__driver_supports_torch__b)
   (slot F__compat__gpu_sm__s)
   (slot F__compat__image_matches_jetpack__b)
   (slot F__compat__index_kind)
   (slot F__compat__jetpack__v)
   (slot F__compat__l4t_major__s)
   (slot F__compat__numpy_abi_major__n)
   (slot F__compat__numpy_abi_major__s)
   (slot F__compat__numpy_abi_ok__b)
   (slot F__compat__nvcc_major_matches_torch__b)
   (slot F__compat__nvcc_min_for_gpu__s)
   (slot F__compat__nvcc_newer_than_driver__b)
   (slot F__compat__nvcc_targets_gpu__b)
   (slot F__compat__nvcc_targets_gpu__s)
   (slot F__compat__rocm_gfx_not_own__s)
   (slot F__compat__rocm_gfx_supported__b)
   (slot F__compat__rocm_gfx_supported__s)
   (slot F__compat__rocm_wheel_driver_ok__b)
   (slot F__compat__torchaudio_matches__b)
   (slot F__compat__torchaudio_matches__s)
   (slot F__compat__torchvision_matches__b)
   (slot F__conda__cpuonly__b)
   (slot F__container__inside__b)
   (slot F__driver__version__s)
   (slot F__driver__version__v)
   (slot F__env__HSA_OVERRIDE_GFX_VERSION__s)
   (slot F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s)
   (slot F__gpu__count__n)
   (slot F__gpu__count__s)
   (slot F__gpu__name__s)
   (slot F__gpu__vendor)
   (slot F__log__pip_other_env__b)
   (slot F__log__python_envs_shown__s)
   (slot F__log__run_outside_env__s)
   (slot F__log__torch_api_removed_in__s)
   (slot F__log__torch_api_since__s)
   (slot F__log__torch_defect__s)
   (slot F__log__torch_defect_fixed_in__s)
   (slot F__log__torchaudio_api_removed_in__s)
   (slot F__log__torchvision_api_removed_in__s)
   (slot F__log__torchvision_api_since__s)
   (slot F__match__build_cuda__s__r670d01ca6dbd)
   (slot F__match__gcc_version__v__r7926968c8c81)
   (slot F__match__pinned_torch__s__rb72b6b1d7916)
   (slot F__match__pkg_branch__s__rc3b4e3c7f87c)
   (slot F__match__pkg_branch__v__rc3b4e3c7f87c)
   (slot F__match__torch_built__v__r7926968c8c81)
   (slot F__match__win_build__s__rc3b4e3c7f87c)
   (slot F__match__wsl_kernel__v__rdbfcfe823267)
   (slot F__numpy__version__s)
   (slot F__numpy__version__v)
   (slot F__nvcc__version__v)
   (slot F__os__arch)
   (slot F__os__name)
   (slot F__os__name__s)
   (slot F__os__release__s)
   (slot F__os__release__v)
   (slot F__os__wsl__b)
   (slot F__os__wsl__s)
   (slot F__pci__nvidia_count__n)
   (slot F__pci__nvidia_count__s)
   (slot F__pip__matches_python__b)
   (slot F__pip__matches_python__s)
   (slot F__pkg__cudatoolkit__v)
   (slot F__pkg__faiss_x2d_cpu__s)
   (slot F__pkg__faiss_x2d_gpu__s)
   (slot F__pkg__onnxruntime__s)
   (slot F__pkg__onnxruntime_x2d_gpu__s)
   (slot F__pkg__paddlepaddle__s)
   (slot F__pkg__paddlepaddle_x2d_gpu__s)
   (slot F__rocm__gfx__s)
   (slot F__rocm__gpu_names__s)
   (slot F__run__slow__b)
   (slot F__run__slow_phase__s)
   (slot F__torch__build)
   (slot F__torch__build__s)
   (slot F__torch__cuda__s)
   (slot F__torch__cuda__v)
   (slot F__torch__cuda_available__b)
   (slot F__torch__cuda_available__s)
   (slot F__torch__hip__s)
   (slot F__torch__install_count__n)
   (slot F__torch__install_count__s)
   (slot F__torch__installer)
   (slot F__torch__installer__s)
   (slot F__torch__mps_available__b)
   (slot F__torch__version__s)
   (slot F__torch__version__v)
   (slot F__torch__version_full__s)
   (slot F__torchaudio__version__s)
   (slot F__torchvision__version__s)
   (slot F__verify__speedup__n)
   (slot P__0fcaacc0dabf)
   (slot P__13b5095cb5f0)
   (slot P__33dd67f520d1)
   (slot P__3818af4c8fce)
   (slot P__3da61eb69039)
   (slot P__3fa93c7984c4)
   (slot P__3fe80ec2573d)
   (slot P__430f6bbcc655)
   (slot P__4b0fa42eb5d3)
   (slot P__4b5447651d04)
   (slot P__4ee180b040ef)
   (slot P__506a464a56d3)
   (slot P__52037ad13611)
   (slot P__5402ab660a80)
   (slot P__568f14322df0)
   (slot P__6075c50462b8)
   (slot P__61f13b3cf1dd)
   (slot P__6559fb129385)
   (slot P__65a37591ff03)
   (slot P__791d5ea7f30a)
   (slot P__7965903a647e)
   (slot P__82f707bf68ac)
   (slot P__833b725de3ce)
   (slot P__8b9e11fcc11e)
   (slot P__8ce92f1a8211)
   (slot P__8e5300f5cecf)
   (slot P__8f3bcb4239dd)
   (slot P__94859682dea8)
   (slot P__9ccbc9c3cdc8)
   (slot P__9d5696e4a2f8)
   (slot P__a37213dc4f24)
   (slot P__a4b4c4d87be9)
   (slot P__b7bb4e57215c)
   (slot P__bf0fc018f5b2)
   (slot P__ca7468ee7707)
   (slot P__d5bf53d764fb)
   (slot P__d9286d872747)
   (slot P__df2c4255dd8a)
   (slot P__dfe7a5271a63)
   (slot P__e357590d46b6)
   (slot P__e4aa5d2ee508)
   (slot P__f074ed4042fd)
   (slot P__fd0cfd226fb7)
   (slot P__fe50e8da6fc9)
   (slot P__fe7787226907)
   (slot S__00420f18331e)
   (slot S__00b8772f556b)
   (slot S__00c08c6c80f1)
   (slot S__00e7776d6d3d)
   (slot S__00e8527a7b96)
   (slot S__0214e7495711)
   (slot S__023f2a56ee19)
   (slot S__0350c3998cf3)
   (slot S__04d121298ec1)
   (slot S__0509e01c1d12)
   (slot S__051822e48ca4)
   (slot S__0567571fbbd8)
   (slot S__05914f807b21)
   (slot S__05980dc9c3d6)
   (slot S__05ad4ac39603)
   (slot S__05b5a058b9fa)
   (slot S__05c631b977bc)
   (slot S__062f83935385)
   (slot S__06458869a9f8)
   (slot S__066cd9be2253)
   (slot S__06914c88d381)
   (slot S__06da3db45e1d)
   (slot S__06e00a5beb9e)
   (slot S__06e39a001afe)
   (slot S__0746e70f8ee7)
   (slot S__08195bacdfb1)
   (slot S__0845a13b9c20)
   (slot S__0943f9ce9eac)
   (slot S__0975313595d9)
   (slot S__0a06a96c2f10)
   (slot S__0a37e87c5d5b)
   (slot S__0a87ce7f99d0)
   (slot S__0afc13a9bbac)
   (slot S__0b24b01fbea6)
   (slot S__0b3ab8408745)
   (slot S__0b6251bb13da)
   (slot S__0b7006d2a9e4)
   (slot S__0b7101ffcc5d)
   (slot S__0bd719352aef)
   (slot S__0c35a1d74644)
   (slot S__0c582705f6de)
   (slot S__0d03a0e9aa26)
   (slot S__0d1cda4db03c)
   (slot S__0d6b9c494741)
   (slot S__0de5daac1b5f)
   (slot S__0e3ced6f0cee)
   (slot S__0e468ef7e060)
   (slot S__0e711d02f124)
   (slot S__0f2b11408c74)
   (slot S__0fa7dd6575b6)
   (slot S__10290510204f)
   (slot S__1035de15a87a)
   (slot S__105072939a12)
   (slot S__10766d523b07)
   (slot S__10af7d798fed)
   (slot S__10d83936b966)
   (slot S__10fd47b8cdf1)
   (slot S__1153dc45609d)
   (slot S__1167885c412a)
   (slot S__122c07d99858)
   (slot S__1294896dbe4f)
   (slot S__12c9a2621a19)
   (slot S__132b28bfcbe4)
   (slot S__139b88d71992)
   (slot S__1451cf786157)
   (slot S__14f0b2923d2d)
   (slot S__154f987d6ea0)
   (slot S__178e0f72eb6c)
   (slot S__17aee183400c)
   (slot S__17e2895a4132)
   (slot S__181a981c3e98)
   (slot S__18493ab2716d)
   (slot S__188fe08c8d70)
   (slot S__18a747ca5e19)
   (slot S__19179f4f0750)
   (slot S__192db4225381)
   (slot S__19364ceca575)
   (slot S__193d84ed1cb1)
   (slot S__194353d0790d)
   (slot S__1a9efe2c5872)
   (slot S__1aadc4049e66)
   (slot S__1ac12b558760)
   (slot S__1afe5efba81e)
   (slot S__1b4b5e173315)
   (slot S__1b9f48d314ee)
   (slot S__1ba1eda758c3)
   (slot S__1be5b5537635)
   (slot S__1be9759408d9)
   (slot S__1c178cbff672)
   (slot S__1cfc21d8717c)
   (slot S__1cfee3948fe9)
   (slot S__1d2da6ed398f)
   (slot S__1d50f63d75fc)
   (slot S__1dacc419e5b1)
   (slot S__1db5409cd95e)
   (slot S__1dcd9bf0c141)
   (slot S__1e533c4a7314)
   (slot S__1eed87d48d0a)
   (slot S__1ffc6ebb1c8c)
   (slot S__2000fe04bf78)
   (slot S__2027cfdf8c1e)
   (slot S__2076042e4f2c)
   (slot S__20f16ae49297)
   (slot S__210cd0fe65e3)
   (slot S__216ba973fc76)
   (slot S__2173b52ff95a)
   (slot S__21a2a7501631)
   (slot S__21e9a8e8c692)
   (slot S__22fba198811a)
   (slot S__230c7a8f88fd)
   (slot S__2344d3799fc0)
   (slot S__2446b18b3106)
   (slot S__251d196111ec)
   (slot S__2588838ff720)
   (slot S__25afc42ea4f1)
   (slot S__25dab394f42b)
   (slot S__2610652ad88d)
   (slot S__2629d1ba2344)
   (slot S__26d012572f92)
   (slot S__26e10ed293f6)
   (slot S__26fe1018219d)
   (slot S__27656a1a40c1)
   (slot S__27c4f0f9c749)
   (slot S__2862e213b370)
   (slot S__289fc8ee356a)
   (slot S__29190d9ae993)
   (slot S__292b3d95bc6b)
   (slot S__29e1f789c3fa)
   (slot S__2a95a8225301)
   (slot S__2ab8f255c07a)
   (slot S__2acc58cdaf38)
   (slot S__2b3f1bfced09)
   (slot S__2b483ed96307)
   (slot S__2b83dae77c93)
   (slot S__2b84bd8a787b)
   (slot S__2c5a699e8261)
   (slot S__2c6ef01e2d0b)
   (slot S__2cb88fdef7ca)
   (slot S__2cb9e6b6e79d)
   (slot S__2cc43db6f14c)
   (slot S__2cdb480fec7e)
   (slot S__2d603099ec5f)
   (slot S__2db2b10c1615)
   (slot S__2dc1ce9e6a95)
   (slot S__2de18faf37ab)
   (slot S__2ef2a15d7120)
   (slot S__2efa4b287eef)
   (slot S__2f04d34b3c13)
   (slot S__2f6ddcb8ce3e)
   (slot S__2fc0e729b78a)
   (slot S__2fcf58482b1b)
   (slot S__3006b4ec077b)
   (slot S__302e13eb7623)
   (slot S__30973bb4789e)
   (slot S__312fe6e4efeb)
   (slot S__318d7bed7577)
   (slot S__319bca718b7b)
   (slot S__3200d0ca18db)
   (slot S__32682d83f88b)
   (slot S__338228917dd1)
   (slot S__3382c435b563)
   (slot S__33aac6755d4e)
   (slot S__33cd957ca423)
   (slot S__33d6c1929b6a)
   (slot S__33dac8e1b7e6)
   (slot S__346a26d70b30)
   (slot S__346f144a7e67)
   (slot S__34c25874ffbe)
   (slot S__34d7079300e1)
   (slot S__34e451d74da7)
   (slot S__3509de4b24f7)
   (slot S__36b098f297e2)
   (slot S__36d48479cb83)
   (slot S__374b5fcf0001)
   (slot S__37bac60a22c6)
   (slot S__384e1a41f181)
   (slot S__387a505a8046)
   (slot S__38bc3bea8aa1)
   (slot S__38c97e196ba2)
   (slot S__38e7ae9169ce)
   (slot S__3957940efc62)
   (slot S__3a21420e97c0)
   (slot S__3a401602bddb)
   (slot S__3ae48924c47e)
   (slot S__3b269bc36a79)
   (slot S__3b58b4588dac)
   (slot S__3b82a71630d7)
   (slot S__3b931557a011)
   (slot S__3b9f64703980)
   (slot S__3bd9a18a83e2)
   (slot S__3cd3f1547f39)
   (slot S__3d193d3c930c)
   (slot S__3d392c56effa)
   (slot S__3d547d7ac919)
   (slot S__3db803227289)
   (slot S__3e991ede122a)
   (slot S__3f036fcc88b8)
   (slot S__3f1019fd9bed)
   (slot S__3fe250127802)
   (slot S__3fec3f66e80d)
   (slot S__401c469b3f16)
   (slot S__4065639e0e05)
   (slot S__408724c95100)
   (slot S__408a27e6df69)
   (slot S__4099cb1d356f)
   (slot S__40f95a82fe8a)
   (slot S__4138338a1623)
   (slot S__41608b39d290)
   (slot S__419763b66de0)
   (slot S__41d73377718d)
   (slot S__427b606d4832)
   (slot S__431c2285ce6f)
   (slot S__432ffbb384af)
   (slot S__436c6ab3b891)
   (slot S__43c1f7abca07)
   (slot S__43de8b4f226a)
   (slot S__4432a6e09144)
   (slot S__44634bf0d971)
   (slot S__44fe8e380a0f)
   (slot S__450362ec06d5)
   (slot S__450dcbf793c7)
   (slot S__451738c04813)
   (slot S__452ead233f00)
   (slot S__456f04a9f669)
   (slot S__457ce2b3379a)
   (slot S__45a7ca8ce4a8)
   (slot S__45a8dc8e7454)
   (slot S__45bc1baa7404)
   (slot S__45e07daafaff)
   (slot S__462c993f9692)
   (slot S__4673cc5e22fa)
   (slot S__46a3d57ad411)
   (slot S__46bb68e11dbb)
   (slot S__46ea1d321018)
   (slot S__470cc8d7fd61)
   (slot S__471595057f21)
   (slot S__4787fffd3dd9)
   (slot S__47ab36cf3bd0)
   (slot S__481d3dd4262d)
   (slot S__4841a27323ea)
   (slot S__487f11cf317e)
   (slot S__48c56c760274)
   (slot S__48fb424d220a)
   (slot S__49321ff81f35)
   (slot S__4993fc95a36a)
   (slot S__4a118f78f0dc)
   (slot S__4a21e49b7e0b)
   (slot S__4aa516caf420)
   (slot S__4adf39cf41ee)
   (slot S__4b050ec3e34a)
   (slot S__4b1dc72a105a)
   (slot S__4b33b0e4574b)
   (slot S__4b4ad8e5b0fd)
   (slot S__4b89f2ed108c)
   (slot S__4bbc970f6043)
   (slot S__4c025ee36b7e)
   (slot S__4c218f75d313)
   (slot S__4c325f7c82a3)
   (slot S__4c3c76ee3edd)
   (slot S__4cb24a978324)
   (slot S__4cc4c6b68ee2)
   (slot S__4cc61275673d)
   (slot S__4cf19dcc233e)
   (slot S__4d82e7925e00)
   (slot S__4d89ed112976)
   (slot S__4dec036370d3)
   (slot S__4e43bb5aa43f)
   (slot S__4eeaa32c8761)
   (slot S__4ef18737041e)
   (slot S__4f5699d4fd6c)
   (slot S__4fe68c07d4de)
   (slot S__4fe9f025765e)
   (slot S__5023709cf01e)
   (slot S__5067937ac82f)
   (slot S__5070342af500)
   (slot S__5073b9d9ee1e)
   (slot S__509d8a4f28bf)
   (slot S__50e1cea4a90a)
   (slot S__50e54af0fdc3)
   (slot S__50ea9813d71e)
   (slot S__517ac3072aea)
   (slot S__51a38a9def0f)
   (slot S__51a3bd9f9448)
   (slot S__51c2e452d92d)
   (slot S__51d05faf673a)
   (slot S__520edc790cfb)
   (slot S__5245dee7c3a4)
   (slot S__52865231fe4f)
   (slot S__5291d675e10e)
   (slot S__52e41092d43f)
   (slot S__5315e80129b3)
   (slot S__53b72aae4ee7)
   (slot S__53f6ce1f8ffb)
   (slot S__54a8444ebf4d)
   (slot S__54e08a0e4f3d)
   (slot S__557564702586)
   (slot S__557d14e2e281)
   (slot S__5582cba49a79)
   (slot S__55917c736088)
   (slot S__5648db61d4e5)
   (slot S__56a370a2e625)
   (slot S__56cfc92dbcab)
   (slot S__57359516c22f)
   (slot S__575b0a40f462)
   (slot S__5834aa7e8c79)
   (slot S__5843e8ce97a6)
   (slot S__58753b57ba3c)
   (slot S__5885ad60d0b5)
   (slot S__58ea7c307a86)
   (slot S__59080f76e5c4)
   (slot S__591015c90ada)
   (slot S__597fdc153632)
   (slot S__59acc0d5e737)
   (slot S__59b9acf43779)
   (slot S__59c36748b61c)
   (slot S__5a0109c44c30)
   (slot S__5a3c261ce5d4)
   (slot S__5a6570394d3f)
   (slot S__5abc3a3878e4)
   (slot S__5ae959bf3d76)
   (slot S__5b5cf260c412)
   (slot S__5b8c0e345cb8)
   (slot S__5b8ec1cbf3ed)
   (slot S__5c6cc9813e71)
   (slot S__5cbddee60b9d)
   (slot S__5cdffc292e35)
   (slot S__5cfdced7ab9f)
   (slot S__5d696a906ef3)
   (slot S__5d80a0ac1fd4)
   (slot S__5dc783d0c4a6)
   (slot S__5dc9db056923)
   (slot S__5df28a8a40ea)
   (slot S__5dfea4bb553b)
   (slot S__5e823883e783)
   (slot S__5ee08d964476)
   (slot S__60563d13ef8f)
   (slot S__608602b99a81)
   (slot S__60a47a1acf4d)
   (slot S__61047f54f156)
   (slot S__61849fa0174a)
   (slot S__61a63fd47829)
   (slot S__61fbdc540ceb)
   (slot S__626dac8b3283)
   (slot S__6331c85dfe36)
   (slot S__64f03b299372)
   (slot S__65805e375eac)
   (slot S__65a1b966e2a1)
   (slot S__65cb2ee53c29)
   (slot S__663711e56513)
   (slot S__6673255e5d96)
   (slot S__66c5838b96e4)
   (slot S__66e808765e7b)
   (slot S__675702ecd129)
   (slot S__67afd48bf7ed)
   (slot S__6830313348d3)
   (slot S__68a7c9ac1571)
   (slot S__690ed67a1037)
   (slot S__6935a58b6085)
   (slot S__69395c3f96b4)
   (slot S__695a394ea1e2)
   (slot S__69722433e833)
   (slot S__69c14746031b)
   (slot S__6a173b4cdf01)
   (slot S__6adccd12e345)
   (slot S__6afe634e154d)
   (slot S__6b4dda9fc547)
   (slot S__6b5c8a1d076c)
   (slot S__6b7d015cd2f7)
   (slot S__6bdde74ce2d9)
   (slot S__6be2fb8a893f)
   (slot S__6c132e34339b)
   (slot S__6cf3b3b0874f)
   (slot S__6dbbb94f10ef)
   (slot S__6df0596ab953)
   (slot S__6e1129a09bc0)
   (slot S__6e354f256046)
   (slot S__6ef1d969362e)
   (slot S__6fc0ec6966a6)
   (slot S__7016f7c45984)
   (slot S__701da5b4c196)
   (slot S__704034bd4abc)
   (slot S__7044a620f006)
   (slot S__705f81e64347)
   (slot S__708241eaaa06)
   (slot S__7090f6377f15)
   (slot S__70ecc754fad1)
   (slot S__71855767b508)
   (slot S__71bd377fb7f7)
   (slot S__71c1ff649179)
   (slot S__7200551cd79e)
   (slot S__7256edbb40c3)
   (slot S__727907ba720d)
   (slot S__727cd0238096)
   (slot S__72ae07ec4d77)
   (slot S__737214af0125)
   (slot S__73746e074afa)
   (slot S__73c3fde27869)
   (slot S__73d64eef8f7b)
   (slot S__73dae673da70)
   (slot S__7425a420dec2)
   (slot S__74b5af65ba54)
   (slot S__74f0929e3573)
   (slot S__753a5cc633a2)
   (slot S__75805db084d0)
   (slot S__75af507483b3)
   (slot S__761918eac0f7)
   (slot S__767f85ba7661)
   (slot S__76ba86d9eb48)
   (slot S__77cfd98baff6)
   (slot S__77fd5e1a8b83)
   (slot S__78206cb9cf27)
   (slot S__7832ef3e04f9)
   (slot S__78637bfc10c9)
   (slot S__78b2ea37d6a3)
   (slot S__79e13ee1e858)
   (slot S__7a284c116795)
   (slot S__7a31f35a2721)
   (slot S__7a425c5b9fe4)
   (slot S__7a5b5283c0ff)
   (slot S__7a7564274f42)
   (slot S__7a82cf733eed)
   (slot S__7b084cb25e2e)
   (slot S__7baae44dd090)
   (slot S__7bd6313b9d9e)
   (slot S__7be558aa1c59)
   (slot S__7c51194ec505)
   (slot S__7cd18117c930)
   (slot S__7d193cd6f519)
   (slot S__7d4ba6de86c2)
   (slot S__7dce41e046b2)
   (slot S__7de0910e8efe)
   (slot S__7e9ba87f9dec)
   (slot S__7ea59576d2bd)
   (slot S__7f40affc643e)
   (slot S__7fe4e611c380)
   (slot S__7fec485546c2)
   (slot S__7fedbc815a8c)
   (slot S__7ff10e977d43)
   (slot S__7ffee0d1c062)
   (slot S__80ee52a2f64a)
   (slot S__812fbe50ac55)
   (slot S__813446576c44)
   (slot S__81b02401bae5)
   (slot S__8253b7c8746f)
   (slot S__8269a41a1c3b)
   (slot S__82b08df15d8c)
   (slot S__837f4cf020e1)
   (slot S__83d0649aa93e)
   (slot S__83ebe0fdc0a6)
   (slot S__83f3c7d6762c)
   (slot S__84394faa7b2d)
   (slot S__8494505ec946)
   (slot S__84bad0909fda)
   (slot S__850b20c8bdd1)
   (slot S__853dac3d37ee)
   (slot S__857c90f5823a)
   (slot S__85ac1ed1fcd4)
   (slot S__860acca2e9b7)
   (slot S__8698c23d50eb)
   (slot S__871748ab9d5b)
   (slot S__873efa66b7c8)
   (slot S__8769e53588e6)
   (slot S__87c9c74716bf)
   (slot S__881ae8968298)
   (slot S__883c28aa7455)
   (slot S__88b3398e9ffb)
   (slot S__893c16dbe48d)
   (slot S__896263976b7a)
   (slot S__8976f3447120)
   (slot S__8a04434bfde9)
   (slot S__8a22acf3b52b)
   (slot S__8a48e580f74d)
   (slot S__8a4ed4b79aae)
   (slot S__8a7fc252c13d)
   (slot S__8ad9124addf2)
   (slot S__8ae722b7b891)
   (slot S__8afe03a9e399)
   (slot S__8be0da56febb)
   (slot S__8c6f57f65ad8)
   (slot S__8c911ce06271)
   (slot S__8d123702d281)
   (slot S__8d38a18c8a10)
   (slot S__8e4340ef5265)
   (slot S__8e50fc0a6c77)
   (slot S__8ea2a54ed551)
   (slot S__8ebf8eda151b)
   (slot S__8ef0eb08e046)
   (slot S__8f063c69f836)
   (slot S__8f22e697128e)
   (slot S__8f69579ae466)
   (slot S__8f7db2d02a18)
   (slot S__8fad4e1ac3dd)
   (slot S__8fb823986e12)
   (slot S__90d5373e3529)
   (slot S__91246c756001)
   (slot S__91d886c28a1b)
   (slot S__91ead2fcd5b1)
   (slot S__91f4ce9c91fc)
   (slot S__921488561d81)
   (slot S__92a2d9ae8141)
   (slot S__93118e436d36)
   (slot S__93346336df21)
   (slot S__936c274355f9)
   (slot S__939ff746b681)
   (slot S__94367ed313f0)
   (slot S__9441cdedf742)
   (slot S__94d9aaf864c9)
   (slot S__9520345431f3)
   (slot S__95ffdc1c3ca3)
   (slot S__961741bf43fd)
   (slot S__9680d39977d3)
   (slot S__96a0f48ce6f9)
   (slot S__96a3fcd7f4b2)
   (slot S__9748039a1e4b)
   (slot S__97619230d5b5)
   (slot S__97886d0905dd)
   (slot S__98cb0c4b4b63)
   (slot S__990f260690c7)
   (slot S__99b71bd3a986)
   (slot S__99ee6f18f921)
   (slot S__9a9b7024ea33)
   (slot S__9ab3da52e29f)
   (slot S__9b02d5789965)
   (slot S__9b8b01965160)
   (slot S__9b9606d66261)
   (slot S__9baf1e61cf39)
   (slot S__9bbc69b88a6b)
   (slot S__9ca764225272)
   (slot S__9cfbca9dbb5c)
   (slot S__9d16b84e0355)
   (slot S__9d2d6448a3af)
   (slot S__9d7261996837)
   (slot S__9d85afa3602b)
   (slot S__9e242f4942ff)
   (slot S__9ea699c19b3b)
   (slot S__9f17a237bed5)
   (slot S__9f1e27627f5d)
   (slot S__9fc5c289afd9)
   (slot S__a045151fe98f)
   (slot S__a12a7ce94fd9)
   (slot S__a19da6f2d981)
   (slot S__a1ca59ee1a9f)
   (slot S__a22dc3f50d2e)
   (slot S__a236e42fad68)
   (slot S__a23c8101d878)
   (slot S__a277a68f6377)
   (slot S__a28cf0f22f60)
   (slot S__a299856e65d7)
   (slot S__a2a5cc69af17)
   (slot S__a2f83b0825d9)
   (slot S__a310efd3c105)
   (slot S__a34917b47913)
   (slot S__a3a427022910)
   (slot S__a3ae9527d192)
   (slot S__a3b47ee34a33)
   (slot S__a455d5dc0dba)
   (slot S__a4b9c537d249)
   (slot S__a4da4a5b8da3)
   (slot S__a4f9c39d6404)
   (slot S__a52b8910c7c0)
   (slot S__a530f85f9a20)
   (slot S__a53d5a3baca4)
   (slot S__a57593d78b89)
   (slot S__a5cd4e06c4fe)
   (slot S__a5f88b69a5f9)
   (slot S__a661b450b048)
   (slot S__a673b4fa5361)
   (slot S__a67a2dc56061)
   (slot S__a69fbe5f2fd7)
   (slot S__a6a08508bdc7)
   (slot S__a6a0966d7b00)
   (slot S__a6a99429ed7c)
   (slot S__a6b013e87d71)
   (slot S__a6fb5cf08bf8)
   (slot S__a703d2a53724)
   (slot S__a7068eb9bd63)
   (slot S__a7187f211074)
   (slot S__a75b89aac0c7)
   (slot S__a761e18e5cb1)
   (slot S__a7777869475e)
   (slot S__a7c48caa66ab)
   (slot S__a864bcb2a9b3)
   (slot S__a86b4104783d)
   (slot S__a8d63b0496d2)
   (slot S__a8f80c95c50d)
   (slot S__a8fa18188299)
   (slot S__a904133cbc0c)
   (slot S__a92b227cf62d)
   (slot S__a9fcdf5e9bc5)
   (slot S__aa1ec96df1f1)
   (slot S__aa39c589fd71)
   (slot S__aa7565e3ae6a)
   (slot S__aa97023cddb8)
   (slot S__ab1c54b8327c)
   (slot S__ab87b495dd88)
   (slot S__ab88e2a14cf3)
   (slot S__ac154909bbe8)
   (slot S__ac24e6f5851a)
   (slot S__ac632a4eb67f)
   (slot S__ac87148e0459)
   (slot S__acf0a5f7ed38)
   (slot S__ad34895d50ff)
   (slot S__adb4ad0f906e)
   (slot S__ade0f33a9e1f)
   (slot S__ae19dff1049b)
   (slot S__ae220d4bbfee)
   (slot S__ae7f9da0341c)
   (slot S__aeda929ec6a6)
   (slot S__aee43a720f25)
   (slot S__af348e8c8937)
   (slot S__af680410da5d)
   (slot S__b0193750f89c)
   (slot S__b065abc46d16)
   (slot S__b1656c65a2ed)
   (slot S__b2226e00bc3f)
   (slot S__b22c08b56e23)
   (slot S__b25b5273f2c8)
   (slot S__b294c9cf22ff)
   (slot S__b2b50cd1bf4c)
   (slot S__b3bb383a0ba2)
   (slot S__b3dc42bcbb04)
   (slot S__b4038af0a1bc)
   (slot S__b4236d133a30)
   (slot S__b4244369a555)
   (slot S__b46f52dc0980)
   (slot S__b4708ac83694)
   (slot S__b470cf16de27)
   (slot S__b4a9969d4646)
   (slot S__b4d93a630c16)
   (slot S__b4dcd7324837)
   (slot S__b4f1855dd9f5)
   (slot S__b4fa16fb7c46)
   (slot S__b5028d03b597)
   (slot S__b50496ef6379)
   (slot S__b504f1635fb6)
   (slot S__b52eab560e7d)
   (slot S__b53b9fab5aaa)
   (slot S__b67d50dfc7a6)
   (slot S__b6a852c63293)
   (slot S__b6b5521faf5d)
   (slot S__b70d06686ac1)
   (slot S__b738b59ccb06)
   (slot S__b82fd8f9aca4)
   (slot S__b834450ceef0)
   (slot S__b86c9310a572)
   (slot S__b8ab3f3c3268)
   (slot S__b8cfe83091d3)
   (slot S__b8ebc36fc030)
   (slot S__b8f6c5abf188)
   (slot S__b91515f30786)
   (slot S__b93eccc457a7)
   (slot S__b94b08cf72d0)
   (slot S__b97da6499fd6)
   (slot S__b9cc107fd9ff)
   (slot S__b9d91726a2be)
   (slot S__ba0f04380b19)
   (slot S__ba83aa5d1727)
   (slot S__ba9842ba5012)
   (slot S__baf4b2d893b4)
   (slot S__bafaba32467b)
   (slot S__bb0164c63816)
   (slot S__bb08ee28ed57)
   (slot S__bb17f6c70563)
   (slot S__bb7fdbf8ec55)
   (slot S__bb9b8c2c10b0)
   (slot S__bbafba1ccfee)
   (slot S__bbb01f3da647)
   (slot S__bbde110aa033)
   (slot S__bc22e4f5a97b)
   (slot S__bc311c65a59f)
   (slot S__bc3e32e330a3)
   (slot S__bc5a71fb0ea7)
   (slot S__bcb2a821296b)
   (slot S__bcd1177e1d10)
   (slot S__bce0f33d6dd4)
   (slot S__bd0c749de831)
   (slot S__bd90bf1b84b6)
   (slot S__bdacd63b7067)
   (slot S__bdcd3a4449d5)
   (slot S__bdf893f529ba)
   (slot S__be2eabc06517)
   (slot S__beaa4641c1c9)
   (slot S__bec8f1081b48)
   (slot S__beeb4f00d94f)
   (slot S__befed63c10c9)
   (slot S__bf1067886bdd)
   (slot S__bf14c2d0bee6)
   (slot S__bf61ec423bb1)
   (slot S__bf8695520b6a)
   (slot S__c009bb0cb0a0)
   (slot S__c0186b492468)
   (slot S__c05d359a5b28)
   (slot S__c08bbb9e41d1)
   (slot S__c0c154cbcbbd)
   (slot S__c0d3ae5cac72)
   (slot S__c0df9e105741)
   (slot S__c14b7e49fd05)
   (slot S__c150ae4a4041)
   (slot S__c19d9ad4780e)
   (slot S__c2c4da248e97)
   (slot S__c30d32936b35)
   (slot S__c41e6ad1e557)
   (slot S__c4bdbbea76ff)
   (slot S__c4d584d1663b)
   (slot S__c511fd117726)
   (slot S__c5692854e777)
   (slot S__c5c5a57fc1bd)
   (slot S__c600b774e688)
   (slot S__c60fef12dbac)
   (slot S__c66522349fe6)
   (slot S__c685340ba3d5)
   (slot S__c6a67b7c5a6a)
   (slot S__c7382f5ff1bc)
   (slot S__c73b8141be6f)
   (slot S__c750264189b7)
   (slot S__c8002771fa80)
   (slot S__c804329d4fb9)
   (slot S__c85114bc8e00)
   (slot S__c870be8d4246)
   (slot S__c87d753ba8c4)
   (slot S__c9b7bc1bf79d)
   (slot S__c9dd77a5c24d)
   (slot S__c9e1914f9760)
   (slot S__ca6fae063aaf)
   (slot S__ca7a2da23c43)
   (slot S__ca9aa6e89f67)
   (slot S__cae6bbb6e474)
   (slot S__cb19cc34ce37)
   (slot S__cb1f089a35d5)
   (slot S__cb26480355a9)
   (slot S__cb86ce5de136)
   (slot S__cba3c10f690a)
   (slot S__cc047756efbf)
   (slot S__cc98c4ee32fe)
   (slot S__cc98d6344b00)
   (slot S__cd92b069814f)
   (slot S__cd9e05f8aa4f)
   (slot S__cdb76dd01ecf)
   (slot S__cf39cd54549a)
   (slot S__cfa30f508ad8)
   (slot S__cff0b54679e1)
   (slot S__d04f8270ef8c)
   (slot S__d07a9bc9f5f0)
   (slot S__d0f393d4e534)
   (slot S__d28877a9e727)
   (slot S__d292c4de9a2b)
   (slot S__d2b6696ded11)
   (slot S__d2df77042461)
   (slot S__d326eb2ac739)
   (slot S__d33b5ef7dcad)
   (slot S__d33e8557f8dc)
   (slot S__d34032fd9b46)
   (slot S__d3b70151b678)
   (slot S__d3c51209bd3f)
   (slot S__d3f691b41d71)
   (slot S__d4708f663248)
   (slot S__d4e2e0fb7e28)
   (slot S__d5768ce2a15c)
   (slot S__d65775508877)
   (slot S__d668192c138a)
   (slot S__d6ecb7ba7d6f)
   (slot S__d7095d8bf484)
   (slot S__d71ddd47fd3a)
   (slot S__d72c31406017)
   (slot S__d7a7d1fcb48a)
   (slot S__d7b99a4cbd83)
   (slot S__d81568ed0c2f)
   (slot S__d9324741ecff)
   (slot S__d9379eb81bf9)
   (slot S__d94a65df53cf)
   (slot S__d9f3b24e0f2c)
   (slot S__da2249c5d357)
   (slot S__da4029c02a6f)
   (slot S__dab563f10ffe)
   (slot S__dad6c404e1e3)
   (slot S__db044a8ac48a)
   (slot S__db41e287b874)
   (slot S__db54a299459f)
   (slot S__db66546e2225)
   (slot S__db6e58ddcf95)
   (slot S__dbb7fd6b20a5)
   (slot S__dc148944c296)
   (slot S__dc2b98afd6a4)
   (slot S__dc9562ddd1ed)
   (slot S__dd190259a9d5)
   (slot S__dd3cc731c404)
   (slot S__dd7c473a7c5a)
   (slot S__ddc21fb4a4dc)
   (slot S__ddebb3569d31)
   (slot S__ded17adb54d8)
   (slot S__e02b525c254a)
   (slot S__e045f5c1b075)
   (slot S__e0616321823c)
   (slot S__e0d4b8b2e43e)
   (slot S__e0e49b4df142)
   (slot S__e0fb0eeb22e4)
   (slot S__e13ca2806c1f)
   (slot S__e1413151a125)
   (slot S__e19bd1e5b834)
   (slot S__e2534b2a5c13)
   (slot S__e2779d357606)
   (slot S__e2ac0f0e0865)
   (slot S__e2aec30bcba4)
   (slot S__e2b9d5368819)
   (slot S__e355a516d1a7)
   (slot S__e364fa360ab3)
   (slot S__e3a28a3622f2)
   (slot S__e478d093a2d3)
   (slot S__e4a4711639fd)
   (slot S__e5033137eaea)
   (slot S__e53b9d444328)
   (slot S__e57798e07273)
   (slot S__e5d5a47cbb91)
   (slot S__e5e760f4b451)
   (slot S__e66b9a59194d)
   (slot S__e6799723f2e2)
   (slot S__e6f396a32ac1)
   (slot S__e70e2b9c8246)
   (slot S__e77b3ecddc2a)
   (slot S__e79f015e834b)
   (slot S__e7a1e643502a)
   (slot S__e7b777ca785e)
   (slot S__e7e98b417cc8)
   (slot S__e81adf4a0f19)
   (slot S__e82ff621bbb0)
   (slot S__e86432889895)
   (slot S__e87b1991c4c3)
   (slot S__e8e3fa13e537)
   (slot S__e9550764be33)
   (slot S__e9a3b4dbf4cb)
   (slot S__e9fd2f06f1fc)
   (slot S__ea26e55b179f)
   (slot S__ea28f1a819a5)
   (slot S__ea4547be3473)
   (slot S__ea645c2fd00c)
   (slot S__ec97c2083cc6)
   (slot S__ec9b575bf136)
   (slot S__ed0820d14753)
   (slot S__ed2664b4f768)
   (slot S__eda043c35748)
   (slot S__eda522299efc)
   (slot S__edb136c5d99d)
   (slot S__ee1595f46869)
   (slot S__ee7bf88c440a)
   (slot S__eeb2bb78aa5b)
   (slot S__ef150ce2d02b)
   (slot S__ef2daa465459)
   (slot S__ef3e292a9ed1)
   (slot S__efd6e2d2becf)
   (slot S__f0251d41d621)
   (slot S__f0394a23fc2d)
   (slot S__f03a2dd1619c)
   (slot S__f055952390fc)
   (slot S__f0922446aee8)
   (slot S__f09456eca1fb)
   (slot S__f099b86eca01)
   (slot S__f0b79d1cae7c)
   (slot S__f0de2ca4845f)
   (slot S__f10f813317a0)
   (slot S__f16ae19c27a4)
   (slot S__f188dbcfa58c)
   (slot S__f1a98292e678)
   (slot S__f2419f26caaf)
   (slot S__f2d7eb806f57)
   (slot S__f320c2a4be1d)
   (slot S__f344e456b1aa)
   (slot S__f3fda8deef75)
   (slot S__f3ffd6ab7724)
   (slot S__f46f9a9932d6)
   (slot S__f474e0ef665b)
   (slot S__f4eb86244a1e)
   (slot S__f4f3be995c56)
   (slot S__f59c73bd1339)
   (slot S__f61158cdc343)
   (slot S__f62ab46d1fd2)
   (slot S__f68f130371cb)
   (slot S__f693f5b6e593)
   (slot S__f6b1a15d5fe3)
   (slot S__f7b7d204caee)
   (slot S__f7d84a63e7d3)
   (slot S__f7fb98aa94ef)
   (slot S__f8233265061b)
   (slot S__f8236ded2aec)
   (slot S__f82f4dc7a1b3)
   (slot S__f83481300467)
   (slot S__f906826238c2)
   (slot S__f918d58bde52)
   (slot S__f93c72e75513)
   (slot S__f9b56cbd9c50)
   (slot S__f9c4b77ec58a)
   (slot S__f9f607accb5e)
   (slot S__fa7db0cfa554)
   (slot S__fb692f7455bc)
   (slot S__fb7ed08eef88)
   (slot S__fb9bda23e80c)
   (slot S__fc07fa916f35)
   (slot S__fcd7c2fe044a)
   (slot S__fd4196ceb6cb)
   (slot S__fde64d1e20d9)
   (slot S__fe3cee7f67db)
   (slot S__fe4a9020bcaa)
   (slot S__fe4bbb9fc02b)
   (slot S__fe7b3d8c3a5a)
   (slot S__fe80799ef60a)
   (slot S__ffa5e419f9df))
(defrule gpufix:code-error#0
   (gpufix-facts (S__066cd9be2253 TRUE))
   =>
   (gpufix-fired "code-error#0"))
(defrule gpufix:code-error#1
   (gpufix-facts (S__b97da6499fd6 TRUE))
   =>
   (gpufix-fired "code-error#1"))
(defrule gpufix:code-error#2
   (gpufix-facts (S__82b08df15d8c TRUE))
   =>
   (gpufix-fired "code-error#2"))
(defrule gpufix:code-error#3
   (gpufix-facts (S__79e13ee1e858 TRUE))
   =>
   (gpufix-fired "code-error#3"))
(defrule gpufix:code-error#4
   (gpufix-facts (S__aa1ec96df1f1 TRUE))
   =>
   (gpufix-fired "code-error#4"))
(defrule gpufix:code-error#5
   (gpufix-facts (S__a761e18e5cb1 TRUE))
   =>
   (gpufix-fired "code-error#5"))
(defrule gpufix:code-error#6
   (gpufix-facts (S__3b9f64703980 TRUE))
   =>
   (gpufix-fired "code-error#6"))
(defrule gpufix:code-error#7
   (gpufix-facts (S__c750264189b7 TRUE))
   =>
   (gpufix-fired "code-error#7"))
(defrule gpufix:code-error#8
   (gpufix-facts (S__f474e0ef665b TRUE))
   =>
   (gpufix-fired "code-error#8"))
(defrule gpufix:code-error#9
   (gpufix-facts (S__8e50fc0a6c77 TRUE))
   =>
   (gpufix-fired "code-error#9"))
(defrule gpufix:code-error#10
   (gpufix-facts (S__2f04d34b3c13 TRUE))
   =>
   (gpufix-fired "code-error#10"))
(defrule gpufix:code-error#11
   (gpufix-facts (S__b4a9969d4646 TRUE))
   =>
   (gpufix-fired "code-error#11"))
(defrule gpufix:code-error#12
   (gpufix-facts (S__a19da6f2d981 TRUE))
   =>
   (gpufix-fired "code-error#12"))
(defrule gpufix:code-error#13
   (gpufix-facts (S__ac24e6f5851a TRUE))
   =>
   (gpufix-fired "code-error#13"))
(defrule gpufix:code-error#14
   (gpufix-facts (S__bdf893f529ba TRUE) (S__f3fda8deef75 TRUE))
   =>
   (gpufix-fired "code-error#14"))
(defrule gpufix:code-error#15
   (gpufix-facts (S__0214e7495711 TRUE) (S__e70e2b9c8246 TRUE) (S__f3fda8deef75 TRUE))
   =>
   (gpufix-fired "code-error#15"))
(defrule gpufix:code-error#16
   (gpufix-facts (F__os__name "macos") (S__e70e2b9c8246 TRUE) (S__f3fda8deef75 TRUE))
   =>
   (gpufix-fired "code-error#16"))
(defrule gpufix:code-error#17
   (gpufix-facts (S__96a0f48ce6f9 TRUE))
   =>
   (gpufix-fired "code-error#17"))
(defrule gpufix:code-error#18
   (gpufix-facts (S__99b71bd3a986 TRUE) (S__c0c154cbcbbd TRUE))
   =>
   (gpufix-fired "code-error#18"))
(defrule gpufix:code-error#19
   (gpufix-facts (S__f4f3be995c56 TRUE))
   =>
   (gpufix-fired "code-error#19"))
(defrule gpufix:code-error#20
   (gpufix-facts (S__59b9acf43779 TRUE) (S__97619230d5b5 TRUE))
   =>
   (gpufix-fired "code-error#20"))
(defrule gpufix:apple-gpu-unavailable#0
   (gpufix-facts (S__3200d0ca18db TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable#0"))
(defrule gpufix:apple-gpu-unavailable#1
   (gpufix-facts (S__690ed67a1037 TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable#1"))
(defrule gpufix:apple-gpu-unavailable#2
   (gpufix-facts (S__c05d359a5b28 TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable#2"))
(defrule gpufix:apple-gpu-unavailable#3
   (gpufix-facts (S__0d6b9c494741 TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable#3"))
(defrule gpufix:apple-gpu-unavailable#4
   (gpufix-facts (S__fe80799ef60a TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable#4"))
(defrule gpufix:apple-gpu-unavailable#5
   (gpufix-facts (F__os__name "macos") (F__torch__mps_available__b FALSE))
   =>
   (gpufix-fired "apple-gpu-unavailable#5"))
(defrule gpufix:gpu-slow#0
   (gpufix-facts (S__188fe08c8d70 TRUE))
   =>
   (gpufix-fired "gpu-slow#0"))
(defrule gpufix:gpu-slow#1
   (gpufix-facts (S__8f063c69f836 TRUE))
   =>
   (gpufix-fired "gpu-slow#1"))
(defrule gpufix:gpu-slow#2
   (gpufix-facts (F__run__slow__b TRUE))
   =>
   (gpufix-fired "gpu-slow#2"))
(defrule gpufix:gpu-slow#3
   (gpufix-facts (F__verify__speedup__n ?v0&:(and (numberp ?v0) (< ?v0 1.0))))
   =>
   (gpufix-fired "gpu-slow#3"))
(defrule gpufix:gpu-slow#4
   (gpufix-facts (F__run__slow_phase__s "ok"))
   =>
   (gpufix-fired "gpu-slow#4"))
(defrule gpufix:no-module-torch#0
   (gpufix-facts (S__9b8b01965160 TRUE))
   =>
   (gpufix-fired "no-module-torch#0"))
(defrule gpufix:ascend-npu-evidence#0
   (gpufix-facts (S__3d193d3c930c TRUE))
   =>
   (gpufix-fired "ascend-npu-evidence#0"))
(defrule gpufix:asked-build-minor-above-driver-evidence#0
   (gpufix-facts (F__compat__driver_cuda__v ?v0&:(and (numberp ?v0) (< ?v0 1000020000000070))) (S__5cfdced7ab9f TRUE))
   =>
   (gpufix-fired "asked-build-minor-above-driver-evidence#0"))
(defrule gpufix:asked-build-minor-above-driver-evidence#1
   (gpufix-facts (F__compat__driver_cuda__v ?v0&:(and (numberp ?v0) (< ?v0 1000010000000070))) (S__e2b9d5368819 TRUE))
   =>
   (gpufix-fired "asked-build-minor-above-driver-evidence#1"))
(defrule gpufix:asked-build-minor-above-driver-evidence#2
   (gpufix-facts (F__compat__driver_cuda__v ?v0&:(and (numberp ?v0) (< ?v0 900020000000070))) (S__81b02401bae5 TRUE))
   =>
   (gpufix-fired "asked-build-minor-above-driver-evidence#2"))
(defrule gpufix:asked-build-minor-above-driver-evidence#3
   (gpufix-facts (F__compat__driver_cuda__v ?v0&:(and (numberp ?v0) (< ?v0 900010000000070))) (S__f099b86eca01 TRUE))
   =>
   (gpufix-fired "asked-build-minor-above-driver-evidence#3"))
(defrule gpufix:container-gpu-lost-evidence#0
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__32682d83f88b TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#0"))
(defrule gpufix:container-gpu-lost-evidence#1
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__32682d83f88b TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#1"))
(defrule gpufix:container-gpu-lost-evidence#2
   (gpufix-facts (F__os__wsl__b FALSE) (S__2027cfdf8c1e TRUE) (S__32682d83f88b TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#2"))
(defrule gpufix:container-gpu-lost-evidence#3
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2027cfdf8c1e TRUE) (S__32682d83f88b TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#3"))
(defrule gpufix:container-gpu-lost-evidence#4
   (gpufix-facts (F__os__wsl__b FALSE) (S__50e54af0fdc3 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#4"))
(defrule gpufix:container-gpu-lost-evidence#5
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__50e54af0fdc3 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#5"))
(defrule gpufix:container-gpu-lost-evidence#6
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#6"))
(defrule gpufix:container-gpu-lost-evidence#7
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#7"))
(defrule gpufix:container-gpu-lost-evidence#8
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__4993fc95a36a TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#8"))
(defrule gpufix:container-gpu-lost-evidence#9
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__4993fc95a36a TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#9"))
(defrule gpufix:container-gpu-lost-evidence#10
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__1db5409cd95e TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#10"))
(defrule gpufix:container-gpu-lost-evidence#11
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1db5409cd95e TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#11"))
(defrule gpufix:container-gpu-lost-evidence#12
   (gpufix-facts (F__os__wsl__b FALSE) (S__2027cfdf8c1e TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#12"))
(defrule gpufix:container-gpu-lost-evidence#13
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2027cfdf8c1e TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#13"))
(defrule gpufix:container-gpu-lost-evidence#14
   (gpufix-facts (F__os__wsl__b FALSE) (S__2027cfdf8c1e TRUE) (S__4993fc95a36a TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#14"))
(defrule gpufix:container-gpu-lost-evidence#15
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2027cfdf8c1e TRUE) (S__4993fc95a36a TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#15"))
(defrule gpufix:container-gpu-lost-evidence#16
   (gpufix-facts (F__os__wsl__b FALSE) (S__1db5409cd95e TRUE) (S__2027cfdf8c1e TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#16"))
(defrule gpufix:container-gpu-lost-evidence#17
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1db5409cd95e TRUE) (S__2027cfdf8c1e TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#17"))
(defrule gpufix:container-gpu-lost-evidence#18
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#18"))
(defrule gpufix:container-gpu-lost-evidence#19
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#19"))
(defrule gpufix:container-gpu-lost-evidence#20
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__34c25874ffbe TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#20"))
(defrule gpufix:container-gpu-lost-evidence#21
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__34c25874ffbe TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#21"))
(defrule gpufix:container-gpu-lost-evidence#22
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__1db5409cd95e TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#22"))
(defrule gpufix:container-gpu-lost-evidence#23
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1db5409cd95e TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#23"))
(defrule gpufix:container-gpu-lost-evidence#24
   (gpufix-facts (F__os__wsl__b FALSE) (S__2027cfdf8c1e TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#24"))
(defrule gpufix:container-gpu-lost-evidence#25
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2027cfdf8c1e TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#25"))
(defrule gpufix:container-gpu-lost-evidence#26
   (gpufix-facts (F__os__wsl__b FALSE) (S__2027cfdf8c1e TRUE) (S__34c25874ffbe TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#26"))
(defrule gpufix:container-gpu-lost-evidence#27
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2027cfdf8c1e TRUE) (S__34c25874ffbe TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#27"))
(defrule gpufix:container-gpu-lost-evidence#28
   (gpufix-facts (F__os__wsl__b FALSE) (S__1db5409cd95e TRUE) (S__2027cfdf8c1e TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#28"))
(defrule gpufix:container-gpu-lost-evidence#29
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1db5409cd95e TRUE) (S__2027cfdf8c1e TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#29"))
(defrule gpufix:container-gpu-lost-evidence#30
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (F__torch__cuda_available__b FALSE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#30"))
(defrule gpufix:container-gpu-lost-evidence#31
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#31"))
(defrule gpufix:container-gpu-lost-evidence#32
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (F__torch__cuda_available__b FALSE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#32"))
(defrule gpufix:container-gpu-lost-evidence#33
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#33"))
(defrule gpufix:container-gpu-lost-evidence#34
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (F__torch__cuda_available__b FALSE) (S__1db5409cd95e TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#34"))
(defrule gpufix:container-gpu-lost-evidence#35
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__1db5409cd95e TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#35"))
(defrule gpufix:container-gpu-lost-evidence#36
   (gpufix-facts (F__os__wsl__b FALSE) (F__torch__cuda_available__b FALSE) (S__2027cfdf8c1e TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#36"))
(defrule gpufix:container-gpu-lost-evidence#37
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__2027cfdf8c1e TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#37"))
(defrule gpufix:container-gpu-lost-evidence#38
   (gpufix-facts (F__os__wsl__b FALSE) (F__torch__cuda_available__b FALSE) (S__2027cfdf8c1e TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#38"))
(defrule gpufix:container-gpu-lost-evidence#39
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__2027cfdf8c1e TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#39"))
(defrule gpufix:container-gpu-lost-evidence#40
   (gpufix-facts (F__os__wsl__b FALSE) (F__torch__cuda_available__b FALSE) (S__1db5409cd95e TRUE) (S__2027cfdf8c1e TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#40"))
(defrule gpufix:container-gpu-lost-evidence#41
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__1db5409cd95e TRUE) (S__2027cfdf8c1e TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#41"))
(defrule gpufix:container-gpu-lost-evidence#42
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__1be5b5537635 TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#42"))
(defrule gpufix:container-gpu-lost-evidence#43
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1be5b5537635 TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#43"))
(defrule gpufix:container-gpu-lost-evidence#44
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__1be5b5537635 TRUE) (S__1db5409cd95e TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#44"))
(defrule gpufix:container-gpu-lost-evidence#45
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1be5b5537635 TRUE) (S__1db5409cd95e TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#45"))
(defrule gpufix:container-gpu-lost-evidence#46
   (gpufix-facts (F__os__wsl__b FALSE) (S__1be5b5537635 TRUE) (S__2027cfdf8c1e TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#46"))
(defrule gpufix:container-gpu-lost-evidence#47
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1be5b5537635 TRUE) (S__2027cfdf8c1e TRUE) (S__4993fc95a36a TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#47"))
(defrule gpufix:container-gpu-lost-evidence#48
   (gpufix-facts (F__os__wsl__b FALSE) (S__1be5b5537635 TRUE) (S__1db5409cd95e TRUE) (S__2027cfdf8c1e TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#48"))
(defrule gpufix:container-gpu-lost-evidence#49
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1be5b5537635 TRUE) (S__1db5409cd95e TRUE) (S__2027cfdf8c1e TRUE) (S__b738b59ccb06 FALSE) (S__c5c5a57fc1bd TRUE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#49"))
(defrule gpufix:container-gpu-lost-evidence#50
   (gpufix-facts (F__os__wsl__b FALSE) (S__17aee183400c TRUE) (S__32682d83f88b TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#50"))
(defrule gpufix:container-gpu-lost-evidence#51
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__17aee183400c TRUE) (S__32682d83f88b TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#51"))
(defrule gpufix:container-gpu-lost-evidence#52
   (gpufix-facts (F__os__wsl__b FALSE) (S__17aee183400c TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#52"))
(defrule gpufix:container-gpu-lost-evidence#53
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__17aee183400c TRUE) (S__b4dcd7324837 TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#53"))
(defrule gpufix:container-gpu-lost-evidence#54
   (gpufix-facts (F__os__wsl__b FALSE) (S__17aee183400c TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#54"))
(defrule gpufix:container-gpu-lost-evidence#55
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__17aee183400c TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#55"))
(defrule gpufix:container-gpu-lost-evidence#56
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__b FALSE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#56"))
(defrule gpufix:container-gpu-lost-evidence#57
   (gpufix-facts (F__container__inside__b TRUE) (F__os__wsl__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#57"))
(defrule gpufix:container-gpu-lost-evidence#58
   (gpufix-facts (F__os__wsl__b FALSE) (S__2027cfdf8c1e TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#58"))
(defrule gpufix:container-gpu-lost-evidence#59
   (gpufix-facts (F__os__wsl__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2027cfdf8c1e TRUE) (S__34c25874ffbe TRUE) (S__b738b59ccb06 FALSE))
   =>
   (gpufix-fired "container-gpu-lost-evidence#59"))
(defrule gpufix:container-image-ships-driver-libs#0
   (gpufix-facts (S__e1413151a125 TRUE))
   =>
   (gpufix-fired "container-image-ships-driver-libs#0"))
(defrule gpufix:container-image-ships-driver-libs#1
   (gpufix-facts (S__6df0596ab953 TRUE))
   =>
   (gpufix-fired "container-image-ships-driver-libs#1"))
(defrule gpufix:cpu-illegal-instruction#0
   (gpufix-facts (S__26e10ed293f6 TRUE) (S__4138338a1623 FALSE))
   =>
   (gpufix-fired "cpu-illegal-instruction#0"))
(defrule gpufix:cpu-illegal-instruction#1
   (gpufix-facts (S__4138338a1623 FALSE) (S__8a04434bfde9 TRUE))
   =>
   (gpufix-fired "cpu-illegal-instruction#1"))
(defrule gpufix:cpu-illegal-instruction#2
   (gpufix-facts (S__4138338a1623 FALSE) (S__5a0109c44c30 TRUE))
   =>
   (gpufix-fired "cpu-illegal-instruction#2"))
(defrule gpufix:cpu-illegal-instruction#3
   (gpufix-facts (S__4138338a1623 FALSE) (S__e4a4711639fd TRUE))
   =>
   (gpufix-fired "cpu-illegal-instruction#3"))
(defrule gpufix:cpu-illegal-instruction#4
   (gpufix-facts (S__0509e01c1d12 TRUE) (S__4138338a1623 FALSE))
   =>
   (gpufix-fired "cpu-illegal-instruction#4"))
(defrule gpufix:cpu-illegal-instruction#5
   (gpufix-facts (S__4099cb1d356f TRUE) (S__4138338a1623 FALSE))
   =>
   (gpufix-fired "cpu-illegal-instruction#5"))
(defrule gpufix:cpu-illegal-instruction#6
   (gpufix-facts (S__4138338a1623 FALSE) (S__4ef18737041e FALSE) (S__9fc5c289afd9 TRUE))
   =>
   (gpufix-fired "cpu-illegal-instruction#6"))
(defrule gpufix:cpu-illegal-instruction#7
   (gpufix-facts (S__4138338a1623 FALSE) (S__990f260690c7 TRUE) (S__f8233265061b TRUE))
   =>
   (gpufix-fired "cpu-illegal-instruction#7"))
(defrule gpufix:cpu-run-chosen-evidence#0
   (gpufix-facts (S__695a394ea1e2 TRUE) (S__74f0929e3573 FALSE))
   =>
   (gpufix-fired "cpu-run-chosen-evidence#0"))
(defrule gpufix:cuda-compat-evidence#0
   (gpufix-facts (S__5a6570394d3f FALSE) (S__c9b7bc1bf79d TRUE) (S__cdb76dd01ecf TRUE) (S__e045f5c1b075 FALSE))
   =>
   (gpufix-fired "cuda-compat-evidence#0"))
(defrule gpufix:cuda-compat-evidence#1
   (gpufix-facts (S__5a6570394d3f FALSE) (S__a6b013e87d71 TRUE) (S__c9b7bc1bf79d TRUE) (S__e045f5c1b075 FALSE))
   =>
   (gpufix-fired "cuda-compat-evidence#1"))
(defrule gpufix:cuda-compat-evidence#2
   (gpufix-facts (S__5a6570394d3f FALSE) (S__9e242f4942ff TRUE) (S__c9b7bc1bf79d TRUE) (S__e045f5c1b075 FALSE))
   =>
   (gpufix-fired "cuda-compat-evidence#2"))
(defrule gpufix:cuda-stub-libcuda-loaded#0
   (gpufix-facts (S__bc311c65a59f TRUE))
   =>
   (gpufix-fired "cuda-stub-libcuda-loaded#0"))
(defrule gpufix:cuda-stub-libcuda-loaded#1
   (gpufix-facts (S__befed63c10c9 TRUE))
   =>
   (gpufix-fired "cuda-stub-libcuda-loaded#1"))
(defrule gpufix:cuda-stub-libcuda-loaded#2
   (gpufix-facts (S__6b7d015cd2f7 TRUE) (S__a57593d78b89 TRUE))
   =>
   (gpufix-fired "cuda-stub-libcuda-loaded#2"))
(defrule gpufix:cuda-stub-libcuda-loaded#3
   (gpufix-facts (S__7425a420dec2 TRUE) (S__b9cc107fd9ff TRUE))
   =>
   (gpufix-fired "cuda-stub-libcuda-loaded#3"))
(defrule gpufix:desktop-vm-guest-evidence#0
   (gpufix-facts (S__8a48e580f74d TRUE))
   =>
   (gpufix-fired "desktop-vm-guest-evidence#0"))
(defrule gpufix:docker-desktop-gpu-regression#0
   (gpufix-facts (S__456f04a9f669 TRUE) (S__a28cf0f22f60 TRUE) (S__fde64d1e20d9 TRUE))
   =>
   (gpufix-fired "docker-desktop-gpu-regression#0"))
(defrule gpufix:driver-runs-torch-evidence#0
   (gpufix-facts (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired "driver-runs-torch-evidence#0"))
(defrule gpufix:driver-runs-torch-evidence#1
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE))
   =>
   (gpufix-fired "driver-runs-torch-evidence#1"))
(defrule gpufix:gpu-use-asked-evidence#0
   (gpufix-facts (S__6830313348d3 FALSE) (S__8ae722b7b891 FALSE) (S__c804329d4fb9 TRUE))
   =>
   (gpufix-fired "gpu-use-asked-evidence#0"))
(defrule gpufix:hybrid-mode-evidence#0
   (gpufix-facts (S__e2ac0f0e0865 TRUE))
   =>
   (gpufix-fired "hybrid-mode-evidence#0"))
(defrule gpufix:hybrid-mode-evidence#1
   (gpufix-facts (S__5245dee7c3a4 TRUE))
   =>
   (gpufix-fired "hybrid-mode-evidence#1"))
(defrule gpufix:hybrid-mode-evidence#2
   (gpufix-facts (S__0c582705f6de TRUE))
   =>
   (gpufix-fired "hybrid-mode-evidence#2"))
(defrule gpufix:igpu-used-evidence#0
   (gpufix-facts (S__c8002771fa80 TRUE))
   =>
   (gpufix-fired "igpu-used-evidence#0"))
(defrule gpufix:libuv-unavailable-windows#0
   (gpufix-facts (S__f0de2ca4845f TRUE))
   =>
   (gpufix-fired "libuv-unavailable-windows#0"))
(defrule gpufix:libuv-unavailable-windows#1
   (gpufix-facts (S__0b24b01fbea6 TRUE))
   =>
   (gpufix-fired "libuv-unavailable-windows#1"))
(defrule gpufix:libuv-unavailable-windows#2
   (gpufix-facts (S__d4e2e0fb7e28 TRUE))
   =>
   (gpufix-fired "libuv-unavailable-windows#2"))
(defrule gpufix:libuv-unavailable-windows#3
   (gpufix-facts (S__4841a27323ea TRUE))
   =>
   (gpufix-fired "libuv-unavailable-windows#3"))
(defrule gpufix:local-module-shadows-torch#0
   (gpufix-facts (S__2efa4b287eef FALSE) (S__ec97c2083cc6 TRUE) (S__f7d84a63e7d3 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#0"))
(defrule gpufix:local-module-shadows-torch#1
   (gpufix-facts (S__7de0910e8efe TRUE) (S__f7d84a63e7d3 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#1"))
(defrule gpufix:local-module-shadows-torch#2
   (gpufix-facts (S__2efa4b287eef FALSE) (S__cb86ce5de136 TRUE) (S__ec97c2083cc6 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#2"))
(defrule gpufix:local-module-shadows-torch#3
   (gpufix-facts (S__7de0910e8efe TRUE) (S__cb86ce5de136 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#3"))
(defrule gpufix:local-module-shadows-torch#4
   (gpufix-facts (S__753a5cc633a2 FALSE) (S__837f4cf020e1 TRUE) (S__ef3e292a9ed1 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#4"))
(defrule gpufix:local-module-shadows-torch#5
   (gpufix-facts (S__b504f1635fb6 TRUE) (S__e6799723f2e2 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#5"))
(defrule gpufix:local-module-shadows-torch#6
   (gpufix-facts (S__6e354f256046 TRUE) (S__b504f1635fb6 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#6"))
(defrule gpufix:local-module-shadows-torch#7
   (gpufix-facts (S__3f1019fd9bed TRUE) (S__4d82e7925e00 TRUE) (S__ae7f9da0341c FALSE) (S__b2226e00bc3f FALSE) (S__b504f1635fb6 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#7"))
(defrule gpufix:local-module-shadows-torch#8
   (gpufix-facts (S__3db803227289 TRUE) (S__b504f1635fb6 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#8"))
(defrule gpufix:local-module-shadows-torch#9
   (gpufix-facts (S__b504f1635fb6 TRUE) (S__f62ab46d1fd2 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#9"))
(defrule gpufix:local-module-shadows-torch#10
   (gpufix-facts (S__7090f6377f15 TRUE))
   =>
   (gpufix-fired "local-module-shadows-torch#10"))
(defrule gpufix:mac-named-evidence#0
   (gpufix-facts (S__0e468ef7e060 TRUE))
   =>
   (gpufix-fired "mac-named-evidence#0"))
(defrule gpufix:mkl-too-new-for-conda-torch#0
   (gpufix-facts (S__8f22e697128e TRUE))
   =>
   (gpufix-fired "mkl-too-new-for-conda-torch#0"))
(defrule gpufix:mkl-too-new-for-conda-torch#1
   (gpufix-facts (S__a8d63b0496d2 TRUE))
   =>
   (gpufix-fired "mkl-too-new-for-conda-torch#1"))
(defrule gpufix:nccl-unavailable-windows#0
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux") (neq ?v0 "macos"))) (S__92a2d9ae8141 TRUE))
   =>
   (gpufix-fired "nccl-unavailable-windows#0"))
(defrule gpufix:nccl-unavailable-windows#1
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__92a2d9ae8141 TRUE))
   =>
   (gpufix-fired "nccl-unavailable-windows#1"))
(defrule gpufix:nccl-unavailable-windows#2
   (gpufix-facts (S__3b269bc36a79 TRUE))
   =>
   (gpufix-fired "nccl-unavailable-windows#2"))
(defrule gpufix:no-cuda-device-seen-evidence#0
   (gpufix-facts (S__9d85afa3602b TRUE))
   =>
   (gpufix-fired "no-cuda-device-seen-evidence#0"))
(defrule gpufix:no-cuda-device-seen-evidence#1
   (gpufix-facts (S__f4eb86244a1e TRUE))
   =>
   (gpufix-fired "no-cuda-device-seen-evidence#1"))
(defrule gpufix:non-ascii-user-path#0
   (gpufix-facts (S__91ead2fcd5b1 TRUE))
   =>
   (gpufix-fired "non-ascii-user-path#0"))
(defrule gpufix:non-ascii-user-path#1
   (gpufix-facts (S__251d196111ec TRUE))
   =>
   (gpufix-fired "non-ascii-user-path#1"))
(defrule gpufix:non-ascii-user-path#2
   (gpufix-facts (S__4b4ad8e5b0fd TRUE))
   =>
   (gpufix-fired "non-ascii-user-path#2"))
(defrule gpufix:non-ascii-user-path#3
   (gpufix-facts (S__4c3c76ee3edd TRUE))
   =>
   (gpufix-fired "non-ascii-user-path#3"))
(defrule gpufix:non-ascii-user-path#4
   (gpufix-facts (S__c14b7e49fd05 TRUE))
   =>
   (gpufix-fired "non-ascii-user-path#4"))
(defrule gpufix:non-ascii-user-path#5
   (gpufix-facts (S__a9fcdf5e9bc5 TRUE) (S__bb9b8c2c10b0 TRUE))
   =>
   (gpufix-fired "non-ascii-user-path#5"))
(defrule gpufix:non-ascii-user-path#6
   (gpufix-facts (S__0845a13b9c20 FALSE) (S__450362ec06d5 TRUE) (S__cff0b54679e1 TRUE))
   =>
   (gpufix-fired "non-ascii-user-path#6"))
(defrule gpufix:nontorch-cpu-build-evidence#0
   (gpufix-facts (S__20f16ae49297 FALSE) (S__c6a67b7c5a6a TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#0"))
(defrule gpufix:nontorch-cpu-build-evidence#1
   (gpufix-facts (S__20f16ae49297 FALSE) (S__46a3d57ad411 FALSE) (S__bd0c749de831 TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#1"))
(defrule gpufix:nontorch-cpu-build-evidence#2
   (gpufix-facts (S__20f16ae49297 FALSE) (S__46a3d57ad411 FALSE) (S__adb4ad0f906e TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#2"))
(defrule gpufix:nontorch-cpu-build-evidence#3
   (gpufix-facts (F__pkg__onnxruntime__s "ok") (F__pkg__onnxruntime_x2d_gpu__s "ok") (S__20f16ae49297 FALSE) (S__46a3d57ad411 FALSE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#3"))
(defrule gpufix:nontorch-cpu-build-evidence#4
   (gpufix-facts (S__2862e213b370 TRUE) (S__52865231fe4f FALSE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#4"))
(defrule gpufix:nontorch-cpu-build-evidence#5
   (gpufix-facts (F__pkg__faiss_x2d_cpu__s "ok") (F__pkg__faiss_x2d_gpu__s "ok"))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#5"))
(defrule gpufix:nontorch-cpu-build-evidence#6
   (gpufix-facts (S__896263976b7a TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#6"))
(defrule gpufix:nontorch-cpu-build-evidence#7
   (gpufix-facts (F__pkg__paddlepaddle__s "ok") (F__pkg__paddlepaddle_x2d_gpu__s "ok"))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#7"))
(defrule gpufix:nontorch-cpu-build-evidence#8
   (gpufix-facts (S__46bb68e11dbb TRUE) (S__bb7fdbf8ec55 TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#8"))
(defrule gpufix:nontorch-cpu-build-evidence#9
   (gpufix-facts (S__c4d584d1663b TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#9"))
(defrule gpufix:nontorch-cpu-build-evidence#10
   (gpufix-facts (S__aa7565e3ae6a TRUE) (S__ffa5e419f9df TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#10"))
(defrule gpufix:nontorch-cpu-build-evidence#11
   (gpufix-facts (S__e87b1991c4c3 TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#11"))
(defrule gpufix:nontorch-cpu-build-evidence#12
   (gpufix-facts (S__b8f6c5abf188 TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#12"))
(defrule gpufix:nontorch-cpu-build-evidence#13
   (gpufix-facts (S__a455d5dc0dba TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#13"))
(defrule gpufix:nontorch-cpu-build-evidence#14
   (gpufix-facts (S__20f16ae49297 FALSE) (S__46a3d57ad411 FALSE) (S__a22dc3f50d2e TRUE))
   =>
   (gpufix-fired "nontorch-cpu-build-evidence#14"))
(defrule gpufix:npu-cann-env-not-set#0
   (gpufix-facts (S__d72c31406017 TRUE))
   =>
   (gpufix-fired "npu-cann-env-not-set#0"))
(defrule gpufix:npu-cann-env-not-set#1
   (gpufix-facts (S__e53b9d444328 TRUE))
   =>
   (gpufix-fired "npu-cann-env-not-set#1"))
(defrule gpufix:npu-cann-env-not-set#2
   (gpufix-facts (S__e2aec30bcba4 TRUE))
   =>
   (gpufix-fired "npu-cann-env-not-set#2"))
(defrule gpufix:npu-cann-env-not-set#3
   (gpufix-facts (S__94d9aaf864c9 TRUE))
   =>
   (gpufix-fired "npu-cann-env-not-set#3"))
(defrule gpufix:npu-cann-env-not-set#4
   (gpufix-facts (S__05b5a058b9fa TRUE))
   =>
   (gpufix-fired "npu-cann-env-not-set#4"))
(defrule gpufix:nvidia-device-permission#0
   (gpufix-facts (S__d33b5ef7dcad TRUE))
   =>
   (gpufix-fired "nvidia-device-permission#0"))
(defrule gpufix:nvidia-device-permission#1
   (gpufix-facts (S__2d603099ec5f TRUE))
   =>
   (gpufix-fired "nvidia-device-permission#1"))
(defrule gpufix:nvidia-device-permission#2
   (gpufix-facts (S__05ad4ac39603 FALSE) (S__0d1cda4db03c TRUE) (S__10290510204f FALSE) (S__487f11cf317e FALSE) (S__a7187f211074 FALSE) (S__e57798e07273 TRUE))
   =>
   (gpufix-fired "nvidia-device-permission#2"))
(defrule gpufix:nvidia-gpu-evidence#0
   (gpufix-facts (S__af348e8c8937 TRUE))
   =>
   (gpufix-fired "nvidia-gpu-evidence#0"))
(defrule gpufix:nvidia-gpu-evidence#1
   (gpufix-facts (S__2b3f1bfced09 TRUE))
   =>
   (gpufix-fired "nvidia-gpu-evidence#1"))
(defrule gpufix:nvidia-gpu-evidence#2
   (gpufix-facts (S__b9d91726a2be TRUE))
   =>
   (gpufix-fired "nvidia-gpu-evidence#2"))
(defrule gpufix:nvidia-gpu-evidence#3
   (gpufix-facts (F__pci__nvidia_count__n ?v0&:(and (numberp ?v0) (> ?v0 0))))
   =>
   (gpufix-fired "nvidia-gpu-evidence#3"))
(defrule gpufix:nvidia-gpu-evidence#4
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0))))
   =>
   (gpufix-fired "nvidia-gpu-evidence#4"))
(defrule gpufix:nvidia-gpu-evidence#5
   (gpufix-facts (F__gpu__name__s "ok"))
   =>
   (gpufix-fired "nvidia-gpu-evidence#5"))
(defrule gpufix:nvidia-gpu-evidence#6
   (gpufix-facts (F__gpu__vendor "nvidia"))
   =>
   (gpufix-fired "nvidia-gpu-evidence#6"))
(defrule gpufix:nvidia-gpu-evidence#7
   (gpufix-facts (F__driver__version__s "ok"))
   =>
   (gpufix-fired "nvidia-gpu-evidence#7"))
(defrule gpufix:old-windows-evidence#0
   (gpufix-facts (F__os__name "windows") (F__os__release__v ?v1&:(and (numberp ?v1) (< ?v1 1000000000000070))))
   =>
   (gpufix-fired "old-windows-evidence#0"))
(defrule gpufix:old-windows-evidence#1
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "windows"))) (S__37bac60a22c6 FALSE) (S__812fbe50ac55 TRUE))
   =>
   (gpufix-fired "old-windows-evidence#1"))
(defrule gpufix:old-windows-evidence#2
   (gpufix-facts (F__os__release__v ?v0&:(and (numberp ?v0) (< ?v0 1000000000000070))) (S__37bac60a22c6 FALSE) (S__812fbe50ac55 TRUE))
   =>
   (gpufix-fired "old-windows-evidence#2"))
(defrule gpufix:old-windows-evidence#3
   (gpufix-facts (F__os__release__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__37bac60a22c6 FALSE) (S__812fbe50ac55 TRUE))
   =>
   (gpufix-fired "old-windows-evidence#3"))
(defrule gpufix:old-windows-evidence#4
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "windows"))) (S__37bac60a22c6 FALSE) (S__b8ab3f3c3268 TRUE))
   =>
   (gpufix-fired "old-windows-evidence#4"))
(defrule gpufix:old-windows-evidence#5
   (gpufix-facts (F__os__release__v ?v0&:(and (numberp ?v0) (< ?v0 1000000000000070))) (S__37bac60a22c6 FALSE) (S__b8ab3f3c3268 TRUE))
   =>
   (gpufix-fired "old-windows-evidence#5"))
(defrule gpufix:old-windows-evidence#6
   (gpufix-facts (F__os__release__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__37bac60a22c6 FALSE) (S__b8ab3f3c3268 TRUE))
   =>
   (gpufix-fired "old-windows-evidence#6"))
(defrule gpufix:openmp-runtime-duplicate#0
   (gpufix-facts (S__45a8dc8e7454 TRUE))
   =>
   (gpufix-fired "openmp-runtime-duplicate#0"))
(defrule gpufix:openmp-runtime-duplicate#1
   (gpufix-facts (S__db41e287b874 TRUE))
   =>
   (gpufix-fired "openmp-runtime-duplicate#1"))
(defrule gpufix:openmp-runtime-duplicate#2
   (gpufix-facts (S__91246c756001 TRUE))
   =>
   (gpufix-fired "openmp-runtime-duplicate#2"))
(defrule gpufix:openmp-runtime-duplicate#3
   (gpufix-facts (S__3d547d7ac919 TRUE))
   =>
   (gpufix-fired "openmp-runtime-duplicate#3"))
(defrule gpufix:ort-cpu-package-evidence#0
   (gpufix-facts (S__18a747ca5e19 FALSE) (S__a23c8101d878 TRUE))
   =>
   (gpufix-fired "ort-cpu-package-evidence#0"))
(defrule gpufix:other-framework-only-evidence#0
   (gpufix-facts (S__00b8772f556b TRUE) (S__ea4547be3473 FALSE))
   =>
   (gpufix-fired "other-framework-only-evidence#0"))
(defrule gpufix:paddle-only-evidence#0
   (gpufix-facts (S__7bd6313b9d9e TRUE) (S__f344e456b1aa FALSE))
   =>
   (gpufix-fired "paddle-only-evidence#0"))
(defrule gpufix:path-entry-not-a-directory#0
   (gpufix-facts (S__3382c435b563 TRUE))
   =>
   (gpufix-fired "path-entry-not-a-directory#0"))
(defrule gpufix:path-entry-not-a-directory#1
   (gpufix-facts (S__6cf3b3b0874f TRUE))
   =>
   (gpufix-fired "path-entry-not-a-directory#1"))
(defrule gpufix:path-entry-not-a-directory#2
   (gpufix-facts (S__53b72aae4ee7 TRUE))
   =>
   (gpufix-fired "path-entry-not-a-directory#2"))
(defrule gpufix:python-env-mismatch#0
   (gpufix-facts (S__4f5699d4fd6c TRUE) (S__73dae673da70 TRUE))
   =>
   (gpufix-fired "python-env-mismatch#0"))
(defrule gpufix:python-env-mismatch#1
   (gpufix-facts (S__4f5699d4fd6c TRUE) (S__7fe4e611c380 TRUE))
   =>
   (gpufix-fired "python-env-mismatch#1"))
(defrule gpufix:python-env-mismatch#2
   (gpufix-facts (S__1b9f48d314ee TRUE) (S__6bdde74ce2d9 TRUE))
   =>
   (gpufix-fired "python-env-mismatch#2"))
(defrule gpufix:python-env-mismatch#3
   (gpufix-facts (S__4f5699d4fd6c TRUE) (S__6bdde74ce2d9 TRUE))
   =>
   (gpufix-fired "python-env-mismatch#3"))
(defrule gpufix:python-env-mismatch#4
   (gpufix-facts (F__pip__matches_python__b FALSE))
   =>
   (gpufix-fired "python-env-mismatch#4"))
(defrule gpufix:python-env-mismatch#5
   (gpufix-facts (F__pip__matches_python__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__33dd67f520d1 FALSE))
   =>
   (gpufix-fired "python-env-mismatch#5"))
(defrule gpufix:python-env-mismatch#6
   (gpufix-facts (S__1dacc419e5b1 TRUE) (S__ed2664b4f768 TRUE))
   =>
   (gpufix-fired "python-env-mismatch#6"))
(defrule gpufix:python-env-mismatch#7
   (gpufix-facts (S__75af507483b3 TRUE) (S__b834450ceef0 TRUE))
   =>
   (gpufix-fired "python-env-mismatch#7"))
(defrule gpufix:python-env-mismatch#8
   (gpufix-facts (S__90d5373e3529 TRUE) (S__e0d4b8b2e43e FALSE) (S__f320c2a4be1d TRUE))
   =>
   (gpufix-fired "python-env-mismatch#8"))
(defrule gpufix:python-env-mismatch#9
   (gpufix-facts (S__90d5373e3529 TRUE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#9"))
(defrule gpufix:python-env-mismatch#10
   (gpufix-facts (S__a045151fe98f TRUE) (S__e0d4b8b2e43e FALSE) (S__f320c2a4be1d TRUE))
   =>
   (gpufix-fired "python-env-mismatch#10"))
(defrule gpufix:python-env-mismatch#11
   (gpufix-facts (S__a045151fe98f TRUE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#11"))
(defrule gpufix:python-env-mismatch#12
   (gpufix-facts (S__78b2ea37d6a3 TRUE) (S__bec8f1081b48 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#12"))
(defrule gpufix:python-env-mismatch#13
   (gpufix-facts (S__66e808765e7b TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#13"))
(defrule gpufix:python-env-mismatch#14
   (gpufix-facts (S__813446576c44 TRUE) (S__cb1f089a35d5 TRUE) (S__e0d4b8b2e43e FALSE) (S__f320c2a4be1d TRUE))
   =>
   (gpufix-fired "python-env-mismatch#14"))
(defrule gpufix:python-env-mismatch#15
   (gpufix-facts (S__813446576c44 TRUE) (S__d7b99a4cbd83 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#15"))
(defrule gpufix:python-env-mismatch#16
   (gpufix-facts (S__59080f76e5c4 TRUE) (S__e0d4b8b2e43e FALSE) (S__f320c2a4be1d TRUE))
   =>
   (gpufix-fired "python-env-mismatch#16"))
(defrule gpufix:python-env-mismatch#17
   (gpufix-facts (S__59080f76e5c4 TRUE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#17"))
(defrule gpufix:python-env-mismatch#18
   (gpufix-facts (S__08195bacdfb1 TRUE) (S__9baf1e61cf39 TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#18"))
(defrule gpufix:python-env-mismatch#19
   (gpufix-facts (S__08195bacdfb1 TRUE) (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#19"))
(defrule gpufix:python-env-mismatch#20
   (gpufix-facts (S__9baf1e61cf39 TRUE) (S__a1ca59ee1a9f TRUE) (S__e0d4b8b2e43e FALSE) (S__fd4196ceb6cb TRUE))
   =>
   (gpufix-fired "python-env-mismatch#20"))
(defrule gpufix:python-env-mismatch#21
   (gpufix-facts (S__87c9c74716bf TRUE) (S__9baf1e61cf39 TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#21"))
(defrule gpufix:python-env-mismatch#22
   (gpufix-facts (S__87c9c74716bf TRUE) (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#22"))
(defrule gpufix:python-env-mismatch#23
   (gpufix-facts (F__torch__version__s "ok") (S__05914f807b21 FALSE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE) (S__f320c2a4be1d TRUE))
   =>
   (gpufix-fired "python-env-mismatch#23"))
(defrule gpufix:python-env-mismatch#24
   (gpufix-facts (S__7c51194ec505 TRUE) (S__9baf1e61cf39 TRUE) (S__b22c08b56e23 FALSE) (S__d2b6696ded11 FALSE))
   =>
   (gpufix-fired "python-env-mismatch#24"))
(defrule gpufix:python-env-mismatch#25
   (gpufix-facts (S__7c51194ec505 TRUE) (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__d2b6696ded11 FALSE))
   =>
   (gpufix-fired "python-env-mismatch#25"))
(defrule gpufix:python-env-mismatch#26
   (gpufix-facts (S__b0193750f89c TRUE) (S__b22c08b56e23 FALSE) (S__cb26480355a9 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#26"))
(defrule gpufix:python-env-mismatch#27
   (gpufix-facts (S__1cfc21d8717c TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#27"))
(defrule gpufix:python-env-mismatch#28
   (gpufix-facts (S__b22c08b56e23 FALSE) (S__b3dc42bcbb04 FALSE) (S__cb26480355a9 TRUE) (S__d326eb2ac739 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#28"))
(defrule gpufix:python-env-mismatch#29
   (gpufix-facts (S__7e9ba87f9dec TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE) (S__f320c2a4be1d TRUE))
   =>
   (gpufix-fired "python-env-mismatch#29"))
(defrule gpufix:python-env-mismatch#30
   (gpufix-facts (S__7e9ba87f9dec TRUE) (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#30"))
(defrule gpufix:python-env-mismatch#31
   (gpufix-facts (S__122c07d99858 TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE) (S__f320c2a4be1d TRUE))
   =>
   (gpufix-fired "python-env-mismatch#31"))
(defrule gpufix:python-env-mismatch#32
   (gpufix-facts (S__122c07d99858 TRUE) (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#32"))
(defrule gpufix:python-env-mismatch#33
   (gpufix-facts (S__bcb2a821296b TRUE))
   =>
   (gpufix-fired "python-env-mismatch#33"))
(defrule gpufix:python-env-mismatch#34
   (gpufix-facts (S__0e3ced6f0cee TRUE) (S__7be558aa1c59 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#34"))
(defrule gpufix:python-env-mismatch#35
   (gpufix-facts (S__7be558aa1c59 TRUE) (S__9baf1e61cf39 TRUE) (S__b22c08b56e23 FALSE) (S__ca9aa6e89f67 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#35"))
(defrule gpufix:python-env-mismatch#36
   (gpufix-facts (S__7be558aa1c59 TRUE) (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__ca9aa6e89f67 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#36"))
(defrule gpufix:python-env-mismatch#37
   (gpufix-facts (S__9baf1e61cf39 TRUE) (S__b22c08b56e23 FALSE) (S__bb0164c63816 TRUE) (S__ca9aa6e89f67 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#37"))
(defrule gpufix:python-env-mismatch#38
   (gpufix-facts (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__bb0164c63816 TRUE) (S__ca9aa6e89f67 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#38"))
(defrule gpufix:python-env-mismatch#39
   (gpufix-facts (S__0a06a96c2f10 TRUE) (S__9baf1e61cf39 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#39"))
(defrule gpufix:python-env-mismatch#40
   (gpufix-facts (S__0a06a96c2f10 TRUE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#40"))
(defrule gpufix:python-env-mismatch#41
   (gpufix-facts (S__0a06a96c2f10 TRUE) (S__75af507483b3 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#41"))
(defrule gpufix:python-env-mismatch#42
   (gpufix-facts (S__0b7101ffcc5d FALSE) (S__0f2b11408c74 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#42"))
(defrule gpufix:python-env-mismatch#43
   (gpufix-facts (S__9baf1e61cf39 TRUE) (S__a864bcb2a9b3 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#43"))
(defrule gpufix:python-env-mismatch#44
   (gpufix-facts (S__a864bcb2a9b3 TRUE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#44"))
(defrule gpufix:python-env-mismatch#45
   (gpufix-facts (S__75af507483b3 TRUE) (S__a864bcb2a9b3 TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#45"))
(defrule gpufix:python-env-mismatch#46
   (gpufix-facts (F__log__pip_other_env__b TRUE) (S__9baf1e61cf39 TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#46"))
(defrule gpufix:python-env-mismatch#47
   (gpufix-facts (F__log__pip_other_env__b TRUE) (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#47"))
(defrule gpufix:python-env-mismatch#48
   (gpufix-facts (F__log__pip_other_env__b TRUE) (S__75af507483b3 TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#48"))
(defrule gpufix:python-env-mismatch#49
   (gpufix-facts (F__log__python_envs_shown__s "ok") (S__9baf1e61cf39 TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#49"))
(defrule gpufix:python-env-mismatch#50
   (gpufix-facts (F__log__python_envs_shown__s "ok") (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#50"))
(defrule gpufix:python-env-mismatch#51
   (gpufix-facts (F__log__run_outside_env__s "ok") (S__9baf1e61cf39 TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#51"))
(defrule gpufix:python-env-mismatch#52
   (gpufix-facts (F__log__run_outside_env__s "ok") (S__b22c08b56e23 FALSE) (S__b53b9fab5aaa TRUE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#52"))
(defrule gpufix:python-env-mismatch#53
   (gpufix-facts (F__log__run_outside_env__s "ok") (S__75af507483b3 TRUE) (S__b22c08b56e23 FALSE) (S__e0d4b8b2e43e FALSE))
   =>
   (gpufix-fired "python-env-mismatch#53"))
(defrule gpufix:python-ssl-missing-evidence#0
   (gpufix-facts (S__00c08c6c80f1 TRUE))
   =>
   (gpufix-fired "python-ssl-missing-evidence#0"))
(defrule gpufix:python-ssl-missing-evidence#1
   (gpufix-facts (S__e79f015e834b TRUE))
   =>
   (gpufix-fired "python-ssl-missing-evidence#1"))
(defrule gpufix:python-ssl-missing-evidence#2
   (gpufix-facts (S__d9f3b24e0f2c TRUE))
   =>
   (gpufix-fired "python-ssl-missing-evidence#2"))
(defrule gpufix:python-ssl-missing-evidence#3
   (gpufix-facts (S__9520345431f3 TRUE))
   =>
   (gpufix-fired "python-ssl-missing-evidence#3"))
(defrule gpufix:python-ssl-missing-evidence#4
   (gpufix-facts (S__4cb24a978324 TRUE))
   =>
   (gpufix-fired "python-ssl-missing-evidence#4"))
(defrule gpufix:python-ssl-missing-evidence#5
   (gpufix-facts (S__6be2fb8a893f TRUE))
   =>
   (gpufix-fired "python-ssl-missing-evidence#5"))
(defrule gpufix:python-ssl-missing-evidence#6
   (gpufix-facts (S__3a401602bddb TRUE))
   =>
   (gpufix-fired "python-ssl-missing-evidence#6"))
(defrule gpufix:several-torch-evidence#0
   (gpufix-facts (F__torch__install_count__n ?v0&:(and (numberp ?v0) (> ?v0 1))))
   =>
   (gpufix-fired "several-torch-evidence#0"))
(defrule gpufix:several-torch-evidence#1
   (gpufix-facts (S__1e533c4a7314 TRUE) (S__302e13eb7623 TRUE))
   =>
   (gpufix-fired "several-torch-evidence#1"))
(defrule gpufix:several-torch-evidence#2
   (gpufix-facts (S__302e13eb7623 TRUE) (S__b5028d03b597 TRUE))
   =>
   (gpufix-fired "several-torch-evidence#2"))
(defrule gpufix:several-torch-evidence#3
   (gpufix-facts (S__45bc1baa7404 TRUE))
   =>
   (gpufix-fired "several-torch-evidence#3"))
(defrule gpufix:several-torch-evidence#4
   (gpufix-facts (S__b294c9cf22ff TRUE) (S__fa7db0cfa554 TRUE))
   =>
   (gpufix-fired "several-torch-evidence#4"))
(defrule gpufix:several-torch-evidence#5
   (gpufix-facts (S__2b83dae77c93 TRUE))
   =>
   (gpufix-fired "several-torch-evidence#5"))
(defrule gpufix:system-glibc-too-old#0
   (gpufix-facts (S__626dac8b3283 TRUE) (S__72ae07ec4d77 TRUE) (S__d07a9bc9f5f0 FALSE))
   =>
   (gpufix-fired "system-glibc-too-old#0"))
(defrule gpufix:system-glibc-too-old#1
   (gpufix-facts (S__626dac8b3283 TRUE) (S__72ae07ec4d77 TRUE) (S__9a9b7024ea33 TRUE))
   =>
   (gpufix-fired "system-glibc-too-old#1"))
(defrule gpufix:system-glibc-too-old#2
   (gpufix-facts (S__626dac8b3283 TRUE) (S__9a9b7024ea33 TRUE) (S__d07a9bc9f5f0 FALSE))
   =>
   (gpufix-fired "system-glibc-too-old#2"))
(defrule gpufix:system-glibc-too-old#3
   (gpufix-facts (S__626dac8b3283 TRUE) (S__9a9b7024ea33 TRUE))
   =>
   (gpufix-fired "system-glibc-too-old#3"))
(defrule gpufix:system-glibc-too-old#4
   (gpufix-facts (S__72ae07ec4d77 TRUE) (S__9cfbca9dbb5c TRUE) (S__d07a9bc9f5f0 FALSE))
   =>
   (gpufix-fired "system-glibc-too-old#4"))
(defrule gpufix:system-glibc-too-old#5
   (gpufix-facts (S__72ae07ec4d77 TRUE) (S__9a9b7024ea33 TRUE) (S__9cfbca9dbb5c TRUE))
   =>
   (gpufix-fired "system-glibc-too-old#5"))
(defrule gpufix:system-glibc-too-old#6
   (gpufix-facts (S__9a9b7024ea33 TRUE) (S__9cfbca9dbb5c TRUE) (S__d07a9bc9f5f0 FALSE))
   =>
   (gpufix-fired "system-glibc-too-old#6"))
(defrule gpufix:system-glibc-too-old#7
   (gpufix-facts (S__9a9b7024ea33 TRUE) (S__9cfbca9dbb5c TRUE))
   =>
   (gpufix-fired "system-glibc-too-old#7"))
(defrule gpufix:system-libstdcxx-too-old#0
   (gpufix-facts (S__0746e70f8ee7 TRUE) (S__da4029c02a6f FALSE))
   =>
   (gpufix-fired "system-libstdcxx-too-old#0"))
(defrule gpufix:system-libstdcxx-too-old#1
   (gpufix-facts (S__da4029c02a6f FALSE) (S__dc9562ddd1ed TRUE))
   =>
   (gpufix-fired "system-libstdcxx-too-old#1"))
(defrule gpufix:system-libstdcxx-too-old#2
   (gpufix-facts (S__c66522349fe6 TRUE) (S__da4029c02a6f FALSE))
   =>
   (gpufix-fired "system-libstdcxx-too-old#2"))
(defrule gpufix:toolkit-question#0
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__bbafba1ccfee TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#0"))
(defrule gpufix:toolkit-question#1
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__bbafba1ccfee TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#1"))
(defrule gpufix:toolkit-question#2
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__33aac6755d4e TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#2"))
(defrule gpufix:toolkit-question#3
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__33aac6755d4e TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#3"))
(defrule gpufix:toolkit-question#4
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__7ff10e977d43 TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#4"))
(defrule gpufix:toolkit-question#5
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__7ff10e977d43 TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#5"))
(defrule gpufix:toolkit-question#6
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__5582cba49a79 TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#6"))
(defrule gpufix:toolkit-question#7
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__5582cba49a79 TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#7"))
(defrule gpufix:toolkit-question#8
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__d0f393d4e534 FALSE) (S__dd3cc731c404 TRUE))
   =>
   (gpufix-fired "toolkit-question#8"))
(defrule gpufix:toolkit-question#9
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__d0f393d4e534 FALSE) (S__dd3cc731c404 TRUE))
   =>
   (gpufix-fired "toolkit-question#9"))
(defrule gpufix:toolkit-question#10
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__59c36748b61c TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#10"))
(defrule gpufix:toolkit-question#11
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__59c36748b61c TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#11"))
(defrule gpufix:toolkit-question#12
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__319bca718b7b TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#12"))
(defrule gpufix:toolkit-question#13
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__319bca718b7b TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#13"))
(defrule gpufix:toolkit-question#14
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__17e2895a4132 TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#14"))
(defrule gpufix:toolkit-question#15
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__17e2895a4132 TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#15"))
(defrule gpufix:toolkit-question#16
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__73c3fde27869 TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#16"))
(defrule gpufix:toolkit-question#17
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__73c3fde27869 TRUE) (S__d0f393d4e534 FALSE))
   =>
   (gpufix-fired "toolkit-question#17"))
(defrule gpufix:toolkit-question#18
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__d0f393d4e534 FALSE) (S__f68f130371cb TRUE))
   =>
   (gpufix-fired "toolkit-question#18"))
(defrule gpufix:toolkit-question#19
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__d0f393d4e534 FALSE) (S__f68f130371cb TRUE))
   =>
   (gpufix-fired "toolkit-question#19"))
(defrule gpufix:torchaudio-backend-missing#0
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__c87d753ba8c4 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#0"))
(defrule gpufix:torchaudio-backend-missing#1
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__12c9a2621a19 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#1"))
(defrule gpufix:torchaudio-backend-missing#2
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__dab563f10ffe TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#2"))
(defrule gpufix:torchaudio-backend-missing#3
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__51d05faf673a TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#3"))
(defrule gpufix:torchaudio-backend-missing#4
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__7fedbc815a8c TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#4"))
(defrule gpufix:torchaudio-backend-missing#5
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__4b33b0e4574b TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#5"))
(defrule gpufix:torchaudio-backend-missing#6
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__66c5838b96e4 TRUE) (S__e7a1e643502a TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#6"))
(defrule gpufix:torchaudio-backend-missing#7
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__727cd0238096 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#7"))
(defrule gpufix:torchaudio-backend-missing#8
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__8afe03a9e399 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#8"))
(defrule gpufix:torchaudio-backend-missing#9
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__338228917dd1 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#9"))
(defrule gpufix:torchaudio-backend-missing#10
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__06e00a5beb9e TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#10"))
(defrule gpufix:torchaudio-backend-missing#11
   (gpufix-facts (F__compat__torchaudio_matches__b TRUE) (S__881ae8968298 FALSE) (S__cfa30f508ad8 TRUE) (S__d94a65df53cf TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#11"))
(defrule gpufix:torchaudio-backend-missing#12
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__c87d753ba8c4 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#12"))
(defrule gpufix:torchaudio-backend-missing#13
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__12c9a2621a19 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#13"))
(defrule gpufix:torchaudio-backend-missing#14
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__dab563f10ffe TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#14"))
(defrule gpufix:torchaudio-backend-missing#15
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__51d05faf673a TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#15"))
(defrule gpufix:torchaudio-backend-missing#16
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__7fedbc815a8c TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#16"))
(defrule gpufix:torchaudio-backend-missing#17
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4b33b0e4574b TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#17"))
(defrule gpufix:torchaudio-backend-missing#18
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__66c5838b96e4 TRUE) (S__e7a1e643502a TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#18"))
(defrule gpufix:torchaudio-backend-missing#19
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__727cd0238096 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#19"))
(defrule gpufix:torchaudio-backend-missing#20
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__8afe03a9e399 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#20"))
(defrule gpufix:torchaudio-backend-missing#21
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__338228917dd1 TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#21"))
(defrule gpufix:torchaudio-backend-missing#22
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e00a5beb9e TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#22"))
(defrule gpufix:torchaudio-backend-missing#23
   (gpufix-facts (F__compat__torchaudio_matches__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__881ae8968298 FALSE) (S__cfa30f508ad8 TRUE) (S__d94a65df53cf TRUE))
   =>
   (gpufix-fired "torchaudio-backend-missing#23"))
(defrule gpufix:triton-missing-windows#0
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux") (neq ?v0 "macos"))) (S__470cc8d7fd61 TRUE) (S__76ba86d9eb48 FALSE))
   =>
   (gpufix-fired "triton-missing-windows#0"))
(defrule gpufix:triton-missing-windows#1
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__470cc8d7fd61 TRUE) (S__76ba86d9eb48 FALSE))
   =>
   (gpufix-fired "triton-missing-windows#1"))
(defrule gpufix:triton-missing-windows#2
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux") (neq ?v0 "macos"))) (S__374b5fcf0001 TRUE) (S__cd92b069814f FALSE))
   =>
   (gpufix-fired "triton-missing-windows#2"))
(defrule gpufix:triton-missing-windows#3
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__374b5fcf0001 TRUE) (S__cd92b069814f FALSE))
   =>
   (gpufix-fired "triton-missing-windows#3"))
(defrule gpufix:triton-missing-windows#4
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux") (neq ?v0 "macos"))) (S__36b098f297e2 TRUE) (S__5abc3a3878e4 TRUE) (S__cd92b069814f FALSE))
   =>
   (gpufix-fired "triton-missing-windows#4"))
(defrule gpufix:triton-missing-windows#5
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__36b098f297e2 TRUE) (S__5abc3a3878e4 TRUE) (S__cd92b069814f FALSE))
   =>
   (gpufix-fired "triton-missing-windows#5"))
(defrule gpufix:triton-missing-windows#6
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux") (neq ?v0 "macos"))) (S__cd92b069814f FALSE) (S__db66546e2225 TRUE))
   =>
   (gpufix-fired "triton-missing-windows#6"))
(defrule gpufix:triton-missing-windows#7
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__cd92b069814f FALSE) (S__db66546e2225 TRUE))
   =>
   (gpufix-fired "triton-missing-windows#7"))
(defrule gpufix:triton-missing-windows#8
   (gpufix-facts (F__os__name "windows") (S__6331c85dfe36 TRUE) (S__76ba86d9eb48 FALSE) (S__cd92b069814f FALSE))
   =>
   (gpufix-fired "triton-missing-windows#8"))
(defrule gpufix:triton-missing-windows#9
   (gpufix-facts (S__f693f5b6e593 TRUE))
   =>
   (gpufix-fired "triton-missing-windows#9"))
(defrule gpufix:triton-missing-windows#10
   (gpufix-facts (S__7a5b5283c0ff TRUE))
   =>
   (gpufix-fired "triton-missing-windows#10"))
(defrule gpufix:windows-gloo-device-unavailable#0
   (gpufix-facts (S__0e711d02f124 TRUE))
   =>
   (gpufix-fired "windows-gloo-device-unavailable#0"))
(defrule gpufix:windows-gloo-device-unavailable#1
   (gpufix-facts (S__61849fa0174a TRUE))
   =>
   (gpufix-fired "windows-gloo-device-unavailable#1"))
(defrule gpufix:windows-paging-file-1455#0
   (gpufix-facts (S__99ee6f18f921 TRUE))
   =>
   (gpufix-fired "windows-paging-file-1455#0"))
(defrule gpufix:windows-paging-file-1455#1
   (gpufix-facts (S__8d38a18c8a10 TRUE))
   =>
   (gpufix-fired "windows-paging-file-1455#1"))
(defrule gpufix:windows-paging-file-1455#2
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux") (neq ?v0 "macos"))) (S__40f95a82fe8a TRUE))
   =>
   (gpufix-fired "windows-paging-file-1455#2"))
(defrule gpufix:windows-paging-file-1455#3
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__40f95a82fe8a TRUE))
   =>
   (gpufix-fired "windows-paging-file-1455#3"))
(defrule gpufix:windows-store-python#0
   (gpufix-facts (S__f59c73bd1339 TRUE))
   =>
   (gpufix-fired "windows-store-python#0"))
(defrule gpufix:windows-store-python#1
   (gpufix-facts (S__5e823883e783 TRUE) (S__f03a2dd1619c TRUE) (S__f9f607accb5e TRUE))
   =>
   (gpufix-fired "windows-store-python#1"))
(defrule gpufix:windows-store-python#2
   (gpufix-facts (S__5e823883e783 TRUE) (S__6fc0ec6966a6 TRUE) (S__f9f607accb5e TRUE))
   =>
   (gpufix-fired "windows-store-python#2"))
(defrule gpufix:windows-store-python#3
   (gpufix-facts (S__3cd3f1547f39 TRUE) (S__51a38a9def0f TRUE) (S__b065abc46d16 FALSE) (S__b4236d133a30 FALSE) (S__e9550764be33 FALSE) (S__ea26e55b179f FALSE) (S__f59c73bd1339 FALSE) (S__f9f607accb5e TRUE))
   =>
   (gpufix-fired "windows-store-python#3"))
(defrule gpufix:windows-tdr-evidence#0
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE) (S__c0d3ae5cac72 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#0"))
(defrule gpufix:windows-tdr-evidence#1
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__0a87ce7f99d0 TRUE) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#1"))
(defrule gpufix:windows-tdr-evidence#2
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__4065639e0e05 FALSE) (S__69395c3f96b4 TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#2"))
(defrule gpufix:windows-tdr-evidence#3
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__4065639e0e05 FALSE) (S__9748039a1e4b TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#3"))
(defrule gpufix:windows-tdr-evidence#4
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE) (S__bf1067886bdd TRUE) (S__c870be8d4246 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#4"))
(defrule gpufix:windows-tdr-evidence#5
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE) (S__c0d3ae5cac72 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#5"))
(defrule gpufix:windows-tdr-evidence#6
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__0a87ce7f99d0 TRUE) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#6"))
(defrule gpufix:windows-tdr-evidence#7
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__69395c3f96b4 TRUE) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#7"))
(defrule gpufix:windows-tdr-evidence#8
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__857c90f5823a TRUE) (S__9748039a1e4b TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#8"))
(defrule gpufix:windows-tdr-evidence#9
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE) (S__bf1067886bdd TRUE) (S__c870be8d4246 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#9"))
(defrule gpufix:windows-tdr-evidence#10
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE) (S__c0d3ae5cac72 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#10"))
(defrule gpufix:windows-tdr-evidence#11
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0a87ce7f99d0 TRUE) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#11"))
(defrule gpufix:windows-tdr-evidence#12
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4065639e0e05 FALSE) (S__69395c3f96b4 TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#12"))
(defrule gpufix:windows-tdr-evidence#13
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4065639e0e05 FALSE) (S__9748039a1e4b TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#13"))
(defrule gpufix:windows-tdr-evidence#14
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE) (S__bf1067886bdd TRUE) (S__c870be8d4246 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#14"))
(defrule gpufix:windows-tdr-evidence#15
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE) (S__c0d3ae5cac72 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#15"))
(defrule gpufix:windows-tdr-evidence#16
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0a87ce7f99d0 TRUE) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#16"))
(defrule gpufix:windows-tdr-evidence#17
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__69395c3f96b4 TRUE) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#17"))
(defrule gpufix:windows-tdr-evidence#18
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__857c90f5823a TRUE) (S__9748039a1e4b TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#18"))
(defrule gpufix:windows-tdr-evidence#19
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE) (S__bf1067886bdd TRUE) (S__c870be8d4246 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#19"))
(defrule gpufix:windows-tdr-evidence#20
   (gpufix-facts (F__os__wsl__b TRUE) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE) (S__c0d3ae5cac72 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#20"))
(defrule gpufix:windows-tdr-evidence#21
   (gpufix-facts (F__os__wsl__b TRUE) (S__0a87ce7f99d0 TRUE) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#21"))
(defrule gpufix:windows-tdr-evidence#22
   (gpufix-facts (F__os__wsl__b TRUE) (S__4065639e0e05 FALSE) (S__69395c3f96b4 TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#22"))
(defrule gpufix:windows-tdr-evidence#23
   (gpufix-facts (F__os__wsl__b TRUE) (S__4065639e0e05 FALSE) (S__9748039a1e4b TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#23"))
(defrule gpufix:windows-tdr-evidence#24
   (gpufix-facts (F__os__wsl__b TRUE) (S__4065639e0e05 FALSE) (S__97886d0905dd FALSE) (S__bf1067886bdd TRUE) (S__c870be8d4246 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#24"))
(defrule gpufix:windows-tdr-evidence#25
   (gpufix-facts (F__os__wsl__b TRUE) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE) (S__c0d3ae5cac72 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#25"))
(defrule gpufix:windows-tdr-evidence#26
   (gpufix-facts (F__os__wsl__b TRUE) (S__0a87ce7f99d0 TRUE) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#26"))
(defrule gpufix:windows-tdr-evidence#27
   (gpufix-facts (F__os__wsl__b TRUE) (S__69395c3f96b4 TRUE) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#27"))
(defrule gpufix:windows-tdr-evidence#28
   (gpufix-facts (F__os__wsl__b TRUE) (S__857c90f5823a TRUE) (S__9748039a1e4b TRUE) (S__97886d0905dd FALSE))
   =>
   (gpufix-fired "windows-tdr-evidence#28"))
(defrule gpufix:windows-tdr-evidence#29
   (gpufix-facts (F__os__wsl__b TRUE) (S__857c90f5823a TRUE) (S__97886d0905dd FALSE) (S__bf1067886bdd TRUE) (S__c870be8d4246 TRUE))
   =>
   (gpufix-fired "windows-tdr-evidence#29"))
(defrule gpufix:wrong-cudnn-evidence#0
   (gpufix-facts (S__33dac8e1b7e6 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#0"))
(defrule gpufix:wrong-cudnn-evidence#1
   (gpufix-facts (S__5291d675e10e TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#1"))
(defrule gpufix:wrong-cudnn-evidence#2
   (gpufix-facts (S__f188dbcfa58c TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#2"))
(defrule gpufix:wrong-cudnn-evidence#3
   (gpufix-facts (S__1eed87d48d0a TRUE) (S__eda043c35748 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#3"))
(defrule gpufix:wrong-cudnn-evidence#4
   (gpufix-facts (S__1c178cbff672 FALSE) (S__1cfee3948fe9 FALSE) (S__1eed87d48d0a TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#4"))
(defrule gpufix:wrong-cudnn-evidence#5
   (gpufix-facts (S__192db4225381 TRUE) (S__eda043c35748 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#5"))
(defrule gpufix:wrong-cudnn-evidence#6
   (gpufix-facts (S__192db4225381 TRUE) (S__1c178cbff672 FALSE) (S__1cfee3948fe9 FALSE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#6"))
(defrule gpufix:wrong-cudnn-evidence#7
   (gpufix-facts (S__eda043c35748 TRUE) (S__edb136c5d99d TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#7"))
(defrule gpufix:wrong-cudnn-evidence#8
   (gpufix-facts (S__04d121298ec1 TRUE) (S__eda043c35748 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#8"))
(defrule gpufix:wrong-cudnn-evidence#9
   (gpufix-facts (S__5df28a8a40ea TRUE) (S__eda043c35748 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#9"))
(defrule gpufix:wrong-cudnn-evidence#10
   (gpufix-facts (S__4cc4c6b68ee2 TRUE) (S__eda043c35748 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#10"))
(defrule gpufix:wrong-cudnn-evidence#11
   (gpufix-facts (S__69c14746031b TRUE) (S__a3b47ee34a33 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#11"))
(defrule gpufix:wrong-cudnn-evidence#12
   (gpufix-facts (S__a3b47ee34a33 TRUE) (S__a92b227cf62d TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#12"))
(defrule gpufix:wrong-cudnn-evidence#13
   (gpufix-facts (S__a3b47ee34a33 TRUE) (S__b6a852c63293 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#13"))
(defrule gpufix:wrong-cudnn-evidence#14
   (gpufix-facts (S__3ae48924c47e TRUE) (S__3e991ede122a FALSE) (S__69c14746031b TRUE) (S__eda043c35748 TRUE) (S__ef150ce2d02b FALSE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#14"))
(defrule gpufix:wrong-cudnn-evidence#15
   (gpufix-facts (S__3e991ede122a FALSE) (S__b6a852c63293 TRUE) (S__e0616321823c TRUE) (S__ef150ce2d02b FALSE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#15"))
(defrule gpufix:wrong-cudnn-evidence#16
   (gpufix-facts (S__3e991ede122a FALSE) (S__b6a852c63293 TRUE) (S__e8e3fa13e537 TRUE) (S__ef150ce2d02b FALSE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#16"))
(defrule gpufix:wrong-cudnn-evidence#17
   (gpufix-facts (S__1c178cbff672 FALSE) (S__83f3c7d6762c TRUE) (S__85ac1ed1fcd4 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-evidence#17"))
(defrule gpufix:wsl-container-toolkit-too-old-for-driver#0
   (gpufix-facts (S__54a8444ebf4d TRUE) (S__761918eac0f7 FALSE))
   =>
   (gpufix-fired "wsl-container-toolkit-too-old-for-driver#0"))
(defrule gpufix:wsl-gpu-tcc-mode#0
   (gpufix-facts (F__os__wsl__b TRUE) (S__27656a1a40c1 TRUE) (S__84394faa7b2d TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#0"))
(defrule gpufix:wsl-gpu-tcc-mode#1
   (gpufix-facts (F__os__wsl__b TRUE) (S__3fec3f66e80d TRUE) (S__84394faa7b2d TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#1"))
(defrule gpufix:wsl-gpu-tcc-mode#2
   (gpufix-facts (F__os__wsl__b TRUE) (S__84394faa7b2d TRUE) (S__db6e58ddcf95 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#2"))
(defrule gpufix:wsl-gpu-tcc-mode#3
   (gpufix-facts (F__os__wsl__b TRUE) (S__1ffc6ebb1c8c TRUE) (S__58ea7c307a86 FALSE) (S__84394faa7b2d TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#3"))
(defrule gpufix:wsl-gpu-tcc-mode#4
   (gpufix-facts (F__os__wsl__b TRUE) (S__27656a1a40c1 TRUE) (S__e2534b2a5c13 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#4"))
(defrule gpufix:wsl-gpu-tcc-mode#5
   (gpufix-facts (F__os__wsl__b TRUE) (S__3fec3f66e80d TRUE) (S__e2534b2a5c13 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#5"))
(defrule gpufix:wsl-gpu-tcc-mode#6
   (gpufix-facts (F__os__wsl__b TRUE) (S__db6e58ddcf95 TRUE) (S__e2534b2a5c13 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#6"))
(defrule gpufix:wsl-gpu-tcc-mode#7
   (gpufix-facts (F__os__wsl__b TRUE) (S__1ffc6ebb1c8c TRUE) (S__58ea7c307a86 FALSE) (S__e2534b2a5c13 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#7"))
(defrule gpufix:wsl-gpu-tcc-mode#8
   (gpufix-facts (S__27656a1a40c1 TRUE) (S__84394faa7b2d TRUE) (S__c511fd117726 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#8"))
(defrule gpufix:wsl-gpu-tcc-mode#9
   (gpufix-facts (S__3fec3f66e80d TRUE) (S__84394faa7b2d TRUE) (S__c511fd117726 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#9"))
(defrule gpufix:wsl-gpu-tcc-mode#10
   (gpufix-facts (S__84394faa7b2d TRUE) (S__c511fd117726 TRUE) (S__db6e58ddcf95 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#10"))
(defrule gpufix:wsl-gpu-tcc-mode#11
   (gpufix-facts (S__1ffc6ebb1c8c TRUE) (S__58ea7c307a86 FALSE) (S__84394faa7b2d TRUE) (S__c511fd117726 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#11"))
(defrule gpufix:wsl-gpu-tcc-mode#12
   (gpufix-facts (S__27656a1a40c1 TRUE) (S__c511fd117726 TRUE) (S__e2534b2a5c13 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#12"))
(defrule gpufix:wsl-gpu-tcc-mode#13
   (gpufix-facts (S__3fec3f66e80d TRUE) (S__c511fd117726 TRUE) (S__e2534b2a5c13 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#13"))
(defrule gpufix:wsl-gpu-tcc-mode#14
   (gpufix-facts (S__c511fd117726 TRUE) (S__db6e58ddcf95 TRUE) (S__e2534b2a5c13 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#14"))
(defrule gpufix:wsl-gpu-tcc-mode#15
   (gpufix-facts (S__1ffc6ebb1c8c TRUE) (S__58ea7c307a86 FALSE) (S__c511fd117726 TRUE) (S__e2534b2a5c13 TRUE))
   =>
   (gpufix-fired "wsl-gpu-tcc-mode#15"))
(defrule gpufix:wsl-linux-driver-installed#0
   (gpufix-facts (P__3da61eb69039 FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__26fe1018219d TRUE) (S__46ea1d321018 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#0"))
(defrule gpufix:wsl-linux-driver-installed#1
   (gpufix-facts (F__match__pkg_branch__v__rc3b4e3c7f87c ?v0&:(and (numberp ?v0) (>= ?v0 45000000000000070))) (F__os__wsl__b TRUE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__873efa66b7c8 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#1"))
(defrule gpufix:wsl-linux-driver-installed#2
   (gpufix-facts (F__match__pkg_branch__v__rc3b4e3c7f87c ?v0&:(and (numberp ?v0) (>= ?v0 45000000000000070))) (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__873efa66b7c8 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#2"))
(defrule gpufix:wsl-linux-driver-installed#3
   (gpufix-facts (F__match__pkg_branch__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__873efa66b7c8 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#3"))
(defrule gpufix:wsl-linux-driver-installed#4
   (gpufix-facts (F__match__pkg_branch__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__873efa66b7c8 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#4"))
(defrule gpufix:wsl-linux-driver-installed#5
   (gpufix-facts (F__os__wsl__b TRUE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__c0186b492468 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#5"))
(defrule gpufix:wsl-linux-driver-installed#6
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__c0186b492468 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#6"))
(defrule gpufix:wsl-linux-driver-installed#7
   (gpufix-facts (F__os__wsl__b TRUE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__2cb9e6b6e79d TRUE) (S__46ea1d321018 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#7"))
(defrule gpufix:wsl-linux-driver-installed#8
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__2cb9e6b6e79d TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#8"))
(defrule gpufix:wsl-linux-driver-installed#9
   (gpufix-facts (F__os__wsl__b TRUE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__26d012572f92 TRUE) (S__46ea1d321018 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#9"))
(defrule gpufix:wsl-linux-driver-installed#10
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__26d012572f92 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#10"))
(defrule gpufix:wsl-linux-driver-installed#11
   (gpufix-facts (F__match__pkg_branch__v__rc3b4e3c7f87c ?v0&:(and (numberp ?v0) (>= ?v0 45000000000000070))) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__873efa66b7c8 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#11"))
(defrule gpufix:wsl-linux-driver-installed#12
   (gpufix-facts (F__match__pkg_branch__v__rc3b4e3c7f87c ?v0&:(and (numberp ?v0) (>= ?v0 45000000000000070))) (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__873efa66b7c8 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#12"))
(defrule gpufix:wsl-linux-driver-installed#13
   (gpufix-facts (F__match__pkg_branch__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__873efa66b7c8 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#13"))
(defrule gpufix:wsl-linux-driver-installed#14
   (gpufix-facts (F__match__pkg_branch__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__873efa66b7c8 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#14"))
(defrule gpufix:wsl-linux-driver-installed#15
   (gpufix-facts (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__aeda929ec6a6 TRUE) (S__c0186b492468 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#15"))
(defrule gpufix:wsl-linux-driver-installed#16
   (gpufix-facts (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__aeda929ec6a6 TRUE) (S__c0186b492468 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#16"))
(defrule gpufix:wsl-linux-driver-installed#17
   (gpufix-facts (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__2cb9e6b6e79d TRUE) (S__46ea1d321018 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#17"))
(defrule gpufix:wsl-linux-driver-installed#18
   (gpufix-facts (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__2cb9e6b6e79d TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#18"))
(defrule gpufix:wsl-linux-driver-installed#19
   (gpufix-facts (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__26d012572f92 TRUE) (S__46ea1d321018 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#19"))
(defrule gpufix:wsl-linux-driver-installed#20
   (gpufix-facts (F__torch__cuda_available__b FALSE) (P__430f6bbcc655 FALSE) (S__21a2a7501631 FALSE) (S__26d012572f92 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#20"))
(defrule gpufix:wsl-linux-driver-installed#21
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__3da61eb69039 FALSE) (S__21a2a7501631 FALSE) (S__26fe1018219d TRUE) (S__46ea1d321018 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#21"))
(defrule gpufix:wsl-linux-driver-installed#22
   (gpufix-facts (F__match__pkg_branch__v__rc3b4e3c7f87c ?v0&:(and (numberp ?v0) (>= ?v0 45000000000000070))) (F__match__win_build__s__rc3b4e3c7f87c ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__os__wsl__b TRUE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__873efa66b7c8 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#22"))
(defrule gpufix:wsl-linux-driver-installed#23
   (gpufix-facts (F__match__pkg_branch__v__rc3b4e3c7f87c ?v0&:(and (numberp ?v0) (>= ?v0 45000000000000070))) (F__match__win_build__s__rc3b4e3c7f87c ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__873efa66b7c8 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#23"))
(defrule gpufix:wsl-linux-driver-installed#24
   (gpufix-facts (F__match__pkg_branch__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__match__win_build__s__rc3b4e3c7f87c ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__os__wsl__b TRUE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__873efa66b7c8 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#24"))
(defrule gpufix:wsl-linux-driver-installed#25
   (gpufix-facts (F__match__pkg_branch__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__match__win_build__s__rc3b4e3c7f87c ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__873efa66b7c8 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#25"))
(defrule gpufix:wsl-linux-driver-installed#26
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__c0186b492468 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#26"))
(defrule gpufix:wsl-linux-driver-installed#27
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__c0186b492468 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#27"))
(defrule gpufix:wsl-linux-driver-installed#28
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (S__21a2a7501631 FALSE) (S__2cb9e6b6e79d TRUE) (S__46ea1d321018 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#28"))
(defrule gpufix:wsl-linux-driver-installed#29
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__2cb9e6b6e79d TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#29"))
(defrule gpufix:wsl-linux-driver-installed#30
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (S__21a2a7501631 FALSE) (S__26d012572f92 TRUE) (S__46ea1d321018 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#30"))
(defrule gpufix:wsl-linux-driver-installed#31
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__26d012572f92 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#31"))
(defrule gpufix:wsl-linux-driver-installed#32
   (gpufix-facts (F__match__pkg_branch__v__rc3b4e3c7f87c ?v0&:(and (numberp ?v0) (>= ?v0 45000000000000070))) (F__match__win_build__s__rc3b4e3c7f87c ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__873efa66b7c8 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#32"))
(defrule gpufix:wsl-linux-driver-installed#33
   (gpufix-facts (F__match__pkg_branch__v__rc3b4e3c7f87c ?v0&:(and (numberp ?v0) (>= ?v0 45000000000000070))) (F__match__win_build__s__rc3b4e3c7f87c ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__873efa66b7c8 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#33"))
(defrule gpufix:wsl-linux-driver-installed#34
   (gpufix-facts (F__match__pkg_branch__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__match__win_build__s__rc3b4e3c7f87c ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__873efa66b7c8 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#34"))
(defrule gpufix:wsl-linux-driver-installed#35
   (gpufix-facts (F__match__pkg_branch__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__match__win_build__s__rc3b4e3c7f87c ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__873efa66b7c8 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#35"))
(defrule gpufix:wsl-linux-driver-installed#36
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__21a2a7501631 FALSE) (S__46ea1d321018 TRUE) (S__aeda929ec6a6 TRUE) (S__c0186b492468 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#36"))
(defrule gpufix:wsl-linux-driver-installed#37
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__aeda929ec6a6 TRUE) (S__c0186b492468 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#37"))
(defrule gpufix:wsl-linux-driver-installed#38
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__21a2a7501631 FALSE) (S__2cb9e6b6e79d TRUE) (S__46ea1d321018 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#38"))
(defrule gpufix:wsl-linux-driver-installed#39
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__2cb9e6b6e79d TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#39"))
(defrule gpufix:wsl-linux-driver-installed#40
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__21a2a7501631 FALSE) (S__26d012572f92 TRUE) (S__46ea1d321018 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#40"))
(defrule gpufix:wsl-linux-driver-installed#41
   (gpufix-facts (F__match__win_build__s__rc3b4e3c7f87c ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__21a2a7501631 FALSE) (S__26d012572f92 TRUE) (S__aeda929ec6a6 TRUE))
   =>
   (gpufix-fired "wsl-linux-driver-installed#41"))
(defrule gpufix:wsl-windows-build-no-gpu#0
   (gpufix-facts (S__1035de15a87a TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#0"))
(defrule gpufix:wsl-windows-build-no-gpu#1
   (gpufix-facts (S__1035de15a87a TRUE) (S__a6a08508bdc7 TRUE) (S__d5768ce2a15c FALSE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#1"))
(defrule gpufix:wsl-windows-build-no-gpu#2
   (gpufix-facts (S__a6a08508bdc7 TRUE) (S__d5768ce2a15c FALSE) (S__d65775508877 TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#2"))
(defrule gpufix:wsl-windows-build-no-gpu#3
   (gpufix-facts (S__b91515f30786 TRUE) (S__d5768ce2a15c FALSE) (S__d65775508877 TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#3"))
(defrule gpufix:wsl-windows-build-no-gpu#4
   (gpufix-facts (F__match__wsl_kernel__v__rdbfcfe823267 ?v0&:(and (numberp ?v0) (< ?v0 500100043000370))) (S__401c469b3f16 TRUE) (S__a2f83b0825d9 TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#4"))
(defrule gpufix:wsl-windows-build-no-gpu#5
   (gpufix-facts (S__178e0f72eb6c TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#5"))
(defrule gpufix:wsl-windows-build-no-gpu#6
   (gpufix-facts (S__6e1129a09bc0 TRUE) (S__9ea699c19b3b TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#6"))
(defrule gpufix:wsl-windows-build-no-gpu#7
   (gpufix-facts (P__52037ad13611 TRUE) (S__6e1129a09bc0 TRUE) (S__a6a08508bdc7 TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#7"))
(defrule gpufix:wsl-windows-build-no-gpu#8
   (gpufix-facts (S__6e1129a09bc0 TRUE) (S__a6a08508bdc7 TRUE) (S__ba9842ba5012 TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#8"))
(defrule gpufix:wsl-windows-build-no-gpu#9
   (gpufix-facts (S__6e1129a09bc0 TRUE) (S__936c274355f9 TRUE) (S__a6a08508bdc7 TRUE))
   =>
   (gpufix-fired "wsl-windows-build-no-gpu#9"))
(defrule gpufix:xpu-runtime-missing#0
   (gpufix-facts (S__3d392c56effa FALSE) (S__608602b99a81 FALSE) (S__dad6c404e1e3 FALSE) (S__e355a516d1a7 FALSE) (S__f8236ded2aec TRUE))
   =>
   (gpufix-fired "xpu-runtime-missing#0"))
(defrule gpufix:xpu-runtime-missing#1
   (gpufix-facts (S__181a981c3e98 TRUE) (S__3d392c56effa FALSE) (S__608602b99a81 FALSE) (S__b3bb383a0ba2 TRUE) (S__dad6c404e1e3 FALSE) (S__e355a516d1a7 FALSE))
   =>
   (gpufix-fired "xpu-runtime-missing#1"))
(defrule gpufix:xpu-runtime-missing#2
   (gpufix-facts (S__3d392c56effa FALSE) (S__608602b99a81 FALSE) (S__dad6c404e1e3 FALSE) (S__dbb7fd6b20a5 TRUE) (S__e355a516d1a7 FALSE))
   =>
   (gpufix-fired "xpu-runtime-missing#2"))
(defrule gpufix:xpu-runtime-missing#3
   (gpufix-facts (S__3d392c56effa FALSE) (S__608602b99a81 FALSE) (S__dad6c404e1e3 FALSE) (S__e2779d357606 TRUE) (S__e355a516d1a7 FALSE))
   =>
   (gpufix-fired "xpu-runtime-missing#3"))
(defrule gpufix:arch-list-undetermined-evidence#0
   (gpufix-facts (S__2b84bd8a787b FALSE) (S__60a47a1acf4d TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#0"))
(defrule gpufix:arch-list-undetermined-evidence#1
   (gpufix-facts (S__27c4f0f9c749 TRUE) (S__2b84bd8a787b FALSE) (S__a530f85f9a20 TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#1"))
(defrule gpufix:arch-list-undetermined-evidence#2
   (gpufix-facts (S__2b84bd8a787b FALSE) (S__ca7a2da23c43 TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#2"))
(defrule gpufix:arch-list-undetermined-evidence#3
   (gpufix-facts (S__2b84bd8a787b FALSE) (S__5834aa7e8c79 TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#3"))
(defrule gpufix:arch-list-undetermined-evidence#4
   (gpufix-facts (S__2b84bd8a787b FALSE) (S__e5d5a47cbb91 FALSE) (S__fb692f7455bc TRUE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#4"))
(defrule gpufix:arch-list-undetermined-evidence#5
   (gpufix-facts (S__0a37e87c5d5b TRUE) (S__2b84bd8a787b FALSE) (S__8a7fc252c13d TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#5"))
(defrule gpufix:arch-list-undetermined-evidence#6
   (gpufix-facts (S__0a37e87c5d5b TRUE) (S__2b84bd8a787b FALSE) (S__e5d5a47cbb91 FALSE) (S__e5e760f4b451 TRUE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#6"))
(defrule gpufix:arch-list-undetermined-evidence#7
   (gpufix-facts (S__27c4f0f9c749 TRUE) (S__2b84bd8a787b FALSE) (S__7a284c116795 TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#7"))
(defrule gpufix:arch-list-undetermined-evidence#8
   (gpufix-facts (S__0a37e87c5d5b TRUE) (S__2b84bd8a787b FALSE) (S__41608b39d290 TRUE) (S__a299856e65d7 TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#8"))
(defrule gpufix:arch-list-undetermined-evidence#9
   (gpufix-facts (S__0a37e87c5d5b TRUE) (S__2b84bd8a787b FALSE) (S__95ffdc1c3ca3 TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#9"))
(defrule gpufix:arch-list-undetermined-evidence#10
   (gpufix-facts (S__0a37e87c5d5b TRUE) (S__2b84bd8a787b FALSE) (S__c009bb0cb0a0 FALSE) (S__c0df9e105741 TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#10"))
(defrule gpufix:arch-list-undetermined-evidence#11
   (gpufix-facts (S__2b84bd8a787b FALSE) (S__c7382f5ff1bc TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#11"))
(defrule gpufix:arch-list-undetermined-evidence#12
   (gpufix-facts (S__2b84bd8a787b FALSE) (S__41608b39d290 TRUE) (S__80ee52a2f64a TRUE) (S__a299856e65d7 TRUE) (S__e5d5a47cbb91 FALSE))
   =>
   (gpufix-fired "arch-list-undetermined-evidence#12"))
(defrule gpufix:build-isolation-hides-torch#0
   (gpufix-facts (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__5648db61d4e5 TRUE) (S__575b0a40f462 FALSE) (S__ac87148e0459 FALSE) (S__c9dd77a5c24d FALSE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#0"))
(defrule gpufix:build-isolation-hides-torch#1
   (gpufix-facts (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__5648db61d4e5 TRUE) (S__575b0a40f462 FALSE) (S__a904133cbc0c FALSE) (S__ac87148e0459 FALSE) (S__c9dd77a5c24d FALSE))
   =>
   (gpufix-fired "build-isolation-hides-torch#1"))
(defrule gpufix:build-isolation-hides-torch#2
   (gpufix-facts (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__ac87148e0459 FALSE) (S__bd90bf1b84b6 TRUE) (S__c9dd77a5c24d FALSE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#2"))
(defrule gpufix:build-isolation-hides-torch#3
   (gpufix-facts (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__a904133cbc0c FALSE) (S__ac87148e0459 FALSE) (S__bd90bf1b84b6 TRUE) (S__c9dd77a5c24d FALSE))
   =>
   (gpufix-fired "build-isolation-hides-torch#3"))
(defrule gpufix:build-isolation-hides-torch#4
   (gpufix-facts (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__ac87148e0459 FALSE) (S__ea645c2fd00c TRUE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#4"))
(defrule gpufix:build-isolation-hides-torch#5
   (gpufix-facts (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__a904133cbc0c FALSE) (S__ac87148e0459 FALSE) (S__ea645c2fd00c TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#5"))
(defrule gpufix:build-isolation-hides-torch#6
   (gpufix-facts (S__2b483ed96307 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__ac87148e0459 FALSE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#6"))
(defrule gpufix:build-isolation-hides-torch#7
   (gpufix-facts (S__2b483ed96307 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__a904133cbc0c FALSE) (S__ac87148e0459 FALSE))
   =>
   (gpufix-fired "build-isolation-hides-torch#7"))
(defrule gpufix:build-isolation-hides-torch#8
   (gpufix-facts (S__0975313595d9 TRUE) (S__2cc43db6f14c TRUE) (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__53f6ce1f8ffb TRUE) (S__575b0a40f462 FALSE) (S__ac87148e0459 FALSE) (S__c9dd77a5c24d FALSE) (S__d7a7d1fcb48a FALSE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#8"))
(defrule gpufix:build-isolation-hides-torch#9
   (gpufix-facts (S__0975313595d9 TRUE) (S__2cc43db6f14c TRUE) (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__53f6ce1f8ffb TRUE) (S__575b0a40f462 FALSE) (S__a904133cbc0c FALSE) (S__ac87148e0459 FALSE) (S__c9dd77a5c24d FALSE) (S__d7a7d1fcb48a FALSE))
   =>
   (gpufix-fired "build-isolation-hides-torch#9"))
(defrule gpufix:build-isolation-hides-torch#10
   (gpufix-facts (S__2cc43db6f14c TRUE) (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__53f6ce1f8ffb TRUE) (S__575b0a40f462 FALSE) (S__ac87148e0459 FALSE) (S__c9dd77a5c24d FALSE) (S__d7a7d1fcb48a FALSE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#10"))
(defrule gpufix:build-isolation-hides-torch#11
   (gpufix-facts (S__2cc43db6f14c TRUE) (S__384e1a41f181 TRUE) (S__4aa516caf420 FALSE) (S__53f6ce1f8ffb TRUE) (S__575b0a40f462 FALSE) (S__a904133cbc0c FALSE) (S__ac87148e0459 FALSE) (S__c9dd77a5c24d FALSE) (S__d7a7d1fcb48a FALSE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#11"))
(defrule gpufix:build-isolation-hides-torch#12
   (gpufix-facts (S__0975313595d9 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__6673255e5d96 FALSE) (S__ac87148e0459 FALSE) (S__ea645c2fd00c TRUE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#12"))
(defrule gpufix:build-isolation-hides-torch#13
   (gpufix-facts (S__0975313595d9 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__6673255e5d96 FALSE) (S__a904133cbc0c FALSE) (S__ac87148e0459 FALSE) (S__ea645c2fd00c TRUE) (S__ec9b575bf136 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#13"))
(defrule gpufix:build-isolation-hides-torch#14
   (gpufix-facts (S__0975313595d9 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__6673255e5d96 FALSE) (S__ac87148e0459 FALSE) (S__ea645c2fd00c TRUE) (S__ec9b575bf136 TRUE) (S__f10f813317a0 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#14"))
(defrule gpufix:build-isolation-hides-torch#15
   (gpufix-facts (S__0975313595d9 TRUE) (S__4aa516caf420 FALSE) (S__575b0a40f462 FALSE) (S__6673255e5d96 FALSE) (S__a904133cbc0c FALSE) (S__ac87148e0459 FALSE) (S__ea645c2fd00c TRUE) (S__f10f813317a0 TRUE))
   =>
   (gpufix-fired "build-isolation-hides-torch#15"))
(defrule gpufix:companion-package-version-mismatch#0
   (gpufix-facts (S__00e7776d6d3d TRUE) (S__29190d9ae993 FALSE))
   =>
   (gpufix-fired "companion-package-version-mismatch#0"))
(defrule gpufix:companion-package-version-mismatch#1
   (gpufix-facts (S__29190d9ae993 FALSE) (S__eda522299efc TRUE))
   =>
   (gpufix-fired "companion-package-version-mismatch#1"))
(defrule gpufix:companion-package-version-mismatch#2
   (gpufix-facts (S__0de5daac1b5f TRUE))
   =>
   (gpufix-fired "companion-package-version-mismatch#2"))
(defrule gpufix:companion-package-version-mismatch#3
   (gpufix-facts (S__b4fa16fb7c46 TRUE))
   =>
   (gpufix-fired "companion-package-version-mismatch#3"))
(defrule gpufix:companion-package-version-mismatch#4
   (gpufix-facts (S__56a370a2e625 FALSE) (S__a6a0966d7b00 TRUE) (S__f0922446aee8 TRUE))
   =>
   (gpufix-fired "companion-package-version-mismatch#4"))
(defrule gpufix:companion-package-version-mismatch#5
   (gpufix-facts (S__7256edbb40c3 TRUE))
   =>
   (gpufix-fired "companion-package-version-mismatch#5"))
(defrule gpufix:cuda-home-invalid#0
   (gpufix-facts (S__871748ab9d5b TRUE))
   =>
   (gpufix-fired "cuda-home-invalid#0"))
(defrule gpufix:cuda-home-invalid#1
   (gpufix-facts (S__5b5cf260c412 TRUE))
   =>
   (gpufix-fired "cuda-home-invalid#1"))
(defrule gpufix:cuda-home-invalid#2
   (gpufix-facts (S__2fc0e729b78a TRUE))
   =>
   (gpufix-fired "cuda-home-invalid#2"))
(defrule gpufix:cuda-home-invalid#3
   (gpufix-facts (S__a12a7ce94fd9 TRUE))
   =>
   (gpufix-fired "cuda-home-invalid#3"))
(defrule gpufix:cuda-home-invalid#4
   (gpufix-facts (S__25afc42ea4f1 TRUE))
   =>
   (gpufix-fired "cuda-home-invalid#4"))
(defrule gpufix:cuda-home-not-set#0
   (gpufix-facts (S__767f85ba7661 TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#0"))
(defrule gpufix:cuda-home-not-set#1
   (gpufix-facts (S__7f40affc643e TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#1"))
(defrule gpufix:cuda-home-not-set#2
   (gpufix-facts (S__48c56c760274 TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#2"))
(defrule gpufix:cuda-home-not-set#3
   (gpufix-facts (S__e13ca2806c1f TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#3"))
(defrule gpufix:cuda-home-not-set#4
   (gpufix-facts (S__727907ba720d TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#4"))
(defrule gpufix:cuda-home-not-set#5
   (gpufix-facts (S__2610652ad88d TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#5"))
(defrule gpufix:cuda-home-not-set#6
   (gpufix-facts (S__5315e80129b3 TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#6"))
(defrule gpufix:cuda-home-not-set#7
   (gpufix-facts (S__65a1b966e2a1 TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#7"))
(defrule gpufix:cuda-home-not-set#8
   (gpufix-facts (S__d71ddd47fd3a TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#8"))
(defrule gpufix:cuda-home-not-set#9
   (gpufix-facts (S__1a9efe2c5872 TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#9"))
(defrule gpufix:cuda-home-not-set#10
   (gpufix-facts (S__6adccd12e345 TRUE) (S__fb7ed08eef88 TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#10"))
(defrule gpufix:cuda-home-not-set#11
   (gpufix-facts (S__6adccd12e345 TRUE) (S__d7095d8bf484 TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#11"))
(defrule gpufix:cuda-home-not-set#12
   (gpufix-facts (S__a236e42fad68 TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#12"))
(defrule gpufix:cuda-home-not-set#13
   (gpufix-facts (S__5ae959bf3d76 TRUE) (S__e77b3ecddc2a TRUE))
   =>
   (gpufix-fired "cuda-home-not-set#13"))
(defrule gpufix:extension-built-for-other-python#0
   (gpufix-facts (S__4c025ee36b7e TRUE))
   =>
   (gpufix-fired "extension-built-for-other-python#0"))
(defrule gpufix:extension-built-for-other-python#1
   (gpufix-facts (S__65805e375eac TRUE))
   =>
   (gpufix-fired "extension-built-for-other-python#1"))
(defrule gpufix:extension-built-for-other-python#2
   (gpufix-facts (S__0d03a0e9aa26 FALSE) (S__8494505ec946 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-python#2"))
(defrule gpufix:extension-built-for-other-python#3
   (gpufix-facts (S__961741bf43fd TRUE))
   =>
   (gpufix-fired "extension-built-for-other-python#3"))
(defrule gpufix:extension-built-for-other-python#4
   (gpufix-facts (P__4b5447651d04 FALSE) (S__0d03a0e9aa26 FALSE) (S__3b931557a011 FALSE) (S__61047f54f156 TRUE) (S__93118e436d36 TRUE) (S__c85114bc8e00 FALSE) (S__dc2b98afd6a4 FALSE))
   =>
   (gpufix-fired "extension-built-for-other-python#4"))
(defrule gpufix:extension-built-for-other-python#5
   (gpufix-facts (P__7965903a647e FALSE) (S__0d03a0e9aa26 FALSE) (S__3509de4b24f7 TRUE) (S__3b931557a011 FALSE) (S__61047f54f156 TRUE) (S__c85114bc8e00 FALSE) (S__dc2b98afd6a4 FALSE))
   =>
   (gpufix-fired "extension-built-for-other-python#5"))
(defrule gpufix:extension-built-for-other-python#6
   (gpufix-facts (P__3fe80ec2573d FALSE) (S__509d8a4f28bf TRUE) (S__c85114bc8e00 FALSE))
   =>
   (gpufix-fired "extension-built-for-other-python#6"))
(defrule gpufix:extension-built-for-other-python#7
   (gpufix-facts (P__ca7468ee7707 FALSE) (S__509d8a4f28bf TRUE) (S__c85114bc8e00 FALSE))
   =>
   (gpufix-fired "extension-built-for-other-python#7"))
(defrule gpufix:extension-cuda-major-differs-evidence#0
   (gpufix-facts (F__compat__nvcc_major_matches_torch__b FALSE) (F__compat__nvcc_targets_gpu__b TRUE) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#0"))
(defrule gpufix:extension-cuda-major-differs-evidence#1
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (>= ?v1 900000000000070))) (F__torch__version__v ?v2&:(and (numberp ?v2) (>= ?v2 100010000000070))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__8f7db2d02a18 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#1"))
(defrule gpufix:extension-cuda-major-differs-evidence#2
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__version__v ?v2&:(and (numberp ?v2) (>= ?v2 100010000000070))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__8f7db2d02a18 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#2"))
(defrule gpufix:extension-cuda-major-differs-evidence#3
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (>= ?v1 900000000000070))) (F__torch__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__8f7db2d02a18 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#3"))
(defrule gpufix:extension-cuda-major-differs-evidence#4
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__8f7db2d02a18 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#4"))
(defrule gpufix:extension-cuda-major-differs-evidence#5
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__torch__version__v ?v1&:(and (numberp ?v1) (>= ?v1 200000000000070))) (S__1153dc45609d TRUE) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#5"))
(defrule gpufix:extension-cuda-major-differs-evidence#6
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (>= ?v1 1100000000000070))) (S__1153dc45609d TRUE) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#6"))
(defrule gpufix:extension-cuda-major-differs-evidence#7
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 900000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 900000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#7"))
(defrule gpufix:extension-cuda-major-differs-evidence#8
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 900000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 900000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#8"))
(defrule gpufix:extension-cuda-major-differs-evidence#9
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1000000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1000000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#9"))
(defrule gpufix:extension-cuda-major-differs-evidence#10
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1000000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1000000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#10"))
(defrule gpufix:extension-cuda-major-differs-evidence#11
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1100000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1100000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#11"))
(defrule gpufix:extension-cuda-major-differs-evidence#12
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1100000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1100000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#12"))
(defrule gpufix:extension-cuda-major-differs-evidence#13
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1200000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1200000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#13"))
(defrule gpufix:extension-cuda-major-differs-evidence#14
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1200000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1200000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#14"))
(defrule gpufix:extension-cuda-major-differs-evidence#15
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 900000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 900000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#15"))
(defrule gpufix:extension-cuda-major-differs-evidence#16
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 900000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 900000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#16"))
(defrule gpufix:extension-cuda-major-differs-evidence#17
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1000000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1000000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#17"))
(defrule gpufix:extension-cuda-major-differs-evidence#18
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1000000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1000000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#18"))
(defrule gpufix:extension-cuda-major-differs-evidence#19
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1100000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1100000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#19"))
(defrule gpufix:extension-cuda-major-differs-evidence#20
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1100000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1100000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#20"))
(defrule gpufix:extension-cuda-major-differs-evidence#21
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1200000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1200000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#21"))
(defrule gpufix:extension-cuda-major-differs-evidence#22
   (gpufix-facts (F__compat__nvcc_targets_gpu__b TRUE) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1200000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1200000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#22"))
(defrule gpufix:extension-cuda-major-differs-evidence#23
   (gpufix-facts (F__compat__nvcc_major_matches_torch__b FALSE) (F__compat__nvcc_targets_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#23"))
(defrule gpufix:extension-cuda-major-differs-evidence#24
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (>= ?v1 900000000000070))) (F__torch__version__v ?v2&:(and (numberp ?v2) (>= ?v2 100010000000070))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__8f7db2d02a18 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#24"))
(defrule gpufix:extension-cuda-major-differs-evidence#25
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__version__v ?v2&:(and (numberp ?v2) (>= ?v2 100010000000070))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__8f7db2d02a18 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#25"))
(defrule gpufix:extension-cuda-major-differs-evidence#26
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (>= ?v1 900000000000070))) (F__torch__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__8f7db2d02a18 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#26"))
(defrule gpufix:extension-cuda-major-differs-evidence#27
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__8f7db2d02a18 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#27"))
(defrule gpufix:extension-cuda-major-differs-evidence#28
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__version__v ?v1&:(and (numberp ?v1) (>= ?v1 200000000000070))) (S__1153dc45609d TRUE) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#28"))
(defrule gpufix:extension-cuda-major-differs-evidence#29
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (>= ?v1 1100000000000070))) (S__1153dc45609d TRUE) (S__4cf19dcc233e FALSE) (S__8c6f57f65ad8 TRUE) (S__a5f88b69a5f9 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#29"))
(defrule gpufix:extension-cuda-major-differs-evidence#30
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 900000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 900000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#30"))
(defrule gpufix:extension-cuda-major-differs-evidence#31
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 900000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 900000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#31"))
(defrule gpufix:extension-cuda-major-differs-evidence#32
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1000000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1000000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#32"))
(defrule gpufix:extension-cuda-major-differs-evidence#33
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1000000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1000000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#33"))
(defrule gpufix:extension-cuda-major-differs-evidence#34
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1100000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1100000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#34"))
(defrule gpufix:extension-cuda-major-differs-evidence#35
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1100000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1100000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#35"))
(defrule gpufix:extension-cuda-major-differs-evidence#36
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1200000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1200000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#36"))
(defrule gpufix:extension-cuda-major-differs-evidence#37
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1200000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1200000000000070))) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#37"))
(defrule gpufix:extension-cuda-major-differs-evidence#38
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 900000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 900000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#38"))
(defrule gpufix:extension-cuda-major-differs-evidence#39
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 900000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 900000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#39"))
(defrule gpufix:extension-cuda-major-differs-evidence#40
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1000000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1000000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#40"))
(defrule gpufix:extension-cuda-major-differs-evidence#41
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1000000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1000000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#41"))
(defrule gpufix:extension-cuda-major-differs-evidence#42
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1100000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1100000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#42"))
(defrule gpufix:extension-cuda-major-differs-evidence#43
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1100000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1100000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#43"))
(defrule gpufix:extension-cuda-major-differs-evidence#44
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (< ?v1 1200000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (>= ?v2 1200000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#44"))
(defrule gpufix:extension-cuda-major-differs-evidence#45
   (gpufix-facts (F__compat__nvcc_targets_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__v ?v1&:(and (numberp ?v1) (>= ?v1 1200000000000070))) (F__pkg__cudatoolkit__v ?v2&:(and (numberp ?v2) (< ?v2 1200000000000070))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__version__v ?v5&:(and (numberp ?v5) (< ?v5 100130000000070))) (S__4cf19dcc233e FALSE) (S__597fdc153632 FALSE) (S__8c6f57f65ad8 TRUE) (S__cc98d6344b00 FALSE))
   =>
   (gpufix-fired "extension-cuda-major-differs-evidence#45"))
(defrule gpufix:extension-cxx-abi-mismatch#0
   (gpufix-facts (S__312fe6e4efeb FALSE) (S__51c2e452d92d TRUE) (S__a7068eb9bd63 FALSE) (S__ad34895d50ff TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#0"))
(defrule gpufix:extension-cxx-abi-mismatch#1
   (gpufix-facts (P__506a464a56d3 TRUE) (S__312fe6e4efeb FALSE) (S__51c2e452d92d TRUE) (S__a7068eb9bd63 FALSE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#1"))
(defrule gpufix:extension-cxx-abi-mismatch#2
   (gpufix-facts (S__312fe6e4efeb FALSE) (S__51c2e452d92d TRUE) (S__6ef1d969362e TRUE) (S__7a7564274f42 TRUE) (S__a7068eb9bd63 FALSE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#2"))
(defrule gpufix:extension-cxx-abi-mismatch#3
   (gpufix-facts (S__2446b18b3106 TRUE) (S__312fe6e4efeb FALSE) (S__a7068eb9bd63 FALSE) (S__f918d58bde52 TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#3"))
(defrule gpufix:extension-cxx-abi-mismatch#4
   (gpufix-facts (S__312fe6e4efeb FALSE) (S__4c218f75d313 TRUE) (S__51c2e452d92d TRUE) (S__b25b5273f2c8 TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#4"))
(defrule gpufix:extension-cxx-abi-mismatch#5
   (gpufix-facts (S__51c2e452d92d TRUE) (S__a7068eb9bd63 FALSE) (S__d28877a9e727 TRUE) (S__e86432889895 TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#5"))
(defrule gpufix:extension-cxx-abi-mismatch#6
   (gpufix-facts (S__0bd719352aef TRUE) (S__51c2e452d92d TRUE) (S__a7068eb9bd63 FALSE) (S__d28877a9e727 TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#6"))
(defrule gpufix:extension-cxx-abi-mismatch#7
   (gpufix-facts (S__312fe6e4efeb FALSE) (S__a277a68f6377 TRUE) (S__e86432889895 TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#7"))
(defrule gpufix:extension-cxx-abi-mismatch#8
   (gpufix-facts (S__0bd719352aef TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#8"))
(defrule gpufix:extension-cxx-abi-mismatch#9
   (gpufix-facts (S__312fe6e4efeb FALSE) (S__51c2e452d92d TRUE) (S__a7068eb9bd63 FALSE) (S__b25b5273f2c8 TRUE) (S__d28877a9e727 FALSE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#9"))
(defrule gpufix:extension-cxx-abi-mismatch#10
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 200070000000070))) (P__506a464a56d3 FALSE) (S__19364ceca575 FALSE) (S__2446b18b3106 TRUE) (S__312fe6e4efeb FALSE) (S__a7068eb9bd63 FALSE) (S__bc22e4f5a97b TRUE) (S__d28877a9e727 TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#10"))
(defrule gpufix:extension-cxx-abi-mismatch#11
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 200070000000070))) (F__torch__version_full__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__19364ceca575 FALSE) (S__2446b18b3106 TRUE) (S__312fe6e4efeb FALSE) (S__a7068eb9bd63 FALSE) (S__bc22e4f5a97b TRUE) (S__d28877a9e727 TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#11"))
(defrule gpufix:extension-cxx-abi-mismatch#12
   (gpufix-facts (P__4ee180b040ef FALSE) (S__5dc783d0c4a6 TRUE))
   =>
   (gpufix-fired "extension-cxx-abi-mismatch#12"))
(defrule gpufix:extension-link-cuda-lib-missing#0
   (gpufix-facts (S__4fe9f025765e FALSE) (S__aa97023cddb8 TRUE))
   =>
   (gpufix-fired "extension-link-cuda-lib-missing#0"))
(defrule gpufix:extension-link-cuda-lib-missing#1
   (gpufix-facts (S__4fe9f025765e FALSE) (S__71bd377fb7f7 TRUE))
   =>
   (gpufix-fired "extension-link-cuda-lib-missing#1"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#0
   (gpufix-facts (S__289fc8ee356a FALSE) (S__8769e53588e6 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e82ff621bbb0 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#0"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#1
   (gpufix-facts (S__289fc8ee356a FALSE) (S__408a27e6df69 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#1"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#2
   (gpufix-facts (S__00420f18331e TRUE) (S__289fc8ee356a FALSE) (S__8769e53588e6 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#2"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#3
   (gpufix-facts (S__00420f18331e TRUE) (S__289fc8ee356a FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#3"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#4
   (gpufix-facts (S__289fc8ee356a FALSE) (S__8769e53588e6 TRUE) (S__cf39cd54549a TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#4"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#5
   (gpufix-facts (S__289fc8ee356a FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__ddebb3569d31 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#5"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#6
   (gpufix-facts (S__289fc8ee356a FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__f93c72e75513 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#6"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#7
   (gpufix-facts (S__289fc8ee356a FALSE) (S__cf39cd54549a TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#7"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#8
   (gpufix-facts (S__289fc8ee356a FALSE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#8"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#9
   (gpufix-facts (S__00e8527a7b96 TRUE) (S__289fc8ee356a FALSE) (S__a3ae9527d192 TRUE) (S__c73b8141be6f TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#9"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#10
   (gpufix-facts (S__289fc8ee356a FALSE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7e98b417cc8 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#10"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#11
   (gpufix-facts (S__289fc8ee356a FALSE) (S__78637bfc10c9 TRUE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7b777ca785e FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#11"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#12
   (gpufix-facts (S__2629d1ba2344 TRUE) (S__289fc8ee356a FALSE) (S__71855767b508 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7b777ca785e FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#12"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#13
   (gpufix-facts (S__00e8527a7b96 TRUE) (S__289fc8ee356a FALSE) (S__c73b8141be6f TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#13"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#14
   (gpufix-facts (S__289fc8ee356a FALSE) (S__675702ecd129 TRUE) (S__b4038af0a1bc FALSE) (S__bc5a71fb0ea7 FALSE) (S__cb19cc34ce37 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#14"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#15
   (gpufix-facts (S__289fc8ee356a FALSE) (S__b4038af0a1bc FALSE) (S__bc5a71fb0ea7 FALSE) (S__cb19cc34ce37 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e0e49b4df142 TRUE) (S__f46f9a9932d6 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#15"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#16
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__8769e53588e6 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e82ff621bbb0 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#16"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#17
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__408a27e6df69 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#17"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#18
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__00420f18331e TRUE) (S__1b4b5e173315 FALSE) (S__8769e53588e6 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#18"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#19
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__00420f18331e TRUE) (S__1b4b5e173315 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#19"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#20
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__8769e53588e6 TRUE) (S__cf39cd54549a TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#20"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#21
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__ddebb3569d31 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#21"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#22
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__f93c72e75513 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#22"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#23
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__cf39cd54549a TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#23"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#24
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#24"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#25
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__00e8527a7b96 TRUE) (S__1b4b5e173315 FALSE) (S__a3ae9527d192 TRUE) (S__c73b8141be6f TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#25"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#26
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7e98b417cc8 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#26"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#27
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__78637bfc10c9 TRUE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7b777ca785e FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#27"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#28
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__2629d1ba2344 TRUE) (S__71855767b508 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7b777ca785e FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#28"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#29
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__00e8527a7b96 TRUE) (S__1b4b5e173315 FALSE) (S__c73b8141be6f TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#29"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#30
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__675702ecd129 TRUE) (S__b4038af0a1bc FALSE) (S__bc5a71fb0ea7 FALSE) (S__cb19cc34ce37 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#30"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#31
   (gpufix-facts (P__9ccbc9c3cdc8 FALSE) (S__1b4b5e173315 FALSE) (S__b4038af0a1bc FALSE) (S__bc5a71fb0ea7 FALSE) (S__cb19cc34ce37 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e0e49b4df142 TRUE) (S__f46f9a9932d6 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#31"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#32
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__8769e53588e6 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e82ff621bbb0 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#32"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#33
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__408a27e6df69 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#33"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#34
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__00420f18331e TRUE) (S__1b4b5e173315 FALSE) (S__8769e53588e6 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#34"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#35
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__00420f18331e TRUE) (S__1b4b5e173315 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#35"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#36
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__8769e53588e6 TRUE) (S__cf39cd54549a TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#36"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#37
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__ddebb3569d31 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#37"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#38
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__f93c72e75513 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#38"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#39
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__cf39cd54549a TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#39"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#40
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#40"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#41
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__00e8527a7b96 TRUE) (S__1b4b5e173315 FALSE) (S__a3ae9527d192 TRUE) (S__c73b8141be6f TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#41"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#42
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7e98b417cc8 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#42"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#43
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__78637bfc10c9 TRUE) (S__a3ae9527d192 TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7b777ca785e FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#43"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#44
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__2629d1ba2344 TRUE) (S__71855767b508 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e7b777ca785e FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#44"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#45
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__00e8527a7b96 TRUE) (S__1b4b5e173315 FALSE) (S__c73b8141be6f TRUE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__eeb2bb78aa5b TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#45"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#46
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__675702ecd129 TRUE) (S__b4038af0a1bc FALSE) (S__bc5a71fb0ea7 FALSE) (S__cb19cc34ce37 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#46"))
(defrule gpufix:extension-no-prebuilt-wheel-for-torch#47
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b4b5e173315 FALSE) (S__b4038af0a1bc FALSE) (S__bc5a71fb0ea7 FALSE) (S__cb19cc34ce37 FALSE) (S__d34032fd9b46 FALSE) (S__d668192c138a FALSE) (S__e0e49b4df142 TRUE) (S__f46f9a9932d6 TRUE))
   =>
   (gpufix-fired "extension-no-prebuilt-wheel-for-torch#47"))
(defrule gpufix:extension-ops-missing#0
   (gpufix-facts (S__7a425c5b9fe4 FALSE) (S__b2b50cd1bf4c FALSE) (S__be2eabc06517 TRUE))
   =>
   (gpufix-fired "extension-ops-missing#0"))
(defrule gpufix:extension-ops-missing#1
   (gpufix-facts (S__7a425c5b9fe4 FALSE) (S__8269a41a1c3b TRUE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#1"))
(defrule gpufix:extension-ops-missing#2
   (gpufix-facts (S__3957940efc62 TRUE) (S__7a425c5b9fe4 FALSE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#2"))
(defrule gpufix:extension-ops-missing#3
   (gpufix-facts (S__0fa7dd6575b6 TRUE) (S__7a425c5b9fe4 FALSE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#3"))
(defrule gpufix:extension-ops-missing#4
   (gpufix-facts (S__7a425c5b9fe4 FALSE) (S__ac632a4eb67f TRUE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#4"))
(defrule gpufix:extension-ops-missing#5
   (gpufix-facts (S__346f144a7e67 TRUE) (S__7a425c5b9fe4 FALSE) (S__a703d2a53724 TRUE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#5"))
(defrule gpufix:extension-ops-missing#6
   (gpufix-facts (S__58753b57ba3c TRUE) (S__7a425c5b9fe4 FALSE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#6"))
(defrule gpufix:extension-ops-missing#7
   (gpufix-facts (S__7a425c5b9fe4 FALSE) (S__7b084cb25e2e TRUE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#7"))
(defrule gpufix:extension-ops-missing#8
   (gpufix-facts (S__50e1cea4a90a TRUE) (S__7a425c5b9fe4 FALSE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#8"))
(defrule gpufix:extension-ops-missing#9
   (gpufix-facts (S__33d6c1929b6a TRUE) (S__7a425c5b9fe4 FALSE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#9"))
(defrule gpufix:extension-ops-missing#10
   (gpufix-facts (S__6c132e34339b TRUE) (S__7a425c5b9fe4 FALSE) (S__b2b50cd1bf4c FALSE))
   =>
   (gpufix-fired "extension-ops-missing#10"))
(defrule gpufix:extension-source-too-old-for-torch#0
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 100110000000070))) (S__06458869a9f8 FALSE) (S__318d7bed7577 FALSE) (S__7d193cd6f519 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#0"))
(defrule gpufix:extension-source-too-old-for-torch#1
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06458869a9f8 FALSE) (S__318d7bed7577 FALSE) (S__7d193cd6f519 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#1"))
(defrule gpufix:extension-source-too-old-for-torch#2
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 100110000000070))) (S__06458869a9f8 FALSE) (S__318d7bed7577 FALSE) (S__a6fb5cf08bf8 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#2"))
(defrule gpufix:extension-source-too-old-for-torch#3
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06458869a9f8 FALSE) (S__318d7bed7577 FALSE) (S__a6fb5cf08bf8 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#3"))
(defrule gpufix:extension-source-too-old-for-torch#4
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 100110000000070))) (S__06458869a9f8 FALSE) (S__22fba198811a TRUE) (S__318d7bed7577 FALSE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#4"))
(defrule gpufix:extension-source-too-old-for-torch#5
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06458869a9f8 FALSE) (S__22fba198811a TRUE) (S__318d7bed7577 FALSE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#5"))
(defrule gpufix:extension-source-too-old-for-torch#6
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 100110000000070))) (S__051822e48ca4 TRUE) (S__06458869a9f8 FALSE) (S__318d7bed7577 FALSE) (S__451738c04813 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#6"))
(defrule gpufix:extension-source-too-old-for-torch#7
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__051822e48ca4 TRUE) (S__06458869a9f8 FALSE) (S__318d7bed7577 FALSE) (S__451738c04813 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#7"))
(defrule gpufix:extension-source-too-old-for-torch#8
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 100070000000070))) (S__06458869a9f8 FALSE) (S__318d7bed7577 FALSE) (S__5ee08d964476 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#8"))
(defrule gpufix:extension-source-too-old-for-torch#9
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06458869a9f8 FALSE) (S__318d7bed7577 FALSE) (S__5ee08d964476 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#9"))
(defrule gpufix:extension-source-too-old-for-torch#10
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 100050000000070))) (S__06458869a9f8 FALSE) (S__408724c95100 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#10"))
(defrule gpufix:extension-source-too-old-for-torch#11
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06458869a9f8 FALSE) (S__408724c95100 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#11"))
(defrule gpufix:extension-source-too-old-for-torch#12
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 100050000000070))) (S__06458869a9f8 FALSE) (S__e6f396a32ac1 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#12"))
(defrule gpufix:extension-source-too-old-for-torch#13
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06458869a9f8 FALSE) (S__e6f396a32ac1 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#13"))
(defrule gpufix:extension-source-too-old-for-torch#14
   (gpufix-facts (S__5dfea4bb553b TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#14"))
(defrule gpufix:extension-source-too-old-for-torch#15
   (gpufix-facts (S__a8f80c95c50d TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#15"))
(defrule gpufix:extension-source-too-old-for-torch#16
   (gpufix-facts (S__2f6ddcb8ce3e TRUE) (S__60563d13ef8f TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#16"))
(defrule gpufix:extension-source-too-old-for-torch#17
   (gpufix-facts (S__318d7bed7577 FALSE) (S__8e4340ef5265 TRUE))
   =>
   (gpufix-fired "extension-source-too-old-for-torch#17"))
(defrule gpufix:host-compiler-too-new-for-nvcc#0
   (gpufix-facts (S__5cbddee60b9d TRUE))
   =>
   (gpufix-fired "host-compiler-too-new-for-nvcc#0"))
(defrule gpufix:host-compiler-too-new-for-nvcc#1
   (gpufix-facts (S__939ff746b681 TRUE))
   =>
   (gpufix-fired "host-compiler-too-new-for-nvcc#1"))
(defrule gpufix:host-compiler-too-new-for-nvcc#2
   (gpufix-facts (S__023f2a56ee19 TRUE))
   =>
   (gpufix-fired "host-compiler-too-new-for-nvcc#2"))
(defrule gpufix:host-compiler-too-new-for-nvcc#3
   (gpufix-facts (S__ac154909bbe8 TRUE))
   =>
   (gpufix-fired "host-compiler-too-new-for-nvcc#3"))
(defrule gpufix:host-compiler-too-new-for-nvcc#4
   (gpufix-facts (S__47ab36cf3bd0 TRUE))
   =>
   (gpufix-fired "host-compiler-too-new-for-nvcc#4"))
(defrule gpufix:host-compiler-too-new-for-nvcc#5
   (gpufix-facts (S__d6ecb7ba7d6f TRUE))
   =>
   (gpufix-fired "host-compiler-too-new-for-nvcc#5"))
(defrule gpufix:host-compiler-too-new-for-nvcc#6
   (gpufix-facts (S__36d48479cb83 TRUE))
   =>
   (gpufix-fired "host-compiler-too-new-for-nvcc#6"))
(defrule gpufix:host-compiler-too-new-for-nvcc#7
   (gpufix-facts (S__2c5a699e8261 TRUE) (S__f16ae19c27a4 TRUE))
   =>
   (gpufix-fired "host-compiler-too-new-for-nvcc#7"))
(defrule gpufix:host-compiler-too-old-for-torch#0
   (gpufix-facts (S__05980dc9c3d6 FALSE) (S__5cdffc292e35 TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#0"))
(defrule gpufix:host-compiler-too-old-for-torch#1
   (gpufix-facts (S__05980dc9c3d6 FALSE) (S__cd9e05f8aa4f TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#1"))
(defrule gpufix:host-compiler-too-old-for-torch#2
   (gpufix-facts (F__match__gcc_version__v__r7926968c8c81 ?v0&:(and (numberp ?v0) (< ?v0 600000000000070))) (S__05980dc9c3d6 FALSE) (S__30973bb4789e TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#2"))
(defrule gpufix:host-compiler-too-old-for-torch#3
   (gpufix-facts (F__match__gcc_version__v__r7926968c8c81 ?v0&:(and (numberp ?v0) (< ?v0 900000000000070))) (S__05980dc9c3d6 FALSE) (S__4adf39cf41ee TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#3"))
(defrule gpufix:host-compiler-too-old-for-torch#4
   (gpufix-facts (F__match__gcc_version__v__r7926968c8c81 ?v0&:(and (numberp ?v0) (< ?v0 900000000000070))) (S__05980dc9c3d6 FALSE) (S__b4244369a555 TRUE) (S__bb08ee28ed57 TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#4"))
(defrule gpufix:host-compiler-too-old-for-torch#5
   (gpufix-facts (S__05980dc9c3d6 FALSE) (S__b4244369a555 TRUE) (S__d2df77042461 FALSE) (S__da2249c5d357 TRUE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#5"))
(defrule gpufix:host-compiler-too-old-for-torch#6
   (gpufix-facts (S__05980dc9c3d6 FALSE) (S__57359516c22f TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#6"))
(defrule gpufix:host-compiler-too-old-for-torch#7
   (gpufix-facts (S__05980dc9c3d6 FALSE) (S__7fec485546c2 TRUE) (S__b4244369a555 TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#7"))
(defrule gpufix:host-compiler-too-old-for-torch#8
   (gpufix-facts (F__match__gcc_version__v__r7926968c8c81 ?v0&:(and (numberp ?v0) (< ?v0 500000000000070))) (F__match__torch_built__v__r7926968c8c81 ?v1&:(and (numberp ?v1) (>= ?v1 100050000000070))) (S__05980dc9c3d6 FALSE) (S__93346336df21 TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#8"))
(defrule gpufix:host-compiler-too-old-for-torch#9
   (gpufix-facts (S__05980dc9c3d6 FALSE) (S__c60fef12dbac TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#9"))
(defrule gpufix:host-compiler-too-old-for-torch#10
   (gpufix-facts (S__05980dc9c3d6 FALSE) (S__44fe8e380a0f TRUE) (S__4eeaa32c8761 FALSE) (S__b4244369a555 TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#10"))
(defrule gpufix:host-compiler-too-old-for-torch#11
   (gpufix-facts (S__05980dc9c3d6 FALSE) (S__4eeaa32c8761 FALSE) (S__b4244369a555 TRUE) (S__b94b08cf72d0 TRUE) (S__d2df77042461 FALSE))
   =>
   (gpufix-fired "host-compiler-too-old-for-torch#11"))
(defrule gpufix:libtorch-cuda-library-not-linked#0
   (gpufix-facts (S__38e7ae9169ce TRUE) (S__5023709cf01e TRUE) (S__55917c736088 FALSE) (S__b70d06686ac1 TRUE))
   =>
   (gpufix-fired "libtorch-cuda-library-not-linked#0"))
(defrule gpufix:non-utf8-windows-locale#0
   (gpufix-facts (S__0b7006d2a9e4 FALSE) (S__b4708ac83694 TRUE) (S__e9fd2f06f1fc TRUE))
   =>
   (gpufix-fired "non-utf8-windows-locale#0"))
(defrule gpufix:non-utf8-windows-locale#1
   (gpufix-facts (S__1451cf786157 TRUE) (S__4cc61275673d TRUE))
   =>
   (gpufix-fired "non-utf8-windows-locale#1"))
(defrule gpufix:non-utf8-windows-locale#2
   (gpufix-facts (S__19179f4f0750 TRUE) (S__b82fd8f9aca4 TRUE))
   =>
   (gpufix-fired "non-utf8-windows-locale#2"))
(defrule gpufix:non-utf8-windows-locale#3
   (gpufix-facts (S__b4708ac83694 TRUE) (S__b82fd8f9aca4 TRUE))
   =>
   (gpufix-fired "non-utf8-windows-locale#3"))
(defrule gpufix:non-utf8-windows-locale#4
   (gpufix-facts (S__154f987d6ea0 TRUE) (S__19179f4f0750 TRUE) (S__5b8ec1cbf3ed TRUE))
   =>
   (gpufix-fired "non-utf8-windows-locale#4"))
(defrule gpufix:non-utf8-windows-locale#5
   (gpufix-facts (S__0b7006d2a9e4 FALSE) (S__154f987d6ea0 TRUE) (S__19179f4f0750 TRUE) (S__25dab394f42b FALSE) (S__2dc1ce9e6a95 TRUE) (S__705f81e64347 TRUE))
   =>
   (gpufix-fired "non-utf8-windows-locale#5"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#0
   (gpufix-facts (S__2cdb480fec7e TRUE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#0"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#1
   (gpufix-facts (S__517ac3072aea FALSE) (S__d3f691b41d71 TRUE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#1"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#2
   (gpufix-facts (S__1be9759408d9 FALSE) (S__d3f691b41d71 TRUE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#2"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#3
   (gpufix-facts (F__compat__nvcc_targets_gpu__b FALSE) (S__3b82a71630d7 FALSE) (S__aee43a720f25 TRUE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#3"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#4
   (gpufix-facts (F__compat__nvcc_targets_gpu__b FALSE) (S__aee43a720f25 TRUE) (S__ba83aa5d1727 FALSE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#4"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#5
   (gpufix-facts (F__compat__nvcc_targets_gpu__b FALSE) (P__fe50e8da6fc9 TRUE) (S__aee43a720f25 TRUE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#5"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#6
   (gpufix-facts (F__compat__nvcc_targets_gpu__b FALSE) (F__match__build_cuda__s__r670d01ca6dbd ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__aee43a720f25 TRUE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#6"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#7
   (gpufix-facts (F__compat__nvcc_min_for_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_targets_gpu__b FALSE) (S__aee43a720f25 TRUE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#7"))
(defrule gpufix:nvcc-too-old-for-gpu-arch#8
   (gpufix-facts (S__6a173b4cdf01 TRUE) (S__a53d5a3baca4 FALSE) (S__aee43a720f25 TRUE))
   =>
   (gpufix-fired "nvcc-too-old-for-gpu-arch#8"))
(defrule gpufix:windows-msvc-build-tools-missing#0
   (gpufix-facts (S__432ffbb384af TRUE) (S__9680d39977d3 FALSE) (S__b4d93a630c16 FALSE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#0"))
(defrule gpufix:windows-msvc-build-tools-missing#1
   (gpufix-facts (S__427b606d4832 TRUE) (S__9680d39977d3 FALSE) (S__b4d93a630c16 FALSE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#1"))
(defrule gpufix:windows-msvc-build-tools-missing#2
   (gpufix-facts (S__193d84ed1cb1 TRUE) (S__9680d39977d3 FALSE) (S__b4d93a630c16 FALSE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#2"))
(defrule gpufix:windows-msvc-build-tools-missing#3
   (gpufix-facts (S__9680d39977d3 FALSE) (S__b4d93a630c16 FALSE) (S__ca6fae063aaf TRUE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#3"))
(defrule gpufix:windows-msvc-build-tools-missing#4
   (gpufix-facts (S__3f036fcc88b8 TRUE) (S__9680d39977d3 FALSE) (S__b4d93a630c16 FALSE) (S__f09456eca1fb TRUE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#4"))
(defrule gpufix:windows-msvc-build-tools-missing#5
   (gpufix-facts (S__21e9a8e8c692 TRUE) (S__9680d39977d3 FALSE) (S__b4d93a630c16 FALSE) (S__bbde110aa033 TRUE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#5"))
(defrule gpufix:windows-msvc-build-tools-missing#6
   (gpufix-facts (S__9680d39977d3 FALSE) (S__9d16b84e0355 TRUE) (S__b4d93a630c16 FALSE) (S__ee1595f46869 FALSE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#6"))
(defrule gpufix:windows-msvc-build-tools-missing#7
   (gpufix-facts (S__346a26d70b30 TRUE) (S__88b3398e9ffb TRUE) (S__9680d39977d3 FALSE) (S__b4d93a630c16 FALSE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#7"))
(defrule gpufix:windows-msvc-build-tools-missing#8
   (gpufix-facts (S__88b3398e9ffb TRUE) (S__9680d39977d3 FALSE) (S__b4d93a630c16 FALSE) (S__ded17adb54d8 TRUE))
   =>
   (gpufix-fired "windows-msvc-build-tools-missing#8"))
(defrule gpufix:blackwell-torch-likely-old#0
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__8ce92f1a8211 TRUE) (S__64f03b299372 FALSE) (S__7d4ba6de86c2 TRUE) (S__f0b79d1cae7c FALSE))
   =>
   (gpufix-fired "blackwell-torch-likely-old#0"))
(defrule gpufix:blackwell-torch-likely-old#1
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__8ce92f1a8211 TRUE) (S__64f03b299372 FALSE) (S__7d4ba6de86c2 TRUE) (S__f0b79d1cae7c FALSE))
   =>
   (gpufix-fired "blackwell-torch-likely-old#1"))
(defrule gpufix:blackwell-torch-likely-old#2
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__8ce92f1a8211 TRUE) (S__7d4ba6de86c2 TRUE) (S__cba3c10f690a TRUE) (S__f0b79d1cae7c FALSE))
   =>
   (gpufix-fired "blackwell-torch-likely-old#2"))
(defrule gpufix:blackwell-torch-likely-old#3
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__8ce92f1a8211 TRUE) (S__7d4ba6de86c2 TRUE) (S__cba3c10f690a TRUE) (S__f0b79d1cae7c FALSE))
   =>
   (gpufix-fired "blackwell-torch-likely-old#3"))
(defrule gpufix:blackwell-torch-likely-old#4
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__292b3d95bc6b TRUE) (S__64f03b299372 FALSE) (S__7d4ba6de86c2 TRUE) (S__f0b79d1cae7c FALSE))
   =>
   (gpufix-fired "blackwell-torch-likely-old#4"))
(defrule gpufix:blackwell-torch-likely-old#5
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__292b3d95bc6b TRUE) (S__64f03b299372 FALSE) (S__7d4ba6de86c2 TRUE) (S__f0b79d1cae7c FALSE))
   =>
   (gpufix-fired "blackwell-torch-likely-old#5"))
(defrule gpufix:blackwell-torch-likely-old#6
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__292b3d95bc6b TRUE) (S__7d4ba6de86c2 TRUE) (S__cba3c10f690a TRUE) (S__f0b79d1cae7c FALSE))
   =>
   (gpufix-fired "blackwell-torch-likely-old#6"))
(defrule gpufix:blackwell-torch-likely-old#7
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__292b3d95bc6b TRUE) (S__7d4ba6de86c2 TRUE) (S__cba3c10f690a TRUE) (S__f0b79d1cae7c FALSE))
   =>
   (gpufix-fired "blackwell-torch-likely-old#7"))
(defrule gpufix:cpu-build-evidence#0
   (gpufix-facts (F__torch__build "cpu"))
   =>
   (gpufix-fired "cpu-build-evidence#0"))
(defrule gpufix:cpu-build-evidence#1
   (gpufix-facts (F__torch__hip__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__b86c9310a572 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#1"))
(defrule gpufix:cpu-build-evidence#2
   (gpufix-facts (F__torch__hip__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__f7b7d204caee TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#2"))
(defrule gpufix:cpu-build-evidence#3
   (gpufix-facts (S__457ce2b3379a TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#3"))
(defrule gpufix:cpu-build-evidence#4
   (gpufix-facts (S__6935a58b6085 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#4"))
(defrule gpufix:cpu-build-evidence#5
   (gpufix-facts (S__db044a8ac48a TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#5"))
(defrule gpufix:cpu-build-evidence#6
   (gpufix-facts (F__torch__cuda__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__a4b4c4d87be9 FALSE) (S__2ab8f255c07a TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#6"))
(defrule gpufix:cpu-build-evidence#7
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2ab8f255c07a TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#7"))
(defrule gpufix:cpu-build-evidence#8
   (gpufix-facts (F__conda__cpuonly__b TRUE) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__a4b4c4d87be9 FALSE))
   =>
   (gpufix-fired "cpu-build-evidence#8"))
(defrule gpufix:cpu-build-evidence#9
   (gpufix-facts (F__conda__cpuonly__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "cpu-build-evidence#9"))
(defrule gpufix:cpu-build-evidence#10
   (gpufix-facts (F__torch__cuda__s "absent") (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__install_count__n ?v2&:(and (numberp ?v2) (<> ?v2 0))))
   =>
   (gpufix-fired "cpu-build-evidence#10"))
(defrule gpufix:cpu-build-evidence#11
   (gpufix-facts (F__torch__cuda__s "absent") (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__install_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "cpu-build-evidence#11"))
(defrule gpufix:cpu-build-evidence#12
   (gpufix-facts (S__a4b9c537d249 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#12"))
(defrule gpufix:cpu-build-evidence#13
   (gpufix-facts (F__os__name "windows") (S__84bad0909fda TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#13"))
(defrule gpufix:cpu-build-evidence#14
   (gpufix-facts (F__os__name "windows") (S__139b88d71992 TRUE) (S__9ab3da52e29f FALSE))
   =>
   (gpufix-fired "cpu-build-evidence#14"))
(defrule gpufix:cpu-build-evidence#15
   (gpufix-facts (S__9b02d5789965 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#15"))
(defrule gpufix:cpu-build-evidence#16
   (gpufix-facts (F__os__name "windows") (S__33cd957ca423 TRUE) (S__c150ae4a4041 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#16"))
(defrule gpufix:cpu-build-evidence#17
   (gpufix-facts (F__os__name "windows") (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__installer ?v2&:(and (stringp ?v2) (neq ?v2 "conda"))) (P__e4aa5d2ee508 TRUE) (S__10766d523b07 TRUE) (S__2fcf58482b1b FALSE) (S__9ab3da52e29f FALSE) (S__ae220d4bbfee FALSE))
   =>
   (gpufix-fired "cpu-build-evidence#17"))
(defrule gpufix:cpu-build-evidence#18
   (gpufix-facts (F__os__name "windows") (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__installer__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__e4aa5d2ee508 TRUE) (S__10766d523b07 TRUE) (S__2fcf58482b1b FALSE) (S__9ab3da52e29f FALSE) (S__ae220d4bbfee FALSE))
   =>
   (gpufix-fired "cpu-build-evidence#18"))
(defrule gpufix:cpu-build-evidence#19
   (gpufix-facts (F__os__name "windows") (P__fe7787226907 FALSE) (S__4bbc970f6043 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#19"))
(defrule gpufix:cpu-build-evidence#20
   (gpufix-facts (F__os__name "windows") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__4bbc970f6043 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#20"))
(defrule gpufix:cpu-build-evidence#21
   (gpufix-facts (F__os__name "windows") (P__fe7787226907 FALSE) (S__1d50f63d75fc TRUE) (S__beaa4641c1c9 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#21"))
(defrule gpufix:cpu-build-evidence#22
   (gpufix-facts (F__os__name "windows") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1d50f63d75fc TRUE) (S__beaa4641c1c9 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#22"))
(defrule gpufix:cpu-build-evidence#23
   (gpufix-facts (F__os__name "windows") (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__a4b4c4d87be9 FALSE) (S__6b5c8a1d076c FALSE) (S__a52b8910c7c0 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#23"))
(defrule gpufix:cpu-build-evidence#24
   (gpufix-facts (F__os__name "windows") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__6b5c8a1d076c FALSE) (S__a52b8910c7c0 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#24"))
(defrule gpufix:cpu-build-evidence#25
   (gpufix-facts (S__6b5c8a1d076c FALSE) (S__7a31f35a2721 TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#25"))
(defrule gpufix:cpu-build-evidence#26
   (gpufix-facts (S__6b5c8a1d076c FALSE) (S__ddc21fb4a4dc TRUE))
   =>
   (gpufix-fired "cpu-build-evidence#26"))
(defrule gpufix:cuda-build-ran-evidence#0
   (gpufix-facts (S__419763b66de0 TRUE))
   =>
   (gpufix-fired "cuda-build-ran-evidence#0"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#0
   (gpufix-facts (F__compat__gpu_sm__s "ok") (S__4b1dc72a105a TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#0"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#1
   (gpufix-facts (S__194353d0790d FALSE) (S__462c993f9692 FALSE) (S__c4bdbbea76ff TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#1"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#2
   (gpufix-facts (F__compat__gpu_sm__s "ok") (S__194353d0790d FALSE) (S__462c993f9692 FALSE) (S__68a7c9ac1571 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#2"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#3
   (gpufix-facts (S__a4f9c39d6404 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#3"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#4
   (gpufix-facts (F__compat__gpu_sm__s "ok") (S__e478d093a2d3 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#4"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#5
   (gpufix-facts (F__compat__gpu_sm__s "ok") (S__52e41092d43f TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#5"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#6
   (gpufix-facts (F__compat__gpu_sm__s "ok") (S__34e451d74da7 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#6"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#7
   (gpufix-facts (P__bf0fc018f5b2 TRUE) (S__18493ab2716d TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#7"))
(defrule gpufix:gpu-arch-unsupported-said-evidence#8
   (gpufix-facts (S__663711e56513 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported-said-evidence#8"))
(defrule gpufix:install-disk-full#0
   (gpufix-facts (S__2acc58cdaf38 FALSE) (S__450dcbf793c7 TRUE) (S__8ea2a54ed551 TRUE) (S__fe3cee7f67db TRUE))
   =>
   (gpufix-fired "install-disk-full#0"))
(defrule gpufix:install-disk-full#1
   (gpufix-facts (S__2acc58cdaf38 FALSE) (S__450dcbf793c7 TRUE) (S__4d89ed112976 TRUE) (S__fe3cee7f67db TRUE))
   =>
   (gpufix-fired "install-disk-full#1"))
(defrule gpufix:install-disk-full#2
   (gpufix-facts (S__2acc58cdaf38 FALSE) (S__d4708f663248 TRUE))
   =>
   (gpufix-fired "install-disk-full#2"))
(defrule gpufix:jetson-other-jetpack-evidence#0
   (gpufix-facts (P__f074ed4042fd FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#0"))
(defrule gpufix:jetson-other-jetpack-evidence#1
   (gpufix-facts (P__f074ed4042fd FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#1"))
(defrule gpufix:jetson-other-jetpack-evidence#2
   (gpufix-facts (P__8e5300f5cecf FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#2"))
(defrule gpufix:jetson-other-jetpack-evidence#3
   (gpufix-facts (P__8e5300f5cecf FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#3"))
(defrule gpufix:jetson-other-jetpack-evidence#4
   (gpufix-facts (P__65a37591ff03 FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#4"))
(defrule gpufix:jetson-other-jetpack-evidence#5
   (gpufix-facts (P__65a37591ff03 FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#5"))
(defrule gpufix:jetson-other-jetpack-evidence#6
   (gpufix-facts (P__e357590d46b6 FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#6"))
(defrule gpufix:jetson-other-jetpack-evidence#7
   (gpufix-facts (P__e357590d46b6 FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#7"))
(defrule gpufix:jetson-other-jetpack-evidence#8
   (gpufix-facts (P__6559fb129385 FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#8"))
(defrule gpufix:jetson-other-jetpack-evidence#9
   (gpufix-facts (P__6559fb129385 FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#9"))
(defrule gpufix:jetson-other-jetpack-evidence#10
   (gpufix-facts (F__compat__image_matches_jetpack__b FALSE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#10"))
(defrule gpufix:jetson-other-jetpack-evidence#11
   (gpufix-facts (F__compat__jetpack__v ?v0&:(and (numberp ?v0) (>= ?v0 600000000000070))) (S__5070342af500 FALSE) (S__a673b4fa5361 TRUE) (S__e81adf4a0f19 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#11"))
(defrule gpufix:jetson-other-jetpack-evidence#12
   (gpufix-facts (F__compat__jetpack__v ?v0&:(and (numberp ?v0) (>= ?v0 600000000000070))) (S__431c2285ce6f TRUE) (S__a673b4fa5361 TRUE) (S__e81adf4a0f19 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#12"))
(defrule gpufix:jetson-other-jetpack-evidence#13
   (gpufix-facts (F__compat__l4t_major__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE) (S__471595057f21 FALSE) (S__71c1ff649179 TRUE) (S__a673b4fa5361 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#13"))
(defrule gpufix:jetson-other-jetpack-evidence#14
   (gpufix-facts (S__43c1f7abca07 TRUE) (S__a673b4fa5361 TRUE) (S__b52eab560e7d FALSE) (S__f82f4dc7a1b3 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#14"))
(defrule gpufix:jetson-other-jetpack-evidence#15
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__f074ed4042fd FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#15"))
(defrule gpufix:jetson-other-jetpack-evidence#16
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__f074ed4042fd FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#16"))
(defrule gpufix:jetson-other-jetpack-evidence#17
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__8e5300f5cecf FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#17"))
(defrule gpufix:jetson-other-jetpack-evidence#18
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__8e5300f5cecf FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#18"))
(defrule gpufix:jetson-other-jetpack-evidence#19
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__65a37591ff03 FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#19"))
(defrule gpufix:jetson-other-jetpack-evidence#20
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__65a37591ff03 FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#20"))
(defrule gpufix:jetson-other-jetpack-evidence#21
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__e357590d46b6 FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#21"))
(defrule gpufix:jetson-other-jetpack-evidence#22
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__e357590d46b6 FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#22"))
(defrule gpufix:jetson-other-jetpack-evidence#23
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__6559fb129385 FALSE) (S__1dcd9bf0c141 FALSE) (S__5070342af500 FALSE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#23"))
(defrule gpufix:jetson-other-jetpack-evidence#24
   (gpufix-facts (F__compat__l4t_major__s "ok") (P__6559fb129385 FALSE) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#24"))
(defrule gpufix:jetson-other-jetpack-evidence#25
   (gpufix-facts (F__compat__image_matches_jetpack__b FALSE) (F__compat__l4t_major__s "ok"))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#25"))
(defrule gpufix:jetson-other-jetpack-evidence#26
   (gpufix-facts (F__compat__jetpack__v ?v0&:(and (numberp ?v0) (>= ?v0 600000000000070))) (F__compat__l4t_major__s "ok") (S__5070342af500 FALSE) (S__e81adf4a0f19 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#26"))
(defrule gpufix:jetson-other-jetpack-evidence#27
   (gpufix-facts (F__compat__jetpack__v ?v0&:(and (numberp ?v0) (>= ?v0 600000000000070))) (F__compat__l4t_major__s "ok") (S__431c2285ce6f TRUE) (S__e81adf4a0f19 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#27"))
(defrule gpufix:jetson-other-jetpack-evidence#28
   (gpufix-facts (F__compat__l4t_major__s ?v0&:(and (stringp ?v0) (eq ?v0 "ok") (neq ?v0 "ok"))) (S__1dcd9bf0c141 FALSE) (S__431c2285ce6f TRUE) (S__471595057f21 FALSE) (S__71c1ff649179 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#28"))
(defrule gpufix:jetson-other-jetpack-evidence#29
   (gpufix-facts (F__compat__l4t_major__s "ok") (S__43c1f7abca07 TRUE) (S__b52eab560e7d FALSE) (S__f82f4dc7a1b3 TRUE))
   =>
   (gpufix-fired "jetson-other-jetpack-evidence#29"))
(defrule gpufix:mirror-evidence#0
   (gpufix-facts (S__481d3dd4262d TRUE))
   =>
   (gpufix-fired "mirror-evidence#0"))
(defrule gpufix:mirror-evidence#1
   (gpufix-facts (S__fe4bbb9fc02b TRUE))
   =>
   (gpufix-fired "mirror-evidence#1"))
(defrule gpufix:mirror-evidence#2
   (gpufix-facts (S__216ba973fc76 TRUE))
   =>
   (gpufix-fired "mirror-evidence#2"))
(defrule gpufix:mirror-evidence#3
   (gpufix-facts (S__bc3e32e330a3 TRUE))
   =>
   (gpufix-fired "mirror-evidence#3"))
(defrule gpufix:mirror-evidence#4
   (gpufix-facts (F__compat__index_kind "pypi-mirror"))
   =>
   (gpufix-fired "mirror-evidence#4"))
(defrule gpufix:numpy-too-old-for-torch#0
   (gpufix-facts (S__acf0a5f7ed38 TRUE))
   =>
   (gpufix-fired "numpy-too-old-for-torch#0"))
(defrule gpufix:numpy2-abi#0
   (gpufix-facts (S__f9c4b77ec58a TRUE))
   =>
   (gpufix-fired "numpy2-abi#0"))
(defrule gpufix:numpy2-abi#1
   (gpufix-facts (S__06914c88d381 TRUE))
   =>
   (gpufix-fired "numpy2-abi#1"))
(defrule gpufix:numpy2-abi#2
   (gpufix-facts (S__d33e8557f8dc TRUE))
   =>
   (gpufix-fired "numpy2-abi#2"))
(defrule gpufix:numpy2-abi#3
   (gpufix-facts (S__9441cdedf742 TRUE))
   =>
   (gpufix-fired "numpy2-abi#3"))
(defrule gpufix:numpy2-abi#4
   (gpufix-facts (S__5dc9db056923 TRUE))
   =>
   (gpufix-fired "numpy2-abi#4"))
(defrule gpufix:numpy2-abi#5
   (gpufix-facts (F__compat__numpy_abi_ok__b FALSE))
   =>
   (gpufix-fired "numpy2-abi#5"))
(defrule gpufix:numpy2-abi#6
   (gpufix-facts (F__numpy__version__v ?v0&:(and (numberp ?v0) (>= ?v0 200000000000070))) (S__230c7a8f88fd TRUE))
   =>
   (gpufix-fired "numpy2-abi#6"))
(defrule gpufix:numpy2-abi#7
   (gpufix-facts (F__numpy__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__230c7a8f88fd TRUE))
   =>
   (gpufix-fired "numpy2-abi#7"))
(defrule gpufix:numpy2-abi#8
   (gpufix-facts (F__compat__numpy_abi_major__n ?v0&:(and (numberp ?v0) (< ?v0 2))) (F__numpy__version__v ?v1&:(and (numberp ?v1) (>= ?v1 200000000000070))) (S__a6a99429ed7c TRUE))
   =>
   (gpufix-fired "numpy2-abi#8"))
(defrule gpufix:numpy2-abi#9
   (gpufix-facts (F__compat__numpy_abi_major__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__numpy__version__v ?v1&:(and (numberp ?v1) (>= ?v1 200000000000070))) (S__a6a99429ed7c TRUE))
   =>
   (gpufix-fired "numpy2-abi#9"))
(defrule gpufix:numpy2-abi#10
   (gpufix-facts (F__compat__numpy_abi_major__n ?v0&:(and (numberp ?v0) (< ?v0 2))) (F__numpy__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a6a99429ed7c TRUE))
   =>
   (gpufix-fired "numpy2-abi#10"))
(defrule gpufix:numpy2-abi#11
   (gpufix-facts (F__compat__numpy_abi_major__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__numpy__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a6a99429ed7c TRUE))
   =>
   (gpufix-fired "numpy2-abi#11"))
(defrule gpufix:pypi-pytorch-placeholder#0
   (gpufix-facts (S__2173b52ff95a TRUE))
   =>
   (gpufix-fired "pypi-pytorch-placeholder#0"))
(defrule gpufix:pypi-pytorch-placeholder#1
   (gpufix-facts (S__704034bd4abc TRUE) (S__91d886c28a1b TRUE))
   =>
   (gpufix-fired "pypi-pytorch-placeholder#1"))
(defrule gpufix:pypi-pytorch-placeholder#2
   (gpufix-facts (S__b67d50dfc7a6 TRUE))
   =>
   (gpufix-fired "pypi-pytorch-placeholder#2"))
(defrule gpufix:pypi-pytorch-placeholder#3
   (gpufix-facts (S__850b20c8bdd1 TRUE))
   =>
   (gpufix-fired "pypi-pytorch-placeholder#3"))
(defrule gpufix:pypi-pytorch-placeholder#4
   (gpufix-facts (S__1d2da6ed398f TRUE))
   =>
   (gpufix-fired "pypi-pytorch-placeholder#4"))
(defrule gpufix:pypi-pytorch-placeholder#5
   (gpufix-facts (S__860acca2e9b7 TRUE))
   =>
   (gpufix-fired "pypi-pytorch-placeholder#5"))
(defrule gpufix:pypi-pytorch-placeholder#6
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__883c28aa7455 TRUE))
   =>
   (gpufix-fired "pypi-pytorch-placeholder#6"))
(defrule gpufix:python-too-new-for-torch-compile#0
   (gpufix-facts (S__8253b7c8746f FALSE) (S__a67a2dc56061 TRUE))
   =>
   (gpufix-fired "python-too-new-for-torch-compile#0"))
(defrule gpufix:setuptools-distutils-evidence#0
   (gpufix-facts (S__062f83935385 TRUE) (S__5073b9d9ee1e TRUE))
   =>
   (gpufix-fired "setuptools-distutils-evidence#0"))
(defrule gpufix:setuptools-distutils-evidence#1
   (gpufix-facts (S__062f83935385 TRUE) (S__8ebf8eda151b TRUE))
   =>
   (gpufix-fired "setuptools-distutils-evidence#1"))
(defrule gpufix:setuptools-distutils-evidence#2
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 100110000000070))) (S__062f83935385 TRUE) (S__db54a299459f TRUE))
   =>
   (gpufix-fired "setuptools-distutils-evidence#2"))
(defrule gpufix:setuptools-distutils-evidence#3
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__062f83935385 TRUE) (S__db54a299459f TRUE))
   =>
   (gpufix-fired "setuptools-distutils-evidence#3"))
(defrule gpufix:setuptools-distutils-evidence#4
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 100110000000070))) (S__062f83935385 TRUE) (S__3b58b4588dac FALSE))
   =>
   (gpufix-fired "setuptools-distutils-evidence#4"))
(defrule gpufix:setuptools-distutils-evidence#5
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__062f83935385 TRUE) (S__3b58b4588dac FALSE))
   =>
   (gpufix-fired "setuptools-distutils-evidence#5"))
(defrule gpufix:setuptools-pkg-resources-evidence#0
   (gpufix-facts (S__2de18faf37ab TRUE) (S__beeb4f00d94f TRUE))
   =>
   (gpufix-fired "setuptools-pkg-resources-evidence#0"))
(defrule gpufix:setuptools-pkg-resources-evidence#1
   (gpufix-facts (S__2de18faf37ab TRUE) (S__7200551cd79e TRUE))
   =>
   (gpufix-fired "setuptools-pkg-resources-evidence#1"))
(defrule gpufix:setuptools-pkg-resources-evidence#2
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 200020000000070))) (S__5d696a906ef3 FALSE) (S__beeb4f00d94f TRUE))
   =>
   (gpufix-fired "setuptools-pkg-resources-evidence#2"))
(defrule gpufix:setuptools-pkg-resources-evidence#3
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__5d696a906ef3 FALSE) (S__beeb4f00d94f TRUE))
   =>
   (gpufix-fired "setuptools-pkg-resources-evidence#3"))
(defrule gpufix:torch-release-regression#0
   (gpufix-facts (F__log__torch_defect__s "ok") (F__log__torch_defect_fixed_in__s "ok") (P__d5bf53d764fb TRUE))
   =>
   (gpufix-fired "torch-release-regression#0"))
(defrule gpufix:torch-release-regression#1
   (gpufix-facts (F__log__torch_defect__s "ok") (F__log__torch_defect_fixed_in__s "ok") (F__torch__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "torch-release-regression#1"))
(defrule gpufix:torch-release-regression#2
   (gpufix-facts (F__log__torch_defect__s "ok") (F__log__torch_defect_fixed_in__s ?v1&:(and (stringp ?v1) (eq ?v1 "ok") (neq ?v1 "ok"))))
   =>
   (gpufix-fired "torch-release-regression#2"))
(defrule gpufix:torch-too-new-for-code#0
   (gpufix-facts (F__log__torch_api_removed_in__s "ok") (P__61f13b3cf1dd FALSE))
   =>
   (gpufix-fired "torch-too-new-for-code#0"))
(defrule gpufix:torch-too-new-for-code#1
   (gpufix-facts (F__log__torch_api_removed_in__s "ok") (F__torch__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "torch-too-new-for-code#1"))
(defrule gpufix:torch-too-new-for-code#2
   (gpufix-facts (F__log__torch_api_removed_in__s ?v0&:(and (stringp ?v0) (eq ?v0 "ok") (neq ?v0 "ok"))))
   =>
   (gpufix-fired "torch-too-new-for-code#2"))
(defrule gpufix:torch-too-new-for-code#3
   (gpufix-facts (F__log__torchvision_api_removed_in__s "ok") (P__8b9e11fcc11e FALSE))
   =>
   (gpufix-fired "torch-too-new-for-code#3"))
(defrule gpufix:torch-too-new-for-code#4
   (gpufix-facts (F__log__torchvision_api_removed_in__s "ok") (F__torchvision__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "torch-too-new-for-code#4"))
(defrule gpufix:torch-too-new-for-code#5
   (gpufix-facts (F__log__torchvision_api_removed_in__s ?v0&:(and (stringp ?v0) (eq ?v0 "ok") (neq ?v0 "ok"))))
   =>
   (gpufix-fired "torch-too-new-for-code#5"))
(defrule gpufix:torch-too-new-for-code#6
   (gpufix-facts (F__log__torchaudio_api_removed_in__s "ok") (P__3818af4c8fce FALSE))
   =>
   (gpufix-fired "torch-too-new-for-code#6"))
(defrule gpufix:torch-too-new-for-code#7
   (gpufix-facts (F__log__torchaudio_api_removed_in__s "ok") (F__torchaudio__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "torch-too-new-for-code#7"))
(defrule gpufix:torch-too-new-for-code#8
   (gpufix-facts (F__log__torchaudio_api_removed_in__s ?v0&:(and (stringp ?v0) (eq ?v0 "ok") (neq ?v0 "ok"))))
   =>
   (gpufix-fired "torch-too-new-for-code#8"))
(defrule gpufix:torch-too-new-for-code#9
   (gpufix-facts (S__ba0f04380b19 TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#9"))
(defrule gpufix:torch-too-new-for-code#10
   (gpufix-facts (S__69722433e833 TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#10"))
(defrule gpufix:torch-too-new-for-code#11
   (gpufix-facts (S__91f4ce9c91fc TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#11"))
(defrule gpufix:torch-too-new-for-code#12
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 200060000000070))) (S__3a21420e97c0 FALSE) (S__ae19dff1049b TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#12"))
(defrule gpufix:torch-too-new-for-code#13
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__3a21420e97c0 FALSE) (S__ae19dff1049b TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#13"))
(defrule gpufix:torch-too-new-for-code#14
   (gpufix-facts (S__f7fb98aa94ef TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#14"))
(defrule gpufix:torch-too-new-for-code#15
   (gpufix-facts (S__83d0649aa93e TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#15"))
(defrule gpufix:torch-too-new-for-code#16
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (>= ?v0 40000000070))) (S__fcd7c2fe044a TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#16"))
(defrule gpufix:torch-too-new-for-code#17
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__fcd7c2fe044a TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#17"))
(defrule gpufix:torch-too-new-for-code#18
   (gpufix-facts (P__568f14322df0 FALSE) (S__4a21e49b7e0b TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#18"))
(defrule gpufix:torch-too-new-for-code#19
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4a21e49b7e0b TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#19"))
(defrule gpufix:torch-too-new-for-code#20
   (gpufix-facts (F__match__pinned_torch__s__rb72b6b1d7916 ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4a21e49b7e0b TRUE))
   =>
   (gpufix-fired "torch-too-new-for-code#20"))
(defrule gpufix:torch-too-old-for-code#0
   (gpufix-facts (F__log__torch_api_since__s "ok") (P__0fcaacc0dabf TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#0"))
(defrule gpufix:torch-too-old-for-code#1
   (gpufix-facts (F__log__torch_api_since__s "ok") (F__torch__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "torch-too-old-for-code#1"))
(defrule gpufix:torch-too-old-for-code#2
   (gpufix-facts (F__log__torch_api_since__s ?v0&:(and (stringp ?v0) (eq ?v0 "ok") (neq ?v0 "ok"))))
   =>
   (gpufix-fired "torch-too-old-for-code#2"))
(defrule gpufix:torch-too-old-for-code#3
   (gpufix-facts (F__log__torchvision_api_since__s "ok") (P__3fa93c7984c4 TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#3"))
(defrule gpufix:torch-too-old-for-code#4
   (gpufix-facts (F__log__torchvision_api_since__s "ok") (F__torchvision__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "torch-too-old-for-code#4"))
(defrule gpufix:torch-too-old-for-code#5
   (gpufix-facts (F__log__torchvision_api_since__s ?v0&:(and (stringp ?v0) (eq ?v0 "ok") (neq ?v0 "ok"))))
   =>
   (gpufix-fired "torch-too-old-for-code#5"))
(defrule gpufix:torch-too-old-for-code#6
   (gpufix-facts (S__f906826238c2 TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#6"))
(defrule gpufix:torch-too-old-for-code#7
   (gpufix-facts (S__c5692854e777 TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#7"))
(defrule gpufix:torch-too-old-for-code#8
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 200040000000070))) (S__af680410da5d TRUE) (S__f83481300467 TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#8"))
(defrule gpufix:torch-too-old-for-code#9
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__af680410da5d TRUE) (S__f83481300467 TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#9"))
(defrule gpufix:torch-too-old-for-code#10
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 100000000000070))) (S__210cd0fe65e3 TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#10"))
(defrule gpufix:torch-too-old-for-code#11
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__210cd0fe65e3 TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#11"))
(defrule gpufix:torch-too-old-for-code#12
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 20000000070))) (S__7baae44dd090 TRUE) (S__8be0da56febb TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#12"))
(defrule gpufix:torch-too-old-for-code#13
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__7baae44dd090 TRUE) (S__8be0da56febb TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#13"))
(defrule gpufix:torch-too-old-for-code#14
   (gpufix-facts (F__torch__version__v ?v0&:(and (numberp ?v0) (< ?v0 100060000000070))) (S__45e07daafaff TRUE) (S__f0394a23fc2d TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#14"))
(defrule gpufix:torch-too-old-for-code#15
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__45e07daafaff TRUE) (S__f0394a23fc2d TRUE))
   =>
   (gpufix-fired "torch-too-old-for-code#15"))
(defrule gpufix:torchvision-mismatch#0
   (gpufix-facts (S__59acc0d5e737 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#0"))
(defrule gpufix:torchvision-mismatch#1
   (gpufix-facts (S__78206cb9cf27 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#1"))
(defrule gpufix:torchvision-mismatch#2
   (gpufix-facts (S__e19bd1e5b834 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#2"))
(defrule gpufix:torchvision-mismatch#3
   (gpufix-facts (S__2344d3799fc0 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#3"))
(defrule gpufix:torchvision-mismatch#4
   (gpufix-facts (S__8fb823986e12 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#4"))
(defrule gpufix:torchvision-mismatch#5
   (gpufix-facts (S__5b8c0e345cb8 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#5"))
(defrule gpufix:torchvision-mismatch#6
   (gpufix-facts (S__0567571fbbd8 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#6"))
(defrule gpufix:torchvision-mismatch#7
   (gpufix-facts (S__132b28bfcbe4 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#7"))
(defrule gpufix:torchvision-mismatch#8
   (gpufix-facts (S__10d83936b966 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#8"))
(defrule gpufix:torchvision-mismatch#9
   (gpufix-facts (S__c685340ba3d5 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#9"))
(defrule gpufix:torchvision-mismatch#10
   (gpufix-facts (S__7016f7c45984 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#10"))
(defrule gpufix:torchvision-mismatch#11
   (gpufix-facts (S__cae6bbb6e474 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#11"))
(defrule gpufix:torchvision-mismatch#12
   (gpufix-facts (S__77cfd98baff6 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#12"))
(defrule gpufix:torchvision-mismatch#13
   (gpufix-facts (S__a3a427022910 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#13"))
(defrule gpufix:torchvision-mismatch#14
   (gpufix-facts (F__compat__torchvision_matches__b FALSE))
   =>
   (gpufix-fired "torchvision-mismatch#14"))
(defrule gpufix:torchvision-mismatch#15
   (gpufix-facts (S__10af7d798fed TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#15"))
(defrule gpufix:torchvision-mismatch#16
   (gpufix-facts (S__54e08a0e4f3d TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#16"))
(defrule gpufix:torchvision-mismatch#17
   (gpufix-facts (S__10fd47b8cdf1 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#17"))
(defrule gpufix:torchvision-mismatch#18
   (gpufix-facts (S__8d123702d281 TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#18"))
(defrule gpufix:torchvision-mismatch#19
   (gpufix-facts (S__4673cc5e22fa TRUE) (S__7a82cf733eed TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#19"))
(defrule gpufix:torchvision-mismatch#20
   (gpufix-facts (S__4b050ec3e34a FALSE) (S__7a82cf733eed TRUE))
   =>
   (gpufix-fired "torchvision-mismatch#20"))
(defrule gpufix:torchvision-mismatch#21
   (gpufix-facts (S__701da5b4c196 TRUE) (S__bb17f6c70563 TRUE) (S__d9379eb81bf9 FALSE))
   =>
   (gpufix-fired "torchvision-mismatch#21"))
(defrule gpufix:torchvision-mismatch#22
   (gpufix-facts (S__701da5b4c196 TRUE) (S__a69fbe5f2fd7 TRUE) (S__d9379eb81bf9 FALSE))
   =>
   (gpufix-fired "torchvision-mismatch#22"))
(defrule gpufix:windows-long-path-install#0
   (gpufix-facts (S__bf61ec423bb1 FALSE) (S__cc98c4ee32fe TRUE))
   =>
   (gpufix-fired "windows-long-path-install#0"))
(defrule gpufix:windows-long-path-install#1
   (gpufix-facts (S__8a22acf3b52b TRUE) (S__bf61ec423bb1 FALSE))
   =>
   (gpufix-fired "windows-long-path-install#1"))
(defrule gpufix:windows-long-path-install#2
   (gpufix-facts (S__a310efd3c105 TRUE) (S__bf61ec423bb1 FALSE))
   =>
   (gpufix-fired "windows-long-path-install#2"))
(defrule gpufix:windows-long-path-install#3
   (gpufix-facts (S__0350c3998cf3 TRUE) (S__520edc790cfb TRUE) (S__bf61ec423bb1 FALSE))
   =>
   (gpufix-fired "windows-long-path-install#3"))
(defrule gpufix:windows-long-path-install#4
   (gpufix-facts (S__0350c3998cf3 TRUE) (S__bf61ec423bb1 FALSE) (S__dd7c473a7c5a TRUE))
   =>
   (gpufix-fired "windows-long-path-install#4"))
(defrule gpufix:windows-long-path-install#5
   (gpufix-facts (S__3fe250127802 TRUE) (S__bf61ec423bb1 FALSE) (S__e9a3b4dbf4cb TRUE) (S__ef2daa465459 TRUE))
   =>
   (gpufix-fired "windows-long-path-install#5"))
(defrule gpufix:amd-gpu-evidence#0
   (gpufix-facts (F__rocm__gfx__s "ok"))
   =>
   (gpufix-fired "amd-gpu-evidence#0"))
(defrule gpufix:amd-gpu-evidence#1
   (gpufix-facts (F__rocm__gpu_names__s "ok"))
   =>
   (gpufix-fired "amd-gpu-evidence#1"))
(defrule gpufix:rocm-gfx-said-unsupported#0
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (S__2db2b10c1615 TRUE))
   =>
   (gpufix-fired "rocm-gfx-said-unsupported#0"))
(defrule gpufix:rocm-gfx-said-unsupported#1
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2db2b10c1615 TRUE))
   =>
   (gpufix-fired "rocm-gfx-said-unsupported#1"))
(defrule gpufix:rocm-gfx-said-unsupported#2
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__env__HSA_OVERRIDE_GFX_VERSION__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__7ffee0d1c062 TRUE) (S__8ad9124addf2 FALSE) (S__8ef0eb08e046 TRUE) (S__ade0f33a9e1f TRUE))
   =>
   (gpufix-fired "rocm-gfx-said-unsupported#2"))
(defrule gpufix:rocm-gfx-said-unsupported#3
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__env__HSA_OVERRIDE_GFX_VERSION__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__7ffee0d1c062 TRUE) (S__8ad9124addf2 FALSE) (S__8ef0eb08e046 TRUE) (S__ade0f33a9e1f TRUE))
   =>
   (gpufix-fired "rocm-gfx-said-unsupported#3"))
(defrule gpufix:rocm-hsa-override-wrong-arch#0
   (gpufix-facts (F__compat__rocm_gfx_not_own__s "ok"))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#0"))
(defrule gpufix:rocm-hsa-override-wrong-arch#1
   (gpufix-facts (S__56cfc92dbcab TRUE) (S__591015c90ada TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#1"))
(defrule gpufix:rocm-hsa-override-wrong-arch#2
   (gpufix-facts (S__56cfc92dbcab TRUE) (S__f0251d41d621 TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#2"))
(defrule gpufix:rocm-hsa-override-wrong-arch#3
   (gpufix-facts (S__4e43bb5aa43f TRUE) (S__56cfc92dbcab TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#3"))
(defrule gpufix:rocm-hsa-override-wrong-arch#4
   (gpufix-facts (S__56cfc92dbcab TRUE) (S__98cb0c4b4b63 TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#4"))
(defrule gpufix:rocm-hsa-override-wrong-arch#5
   (gpufix-facts (S__56cfc92dbcab TRUE) (S__9d2d6448a3af TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#5"))
(defrule gpufix:rocm-hsa-override-wrong-arch#6
   (gpufix-facts (S__56cfc92dbcab TRUE) (S__bf8695520b6a TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#6"))
(defrule gpufix:rocm-hsa-override-wrong-arch#7
   (gpufix-facts (S__e66b9a59194d TRUE) (S__ee7bf88c440a TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#7"))
(defrule gpufix:rocm-hsa-override-wrong-arch#8
   (gpufix-facts (S__4e43bb5aa43f TRUE) (S__e66b9a59194d TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#8"))
(defrule gpufix:rocm-hsa-override-wrong-arch#9
   (gpufix-facts (S__98cb0c4b4b63 TRUE) (S__e66b9a59194d TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#9"))
(defrule gpufix:rocm-hsa-override-wrong-arch#10
   (gpufix-facts (S__9d2d6448a3af TRUE) (S__e66b9a59194d TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#10"))
(defrule gpufix:rocm-hsa-override-wrong-arch#11
   (gpufix-facts (S__bf8695520b6a TRUE) (S__e66b9a59194d TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#11"))
(defrule gpufix:rocm-hsa-override-wrong-arch#12
   (gpufix-facts (S__38bc3bea8aa1 TRUE) (S__591015c90ada TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#12"))
(defrule gpufix:rocm-hsa-override-wrong-arch#13
   (gpufix-facts (S__38bc3bea8aa1 TRUE) (S__f0251d41d621 TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#13"))
(defrule gpufix:rocm-hsa-override-wrong-arch#14
   (gpufix-facts (S__38bc3bea8aa1 TRUE) (S__ee7bf88c440a TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#14"))
(defrule gpufix:rocm-hsa-override-wrong-arch#15
   (gpufix-facts (S__38bc3bea8aa1 TRUE) (S__98cb0c4b4b63 TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#15"))
(defrule gpufix:rocm-hsa-override-wrong-arch#16
   (gpufix-facts (S__38bc3bea8aa1 TRUE) (S__9d2d6448a3af TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#16"))
(defrule gpufix:rocm-hsa-override-wrong-arch#17
   (gpufix-facts (S__38bc3bea8aa1 TRUE) (S__bf8695520b6a TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#17"))
(defrule gpufix:rocm-hsa-override-wrong-arch#18
   (gpufix-facts (S__4dec036370d3 TRUE) (S__591015c90ada TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#18"))
(defrule gpufix:rocm-hsa-override-wrong-arch#19
   (gpufix-facts (S__4dec036370d3 TRUE) (S__f0251d41d621 TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#19"))
(defrule gpufix:rocm-hsa-override-wrong-arch#20
   (gpufix-facts (S__4dec036370d3 TRUE) (S__ee7bf88c440a TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#20"))
(defrule gpufix:rocm-hsa-override-wrong-arch#21
   (gpufix-facts (S__4dec036370d3 TRUE) (S__4e43bb5aa43f TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#21"))
(defrule gpufix:rocm-hsa-override-wrong-arch#22
   (gpufix-facts (S__4dec036370d3 TRUE) (S__bf8695520b6a TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#22"))
(defrule gpufix:rocm-hsa-override-wrong-arch#23
   (gpufix-facts (S__591015c90ada TRUE) (S__a7c48caa66ab TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#23"))
(defrule gpufix:rocm-hsa-override-wrong-arch#24
   (gpufix-facts (S__a7c48caa66ab TRUE) (S__f0251d41d621 TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#24"))
(defrule gpufix:rocm-hsa-override-wrong-arch#25
   (gpufix-facts (S__a7c48caa66ab TRUE) (S__ee7bf88c440a TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#25"))
(defrule gpufix:rocm-hsa-override-wrong-arch#26
   (gpufix-facts (S__4e43bb5aa43f TRUE) (S__a7c48caa66ab TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#26"))
(defrule gpufix:rocm-hsa-override-wrong-arch#27
   (gpufix-facts (S__98cb0c4b4b63 TRUE) (S__a7c48caa66ab TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#27"))
(defrule gpufix:rocm-hsa-override-wrong-arch#28
   (gpufix-facts (S__9d2d6448a3af TRUE) (S__a7c48caa66ab TRUE))
   =>
   (gpufix-fired "rocm-hsa-override-wrong-arch#28"))
(defrule gpufix:rocm-unlisted-gpu-crash#0
   (gpufix-facts (S__2c6ef01e2d0b TRUE) (S__5c6cc9813e71 TRUE) (S__f055952390fc FALSE) (S__f1a98292e678 TRUE))
   =>
   (gpufix-fired "rocm-unlisted-gpu-crash#0"))
(defrule gpufix:rocm-unlisted-gpu-crash#1
   (gpufix-facts (S__2c6ef01e2d0b TRUE) (S__5c6cc9813e71 TRUE) (S__f9b56cbd9c50 TRUE))
   =>
   (gpufix-fired "rocm-unlisted-gpu-crash#1"))
(defrule gpufix:rocm-unlisted-gpu-crash#2
   (gpufix-facts (S__2c6ef01e2d0b TRUE) (S__4a118f78f0dc TRUE) (S__5c6cc9813e71 TRUE))
   =>
   (gpufix-fired "rocm-unlisted-gpu-crash#2"))
(defrule gpufix:rocm-userspace-mismatch#0
   (gpufix-facts (F__compat__rocm_wheel_driver_ok__b FALSE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#0"))
(defrule gpufix:rocm-userspace-mismatch#1
   (gpufix-facts (S__4c325f7c82a3 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#1"))
(defrule gpufix:rocm-userspace-mismatch#2
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (P__4b0fa42eb5d3 FALSE) (S__f3ffd6ab7724 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#2"))
(defrule gpufix:rocm-userspace-mismatch#3
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__4b0fa42eb5d3 FALSE) (S__f3ffd6ab7724 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#3"))
(defrule gpufix:rocm-userspace-mismatch#4
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__f3ffd6ab7724 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#4"))
(defrule gpufix:rocm-userspace-mismatch#5
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__f3ffd6ab7724 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#5"))
(defrule gpufix:rocm-userspace-mismatch#6
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (P__4b0fa42eb5d3 FALSE) (S__a34917b47913 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#6"))
(defrule gpufix:rocm-userspace-mismatch#7
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__4b0fa42eb5d3 FALSE) (S__a34917b47913 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#7"))
(defrule gpufix:rocm-userspace-mismatch#8
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a34917b47913 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#8"))
(defrule gpufix:rocm-userspace-mismatch#9
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__a34917b47913 TRUE))
   =>
   (gpufix-fired "rocm-userspace-mismatch#9"))
(defrule gpufix:zluda-setup-evidence#0
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (P__dfe7a5271a63 FALSE) (S__94367ed313f0 TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#0"))
(defrule gpufix:zluda-setup-evidence#1
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__94367ed313f0 TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#1"))
(defrule gpufix:zluda-setup-evidence#2
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__94367ed313f0 TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#2"))
(defrule gpufix:zluda-setup-evidence#3
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__94367ed313f0 TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#3"))
(defrule gpufix:zluda-setup-evidence#4
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (P__dfe7a5271a63 FALSE) (S__94367ed313f0 TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#4"))
(defrule gpufix:zluda-setup-evidence#5
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__94367ed313f0 TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#5"))
(defrule gpufix:zluda-setup-evidence#6
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__94367ed313f0 TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#6"))
(defrule gpufix:zluda-setup-evidence#7
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__94367ed313f0 TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#7"))
(defrule gpufix:zluda-setup-evidence#8
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (P__dfe7a5271a63 FALSE) (S__0afc13a9bbac TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#8"))
(defrule gpufix:zluda-setup-evidence#9
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__0afc13a9bbac TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#9"))
(defrule gpufix:zluda-setup-evidence#10
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__0afc13a9bbac TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#10"))
(defrule gpufix:zluda-setup-evidence#11
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__0afc13a9bbac TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#11"))
(defrule gpufix:zluda-setup-evidence#12
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (P__dfe7a5271a63 FALSE) (S__0afc13a9bbac TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#12"))
(defrule gpufix:zluda-setup-evidence#13
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__0afc13a9bbac TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#13"))
(defrule gpufix:zluda-setup-evidence#14
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__0afc13a9bbac TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#14"))
(defrule gpufix:zluda-setup-evidence#15
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__0afc13a9bbac TRUE) (S__b1656c65a2ed TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#15"))
(defrule gpufix:zluda-setup-evidence#16
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (P__dfe7a5271a63 FALSE) (S__4b89f2ed108c TRUE) (S__a86b4104783d TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#16"))
(defrule gpufix:zluda-setup-evidence#17
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__4b89f2ed108c TRUE) (S__a86b4104783d TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#17"))
(defrule gpufix:zluda-setup-evidence#18
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__4b89f2ed108c TRUE) (S__a86b4104783d TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#18"))
(defrule gpufix:zluda-setup-evidence#19
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__n ?v1&:(and (numberp ?v1) (<= ?v1 0))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__4b89f2ed108c TRUE) (S__a86b4104783d TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#19"))
(defrule gpufix:zluda-setup-evidence#20
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (P__dfe7a5271a63 FALSE) (S__4b89f2ed108c TRUE) (S__a86b4104783d TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#20"))
(defrule gpufix:zluda-setup-evidence#21
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__4b89f2ed108c TRUE) (S__a86b4104783d TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#21"))
(defrule gpufix:zluda-setup-evidence#22
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__4b89f2ed108c TRUE) (S__a86b4104783d TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#22"))
(defrule gpufix:zluda-setup-evidence#23
   (gpufix-facts (F__driver__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__count__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__pci__nvidia_count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__4b89f2ed108c TRUE) (S__a86b4104783d TRUE))
   =>
   (gpufix-fired "zluda-setup-evidence#23"))
(defrule gpufix:ctranslate2-int8-blackwell#0
   (gpufix-facts (S__8698c23d50eb TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#0"))
(defrule gpufix:ctranslate2-int8-blackwell#1
   (gpufix-facts (S__7dce41e046b2 FALSE) (S__aa39c589fd71 TRUE) (S__fb9bda23e80c TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#1"))
(defrule gpufix:ctranslate2-int8-blackwell#2
   (gpufix-facts (S__4787fffd3dd9 TRUE) (S__7dce41e046b2 FALSE) (S__fb9bda23e80c TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#2"))
(defrule gpufix:ctranslate2-int8-blackwell#3
   (gpufix-facts (P__833b725de3ce TRUE) (S__7dce41e046b2 FALSE) (S__fb9bda23e80c TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#3"))
(defrule gpufix:ctranslate2-int8-blackwell#4
   (gpufix-facts (S__4787fffd3dd9 TRUE) (S__7dce41e046b2 FALSE) (S__aa39c589fd71 TRUE) (S__e364fa360ab3 FALSE) (S__e5033137eaea TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#4"))
(defrule gpufix:ctranslate2-int8-blackwell#5
   (gpufix-facts (P__833b725de3ce TRUE) (S__7dce41e046b2 FALSE) (S__aa39c589fd71 TRUE) (S__e364fa360ab3 FALSE) (S__e5033137eaea TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#5"))
(defrule gpufix:ctranslate2-int8-blackwell#6
   (gpufix-facts (S__4787fffd3dd9 TRUE) (S__baf4b2d893b4 TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#6"))
(defrule gpufix:ctranslate2-int8-blackwell#7
   (gpufix-facts (S__b6b5521faf5d TRUE) (S__baf4b2d893b4 TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#7"))
(defrule gpufix:ctranslate2-int8-blackwell#8
   (gpufix-facts (P__833b725de3ce TRUE) (S__baf4b2d893b4 TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#8"))
(defrule gpufix:ctranslate2-int8-blackwell#9
   (gpufix-facts (S__4787fffd3dd9 TRUE) (S__a7777869475e TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#9"))
(defrule gpufix:ctranslate2-int8-blackwell#10
   (gpufix-facts (S__a7777869475e TRUE) (S__b6b5521faf5d TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#10"))
(defrule gpufix:ctranslate2-int8-blackwell#11
   (gpufix-facts (P__833b725de3ce TRUE) (S__a7777869475e TRUE))
   =>
   (gpufix-fired "ctranslate2-int8-blackwell#11"))
(defrule gpufix:cuda-unknown-error#0
   (gpufix-facts (S__c2c4da248e97 TRUE))
   =>
   (gpufix-fired "cuda-unknown-error#0"))
(defrule gpufix:cuda-unknown-error#1
   (gpufix-facts (S__5843e8ce97a6 FALSE) (S__73d64eef8f7b TRUE))
   =>
   (gpufix-fired "cuda-unknown-error#1"))
(defrule gpufix:cuda-unknown-error#2
   (gpufix-facts (S__6afe634e154d TRUE))
   =>
   (gpufix-fired "cuda-unknown-error#2"))
(defrule gpufix:cuda-unknown-error#3
   (gpufix-facts (S__73746e074afa TRUE))
   =>
   (gpufix-fired "cuda-unknown-error#3"))
(defrule gpufix:cuda-unknown-error#4
   (gpufix-facts (S__74b5af65ba54 TRUE))
   =>
   (gpufix-fired "cuda-unknown-error#4"))
(defrule gpufix:cuda-unknown-error#5
   (gpufix-facts (S__45a7ca8ce4a8 TRUE) (S__5067937ac82f TRUE))
   =>
   (gpufix-fired "cuda-unknown-error#5"))
(defrule gpufix:directml-op-not-implemented#0
   (gpufix-facts (S__a661b450b048 FALSE) (S__ab87b495dd88 TRUE))
   =>
   (gpufix-fired "directml-op-not-implemented#0"))
(defrule gpufix:directml-op-not-implemented#1
   (gpufix-facts (S__75805db084d0 TRUE))
   =>
   (gpufix-fired "directml-op-not-implemented#1"))
(defrule gpufix:directml-op-not-implemented#2
   (gpufix-facts (S__bbb01f3da647 TRUE))
   =>
   (gpufix-fired "directml-op-not-implemented#2"))
(defrule gpufix:directml-op-not-implemented#3
   (gpufix-facts (S__0943f9ce9eac TRUE) (S__105072939a12 TRUE))
   =>
   (gpufix-fired "directml-op-not-implemented#3"))
(defrule gpufix:directml-op-not-implemented#4
   (gpufix-facts (S__0943f9ce9eac TRUE) (S__65cb2ee53c29 TRUE))
   =>
   (gpufix-fired "directml-op-not-implemented#4"))
(defrule gpufix:fabric-manager-802#0
   (gpufix-facts (S__ea28f1a819a5 TRUE))
   =>
   (gpufix-fired "fabric-manager-802#0"))
(defrule gpufix:fabric-manager-802#1
   (gpufix-facts (S__c19d9ad4780e TRUE))
   =>
   (gpufix-fired "fabric-manager-802#1"))
(defrule gpufix:fabric-manager-802#2
   (gpufix-facts (S__c08bbb9e41d1 TRUE))
   =>
   (gpufix-fired "fabric-manager-802#2"))
(defrule gpufix:fabric-manager-802#3
   (gpufix-facts (S__7832ef3e04f9 TRUE))
   =>
   (gpufix-fired "fabric-manager-802#3"))
(defrule gpufix:fabric-manager-802#4
   (gpufix-facts (S__d04f8270ef8c TRUE))
   =>
   (gpufix-fired "fabric-manager-802#4"))
(defrule gpufix:fabric-manager-802#5
   (gpufix-facts (S__67afd48bf7ed TRUE))
   =>
   (gpufix-fired "fabric-manager-802#5"))
(defrule gpufix:fabric-manager-802#6
   (gpufix-facts (S__2076042e4f2c TRUE))
   =>
   (gpufix-fired "fabric-manager-802#6"))
(defrule gpufix:fabric-manager-802#7
   (gpufix-facts (S__a2a5cc69af17 TRUE))
   =>
   (gpufix-fired "fabric-manager-802#7"))
(defrule gpufix:fabric-manager-802#8
   (gpufix-facts (S__2000fe04bf78 TRUE))
   =>
   (gpufix-fired "fabric-manager-802#8"))
(defrule gpufix:fabric-manager-802#9
   (gpufix-facts (S__0b3ab8408745 TRUE))
   =>
   (gpufix-fired "fabric-manager-802#9"))
(defrule gpufix:gpu-exclusive-or-busy#0
   (gpufix-facts (S__9ca764225272 FALSE) (S__a75b89aac0c7 TRUE) (S__b4f1855dd9f5 TRUE) (S__d292c4de9a2b FALSE))
   =>
   (gpufix-fired "gpu-exclusive-or-busy#0"))
(defrule gpufix:gpu-exclusive-or-busy#1
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "windows"))) (S__8fad4e1ac3dd TRUE) (S__9ca764225272 FALSE) (S__a75b89aac0c7 TRUE) (S__bcd1177e1d10 FALSE) (S__d292c4de9a2b FALSE))
   =>
   (gpufix-fired "gpu-exclusive-or-busy#1"))
(defrule gpufix:gpu-exclusive-or-busy#2
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__8fad4e1ac3dd TRUE) (S__9ca764225272 FALSE) (S__a75b89aac0c7 TRUE) (S__bcd1177e1d10 FALSE) (S__d292c4de9a2b FALSE))
   =>
   (gpufix-fired "gpu-exclusive-or-busy#2"))
(defrule gpufix:gpu-exclusive-or-busy#3
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "windows"))) (S__1afe5efba81e TRUE) (S__9ca764225272 FALSE) (S__a75b89aac0c7 TRUE) (S__bcd1177e1d10 FALSE) (S__d292c4de9a2b FALSE))
   =>
   (gpufix-fired "gpu-exclusive-or-busy#3"))
(defrule gpufix:gpu-exclusive-or-busy#4
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1afe5efba81e TRUE) (S__9ca764225272 FALSE) (S__a75b89aac0c7 TRUE) (S__bcd1177e1d10 FALSE) (S__d292c4de9a2b FALSE))
   =>
   (gpufix-fired "gpu-exclusive-or-busy#4"))
(defrule gpufix:gpu-exclusive-or-busy#5
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "windows"))) (S__387a505a8046 TRUE) (S__9ca764225272 FALSE) (S__a75b89aac0c7 TRUE) (S__bcd1177e1d10 FALSE) (S__d292c4de9a2b FALSE))
   =>
   (gpufix-fired "gpu-exclusive-or-busy#5"))
(defrule gpufix:gpu-exclusive-or-busy#6
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__387a505a8046 TRUE) (S__9ca764225272 FALSE) (S__a75b89aac0c7 TRUE) (S__bcd1177e1d10 FALSE) (S__d292c4de9a2b FALSE))
   =>
   (gpufix-fired "gpu-exclusive-or-busy#6"))
(defrule gpufix:kernel-compiler-toolchain-broken#0
   (gpufix-facts (S__9f1e27627f5d TRUE))
   =>
   (gpufix-fired "kernel-compiler-toolchain-broken#0"))
(defrule gpufix:kernel-compiler-toolchain-broken#1
   (gpufix-facts (S__3006b4ec077b TRUE))
   =>
   (gpufix-fired "kernel-compiler-toolchain-broken#1"))
(defrule gpufix:kernel-compiler-toolchain-broken#2
   (gpufix-facts (S__1aadc4049e66 TRUE))
   =>
   (gpufix-fired "kernel-compiler-toolchain-broken#2"))
(defrule gpufix:kernel-compiler-toolchain-broken#3
   (gpufix-facts (S__f6b1a15d5fe3 TRUE))
   =>
   (gpufix-fired "kernel-compiler-toolchain-broken#3"))
(defrule gpufix:kernel-compiler-toolchain-broken#4
   (gpufix-facts (S__43de8b4f226a TRUE) (S__c41e6ad1e557 TRUE))
   =>
   (gpufix-fired "kernel-compiler-toolchain-broken#4"))
(defrule gpufix:mps-op-not-implemented#0
   (gpufix-facts (S__14f0b2923d2d TRUE))
   =>
   (gpufix-fired "mps-op-not-implemented#0"))
(defrule gpufix:mps-op-not-implemented#1
   (gpufix-facts (S__48fb424d220a TRUE) (S__9bbc69b88a6b FALSE))
   =>
   (gpufix-fired "mps-op-not-implemented#1"))
(defrule gpufix:mps-op-not-implemented#2
   (gpufix-facts (S__1167885c412a TRUE))
   =>
   (gpufix-fired "mps-op-not-implemented#2"))
(defrule gpufix:mps-op-not-implemented#3
   (gpufix-facts (S__34d7079300e1 TRUE) (S__d3b70151b678 TRUE))
   =>
   (gpufix-fired "mps-op-not-implemented#3"))
(defrule gpufix:mps-watermark-ratio-invalid#0
   (gpufix-facts (S__6b4dda9fc547 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#0"))
(defrule gpufix:mps-watermark-ratio-invalid#1
   (gpufix-facts (F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "arm64") (F__os__name "macos") (F__torch__version__v ?v3&:(and (numberp ?v3) (>= ?v3 200000000000070))) (P__fd0cfd226fb7 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#1"))
(defrule gpufix:mps-watermark-ratio-invalid#2
   (gpufix-facts (F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "aarch64") (F__os__name "macos") (F__torch__version__v ?v3&:(and (numberp ?v3) (>= ?v3 200000000000070))) (P__fd0cfd226fb7 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#2"))
(defrule gpufix:mps-watermark-ratio-invalid#3
   (gpufix-facts (F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "x86_64") (F__os__name "macos") (F__torch__version__v ?v3&:(and (numberp ?v3) (>= ?v3 200000000000070))) (P__d9286d872747 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#3"))
(defrule gpufix:mps-watermark-ratio-invalid#4
   (gpufix-facts (F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "AMD64") (F__os__name "macos") (F__torch__version__v ?v3&:(and (numberp ?v3) (>= ?v3 200000000000070))) (P__d9286d872747 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#4"))
(defrule gpufix:mps-watermark-ratio-invalid#5
   (gpufix-facts (F__os__name "macos") (F__torch__version__v ?v1&:(and (numberp ?v1) (>= ?v1 200000000000070))) (P__8f3bcb4239dd TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#5"))
(defrule gpufix:mps-watermark-ratio-invalid#6
   (gpufix-facts (F__os__name "macos") (F__torch__version__v ?v1&:(and (numberp ?v1) (>= ?v1 200000000000070))) (P__a37213dc4f24 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#6"))
(defrule gpufix:mps-watermark-ratio-invalid#7
   (gpufix-facts (F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "arm64") (F__os__name "macos") (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__fd0cfd226fb7 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#7"))
(defrule gpufix:mps-watermark-ratio-invalid#8
   (gpufix-facts (F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "aarch64") (F__os__name "macos") (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__fd0cfd226fb7 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#8"))
(defrule gpufix:mps-watermark-ratio-invalid#9
   (gpufix-facts (F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "x86_64") (F__os__name "macos") (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__d9286d872747 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#9"))
(defrule gpufix:mps-watermark-ratio-invalid#10
   (gpufix-facts (F__env__PYTORCH_MPS_LOW_WATERMARK_RATIO__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "AMD64") (F__os__name "macos") (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__d9286d872747 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#10"))
(defrule gpufix:mps-watermark-ratio-invalid#11
   (gpufix-facts (F__os__name "macos") (F__torch__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__8f3bcb4239dd TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#11"))
(defrule gpufix:mps-watermark-ratio-invalid#12
   (gpufix-facts (F__os__name "macos") (F__torch__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__a37213dc4f24 TRUE))
   =>
   (gpufix-fired "mps-watermark-ratio-invalid#12"))
(defrule gpufix:nccl-no-network-interface#0
   (gpufix-facts (S__05c631b977bc TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#0"))
(defrule gpufix:nccl-no-network-interface#1
   (gpufix-facts (S__e3a28a3622f2 TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#1"))
(defrule gpufix:nccl-no-network-interface#2
   (gpufix-facts (S__6dbbb94f10ef TRUE) (S__708241eaaa06 TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#2"))
(defrule gpufix:nccl-no-network-interface#3
   (gpufix-facts (S__436c6ab3b891 TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#3"))
(defrule gpufix:nccl-no-network-interface#4
   (gpufix-facts (S__d9324741ecff TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#4"))
(defrule gpufix:nccl-no-network-interface#5
   (gpufix-facts (S__51a3bd9f9448 TRUE) (S__7044a620f006 TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#5"))
(defrule gpufix:nccl-no-network-interface#6
   (gpufix-facts (S__bafaba32467b TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#6"))
(defrule gpufix:nccl-no-network-interface#7
   (gpufix-facts (S__2588838ff720 TRUE) (S__49321ff81f35 TRUE) (S__7044a620f006 TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#7"))
(defrule gpufix:nccl-no-network-interface#8
   (gpufix-facts (S__2588838ff720 TRUE) (S__49321ff81f35 TRUE) (S__557564702586 TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#8"))
(defrule gpufix:nccl-no-network-interface#9
   (gpufix-facts (S__8a4ed4b79aae TRUE) (S__b50496ef6379 TRUE))
   =>
   (gpufix-fired "nccl-no-network-interface#9"))
(defrule gpufix:nccl-p2p-unsupported#0
   (gpufix-facts (S__96a3fcd7f4b2 FALSE) (S__9b9606d66261 TRUE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#0"))
(defrule gpufix:nccl-p2p-unsupported#1
   (gpufix-facts (S__06da3db45e1d TRUE) (S__96a3fcd7f4b2 FALSE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#1"))
(defrule gpufix:nccl-p2p-unsupported#2
   (gpufix-facts (S__83ebe0fdc0a6 TRUE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#2"))
(defrule gpufix:nccl-p2p-unsupported#3
   (gpufix-facts (S__fe4a9020bcaa TRUE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#3"))
(defrule gpufix:nccl-p2p-unsupported#4
   (gpufix-facts (P__13b5095cb5f0 TRUE) (S__2a95a8225301 TRUE) (S__70ecc754fad1 FALSE) (S__77fd5e1a8b83 TRUE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#4"))
(defrule gpufix:nccl-p2p-unsupported#5
   (gpufix-facts (S__2a95a8225301 TRUE) (S__50ea9813d71e TRUE) (S__70ecc754fad1 FALSE) (S__77fd5e1a8b83 TRUE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#5"))
(defrule gpufix:nccl-p2p-unsupported#6
   (gpufix-facts (S__2a95a8225301 TRUE) (S__70ecc754fad1 FALSE) (S__77fd5e1a8b83 TRUE) (S__b470cf16de27 TRUE) (S__fe7b3d8c3a5a FALSE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#6"))
(defrule gpufix:nccl-p2p-unsupported#7
   (gpufix-facts (S__2a95a8225301 TRUE) (S__70ecc754fad1 FALSE) (S__77fd5e1a8b83 TRUE) (S__8976f3447120 TRUE) (S__fe7b3d8c3a5a FALSE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#7"))
(defrule gpufix:nccl-p2p-unsupported#8
   (gpufix-facts (S__29e1f789c3fa TRUE) (S__2a95a8225301 TRUE) (S__70ecc754fad1 FALSE) (S__77fd5e1a8b83 TRUE) (S__fe7b3d8c3a5a FALSE))
   =>
   (gpufix-fired "nccl-p2p-unsupported#8"))
(defrule gpufix:old-gpu-atomic-evidence#0
   (gpufix-facts (P__791d5ea7f30a TRUE) (S__ab1c54b8327c TRUE))
   =>
   (gpufix-fired "old-gpu-atomic-evidence#0"))
(defrule gpufix:old-gpu-atomic-evidence#1
   (gpufix-facts (P__5402ab660a80 TRUE) (S__a8fa18188299 TRUE) (S__ab1c54b8327c TRUE))
   =>
   (gpufix-fired "old-gpu-atomic-evidence#1"))
(defrule gpufix:old-gpu-atomic-evidence#2
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (S__893c16dbe48d TRUE) (S__ab1c54b8327c TRUE))
   =>
   (gpufix-fired "old-gpu-atomic-evidence#2"))
(defrule gpufix:old-gpu-bf16-gemm-evidence#0
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__bf14c2d0bee6 TRUE))
   =>
   (gpufix-fired "old-gpu-bf16-gemm-evidence#0"))
(defrule gpufix:old-gpu-bf16-gemm-evidence#1
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__bf14c2d0bee6 TRUE))
   =>
   (gpufix-fired "old-gpu-bf16-gemm-evidence#1"))
(defrule gpufix:old-gpu-bf16-gemm-evidence#2
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__2ef2a15d7120 TRUE) (S__f61158cdc343 TRUE))
   =>
   (gpufix-fired "old-gpu-bf16-gemm-evidence#2"))
(defrule gpufix:old-gpu-bf16-gemm-evidence#3
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2ef2a15d7120 TRUE) (S__f61158cdc343 TRUE))
   =>
   (gpufix-fired "old-gpu-bf16-gemm-evidence#3"))
(defrule gpufix:old-gpu-cublas-arch-evidence#0
   (gpufix-facts (F__rocm__gfx__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__94859682dea8 FALSE) (S__5a3c261ce5d4 TRUE))
   =>
   (gpufix-fired "old-gpu-cublas-arch-evidence#0"))
(defrule gpufix:old-gpu-cublas-arch-evidence#1
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__rocm__gfx__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5a3c261ce5d4 TRUE))
   =>
   (gpufix-fired "old-gpu-cublas-arch-evidence#1"))
(defrule gpufix:old-gpu-cutlass-fp16-evidence#0
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__61a63fd47829 TRUE) (S__fc07fa916f35 TRUE))
   =>
   (gpufix-fired "old-gpu-cutlass-fp16-evidence#0"))
(defrule gpufix:old-gpu-cutlass-fp16-evidence#1
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__61a63fd47829 TRUE) (S__fc07fa916f35 TRUE))
   =>
   (gpufix-fired "old-gpu-cutlass-fp16-evidence#1"))
(defrule gpufix:old-gpu-floor-said-evidence#0
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__1294896dbe4f TRUE))
   =>
   (gpufix-fired "old-gpu-floor-said-evidence#0"))
(defrule gpufix:old-gpu-floor-said-evidence#1
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1294896dbe4f TRUE))
   =>
   (gpufix-fired "old-gpu-floor-said-evidence#1"))
(defrule gpufix:old-gpu-int8-evidence#0
   (gpufix-facts (P__6075c50462b8 FALSE) (P__b7bb4e57215c TRUE) (S__452ead233f00 FALSE) (S__9d7261996837 TRUE))
   =>
   (gpufix-fired "old-gpu-int8-evidence#0"))
(defrule gpufix:old-gpu-int8-evidence#1
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__b7bb4e57215c TRUE) (S__452ead233f00 FALSE) (S__9d7261996837 TRUE))
   =>
   (gpufix-fired "old-gpu-int8-evidence#1"))
(defrule gpufix:old-gpu-int8-evidence#2
   (gpufix-facts (P__6075c50462b8 FALSE) (S__452ead233f00 FALSE) (S__9d7261996837 TRUE) (S__a5cd4e06c4fe TRUE))
   =>
   (gpufix-fired "old-gpu-int8-evidence#2"))
(defrule gpufix:old-gpu-int8-evidence#3
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__452ead233f00 FALSE) (S__9d7261996837 TRUE) (S__a5cd4e06c4fe TRUE))
   =>
   (gpufix-fired "old-gpu-int8-evidence#3"))
(defrule gpufix:old-gpu-ptx-feature-evidence#0
   (gpufix-facts (P__5402ab660a80 TRUE) (P__94859682dea8 FALSE) (S__9f17a237bed5 TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#0"))
(defrule gpufix:old-gpu-ptx-feature-evidence#1
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__5402ab660a80 TRUE) (S__9f17a237bed5 TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#1"))
(defrule gpufix:old-gpu-ptx-feature-evidence#2
   (gpufix-facts (P__94859682dea8 FALSE) (S__9f17a237bed5 TRUE) (S__efd6e2d2becf TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#2"))
(defrule gpufix:old-gpu-ptx-feature-evidence#3
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__9f17a237bed5 TRUE) (S__efd6e2d2becf TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#3"))
(defrule gpufix:old-gpu-ptx-feature-evidence#4
   (gpufix-facts (P__6075c50462b8 FALSE) (P__b7bb4e57215c TRUE) (S__4fe68c07d4de TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#4"))
(defrule gpufix:old-gpu-ptx-feature-evidence#5
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__b7bb4e57215c TRUE) (S__4fe68c07d4de TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#5"))
(defrule gpufix:old-gpu-ptx-feature-evidence#6
   (gpufix-facts (P__6075c50462b8 FALSE) (S__4fe68c07d4de TRUE) (S__efd6e2d2becf TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#6"))
(defrule gpufix:old-gpu-ptx-feature-evidence#7
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4fe68c07d4de TRUE) (S__efd6e2d2becf TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#7"))
(defrule gpufix:old-gpu-ptx-feature-evidence#8
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (P__9d5696e4a2f8 FALSE) (S__a4da4a5b8da3 TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#8"))
(defrule gpufix:old-gpu-ptx-feature-evidence#9
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__9ccbc9c3cdc8 TRUE) (S__a4da4a5b8da3 TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#9"))
(defrule gpufix:old-gpu-ptx-feature-evidence#10
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__a4da4a5b8da3 TRUE) (S__efd6e2d2becf TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#10"))
(defrule gpufix:old-gpu-ptx-feature-evidence#11
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__a4da4a5b8da3 TRUE) (S__efd6e2d2becf TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#11"))
(defrule gpufix:old-gpu-ptx-feature-evidence#12
   (gpufix-facts (P__82f707bf68ac FALSE) (P__df2c4255dd8a TRUE) (S__b93eccc457a7 TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#12"))
(defrule gpufix:old-gpu-ptx-feature-evidence#13
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__df2c4255dd8a TRUE) (S__b93eccc457a7 TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#13"))
(defrule gpufix:old-gpu-ptx-feature-evidence#14
   (gpufix-facts (P__82f707bf68ac FALSE) (S__b93eccc457a7 TRUE) (S__efd6e2d2becf TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#14"))
(defrule gpufix:old-gpu-ptx-feature-evidence#15
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__b93eccc457a7 TRUE) (S__efd6e2d2becf TRUE))
   =>
   (gpufix-fired "old-gpu-ptx-feature-evidence#15"))
(defrule gpufix:old-gpu-tgi-flash-evidence#0
   (gpufix-facts (S__c30d32936b35 TRUE))
   =>
   (gpufix-fired "old-gpu-tgi-flash-evidence#0"))
(defrule gpufix:old-gpu-tgi-flash-evidence#1
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (P__9d5696e4a2f8 FALSE) (S__1ac12b558760 TRUE))
   =>
   (gpufix-fired "old-gpu-tgi-flash-evidence#1"))
(defrule gpufix:old-gpu-tgi-flash-evidence#2
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__9ccbc9c3cdc8 TRUE) (S__1ac12b558760 TRUE))
   =>
   (gpufix-fired "old-gpu-tgi-flash-evidence#2"))
(defrule gpufix:old-gpu-vllm-v1-evidence#0
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__bdacd63b7067 TRUE))
   =>
   (gpufix-fired "old-gpu-vllm-v1-evidence#0"))
(defrule gpufix:old-gpu-vllm-v1-evidence#1
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__bdacd63b7067 TRUE))
   =>
   (gpufix-fired "old-gpu-vllm-v1-evidence#1"))
(defrule gpufix:old-gpu-vllm-v1-evidence#2
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__38c97e196ba2 TRUE))
   =>
   (gpufix-fired "old-gpu-vllm-v1-evidence#2"))
(defrule gpufix:old-gpu-vllm-v1-evidence#3
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__38c97e196ba2 TRUE))
   =>
   (gpufix-fired "old-gpu-vllm-v1-evidence#3"))
(defrule gpufix:old-gpu-xformers-evidence#0
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__44634bf0d971 TRUE) (S__ab88e2a14cf3 FALSE))
   =>
   (gpufix-fired "old-gpu-xformers-evidence#0"))
(defrule gpufix:old-gpu-xformers-evidence#1
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__44634bf0d971 TRUE) (S__ab88e2a14cf3 FALSE))
   =>
   (gpufix-fired "old-gpu-xformers-evidence#1"))
(defrule gpufix:oom-killed-evidence#0
   (gpufix-facts (S__b8cfe83091d3 FALSE) (S__e02b525c254a TRUE))
   =>
   (gpufix-fired "oom-killed-evidence#0"))
(defrule gpufix:oom-killed-evidence#1
   (gpufix-facts (S__737214af0125 TRUE) (S__b8cfe83091d3 FALSE))
   =>
   (gpufix-fired "oom-killed-evidence#1"))
(defrule gpufix:oom-killed-evidence#2
   (gpufix-facts (S__b8cfe83091d3 FALSE) (S__dd190259a9d5 TRUE))
   =>
   (gpufix-fired "oom-killed-evidence#2"))
(defrule gpufix:other-shm-program-evidence#0
   (gpufix-facts (S__3bd9a18a83e2 TRUE) (S__b46f52dc0980 FALSE))
   =>
   (gpufix-fired "other-shm-program-evidence#0"))
(defrule gpufix:ptx-unsupported-toolchain#0
   (gpufix-facts (S__5d80a0ac1fd4 TRUE))
   =>
   (gpufix-fired "ptx-unsupported-toolchain#0"))
(defrule gpufix:ptx-unsupported-toolchain#1
   (gpufix-facts (F__compat__nvcc_newer_than_driver__b TRUE) (S__bdcd3a4449d5 TRUE))
   =>
   (gpufix-fired "ptx-unsupported-toolchain#1"))
(defrule gpufix:runtime-kernel-build-evidence#0
   (gpufix-facts (S__dc148944c296 TRUE))
   =>
   (gpufix-fired "runtime-kernel-build-evidence#0"))
(defrule gpufix:runtime-kernel-build-evidence#1
   (gpufix-facts (S__2cb88fdef7ca TRUE))
   =>
   (gpufix-fired "runtime-kernel-build-evidence#1"))
(defrule gpufix:runtime-kernel-build-evidence#2
   (gpufix-facts (S__8f69579ae466 TRUE))
   =>
   (gpufix-fired "runtime-kernel-build-evidence#2"))
(defrule gpufix:triton-libcuda-not-found#0
   (gpufix-facts (S__f2d7eb806f57 TRUE))
   =>
   (gpufix-fired "triton-libcuda-not-found#0"))
(defrule gpufix:triton-libcuda-not-found#1
   (gpufix-facts (S__cc047756efbf TRUE))
   =>
   (gpufix-fired "triton-libcuda-not-found#1"))
(defrule gpufix:triton-libcuda-not-found#2
   (gpufix-facts (S__557d14e2e281 TRUE) (S__d3c51209bd3f TRUE))
   =>
   (gpufix-fired "triton-libcuda-not-found#2"))
(defrule gpufix:windows-dataloader-workers#0
   (gpufix-facts (S__e0fb0eeb22e4 TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#0"))
(defrule gpufix:windows-dataloader-workers#1
   (gpufix-facts (S__4432a6e09144 TRUE) (S__7cd18117c930 TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#1"))
(defrule gpufix:windows-dataloader-workers#2
   (gpufix-facts (S__4432a6e09144 TRUE) (S__b8ebc36fc030 TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#2"))
(defrule gpufix:windows-dataloader-workers#3
   (gpufix-facts (S__7cd18117c930 TRUE) (S__bce0f33d6dd4 TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#3"))
(defrule gpufix:windows-dataloader-workers#4
   (gpufix-facts (S__b8ebc36fc030 TRUE) (S__bce0f33d6dd4 TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#4"))
(defrule gpufix:windows-dataloader-workers#5
   (gpufix-facts (S__b8ebc36fc030 TRUE) (S__c600b774e688 TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#5"))
(defrule gpufix:windows-dataloader-workers#6
   (gpufix-facts (F__os__name "windows") (S__4432a6e09144 TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#6"))
(defrule gpufix:windows-dataloader-workers#7
   (gpufix-facts (F__os__name "windows") (S__0c35a1d74644 TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#7"))
(defrule gpufix:windows-dataloader-workers#8
   (gpufix-facts (F__os__name "windows") (S__0b6251bb13da TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#8"))
(defrule gpufix:windows-dataloader-workers#9
   (gpufix-facts (S__0b6251bb13da TRUE) (S__7ea59576d2bd TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#9"))
(defrule gpufix:windows-dataloader-workers#10
   (gpufix-facts (F__os__name "windows") (S__853dac3d37ee TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#10"))
(defrule gpufix:windows-dataloader-workers#11
   (gpufix-facts (S__7ea59576d2bd TRUE) (S__853dac3d37ee TRUE) (S__ed0820d14753 FALSE))
   =>
   (gpufix-fired "windows-dataloader-workers#11"))
(defrule gpufix:windows-sysmem-fallback#0
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__1ba1eda758c3 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#0"))
(defrule gpufix:windows-sysmem-fallback#1
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e39a001afe FALSE) (S__1ba1eda758c3 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#1"))
(defrule gpufix:windows-sysmem-fallback#2
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__1ba1eda758c3 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#2"))
(defrule gpufix:windows-sysmem-fallback#3
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__1ba1eda758c3 TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#3"))
(defrule gpufix:windows-sysmem-fallback#4
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e39a001afe FALSE) (S__1ba1eda758c3 TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#4"))
(defrule gpufix:windows-sysmem-fallback#5
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__1ba1eda758c3 TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#5"))
(defrule gpufix:windows-sysmem-fallback#6
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__61fbdc540ceb TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#6"))
(defrule gpufix:windows-sysmem-fallback#7
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e39a001afe FALSE) (S__61fbdc540ceb TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#7"))
(defrule gpufix:windows-sysmem-fallback#8
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__61fbdc540ceb TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#8"))
(defrule gpufix:windows-sysmem-fallback#9
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__61fbdc540ceb TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#9"))
(defrule gpufix:windows-sysmem-fallback#10
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e39a001afe FALSE) (S__61fbdc540ceb TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#10"))
(defrule gpufix:windows-sysmem-fallback#11
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__61fbdc540ceb TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#11"))
(defrule gpufix:windows-sysmem-fallback#12
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__8c911ce06271 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#12"))
(defrule gpufix:windows-sysmem-fallback#13
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e39a001afe FALSE) (S__8c911ce06271 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#13"))
(defrule gpufix:windows-sysmem-fallback#14
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__8c911ce06271 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#14"))
(defrule gpufix:windows-sysmem-fallback#15
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__8c911ce06271 TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#15"))
(defrule gpufix:windows-sysmem-fallback#16
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e39a001afe FALSE) (S__8c911ce06271 TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#16"))
(defrule gpufix:windows-sysmem-fallback#17
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__8c911ce06271 TRUE) (S__921488561d81 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#17"))
(defrule gpufix:windows-sysmem-fallback#18
   (gpufix-facts (F__driver__version__v ?v0&:(and (numberp ?v0) (>= ?v0 53200030000000070))) (F__os__name "windows") (S__06e39a001afe FALSE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE) (S__f2419f26caaf TRUE))
   =>
   (gpufix-fired "windows-sysmem-fallback#18"))
(defrule gpufix:windows-sysmem-fallback#19
   (gpufix-facts (F__driver__version__v ?v0&:(and (numberp ?v0) (>= ?v0 53200030000000070))) (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__06e39a001afe FALSE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE) (S__f2419f26caaf TRUE))
   =>
   (gpufix-fired "windows-sysmem-fallback#19"))
(defrule gpufix:windows-sysmem-fallback#20
   (gpufix-facts (F__driver__version__v ?v0&:(and (numberp ?v0) (>= ?v0 53200030000000070))) (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE) (S__f2419f26caaf TRUE))
   =>
   (gpufix-fired "windows-sysmem-fallback#20"))
(defrule gpufix:windows-sysmem-fallback#21
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__41d73377718d TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE) (S__f2419f26caaf TRUE))
   =>
   (gpufix-fired "windows-sysmem-fallback#21"))
(defrule gpufix:windows-sysmem-fallback#22
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e39a001afe FALSE) (S__41d73377718d TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE) (S__f2419f26caaf TRUE))
   =>
   (gpufix-fired "windows-sysmem-fallback#22"))
(defrule gpufix:windows-sysmem-fallback#23
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__41d73377718d TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE) (S__f2419f26caaf TRUE))
   =>
   (gpufix-fired "windows-sysmem-fallback#23"))
(defrule gpufix:windows-sysmem-fallback#24
   (gpufix-facts (F__driver__version__v ?v0&:(and (numberp ?v0) (>= ?v0 53200030000000070))) (F__os__name "windows") (S__06e39a001afe FALSE) (S__41d73377718d TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#24"))
(defrule gpufix:windows-sysmem-fallback#25
   (gpufix-facts (F__driver__version__v ?v0&:(and (numberp ?v0) (>= ?v0 53200030000000070))) (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__06e39a001afe FALSE) (S__41d73377718d TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#25"))
(defrule gpufix:windows-sysmem-fallback#26
   (gpufix-facts (F__driver__version__v ?v0&:(and (numberp ?v0) (>= ?v0 53200030000000070))) (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__41d73377718d TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#26"))
(defrule gpufix:windows-sysmem-fallback#27
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__921488561d81 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#27"))
(defrule gpufix:windows-sysmem-fallback#28
   (gpufix-facts (F__os__name "windows") (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__06e39a001afe FALSE) (S__921488561d81 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#28"))
(defrule gpufix:windows-sysmem-fallback#29
   (gpufix-facts (F__os__name "windows") (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__921488561d81 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#29"))
(defrule gpufix:windows-sysmem-fallback#30
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__921488561d81 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#30"))
(defrule gpufix:windows-sysmem-fallback#31
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__921488561d81 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#31"))
(defrule gpufix:windows-sysmem-fallback#32
   (gpufix-facts (F__os__name "windows") (S__06e39a001afe FALSE) (S__5885ad60d0b5 TRUE) (S__921488561d81 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#32"))
(defrule gpufix:windows-sysmem-fallback#33
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06e39a001afe FALSE) (S__5885ad60d0b5 TRUE) (S__921488561d81 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#33"))
(defrule gpufix:windows-sysmem-fallback#34
   (gpufix-facts (F__os__wsl__b TRUE) (S__06e39a001afe FALSE) (S__5885ad60d0b5 TRUE) (S__921488561d81 TRUE) (S__c9e1914f9760 TRUE) (S__d81568ed0c2f FALSE))
   =>
   (gpufix-fired "windows-sysmem-fallback#34"))

;; gpufix stratum: apple-gpu-unavailable-not-built-for-1, apple-gpu-unavailable-not-built-for-2, apple-gpu-unavailable-not-built-against-1, apple-gpu-unavailable-not-built-against-2, apple-gpu-unavailable-intel-mac-for-1, apple-gpu-unavailable-intel-mac-for-2, apple-gpu-unavailable-intel-mac-against-1, apple-gpu-unavailable-intel-mac-against-2, apple-gpu-unavailable-intel-mac-against-3, apple-gpu-unavailable-rosetta-for-1, apple-gpu-unavailable-rosetta-for-2, apple-gpu-unavailable-rosetta-against-1, apple-gpu-unavailable-rosetta-against-2, apple-gpu-unavailable-macos-too-old-for-1, apple-gpu-unavailable-macos-too-old-for-2, apple-gpu-unavailable-macos-too-old-for-3, apple-gpu-unavailable-macos-too-old-against-1, apple-gpu-unavailable-macos-too-old-against-2, container-no-gpu, gpu-slow-cpu-build-for-1, gpu-slow-cpu-build-against-1, gpu-slow-cpu-build-against-2, gpu-slow-cpu-build-against-3, gpu-slow-gpu-not-visible-for-1, gpu-slow-gpu-not-visible-for-2, gpu-slow-gpu-not-visible-against-1, gpu-slow-code-on-cpu-for-1, gpu-slow-code-on-cpu-for-2, gpu-slow-code-on-cpu-against-1, gpu-slow-code-on-cpu-against-2, gpu-slow-input-bound-for-1, gpu-slow-input-bound-for-2, gpu-slow-input-bound-against-1, gpu-slow-input-bound-against-2, gpu-slow-input-bound-against-3, gpu-slow-warm-up-for-1, gpu-slow-warm-up-for-2, gpu-slow-warm-up-against-1, gpu-slow-launch-blocking-for-1, gpu-slow-launch-blocking-for-2, gpu-slow-launch-blocking-against-1, gpu-slow-task-manager-for-1, gpu-slow-task-manager-for-2, gpu-slow-task-manager-against-1, gpu-slow-task-manager-against-2, gpu-slow-power-limited-for-1, gpu-slow-power-limited-for-2, gpu-slow-power-limited-against-1, gpu-slow-sysmem-fallback-for-1, gpu-slow-sysmem-fallback-for-2, gpu-slow-sysmem-fallback-for-3, gpu-slow-sysmem-fallback-against-1, gpu-slow-sysmem-fallback-against-2, gpu-slow-sysmem-fallback-against-3, no-module-torch-not-installed-for-1, no-module-torch-not-installed-against-1, no-module-torch-other-interpreter-for-1, no-module-torch-other-interpreter-for-2, no-module-torch-other-interpreter-for-3, no-module-torch-other-interpreter-for-4, no-module-torch-other-interpreter-for-5, no-module-torch-other-interpreter-against-1, no-module-torch-other-interpreter-against-2, container-gpu-access-lost, cuda-compat-on-unsupported-gpu, driver-library-mismatch, gpu-hardware-fault, gpu-unused-said, laptop-hybrid-graphics-mode, missing-cuda-libs, multiple-torch-installs, no-nvidia-gpu-stated, os-too-old-for-build, python-ssl-module-missing, toolkit-not-needed, torch-not-installed, windows-dll-load, windows-tdr-timeout, wrong-cudnn-loaded, extension-arch-list-undetermined, extension-build-tools-missing, extension-built-for-other-torch, extension-built-without-cuda, extension-cuda-version-mismatch, cuda-said-predates-gpu, gpu-expected-evidence, install-network-blocked-evidence, jetson-wheel-for-other-jetpack, pip-memory-error-install, setuptools-too-new-for-torch, no-rocm-os-evidence, rocm-gfx-unsupported, rocm-igpu-selected, rocm-kfd-permission, rocm-wsl-evidence, container-shm-too-small, cuda-malloc-async-evidence, cuda-oom, gpu-too-old-for-feature, mig-instance-visibility, mps-not-expected, wsl-memory-limit
(deftemplate gpufix-facts
   (slot F__compat__gpu_arch_supported__b)
   (slot F__compat__gpu_arch_supported__s)
   (slot F__compat__gpu_sm__s)
   (slot F__compat__nvcc_major_matches_torch__b)
   (slot F__compat__nvcc_matches_torch__b)
   (slot F__compat__nvcc_matches_torch__s)
   (slot F__compat__rocm_gfx_supported__b)
   (slot F__compat__rocm_gfx_supported__s)
   (slot F__compat__rocm_override__s)
   (slot F__compat__torchaudio_matches__b)
   (slot F__container__image_l4t__s)
   (slot F__container__inside__b)
   (slot F__derived__amd_gpu__s)
   (slot F__derived__arch_list_undetermined__b)
   (slot F__derived__container_gpu_lost__s)
   (slot F__derived__cpu_build_shown__b)
   (slot F__derived__cpu_build_shown__s)
   (slot F__derived__cuda_compat_refused__s)
   (slot F__derived__desktop_vm_guest__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s)
   (slot F__derived__dx__gpu_x2d_slow__symptom__s)
   (slot F__derived__dx__no_x2d_module_x2d_torch__symptom__s)
   (slot F__derived__ext_build_cuda_major_differs__b)
   (slot F__derived__gpu_framework)
   (slot F__derived__gpu_use_asked__s)
   (slot F__derived__hybrid_mode_said__s)
   (slot F__derived__igpu_used_said__s)
   (slot F__derived__jetson_other_jetpack__s)
   (slot F__derived__mac_named__s)
   (slot F__derived__no_cuda_device_seen__s)
   (slot F__derived__nvidia_gpu__s)
   (slot F__derived__old_gpu_feature_refused__b)
   (slot F__derived__old_windows__b)
   (slot F__derived__old_windows__s)
   (slot F__derived__oom_killed__s)
   (slot F__derived__other_framework_only__s)
   (slot F__derived__other_shm_program_only__s)
   (slot F__derived__python_ssl_missing__s)
   (slot F__derived__rocm_gfx_said_unsupported__s)
   (slot F__derived__rocm_unlisted_gpu_crash__s)
   (slot F__derived__runtime_kernel_build__s)
   (slot F__derived__setuptools_below_cpp_extension__s)
   (slot F__derived__setuptools_below_tensorboard__s)
   (slot F__derived__several_torch__s)
   (slot F__derived__toolkit_question__s)
   (slot F__derived__windows_tdr__s)
   (slot F__derived__wrong_cudnn__s)
   (slot F__derived__zluda_setup__s)
   (slot F__driver__version__v)
   (slot F__env__CUDA_LAUNCH_BLOCKING)
   (slot F__env__CUDA_LAUNCH_BLOCKING__s)
   (slot F__gpu__count__n)
   (slot F__gpu__count__s)
   (slot F__gpu__mig_devices__n)
   (slot F__gpu__mig_enabled__b)
   (slot F__gpu__vendor)
   (slot F__gpu__vendor__s)
   (slot F__match__cuda_said__v__r27f191552837)
   (slot F__match__paddle_cc__v__r27f191552837)
   (slot F__match__paddle_runtime_api__v__r27f191552837)
   (slot F__match__torch_seen__s__r18ef7fd25afa)
   (slot F__nvcc__version__s)
   (slot F__os__arch)
   (slot F__os__jetpack__s)
   (slot F__os__l4t__s)
   (slot F__os__name)
   (slot F__os__name__s)
   (slot F__os__release__v)
   (slot F__os__wsl__b)
   (slot F__os__wsl__s)
   (slot F__path__python_count__n)
   (slot F__pip__matches_python__b)
   (slot F__rocm__gfx__s)
   (slot F__rocm__kfd_access__b)
   (slot F__run__gpu_util__n)
   (slot F__run__gpu_util__s)
   (slot F__run__power_saving__b)
   (slot F__run__shared_gpu_memory__b)
   (slot F__run__slow_phase)
   (slot F__torch__build)
   (slot F__torch__build__s)
   (slot F__torch__cuda__s)
   (slot F__torch__cuda__v)
   (slot F__torch__cuda_available__b)
   (slot F__torch__cuda_available__s)
   (slot F__torch__device_count__n)
   (slot F__torch__hip__s)
   (slot F__torch__install_count__n)
   (slot F__torch__installer)
   (slot F__torch__installer__s)
   (slot F__torch__metadata_version__s)
   (slot F__torch__mps_built__b)
   (slot F__torch__version__s)
   (slot F__torch__version_full__s)
   (slot P__080e00b02b19)
   (slot P__14ed41dfd6c7)
   (slot P__1e9f1a81af9c)
   (slot P__28f1aee791fc)
   (slot P__2b74002dceab)
   (slot P__35f2d78da1db)
   (slot P__39d4b83e53a7)
   (slot P__3aeb5355c1b1)
   (slot P__42699845fab8)
   (slot P__4b0fa42eb5d3)
   (slot P__4f24b0a80f1a)
   (slot P__5402ab660a80)
   (slot P__5e287b65e170)
   (slot P__647cccd339fa)
   (slot P__79995155882c)
   (slot P__7f523afb12e9)
   (slot P__82f707bf68ac)
   (slot P__901589c6544d)
   (slot P__914aab7a25fe)
   (slot P__94859682dea8)
   (slot P__999a4d4e0f23)
   (slot P__9b46196d9741)
   (slot P__9ccbc9c3cdc8)
   (slot P__9d5696e4a2f8)
   (slot P__ae2d5fe2e58f)
   (slot P__afaee449a44f)
   (slot P__ca3a63fe65a9)
   (slot P__d2ff69bf1c56)
   (slot P__dfe7a5271a63)
   (slot P__eb93918748ad)
   (slot P__fba588807948)
   (slot P__fe8787c568a2)
   (slot S__00a113ca6484)
   (slot S__012d42ee0d20)
   (slot S__01b7fd7540b4)
   (slot S__01ccc6930775)
   (slot S__022531b5fbf7)
   (slot S__0278fd47423a)
   (slot S__0343414c5d87)
   (slot S__037be89db46b)
   (slot S__03a146df508d)
   (slot S__03ae21b73732)
   (slot S__042069e147ea)
   (slot S__04b7f340b991)
   (slot S__05f1e95f4dc4)
   (slot S__061fc40fe4f4)
   (slot S__064078407665)
   (slot S__06b54a3734ac)
   (slot S__072cd3b89232)
   (slot S__074032caaccc)
   (slot S__07994f5df900)
   (slot S__07cba3826b44)
   (slot S__0880051b587f)
   (slot S__0929e34d7e35)
   (slot S__0934e709b554)
   (slot S__0bf5d265d5d2)
   (slot S__0c37a02a873d)
   (slot S__0c87612237a2)
   (slot S__0d01a1fdb381)
   (slot S__0e2cfe79dc38)
   (slot S__0eb09959b7de)
   (slot S__0efae7fdfd2a)
   (slot S__0fa480b00edf)
   (slot S__109b89cc67db)
   (slot S__10b21be3c3d4)
   (slot S__10cb2e015865)
   (slot S__10d3bee99350)
   (slot S__10d8c469b543)
   (slot S__114528aabac6)
   (slot S__1302b1666f37)
   (slot S__13785a1cd937)
   (slot S__13b0926191b0)
   (slot S__1472470805ba)
   (slot S__14b7667b210c)
   (slot S__1510aea25af5)
   (slot S__1527de0bdb1a)
   (slot S__1562dc8bbf0f)
   (slot S__1587b1ab14fb)
   (slot S__18409b304a31)
   (slot S__18b97c6b45c1)
   (slot S__1978d2bb4294)
   (slot S__19db5ccb5a48)
   (slot S__1a06d7475c5b)
   (slot S__1a1ae8920658)
   (slot S__1ae751119fa7)
   (slot S__1be4c6e45ff4)
   (slot S__1bef4cb88760)
   (slot S__1c373c4cdb9c)
   (slot S__1c62e55ac5c1)
   (slot S__1d97238f1392)
   (slot S__1de1094b5b4f)
   (slot S__1e154e8ae638)
   (slot S__1e9aeefd71d6)
   (slot S__1f540c042dc5)
   (slot S__204b5456f482)
   (slot S__22d4e57f82e9)
   (slot S__22d794c9b5cc)
   (slot S__23033942856f)
   (slot S__23b3b76edc62)
   (slot S__23bbb83fb920)
   (slot S__23cecb987dfd)
   (slot S__23d38aee15f4)
   (slot S__23f55853a31e)
   (slot S__241ff932854b)
   (slot S__242a5be9a3f6)
   (slot S__2443b0ebb210)
   (slot S__250ef53d2b02)
   (slot S__25194efc1952)
   (slot S__25bfe9efb0d2)
   (slot S__26f64cd8cce4)
   (slot S__28e44eb2094b)
   (slot S__2909bf5bc226)
   (slot S__29768ee166f0)
   (slot S__2a18c621c8d6)
   (slot S__2a7b0bc94cb6)
   (slot S__2c69c255210d)
   (slot S__2d061b7c78ca)
   (slot S__2d3dfee6db51)
   (slot S__2d5a7263397e)
   (slot S__2d621662c85f)
   (slot S__2d6ddc289d96)
   (slot S__2da485e563a6)
   (slot S__2f71e5b5732f)
   (slot S__2fa16c34a81e)
   (slot S__30bc29dcc5a1)
   (slot S__311a18448933)
   (slot S__325909701aa5)
   (slot S__348cc154d13f)
   (slot S__34fa6b966624)
   (slot S__35a0eb9c96d3)
   (slot S__388695ce5cc3)
   (slot S__3932e9e742a9)
   (slot S__3d84be9afd52)
   (slot S__3e2a0835412a)
   (slot S__3ed7fe84f29a)
   (slot S__3ede0c96f55d)
   (slot S__3ef9f7bdb288)
   (slot S__3fbe4f1a95c0)
   (slot S__4000499ca6cc)
   (slot S__411f05518759)
   (slot S__449f923a6e5a)
   (slot S__44ae036373af)
   (slot S__4666169734ea)
   (slot S__468f0049bea0)
   (slot S__46f3ed2a9218)
   (slot S__4714a9f67463)
   (slot S__47625ef0232b)
   (slot S__478496dbcddf)
   (slot S__480f3c8259e6)
   (slot S__48149b2abe0b)
   (slot S__4a1c20bb9008)
   (slot S__4a503c517898)
   (slot S__4baa0aba44e3)
   (slot S__4ceeff8cb726)
   (slot S__4df5c4ed60c4)
   (slot S__4e4b05aceaa6)
   (slot S__502739ce9357)
   (slot S__5031e9de2689)
   (slot S__50c4c91c624b)
   (slot S__51f023f994fe)
   (slot S__534e60280be2)
   (slot S__5430bd3e4266)
   (slot S__571479a01c75)
   (slot S__572033a9b182)
   (slot S__5c552ac77164)
   (slot S__5d548a6b4fdd)
   (slot S__5d616986df41)
   (slot S__5da49e4b5f7f)
   (slot S__5e489ec5303d)
   (slot S__5e5adfc9d4c4)
   (slot S__5ef497bc9f71)
   (slot S__5f36bfdbb1b0)
   (slot S__606d39c0a8c7)
   (slot S__60e81c41ddfa)
   (slot S__60f3bde31ac5)
   (slot S__613547642f81)
   (slot S__6149d1cb83d2)
   (slot S__622269a89f6d)
   (slot S__630a9a60edb9)
   (slot S__6342d57b3b3c)
   (slot S__6439eb2bcdb8)
   (slot S__64a177817b59)
   (slot S__64e5656b57bf)
   (slot S__64e82a2523ff)
   (slot S__65f38e1de17a)
   (slot S__668029b055b0)
   (slot S__687838009163)
   (slot S__687f0ace2aec)
   (slot S__696deb19f509)
   (slot S__6a7710a13b5e)
   (slot S__6b77c208ecc7)
   (slot S__6b99d934ff1f)
   (slot S__6c18b4673f34)
   (slot S__6cc53ef1bea9)
   (slot S__6cc6304669bb)
   (slot S__6d2f29f3aaaf)
   (slot S__6d9bc6af9929)
   (slot S__6f103cb556ea)
   (slot S__6f3098c277b1)
   (slot S__705f2064e419)
   (slot S__70844cfea117)
   (slot S__70c7dfac6529)
   (slot S__70dccaa56d45)
   (slot S__7157d4f3709e)
   (slot S__71c7e913a3dc)
   (slot S__73d0d8595c99)
   (slot S__7492195d9282)
   (slot S__7683c811df31)
   (slot S__76c72bf9a7c4)
   (slot S__76c7734b20ca)
   (slot S__79015966ed85)
   (slot S__793913aa378b)
   (slot S__795a74addbd0)
   (slot S__79ba1174ed01)
   (slot S__79c9218c0b36)
   (slot S__7afb16c537a5)
   (slot S__7b83ba5a44ab)
   (slot S__7ba1e490bf1d)
   (slot S__7c2f08894fd9)
   (slot S__7c5acfe3f11d)
   (slot S__7dec0cec7039)
   (slot S__7e5b0550fa1d)
   (slot S__7efb4c2b4e2d)
   (slot S__7f94ac51b6e0)
   (slot S__8066278ddca8)
   (slot S__81ce181bfb08)
   (slot S__81f034252a64)
   (slot S__82e785a40d03)
   (slot S__83061181afc8)
   (slot S__833674b3bb4c)
   (slot S__83bef300d806)
   (slot S__84434a170371)
   (slot S__85ef0ebc0103)
   (slot S__868231718a0c)
   (slot S__8741de671174)
   (slot S__874b6af37811)
   (slot S__879df2785019)
   (slot S__8bad902fb0bb)
   (slot S__8bc2364d4d15)
   (slot S__8dffc6f447df)
   (slot S__8e3f51d7c91e)
   (slot S__8e5c563b7a22)
   (slot S__8eac6da2957a)
   (slot S__8f96c59a0acc)
   (slot S__8fb038d620fa)
   (slot S__8fe58f1b2205)
   (slot S__9024203f7c49)
   (slot S__9045545a7223)
   (slot S__92605f202c28)
   (slot S__928e2191932e)
   (slot S__93405075c03c)
   (slot S__94426b7bc3e8)
   (slot S__9488282f2b70)
   (slot S__96cddc032f6a)
   (slot S__9778752e78eb)
   (slot S__97b54f664695)
   (slot S__97d092046c7b)
   (slot S__995914fe8457)
   (slot S__995c5bf7ebf5)
   (slot S__99656b1b82ec)
   (slot S__9986ca6ee9d7)
   (slot S__9a6f2961a4ec)
   (slot S__9bb3003c83fe)
   (slot S__9d9692d98bbd)
   (slot S__9da44c5f2d8f)
   (slot S__9e0a5bce33f9)
   (slot S__9e495c120235)
   (slot S__9eb8c7c856cd)
   (slot S__9fe41a58cc40)
   (slot S__a01b9a403d7a)
   (slot S__a03d9f2ee99f)
   (slot S__a09e51cd3c47)
   (slot S__a26fc67ef0d6)
   (slot S__a2a523e80ba0)
   (slot S__a2c2362a450a)
   (slot S__a371891ad842)
   (slot S__a3b153c021e0)
   (slot S__a3ddfc8f9a92)
   (slot S__a4a7dc84bc25)
   (slot S__a4a94c8a29fb)
   (slot S__a4fff01933c9)
   (slot S__a581ee203e19)
   (slot S__a5ac80d7b909)
   (slot S__a612d3d69083)
   (slot S__a654f6432aac)
   (slot S__a68e87b3c77d)
   (slot S__a6b4753d6bbc)
   (slot S__a761383b3fca)
   (slot S__a7d6efeae87c)
   (slot S__a81bbfe46fb2)
   (slot S__a8321bdeb5ae)
   (slot S__a8787d4366f9)
   (slot S__a8f5c08b1b23)
   (slot S__a91d0ccbf8fa)
   (slot S__a9b7857761d7)
   (slot S__a9bfe1c34206)
   (slot S__aaedc3101f38)
   (slot S__ab4c1cd5303b)
   (slot S__ab792976b076)
   (slot S__ab8d4c408058)
   (slot S__ab92740389b0)
   (slot S__ad2101b41cef)
   (slot S__add9aa8a255d)
   (slot S__ae0bbd26f166)
   (slot S__ae59d4e5cd18)
   (slot S__af71fac0f109)
   (slot S__b0b58fea7c19)
   (slot S__b19853eab06b)
   (slot S__b1acfc735f0a)
   (slot S__b22818e47d11)
   (slot S__b285c42bfef4)
   (slot S__b306cb57092d)
   (slot S__b4238a22ffad)
   (slot S__b49d3ec0c0c3)
   (slot S__b505f4c541fd)
   (slot S__b60c1c1f6677)
   (slot S__b60eb49c360b)
   (slot S__b60f588f284d)
   (slot S__b704d3840b6f)
   (slot S__b76274712485)
   (slot S__b83bcd383f3b)
   (slot S__b841d6a9656a)
   (slot S__b8ec685b42ed)
   (slot S__b99d0436bf4d)
   (slot S__b9f6888da5f9)
   (slot S__baa3e26d63b6)
   (slot S__bb9a172561d3)
   (slot S__bbc981ed7a3d)
   (slot S__bc059ebacb80)
   (slot S__bd5272f08815)
   (slot S__bda33c20fc58)
   (slot S__bdb6f5972814)
   (slot S__bdb8f19708bb)
   (slot S__be3a45332024)
   (slot S__bef25c3baf3e)
   (slot S__bf0ed4226971)
   (slot S__bf66472eec03)
   (slot S__bfddf4722145)
   (slot S__c2a6257bb226)
   (slot S__c38fa2a5298b)
   (slot S__c3af2840540c)
   (slot S__c3b1ae20a477)
   (slot S__c4c9817dc8ff)
   (slot S__c4e31b61f965)
   (slot S__c4f4585640f2)
   (slot S__c53e3961031e)
   (slot S__c5c10b5af84c)
   (slot S__c6429fcf19bd)
   (slot S__c65349784385)
   (slot S__c6d12c2a1248)
   (slot S__c7352f28c547)
   (slot S__c7573342a585)
   (slot S__c79730977f7d)
   (slot S__c9d2005e2549)
   (slot S__c9fc475923f5)
   (slot S__ca444ba4f583)
   (slot S__cabcfe18610a)
   (slot S__cb1a364f2f0f)
   (slot S__cb2a8e9d8df1)
   (slot S__cc5350f2b347)
   (slot S__cc705caef7a3)
   (slot S__cd12e1c55ab3)
   (slot S__cede3c71486c)
   (slot S__cee2e138d767)
   (slot S__cf841e31edbc)
   (slot S__d121e79d04e1)
   (slot S__d13d77f71675)
   (slot S__d2984da69ee3)
   (slot S__d29e11e2ddec)
   (slot S__d2ae59c3c4bc)
   (slot S__d424dfa08f9e)
   (slot S__d4250852e9a1)
   (slot S__d451a9282e35)
   (slot S__d486458083a4)
   (slot S__d52925a567aa)
   (slot S__d52931ad533a)
   (slot S__d531a2518ba5)
   (slot S__d652b6670433)
   (slot S__d729f5ac5c73)
   (slot S__d8c91df7499d)
   (slot S__d8cb4e6e20c3)
   (slot S__d906f5e5137b)
   (slot S__d998c3d545c5)
   (slot S__d9cea5b75183)
   (slot S__d9f362b02efb)
   (slot S__d9f96614cb9f)
   (slot S__dac3fdbc83b7)
   (slot S__db1113c31c33)
   (slot S__db37bc2fbe9e)
   (slot S__db44741c941c)
   (slot S__db48fea0a096)
   (slot S__dba1f7dc679a)
   (slot S__dba45cc84805)
   (slot S__dba9ff73e4f9)
   (slot S__dc80f92da90b)
   (slot S__dcafb66b130b)
   (slot S__dd4a238193e3)
   (slot S__dd70ce026edc)
   (slot S__ddf9ca853f77)
   (slot S__de2a1c4f77e2)
   (slot S__de8f8bb0a763)
   (slot S__df09a42c4940)
   (slot S__df1e717eea10)
   (slot S__df6834fdc926)
   (slot S__dff89cb68380)
   (slot S__e564e59fc361)
   (slot S__e5ab80679622)
   (slot S__e69b61e9ba94)
   (slot S__e729864bf5d6)
   (slot S__e7c4ec8f166f)
   (slot S__e8d7a239b82b)
   (slot S__e8dbd4ff65b6)
   (slot S__e94de239846f)
   (slot S__ea8cb870091d)
   (slot S__eb2d1a0e5655)
   (slot S__eb318dbf984c)
   (slot S__ebd8ece9a5cf)
   (slot S__ec44cfa564ff)
   (slot S__ecda2effb03c)
   (slot S__ed0022fdc6e9)
   (slot S__ed0aa373c863)
   (slot S__ed84325549d8)
   (slot S__ee12268956cd)
   (slot S__eeeebfd926df)
   (slot S__ef3a6b34ed4e)
   (slot S__efd2b600f3cf)
   (slot S__f0630bcb0600)
   (slot S__f16108a97671)
   (slot S__f18675072a6f)
   (slot S__f27517048cf0)
   (slot S__f2f65196e3db)
   (slot S__f396da2f785f)
   (slot S__f3f79418c89c)
   (slot S__f43196966e5a)
   (slot S__f4b9c23e701a)
   (slot S__f4c01eba1d96)
   (slot S__f4f08d1d45ae)
   (slot S__f4f8a2bd4a5c)
   (slot S__f5fe6ef5506f)
   (slot S__f6814c41faeb)
   (slot S__f71367b728fd)
   (slot S__f77ba403f788)
   (slot S__f7f642366fc3)
   (slot S__f871ea5b2bd8)
   (slot S__f8ad132881b1)
   (slot S__f8bab711b173)
   (slot S__f9545b42f46a)
   (slot S__f9bd3525c6dd)
   (slot S__faba72f33133)
   (slot S__fac3c2790f4c)
   (slot S__fb13a05874c1)
   (slot S__fbe83263400e)
   (slot S__fc9550abe079))
(defrule gpufix:apple-gpu-unavailable-not-built-for-1#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__torch__mps_built__b FALSE))
   =>
   (gpufix-fired "apple-gpu-unavailable-not-built-for-1#0"))
(defrule gpufix:apple-gpu-unavailable-not-built-for-2#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (S__d729f5ac5c73 TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable-not-built-for-2#0"))
(defrule gpufix:apple-gpu-unavailable-not-built-against-1#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__torch__mps_built__b TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable-not-built-against-1#0"))
(defrule gpufix:apple-gpu-unavailable-not-built-against-2#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (S__f8ad132881b1 TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable-not-built-against-2#0"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-for-1#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "intel"))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-for-1#0"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-for-2#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__arch "x86_64"))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-for-2#0"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-against-1#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "apple"))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-against-1#0"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-against-2#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (S__df6834fdc926 TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-against-2#0"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-against-3#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__arch "arm64"))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-against-3#0"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-against-3#1
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__arch "aarch64"))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-against-3#1"))
(defrule gpufix:apple-gpu-unavailable-rosetta-for-1#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__arch "x86_64") (S__d29e11e2ddec TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable-rosetta-for-1#0"))
(defrule gpufix:apple-gpu-unavailable-rosetta-for-2#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "apple") (F__os__arch "x86_64"))
   =>
   (gpufix-fired "apple-gpu-unavailable-rosetta-for-2#0"))
(defrule gpufix:apple-gpu-unavailable-rosetta-against-1#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__arch "arm64"))
   =>
   (gpufix-fired "apple-gpu-unavailable-rosetta-against-1#0"))
(defrule gpufix:apple-gpu-unavailable-rosetta-against-1#1
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__arch "aarch64"))
   =>
   (gpufix-fired "apple-gpu-unavailable-rosetta-against-1#1"))
(defrule gpufix:apple-gpu-unavailable-rosetta-against-2#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "intel"))
   =>
   (gpufix-fired "apple-gpu-unavailable-rosetta-against-2#0"))
(defrule gpufix:apple-gpu-unavailable-macos-too-old-for-1#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (S__18409b304a31 TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable-macos-too-old-for-1#0"))
(defrule gpufix:apple-gpu-unavailable-macos-too-old-for-2#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__release__v ?v1&:(and (numberp ?v1) (< ?v1 1200030000000070))))
   =>
   (gpufix-fired "apple-gpu-unavailable-macos-too-old-for-2#0"))
(defrule gpufix:apple-gpu-unavailable-macos-too-old-for-3#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (S__a9bfe1c34206 TRUE))
   =>
   (gpufix-fired "apple-gpu-unavailable-macos-too-old-for-3#0"))
(defrule gpufix:apple-gpu-unavailable-macos-too-old-against-1#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (P__3aeb5355c1b1 FALSE))
   =>
   (gpufix-fired "apple-gpu-unavailable-macos-too-old-against-1#0"))
(defrule gpufix:apple-gpu-unavailable-macos-too-old-against-2#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (P__eb93918748ad FALSE))
   =>
   (gpufix-fired "apple-gpu-unavailable-macos-too-old-against-2#0"))
(defrule gpufix:container-no-gpu#0
   (gpufix-facts (S__c6429fcf19bd TRUE))
   =>
   (gpufix-fired "container-no-gpu#0"))
(defrule gpufix:container-no-gpu#1
   (gpufix-facts (S__10d8c469b543 TRUE))
   =>
   (gpufix-fired "container-no-gpu#1"))
(defrule gpufix:container-no-gpu#2
   (gpufix-facts (S__7492195d9282 TRUE))
   =>
   (gpufix-fired "container-no-gpu#2"))
(defrule gpufix:container-no-gpu#3
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__no_cuda_device_seen__s "ok"))
   =>
   (gpufix-fired "container-no-gpu#3"))
(defrule gpufix:container-no-gpu#4
   (gpufix-facts (F__container__inside__b TRUE) (S__1be4c6e45ff4 TRUE))
   =>
   (gpufix-fired "container-no-gpu#4"))
(defrule gpufix:container-no-gpu#5
   (gpufix-facts (F__container__inside__b TRUE) (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "container-no-gpu#5"))
(defrule gpufix:container-no-gpu#6
   (gpufix-facts (F__derived__no_cuda_device_seen__s "ok") (S__97d092046c7b TRUE))
   =>
   (gpufix-fired "container-no-gpu#6"))
(defrule gpufix:container-no-gpu#7
   (gpufix-facts (S__1be4c6e45ff4 TRUE) (S__97d092046c7b TRUE))
   =>
   (gpufix-fired "container-no-gpu#7"))
(defrule gpufix:container-no-gpu#8
   (gpufix-facts (F__torch__cuda_available__b FALSE) (S__97d092046c7b TRUE))
   =>
   (gpufix-fired "container-no-gpu#8"))
(defrule gpufix:container-no-gpu#9
   (gpufix-facts (F__derived__no_cuda_device_seen__s "ok") (S__a8f5c08b1b23 TRUE))
   =>
   (gpufix-fired "container-no-gpu#9"))
(defrule gpufix:container-no-gpu#10
   (gpufix-facts (S__1be4c6e45ff4 TRUE) (S__a8f5c08b1b23 TRUE))
   =>
   (gpufix-fired "container-no-gpu#10"))
(defrule gpufix:container-no-gpu#11
   (gpufix-facts (F__torch__cuda_available__b FALSE) (S__a8f5c08b1b23 TRUE))
   =>
   (gpufix-fired "container-no-gpu#11"))
(defrule gpufix:gpu-slow-cpu-build-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__build "cpu"))
   =>
   (gpufix-fired "gpu-slow-cpu-build-for-1#0"))
(defrule gpufix:gpu-slow-cpu-build-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda__s "ok"))
   =>
   (gpufix-fired "gpu-slow-cpu-build-against-1#0"))
(defrule gpufix:gpu-slow-cpu-build-against-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired "gpu-slow-cpu-build-against-2#0"))
(defrule gpufix:gpu-slow-cpu-build-against-3#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired "gpu-slow-cpu-build-against-3#0"))
(defrule gpufix:gpu-slow-gpu-not-visible-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "gpu-slow-gpu-not-visible-for-1#0"))
(defrule gpufix:gpu-slow-gpu-not-visible-for-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (P__afaee449a44f TRUE))
   =>
   (gpufix-fired "gpu-slow-gpu-not-visible-for-2#0"))
(defrule gpufix:gpu-slow-gpu-not-visible-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired "gpu-slow-gpu-not-visible-against-1#0"))
(defrule gpufix:gpu-slow-code-on-cpu-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__n ?v1&:(and (numberp ?v1) (= ?v1 0))) (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired "gpu-slow-code-on-cpu-for-1#0"))
(defrule gpufix:gpu-slow-code-on-cpu-for-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (S__7157d4f3709e TRUE))
   =>
   (gpufix-fired "gpu-slow-code-on-cpu-for-2#0"))
(defrule gpufix:gpu-slow-code-on-cpu-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__n ?v1&:(and (numberp ?v1) (>= ?v1 50))))
   =>
   (gpufix-fired "gpu-slow-code-on-cpu-against-1#0"))
(defrule gpufix:gpu-slow-code-on-cpu-against-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "gpu-slow-code-on-cpu-against-2#0"))
(defrule gpufix:gpu-slow-input-bound-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__n ?v1&:(and (numberp ?v1) (> ?v1 0) (< ?v1 70))))
   =>
   (gpufix-fired "gpu-slow-input-bound-for-1#0"))
(defrule gpufix:gpu-slow-input-bound-for-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (S__d8cb4e6e20c3 TRUE))
   =>
   (gpufix-fired "gpu-slow-input-bound-for-2#0"))
(defrule gpufix:gpu-slow-input-bound-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__n ?v1&:(and (numberp ?v1) (>= ?v1 90))))
   =>
   (gpufix-fired "gpu-slow-input-bound-against-1#0"))
(defrule gpufix:gpu-slow-input-bound-against-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__n ?v1&:(and (numberp ?v1) (= ?v1 0))))
   =>
   (gpufix-fired "gpu-slow-input-bound-against-2#0"))
(defrule gpufix:gpu-slow-input-bound-against-3#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "gpu-slow-input-bound-against-3#0"))
(defrule gpufix:gpu-slow-warm-up-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__slow_phase "first"))
   =>
   (gpufix-fired "gpu-slow-warm-up-for-1#0"))
(defrule gpufix:gpu-slow-warm-up-for-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (S__83061181afc8 TRUE))
   =>
   (gpufix-fired "gpu-slow-warm-up-for-2#0"))
(defrule gpufix:gpu-slow-warm-up-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__slow_phase "throughout"))
   =>
   (gpufix-fired "gpu-slow-warm-up-against-1#0"))
(defrule gpufix:gpu-slow-launch-blocking-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__env__CUDA_LAUNCH_BLOCKING "1"))
   =>
   (gpufix-fired "gpu-slow-launch-blocking-for-1#0"))
(defrule gpufix:gpu-slow-launch-blocking-for-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (S__dd4a238193e3 TRUE))
   =>
   (gpufix-fired "gpu-slow-launch-blocking-for-2#0"))
(defrule gpufix:gpu-slow-launch-blocking-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__env__CUDA_LAUNCH_BLOCKING__s "absent"))
   =>
   (gpufix-fired "gpu-slow-launch-blocking-against-1#0"))
(defrule gpufix:gpu-slow-task-manager-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (S__29768ee166f0 TRUE))
   =>
   (gpufix-fired "gpu-slow-task-manager-for-1#0"))
(defrule gpufix:gpu-slow-task-manager-for-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__os__name "windows") (S__7e5b0550fa1d TRUE))
   =>
   (gpufix-fired "gpu-slow-task-manager-for-2#0"))
(defrule gpufix:gpu-slow-task-manager-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__s "ok"))
   =>
   (gpufix-fired "gpu-slow-task-manager-against-1#0"))
(defrule gpufix:gpu-slow-task-manager-against-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__os__name "linux"))
   =>
   (gpufix-fired "gpu-slow-task-manager-against-2#0"))
(defrule gpufix:gpu-slow-task-manager-against-2#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__os__name "macos"))
   =>
   (gpufix-fired "gpu-slow-task-manager-against-2#1"))
(defrule gpufix:gpu-slow-power-limited-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__power_saving__b TRUE))
   =>
   (gpufix-fired "gpu-slow-power-limited-for-1#0"))
(defrule gpufix:gpu-slow-power-limited-for-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (P__4f24b0a80f1a TRUE))
   =>
   (gpufix-fired "gpu-slow-power-limited-for-2#0"))
(defrule gpufix:gpu-slow-power-limited-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__power_saving__b FALSE))
   =>
   (gpufix-fired "gpu-slow-power-limited-against-1#0"))
(defrule gpufix:gpu-slow-sysmem-fallback-for-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__shared_gpu_memory__b TRUE))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-for-1#0"))
(defrule gpufix:gpu-slow-sysmem-fallback-for-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (S__dc80f92da90b TRUE))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-for-2#0"))
(defrule gpufix:gpu-slow-sysmem-fallback-for-3#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__driver__version__v ?v1&:(and (numberp ?v1) (>= ?v1 53200030000000070))) (F__os__name "windows"))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-for-3#0"))
(defrule gpufix:gpu-slow-sysmem-fallback-against-1#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__shared_gpu_memory__b FALSE))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-against-1#0"))
(defrule gpufix:gpu-slow-sysmem-fallback-against-2#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__os__name "linux") (F__os__wsl__b FALSE))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-against-2#0"))
(defrule gpufix:gpu-slow-sysmem-fallback-against-2#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__os__name "linux") (F__os__wsl__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-against-2#1"))
(defrule gpufix:gpu-slow-sysmem-fallback-against-2#2
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__os__name "macos") (F__os__wsl__b FALSE))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-against-2#2"))
(defrule gpufix:gpu-slow-sysmem-fallback-against-2#3
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__os__name "macos") (F__os__wsl__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-against-2#3"))
(defrule gpufix:gpu-slow-sysmem-fallback-against-3#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-against-3#0"))
(defrule gpufix:no-module-torch-not-installed-for-1#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__torch__metadata_version__s "absent"))
   =>
   (gpufix-fired "no-module-torch-not-installed-for-1#0"))
(defrule gpufix:no-module-torch-not-installed-against-1#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__torch__metadata_version__s "ok"))
   =>
   (gpufix-fired "no-module-torch-not-installed-against-1#0"))
(defrule gpufix:no-module-torch-other-interpreter-for-1#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__torch__metadata_version__s "ok"))
   =>
   (gpufix-fired "no-module-torch-other-interpreter-for-1#0"))
(defrule gpufix:no-module-torch-other-interpreter-for-2#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__pip__matches_python__b FALSE))
   =>
   (gpufix-fired "no-module-torch-other-interpreter-for-2#0"))
(defrule gpufix:no-module-torch-other-interpreter-for-3#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__path__python_count__n ?v1&:(and (numberp ?v1) (> ?v1 1))))
   =>
   (gpufix-fired "no-module-torch-other-interpreter-for-3#0"))
(defrule gpufix:no-module-torch-other-interpreter-for-4#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (P__2b74002dceab FALSE))
   =>
   (gpufix-fired "no-module-torch-other-interpreter-for-4#0"))
(defrule gpufix:no-module-torch-other-interpreter-for-5#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (P__914aab7a25fe TRUE))
   =>
   (gpufix-fired "no-module-torch-other-interpreter-for-5#0"))
(defrule gpufix:no-module-torch-other-interpreter-against-1#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__torch__metadata_version__s "absent"))
   =>
   (gpufix-fired "no-module-torch-other-interpreter-against-1#0"))
(defrule gpufix:no-module-torch-other-interpreter-against-2#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__path__python_count__n ?v1&:(and (numberp ?v1) (= ?v1 1))))
   =>
   (gpufix-fired "no-module-torch-other-interpreter-against-2#0"))
(defrule gpufix:container-gpu-access-lost#0
   (gpufix-facts (F__derived__container_gpu_lost__s "ok") (S__b60f588f284d TRUE))
   =>
   (gpufix-fired "container-gpu-access-lost#0"))
(defrule gpufix:container-gpu-access-lost#1
   (gpufix-facts (F__derived__container_gpu_lost__s "ok") (S__348cc154d13f TRUE) (S__b60f588f284d FALSE))
   =>
   (gpufix-fired "container-gpu-access-lost#1"))
(defrule gpufix:cuda-compat-on-unsupported-gpu#0
   (gpufix-facts (F__derived__cuda_compat_refused__s "ok") (S__a81bbfe46fb2 TRUE))
   =>
   (gpufix-fired "cuda-compat-on-unsupported-gpu#0"))
(defrule gpufix:cuda-compat-on-unsupported-gpu#1
   (gpufix-facts (F__derived__cuda_compat_refused__s "ok") (S__0bf5d265d5d2 TRUE))
   =>
   (gpufix-fired "cuda-compat-on-unsupported-gpu#1"))
(defrule gpufix:driver-library-mismatch#0
   (gpufix-facts (S__81ce181bfb08 TRUE))
   =>
   (gpufix-fired "driver-library-mismatch#0"))
(defrule gpufix:driver-library-mismatch#1
   (gpufix-facts (S__074032caaccc TRUE))
   =>
   (gpufix-fired "driver-library-mismatch#1"))
(defrule gpufix:driver-library-mismatch#2
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__325909701aa5 TRUE))
   =>
   (gpufix-fired "driver-library-mismatch#2"))
(defrule gpufix:driver-library-mismatch#3
   (gpufix-facts (S__0eb09959b7de TRUE))
   =>
   (gpufix-fired "driver-library-mismatch#3"))
(defrule gpufix:driver-library-mismatch#4
   (gpufix-facts (P__fe8787c568a2 FALSE))
   =>
   (gpufix-fired "driver-library-mismatch#4"))
(defrule gpufix:driver-library-mismatch#5
   (gpufix-facts (S__3ef9f7bdb288 TRUE))
   =>
   (gpufix-fired "driver-library-mismatch#5"))
(defrule gpufix:gpu-hardware-fault#0
   (gpufix-facts (S__05f1e95f4dc4 TRUE))
   =>
   (gpufix-fired "gpu-hardware-fault#0"))
(defrule gpufix:gpu-hardware-fault#1
   (gpufix-facts (S__65f38e1de17a TRUE))
   =>
   (gpufix-fired "gpu-hardware-fault#1"))
(defrule gpufix:gpu-hardware-fault#2
   (gpufix-facts (S__28e44eb2094b TRUE))
   =>
   (gpufix-fired "gpu-hardware-fault#2"))
(defrule gpufix:gpu-hardware-fault#3
   (gpufix-facts (S__f8bab711b173 TRUE))
   =>
   (gpufix-fired "gpu-hardware-fault#3"))
(defrule gpufix:gpu-hardware-fault#4
   (gpufix-facts (S__4000499ca6cc TRUE))
   =>
   (gpufix-fired "gpu-hardware-fault#4"))
(defrule gpufix:gpu-hardware-fault#5
   (gpufix-facts (S__ef3a6b34ed4e TRUE))
   =>
   (gpufix-fired "gpu-hardware-fault#5"))
(defrule gpufix:gpu-hardware-fault#6
   (gpufix-facts (F__derived__windows_tdr__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0e2cfe79dc38 TRUE) (S__250ef53d2b02 TRUE) (S__b0b58fea7c19 FALSE))
   =>
   (gpufix-fired "gpu-hardware-fault#6"))
(defrule gpufix:gpu-hardware-fault#7
   (gpufix-facts (F__derived__windows_tdr__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0e2cfe79dc38 TRUE) (S__9e0a5bce33f9 TRUE) (S__b0b58fea7c19 FALSE))
   =>
   (gpufix-fired "gpu-hardware-fault#7"))
(defrule gpufix:gpu-hardware-fault#8
   (gpufix-facts (F__derived__windows_tdr__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__250ef53d2b02 TRUE) (S__b0b58fea7c19 FALSE))
   =>
   (gpufix-fired "gpu-hardware-fault#8"))
(defrule gpufix:gpu-hardware-fault#9
   (gpufix-facts (F__derived__windows_tdr__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__250ef53d2b02 TRUE) (S__9e0a5bce33f9 TRUE) (S__b0b58fea7c19 FALSE))
   =>
   (gpufix-fired "gpu-hardware-fault#9"))
(defrule gpufix:gpu-unused-said#0
   (gpufix-facts (S__6f103cb556ea FALSE) (S__a8321bdeb5ae TRUE))
   =>
   (gpufix-fired "gpu-unused-said#0"))
(defrule gpufix:gpu-unused-said#1
   (gpufix-facts (F__derived__gpu_use_asked__s "ok"))
   =>
   (gpufix-fired "gpu-unused-said#1"))
(defrule gpufix:laptop-hybrid-graphics-mode#0
   (gpufix-facts (F__derived__hybrid_mode_said__s "ok") (S__0c87612237a2 FALSE) (S__a4a7dc84bc25 TRUE) (S__d2ae59c3c4bc FALSE))
   =>
   (gpufix-fired "laptop-hybrid-graphics-mode#0"))
(defrule gpufix:laptop-hybrid-graphics-mode#1
   (gpufix-facts (F__derived__hybrid_mode_said__s "ok") (S__0c87612237a2 FALSE) (S__696deb19f509 TRUE) (S__d2ae59c3c4bc FALSE))
   =>
   (gpufix-fired "laptop-hybrid-graphics-mode#1"))
(defrule gpufix:laptop-hybrid-graphics-mode#2
   (gpufix-facts (F__derived__hybrid_mode_said__s "ok") (S__0c87612237a2 FALSE) (S__cabcfe18610a TRUE) (S__d2ae59c3c4bc FALSE))
   =>
   (gpufix-fired "laptop-hybrid-graphics-mode#2"))
(defrule gpufix:laptop-hybrid-graphics-mode#3
   (gpufix-facts (F__derived__hybrid_mode_said__s "ok") (S__0c87612237a2 FALSE) (S__1a06d7475c5b TRUE) (S__d2ae59c3c4bc FALSE))
   =>
   (gpufix-fired "laptop-hybrid-graphics-mode#3"))
(defrule gpufix:laptop-hybrid-graphics-mode#4
   (gpufix-facts (S__1a06d7475c5b TRUE) (S__1c373c4cdb9c TRUE) (S__d2ae59c3c4bc FALSE))
   =>
   (gpufix-fired "laptop-hybrid-graphics-mode#4"))
(defrule gpufix:laptop-hybrid-graphics-mode#5
   (gpufix-facts (F__derived__igpu_used_said__s "ok") (S__0c87612237a2 FALSE) (S__a01b9a403d7a TRUE) (S__d2ae59c3c4bc FALSE))
   =>
   (gpufix-fired "laptop-hybrid-graphics-mode#5"))
(defrule gpufix:laptop-hybrid-graphics-mode#6
   (gpufix-facts (S__0c87612237a2 FALSE) (S__a01b9a403d7a TRUE) (S__a4a7dc84bc25 TRUE) (S__d2ae59c3c4bc FALSE))
   =>
   (gpufix-fired "laptop-hybrid-graphics-mode#6"))
(defrule gpufix:laptop-hybrid-graphics-mode#7
   (gpufix-facts (F__derived__igpu_used_said__s "ok") (S__0c87612237a2 FALSE) (S__874b6af37811 TRUE) (S__dac3fdbc83b7 TRUE))
   =>
   (gpufix-fired "laptop-hybrid-graphics-mode#7"))
(defrule gpufix:missing-cuda-libs#0
   (gpufix-facts (F__derived__jetson_other_jetpack__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a6b4753d6bbc TRUE) (S__fb13a05874c1 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#0"))
(defrule gpufix:missing-cuda-libs#1
   (gpufix-facts (F__derived__jetson_other_jetpack__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1c62e55ac5c1 TRUE) (S__fb13a05874c1 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#1"))
(defrule gpufix:missing-cuda-libs#2
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0929e34d7e35 FALSE) (S__a6b4753d6bbc TRUE) (S__b49d3ec0c0c3 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#2"))
(defrule gpufix:missing-cuda-libs#3
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__30bc29dcc5a1 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#3"))
(defrule gpufix:missing-cuda-libs#4
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__e8dbd4ff65b6 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#4"))
(defrule gpufix:missing-cuda-libs#5
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__34fa6b966624 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#5"))
(defrule gpufix:missing-cuda-libs#6
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0929e34d7e35 FALSE) (S__1978d2bb4294 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#6"))
(defrule gpufix:missing-cuda-libs#7
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0929e34d7e35 FALSE) (S__8fb038d620fa TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#7"))
(defrule gpufix:missing-cuda-libs#8
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0929e34d7e35 FALSE) (S__48149b2abe0b TRUE) (S__a09e51cd3c47 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#8"))
(defrule gpufix:missing-cuda-libs#9
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__b99d0436bf4d TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#9"))
(defrule gpufix:missing-cuda-libs#10
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0929e34d7e35 FALSE) (S__6c18b4673f34 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#10"))
(defrule gpufix:missing-cuda-libs#11
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4714a9f67463 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#11"))
(defrule gpufix:missing-cuda-libs#12
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__76c72bf9a7c4 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#12"))
(defrule gpufix:missing-cuda-libs#13
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__48149b2abe0b TRUE) (S__cc705caef7a3 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#13"))
(defrule gpufix:missing-cuda-libs#14
   (gpufix-facts (F__derived__wrong_cudnn__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__606d39c0a8c7 TRUE) (S__c4f4585640f2 TRUE))
   =>
   (gpufix-fired "missing-cuda-libs#14"))
(defrule gpufix:multiple-torch-installs#0
   (gpufix-facts (S__478496dbcddf TRUE) (S__7c5acfe3f11d TRUE))
   =>
   (gpufix-fired "multiple-torch-installs#0"))
(defrule gpufix:multiple-torch-installs#1
   (gpufix-facts (S__b1acfc735f0a TRUE))
   =>
   (gpufix-fired "multiple-torch-installs#1"))
(defrule gpufix:multiple-torch-installs#2
   (gpufix-facts (S__2d6ddc289d96 TRUE))
   =>
   (gpufix-fired "multiple-torch-installs#2"))
(defrule gpufix:multiple-torch-installs#3
   (gpufix-facts (S__c53e3961031e TRUE))
   =>
   (gpufix-fired "multiple-torch-installs#3"))
(defrule gpufix:multiple-torch-installs#4
   (gpufix-facts (F__derived__several_torch__s "ok"))
   =>
   (gpufix-fired "multiple-torch-installs#4"))
(defrule gpufix:no-nvidia-gpu-stated#0
   (gpufix-facts (F__derived__desktop_vm_guest__s "ok"))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#0"))
(defrule gpufix:no-nvidia-gpu-stated#1
   (gpufix-facts (S__c3af2840540c TRUE) (S__f5fe6ef5506f TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#1"))
(defrule gpufix:no-nvidia-gpu-stated#2
   (gpufix-facts (S__0278fd47423a TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#2"))
(defrule gpufix:no-nvidia-gpu-stated#3
   (gpufix-facts (S__ddf9ca853f77 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#3"))
(defrule gpufix:no-nvidia-gpu-stated#4
   (gpufix-facts (S__072cd3b89232 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#4"))
(defrule gpufix:no-nvidia-gpu-stated#5
   (gpufix-facts (S__79c9218c0b36 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#5"))
(defrule gpufix:no-nvidia-gpu-stated#6
   (gpufix-facts (S__705f2064e419 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#6"))
(defrule gpufix:no-nvidia-gpu-stated#7
   (gpufix-facts (S__d52931ad533a TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#7"))
(defrule gpufix:no-nvidia-gpu-stated#8
   (gpufix-facts (S__0880051b587f TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#8"))
(defrule gpufix:no-nvidia-gpu-stated#9
   (gpufix-facts (S__241ff932854b TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#9"))
(defrule gpufix:no-nvidia-gpu-stated#10
   (gpufix-facts (S__faba72f33133 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#10"))
(defrule gpufix:no-nvidia-gpu-stated#11
   (gpufix-facts (F__derived__mac_named__s "ok"))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#11"))
(defrule gpufix:no-nvidia-gpu-stated#12
   (gpufix-facts (S__f3f79418c89c TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#12"))
(defrule gpufix:no-nvidia-gpu-stated#13
   (gpufix-facts (S__9eb8c7c856cd TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#13"))
(defrule gpufix:no-nvidia-gpu-stated#14
   (gpufix-facts (S__64e5656b57bf TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#14"))
(defrule gpufix:no-nvidia-gpu-stated#15
   (gpufix-facts (S__b60eb49c360b TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#15"))
(defrule gpufix:no-nvidia-gpu-stated#16
   (gpufix-facts (S__534e60280be2 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-stated#16"))
(defrule gpufix:os-too-old-for-build#0
   (gpufix-facts (S__4baa0aba44e3 TRUE))
   =>
   (gpufix-fired "os-too-old-for-build#0"))
(defrule gpufix:os-too-old-for-build#1
   (gpufix-facts (S__4ceeff8cb726 TRUE))
   =>
   (gpufix-fired "os-too-old-for-build#1"))
(defrule gpufix:os-too-old-for-build#2
   (gpufix-facts (F__derived__old_windows__b TRUE) (S__1d97238f1392 TRUE))
   =>
   (gpufix-fired "os-too-old-for-build#2"))
(defrule gpufix:os-too-old-for-build#3
   (gpufix-facts (F__derived__old_windows__b TRUE) (F__derived__windows_tdr__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__01b7fd7540b4 TRUE) (S__71c7e913a3dc TRUE))
   =>
   (gpufix-fired "os-too-old-for-build#3"))
(defrule gpufix:os-too-old-for-build#4
   (gpufix-facts (S__eb318dbf984c TRUE))
   =>
   (gpufix-fired "os-too-old-for-build#4"))
(defrule gpufix:os-too-old-for-build#5
   (gpufix-facts (S__d4250852e9a1 TRUE))
   =>
   (gpufix-fired "os-too-old-for-build#5"))
(defrule gpufix:os-too-old-for-build#6
   (gpufix-facts (F__os__name "macos") (P__1e9f1a81af9c TRUE) (S__03a146df508d FALSE) (S__cc5350f2b347 TRUE))
   =>
   (gpufix-fired "os-too-old-for-build#6"))
(defrule gpufix:python-ssl-module-missing#0
   (gpufix-facts (F__derived__python_ssl_missing__s "ok") (S__04b7f340b991 TRUE))
   =>
   (gpufix-fired "python-ssl-module-missing#0"))
(defrule gpufix:python-ssl-module-missing#1
   (gpufix-facts (F__derived__python_ssl_missing__s "ok") (S__79015966ed85 TRUE))
   =>
   (gpufix-fired "python-ssl-module-missing#1"))
(defrule gpufix:toolkit-not-needed#0
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#0"))
(defrule gpufix:toolkit-not-needed#1
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#1"))
(defrule gpufix:toolkit-not-needed#2
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__97b54f664695 FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#2"))
(defrule gpufix:toolkit-not-needed#3
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__868231718a0c FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#3"))
(defrule gpufix:toolkit-not-needed#4
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#4"))
(defrule gpufix:toolkit-not-needed#5
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#5"))
(defrule gpufix:toolkit-not-needed#6
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#6"))
(defrule gpufix:toolkit-not-needed#7
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#7"))
(defrule gpufix:toolkit-not-needed#8
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#8"))
(defrule gpufix:toolkit-not-needed#9
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#9"))
(defrule gpufix:toolkit-not-needed#10
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__97b54f664695 FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#10"))
(defrule gpufix:toolkit-not-needed#11
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__868231718a0c FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#11"))
(defrule gpufix:toolkit-not-needed#12
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#12"))
(defrule gpufix:toolkit-not-needed#13
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#13"))
(defrule gpufix:toolkit-not-needed#14
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#14"))
(defrule gpufix:toolkit-not-needed#15
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#15"))
(defrule gpufix:toolkit-not-needed#16
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#16"))
(defrule gpufix:toolkit-not-needed#17
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#17"))
(defrule gpufix:toolkit-not-needed#18
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__97b54f664695 FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#18"))
(defrule gpufix:toolkit-not-needed#19
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__868231718a0c FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#19"))
(defrule gpufix:toolkit-not-needed#20
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#20"))
(defrule gpufix:toolkit-not-needed#21
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#21"))
(defrule gpufix:toolkit-not-needed#22
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#22"))
(defrule gpufix:toolkit-not-needed#23
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#23"))
(defrule gpufix:toolkit-not-needed#24
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#24"))
(defrule gpufix:toolkit-not-needed#25
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#25"))
(defrule gpufix:toolkit-not-needed#26
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__97b54f664695 FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#26"))
(defrule gpufix:toolkit-not-needed#27
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__868231718a0c FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#27"))
(defrule gpufix:toolkit-not-needed#28
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#28"))
(defrule gpufix:toolkit-not-needed#29
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#29"))
(defrule gpufix:toolkit-not-needed#30
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#30"))
(defrule gpufix:toolkit-not-needed#31
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#31"))
(defrule gpufix:toolkit-not-needed#32
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#32"))
(defrule gpufix:toolkit-not-needed#33
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#33"))
(defrule gpufix:toolkit-not-needed#34
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__97b54f664695 FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#34"))
(defrule gpufix:toolkit-not-needed#35
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__868231718a0c FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#35"))
(defrule gpufix:toolkit-not-needed#36
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__080e00b02b19 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#36"))
(defrule gpufix:toolkit-not-needed#37
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__080e00b02b19 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#37"))
(defrule gpufix:toolkit-not-needed#38
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#38"))
(defrule gpufix:toolkit-not-needed#39
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#39"))
(defrule gpufix:toolkit-not-needed#40
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#40"))
(defrule gpufix:toolkit-not-needed#41
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#41"))
(defrule gpufix:toolkit-not-needed#42
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__97b54f664695 FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#42"))
(defrule gpufix:toolkit-not-needed#43
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__868231718a0c FALSE) (S__a3b153c021e0 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#43"))
(defrule gpufix:toolkit-not-needed#44
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__080e00b02b19 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#44"))
(defrule gpufix:toolkit-not-needed#45
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__080e00b02b19 TRUE) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#45"))
(defrule gpufix:toolkit-not-needed#46
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#46"))
(defrule gpufix:toolkit-not-needed#47
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__868231718a0c FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#47"))
(defrule gpufix:toolkit-not-needed#48
   (gpufix-facts (F__derived__toolkit_question__s "ok") (S__8bc2364d4d15 TRUE) (S__97b54f664695 FALSE))
   =>
   (gpufix-fired "toolkit-not-needed#48"))
(defrule gpufix:toolkit-not-needed#49
   (gpufix-facts (F__derived__toolkit_question__s "ok") (S__868231718a0c FALSE) (S__8bc2364d4d15 TRUE))
   =>
   (gpufix-fired "toolkit-not-needed#49"))
(defrule gpufix:torch-not-installed#0
   (gpufix-facts (F__torch__install_count__n ?v0&:(and (numberp ?v0) (= ?v0 0))) (F__torch__metadata_version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "torch-not-installed#0"))
(defrule gpufix:torch-not-installed#1
   (gpufix-facts (F__derived__several_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__metadata_version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__4df5c4ed60c4 FALSE) (S__bb9a172561d3 FALSE) (S__d486458083a4 TRUE) (S__d8c91df7499d FALSE) (S__f18675072a6f FALSE))
   =>
   (gpufix-fired "torch-not-installed#1"))
(defrule gpufix:torch-not-installed#2
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__derived__several_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__metadata_version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__064078407665 TRUE) (S__4df5c4ed60c4 FALSE) (S__793913aa378b TRUE) (S__bb9a172561d3 FALSE) (S__d8c91df7499d FALSE) (S__f18675072a6f FALSE))
   =>
   (gpufix-fired "torch-not-installed#2"))
(defrule gpufix:torch-not-installed#3
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__derived__several_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__metadata_version__s ?v2&:(and (stringp ?v2) (eq ?v2 "absent") (neq ?v2 "ok"))) (F__torch__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__4df5c4ed60c4 FALSE) (S__bb9a172561d3 FALSE) (S__d8c91df7499d FALSE) (S__f18675072a6f FALSE))
   =>
   (gpufix-fired "torch-not-installed#3"))
(defrule gpufix:windows-dll-load#0
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__cb1a364f2f0f TRUE))
   =>
   (gpufix-fired "windows-dll-load#0"))
(defrule gpufix:windows-dll-load#1
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__cb1a364f2f0f TRUE))
   =>
   (gpufix-fired "windows-dll-load#1"))
(defrule gpufix:windows-dll-load#2
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2a7b0bc94cb6 TRUE))
   =>
   (gpufix-fired "windows-dll-load#2"))
(defrule gpufix:windows-dll-load#3
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2a7b0bc94cb6 TRUE))
   =>
   (gpufix-fired "windows-dll-load#3"))
(defrule gpufix:windows-dll-load#4
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__bfddf4722145 TRUE))
   =>
   (gpufix-fired "windows-dll-load#4"))
(defrule gpufix:windows-dll-load#5
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__bfddf4722145 TRUE))
   =>
   (gpufix-fired "windows-dll-load#5"))
(defrule gpufix:windows-dll-load#6
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__10cb2e015865 TRUE) (S__1302b1666f37 TRUE))
   =>
   (gpufix-fired "windows-dll-load#6"))
(defrule gpufix:windows-dll-load#7
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__10cb2e015865 TRUE) (S__1302b1666f37 TRUE))
   =>
   (gpufix-fired "windows-dll-load#7"))
(defrule gpufix:windows-dll-load#8
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a371891ad842 TRUE) (S__ab92740389b0 TRUE))
   =>
   (gpufix-fired "windows-dll-load#8"))
(defrule gpufix:windows-dll-load#9
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a371891ad842 TRUE) (S__ab92740389b0 TRUE))
   =>
   (gpufix-fired "windows-dll-load#9"))
(defrule gpufix:windows-dll-load#10
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a371891ad842 TRUE) (S__d451a9282e35 TRUE))
   =>
   (gpufix-fired "windows-dll-load#10"))
(defrule gpufix:windows-dll-load#11
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a371891ad842 TRUE) (S__d451a9282e35 TRUE))
   =>
   (gpufix-fired "windows-dll-load#11"))
(defrule gpufix:windows-dll-load#12
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__64a177817b59 TRUE) (S__a03d9f2ee99f FALSE) (S__a371891ad842 TRUE) (S__eeeebfd926df FALSE))
   =>
   (gpufix-fired "windows-dll-load#12"))
(defrule gpufix:windows-dll-load#13
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__64a177817b59 TRUE) (S__a03d9f2ee99f FALSE) (S__a371891ad842 TRUE) (S__eeeebfd926df FALSE))
   =>
   (gpufix-fired "windows-dll-load#13"))
(defrule gpufix:windows-dll-load#14
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a03d9f2ee99f FALSE) (S__b19853eab06b TRUE))
   =>
   (gpufix-fired "windows-dll-load#14"))
(defrule gpufix:windows-dll-load#15
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a03d9f2ee99f FALSE) (S__b19853eab06b TRUE))
   =>
   (gpufix-fired "windows-dll-load#15"))
(defrule gpufix:windows-dll-load#16
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__668029b055b0 TRUE) (S__a03d9f2ee99f FALSE))
   =>
   (gpufix-fired "windows-dll-load#16"))
(defrule gpufix:windows-dll-load#17
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__668029b055b0 TRUE) (S__a03d9f2ee99f FALSE))
   =>
   (gpufix-fired "windows-dll-load#17"))
(defrule gpufix:windows-dll-load#18
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__25bfe9efb0d2 TRUE) (S__a03d9f2ee99f FALSE) (S__ab92740389b0 TRUE))
   =>
   (gpufix-fired "windows-dll-load#18"))
(defrule gpufix:windows-dll-load#19
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__25bfe9efb0d2 TRUE) (S__a03d9f2ee99f FALSE) (S__ab92740389b0 TRUE))
   =>
   (gpufix-fired "windows-dll-load#19"))
(defrule gpufix:windows-dll-load#20
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__25bfe9efb0d2 TRUE) (S__a03d9f2ee99f FALSE) (S__d451a9282e35 TRUE))
   =>
   (gpufix-fired "windows-dll-load#20"))
(defrule gpufix:windows-dll-load#21
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__25bfe9efb0d2 TRUE) (S__a03d9f2ee99f FALSE) (S__d451a9282e35 TRUE))
   =>
   (gpufix-fired "windows-dll-load#21"))
(defrule gpufix:windows-dll-load#22
   (gpufix-facts (F__derived__old_windows__b FALSE) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__25bfe9efb0d2 TRUE) (S__64a177817b59 TRUE) (S__a03d9f2ee99f FALSE) (S__eeeebfd926df FALSE))
   =>
   (gpufix-fired "windows-dll-load#22"))
(defrule gpufix:windows-dll-load#23
   (gpufix-facts (F__derived__old_windows__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__25bfe9efb0d2 TRUE) (S__64a177817b59 TRUE) (S__a03d9f2ee99f FALSE) (S__eeeebfd926df FALSE))
   =>
   (gpufix-fired "windows-dll-load#23"))
(defrule gpufix:windows-tdr-timeout#0
   (gpufix-facts (F__derived__windows_tdr__s "ok") (S__85ef0ebc0103 TRUE))
   =>
   (gpufix-fired "windows-tdr-timeout#0"))
(defrule gpufix:windows-tdr-timeout#1
   (gpufix-facts (F__derived__windows_tdr__s "ok") (S__85ef0ebc0103 FALSE) (S__d652b6670433 TRUE))
   =>
   (gpufix-fired "windows-tdr-timeout#1"))
(defrule gpufix:wrong-cudnn-loaded#0
   (gpufix-facts (F__derived__wrong_cudnn__s "ok") (S__23d38aee15f4 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-loaded#0"))
(defrule gpufix:wrong-cudnn-loaded#1
   (gpufix-facts (F__derived__wrong_cudnn__s "ok") (S__bbc981ed7a3d TRUE))
   =>
   (gpufix-fired "wrong-cudnn-loaded#1"))
(defrule gpufix:wrong-cudnn-loaded#2
   (gpufix-facts (F__derived__wrong_cudnn__s "ok") (S__dd70ce026edc TRUE))
   =>
   (gpufix-fired "wrong-cudnn-loaded#2"))
(defrule gpufix:wrong-cudnn-loaded#3
   (gpufix-facts (F__derived__wrong_cudnn__s "ok") (S__bf0ed4226971 TRUE))
   =>
   (gpufix-fired "wrong-cudnn-loaded#3"))
(defrule gpufix:extension-arch-list-undetermined#0
   (gpufix-facts (F__derived__arch_list_undetermined__b TRUE) (S__cd12e1c55ab3 TRUE))
   =>
   (gpufix-fired "extension-arch-list-undetermined#0"))
(defrule gpufix:extension-build-tools-missing#0
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6342d57b3b3c FALSE) (S__ee12268956cd TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#0"))
(defrule gpufix:extension-build-tools-missing#1
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6342d57b3b3c FALSE) (S__bc059ebacb80 TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#1"))
(defrule gpufix:extension-build-tools-missing#2
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6342d57b3b3c FALSE) (S__6d9bc6af9929 TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#2"))
(defrule gpufix:extension-build-tools-missing#3
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__795a74addbd0 TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#3"))
(defrule gpufix:extension-build-tools-missing#4
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__e729864bf5d6 TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#4"))
(defrule gpufix:extension-build-tools-missing#5
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__a4a94c8a29fb TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#5"))
(defrule gpufix:extension-build-tools-missing#6
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__bdb6f5972814 TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#6"))
(defrule gpufix:extension-build-tools-missing#7
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__f71367b728fd TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#7"))
(defrule gpufix:extension-build-tools-missing#8
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__22d4e57f82e9 TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#8"))
(defrule gpufix:extension-build-tools-missing#9
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0d01a1fdb381 FALSE) (S__19db5ccb5a48 TRUE))
   =>
   (gpufix-fired "extension-build-tools-missing#9"))
(defrule gpufix:extension-build-tools-missing#10
   (gpufix-facts (F__derived__runtime_kernel_build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__7f94ac51b6e0 TRUE) (S__cf841e31edbc FALSE))
   =>
   (gpufix-fired "extension-build-tools-missing#10"))
(defrule gpufix:extension-built-for-other-torch#0
   (gpufix-facts (S__00a113ca6484 TRUE) (S__388695ce5cc3 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#0"))
(defrule gpufix:extension-built-for-other-torch#1
   (gpufix-facts (S__388695ce5cc3 TRUE) (S__50c4c91c624b TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#1"))
(defrule gpufix:extension-built-for-other-torch#2
   (gpufix-facts (S__00a113ca6484 TRUE) (S__b83bcd383f3b FALSE) (S__f4c01eba1d96 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#2"))
(defrule gpufix:extension-built-for-other-torch#3
   (gpufix-facts (S__50c4c91c624b TRUE) (S__b83bcd383f3b FALSE) (S__f4c01eba1d96 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#3"))
(defrule gpufix:extension-built-for-other-torch#4
   (gpufix-facts (S__a654f6432aac FALSE) (S__b83bcd383f3b FALSE) (S__c7573342a585 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#4"))
(defrule gpufix:extension-built-for-other-torch#5
   (gpufix-facts (S__07cba3826b44 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#5"))
(defrule gpufix:extension-built-for-other-torch#6
   (gpufix-facts (S__687838009163 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#6"))
(defrule gpufix:extension-built-for-other-torch#7
   (gpufix-facts (S__94426b7bc3e8 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#7"))
(defrule gpufix:extension-built-for-other-torch#8
   (gpufix-facts (S__ec44cfa564ff TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#8"))
(defrule gpufix:extension-built-for-other-torch#9
   (gpufix-facts (S__de8f8bb0a763 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#9"))
(defrule gpufix:extension-built-for-other-torch#10
   (gpufix-facts (S__2f71e5b5732f FALSE) (S__d9f362b02efb TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#10"))
(defrule gpufix:extension-built-for-other-torch#11
   (gpufix-facts (S__2f71e5b5732f FALSE) (S__92605f202c28 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#11"))
(defrule gpufix:extension-built-for-other-torch#12
   (gpufix-facts (S__00a113ca6484 TRUE) (S__1e154e8ae638 TRUE) (S__468f0049bea0 FALSE))
   =>
   (gpufix-fired "extension-built-for-other-torch#12"))
(defrule gpufix:extension-built-for-other-torch#13
   (gpufix-facts (S__1e154e8ae638 TRUE) (S__468f0049bea0 FALSE) (S__f4f8a2bd4a5c TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#13"))
(defrule gpufix:extension-built-for-other-torch#14
   (gpufix-facts (S__1e154e8ae638 TRUE) (S__468f0049bea0 FALSE) (S__dcafb66b130b FALSE) (S__f396da2f785f TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#14"))
(defrule gpufix:extension-built-for-other-torch#15
   (gpufix-facts (S__1e154e8ae638 TRUE) (S__468f0049bea0 FALSE) (S__50c4c91c624b TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#15"))
(defrule gpufix:extension-built-for-other-torch#16
   (gpufix-facts (P__28f1aee791fc FALSE) (P__901589c6544d FALSE) (S__2c69c255210d TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#16"))
(defrule gpufix:extension-built-for-other-torch#17
   (gpufix-facts (F__match__torch_seen__s__r18ef7fd25afa ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__28f1aee791fc FALSE) (S__2c69c255210d TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#17"))
(defrule gpufix:extension-built-for-other-torch#18
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (P__901589c6544d FALSE) (S__571479a01c75 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#18"))
(defrule gpufix:extension-built-for-other-torch#19
   (gpufix-facts (F__match__torch_seen__s__r18ef7fd25afa ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__571479a01c75 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#19"))
(defrule gpufix:extension-built-for-other-torch#20
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__901589c6544d FALSE) (S__571479a01c75 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#20"))
(defrule gpufix:extension-built-for-other-torch#21
   (gpufix-facts (F__match__torch_seen__s__r18ef7fd25afa ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__571479a01c75 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#21"))
(defrule gpufix:extension-built-for-other-torch#22
   (gpufix-facts (S__f77ba403f788 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#22"))
(defrule gpufix:extension-built-for-other-torch#23
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (P__901589c6544d FALSE) (S__2c69c255210d FALSE) (S__ed0aa373c863 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#23"))
(defrule gpufix:extension-built-for-other-torch#24
   (gpufix-facts (F__match__torch_seen__s__r18ef7fd25afa ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__2c69c255210d FALSE) (S__ed0aa373c863 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#24"))
(defrule gpufix:extension-built-for-other-torch#25
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__901589c6544d FALSE) (S__2c69c255210d FALSE) (S__ed0aa373c863 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#25"))
(defrule gpufix:extension-built-for-other-torch#26
   (gpufix-facts (F__match__torch_seen__s__r18ef7fd25afa ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2c69c255210d FALSE) (S__ed0aa373c863 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#26"))
(defrule gpufix:extension-built-for-other-torch#27
   (gpufix-facts (S__242a5be9a3f6 FALSE) (S__468f0049bea0 FALSE) (S__7c2f08894fd9 FALSE) (S__dcafb66b130b FALSE) (S__f7f642366fc3 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#27"))
(defrule gpufix:extension-built-for-other-torch#28
   (gpufix-facts (F__torch__installer ?v0&:(and (stringp ?v0) (neq ?v0 "conda"))) (P__fba588807948 FALSE) (S__037be89db46b TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#28"))
(defrule gpufix:extension-built-for-other-torch#29
   (gpufix-facts (F__torch__installer ?v0&:(and (stringp ?v0) (neq ?v0 "conda"))) (F__torch__version_full__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__037be89db46b TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#29"))
(defrule gpufix:extension-built-for-other-torch#30
   (gpufix-facts (F__torch__installer__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__fba588807948 FALSE) (S__037be89db46b TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#30"))
(defrule gpufix:extension-built-for-other-torch#31
   (gpufix-facts (F__torch__installer__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__version_full__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__037be89db46b TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#31"))
(defrule gpufix:extension-built-for-other-torch#32
   (gpufix-facts (S__468f0049bea0 FALSE) (S__5ef497bc9f71 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#32"))
(defrule gpufix:extension-built-for-other-torch#33
   (gpufix-facts (S__01ccc6930775 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#33"))
(defrule gpufix:extension-built-for-other-torch#34
   (gpufix-facts (S__0c37a02a873d FALSE) (S__311a18448933 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#34"))
(defrule gpufix:extension-built-for-other-torch#35
   (gpufix-facts (S__6f3098c277b1 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#35"))
(defrule gpufix:extension-built-for-other-torch#36
   (gpufix-facts (S__b22818e47d11 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#36"))
(defrule gpufix:extension-built-for-other-torch#37
   (gpufix-facts (S__00a113ca6484 TRUE) (S__1ae751119fa7 TRUE) (S__468f0049bea0 FALSE))
   =>
   (gpufix-fired "extension-built-for-other-torch#37"))
(defrule gpufix:extension-built-for-other-torch#38
   (gpufix-facts (S__1ae751119fa7 TRUE) (S__468f0049bea0 FALSE) (S__50c4c91c624b TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#38"))
(defrule gpufix:extension-built-for-other-torch#39
   (gpufix-facts (F__derived__jetson_other_jetpack__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__13785a1cd937 TRUE) (S__468f0049bea0 FALSE) (S__7c2f08894fd9 FALSE) (S__9778752e78eb FALSE))
   =>
   (gpufix-fired "extension-built-for-other-torch#39"))
(defrule gpufix:extension-built-for-other-torch#40
   (gpufix-facts (S__468f0049bea0 FALSE) (S__9778752e78eb FALSE) (S__a3ddfc8f9a92 TRUE) (S__dcafb66b130b FALSE))
   =>
   (gpufix-fired "extension-built-for-other-torch#40"))
(defrule gpufix:extension-built-for-other-torch#41
   (gpufix-facts (F__compat__torchaudio_matches__b FALSE) (S__a7d6efeae87c TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#41"))
(defrule gpufix:extension-built-for-other-torch#42
   (gpufix-facts (S__2f71e5b5732f FALSE) (S__9d9692d98bbd TRUE) (S__a654f6432aac FALSE) (S__b83bcd383f3b FALSE))
   =>
   (gpufix-fired "extension-built-for-other-torch#42"))
(defrule gpufix:extension-built-for-other-torch#43
   (gpufix-facts (S__2f71e5b5732f FALSE) (S__ad2101b41cef TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#43"))
(defrule gpufix:extension-built-for-other-torch#44
   (gpufix-facts (S__2d061b7c78ca TRUE) (S__2f71e5b5732f FALSE))
   =>
   (gpufix-fired "extension-built-for-other-torch#44"))
(defrule gpufix:extension-built-for-other-torch#45
   (gpufix-facts (S__2f71e5b5732f FALSE) (S__c4c9817dc8ff TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#45"))
(defrule gpufix:extension-built-for-other-torch#46
   (gpufix-facts (S__07cba3826b44 FALSE) (S__2f71e5b5732f FALSE) (S__6b77c208ecc7 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#46"))
(defrule gpufix:extension-built-for-other-torch#47
   (gpufix-facts (S__b306cb57092d TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#47"))
(defrule gpufix:extension-built-for-other-torch#48
   (gpufix-facts (S__468f0049bea0 FALSE) (S__a2c2362a450a TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#48"))
(defrule gpufix:extension-built-for-other-torch#49
   (gpufix-facts (P__35f2d78da1db FALSE) (S__109b89cc67db TRUE) (S__ebd8ece9a5cf TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#49"))
(defrule gpufix:extension-built-for-other-torch#50
   (gpufix-facts (P__9b46196d9741 FALSE) (S__dba9ff73e4f9 TRUE) (S__ebd8ece9a5cf TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#50"))
(defrule gpufix:extension-built-for-other-torch#51
   (gpufix-facts (P__d2ff69bf1c56 FALSE) (S__9488282f2b70 TRUE) (S__ebd8ece9a5cf TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#51"))
(defrule gpufix:extension-built-for-other-torch#52
   (gpufix-facts (S__23bbb83fb920 FALSE) (S__2f71e5b5732f FALSE) (S__7b83ba5a44ab TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#52"))
(defrule gpufix:extension-built-for-other-torch#53
   (gpufix-facts (S__ab792976b076 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#53"))
(defrule gpufix:extension-built-for-other-torch#54
   (gpufix-facts (S__8e5c563b7a22 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#54"))
(defrule gpufix:extension-built-for-other-torch#55
   (gpufix-facts (S__10b21be3c3d4 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#55"))
(defrule gpufix:extension-built-for-other-torch#56
   (gpufix-facts (S__dba1f7dc679a TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#56"))
(defrule gpufix:extension-built-for-other-torch#57
   (gpufix-facts (S__2f71e5b5732f FALSE) (S__aaedc3101f38 TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#57"))
(defrule gpufix:extension-built-for-other-torch#58
   (gpufix-facts (S__2f71e5b5732f FALSE) (S__f9bd3525c6dd TRUE))
   =>
   (gpufix-fired "extension-built-for-other-torch#58"))
(defrule gpufix:extension-built-without-cuda#0
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__613547642f81 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#0"))
(defrule gpufix:extension-built-without-cuda#1
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__613547642f81 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#1"))
(defrule gpufix:extension-built-without-cuda#2
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__613547642f81 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#2"))
(defrule gpufix:extension-built-without-cuda#3
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__613547642f81 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#3"))
(defrule gpufix:extension-built-without-cuda#4
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__613547642f81 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#4"))
(defrule gpufix:extension-built-without-cuda#5
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__613547642f81 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#5"))
(defrule gpufix:extension-built-without-cuda#6
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__613547642f81 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#6"))
(defrule gpufix:extension-built-without-cuda#7
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__613547642f81 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#7"))
(defrule gpufix:extension-built-without-cuda#8
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__d906f5e5137b TRUE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#8"))
(defrule gpufix:extension-built-without-cuda#9
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__d906f5e5137b TRUE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#9"))
(defrule gpufix:extension-built-without-cuda#10
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__d906f5e5137b TRUE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#10"))
(defrule gpufix:extension-built-without-cuda#11
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__d906f5e5137b TRUE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#11"))
(defrule gpufix:extension-built-without-cuda#12
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__d906f5e5137b TRUE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#12"))
(defrule gpufix:extension-built-without-cuda#13
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__d906f5e5137b TRUE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#13"))
(defrule gpufix:extension-built-without-cuda#14
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__d906f5e5137b TRUE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#14"))
(defrule gpufix:extension-built-without-cuda#15
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__d906f5e5137b TRUE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#15"))
(defrule gpufix:extension-built-without-cuda#16
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__9e495c120235 TRUE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#16"))
(defrule gpufix:extension-built-without-cuda#17
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__9e495c120235 TRUE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#17"))
(defrule gpufix:extension-built-without-cuda#18
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__9e495c120235 TRUE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#18"))
(defrule gpufix:extension-built-without-cuda#19
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__9e495c120235 TRUE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#19"))
(defrule gpufix:extension-built-without-cuda#20
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__9e495c120235 TRUE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#20"))
(defrule gpufix:extension-built-without-cuda#21
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__9e495c120235 TRUE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#21"))
(defrule gpufix:extension-built-without-cuda#22
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__9e495c120235 TRUE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#22"))
(defrule gpufix:extension-built-without-cuda#23
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__9e495c120235 TRUE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#23"))
(defrule gpufix:extension-built-without-cuda#24
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__061fc40fe4f4 TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#24"))
(defrule gpufix:extension-built-without-cuda#25
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__061fc40fe4f4 TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#25"))
(defrule gpufix:extension-built-without-cuda#26
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__061fc40fe4f4 TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#26"))
(defrule gpufix:extension-built-without-cuda#27
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__061fc40fe4f4 TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#27"))
(defrule gpufix:extension-built-without-cuda#28
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__061fc40fe4f4 TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#28"))
(defrule gpufix:extension-built-without-cuda#29
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__061fc40fe4f4 TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#29"))
(defrule gpufix:extension-built-without-cuda#30
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__061fc40fe4f4 TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#30"))
(defrule gpufix:extension-built-without-cuda#31
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__061fc40fe4f4 TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#31"))
(defrule gpufix:extension-built-without-cuda#32
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__4e4b05aceaa6 TRUE) (S__6149d1cb83d2 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#32"))
(defrule gpufix:extension-built-without-cuda#33
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__4e4b05aceaa6 TRUE) (S__6149d1cb83d2 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#33"))
(defrule gpufix:extension-built-without-cuda#34
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__4e4b05aceaa6 TRUE) (S__6149d1cb83d2 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#34"))
(defrule gpufix:extension-built-without-cuda#35
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__4e4b05aceaa6 TRUE) (S__6149d1cb83d2 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#35"))
(defrule gpufix:extension-built-without-cuda#36
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__4e4b05aceaa6 TRUE) (S__6149d1cb83d2 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#36"))
(defrule gpufix:extension-built-without-cuda#37
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__4e4b05aceaa6 TRUE) (S__6149d1cb83d2 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#37"))
(defrule gpufix:extension-built-without-cuda#38
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__4e4b05aceaa6 TRUE) (S__6149d1cb83d2 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#38"))
(defrule gpufix:extension-built-without-cuda#39
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__4e4b05aceaa6 TRUE) (S__6149d1cb83d2 TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#39"))
(defrule gpufix:extension-built-without-cuda#40
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__449f923a6e5a TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#40"))
(defrule gpufix:extension-built-without-cuda#41
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__449f923a6e5a TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#41"))
(defrule gpufix:extension-built-without-cuda#42
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__449f923a6e5a TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#42"))
(defrule gpufix:extension-built-without-cuda#43
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__449f923a6e5a TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#43"))
(defrule gpufix:extension-built-without-cuda#44
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__449f923a6e5a TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#44"))
(defrule gpufix:extension-built-without-cuda#45
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__449f923a6e5a TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#45"))
(defrule gpufix:extension-built-without-cuda#46
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__449f923a6e5a TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#46"))
(defrule gpufix:extension-built-without-cuda#47
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__449f923a6e5a TRUE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#47"))
(defrule gpufix:extension-built-without-cuda#48
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__22d794c9b5cc TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#48"))
(defrule gpufix:extension-built-without-cuda#49
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__22d794c9b5cc TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#49"))
(defrule gpufix:extension-built-without-cuda#50
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__22d794c9b5cc TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#50"))
(defrule gpufix:extension-built-without-cuda#51
   (gpufix-facts (F__derived__cpu_build_shown__b FALSE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__22d794c9b5cc TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#51"))
(defrule gpufix:extension-built-without-cuda#52
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__22d794c9b5cc TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#52"))
(defrule gpufix:extension-built-without-cuda#53
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__22d794c9b5cc TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#53"))
(defrule gpufix:extension-built-without-cuda#54
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__22d794c9b5cc TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#54"))
(defrule gpufix:extension-built-without-cuda#55
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__22d794c9b5cc TRUE) (S__23f55853a31e FALSE) (S__35a0eb9c96d3 FALSE) (S__8066278ddca8 FALSE) (S__8bad902fb0bb FALSE) (S__b60c1c1f6677 FALSE) (S__d2984da69ee3 FALSE) (S__e7c4ec8f166f FALSE))
   =>
   (gpufix-fired "extension-built-without-cuda#55"))
(defrule gpufix:extension-cuda-version-mismatch#0
   (gpufix-facts (S__012d42ee0d20 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#0"))
(defrule gpufix:extension-cuda-version-mismatch#1
   (gpufix-facts (S__bef25c3baf3e TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#1"))
(defrule gpufix:extension-cuda-version-mismatch#2
   (gpufix-facts (S__a761383b3fca TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#2"))
(defrule gpufix:extension-cuda-version-mismatch#3
   (gpufix-facts (S__c5c10b5af84c TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#3"))
(defrule gpufix:extension-cuda-version-mismatch#4
   (gpufix-facts (F__derived__ext_build_cuda_major_differs__b TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#4"))
(defrule gpufix:extension-cuda-version-mismatch#5
   (gpufix-facts (S__5e5adfc9d4c4 TRUE) (S__a581ee203e19 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#5"))
(defrule gpufix:extension-cuda-version-mismatch#6
   (gpufix-facts (F__torch__cuda__v ?v0&:(and (numberp ?v0) (>= ?v0 1100070000000070))) (S__5e5adfc9d4c4 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#6"))
(defrule gpufix:extension-cuda-version-mismatch#7
   (gpufix-facts (S__99656b1b82ec TRUE) (S__c4e31b61f965 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#7"))
(defrule gpufix:extension-cuda-version-mismatch#8
   (gpufix-facts (F__torch__cuda__v ?v0&:(and (numberp ?v0) (>= ?v0 1200040000000070))) (S__c4e31b61f965 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#8"))
(defrule gpufix:extension-cuda-version-mismatch#9
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (S__e5ab80679622 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#9"))
(defrule gpufix:extension-cuda-version-mismatch#10
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__e5ab80679622 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#10"))
(defrule gpufix:extension-cuda-version-mismatch#11
   (gpufix-facts (F__compat__nvcc_matches_torch__b FALSE) (S__c65349784385 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#11"))
(defrule gpufix:extension-cuda-version-mismatch#12
   (gpufix-facts (F__compat__nvcc_matches_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__c65349784385 TRUE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#12"))
(defrule gpufix:extension-cuda-version-mismatch#13
   (gpufix-facts (F__compat__nvcc_matches_torch__b FALSE) (S__06b54a3734ac FALSE) (S__a68e87b3c77d TRUE) (S__be3a45332024 FALSE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#13"))
(defrule gpufix:extension-cuda-version-mismatch#14
   (gpufix-facts (F__compat__nvcc_matches_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06b54a3734ac FALSE) (S__a68e87b3c77d TRUE) (S__be3a45332024 FALSE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#14"))
(defrule gpufix:extension-cuda-version-mismatch#15
   (gpufix-facts (F__compat__nvcc_matches_torch__b FALSE) (S__06b54a3734ac FALSE) (S__18b97c6b45c1 TRUE) (S__be3a45332024 FALSE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#15"))
(defrule gpufix:extension-cuda-version-mismatch#16
   (gpufix-facts (F__compat__nvcc_matches_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06b54a3734ac FALSE) (S__18b97c6b45c1 TRUE) (S__be3a45332024 FALSE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#16"))
(defrule gpufix:extension-cuda-version-mismatch#17
   (gpufix-facts (F__compat__nvcc_matches_torch__b FALSE) (S__06b54a3734ac FALSE) (S__14b7667b210c TRUE) (S__be3a45332024 FALSE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#17"))
(defrule gpufix:extension-cuda-version-mismatch#18
   (gpufix-facts (F__compat__nvcc_matches_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06b54a3734ac FALSE) (S__14b7667b210c TRUE) (S__be3a45332024 FALSE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#18"))
(defrule gpufix:extension-cuda-version-mismatch#19
   (gpufix-facts (F__compat__nvcc_matches_torch__b FALSE) (S__06b54a3734ac FALSE) (S__6439eb2bcdb8 TRUE) (S__add9aa8a255d TRUE) (S__be3a45332024 FALSE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#19"))
(defrule gpufix:extension-cuda-version-mismatch#20
   (gpufix-facts (F__compat__nvcc_matches_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__06b54a3734ac FALSE) (S__6439eb2bcdb8 TRUE) (S__add9aa8a255d TRUE) (S__be3a45332024 FALSE))
   =>
   (gpufix-fired "extension-cuda-version-mismatch#20"))
(defrule gpufix:cuda-said-predates-gpu#0
   (gpufix-facts (F__match__cuda_said__v__r27f191552837 ?v0&:(and (numberp ?v0) (< ?v0 1000000000000070))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__42699845fab8 TRUE) (S__995914fe8457 TRUE) (S__995c5bf7ebf5 FALSE) (S__a9b7857761d7 TRUE) (S__e8d7a239b82b FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#0"))
(defrule gpufix:cuda-said-predates-gpu#1
   (gpufix-facts (F__match__cuda_said__v__r27f191552837 ?v0&:(and (numberp ?v0) (< ?v0 1100000000000070))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__79995155882c TRUE) (S__995914fe8457 TRUE) (S__995c5bf7ebf5 FALSE) (S__a9b7857761d7 TRUE) (S__e8d7a239b82b FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#1"))
(defrule gpufix:cuda-said-predates-gpu#2
   (gpufix-facts (F__match__cuda_said__v__r27f191552837 ?v0&:(and (numberp ?v0) (< ?v0 1100080000000070))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__647cccd339fa TRUE) (S__995914fe8457 TRUE) (S__995c5bf7ebf5 FALSE) (S__a9b7857761d7 TRUE) (S__e8d7a239b82b FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#2"))
(defrule gpufix:cuda-said-predates-gpu#3
   (gpufix-facts (F__match__cuda_said__v__r27f191552837 ?v0&:(and (numberp ?v0) (< ?v0 1200080000000070))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__ae2d5fe2e58f TRUE) (S__995914fe8457 TRUE) (S__995c5bf7ebf5 FALSE) (S__a9b7857761d7 TRUE) (S__e8d7a239b82b FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#3"))
(defrule gpufix:cuda-said-predates-gpu#4
   (gpufix-facts (F__torch__cuda__v ?v0&:(and (numberp ?v0) (< ?v0 1000000000000070))) (P__42699845fab8 TRUE) (S__995c5bf7ebf5 FALSE) (S__a9b7857761d7 TRUE) (S__e8d7a239b82b FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#4"))
(defrule gpufix:cuda-said-predates-gpu#5
   (gpufix-facts (F__torch__cuda__v ?v0&:(and (numberp ?v0) (< ?v0 1100000000000070))) (P__79995155882c TRUE) (S__995c5bf7ebf5 FALSE) (S__a9b7857761d7 TRUE) (S__e8d7a239b82b FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#5"))
(defrule gpufix:cuda-said-predates-gpu#6
   (gpufix-facts (F__torch__cuda__v ?v0&:(and (numberp ?v0) (< ?v0 1100080000000070))) (P__647cccd339fa TRUE) (S__995c5bf7ebf5 FALSE) (S__a9b7857761d7 TRUE) (S__e8d7a239b82b FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#6"))
(defrule gpufix:cuda-said-predates-gpu#7
   (gpufix-facts (F__torch__cuda__v ?v0&:(and (numberp ?v0) (< ?v0 1200080000000070))) (P__ae2d5fe2e58f TRUE) (S__995c5bf7ebf5 FALSE) (S__a9b7857761d7 TRUE) (S__e8d7a239b82b FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#7"))
(defrule gpufix:cuda-said-predates-gpu#8
   (gpufix-facts (F__match__paddle_cc__v__r27f191552837 ?v0&:(and (numberp ?v0) (>= ?v0 800000000000070))) (F__match__paddle_runtime_api__v__r27f191552837 ?v1&:(and (numberp ?v1) (< ?v1 1100000000000070))) (S__b9f6888da5f9 FALSE) (S__d531a2518ba5 TRUE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#8"))
(defrule gpufix:cuda-said-predates-gpu#9
   (gpufix-facts (F__match__paddle_cc__v__r27f191552837 ?v0&:(and (numberp ?v0) (>= ?v0 800060000000070))) (F__match__paddle_runtime_api__v__r27f191552837 ?v1&:(and (numberp ?v1) (< ?v1 1100010000000070))) (S__b9f6888da5f9 FALSE) (S__d531a2518ba5 TRUE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#9"))
(defrule gpufix:cuda-said-predates-gpu#10
   (gpufix-facts (F__match__paddle_cc__v__r27f191552837 ?v0&:(and (numberp ?v0) (>= ?v0 800090000000070))) (F__match__paddle_runtime_api__v__r27f191552837 ?v1&:(and (numberp ?v1) (< ?v1 1100080000000070))) (S__b9f6888da5f9 FALSE) (S__d531a2518ba5 TRUE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#10"))
(defrule gpufix:cuda-said-predates-gpu#11
   (gpufix-facts (F__match__paddle_cc__v__r27f191552837 ?v0&:(and (numberp ?v0) (>= ?v0 1000000000000070))) (F__match__paddle_runtime_api__v__r27f191552837 ?v1&:(and (numberp ?v1) (< ?v1 1200080000000070))) (S__b9f6888da5f9 FALSE) (S__d531a2518ba5 TRUE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#11"))
(defrule gpufix:cuda-said-predates-gpu#12
   (gpufix-facts (F__match__paddle_cc__v__r27f191552837 ?v0&:(and (numberp ?v0) (< ?v0 500000000000070))) (F__match__paddle_runtime_api__v__r27f191552837 ?v1&:(and (numberp ?v1) (>= ?v1 1200000000000070))) (S__b9f6888da5f9 FALSE) (S__d531a2518ba5 TRUE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#12"))
(defrule gpufix:cuda-said-predates-gpu#13
   (gpufix-facts (F__derived__gpu_framework "PaddlePaddle") (F__match__cuda_said__v__r27f191552837 ?v1&:(and (numberp ?v1) (< ?v1 1000000000000070))) (P__42699845fab8 TRUE) (S__995914fe8457 TRUE) (S__995c5bf7ebf5 FALSE) (S__b9f6888da5f9 FALSE) (S__c9fc475923f5 FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#13"))
(defrule gpufix:cuda-said-predates-gpu#14
   (gpufix-facts (F__derived__gpu_framework "PaddlePaddle") (F__match__cuda_said__v__r27f191552837 ?v1&:(and (numberp ?v1) (< ?v1 1100000000000070))) (P__79995155882c TRUE) (S__995914fe8457 TRUE) (S__995c5bf7ebf5 FALSE) (S__b9f6888da5f9 FALSE) (S__c9fc475923f5 FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#14"))
(defrule gpufix:cuda-said-predates-gpu#15
   (gpufix-facts (F__derived__gpu_framework "PaddlePaddle") (F__match__cuda_said__v__r27f191552837 ?v1&:(and (numberp ?v1) (< ?v1 1100080000000070))) (P__647cccd339fa TRUE) (S__995914fe8457 TRUE) (S__995c5bf7ebf5 FALSE) (S__b9f6888da5f9 FALSE) (S__c9fc475923f5 FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#15"))
(defrule gpufix:cuda-said-predates-gpu#16
   (gpufix-facts (F__derived__gpu_framework "PaddlePaddle") (F__match__cuda_said__v__r27f191552837 ?v1&:(and (numberp ?v1) (< ?v1 1200080000000070))) (P__ae2d5fe2e58f TRUE) (S__995914fe8457 TRUE) (S__995c5bf7ebf5 FALSE) (S__b9f6888da5f9 FALSE) (S__c9fc475923f5 FALSE))
   =>
   (gpufix-fired "cuda-said-predates-gpu#16"))
(defrule gpufix:gpu-expected-evidence#0
   (gpufix-facts (F__derived__nvidia_gpu__s "ok"))
   =>
   (gpufix-fired "gpu-expected-evidence#0"))
(defrule gpufix:gpu-expected-evidence#1
   (gpufix-facts (F__torch__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__f0630bcb0600 TRUE))
   =>
   (gpufix-fired "gpu-expected-evidence#1"))
(defrule gpufix:gpu-expected-evidence#2
   (gpufix-facts (F__os__name "windows") (S__b704d3840b6f TRUE))
   =>
   (gpufix-fired "gpu-expected-evidence#2"))
(defrule gpufix:gpu-expected-evidence#3
   (gpufix-facts (F__derived__gpu_use_asked__s "ok") (F__os__name ?v1&:(and (stringp ?v1) (neq ?v1 "linux"))))
   =>
   (gpufix-fired "gpu-expected-evidence#3"))
(defrule gpufix:gpu-expected-evidence#4
   (gpufix-facts (F__derived__gpu_use_asked__s "ok") (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "gpu-expected-evidence#4"))
(defrule gpufix:install-network-blocked-evidence#0
   (gpufix-facts (F__derived__python_ssl_missing__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0343414c5d87 FALSE) (S__70844cfea117 TRUE) (S__bda33c20fc58 FALSE) (S__fac3c2790f4c TRUE))
   =>
   (gpufix-fired "install-network-blocked-evidence#0"))
(defrule gpufix:install-network-blocked-evidence#1
   (gpufix-facts (F__derived__python_ssl_missing__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0343414c5d87 FALSE) (S__6d2f29f3aaaf TRUE) (S__70844cfea117 TRUE) (S__bda33c20fc58 FALSE))
   =>
   (gpufix-fired "install-network-blocked-evidence#1"))
(defrule gpufix:install-network-blocked-evidence#2
   (gpufix-facts (F__derived__python_ssl_missing__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0343414c5d87 FALSE) (S__70844cfea117 TRUE) (S__a26fc67ef0d6 TRUE) (S__bda33c20fc58 FALSE))
   =>
   (gpufix-fired "install-network-blocked-evidence#2"))
(defrule gpufix:install-network-blocked-evidence#3
   (gpufix-facts (F__derived__python_ssl_missing__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0343414c5d87 FALSE) (S__042069e147ea TRUE) (S__70844cfea117 TRUE) (S__bda33c20fc58 FALSE))
   =>
   (gpufix-fired "install-network-blocked-evidence#3"))
(defrule gpufix:install-network-blocked-evidence#4
   (gpufix-facts (F__derived__python_ssl_missing__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0343414c5d87 FALSE) (S__3932e9e742a9 TRUE) (S__70844cfea117 TRUE) (S__a612d3d69083 TRUE) (S__bda33c20fc58 FALSE))
   =>
   (gpufix-fired "install-network-blocked-evidence#4"))
(defrule gpufix:install-network-blocked-evidence#5
   (gpufix-facts (F__derived__python_ssl_missing__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__03ae21b73732 TRUE))
   =>
   (gpufix-fired "install-network-blocked-evidence#5"))
(defrule gpufix:jetson-wheel-for-other-jetpack#0
   (gpufix-facts (F__derived__jetson_other_jetpack__s "ok") (S__dba45cc84805 TRUE))
   =>
   (gpufix-fired "jetson-wheel-for-other-jetpack#0"))
(defrule gpufix:jetson-wheel-for-other-jetpack#1
   (gpufix-facts (F__derived__jetson_other_jetpack__s "ok") (F__os__l4t__s "ok"))
   =>
   (gpufix-fired "jetson-wheel-for-other-jetpack#1"))
(defrule gpufix:jetson-wheel-for-other-jetpack#2
   (gpufix-facts (F__derived__jetson_other_jetpack__s "ok") (F__os__jetpack__s "ok"))
   =>
   (gpufix-fired "jetson-wheel-for-other-jetpack#2"))
(defrule gpufix:jetson-wheel-for-other-jetpack#3
   (gpufix-facts (F__container__image_l4t__s "ok") (F__derived__jetson_other_jetpack__s "ok"))
   =>
   (gpufix-fired "jetson-wheel-for-other-jetpack#3"))
(defrule gpufix:pip-memory-error-install#0
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__5430bd3e4266 TRUE) (S__af71fac0f109 TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#0"))
(defrule gpufix:pip-memory-error-install#1
   (gpufix-facts (F__derived__oom_killed__s "ok") (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__af71fac0f109 TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#1"))
(defrule gpufix:pip-memory-error-install#2
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__af71fac0f109 TRUE) (S__f9545b42f46a TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#2"))
(defrule gpufix:pip-memory-error-install#3
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__5430bd3e4266 TRUE) (S__5d616986df41 TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#3"))
(defrule gpufix:pip-memory-error-install#4
   (gpufix-facts (F__derived__oom_killed__s "ok") (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__5d616986df41 TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#4"))
(defrule gpufix:pip-memory-error-install#5
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__5d616986df41 TRUE) (S__f9545b42f46a TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#5"))
(defrule gpufix:pip-memory-error-install#6
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__5430bd3e4266 TRUE) (S__cede3c71486c TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#6"))
(defrule gpufix:pip-memory-error-install#7
   (gpufix-facts (F__derived__oom_killed__s "ok") (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__cede3c71486c TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#7"))
(defrule gpufix:pip-memory-error-install#8
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__cede3c71486c TRUE) (S__f9545b42f46a TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#8"))
(defrule gpufix:pip-memory-error-install#9
   (gpufix-facts (S__114528aabac6 FALSE) (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__5d616986df41 TRUE) (S__5da49e4b5f7f FALSE) (S__83bef300d806 FALSE) (S__a91d0ccbf8fa TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#9"))
(defrule gpufix:pip-memory-error-install#10
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__2d3dfee6db51 FALSE) (S__47625ef0232b FALSE) (S__d424dfa08f9e TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#10"))
(defrule gpufix:pip-memory-error-install#11
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__5430bd3e4266 TRUE) (S__5da49e4b5f7f FALSE) (S__a2a523e80ba0 TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#11"))
(defrule gpufix:pip-memory-error-install#12
   (gpufix-facts (S__2909bf5bc226 FALSE) (S__47625ef0232b FALSE) (S__cee2e138d767 TRUE))
   =>
   (gpufix-fired "pip-memory-error-install#12"))
(defrule gpufix:setuptools-too-new-for-torch#0
   (gpufix-facts (F__derived__setuptools_below_tensorboard__s "ok") (S__c2a6257bb226 TRUE))
   =>
   (gpufix-fired "setuptools-too-new-for-torch#0"))
(defrule gpufix:setuptools-too-new-for-torch#1
   (gpufix-facts (F__derived__setuptools_below_cpp_extension__s "ok") (S__c2a6257bb226 TRUE))
   =>
   (gpufix-fired "setuptools-too-new-for-torch#1"))
(defrule gpufix:no-rocm-os-evidence#0
   (gpufix-facts (F__os__name "windows"))
   =>
   (gpufix-fired "no-rocm-os-evidence#0"))
(defrule gpufix:no-rocm-os-evidence#1
   (gpufix-facts (F__os__name "macos"))
   =>
   (gpufix-fired "no-rocm-os-evidence#1"))
(defrule gpufix:no-rocm-os-evidence#2
   (gpufix-facts (F__derived__mac_named__s "ok"))
   =>
   (gpufix-fired "no-rocm-os-evidence#2"))
(defrule gpufix:no-rocm-os-evidence#3
   (gpufix-facts (S__0efae7fdfd2a TRUE))
   =>
   (gpufix-fired "no-rocm-os-evidence#3"))
(defrule gpufix:rocm-gfx-unsupported#0
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#0"))
(defrule gpufix:rocm-gfx-unsupported#1
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#1"))
(defrule gpufix:rocm-gfx-unsupported#2
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#2"))
(defrule gpufix:rocm-gfx-unsupported#3
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#3"))
(defrule gpufix:rocm-gfx-unsupported#4
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__rocm__gfx__s "ok") (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#4"))
(defrule gpufix:rocm-gfx-unsupported#5
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#5"))
(defrule gpufix:rocm-gfx-unsupported#6
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#6"))
(defrule gpufix:rocm-gfx-unsupported#7
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#7"))
(defrule gpufix:rocm-gfx-unsupported#8
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#8"))
(defrule gpufix:rocm-gfx-unsupported#9
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__rocm__gfx__s "ok") (S__d9cea5b75183 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#9"))
(defrule gpufix:rocm-gfx-unsupported#10
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#10"))
(defrule gpufix:rocm-gfx-unsupported#11
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#11"))
(defrule gpufix:rocm-gfx-unsupported#12
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#12"))
(defrule gpufix:rocm-gfx-unsupported#13
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#13"))
(defrule gpufix:rocm-gfx-unsupported#14
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__rocm__gfx__s "ok") (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#14"))
(defrule gpufix:rocm-gfx-unsupported#15
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#15"))
(defrule gpufix:rocm-gfx-unsupported#16
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#16"))
(defrule gpufix:rocm-gfx-unsupported#17
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#17"))
(defrule gpufix:rocm-gfx-unsupported#18
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#18"))
(defrule gpufix:rocm-gfx-unsupported#19
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__rocm__gfx__s "ok") (S__8eac6da2957a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#19"))
(defrule gpufix:rocm-gfx-unsupported#20
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#20"))
(defrule gpufix:rocm-gfx-unsupported#21
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#21"))
(defrule gpufix:rocm-gfx-unsupported#22
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#22"))
(defrule gpufix:rocm-gfx-unsupported#23
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#23"))
(defrule gpufix:rocm-gfx-unsupported#24
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__rocm__gfx__s "ok") (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#24"))
(defrule gpufix:rocm-gfx-unsupported#25
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#25"))
(defrule gpufix:rocm-gfx-unsupported#26
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#26"))
(defrule gpufix:rocm-gfx-unsupported#27
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#27"))
(defrule gpufix:rocm-gfx-unsupported#28
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#28"))
(defrule gpufix:rocm-gfx-unsupported#29
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__rocm__gfx__s "ok") (S__60f3bde31ac5 TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#29"))
(defrule gpufix:rocm-gfx-unsupported#30
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "rocm-gfx-unsupported#30"))
(defrule gpufix:rocm-gfx-unsupported#31
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#31"))
(defrule gpufix:rocm-gfx-unsupported#32
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#32"))
(defrule gpufix:rocm-gfx-unsupported#33
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#33"))
(defrule gpufix:rocm-gfx-unsupported#34
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#34"))
(defrule gpufix:rocm-gfx-unsupported#35
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__rocm__gfx__s "ok") (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#35"))
(defrule gpufix:rocm-gfx-unsupported#36
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#36"))
(defrule gpufix:rocm-gfx-unsupported#37
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#37"))
(defrule gpufix:rocm-gfx-unsupported#38
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__n ?v2&:(and (numberp ?v2) (<= ?v2 0))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#38"))
(defrule gpufix:rocm-gfx-unsupported#39
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__gpu__count__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#39"))
(defrule gpufix:rocm-gfx-unsupported#40
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__other_framework_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__rocm__gfx__s "ok") (S__64e82a2523ff TRUE) (S__c38fa2a5298b FALSE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#40"))
(defrule gpufix:rocm-gfx-unsupported#41
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#41"))
(defrule gpufix:rocm-gfx-unsupported#42
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#42"))
(defrule gpufix:rocm-gfx-unsupported#43
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#43"))
(defrule gpufix:rocm-gfx-unsupported#44
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#44"))
(defrule gpufix:rocm-gfx-unsupported#45
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__rocm__gfx__s "ok") (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#45"))
(defrule gpufix:rocm-gfx-unsupported#46
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#46"))
(defrule gpufix:rocm-gfx-unsupported#47
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#47"))
(defrule gpufix:rocm-gfx-unsupported#48
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#48"))
(defrule gpufix:rocm-gfx-unsupported#49
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#49"))
(defrule gpufix:rocm-gfx-unsupported#50
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__rocm__gfx__s "ok") (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#50"))
(defrule gpufix:rocm-gfx-unsupported#51
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#51"))
(defrule gpufix:rocm-gfx-unsupported#52
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#52"))
(defrule gpufix:rocm-gfx-unsupported#53
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#53"))
(defrule gpufix:rocm-gfx-unsupported#54
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#54"))
(defrule gpufix:rocm-gfx-unsupported#55
   (gpufix-facts (F__compat__rocm_gfx_supported__b FALSE) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__rocm__gfx__s "ok") (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#55"))
(defrule gpufix:rocm-gfx-unsupported#56
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#56"))
(defrule gpufix:rocm-gfx-unsupported#57
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#57"))
(defrule gpufix:rocm-gfx-unsupported#58
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#58"))
(defrule gpufix:rocm-gfx-unsupported#59
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#59"))
(defrule gpufix:rocm-gfx-unsupported#60
   (gpufix-facts (F__compat__rocm_gfx_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__rocm_override__s "ok") (F__derived__other_framework_only__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__rocm__gfx__s "ok") (S__db37bc2fbe9e TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#60"))
(defrule gpufix:rocm-gfx-unsupported#61
   (gpufix-facts (F__derived__other_framework_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_unlisted_gpu_crash__s "ok") (S__f43196966e5a TRUE))
   =>
   (gpufix-fired "rocm-gfx-unsupported#61"))
(defrule gpufix:rocm-gfx-unsupported#62
   (gpufix-facts (F__derived__other_framework_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_gfx_said_unsupported__s "ok"))
   =>
   (gpufix-fired "rocm-gfx-unsupported#62"))
(defrule gpufix:rocm-igpu-selected#0
   (gpufix-facts (F__derived__nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1587b1ab14fb TRUE) (S__1de1094b5b4f TRUE) (S__6b99d934ff1f TRUE))
   =>
   (gpufix-fired "rocm-igpu-selected#0"))
(defrule gpufix:rocm-igpu-selected#1
   (gpufix-facts (F__derived__nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1de1094b5b4f TRUE) (S__6b99d934ff1f TRUE) (S__7dec0cec7039 TRUE))
   =>
   (gpufix-fired "rocm-igpu-selected#1"))
(defrule gpufix:rocm-igpu-selected#2
   (gpufix-facts (F__derived__nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__3ed7fe84f29a TRUE) (S__572033a9b182 TRUE) (S__6b99d934ff1f TRUE))
   =>
   (gpufix-fired "rocm-igpu-selected#2"))
(defrule gpufix:rocm-igpu-selected#3
   (gpufix-facts (F__derived__nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1587b1ab14fb TRUE) (S__1de1094b5b4f TRUE) (S__f27517048cf0 TRUE))
   =>
   (gpufix-fired "rocm-igpu-selected#3"))
(defrule gpufix:rocm-igpu-selected#4
   (gpufix-facts (F__derived__nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1de1094b5b4f TRUE) (S__8dffc6f447df TRUE) (S__f27517048cf0 TRUE))
   =>
   (gpufix-fired "rocm-igpu-selected#4"))
(defrule gpufix:rocm-igpu-selected#5
   (gpufix-facts (F__derived__nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__26f64cd8cce4 TRUE) (S__3ed7fe84f29a TRUE))
   =>
   (gpufix-fired "rocm-igpu-selected#5"))
(defrule gpufix:rocm-kfd-permission#0
   (gpufix-facts (S__1527de0bdb1a TRUE))
   =>
   (gpufix-fired "rocm-kfd-permission#0"))
(defrule gpufix:rocm-kfd-permission#1
   (gpufix-facts (S__82e785a40d03 TRUE))
   =>
   (gpufix-fired "rocm-kfd-permission#1"))
(defrule gpufix:rocm-kfd-permission#2
   (gpufix-facts (F__rocm__kfd_access__b FALSE))
   =>
   (gpufix-fired "rocm-kfd-permission#2"))
(defrule gpufix:rocm-kfd-permission#3
   (gpufix-facts (S__022531b5fbf7 TRUE))
   =>
   (gpufix-fired "rocm-kfd-permission#3"))
(defrule gpufix:rocm-kfd-permission#4
   (gpufix-facts (S__ae0bbd26f166 TRUE) (S__cb2a8e9d8df1 TRUE))
   =>
   (gpufix-fired "rocm-kfd-permission#4"))
(defrule gpufix:rocm-kfd-permission#5
   (gpufix-facts (S__ae0bbd26f166 TRUE) (S__b841d6a9656a TRUE))
   =>
   (gpufix-fired "rocm-kfd-permission#5"))
(defrule gpufix:rocm-kfd-permission#6
   (gpufix-facts (F__derived__amd_gpu__s "ok") (S__b841d6a9656a TRUE))
   =>
   (gpufix-fired "rocm-kfd-permission#6"))
(defrule gpufix:rocm-wsl-evidence#0
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__os__wsl__b TRUE) (F__torch__build ?v2&:(and (stringp ?v2) (neq ?v2 "cpu"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE))
   =>
   (gpufix-fired "rocm-wsl-evidence#0"))
(defrule gpufix:rocm-wsl-evidence#1
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__os__wsl__b TRUE) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE))
   =>
   (gpufix-fired "rocm-wsl-evidence#1"))
(defrule gpufix:rocm-wsl-evidence#2
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__os__wsl__b TRUE) (F__torch__build ?v2&:(and (stringp ?v2) (neq ?v2 "cpu"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "rocm-wsl-evidence#2"))
(defrule gpufix:rocm-wsl-evidence#3
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__os__wsl__b TRUE) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "rocm-wsl-evidence#3"))
(defrule gpufix:rocm-wsl-evidence#4
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__os__wsl__b TRUE) (F__torch__build ?v2&:(and (stringp ?v2) (neq ?v2 "cpu"))) (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__4b0fa42eb5d3 FALSE))
   =>
   (gpufix-fired "rocm-wsl-evidence#4"))
(defrule gpufix:rocm-wsl-evidence#5
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__os__wsl__b TRUE) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__4b0fa42eb5d3 FALSE))
   =>
   (gpufix-fired "rocm-wsl-evidence#5"))
(defrule gpufix:rocm-wsl-evidence#6
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__os__wsl__b TRUE) (F__torch__build ?v2&:(and (stringp ?v2) (neq ?v2 "cpu"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda_available__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))))
   =>
   (gpufix-fired "rocm-wsl-evidence#6"))
(defrule gpufix:rocm-wsl-evidence#7
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__os__wsl__b TRUE) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "rocm-wsl-evidence#7"))
(defrule gpufix:rocm-wsl-evidence#8
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#8"))
(defrule gpufix:rocm-wsl-evidence#9
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#9"))
(defrule gpufix:rocm-wsl-evidence#10
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#10"))
(defrule gpufix:rocm-wsl-evidence#11
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#11"))
(defrule gpufix:rocm-wsl-evidence#12
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__4b0fa42eb5d3 FALSE) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#12"))
(defrule gpufix:rocm-wsl-evidence#13
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__4b0fa42eb5d3 FALSE) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#13"))
(defrule gpufix:rocm-wsl-evidence#14
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#14"))
(defrule gpufix:rocm-wsl-evidence#15
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#15"))
(defrule gpufix:rocm-wsl-evidence#16
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#16"))
(defrule gpufix:rocm-wsl-evidence#17
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#17"))
(defrule gpufix:rocm-wsl-evidence#18
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#18"))
(defrule gpufix:rocm-wsl-evidence#19
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#19"))
(defrule gpufix:rocm-wsl-evidence#20
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__4b0fa42eb5d3 FALSE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#20"))
(defrule gpufix:rocm-wsl-evidence#21
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__4b0fa42eb5d3 FALSE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#21"))
(defrule gpufix:rocm-wsl-evidence#22
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#22"))
(defrule gpufix:rocm-wsl-evidence#23
   (gpufix-facts (F__os__wsl__b TRUE) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#23"))
(defrule gpufix:rocm-wsl-evidence#24
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#24"))
(defrule gpufix:rocm-wsl-evidence#25
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#25"))
(defrule gpufix:rocm-wsl-evidence#26
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#26"))
(defrule gpufix:rocm-wsl-evidence#27
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#27"))
(defrule gpufix:rocm-wsl-evidence#28
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__4b0fa42eb5d3 FALSE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#28"))
(defrule gpufix:rocm-wsl-evidence#29
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__4b0fa42eb5d3 FALSE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#29"))
(defrule gpufix:rocm-wsl-evidence#30
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#30"))
(defrule gpufix:rocm-wsl-evidence#31
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#31"))
(defrule gpufix:rocm-wsl-evidence#32
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (P__dfe7a5271a63 TRUE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#32"))
(defrule gpufix:rocm-wsl-evidence#33
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (P__dfe7a5271a63 TRUE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#33"))
(defrule gpufix:rocm-wsl-evidence#34
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (P__dfe7a5271a63 TRUE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#34"))
(defrule gpufix:rocm-wsl-evidence#35
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (P__dfe7a5271a63 TRUE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#35"))
(defrule gpufix:rocm-wsl-evidence#36
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__4b0fa42eb5d3 FALSE) (P__dfe7a5271a63 TRUE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#36"))
(defrule gpufix:rocm-wsl-evidence#37
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__4b0fa42eb5d3 FALSE) (P__dfe7a5271a63 TRUE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#37"))
(defrule gpufix:rocm-wsl-evidence#38
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 TRUE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#38"))
(defrule gpufix:rocm-wsl-evidence#39
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__dfe7a5271a63 TRUE) (S__70c7dfac6529 TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#39"))
(defrule gpufix:rocm-wsl-evidence#40
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (S__70c7dfac6529 TRUE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#40"))
(defrule gpufix:rocm-wsl-evidence#41
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (P__4b0fa42eb5d3 FALSE) (S__70c7dfac6529 TRUE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#41"))
(defrule gpufix:rocm-wsl-evidence#42
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__70c7dfac6529 TRUE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#42"))
(defrule gpufix:rocm-wsl-evidence#43
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__70c7dfac6529 TRUE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#43"))
(defrule gpufix:rocm-wsl-evidence#44
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__4b0fa42eb5d3 FALSE) (S__70c7dfac6529 TRUE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#44"))
(defrule gpufix:rocm-wsl-evidence#45
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__4b0fa42eb5d3 FALSE) (S__70c7dfac6529 TRUE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#45"))
(defrule gpufix:rocm-wsl-evidence#46
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__70c7dfac6529 TRUE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#46"))
(defrule gpufix:rocm-wsl-evidence#47
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__70c7dfac6529 TRUE) (S__833674b3bb4c TRUE))
   =>
   (gpufix-fired "rocm-wsl-evidence#47"))
(defrule gpufix:container-shm-too-small#0
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__411f05518759 FALSE) (S__c3b1ae20a477 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#0"))
(defrule gpufix:container-shm-too-small#1
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__c3b1ae20a477 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#1"))
(defrule gpufix:container-shm-too-small#2
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__204b5456f482 TRUE) (S__411f05518759 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#2"))
(defrule gpufix:container-shm-too-small#3
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__204b5456f482 TRUE) (S__411f05518759 FALSE) (S__93405075c03c FALSE))
   =>
   (gpufix-fired "container-shm-too-small#3"))
(defrule gpufix:container-shm-too-small#4
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__411f05518759 FALSE) (S__687f0ace2aec TRUE))
   =>
   (gpufix-fired "container-shm-too-small#4"))
(defrule gpufix:container-shm-too-small#5
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__411f05518759 FALSE) (S__687f0ace2aec TRUE) (S__93405075c03c FALSE))
   =>
   (gpufix-fired "container-shm-too-small#5"))
(defrule gpufix:container-shm-too-small#6
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__2fa16c34a81e TRUE) (S__411f05518759 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#6"))
(defrule gpufix:container-shm-too-small#7
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2fa16c34a81e TRUE) (S__411f05518759 FALSE) (S__93405075c03c FALSE))
   =>
   (gpufix-fired "container-shm-too-small#7"))
(defrule gpufix:container-shm-too-small#8
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__3d84be9afd52 FALSE) (S__411f05518759 FALSE) (S__81f034252a64 TRUE) (S__9024203f7c49 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#8"))
(defrule gpufix:container-shm-too-small#9
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__3d84be9afd52 FALSE) (S__411f05518759 FALSE) (S__81f034252a64 TRUE) (S__9024203f7c49 FALSE) (S__93405075c03c FALSE))
   =>
   (gpufix-fired "container-shm-too-small#9"))
(defrule gpufix:container-shm-too-small#10
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1472470805ba FALSE) (S__1e9aeefd71d6 FALSE) (S__411f05518759 FALSE) (S__d998c3d545c5 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#10"))
(defrule gpufix:container-shm-too-small#11
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1472470805ba FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__d998c3d545c5 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#11"))
(defrule gpufix:container-shm-too-small#12
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1472470805ba FALSE) (S__1e9aeefd71d6 FALSE) (S__411f05518759 FALSE) (S__f2f65196e3db TRUE))
   =>
   (gpufix-fired "container-shm-too-small#12"))
(defrule gpufix:container-shm-too-small#13
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1472470805ba FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__f2f65196e3db TRUE))
   =>
   (gpufix-fired "container-shm-too-small#13"))
(defrule gpufix:container-shm-too-small#14
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__13b0926191b0 TRUE) (S__1e9aeefd71d6 FALSE) (S__411f05518759 FALSE) (S__9045545a7223 TRUE) (S__de2a1c4f77e2 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#14"))
(defrule gpufix:container-shm-too-small#15
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__13b0926191b0 TRUE) (S__411f05518759 FALSE) (S__9045545a7223 TRUE) (S__93405075c03c FALSE) (S__de2a1c4f77e2 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#15"))
(defrule gpufix:container-shm-too-small#16
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__e564e59fc361 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#16"))
(defrule gpufix:container-shm-too-small#17
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__e564e59fc361 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#17"))
(defrule gpufix:container-shm-too-small#18
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__25194efc1952 TRUE) (S__411f05518759 FALSE) (S__9045545a7223 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#18"))
(defrule gpufix:container-shm-too-small#19
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__23033942856f FALSE) (S__25194efc1952 TRUE) (S__411f05518759 FALSE) (S__9045545a7223 TRUE) (S__93405075c03c FALSE))
   =>
   (gpufix-fired "container-shm-too-small#19"))
(defrule gpufix:container-shm-too-small#20
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__25194efc1952 TRUE) (S__411f05518759 FALSE) (S__9045545a7223 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#20"))
(defrule gpufix:container-shm-too-small#21
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__23033942856f FALSE) (S__25194efc1952 TRUE) (S__411f05518759 FALSE) (S__9045545a7223 TRUE) (S__93405075c03c FALSE))
   =>
   (gpufix-fired "container-shm-too-small#21"))
(defrule gpufix:container-shm-too-small#22
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__25194efc1952 TRUE) (S__411f05518759 FALSE) (S__9045545a7223 TRUE) (S__d52925a567aa TRUE))
   =>
   (gpufix-fired "container-shm-too-small#22"))
(defrule gpufix:container-shm-too-small#23
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__23033942856f FALSE) (S__25194efc1952 TRUE) (S__411f05518759 FALSE) (S__9045545a7223 TRUE) (S__93405075c03c FALSE) (S__d52925a567aa TRUE))
   =>
   (gpufix-fired "container-shm-too-small#23"))
(defrule gpufix:container-shm-too-small#24
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__46f3ed2a9218 TRUE) (S__9045545a7223 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#24"))
(defrule gpufix:container-shm-too-small#25
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__46f3ed2a9218 TRUE) (S__9045545a7223 TRUE) (S__93405075c03c FALSE))
   =>
   (gpufix-fired "container-shm-too-small#25"))
(defrule gpufix:container-shm-too-small#26
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__46f3ed2a9218 TRUE) (S__9045545a7223 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#26"))
(defrule gpufix:container-shm-too-small#27
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__46f3ed2a9218 TRUE) (S__9045545a7223 TRUE) (S__93405075c03c FALSE))
   =>
   (gpufix-fired "container-shm-too-small#27"))
(defrule gpufix:container-shm-too-small#28
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__46f3ed2a9218 TRUE) (S__9045545a7223 TRUE) (S__d52925a567aa TRUE))
   =>
   (gpufix-fired "container-shm-too-small#28"))
(defrule gpufix:container-shm-too-small#29
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__46f3ed2a9218 TRUE) (S__9045545a7223 TRUE) (S__93405075c03c FALSE) (S__d52925a567aa TRUE))
   =>
   (gpufix-fired "container-shm-too-small#29"))
(defrule gpufix:container-shm-too-small#30
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__bdb8f19708bb TRUE))
   =>
   (gpufix-fired "container-shm-too-small#30"))
(defrule gpufix:container-shm-too-small#31
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__bdb8f19708bb TRUE))
   =>
   (gpufix-fired "container-shm-too-small#31"))
(defrule gpufix:container-shm-too-small#32
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__bdb8f19708bb TRUE))
   =>
   (gpufix-fired "container-shm-too-small#32"))
(defrule gpufix:container-shm-too-small#33
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__bdb8f19708bb TRUE))
   =>
   (gpufix-fired "container-shm-too-small#33"))
(defrule gpufix:container-shm-too-small#34
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__ab8d4c408058 FALSE) (S__ae59d4e5cd18 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#34"))
(defrule gpufix:container-shm-too-small#35
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__ab8d4c408058 FALSE) (S__ae59d4e5cd18 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#35"))
(defrule gpufix:container-shm-too-small#36
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__ab8d4c408058 FALSE) (S__ae59d4e5cd18 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#36"))
(defrule gpufix:container-shm-too-small#37
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__ab8d4c408058 FALSE) (S__ae59d4e5cd18 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#37"))
(defrule gpufix:container-shm-too-small#38
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__502739ce9357 TRUE) (S__ab8d4c408058 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#38"))
(defrule gpufix:container-shm-too-small#39
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__502739ce9357 TRUE) (S__93405075c03c FALSE) (S__ab8d4c408058 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#39"))
(defrule gpufix:container-shm-too-small#40
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__502739ce9357 TRUE) (S__ab8d4c408058 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#40"))
(defrule gpufix:container-shm-too-small#41
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__502739ce9357 TRUE) (S__93405075c03c FALSE) (S__ab8d4c408058 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#41"))
(defrule gpufix:container-shm-too-small#42
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__96cddc032f6a TRUE))
   =>
   (gpufix-fired "container-shm-too-small#42"))
(defrule gpufix:container-shm-too-small#43
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__96cddc032f6a TRUE))
   =>
   (gpufix-fired "container-shm-too-small#43"))
(defrule gpufix:container-shm-too-small#44
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__96cddc032f6a TRUE))
   =>
   (gpufix-fired "container-shm-too-small#44"))
(defrule gpufix:container-shm-too-small#45
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__96cddc032f6a TRUE))
   =>
   (gpufix-fired "container-shm-too-small#45"))
(defrule gpufix:container-shm-too-small#46
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__96cddc032f6a TRUE) (S__d52925a567aa TRUE))
   =>
   (gpufix-fired "container-shm-too-small#46"))
(defrule gpufix:container-shm-too-small#47
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__96cddc032f6a TRUE) (S__d52925a567aa TRUE))
   =>
   (gpufix-fired "container-shm-too-small#47"))
(defrule gpufix:container-shm-too-small#48
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1a1ae8920658 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__96cddc032f6a TRUE))
   =>
   (gpufix-fired "container-shm-too-small#48"))
(defrule gpufix:container-shm-too-small#49
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1a1ae8920658 TRUE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__93405075c03c FALSE) (S__96cddc032f6a TRUE))
   =>
   (gpufix-fired "container-shm-too-small#49"))
(defrule gpufix:container-shm-too-small#50
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__44ae036373af TRUE) (S__79ba1174ed01 FALSE) (S__b285c42bfef4 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#50"))
(defrule gpufix:container-shm-too-small#51
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__44ae036373af TRUE) (S__79ba1174ed01 FALSE) (S__93405075c03c FALSE) (S__b285c42bfef4 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#51"))
(defrule gpufix:container-shm-too-small#52
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__44ae036373af TRUE) (S__79ba1174ed01 FALSE) (S__b285c42bfef4 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#52"))
(defrule gpufix:container-shm-too-small#53
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__44ae036373af TRUE) (S__79ba1174ed01 FALSE) (S__93405075c03c FALSE) (S__b285c42bfef4 FALSE))
   =>
   (gpufix-fired "container-shm-too-small#53"))
(defrule gpufix:container-shm-too-small#54
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__44ae036373af TRUE) (S__79ba1174ed01 FALSE) (S__b285c42bfef4 FALSE) (S__d52925a567aa TRUE))
   =>
   (gpufix-fired "container-shm-too-small#54"))
(defrule gpufix:container-shm-too-small#55
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__23033942856f FALSE) (S__411f05518759 FALSE) (S__44ae036373af TRUE) (S__79ba1174ed01 FALSE) (S__93405075c03c FALSE) (S__b285c42bfef4 FALSE) (S__d52925a567aa TRUE))
   =>
   (gpufix-fired "container-shm-too-small#55"))
(defrule gpufix:container-shm-too-small#56
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__3d84be9afd52 FALSE) (S__411f05518759 FALSE) (S__73d0d8595c99 FALSE) (S__b285c42bfef4 FALSE) (S__df1e717eea10 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#56"))
(defrule gpufix:container-shm-too-small#57
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__07994f5df900 TRUE) (S__23033942856f FALSE) (S__3d84be9afd52 FALSE) (S__411f05518759 FALSE) (S__73d0d8595c99 FALSE) (S__93405075c03c FALSE) (S__b285c42bfef4 FALSE) (S__df1e717eea10 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#57"))
(defrule gpufix:container-shm-too-small#58
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__3d84be9afd52 FALSE) (S__411f05518759 FALSE) (S__73d0d8595c99 FALSE) (S__b285c42bfef4 FALSE) (S__df1e717eea10 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#58"))
(defrule gpufix:container-shm-too-small#59
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__other_shm_program_only__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__23033942856f FALSE) (S__3d84be9afd52 FALSE) (S__411f05518759 FALSE) (S__73d0d8595c99 FALSE) (S__93405075c03c FALSE) (S__b285c42bfef4 FALSE) (S__df1e717eea10 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#59"))
(defrule gpufix:container-shm-too-small#60
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1e9aeefd71d6 FALSE) (S__23033942856f FALSE) (S__3d84be9afd52 FALSE) (S__411f05518759 FALSE) (S__73d0d8595c99 FALSE) (S__b285c42bfef4 FALSE) (S__d52925a567aa TRUE) (S__df1e717eea10 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#60"))
(defrule gpufix:container-shm-too-small#61
   (gpufix-facts (F__derived__other_shm_program_only__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__23033942856f FALSE) (S__3d84be9afd52 FALSE) (S__411f05518759 FALSE) (S__73d0d8595c99 FALSE) (S__93405075c03c FALSE) (S__b285c42bfef4 FALSE) (S__d52925a567aa TRUE) (S__df1e717eea10 TRUE))
   =>
   (gpufix-fired "container-shm-too-small#61"))
(defrule gpufix:cuda-malloc-async-evidence#0
   (gpufix-facts (S__2d621662c85f TRUE) (S__5d548a6b4fdd FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#0"))
(defrule gpufix:cuda-malloc-async-evidence#1
   (gpufix-facts (S__2d621662c85f TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#1"))
(defrule gpufix:cuda-malloc-async-evidence#2
   (gpufix-facts (S__5d548a6b4fdd FALSE) (S__e69b61e9ba94 TRUE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#2"))
(defrule gpufix:cuda-malloc-async-evidence#3
   (gpufix-facts (S__e69b61e9ba94 TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#3"))
(defrule gpufix:cuda-malloc-async-evidence#4
   (gpufix-facts (S__2443b0ebb210 TRUE) (S__5d548a6b4fdd FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#4"))
(defrule gpufix:cuda-malloc-async-evidence#5
   (gpufix-facts (S__2443b0ebb210 TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#5"))
(defrule gpufix:cuda-malloc-async-evidence#6
   (gpufix-facts (S__5d548a6b4fdd FALSE) (S__ecda2effb03c TRUE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#6"))
(defrule gpufix:cuda-malloc-async-evidence#7
   (gpufix-facts (S__ecda2effb03c TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#7"))
(defrule gpufix:cuda-malloc-async-evidence#8
   (gpufix-facts (S__5d548a6b4fdd FALSE) (S__b8ec685b42ed TRUE) (S__c9d2005e2549 TRUE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#8"))
(defrule gpufix:cuda-malloc-async-evidence#9
   (gpufix-facts (S__b8ec685b42ed TRUE) (S__c9d2005e2549 TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#9"))
(defrule gpufix:cuda-malloc-async-evidence#10
   (gpufix-facts (P__5e287b65e170 TRUE) (S__5d548a6b4fdd FALSE) (S__c9d2005e2549 TRUE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#10"))
(defrule gpufix:cuda-malloc-async-evidence#11
   (gpufix-facts (P__5e287b65e170 TRUE) (S__c9d2005e2549 TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#11"))
(defrule gpufix:cuda-malloc-async-evidence#12
   (gpufix-facts (P__39d4b83e53a7 TRUE) (P__5e287b65e170 TRUE) (S__5d548a6b4fdd FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#12"))
(defrule gpufix:cuda-malloc-async-evidence#13
   (gpufix-facts (P__39d4b83e53a7 TRUE) (P__5e287b65e170 TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#13"))
(defrule gpufix:cuda-malloc-async-evidence#14
   (gpufix-facts (F__derived__zluda_setup__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__5d548a6b4fdd FALSE) (S__bd5272f08815 TRUE) (S__c9d2005e2549 TRUE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#14"))
(defrule gpufix:cuda-malloc-async-evidence#15
   (gpufix-facts (F__derived__zluda_setup__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__bd5272f08815 TRUE) (S__c9d2005e2549 TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#15"))
(defrule gpufix:cuda-malloc-async-evidence#16
   (gpufix-facts (F__derived__zluda_setup__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__3ede0c96f55d FALSE) (S__5d548a6b4fdd FALSE) (S__c9d2005e2549 TRUE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#16"))
(defrule gpufix:cuda-malloc-async-evidence#17
   (gpufix-facts (F__derived__zluda_setup__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__3ede0c96f55d FALSE) (S__c9d2005e2549 TRUE) (S__ed84325549d8 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-evidence#17"))
(defrule gpufix:cuda-oom#0
   (gpufix-facts (S__2da485e563a6 TRUE))
   =>
   (gpufix-fired "cuda-oom#0"))
(defrule gpufix:cuda-oom#1
   (gpufix-facts (S__51f023f994fe TRUE))
   =>
   (gpufix-fired "cuda-oom#1"))
(defrule gpufix:cuda-oom#2
   (gpufix-facts (S__9fe41a58cc40 TRUE))
   =>
   (gpufix-fired "cuda-oom#2"))
(defrule gpufix:cuda-oom#3
   (gpufix-facts (S__f4f08d1d45ae TRUE))
   =>
   (gpufix-fired "cuda-oom#3"))
(defrule gpufix:cuda-oom#4
   (gpufix-facts (S__5c552ac77164 TRUE))
   =>
   (gpufix-fired "cuda-oom#4"))
(defrule gpufix:cuda-oom#5
   (gpufix-facts (S__0934e709b554 TRUE))
   =>
   (gpufix-fired "cuda-oom#5"))
(defrule gpufix:cuda-oom#6
   (gpufix-facts (S__5031e9de2689 TRUE))
   =>
   (gpufix-fired "cuda-oom#6"))
(defrule gpufix:cuda-oom#7
   (gpufix-facts (S__f871ea5b2bd8 TRUE))
   =>
   (gpufix-fired "cuda-oom#7"))
(defrule gpufix:cuda-oom#8
   (gpufix-facts (S__23cecb987dfd TRUE))
   =>
   (gpufix-fired "cuda-oom#8"))
(defrule gpufix:cuda-oom#9
   (gpufix-facts (S__b4238a22ffad TRUE))
   =>
   (gpufix-fired "cuda-oom#9"))
(defrule gpufix:cuda-oom#10
   (gpufix-facts (S__4a1c20bb9008 TRUE))
   =>
   (gpufix-fired "cuda-oom#10"))
(defrule gpufix:cuda-oom#11
   (gpufix-facts (S__60e81c41ddfa TRUE))
   =>
   (gpufix-fired "cuda-oom#11"))
(defrule gpufix:cuda-oom#12
   (gpufix-facts (S__879df2785019 TRUE))
   =>
   (gpufix-fired "cuda-oom#12"))
(defrule gpufix:cuda-oom#13
   (gpufix-facts (S__1562dc8bbf0f TRUE))
   =>
   (gpufix-fired "cuda-oom#13"))
(defrule gpufix:cuda-oom#14
   (gpufix-facts (S__d13d77f71675 TRUE))
   =>
   (gpufix-fired "cuda-oom#14"))
(defrule gpufix:cuda-oom#15
   (gpufix-facts (S__9bb3003c83fe TRUE))
   =>
   (gpufix-fired "cuda-oom#15"))
(defrule gpufix:cuda-oom#16
   (gpufix-facts (S__3e2a0835412a TRUE))
   =>
   (gpufix-fired "cuda-oom#16"))
(defrule gpufix:cuda-oom#17
   (gpufix-facts (S__fbe83263400e TRUE))
   =>
   (gpufix-fired "cuda-oom#17"))
(defrule gpufix:cuda-oom#18
   (gpufix-facts (S__efd2b600f3cf TRUE))
   =>
   (gpufix-fired "cuda-oom#18"))
(defrule gpufix:cuda-oom#19
   (gpufix-facts (S__0fa480b00edf TRUE) (S__c79730977f7d TRUE))
   =>
   (gpufix-fired "cuda-oom#19"))
(defrule gpufix:cuda-oom#20
   (gpufix-facts (S__9a6f2961a4ec TRUE))
   =>
   (gpufix-fired "cuda-oom#20"))
(defrule gpufix:cuda-oom#21
   (gpufix-facts (F__derived__oom_killed__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__ca444ba4f583 TRUE))
   =>
   (gpufix-fired "cuda-oom#21"))
(defrule gpufix:cuda-oom#22
   (gpufix-facts (S__f16108a97671 TRUE))
   =>
   (gpufix-fired "cuda-oom#22"))
(defrule gpufix:cuda-oom#23
   (gpufix-facts (S__70dccaa56d45 TRUE))
   =>
   (gpufix-fired "cuda-oom#23"))
(defrule gpufix:cuda-oom#24
   (gpufix-facts (F__derived__oom_killed__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__630a9a60edb9 FALSE) (S__a5ac80d7b909 TRUE))
   =>
   (gpufix-fired "cuda-oom#24"))
(defrule gpufix:cuda-oom#25
   (gpufix-facts (S__9da44c5f2d8f TRUE))
   =>
   (gpufix-fired "cuda-oom#25"))
(defrule gpufix:cuda-oom#26
   (gpufix-facts (S__7ba1e490bf1d TRUE))
   =>
   (gpufix-fired "cuda-oom#26"))
(defrule gpufix:cuda-oom#27
   (gpufix-facts (F__derived__oom_killed__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__630a9a60edb9 FALSE) (S__76c7734b20ca TRUE))
   =>
   (gpufix-fired "cuda-oom#27"))
(defrule gpufix:gpu-too-old-for-feature#0
   (gpufix-facts (S__db1113c31c33 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#0"))
(defrule gpufix:gpu-too-old-for-feature#1
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__622269a89f6d TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#1"))
(defrule gpufix:gpu-too-old-for-feature#2
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__622269a89f6d TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#2"))
(defrule gpufix:gpu-too-old-for-feature#3
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__b TRUE) (P__9d5696e4a2f8 FALSE) (S__2a18c621c8d6 FALSE) (S__5f36bfdbb1b0 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#3"))
(defrule gpufix:gpu-too-old-for-feature#4
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__9d5696e4a2f8 FALSE) (S__2a18c621c8d6 FALSE) (S__5f36bfdbb1b0 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#4"))
(defrule gpufix:gpu-too-old-for-feature#5
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__9d5696e4a2f8 FALSE) (S__2a18c621c8d6 FALSE) (S__5f36bfdbb1b0 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#5"))
(defrule gpufix:gpu-too-old-for-feature#6
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__9d5696e4a2f8 FALSE) (S__2a18c621c8d6 FALSE) (S__5f36bfdbb1b0 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#6"))
(defrule gpufix:gpu-too-old-for-feature#7
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (S__2a18c621c8d6 FALSE) (S__5f36bfdbb1b0 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#7"))
(defrule gpufix:gpu-too-old-for-feature#8
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2a18c621c8d6 FALSE) (S__5f36bfdbb1b0 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#8"))
(defrule gpufix:gpu-too-old-for-feature#9
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (S__2a18c621c8d6 FALSE) (S__5f36bfdbb1b0 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#9"))
(defrule gpufix:gpu-too-old-for-feature#10
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2a18c621c8d6 FALSE) (S__5f36bfdbb1b0 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#10"))
(defrule gpufix:gpu-too-old-for-feature#11
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__b TRUE) (P__9d5696e4a2f8 FALSE) (S__2a18c621c8d6 FALSE) (S__7afb16c537a5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#11"))
(defrule gpufix:gpu-too-old-for-feature#12
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__9d5696e4a2f8 FALSE) (S__2a18c621c8d6 FALSE) (S__7afb16c537a5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#12"))
(defrule gpufix:gpu-too-old-for-feature#13
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__9d5696e4a2f8 FALSE) (S__2a18c621c8d6 FALSE) (S__7afb16c537a5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#13"))
(defrule gpufix:gpu-too-old-for-feature#14
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__9d5696e4a2f8 FALSE) (S__2a18c621c8d6 FALSE) (S__7afb16c537a5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#14"))
(defrule gpufix:gpu-too-old-for-feature#15
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (S__2a18c621c8d6 FALSE) (S__7afb16c537a5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#15"))
(defrule gpufix:gpu-too-old-for-feature#16
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2a18c621c8d6 FALSE) (S__7afb16c537a5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#16"))
(defrule gpufix:gpu-too-old-for-feature#17
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (S__2a18c621c8d6 FALSE) (S__7afb16c537a5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#17"))
(defrule gpufix:gpu-too-old-for-feature#18
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2a18c621c8d6 FALSE) (S__7afb16c537a5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#18"))
(defrule gpufix:gpu-too-old-for-feature#19
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__8741de671174 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#19"))
(defrule gpufix:gpu-too-old-for-feature#20
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__8741de671174 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#20"))
(defrule gpufix:gpu-too-old-for-feature#21
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__9986ca6ee9d7 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#21"))
(defrule gpufix:gpu-too-old-for-feature#22
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__9986ca6ee9d7 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#22"))
(defrule gpufix:gpu-too-old-for-feature#23
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__480f3c8259e6 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#23"))
(defrule gpufix:gpu-too-old-for-feature#24
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__480f3c8259e6 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#24"))
(defrule gpufix:gpu-too-old-for-feature#25
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__1bef4cb88760 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#25"))
(defrule gpufix:gpu-too-old-for-feature#26
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1bef4cb88760 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#26"))
(defrule gpufix:gpu-too-old-for-feature#27
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__2d5a7263397e TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#27"))
(defrule gpufix:gpu-too-old-for-feature#28
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2d5a7263397e TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#28"))
(defrule gpufix:gpu-too-old-for-feature#29
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (P__9d5696e4a2f8 FALSE) (S__4666169734ea TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#29"))
(defrule gpufix:gpu-too-old-for-feature#30
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__9ccbc9c3cdc8 TRUE) (S__4666169734ea TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#30"))
(defrule gpufix:gpu-too-old-for-feature#31
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (P__9d5696e4a2f8 FALSE) (S__b76274712485 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#31"))
(defrule gpufix:gpu-too-old-for-feature#32
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__9ccbc9c3cdc8 TRUE) (S__b76274712485 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#32"))
(defrule gpufix:gpu-too-old-for-feature#33
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (P__9d5696e4a2f8 FALSE) (S__c6d12c2a1248 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#33"))
(defrule gpufix:gpu-too-old-for-feature#34
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__9ccbc9c3cdc8 TRUE) (S__c6d12c2a1248 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#34"))
(defrule gpufix:gpu-too-old-for-feature#35
   (gpufix-facts (P__5402ab660a80 TRUE) (S__fc9550abe079 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#35"))
(defrule gpufix:gpu-too-old-for-feature#36
   (gpufix-facts (P__14ed41dfd6c7 TRUE) (S__6cc6304669bb TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#36"))
(defrule gpufix:gpu-too-old-for-feature#37
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (S__1f540c042dc5 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#37"))
(defrule gpufix:gpu-too-old-for-feature#38
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__b505f4c541fd TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#38"))
(defrule gpufix:gpu-too-old-for-feature#39
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__b505f4c541fd TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#39"))
(defrule gpufix:gpu-too-old-for-feature#40
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__e94de239846f TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#40"))
(defrule gpufix:gpu-too-old-for-feature#41
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__e94de239846f TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#41"))
(defrule gpufix:gpu-too-old-for-feature#42
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (S__dff89cb68380 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#42"))
(defrule gpufix:gpu-too-old-for-feature#43
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (S__6a7710a13b5e TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#43"))
(defrule gpufix:gpu-too-old-for-feature#44
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (P__9d5696e4a2f8 FALSE) (S__8e3f51d7c91e TRUE) (S__d9f96614cb9f TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#44"))
(defrule gpufix:gpu-too-old-for-feature#45
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__9ccbc9c3cdc8 TRUE) (S__8e3f51d7c91e TRUE) (S__d9f96614cb9f TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#45"))
(defrule gpufix:gpu-too-old-for-feature#46
   (gpufix-facts (S__a8787d4366f9 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#46"))
(defrule gpufix:gpu-too-old-for-feature#47
   (gpufix-facts (P__999a4d4e0f23 TRUE) (S__d121e79d04e1 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#47"))
(defrule gpufix:gpu-too-old-for-feature#48
   (gpufix-facts (P__ca3a63fe65a9 TRUE) (S__6cc53ef1bea9 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#48"))
(defrule gpufix:gpu-too-old-for-feature#49
   (gpufix-facts (P__9d5696e4a2f8 FALSE) (S__4a503c517898 TRUE) (S__8f96c59a0acc TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#49"))
(defrule gpufix:gpu-too-old-for-feature#50
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4a503c517898 TRUE) (S__8f96c59a0acc TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#50"))
(defrule gpufix:gpu-too-old-for-feature#51
   (gpufix-facts (P__9ccbc9c3cdc8 TRUE) (P__9d5696e4a2f8 FALSE) (S__f6814c41faeb TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#51"))
(defrule gpufix:gpu-too-old-for-feature#52
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__9ccbc9c3cdc8 TRUE) (S__f6814c41faeb TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#52"))
(defrule gpufix:gpu-too-old-for-feature#53
   (gpufix-facts (P__94859682dea8 FALSE) (S__f4b9c23e701a TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#53"))
(defrule gpufix:gpu-too-old-for-feature#54
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__f4b9c23e701a TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#54"))
(defrule gpufix:gpu-too-old-for-feature#55
   (gpufix-facts (S__ed0022fdc6e9 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#55"))
(defrule gpufix:gpu-too-old-for-feature#56
   (gpufix-facts (S__a4fff01933c9 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#56"))
(defrule gpufix:gpu-too-old-for-feature#57
   (gpufix-facts (P__82f707bf68ac FALSE) (S__5e489ec5303d TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#57"))
(defrule gpufix:gpu-too-old-for-feature#58
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__5e489ec5303d TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#58"))
(defrule gpufix:gpu-too-old-for-feature#59
   (gpufix-facts (P__82f707bf68ac FALSE) (S__7efb4c2b4e2d TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#59"))
(defrule gpufix:gpu-too-old-for-feature#60
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__7efb4c2b4e2d TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#60"))
(defrule gpufix:gpu-too-old-for-feature#61
   (gpufix-facts (S__db44741c941c TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#61"))
(defrule gpufix:gpu-too-old-for-feature#62
   (gpufix-facts (P__7f523afb12e9 TRUE) (S__bf66472eec03 TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#62"))
(defrule gpufix:gpu-too-old-for-feature#63
   (gpufix-facts (F__derived__old_gpu_feature_refused__b TRUE))
   =>
   (gpufix-fired "gpu-too-old-for-feature#63"))
(defrule gpufix:mig-instance-visibility#0
   (gpufix-facts (S__df09a42c4940 TRUE))
   =>
   (gpufix-fired "mig-instance-visibility#0"))
(defrule gpufix:mig-instance-visibility#1
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__mig_devices__n ?v1&:(and (numberp ?v1) (= ?v1 0))) (F__gpu__mig_enabled__b TRUE) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (S__928e2191932e TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#1"))
(defrule gpufix:mig-instance-visibility#2
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__mig_devices__n ?v1&:(and (numberp ?v1) (= ?v1 0))) (F__gpu__mig_enabled__b TRUE) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__cuda_available__b FALSE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#2"))
(defrule gpufix:mig-instance-visibility#3
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__mig_devices__n ?v1&:(and (numberp ?v1) (= ?v1 0))) (F__gpu__mig_enabled__b TRUE) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (F__torch__device_count__n ?v4&:(and (numberp ?v4) (= ?v4 0))) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#3"))
(defrule gpufix:mig-instance-visibility#4
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__gpu__mig_devices__n ?v1&:(and (numberp ?v1) (= ?v1 0))) (F__gpu__mig_enabled__b TRUE) (F__torch__build ?v3&:(and (stringp ?v3) (neq ?v3 "cpu"))) (S__baa3e26d63b6 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#4"))
(defrule gpufix:mig-instance-visibility#5
   (gpufix-facts (S__7683c811df31 TRUE) (S__84434a170371 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#5"))
(defrule gpufix:mig-instance-visibility#6
   (gpufix-facts (S__3fbe4f1a95c0 TRUE) (S__84434a170371 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#6"))
(defrule gpufix:mig-instance-visibility#7
   (gpufix-facts (S__84434a170371 TRUE) (S__928e2191932e TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#7"))
(defrule gpufix:mig-instance-visibility#8
   (gpufix-facts (S__84434a170371 TRUE) (S__baa3e26d63b6 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#8"))
(defrule gpufix:mig-instance-visibility#9
   (gpufix-facts (S__7683c811df31 TRUE) (S__ab4c1cd5303b TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#9"))
(defrule gpufix:mig-instance-visibility#10
   (gpufix-facts (S__3fbe4f1a95c0 TRUE) (S__ab4c1cd5303b TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#10"))
(defrule gpufix:mig-instance-visibility#11
   (gpufix-facts (S__928e2191932e TRUE) (S__ab4c1cd5303b TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#11"))
(defrule gpufix:mig-instance-visibility#12
   (gpufix-facts (S__ab4c1cd5303b TRUE) (S__baa3e26d63b6 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#12"))
(defrule gpufix:mig-instance-visibility#13
   (gpufix-facts (F__gpu__mig_enabled__b TRUE) (S__7683c811df31 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#13"))
(defrule gpufix:mig-instance-visibility#14
   (gpufix-facts (F__gpu__mig_enabled__b TRUE) (S__3fbe4f1a95c0 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#14"))
(defrule gpufix:mig-instance-visibility#15
   (gpufix-facts (F__gpu__mig_enabled__b TRUE) (S__928e2191932e TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#15"))
(defrule gpufix:mig-instance-visibility#16
   (gpufix-facts (F__gpu__mig_enabled__b TRUE) (S__baa3e26d63b6 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#16"))
(defrule gpufix:mig-instance-visibility#17
   (gpufix-facts (S__7683c811df31 TRUE) (S__c7352f28c547 FALSE) (S__db48fea0a096 TRUE))
   =>
   (gpufix-fired "mig-instance-visibility#17"))
(defrule gpufix:mig-instance-visibility#18
   (gpufix-facts (S__3fbe4f1a95c0 TRUE) (S__c7352f28c547 FALSE) (S__db48fea0a096 TRUE))
   =>
   (gpufix-fired "mig-instance-visibility#18"))
(defrule gpufix:mig-instance-visibility#19
   (gpufix-facts (S__928e2191932e TRUE) (S__c7352f28c547 FALSE) (S__db48fea0a096 TRUE))
   =>
   (gpufix-fired "mig-instance-visibility#19"))
(defrule gpufix:mig-instance-visibility#20
   (gpufix-facts (S__baa3e26d63b6 TRUE) (S__c7352f28c547 FALSE) (S__db48fea0a096 TRUE))
   =>
   (gpufix-fired "mig-instance-visibility#20"))
(defrule gpufix:mig-instance-visibility#21
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))) (S__84434a170371 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#21"))
(defrule gpufix:mig-instance-visibility#22
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (S__84434a170371 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#22"))
(defrule gpufix:mig-instance-visibility#23
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))) (S__ab4c1cd5303b TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#23"))
(defrule gpufix:mig-instance-visibility#24
   (gpufix-facts (F__derived__cpu_build_shown__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (S__ab4c1cd5303b TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#24"))
(defrule gpufix:mig-instance-visibility#25
   (gpufix-facts (S__23b3b76edc62 TRUE) (S__84434a170371 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#25"))
(defrule gpufix:mig-instance-visibility#26
   (gpufix-facts (F__torch__device_count__n ?v0&:(and (numberp ?v0) (= ?v0 1))) (S__84434a170371 TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#26"))
(defrule gpufix:mig-instance-visibility#27
   (gpufix-facts (S__23b3b76edc62 TRUE) (S__ab4c1cd5303b TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#27"))
(defrule gpufix:mig-instance-visibility#28
   (gpufix-facts (F__torch__device_count__n ?v0&:(and (numberp ?v0) (= ?v0 1))) (S__ab4c1cd5303b TRUE) (S__c7352f28c547 FALSE))
   =>
   (gpufix-fired "mig-instance-visibility#28"))
(defrule gpufix:mps-not-expected#0
   (gpufix-facts (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired "mps-not-expected#0"))
(defrule gpufix:mps-not-expected#1
   (gpufix-facts (F__derived__nvidia_gpu__s "ok"))
   =>
   (gpufix-fired "mps-not-expected#1"))
(defrule gpufix:mps-not-expected#2
   (gpufix-facts (F__os__name "linux"))
   =>
   (gpufix-fired "mps-not-expected#2"))
(defrule gpufix:mps-not-expected#3
   (gpufix-facts (F__os__name "windows"))
   =>
   (gpufix-fired "mps-not-expected#3"))
(defrule gpufix:mps-not-expected#4
   (gpufix-facts (S__1510aea25af5 TRUE))
   =>
   (gpufix-fired "mps-not-expected#4"))
(defrule gpufix:wsl-memory-limit#0
   (gpufix-facts (F__derived__oom_killed__s "ok") (S__10d3bee99350 FALSE) (S__8fe58f1b2205 FALSE) (S__ea8cb870091d TRUE) (S__eb2d1a0e5655 FALSE))
   =>
   (gpufix-fired "wsl-memory-limit#0"))
(defrule gpufix:wsl-memory-limit#1
   (gpufix-facts (F__derived__oom_killed__s "ok") (F__os__wsl__b TRUE) (S__10d3bee99350 FALSE) (S__eb2d1a0e5655 FALSE))
   =>
   (gpufix-fired "wsl-memory-limit#1"))

;; gpufix stratum: apple-gpu-unavailable-not-built-out, apple-gpu-unavailable-intel-mac-out, apple-gpu-unavailable-rosetta-out, apple-gpu-unavailable-macos-too-old-out, container-no-gpu-toolkit-missing-for-1, container-no-gpu-toolkit-missing-for-2, container-no-gpu-toolkit-missing-against-1, container-no-gpu-toolkit-missing-against-2, container-no-gpu-host-no-driver-for-1, container-no-gpu-host-no-driver-for-2, container-no-gpu-host-no-driver-against-1, container-no-gpu-host-no-driver-against-2, container-no-gpu-started-without-gpus-for-1, container-no-gpu-started-without-gpus-for-2, container-no-gpu-started-without-gpus-for-3, container-no-gpu-started-without-gpus-for-4, container-no-gpu-started-without-gpus-against-1, container-no-gpu-started-without-gpus-against-2, cuda-unavailable, gpu-slow-cpu-build-out, gpu-slow-gpu-not-visible-out, gpu-slow-code-on-cpu-out, gpu-slow-input-bound-out, gpu-slow-warm-up-out, gpu-slow-launch-blocking-out, gpu-slow-task-manager-out, gpu-slow-power-limited-out, gpu-slow-sysmem-fallback-out, no-module-torch-not-installed-out, no-module-torch-other-interpreter-out, no-nvidia-gpu-evidence, cpu-build-stated, install-blocked-by-proxy-or-tls, jetson-generic-torch-evidence, no-matching-wheel, paddle-arch-gap-evidence, torch-download-failed, rocm-wsl-setup, zluda-setup-mismatch, app-gpu-refused-evidence, cuda-malloc-async-unsupported, mps-unavailable
(deftemplate gpufix-facts
   (slot F__compat__gpu_sm__s)
   (slot F__compat__named_build_unpublished__s)
   (slot F__container__gpus)
   (slot F__container__inside__b)
   (slot F__derived__cpu_build_shown__s)
   (slot F__derived__cuda_malloc_async__s)
   (slot F__derived__cuda_said_predates_gpu__b)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__against__1__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__against__2__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__against__3__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__against__1__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__against__2__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__against__1__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__against__2__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__against__1__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__against__2__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__symptom__s)
   (slot F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__against__1__s)
   (slot F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__against__2__s)
   (slot F__derived__dx__gpu_x2d_slow__cpu_x2d_build__against__1__s)
   (slot F__derived__dx__gpu_x2d_slow__cpu_x2d_build__against__2__s)
   (slot F__derived__dx__gpu_x2d_slow__cpu_x2d_build__against__3__s)
   (slot F__derived__dx__gpu_x2d_slow__gpu_x2d_not_x2d_visible__against__1__s)
   (slot F__derived__dx__gpu_x2d_slow__input_x2d_bound__against__1__s)
   (slot F__derived__dx__gpu_x2d_slow__input_x2d_bound__against__3__s)
   (slot F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__against__1__s)
   (slot F__derived__dx__gpu_x2d_slow__power_x2d_limited__against__1__s)
   (slot F__derived__dx__gpu_x2d_slow__sysmem_x2d_fallback__against__1__s)
   (slot F__derived__dx__gpu_x2d_slow__sysmem_x2d_fallback__against__2__s)
   (slot F__derived__dx__gpu_x2d_slow__sysmem_x2d_fallback__against__3__s)
   (slot F__derived__dx__gpu_x2d_slow__task_x2d_manager__against__1__s)
   (slot F__derived__dx__gpu_x2d_slow__task_x2d_manager__against__2__s)
   (slot F__derived__dx__gpu_x2d_slow__warm_x2d_up__against__1__s)
   (slot F__derived__dx__no_x2d_module_x2d_torch__not_x2d_installed__against__1__s)
   (slot F__derived__dx__no_x2d_module_x2d_torch__other_x2d_interpreter__against__1__s)
   (slot F__derived__gpu_framework)
   (slot F__derived__gpu_unused_said__s)
   (slot F__derived__install_network_blocked__s)
   (slot F__derived__mirror_used__s)
   (slot F__derived__mps_not_expected__s)
   (slot F__derived__no_cuda_device_seen__s)
   (slot F__derived__no_nvidia_gpu_stated__s)
   (slot F__derived__python_ssl_missing__s)
   (slot F__derived__rocm_wsl__s)
   (slot F__derived__zluda_setup__s)
   (slot F__driver__version__s)
   (slot F__gpu__count__n)
   (slot F__gpu__vendor)
   (slot F__match__macos_arch__r2b943429e932)
   (slot F__match__macos_version__v__r2b943429e932)
   (slot F__match__py_macos__v__r2b943429e932)
   (slot F__match__requirement__s__r99d0aa7101db)
   (slot F__os__arch)
   (slot F__os__arch__s)
   (slot F__os__name)
   (slot F__os__name__s)
   (slot F__pci__nvidia_count__n)
   (slot F__pci__seen__b)
   (slot F__python__version__v)
   (slot F__rocm__gfx__s)
   (slot F__torch__build)
   (slot F__torch__build__s)
   (slot F__torch__cuda_available__b)
   (slot F__torch__cuda_available__s)
   (slot F__torch__hip__s)
   (slot F__torch__mps_available__b)
   (slot F__torch__mps_available__s)
   (slot P__5e287b65e170)
   (slot P__bfaabae75a5a)
   (slot P__dfe7a5271a63)
   (slot P__e0ba889fc4a2)
   (slot S__02e2458a237f)
   (slot S__042587d45dd6)
   (slot S__07ff9db87f44)
   (slot S__09bf94227016)
   (slot S__0aa418833290)
   (slot S__0db1fd69b39f)
   (slot S__0f268784370f)
   (slot S__0fd1212b74f4)
   (slot S__0fd404c33a68)
   (slot S__137e1ae4b3b9)
   (slot S__15a1003d46b6)
   (slot S__16088c846145)
   (slot S__186d9b4bbc3e)
   (slot S__187377ee3c6a)
   (slot S__1e61c32e5303)
   (slot S__1eab499ee072)
   (slot S__1f6e4f903b85)
   (slot S__1fd52a1a78d1)
   (slot S__20b364acb6a7)
   (slot S__2342e321d31a)
   (slot S__24a1aa2383fd)
   (slot S__26ea24506b02)
   (slot S__2baabd6ac463)
   (slot S__2c7076ac6250)
   (slot S__2d143c2e9bf7)
   (slot S__2d650b58f74a)
   (slot S__2e758092850d)
   (slot S__2f46e3e9360b)
   (slot S__30ac2b1300d0)
   (slot S__31d693896ea2)
   (slot S__3701915c8b22)
   (slot S__3afeedc38d62)
   (slot S__3e41276010b6)
   (slot S__3f897b337ada)
   (slot S__41c864a55472)
   (slot S__44ead540be85)
   (slot S__46d0b72a4a2a)
   (slot S__46e59c0f3f2f)
   (slot S__4a08540ebf68)
   (slot S__4d592d58bac6)
   (slot S__4dcba054883e)
   (slot S__5029abdc3e14)
   (slot S__516f16e005eb)
   (slot S__518c821d3989)
   (slot S__5a2f700d2dc3)
   (slot S__5c633fb59cca)
   (slot S__5dd0bbcdbba4)
   (slot S__6004fe88f5ef)
   (slot S__600f8f5a893e)
   (slot S__665bd20d519f)
   (slot S__66eafdc7f336)
   (slot S__6822e55b6435)
   (slot S__68e80e0fe304)
   (slot S__6a383a2796c6)
   (slot S__712a96a9b228)
   (slot S__74037e5134d2)
   (slot S__751fee09df1b)
   (slot S__77be72ee72ef)
   (slot S__780218a027de)
   (slot S__7e54ff3c690e)
   (slot S__80d5ca0b037f)
   (slot S__823b287fab49)
   (slot S__86ff916a673f)
   (slot S__89cf201488ee)
   (slot S__8eaa63e52f21)
   (slot S__8eb53add450e)
   (slot S__9490449c0347)
   (slot S__94cea6c0111a)
   (slot S__9563e3919676)
   (slot S__9abfac55f631)
   (slot S__9c3d0cd2294f)
   (slot S__9e7a42708bee)
   (slot S__a12d18513737)
   (slot S__a2d3230bf40a)
   (slot S__a340661cb202)
   (slot S__a34af2d52e3e)
   (slot S__a3bd0e1f861c)
   (slot S__a406eae079b8)
   (slot S__a56d90011d91)
   (slot S__a6953b003f03)
   (slot S__a75180c7c20d)
   (slot S__a76875ddb495)
   (slot S__a97ae87e998b)
   (slot S__ad7a11e80ef3)
   (slot S__ae156d3e8458)
   (slot S__aec9d5ebc617)
   (slot S__af0f444a0e61)
   (slot S__b336a80184d5)
   (slot S__b4da2bfce93d)
   (slot S__b5ad9e126fb2)
   (slot S__c2725553756c)
   (slot S__c2765a010fc8)
   (slot S__c2bd2a63aede)
   (slot S__c35a22e6b8e2)
   (slot S__c4e61a623696)
   (slot S__c65de401c6ac)
   (slot S__cb4c7aaf0656)
   (slot S__cd453528f676)
   (slot S__cd7973434f84)
   (slot S__ce2196768870)
   (slot S__d007b1ce0591)
   (slot S__d3d645a73384)
   (slot S__da749be2ba79)
   (slot S__ddd149887f3c)
   (slot S__ddeef01c9887)
   (slot S__ded3d9e41d08)
   (slot S__def044a65886)
   (slot S__df1d84e19635)
   (slot S__e21b5a5411e8)
   (slot S__e7a84162a35d)
   (slot S__e85bf2d5167a)
   (slot S__e92ce2a12d7d)
   (slot S__f00de5043144)
   (slot S__f330492f2836)
   (slot S__f44c91b84001)
   (slot S__f6b6634ef64b)
   (slot S__fa79ec017f59)
   (slot S__fadc3f8c634b)
   (slot S__fbc2504eb322)
   (slot S__fce1b502f395)
   (slot S__fd7ad7652bed))
(defrule gpufix:apple-gpu-unavailable-not-built-out#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__against__1__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-not-built-out#0"))
(defrule gpufix:apple-gpu-unavailable-not-built-out#1
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__against__2__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-not-built-out#1"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-out#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__against__1__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-out#0"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-out#1
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__against__2__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-out#1"))
(defrule gpufix:apple-gpu-unavailable-intel-mac-out#2
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__against__3__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-intel-mac-out#2"))
(defrule gpufix:apple-gpu-unavailable-rosetta-out#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__against__1__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-rosetta-out#0"))
(defrule gpufix:apple-gpu-unavailable-rosetta-out#1
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__against__2__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-rosetta-out#1"))
(defrule gpufix:apple-gpu-unavailable-macos-too-old-out#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__against__1__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-macos-too-old-out#0"))
(defrule gpufix:apple-gpu-unavailable-macos-too-old-out#1
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__against__2__s "ok"))
   =>
   (gpufix-fired "apple-gpu-unavailable-macos-too-old-out#1"))
(defrule gpufix:container-no-gpu-toolkit-missing-for-1#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (S__a34af2d52e3e TRUE))
   =>
   (gpufix-fired "container-no-gpu-toolkit-missing-for-1#0"))
(defrule gpufix:container-no-gpu-toolkit-missing-for-2#0
   (gpufix-facts (F__container__gpus "no-runtime") (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-toolkit-missing-for-2#0"))
(defrule gpufix:container-no-gpu-toolkit-missing-against-1#0
   (gpufix-facts (F__container__gpus "ok") (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-toolkit-missing-against-1#0"))
(defrule gpufix:container-no-gpu-toolkit-missing-against-2#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (S__c35a22e6b8e2 TRUE))
   =>
   (gpufix-fired "container-no-gpu-toolkit-missing-against-2#0"))
(defrule gpufix:container-no-gpu-host-no-driver-for-1#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (S__1f6e4f903b85 TRUE))
   =>
   (gpufix-fired "container-no-gpu-host-no-driver-for-1#0"))
(defrule gpufix:container-no-gpu-host-no-driver-for-2#0
   (gpufix-facts (F__container__gpus "driver-error") (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-host-no-driver-for-2#0"))
(defrule gpufix:container-no-gpu-host-no-driver-against-1#0
   (gpufix-facts (F__container__gpus "ok") (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-host-no-driver-against-1#0"))
(defrule gpufix:container-no-gpu-host-no-driver-against-2#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (F__driver__version__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-host-no-driver-against-2#0"))
(defrule gpufix:container-no-gpu-started-without-gpus-for-1#0
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (S__ae156d3e8458 TRUE))
   =>
   (gpufix-fired "container-no-gpu-started-without-gpus-for-1#0"))
(defrule gpufix:container-no-gpu-started-without-gpus-for-2#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (S__68e80e0fe304 TRUE) (S__a97ae87e998b TRUE))
   =>
   (gpufix-fired "container-no-gpu-started-without-gpus-for-2#0"))
(defrule gpufix:container-no-gpu-started-without-gpus-for-3#0
   (gpufix-facts (F__container__gpus "ok") (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-started-without-gpus-for-3#0"))
(defrule gpufix:container-no-gpu-started-without-gpus-for-4#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (S__ddd149887f3c TRUE))
   =>
   (gpufix-fired "container-no-gpu-started-without-gpus-for-4#0"))
(defrule gpufix:container-no-gpu-started-without-gpus-against-1#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (S__15a1003d46b6 TRUE))
   =>
   (gpufix-fired "container-no-gpu-started-without-gpus-against-1#0"))
(defrule gpufix:container-no-gpu-started-without-gpus-against-2#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (S__ded3d9e41d08 TRUE))
   =>
   (gpufix-fired "container-no-gpu-started-without-gpus-against-2#0"))
(defrule gpufix:cuda-unavailable#0
   (gpufix-facts (F__derived__no_cuda_device_seen__s "ok") (F__os__name ?v1&:(and (stringp ?v1) (neq ?v1 "macos"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable#0"))
(defrule gpufix:cuda-unavailable#1
   (gpufix-facts (F__derived__no_cuda_device_seen__s "ok") (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable#1"))
(defrule gpufix:cuda-unavailable#2
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "macos"))) (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__186d9b4bbc3e TRUE))
   =>
   (gpufix-fired "cuda-unavailable#2"))
(defrule gpufix:cuda-unavailable#3
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__186d9b4bbc3e TRUE))
   =>
   (gpufix-fired "cuda-unavailable#3"))
(defrule gpufix:cuda-unavailable#4
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "macos"))) (F__torch__cuda_available__b FALSE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable#4"))
(defrule gpufix:cuda-unavailable#5
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable#5"))
(defrule gpufix:cuda-unavailable#6
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (F__os__name ?v1&:(and (stringp ?v1) (neq ?v1 "macos"))) (F__torch__cuda_available__b FALSE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable#6"))
(defrule gpufix:cuda-unavailable#7
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable#7"))
(defrule gpufix:cuda-unavailable#8
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (F__os__name ?v1&:(and (stringp ?v1) (neq ?v1 "macos"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable#8"))
(defrule gpufix:cuda-unavailable#9
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable#9"))
(defrule gpufix:gpu-slow-cpu-build-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__cpu_x2d_build__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-cpu-build-out#0"))
(defrule gpufix:gpu-slow-cpu-build-out#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__cpu_x2d_build__against__2__s "ok"))
   =>
   (gpufix-fired "gpu-slow-cpu-build-out#1"))
(defrule gpufix:gpu-slow-cpu-build-out#2
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__cpu_x2d_build__against__3__s "ok"))
   =>
   (gpufix-fired "gpu-slow-cpu-build-out#2"))
(defrule gpufix:gpu-slow-gpu-not-visible-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__gpu_x2d_not_x2d_visible__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-gpu-not-visible-out#0"))
(defrule gpufix:gpu-slow-code-on-cpu-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-code-on-cpu-out#0"))
(defrule gpufix:gpu-slow-code-on-cpu-out#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__against__2__s "ok"))
   =>
   (gpufix-fired "gpu-slow-code-on-cpu-out#1"))
(defrule gpufix:gpu-slow-input-bound-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-input-bound-out#0"))
(defrule gpufix:gpu-slow-input-bound-out#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__against__3__s "ok"))
   =>
   (gpufix-fired "gpu-slow-input-bound-out#1"))
(defrule gpufix:gpu-slow-warm-up-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__warm_x2d_up__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-warm-up-out#0"))
(defrule gpufix:gpu-slow-launch-blocking-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-launch-blocking-out#0"))
(defrule gpufix:gpu-slow-task-manager-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__task_x2d_manager__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-task-manager-out#0"))
(defrule gpufix:gpu-slow-task-manager-out#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__task_x2d_manager__against__2__s "ok"))
   =>
   (gpufix-fired "gpu-slow-task-manager-out#1"))
(defrule gpufix:gpu-slow-power-limited-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__power_x2d_limited__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-power-limited-out#0"))
(defrule gpufix:gpu-slow-sysmem-fallback-out#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__sysmem_x2d_fallback__against__1__s "ok"))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-out#0"))
(defrule gpufix:gpu-slow-sysmem-fallback-out#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__sysmem_x2d_fallback__against__2__s "ok"))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-out#1"))
(defrule gpufix:gpu-slow-sysmem-fallback-out#2
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__sysmem_x2d_fallback__against__3__s "ok"))
   =>
   (gpufix-fired "gpu-slow-sysmem-fallback-out#2"))
(defrule gpufix:no-module-torch-not-installed-out#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__not_x2d_installed__against__1__s "ok"))
   =>
   (gpufix-fired "no-module-torch-not-installed-out#0"))
(defrule gpufix:no-module-torch-other-interpreter-out#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__other_x2d_interpreter__against__1__s "ok"))
   =>
   (gpufix-fired "no-module-torch-other-interpreter-out#0"))
(defrule gpufix:no-nvidia-gpu-evidence#0
   (gpufix-facts (F__pci__nvidia_count__n ?v0&:(and (numberp ?v0) (= ?v0 0))) (F__pci__seen__b TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#0"))
(defrule gpufix:no-nvidia-gpu-evidence#1
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (= ?v0 0))))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#1"))
(defrule gpufix:no-nvidia-gpu-evidence#2
   (gpufix-facts (F__gpu__vendor "intel"))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#2"))
(defrule gpufix:no-nvidia-gpu-evidence#3
   (gpufix-facts (F__gpu__vendor "amd"))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#3"))
(defrule gpufix:no-nvidia-gpu-evidence#4
   (gpufix-facts (F__gpu__vendor "apple"))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#4"))
(defrule gpufix:no-nvidia-gpu-evidence#5
   (gpufix-facts (F__gpu__vendor "none"))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#5"))
(defrule gpufix:no-nvidia-gpu-evidence#6
   (gpufix-facts (F__os__name "macos"))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#6"))
(defrule gpufix:no-nvidia-gpu-evidence#7
   (gpufix-facts (F__derived__no_nvidia_gpu_stated__s "ok"))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#7"))
(defrule gpufix:no-nvidia-gpu-evidence#8
   (gpufix-facts (F__derived__no_cuda_device_seen__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__24a1aa2383fd FALSE) (S__823b287fab49 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#8"))
(defrule gpufix:no-nvidia-gpu-evidence#9
   (gpufix-facts (F__derived__no_cuda_device_seen__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__823b287fab49 TRUE) (S__b5ad9e126fb2 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#9"))
(defrule gpufix:no-nvidia-gpu-evidence#10
   (gpufix-facts (F__derived__no_cuda_device_seen__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__24a1aa2383fd FALSE) (S__823b287fab49 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#10"))
(defrule gpufix:no-nvidia-gpu-evidence#11
   (gpufix-facts (F__derived__no_cuda_device_seen__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__823b287fab49 TRUE) (S__b5ad9e126fb2 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#11"))
(defrule gpufix:no-nvidia-gpu-evidence#12
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (S__24a1aa2383fd FALSE) (S__823b287fab49 TRUE) (S__a76875ddb495 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#12"))
(defrule gpufix:no-nvidia-gpu-evidence#13
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (S__823b287fab49 TRUE) (S__a76875ddb495 TRUE) (S__b5ad9e126fb2 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#13"))
(defrule gpufix:no-nvidia-gpu-evidence#14
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__24a1aa2383fd FALSE) (S__823b287fab49 TRUE) (S__a76875ddb495 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#14"))
(defrule gpufix:no-nvidia-gpu-evidence#15
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__823b287fab49 TRUE) (S__a76875ddb495 TRUE) (S__b5ad9e126fb2 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#15"))
(defrule gpufix:no-nvidia-gpu-evidence#16
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__b FALSE) (S__24a1aa2383fd FALSE) (S__823b287fab49 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#16"))
(defrule gpufix:no-nvidia-gpu-evidence#17
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "cpu"))) (F__torch__cuda_available__b FALSE) (S__823b287fab49 TRUE) (S__b5ad9e126fb2 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#17"))
(defrule gpufix:no-nvidia-gpu-evidence#18
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__24a1aa2383fd FALSE) (S__823b287fab49 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#18"))
(defrule gpufix:no-nvidia-gpu-evidence#19
   (gpufix-facts (F__torch__build__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__823b287fab49 TRUE) (S__b5ad9e126fb2 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#19"))
(defrule gpufix:no-nvidia-gpu-evidence#20
   (gpufix-facts (S__ddeef01c9887 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#20"))
(defrule gpufix:no-nvidia-gpu-evidence#21
   (gpufix-facts (S__24a1aa2383fd FALSE) (S__823b287fab49 TRUE) (S__e21b5a5411e8 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#21"))
(defrule gpufix:no-nvidia-gpu-evidence#22
   (gpufix-facts (S__823b287fab49 TRUE) (S__b5ad9e126fb2 FALSE) (S__e21b5a5411e8 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu-evidence#22"))
(defrule gpufix:cpu-build-stated#0
   (gpufix-facts (S__9563e3919676 TRUE))
   =>
   (gpufix-fired "cpu-build-stated#0"))
(defrule gpufix:cpu-build-stated#1
   (gpufix-facts (S__712a96a9b228 TRUE))
   =>
   (gpufix-fired "cpu-build-stated#1"))
(defrule gpufix:cpu-build-stated#2
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (S__89cf201488ee TRUE))
   =>
   (gpufix-fired "cpu-build-stated#2"))
(defrule gpufix:cpu-build-stated#3
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (S__7e54ff3c690e TRUE) (S__d007b1ce0591 TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#3"))
(defrule gpufix:cpu-build-stated#4
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (F__os__name ?v1&:(and (stringp ?v1) (neq ?v1 "linux"))) (S__7e54ff3c690e TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#4"))
(defrule gpufix:cpu-build-stated#5
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__7e54ff3c690e TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#5"))
(defrule gpufix:cpu-build-stated#6
   (gpufix-facts (S__6822e55b6435 TRUE) (S__7e54ff3c690e TRUE) (S__d007b1ce0591 TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#6"))
(defrule gpufix:cpu-build-stated#7
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (S__6822e55b6435 TRUE) (S__7e54ff3c690e TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#7"))
(defrule gpufix:cpu-build-stated#8
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6822e55b6435 TRUE) (S__7e54ff3c690e TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#8"))
(defrule gpufix:cpu-build-stated#9
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (S__7e54ff3c690e TRUE) (S__d007b1ce0591 TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#9"))
(defrule gpufix:cpu-build-stated#10
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__os__name ?v1&:(and (stringp ?v1) (neq ?v1 "linux"))) (S__7e54ff3c690e TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#10"))
(defrule gpufix:cpu-build-stated#11
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__os__name__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__7e54ff3c690e TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#11"))
(defrule gpufix:cpu-build-stated#12
   (gpufix-facts (F__torch__cuda_available__b FALSE) (S__7e54ff3c690e TRUE) (S__d007b1ce0591 TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#12"))
(defrule gpufix:cpu-build-stated#13
   (gpufix-facts (F__os__name ?v0&:(and (stringp ?v0) (neq ?v0 "linux"))) (F__torch__cuda_available__b FALSE) (S__7e54ff3c690e TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#13"))
(defrule gpufix:cpu-build-stated#14
   (gpufix-facts (F__os__name__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__7e54ff3c690e TRUE) (S__df1d84e19635 FALSE))
   =>
   (gpufix-fired "cpu-build-stated#14"))
(defrule gpufix:cpu-build-stated#15
   (gpufix-facts (S__2c7076ac6250 FALSE) (S__b336a80184d5 TRUE) (S__d007b1ce0591 TRUE) (S__fadc3f8c634b TRUE))
   =>
   (gpufix-fired "cpu-build-stated#15"))
(defrule gpufix:cpu-build-stated#16
   (gpufix-facts (S__137e1ae4b3b9 TRUE) (S__2c7076ac6250 FALSE) (S__b336a80184d5 TRUE) (S__fadc3f8c634b TRUE))
   =>
   (gpufix-fired "cpu-build-stated#16"))
(defrule gpufix:install-blocked-by-proxy-or-tls#0
   (gpufix-facts (F__derived__install_network_blocked__s "ok") (S__af0f444a0e61 TRUE))
   =>
   (gpufix-fired "install-blocked-by-proxy-or-tls#0"))
(defrule gpufix:jetson-generic-torch-evidence#0
   (gpufix-facts (S__c2bd2a63aede TRUE) (S__e85bf2d5167a TRUE) (S__f6b6634ef64b FALSE))
   =>
   (gpufix-fired "jetson-generic-torch-evidence#0"))
(defrule gpufix:jetson-generic-torch-evidence#1
   (gpufix-facts (S__6a383a2796c6 FALSE) (S__c2bd2a63aede TRUE) (S__f6b6634ef64b FALSE) (S__fbc2504eb322 TRUE))
   =>
   (gpufix-fired "jetson-generic-torch-evidence#1"))
(defrule gpufix:jetson-generic-torch-evidence#2
   (gpufix-facts (F__torch__cuda_available__b FALSE) (S__6a383a2796c6 FALSE) (S__c2bd2a63aede TRUE) (S__f6b6634ef64b FALSE))
   =>
   (gpufix-fired "jetson-generic-torch-evidence#2"))
(defrule gpufix:jetson-generic-torch-evidence#3
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (S__02e2458a237f FALSE) (S__6a383a2796c6 FALSE) (S__c2bd2a63aede TRUE) (S__f6b6634ef64b FALSE))
   =>
   (gpufix-fired "jetson-generic-torch-evidence#3"))
(defrule gpufix:no-matching-wheel#0
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__bfaabae75a5a FALSE) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#0"))
(defrule gpufix:no-matching-wheel#1
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__match__requirement__s__r99d0aa7101db ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#1"))
(defrule gpufix:no-matching-wheel#2
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__mirror_used__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__python_ssl_missing__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#2"))
(defrule gpufix:no-matching-wheel#3
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__bfaabae75a5a FALSE) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#3"))
(defrule gpufix:no-matching-wheel#4
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__match__requirement__s__r99d0aa7101db ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#4"))
(defrule gpufix:no-matching-wheel#5
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__mirror_used__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__python_ssl_missing__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#5"))
(defrule gpufix:no-matching-wheel#6
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__bfaabae75a5a FALSE) (S__516f16e005eb TRUE) (S__ad7a11e80ef3 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#6"))
(defrule gpufix:no-matching-wheel#7
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__match__requirement__s__r99d0aa7101db ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__516f16e005eb TRUE) (S__ad7a11e80ef3 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#7"))
(defrule gpufix:no-matching-wheel#8
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__mirror_used__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__python_ssl_missing__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__516f16e005eb TRUE) (S__ad7a11e80ef3 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#8"))
(defrule gpufix:no-matching-wheel#9
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__07ff9db87f44 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#9"))
(defrule gpufix:no-matching-wheel#10
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f46e3e9360b TRUE) (S__8eaa63e52f21 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#10"))
(defrule gpufix:no-matching-wheel#11
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5dd0bbcdbba4 TRUE) (S__a3bd0e1f861c TRUE))
   =>
   (gpufix-fired "no-matching-wheel#11"))
(defrule gpufix:no-matching-wheel#12
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__python_ssl_missing__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__8eaa63e52f21 TRUE) (S__e92ce2a12d7d FALSE) (S__f00de5043144 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#12"))
(defrule gpufix:no-matching-wheel#13
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0fd1212b74f4 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#13"))
(defrule gpufix:no-matching-wheel#14
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__4dcba054883e TRUE) (S__8eb53add450e FALSE) (S__c4e61a623696 TRUE) (S__f44c91b84001 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#14"))
(defrule gpufix:no-matching-wheel#15
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0fd404c33a68 TRUE) (S__30ac2b1300d0 TRUE) (S__80d5ca0b037f FALSE))
   =>
   (gpufix-fired "no-matching-wheel#15"))
(defrule gpufix:no-matching-wheel#16
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__30ac2b1300d0 TRUE) (S__41c864a55472 TRUE) (S__e7a84162a35d FALSE))
   =>
   (gpufix-fired "no-matching-wheel#16"))
(defrule gpufix:no-matching-wheel#17
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__30ac2b1300d0 TRUE) (S__41c864a55472 TRUE) (S__e7a84162a35d FALSE))
   =>
   (gpufix-fired "no-matching-wheel#17"))
(defrule gpufix:no-matching-wheel#18
   (gpufix-facts (F__compat__named_build_unpublished__s "ok") (F__derived__install_network_blocked__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__python_ssl_missing__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "no-matching-wheel#18"))
(defrule gpufix:no-matching-wheel#19
   (gpufix-facts (F__compat__named_build_unpublished__s "ok") (F__derived__install_network_blocked__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__python_ssl_missing__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "no-matching-wheel#19"))
(defrule gpufix:no-matching-wheel#20
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__3f897b337ada TRUE))
   =>
   (gpufix-fired "no-matching-wheel#20"))
(defrule gpufix:no-matching-wheel#21
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__ce2196768870 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#21"))
(defrule gpufix:no-matching-wheel#22
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__94cea6c0111a TRUE))
   =>
   (gpufix-fired "no-matching-wheel#22"))
(defrule gpufix:no-matching-wheel#23
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0f268784370f TRUE))
   =>
   (gpufix-fired "no-matching-wheel#23"))
(defrule gpufix:no-matching-wheel#24
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__751fee09df1b TRUE))
   =>
   (gpufix-fired "no-matching-wheel#24"))
(defrule gpufix:no-matching-wheel#25
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__77be72ee72ef TRUE))
   =>
   (gpufix-fired "no-matching-wheel#25"))
(defrule gpufix:no-matching-wheel#26
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__16088c846145 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#26"))
(defrule gpufix:no-matching-wheel#27
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__python__version__v ?v2&:(and (numberp ?v2) (>= ?v2 300110000000070))) (S__20b364acb6a7 TRUE) (S__c2765a010fc8 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#27"))
(defrule gpufix:no-matching-wheel#28
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__python__version__v ?v2&:(and (numberp ?v2) (>= ?v2 300120000000070))) (S__20b364acb6a7 TRUE) (S__46e59c0f3f2f TRUE))
   =>
   (gpufix-fired "no-matching-wheel#28"))
(defrule gpufix:no-matching-wheel#29
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__python__version__v ?v2&:(and (numberp ?v2) (>= ?v2 300130000000070))) (S__20b364acb6a7 TRUE) (S__2d143c2e9bf7 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#29"))
(defrule gpufix:no-matching-wheel#30
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__python_ssl_missing__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__python__version__v ?v2&:(and (numberp ?v2) (>= ?v2 300140000000070))) (S__0aa418833290 TRUE) (S__20b364acb6a7 TRUE))
   =>
   (gpufix-fired "no-matching-wheel#30"))
(defrule gpufix:paddle-arch-gap-evidence#0
   (gpufix-facts (S__2baabd6ac463 TRUE))
   =>
   (gpufix-fired "paddle-arch-gap-evidence#0"))
(defrule gpufix:paddle-arch-gap-evidence#1
   (gpufix-facts (S__fce1b502f395 TRUE))
   =>
   (gpufix-fired "paddle-arch-gap-evidence#1"))
(defrule gpufix:paddle-arch-gap-evidence#2
   (gpufix-facts (F__derived__cuda_said_predates_gpu__b TRUE) (S__c2725553756c TRUE))
   =>
   (gpufix-fired "paddle-arch-gap-evidence#2"))
(defrule gpufix:paddle-arch-gap-evidence#3
   (gpufix-facts (F__derived__gpu_framework "PaddlePaddle"))
   =>
   (gpufix-fired "paddle-arch-gap-evidence#3"))
(defrule gpufix:torch-download-failed#0
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1fd52a1a78d1 TRUE) (S__4d592d58bac6 FALSE) (S__6004fe88f5ef FALSE) (S__d3d645a73384 TRUE))
   =>
   (gpufix-fired "torch-download-failed#0"))
(defrule gpufix:torch-download-failed#1
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4d592d58bac6 FALSE) (S__5a2f700d2dc3 TRUE) (S__6004fe88f5ef FALSE) (S__d3d645a73384 TRUE))
   =>
   (gpufix-fired "torch-download-failed#1"))
(defrule gpufix:torch-download-failed#2
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1eab499ee072 TRUE) (S__46d0b72a4a2a TRUE) (S__4d592d58bac6 FALSE) (S__6004fe88f5ef FALSE))
   =>
   (gpufix-fired "torch-download-failed#2"))
(defrule gpufix:torch-download-failed#3
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4d592d58bac6 FALSE) (S__6004fe88f5ef FALSE) (S__9e7a42708bee TRUE))
   =>
   (gpufix-fired "torch-download-failed#3"))
(defrule gpufix:torch-download-failed#4
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4d592d58bac6 FALSE) (S__6004fe88f5ef FALSE) (S__fd7ad7652bed TRUE))
   =>
   (gpufix-fired "torch-download-failed#4"))
(defrule gpufix:torch-download-failed#5
   (gpufix-facts (F__derived__install_network_blocked__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4d592d58bac6 FALSE) (S__6004fe88f5ef FALSE) (S__600f8f5a893e TRUE))
   =>
   (gpufix-fired "torch-download-failed#5"))
(defrule gpufix:rocm-wsl-setup#0
   (gpufix-facts (F__derived__rocm_wsl__s "ok") (S__fa79ec017f59 TRUE))
   =>
   (gpufix-fired "rocm-wsl-setup#0"))
(defrule gpufix:rocm-wsl-setup#1
   (gpufix-facts (F__derived__rocm_wsl__s "ok") (S__44ead540be85 TRUE))
   =>
   (gpufix-fired "rocm-wsl-setup#1"))
(defrule gpufix:rocm-wsl-setup#2
   (gpufix-facts (F__derived__rocm_wsl__s "ok") (S__a6953b003f03 TRUE))
   =>
   (gpufix-fired "rocm-wsl-setup#2"))
(defrule gpufix:rocm-wsl-setup#3
   (gpufix-facts (F__derived__rocm_wsl__s "ok") (S__9490449c0347 TRUE))
   =>
   (gpufix-fired "rocm-wsl-setup#3"))
(defrule gpufix:rocm-wsl-setup#4
   (gpufix-facts (F__derived__rocm_wsl__s "ok") (S__4a08540ebf68 TRUE))
   =>
   (gpufix-fired "rocm-wsl-setup#4"))
(defrule gpufix:rocm-wsl-setup#5
   (gpufix-facts (F__derived__rocm_wsl__s "ok") (S__3e41276010b6 TRUE))
   =>
   (gpufix-fired "rocm-wsl-setup#5"))
(defrule gpufix:rocm-wsl-setup#6
   (gpufix-facts (F__derived__rocm_wsl__s "ok") (F__torch__cuda_available__b FALSE) (P__dfe7a5271a63 TRUE))
   =>
   (gpufix-fired "rocm-wsl-setup#6"))
(defrule gpufix:rocm-wsl-setup#7
   (gpufix-facts (F__derived__rocm_wsl__s "ok") (F__rocm__gfx__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2e758092850d TRUE))
   =>
   (gpufix-fired "rocm-wsl-setup#7"))
(defrule gpufix:zluda-setup-mismatch#0
   (gpufix-facts (F__derived__cuda_malloc_async__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__zluda_setup__s "ok") (S__5c633fb59cca TRUE))
   =>
   (gpufix-fired "zluda-setup-mismatch#0"))
(defrule gpufix:zluda-setup-mismatch#1
   (gpufix-facts (F__derived__cuda_malloc_async__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__zluda_setup__s "ok") (S__09bf94227016 TRUE) (S__5c633fb59cca FALSE))
   =>
   (gpufix-fired "zluda-setup-mismatch#1"))
(defrule gpufix:app-gpu-refused-evidence#0
   (gpufix-facts (S__9c3d0cd2294f TRUE))
   =>
   (gpufix-fired "app-gpu-refused-evidence#0"))
(defrule gpufix:app-gpu-refused-evidence#1
   (gpufix-facts (S__518c821d3989 TRUE))
   =>
   (gpufix-fired "app-gpu-refused-evidence#1"))
(defrule gpufix:app-gpu-refused-evidence#2
   (gpufix-facts (S__3701915c8b22 TRUE))
   =>
   (gpufix-fired "app-gpu-refused-evidence#2"))
(defrule gpufix:app-gpu-refused-evidence#3
   (gpufix-facts (S__1e61c32e5303 TRUE))
   =>
   (gpufix-fired "app-gpu-refused-evidence#3"))
(defrule gpufix:app-gpu-refused-evidence#4
   (gpufix-facts (F__compat__gpu_sm__s "ok") (S__2d650b58f74a TRUE))
   =>
   (gpufix-fired "app-gpu-refused-evidence#4"))
(defrule gpufix:app-gpu-refused-evidence#5
   (gpufix-facts (S__2d650b58f74a TRUE) (S__3afeedc38d62 TRUE))
   =>
   (gpufix-fired "app-gpu-refused-evidence#5"))
(defrule gpufix:app-gpu-refused-evidence#6
   (gpufix-facts (F__derived__gpu_unused_said__s "ok") (P__e0ba889fc4a2 TRUE) (S__a340661cb202 TRUE))
   =>
   (gpufix-fired "app-gpu-refused-evidence#6"))
(defrule gpufix:app-gpu-refused-evidence#7
   (gpufix-facts (P__e0ba889fc4a2 TRUE) (S__a340661cb202 TRUE) (S__a56d90011d91 TRUE))
   =>
   (gpufix-fired "app-gpu-refused-evidence#7"))
(defrule gpufix:cuda-malloc-async-unsupported#0
   (gpufix-facts (F__derived__cuda_malloc_async__s "ok") (S__9abfac55f631 TRUE))
   =>
   (gpufix-fired "cuda-malloc-async-unsupported#0"))
(defrule gpufix:cuda-malloc-async-unsupported#1
   (gpufix-facts (F__derived__cuda_malloc_async__s "ok") (S__187377ee3c6a TRUE) (S__9abfac55f631 FALSE))
   =>
   (gpufix-fired "cuda-malloc-async-unsupported#1"))
(defrule gpufix:cuda-malloc-async-unsupported#2
   (gpufix-facts (F__derived__cuda_malloc_async__s "ok") (P__5e287b65e170 TRUE))
   =>
   (gpufix-fired "cuda-malloc-async-unsupported#2"))
(defrule gpufix:mps-unavailable#0
   (gpufix-facts (S__a12d18513737 TRUE))
   =>
   (gpufix-fired "mps-unavailable#0"))
(defrule gpufix:mps-unavailable#1
   (gpufix-facts (F__os__name "macos") (S__cd7973434f84 TRUE))
   =>
   (gpufix-fired "mps-unavailable#1"))
(defrule gpufix:mps-unavailable#2
   (gpufix-facts (S__a406eae079b8 TRUE) (S__cd7973434f84 TRUE))
   =>
   (gpufix-fired "mps-unavailable#2"))
(defrule gpufix:mps-unavailable#3
   (gpufix-facts (S__665bd20d519f TRUE) (S__cd7973434f84 TRUE))
   =>
   (gpufix-fired "mps-unavailable#3"))
(defrule gpufix:mps-unavailable#4
   (gpufix-facts (S__aec9d5ebc617 TRUE) (S__cd7973434f84 TRUE))
   =>
   (gpufix-fired "mps-unavailable#4"))
(defrule gpufix:mps-unavailable#5
   (gpufix-facts (S__cd7973434f84 TRUE) (S__da749be2ba79 TRUE))
   =>
   (gpufix-fired "mps-unavailable#5"))
(defrule gpufix:mps-unavailable#6
   (gpufix-facts (S__0db1fd69b39f TRUE))
   =>
   (gpufix-fired "mps-unavailable#6"))
(defrule gpufix:mps-unavailable#7
   (gpufix-facts (F__os__arch "arm64") (F__os__name "macos") (F__torch__mps_available__b FALSE))
   =>
   (gpufix-fired "mps-unavailable#7"))
(defrule gpufix:mps-unavailable#8
   (gpufix-facts (F__os__arch "aarch64") (F__os__name "macos") (F__torch__mps_available__b FALSE))
   =>
   (gpufix-fired "mps-unavailable#8"))
(defrule gpufix:mps-unavailable#9
   (gpufix-facts (S__b4da2bfce93d TRUE))
   =>
   (gpufix-fired "mps-unavailable#9"))
(defrule gpufix:mps-unavailable#10
   (gpufix-facts (S__74037e5134d2 TRUE))
   =>
   (gpufix-fired "mps-unavailable#10"))
(defrule gpufix:mps-unavailable#11
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__name "macos") (S__a75180c7c20d TRUE))
   =>
   (gpufix-fired "mps-unavailable#11"))
(defrule gpufix:mps-unavailable#12
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__a406eae079b8 TRUE) (S__a75180c7c20d TRUE))
   =>
   (gpufix-fired "mps-unavailable#12"))
(defrule gpufix:mps-unavailable#13
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__665bd20d519f TRUE) (S__a75180c7c20d TRUE))
   =>
   (gpufix-fired "mps-unavailable#13"))
(defrule gpufix:mps-unavailable#14
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__a75180c7c20d TRUE) (S__aec9d5ebc617 TRUE))
   =>
   (gpufix-fired "mps-unavailable#14"))
(defrule gpufix:mps-unavailable#15
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__mps_available__b FALSE) (S__31d693896ea2 TRUE) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#15"))
(defrule gpufix:mps-unavailable#16
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__mps_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__31d693896ea2 TRUE) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#16"))
(defrule gpufix:mps-unavailable#17
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "arm64") (F__os__name "macos") (F__torch__mps_available__b ?v3&:(and (eq ?v3 FALSE) (eq ?v3 FALSE))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#17"))
(defrule gpufix:mps-unavailable#18
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "arm64") (F__os__name "macos") (F__torch__mps_available__b FALSE) (F__torch__mps_available__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#18"))
(defrule gpufix:mps-unavailable#19
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "aarch64") (F__os__name "macos") (F__torch__mps_available__b ?v3&:(and (eq ?v3 FALSE) (eq ?v3 FALSE))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#19"))
(defrule gpufix:mps-unavailable#20
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "aarch64") (F__os__name "macos") (F__torch__mps_available__b FALSE) (F__torch__mps_available__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#20"))
(defrule gpufix:mps-unavailable#21
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__os__name "macos") (F__torch__mps_available__b ?v3&:(and (eq ?v3 FALSE) (eq ?v3 FALSE))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#21"))
(defrule gpufix:mps-unavailable#22
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__os__name "macos") (F__torch__mps_available__b FALSE) (F__torch__mps_available__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#22"))
(defrule gpufix:mps-unavailable#23
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "arm64") (F__os__name__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__mps_available__b ?v3&:(and (eq ?v3 FALSE) (eq ?v3 FALSE))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#23"))
(defrule gpufix:mps-unavailable#24
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "arm64") (F__os__name__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__mps_available__b FALSE) (F__torch__mps_available__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#24"))
(defrule gpufix:mps-unavailable#25
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "aarch64") (F__os__name__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__mps_available__b ?v3&:(and (eq ?v3 FALSE) (eq ?v3 FALSE))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#25"))
(defrule gpufix:mps-unavailable#26
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch "aarch64") (F__os__name__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__mps_available__b FALSE) (F__torch__mps_available__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#26"))
(defrule gpufix:mps-unavailable#27
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__os__name__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__mps_available__b ?v3&:(and (eq ?v3 FALSE) (eq ?v3 FALSE))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#27"))
(defrule gpufix:mps-unavailable#28
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__arch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__os__name__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__mps_available__b FALSE) (F__torch__mps_available__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#28"))
(defrule gpufix:mps-unavailable#29
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__mps_available__b FALSE) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__c65de401c6ac TRUE))
   =>
   (gpufix-fired "mps-unavailable#29"))
(defrule gpufix:mps-unavailable#30
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__mps_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__c65de401c6ac TRUE))
   =>
   (gpufix-fired "mps-unavailable#30"))
(defrule gpufix:mps-unavailable#31
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__mps_available__b FALSE) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__def044a65886 TRUE))
   =>
   (gpufix-fired "mps-unavailable#31"))
(defrule gpufix:mps-unavailable#32
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__mps_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__def044a65886 TRUE))
   =>
   (gpufix-fired "mps-unavailable#32"))
(defrule gpufix:mps-unavailable#33
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__mps_available__b FALSE) (S__5029abdc3e14 FALSE) (S__780218a027de TRUE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#33"))
(defrule gpufix:mps-unavailable#34
   (gpufix-facts (F__derived__mps_not_expected__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__mps_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5029abdc3e14 FALSE) (S__780218a027de TRUE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#34"))
(defrule gpufix:mps-unavailable#35
   (gpufix-facts (S__5029abdc3e14 FALSE) (S__665bd20d519f TRUE) (S__86ff916a673f FALSE) (S__da749be2ba79 TRUE))
   =>
   (gpufix-fired "mps-unavailable#35"))
(defrule gpufix:mps-unavailable#36
   (gpufix-facts (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__cb4c7aaf0656 TRUE) (S__da749be2ba79 TRUE))
   =>
   (gpufix-fired "mps-unavailable#36"))
(defrule gpufix:mps-unavailable#37
   (gpufix-facts (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__a2d3230bf40a TRUE) (S__cb4c7aaf0656 TRUE))
   =>
   (gpufix-fired "mps-unavailable#37"))
(defrule gpufix:mps-unavailable#38
   (gpufix-facts (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__cb4c7aaf0656 TRUE) (S__f330492f2836 TRUE))
   =>
   (gpufix-fired "mps-unavailable#38"))
(defrule gpufix:mps-unavailable#39
   (gpufix-facts (S__2342e321d31a TRUE) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__a406eae079b8 TRUE))
   =>
   (gpufix-fired "mps-unavailable#39"))
(defrule gpufix:mps-unavailable#40
   (gpufix-facts (S__26ea24506b02 TRUE) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__a406eae079b8 TRUE))
   =>
   (gpufix-fired "mps-unavailable#40"))
(defrule gpufix:mps-unavailable#41
   (gpufix-facts (F__match__macos_arch__r2b943429e932 "x86_64") (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__a406eae079b8 TRUE) (S__aec9d5ebc617 TRUE))
   =>
   (gpufix-fired "mps-unavailable#41"))
(defrule gpufix:mps-unavailable#42
   (gpufix-facts (S__2342e321d31a TRUE) (S__5029abdc3e14 FALSE) (S__665bd20d519f TRUE) (S__86ff916a673f FALSE))
   =>
   (gpufix-fired "mps-unavailable#42"))
(defrule gpufix:mps-unavailable#43
   (gpufix-facts (F__match__macos_arch__r2b943429e932 "x86_64") (S__5029abdc3e14 FALSE) (S__665bd20d519f TRUE) (S__86ff916a673f FALSE) (S__aec9d5ebc617 TRUE))
   =>
   (gpufix-fired "mps-unavailable#43"))
(defrule gpufix:mps-unavailable#44
   (gpufix-facts (F__match__macos_arch__r2b943429e932 "arm64") (F__match__macos_version__v__r2b943429e932 ?v1&:(and (numberp ?v1) (< ?v1 1200030000000070))) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__aec9d5ebc617 TRUE) (S__cb4c7aaf0656 TRUE))
   =>
   (gpufix-fired "mps-unavailable#44"))
(defrule gpufix:mps-unavailable#45
   (gpufix-facts (F__match__py_macos__v__r2b943429e932 ?v0&:(and (numberp ?v0) (< ?v0 1200030000000070))) (S__042587d45dd6 TRUE) (S__5029abdc3e14 FALSE) (S__86ff916a673f FALSE) (S__cb4c7aaf0656 TRUE))
   =>
   (gpufix-fired "mps-unavailable#45"))

;; gpufix stratum: apple-gpu-unavailable-ask-python-arch, apple-gpu-unavailable-ask-mac-kind, apple-gpu-unavailable-ask-mps-built, apple-gpu-unavailable-ask-macos-version, container-no-gpu-toolkit-missing-out, container-no-gpu-host-no-driver-out, container-no-gpu-started-without-gpus-out, cuda-unavailable-cpu-build-for-1, cuda-unavailable-cpu-build-for-2, cuda-unavailable-cpu-build-for-3, cuda-unavailable-cpu-build-against-1, cuda-unavailable-cpu-build-against-2, cuda-unavailable-cpu-build-against-3, cuda-unavailable-no-driver-for-1, cuda-unavailable-no-driver-for-2, cuda-unavailable-no-driver-for-3, cuda-unavailable-no-driver-against-1, cuda-unavailable-no-driver-against-2, cuda-unavailable-no-driver-against-3, cuda-unavailable-no-gpu-for-1, cuda-unavailable-no-gpu-for-2, cuda-unavailable-no-gpu-for-3, cuda-unavailable-no-gpu-for-4, cuda-unavailable-no-gpu-against-1, cuda-unavailable-no-gpu-against-2, cuda-unavailable-no-gpu-against-3, cuda-unavailable-driver-too-old-for-1, cuda-unavailable-driver-too-old-for-2, cuda-unavailable-driver-too-old-against-1, cuda-unavailable-driver-too-old-against-2, cuda-unavailable-driver-too-old-against-3, cuda-unavailable-driver-too-old-against-4, cuda-unavailable-hidden-devices-for-1, cuda-unavailable-hidden-devices-for-2, cuda-unavailable-hidden-devices-against-1, cuda-unavailable-hidden-devices-against-2, cuda-unavailable-other-interpreter-for-1, cuda-unavailable-other-interpreter-for-2, cuda-unavailable-other-interpreter-against-1, cuda-unavailable-other-interpreter-against-2, cuda-unavailable-other-interpreter-against-3, gpu-slow-ask-torch-cuda, gpu-slow-ask-gpu-util-during-run, gpu-slow-ask-slow-phase, gpu-slow-ask-launch-blocking-env, gpu-slow-ask-power-mode, gpu-slow-ask-shared-gpu-memory, no-module-torch-ask-pip-show-torch, no-module-torch-ask-where-python, cluster-job-explained, container-started-without-gpus-aside-evidence, container-toolkit-missing, no-nvidia-gpu-likely, non-torch-library-cpu-build, non-torch-library-cuda-deps, windows-path-system32-evidence, arch-gap-elsewhere-evidence, cpu-build-in-use, jetson-generic-torch-build, rocm-cuda-wheel-likely, rocm-wheel-on-nvidia-evidence, gpu-below-app-requirement, ray-gpu-unrequested-evidence
(deftemplate gpufix-facts
   (slot F__compat__driver_supports_torch__b)
   (slot F__compat__gpu_sm__s)
   (slot F__container__inside__b)
   (slot F__container__inside__s)
   (slot F__derived__amd_gpu__s)
   (slot F__derived__app_gpu_refused__s)
   (slot F__derived__blackwell_torch_likely_old__s)
   (slot F__derived__cpu_build_shown__s)
   (slot F__derived__cpu_build_stated__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__out__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__out__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__out__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__out__s)
   (slot F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__against__1__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__against__2__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__against__1__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__against__2__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__against__1__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__against__2__s)
   (slot F__derived__dx__cuda_x2d_unavailable__symptom__s)
   (slot F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s)
   (slot F__derived__dx__gpu_x2d_slow__cpu_x2d_build__out__s)
   (slot F__derived__dx__gpu_x2d_slow__gpu_x2d_not_x2d_visible__out__s)
   (slot F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s)
   (slot F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s)
   (slot F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s)
   (slot F__derived__dx__gpu_x2d_slow__symptom__s)
   (slot F__derived__dx__gpu_x2d_slow__sysmem_x2d_fallback__out__s)
   (slot F__derived__dx__gpu_x2d_slow__task_x2d_manager__out__s)
   (slot F__derived__dx__gpu_x2d_slow__warm_x2d_up__out__s)
   (slot F__derived__dx__no_x2d_module_x2d_torch__not_x2d_installed__out__s)
   (slot F__derived__dx__no_x2d_module_x2d_torch__other_x2d_interpreter__out__s)
   (slot F__derived__dx__no_x2d_module_x2d_torch__symptom__s)
   (slot F__derived__jetson_generic_torch__s)
   (slot F__derived__no_nvidia_gpu__s)
   (slot F__derived__nontorch_cpu_build__s)
   (slot F__derived__nvidia_gpu__s)
   (slot F__derived__ort_cpu_package__s)
   (slot F__derived__other_framework_only__s)
   (slot F__derived__wrong_cudnn__s)
   (slot F__derived__zluda_setup__s)
   (slot F__driver__error__s)
   (slot F__driver__version__s)
   (slot F__env__CUDA_LAUNCH_BLOCKING__s)
   (slot F__env__CUDA_VISIBLE_DEVICES__s)
   (slot F__gpu__count__n)
   (slot F__gpu__vendor)
   (slot F__gpu__vendor__s)
   (slot F__match__ct2_version__v__r9ca883dd50f5)
   (slot F__match__fw_version__v__r9ca883dd50f5)
   (slot F__match__torch_ct2_cu__v__r9ca883dd50f5)
   (slot F__match__torch_ct2_seen__v__r9ca883dd50f5)
   (slot F__os__arch__s)
   (slot F__os__name)
   (slot F__os__name__s)
   (slot F__os__release__s)
   (slot F__os__wsl__b)
   (slot F__os__wsl__s)
   (slot F__path__python_count__n)
   (slot F__path__pythons__s)
   (slot F__pci__nvidia_count__n)
   (slot F__pci__seen__b)
   (slot F__pkg__faiss_x2d_cpu__s)
   (slot F__pkg__faiss_x2d_gpu__s)
   (slot F__pkg__onnxruntime__s)
   (slot F__pkg__onnxruntime_x2d_gpu__s)
   (slot F__pkg__paddlepaddle__s)
   (slot F__pkg__paddlepaddle_x2d_gpu__s)
   (slot F__rocm__gpu_names__s)
   (slot F__run__gpu_util__s)
   (slot F__run__power_saving__s)
   (slot F__run__shared_gpu_memory__s)
   (slot F__run__slow_phase__s)
   (slot F__torch__build)
   (slot F__torch__build__s)
   (slot F__torch__cuda__s)
   (slot F__torch__cuda_available__b)
   (slot F__torch__cuda_available__s)
   (slot F__torch__device_count__n)
   (slot F__torch__hip__s)
   (slot F__torch__metadata_version__s)
   (slot F__torch__mps_built__s)
   (slot P__2b74002dceab)
   (slot P__4b0fa42eb5d3)
   (slot P__7996663c9ce5)
   (slot P__9d3b72e14445)
   (slot P__ae2d5fe2e58f)
   (slot P__afaee449a44f)
   (slot P__c950ba23b682)
   (slot P__dfe7a5271a63)
   (slot P__f6e4954ab4f4)
   (slot S__003ebd295624)
   (slot S__02327bdbdd24)
   (slot S__0325c6cf16f5)
   (slot S__07d7174a95d3)
   (slot S__0b8ea3dc03af)
   (slot S__0c10051b5899)
   (slot S__0da24ac72cf5)
   (slot S__0e292cd1edfd)
   (slot S__0f5f00c09eb9)
   (slot S__144fa54d143c)
   (slot S__158549b5dd08)
   (slot S__1ab918b8b48b)
   (slot S__1bf293fb4abe)
   (slot S__1c4b6b473e99)
   (slot S__1ebaada7a2f3)
   (slot S__1f253c7035f0)
   (slot S__1f6f94b65172)
   (slot S__272157539484)
   (slot S__2751a359467c)
   (slot S__2a462b3e7bc1)
   (slot S__2d7fbe8372fe)
   (slot S__2da2cbc57f94)
   (slot S__315577a33b92)
   (slot S__32be687b8376)
   (slot S__33fc3518b65e)
   (slot S__35cb52800162)
   (slot S__36f469a73df2)
   (slot S__3b7b94171696)
   (slot S__40425017cb64)
   (slot S__41b72dd7c657)
   (slot S__4241f7e8bd84)
   (slot S__43fac1fedefc)
   (slot S__44367e39070d)
   (slot S__44f97785dff1)
   (slot S__4b20dd961348)
   (slot S__4d0b81b5e096)
   (slot S__4e889635c44f)
   (slot S__51cfe20f8eaf)
   (slot S__5265aadb90c9)
   (slot S__535559b571bd)
   (slot S__54118c872bbe)
   (slot S__543fd3fe6451)
   (slot S__549b0e94b60d)
   (slot S__5633d45fba00)
   (slot S__5b3ee3f42f4e)
   (slot S__5dd825f22e77)
   (slot S__6428d6f066be)
   (slot S__6668bd7973b8)
   (slot S__6759c1df3367)
   (slot S__6942c5c53954)
   (slot S__6a6ca68600ab)
   (slot S__6b7a98dc7d68)
   (slot S__6d2c42f5f754)
   (slot S__6e9ea479e3d1)
   (slot S__6f09794d620a)
   (slot S__70e28f10c93b)
   (slot S__721bacb2953b)
   (slot S__742ba1cb9ef2)
   (slot S__75a812216a3d)
   (slot S__77feb7fdd0b0)
   (slot S__7957885163d8)
   (slot S__7df997116cce)
   (slot S__8362f10e8b82)
   (slot S__88f0670f19d4)
   (slot S__8afd63f4c2f9)
   (slot S__8b1d39abeb6b)
   (slot S__8d8abf0c1fd8)
   (slot S__90195a4c7b00)
   (slot S__90554c6bf67c)
   (slot S__91d5afab4d21)
   (slot S__94d832c17c0e)
   (slot S__99330c75aca0)
   (slot S__9d8ddf81210a)
   (slot S__9eb175116b27)
   (slot S__9ef267cf531d)
   (slot S__a05e72e9ecbb)
   (slot S__a410b70e50c4)
   (slot S__a4268eba2758)
   (slot S__a449b36afbc4)
   (slot S__a8dd01a7af37)
   (slot S__ac586595759b)
   (slot S__b59f73e94167)
   (slot S__b94d5e14623f)
   (slot S__bc10a8065b9a)
   (slot S__bda422424acb)
   (slot S__be2d8157104c)
   (slot S__be5a96568d04)
   (slot S__bf3697582130)
   (slot S__bfbb628eb4b9)
   (slot S__c2d4e6367ae1)
   (slot S__c303481128e2)
   (slot S__c4d9f99aae94)
   (slot S__c80d6ab2b0a7)
   (slot S__c815ec0901a7)
   (slot S__cab696593ffe)
   (slot S__cd89ac90e110)
   (slot S__d005eb885e24)
   (slot S__d6102ed76d50)
   (slot S__d88756e47a60)
   (slot S__d89716761391)
   (slot S__da692379ec2d)
   (slot S__dba76dd63c5b)
   (slot S__dcaf9901fa7e)
   (slot S__e059a58b7f7b)
   (slot S__e20c50b9a645)
   (slot S__e698592676d8)
   (slot S__e760527f4833)
   (slot S__e783e22639c5)
   (slot S__e910d69a0b0d)
   (slot S__f0cc667c9ce7)
   (slot S__f197eca4b297)
   (slot S__f3a571632616)
   (slot S__f3becc3fffb6)
   (slot S__f3cc2eea63ce)
   (slot S__f7d74a070ef8)
   (slot S__f81e86835e92)
   (slot S__fb1930746cb7)
   (slot S__fb6aacd5e1d1)
   (slot S__ff1aa5a082e2))
(defrule gpufix:apple-gpu-unavailable-ask-python-arch#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__arch__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-python-arch#0"))
(defrule gpufix:apple-gpu-unavailable-ask-mac-kind#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-mac-kind#0"))
(defrule gpufix:apple-gpu-unavailable-ask-mps-built#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__torch__mps_built__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-mps-built#0"))
(defrule gpufix:apple-gpu-unavailable-ask-mps-built#1
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__torch__mps_built__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-mps-built#1"))
(defrule gpufix:apple-gpu-unavailable-ask-mps-built#2
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__torch__mps_built__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-mps-built#2"))
(defrule gpufix:apple-gpu-unavailable-ask-mps-built#3
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__torch__mps_built__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-mps-built#3"))
(defrule gpufix:apple-gpu-unavailable-ask-mps-built#4
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__torch__mps_built__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-mps-built#4"))
(defrule gpufix:apple-gpu-unavailable-ask-mps-built#5
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__intel_x2d_mac__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__rosetta__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__torch__mps_built__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-mps-built#5"))
(defrule gpufix:apple-gpu-unavailable-ask-macos-version#0
   (gpufix-facts (F__derived__dx__apple_x2d_gpu_x2d_unavailable__macos_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__not_x2d_built__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__apple_x2d_gpu_x2d_unavailable__symptom__s "ok") (F__os__release__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "apple-gpu-unavailable-ask-macos-version#0"))
(defrule gpufix:container-no-gpu-toolkit-missing-out#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__against__1__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-toolkit-missing-out#0"))
(defrule gpufix:container-no-gpu-toolkit-missing-out#1
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__against__2__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-toolkit-missing-out#1"))
(defrule gpufix:container-no-gpu-host-no-driver-out#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__against__1__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-host-no-driver-out#0"))
(defrule gpufix:container-no-gpu-host-no-driver-out#1
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__against__2__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-host-no-driver-out#1"))
(defrule gpufix:container-no-gpu-started-without-gpus-out#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__against__1__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-started-without-gpus-out#0"))
(defrule gpufix:container-no-gpu-started-without-gpus-out#1
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__against__2__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-started-without-gpus-out#1"))
(defrule gpufix:cuda-unavailable-cpu-build-for-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__build "cpu"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-for-1#0"))
(defrule gpufix:cuda-unavailable-cpu-build-for-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (S__3b7b94171696 TRUE))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-for-2#0"))
(defrule gpufix:cuda-unavailable-cpu-build-for-3#0
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-for-3#0"))
(defrule gpufix:cuda-unavailable-cpu-build-against-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__cuda__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-against-1#0"))
(defrule gpufix:cuda-unavailable-cpu-build-against-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-against-2#0"))
(defrule gpufix:cuda-unavailable-cpu-build-against-3#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__no_nvidia_gpu__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-against-3#0"))
(defrule gpufix:cuda-unavailable-cpu-build-against-3#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "amd"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-against-3#1"))
(defrule gpufix:cuda-unavailable-cpu-build-against-3#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "apple"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-against-3#2"))
(defrule gpufix:cuda-unavailable-cpu-build-against-3#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "intel"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-against-3#3"))
(defrule gpufix:cuda-unavailable-cpu-build-against-3#4
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "none"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-against-3#4"))
(defrule gpufix:cuda-unavailable-no-driver-for-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__driver__version__s "absent"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-for-1#0"))
(defrule gpufix:cuda-unavailable-no-driver-for-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__driver__error__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-for-2#0"))
(defrule gpufix:cuda-unavailable-no-driver-for-3#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (S__1f6f94b65172 TRUE))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-for-3#0"))
(defrule gpufix:cuda-unavailable-no-driver-against-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__driver__version__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-against-1#0"))
(defrule gpufix:cuda-unavailable-no-driver-against-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__pci__nvidia_count__n ?v1&:(and (numberp ?v1) (= ?v1 0))) (F__pci__seen__b TRUE))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-against-2#0"))
(defrule gpufix:cuda-unavailable-no-driver-against-3#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__no_nvidia_gpu__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-against-3#0"))
(defrule gpufix:cuda-unavailable-no-driver-against-3#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "amd"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-against-3#1"))
(defrule gpufix:cuda-unavailable-no-driver-against-3#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "apple"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-against-3#2"))
(defrule gpufix:cuda-unavailable-no-driver-against-3#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "intel"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-against-3#3"))
(defrule gpufix:cuda-unavailable-no-driver-against-3#4
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "none"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-against-3#4"))
(defrule gpufix:cuda-unavailable-no-gpu-for-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "amd"))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-for-1#0"))
(defrule gpufix:cuda-unavailable-no-gpu-for-1#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "apple"))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-for-1#1"))
(defrule gpufix:cuda-unavailable-no-gpu-for-1#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "intel"))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-for-1#2"))
(defrule gpufix:cuda-unavailable-no-gpu-for-1#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "none"))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-for-1#3"))
(defrule gpufix:cuda-unavailable-no-gpu-for-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__no_nvidia_gpu__s "ok") (F__gpu__vendor__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-for-2#0"))
(defrule gpufix:cuda-unavailable-no-gpu-for-3#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__count__n ?v1&:(and (numberp ?v1) (= ?v1 0))))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-for-3#0"))
(defrule gpufix:cuda-unavailable-no-gpu-for-4#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__pci__nvidia_count__n ?v1&:(and (numberp ?v1) (= ?v1 0))) (F__pci__seen__b TRUE))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-for-4#0"))
(defrule gpufix:cuda-unavailable-no-gpu-against-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__count__n ?v1&:(and (numberp ?v1) (> ?v1 0))))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-against-1#0"))
(defrule gpufix:cuda-unavailable-no-gpu-against-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "nvidia"))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-against-2#0"))
(defrule gpufix:cuda-unavailable-no-gpu-against-3#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__pci__nvidia_count__n ?v1&:(and (numberp ?v1) (> ?v1 0))))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-against-3#0"))
(defrule gpufix:cuda-unavailable-driver-too-old-for-1#0
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-for-1#0"))
(defrule gpufix:cuda-unavailable-driver-too-old-for-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (S__c80d6ab2b0a7 TRUE))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-for-2#0"))
(defrule gpufix:cuda-unavailable-driver-too-old-against-1#0
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-against-1#0"))
(defrule gpufix:cuda-unavailable-driver-too-old-against-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__driver__version__s "absent"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-against-2#0"))
(defrule gpufix:cuda-unavailable-driver-too-old-against-3#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__build "cpu"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-against-3#0"))
(defrule gpufix:cuda-unavailable-driver-too-old-against-4#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__no_nvidia_gpu__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-against-4#0"))
(defrule gpufix:cuda-unavailable-hidden-devices-for-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (P__afaee449a44f TRUE))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-for-1#0"))
(defrule gpufix:cuda-unavailable-hidden-devices-for-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (S__7df997116cce TRUE))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-for-2#0"))
(defrule gpufix:cuda-unavailable-hidden-devices-against-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__env__CUDA_VISIBLE_DEVICES__s "absent"))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-against-1#0"))
(defrule gpufix:cuda-unavailable-hidden-devices-against-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__no_nvidia_gpu__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-against-2#0"))
(defrule gpufix:cuda-unavailable-hidden-devices-against-2#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "amd"))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-against-2#1"))
(defrule gpufix:cuda-unavailable-hidden-devices-against-2#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "apple"))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-against-2#2"))
(defrule gpufix:cuda-unavailable-hidden-devices-against-2#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "intel"))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-against-2#3"))
(defrule gpufix:cuda-unavailable-hidden-devices-against-2#4
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "none"))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-against-2#4"))
(defrule gpufix:cuda-unavailable-other-interpreter-for-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (P__2b74002dceab FALSE))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-for-1#0"))
(defrule gpufix:cuda-unavailable-other-interpreter-for-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__path__python_count__n ?v1&:(and (numberp ?v1) (> ?v1 1))))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-for-2#0"))
(defrule gpufix:cuda-unavailable-other-interpreter-against-1#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (P__2b74002dceab TRUE))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-against-1#0"))
(defrule gpufix:cuda-unavailable-other-interpreter-against-2#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__path__python_count__n ?v1&:(and (numberp ?v1) (= ?v1 1))))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-against-2#0"))
(defrule gpufix:cuda-unavailable-other-interpreter-against-3#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__no_nvidia_gpu__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-against-3#0"))
(defrule gpufix:cuda-unavailable-other-interpreter-against-3#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "amd"))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-against-3#1"))
(defrule gpufix:cuda-unavailable-other-interpreter-against-3#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "apple"))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-against-3#2"))
(defrule gpufix:cuda-unavailable-other-interpreter-against-3#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "intel"))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-against-3#3"))
(defrule gpufix:cuda-unavailable-other-interpreter-against-3#4
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor "none"))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-against-3#4"))
(defrule gpufix:gpu-slow-ask-torch-cuda#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__cpu_x2d_build__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__gpu_x2d_not_x2d_visible__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-torch-cuda#0"))
(defrule gpufix:gpu-slow-ask-torch-cuda#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__cpu_x2d_build__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-torch-cuda#1"))
(defrule gpufix:gpu-slow-ask-torch-cuda#2
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__cpu_x2d_build__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-torch-cuda#2"))
(defrule gpufix:gpu-slow-ask-torch-cuda#3
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__gpu_x2d_not_x2d_visible__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-torch-cuda#3"))
(defrule gpufix:gpu-slow-ask-torch-cuda#4
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__gpu_x2d_not_x2d_visible__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-torch-cuda#4"))
(defrule gpufix:gpu-slow-ask-torch-cuda#5
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__torch__cuda_available__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-torch-cuda#5"))
(defrule gpufix:gpu-slow-ask-gpu-util-during-run#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-gpu-util-during-run#0"))
(defrule gpufix:gpu-slow-ask-gpu-util-during-run#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__derived__dx__gpu_x2d_slow__task_x2d_manager__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__run__gpu_util__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-gpu-util-during-run#1"))
(defrule gpufix:gpu-slow-ask-gpu-util-during-run#2
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-gpu-util-during-run#2"))
(defrule gpufix:gpu-slow-ask-gpu-util-during-run#3
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__derived__dx__gpu_x2d_slow__task_x2d_manager__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__run__gpu_util__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-gpu-util-during-run#3"))
(defrule gpufix:gpu-slow-ask-gpu-util-during-run#4
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__gpu_util__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-gpu-util-during-run#4"))
(defrule gpufix:gpu-slow-ask-gpu-util-during-run#5
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__derived__dx__gpu_x2d_slow__task_x2d_manager__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__run__gpu_util__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-gpu-util-during-run#5"))
(defrule gpufix:gpu-slow-ask-slow-phase#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__derived__dx__gpu_x2d_slow__warm_x2d_up__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#0"))
(defrule gpufix:gpu-slow-ask-slow-phase#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__derived__dx__gpu_x2d_slow__warm_x2d_up__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#1"))
(defrule gpufix:gpu-slow-ask-slow-phase#2
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__derived__dx__gpu_x2d_slow__warm_x2d_up__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#2"))
(defrule gpufix:gpu-slow-ask-slow-phase#3
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__derived__dx__gpu_x2d_slow__warm_x2d_up__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#3"))
(defrule gpufix:gpu-slow-ask-slow-phase#4
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#4"))
(defrule gpufix:gpu-slow-ask-slow-phase#5
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#5"))
(defrule gpufix:gpu-slow-ask-slow-phase#6
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#6"))
(defrule gpufix:gpu-slow-ask-slow-phase#7
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#7"))
(defrule gpufix:gpu-slow-ask-slow-phase#8
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__code_x2d_on_x2d_cpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#8"))
(defrule gpufix:gpu-slow-ask-slow-phase#9
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__slow_phase__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-slow-phase#9"))
(defrule gpufix:gpu-slow-ask-launch-blocking-env#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__env__CUDA_LAUNCH_BLOCKING__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-launch-blocking-env#0"))
(defrule gpufix:gpu-slow-ask-launch-blocking-env#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__env__CUDA_LAUNCH_BLOCKING__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-launch-blocking-env#1"))
(defrule gpufix:gpu-slow-ask-launch-blocking-env#2
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__env__CUDA_LAUNCH_BLOCKING__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-launch-blocking-env#2"))
(defrule gpufix:gpu-slow-ask-power-mode#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__power_saving__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-power-mode#0"))
(defrule gpufix:gpu-slow-ask-power-mode#1
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__power_x2d_limited__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__power_saving__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-power-mode#1"))
(defrule gpufix:gpu-slow-ask-power-mode#2
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__input_x2d_bound__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__gpu_x2d_slow__launch_x2d_blocking__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__run__power_saving__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-power-mode#2"))
(defrule gpufix:gpu-slow-ask-shared-gpu-memory#0
   (gpufix-facts (F__derived__dx__gpu_x2d_slow__symptom__s "ok") (F__derived__dx__gpu_x2d_slow__sysmem_x2d_fallback__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__gpu_x2d_slow__task_x2d_manager__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__run__shared_gpu_memory__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "gpu-slow-ask-shared-gpu-memory#0"))
(defrule gpufix:no-module-torch-ask-pip-show-torch#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__not_x2d_installed__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__no_x2d_module_x2d_torch__other_x2d_interpreter__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__torch__metadata_version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "no-module-torch-ask-pip-show-torch#0"))
(defrule gpufix:no-module-torch-ask-where-python#0
   (gpufix-facts (F__derived__dx__no_x2d_module_x2d_torch__not_x2d_installed__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__no_x2d_module_x2d_torch__other_x2d_interpreter__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__no_x2d_module_x2d_torch__symptom__s "ok") (F__path__pythons__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "no-module-torch-ask-where-python#0"))
(defrule gpufix:cluster-job-explained#0
   (gpufix-facts (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired "cluster-job-explained#0"))
(defrule gpufix:cluster-job-explained#1
   (gpufix-facts (F__torch__build "cpu"))
   =>
   (gpufix-fired "cluster-job-explained#1"))
(defrule gpufix:cluster-job-explained#2
   (gpufix-facts (F__derived__cpu_build_stated__s "ok"))
   =>
   (gpufix-fired "cluster-job-explained#2"))
(defrule gpufix:cluster-job-explained#3
   (gpufix-facts (S__f197eca4b297 TRUE))
   =>
   (gpufix-fired "cluster-job-explained#3"))
(defrule gpufix:cluster-job-explained#4
   (gpufix-facts (S__4241f7e8bd84 TRUE))
   =>
   (gpufix-fired "cluster-job-explained#4"))
(defrule gpufix:cluster-job-explained#5
   (gpufix-facts (S__0da24ac72cf5 TRUE) (S__2751a359467c FALSE))
   =>
   (gpufix-fired "cluster-job-explained#5"))
(defrule gpufix:cluster-job-explained#6
   (gpufix-facts (S__cd89ac90e110 TRUE))
   =>
   (gpufix-fired "cluster-job-explained#6"))
(defrule gpufix:cluster-job-explained#7
   (gpufix-facts (S__bf3697582130 TRUE))
   =>
   (gpufix-fired "cluster-job-explained#7"))
(defrule gpufix:container-started-without-gpus-aside-evidence#0
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired "container-started-without-gpus-aside-evidence#0"))
(defrule gpufix:container-started-without-gpus-aside-evidence#1
   (gpufix-facts (F__torch__build "cpu"))
   =>
   (gpufix-fired "container-started-without-gpus-aside-evidence#1"))
(defrule gpufix:container-toolkit-missing#0
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6d2c42f5f754 TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#0"))
(defrule gpufix:container-toolkit-missing#1
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__6d2c42f5f754 TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#1"))
(defrule gpufix:container-toolkit-missing#2
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__dcaf9901fa7e TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#2"))
(defrule gpufix:container-toolkit-missing#3
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__dcaf9901fa7e TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#3"))
(defrule gpufix:container-toolkit-missing#4
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__272157539484 TRUE) (S__6428d6f066be FALSE))
   =>
   (gpufix-fired "container-toolkit-missing#4"))
(defrule gpufix:container-toolkit-missing#5
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__272157539484 TRUE) (S__6428d6f066be FALSE))
   =>
   (gpufix-fired "container-toolkit-missing#5"))
(defrule gpufix:container-toolkit-missing#6
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6e9ea479e3d1 TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#6"))
(defrule gpufix:container-toolkit-missing#7
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__6e9ea479e3d1 TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#7"))
(defrule gpufix:container-toolkit-missing#8
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__bc10a8065b9a TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#8"))
(defrule gpufix:container-toolkit-missing#9
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__bc10a8065b9a TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#9"))
(defrule gpufix:container-toolkit-missing#10
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0e292cd1edfd FALSE) (S__6b7a98dc7d68 TRUE) (S__a410b70e50c4 TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#10"))
(defrule gpufix:container-toolkit-missing#11
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__0e292cd1edfd FALSE) (S__6b7a98dc7d68 TRUE) (S__a410b70e50c4 TRUE))
   =>
   (gpufix-fired "container-toolkit-missing#11"))
(defrule gpufix:no-nvidia-gpu-likely#0
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__os__wsl__b FALSE) (S__0f5f00c09eb9 FALSE) (S__54118c872bbe FALSE) (S__8b1d39abeb6b TRUE) (S__e910d69a0b0d FALSE) (S__f7d74a070ef8 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-likely#0"))
(defrule gpufix:no-nvidia-gpu-likely#1
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__os__wsl__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__0f5f00c09eb9 FALSE) (S__54118c872bbe FALSE) (S__8b1d39abeb6b TRUE) (S__e910d69a0b0d FALSE) (S__f7d74a070ef8 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-likely#1"))
(defrule gpufix:no-nvidia-gpu-likely#2
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__os__wsl__b FALSE) (S__0f5f00c09eb9 FALSE) (S__54118c872bbe FALSE) (S__8b1d39abeb6b TRUE) (S__e910d69a0b0d FALSE) (S__f7d74a070ef8 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-likely#2"))
(defrule gpufix:no-nvidia-gpu-likely#3
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__os__wsl__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__0f5f00c09eb9 FALSE) (S__54118c872bbe FALSE) (S__8b1d39abeb6b TRUE) (S__e910d69a0b0d FALSE) (S__f7d74a070ef8 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu-likely#3"))
(defrule gpufix:non-torch-library-cpu-build#0
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__os__name ?v3&:(and (stringp ?v3) (neq ?v3 "macos"))) (S__02327bdbdd24 TRUE) (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#0"))
(defrule gpufix:non-torch-library-cpu-build#1
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__derived__nvidia_gpu__s "ok") (F__os__name ?v3&:(and (stringp ?v3) (neq ?v3 "macos"))) (S__02327bdbdd24 TRUE) (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#1"))
(defrule gpufix:non-torch-library-cpu-build#2
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__os__name__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__02327bdbdd24 TRUE) (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#2"))
(defrule gpufix:non-torch-library-cpu-build#3
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__derived__nvidia_gpu__s "ok") (F__os__name__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__02327bdbdd24 TRUE) (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#3"))
(defrule gpufix:non-torch-library-cpu-build#4
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__os__name ?v3&:(and (stringp ?v3) (neq ?v3 "macos"))) (F__pkg__onnxruntime__s "ok") (F__pkg__onnxruntime_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#4"))
(defrule gpufix:non-torch-library-cpu-build#5
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__derived__nvidia_gpu__s "ok") (F__os__name ?v3&:(and (stringp ?v3) (neq ?v3 "macos"))) (F__pkg__onnxruntime__s "ok") (F__pkg__onnxruntime_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#5"))
(defrule gpufix:non-torch-library-cpu-build#6
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__os__name__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__pkg__onnxruntime__s "ok") (F__pkg__onnxruntime_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#6"))
(defrule gpufix:non-torch-library-cpu-build#7
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__derived__nvidia_gpu__s "ok") (F__os__name__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__pkg__onnxruntime__s "ok") (F__pkg__onnxruntime_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#7"))
(defrule gpufix:non-torch-library-cpu-build#8
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__os__name ?v3&:(and (stringp ?v3) (neq ?v3 "macos"))) (F__pkg__faiss_x2d_cpu__s "ok") (F__pkg__faiss_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#8"))
(defrule gpufix:non-torch-library-cpu-build#9
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__derived__nvidia_gpu__s "ok") (F__os__name ?v3&:(and (stringp ?v3) (neq ?v3 "macos"))) (F__pkg__faiss_x2d_cpu__s "ok") (F__pkg__faiss_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#9"))
(defrule gpufix:non-torch-library-cpu-build#10
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__os__name__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__pkg__faiss_x2d_cpu__s "ok") (F__pkg__faiss_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#10"))
(defrule gpufix:non-torch-library-cpu-build#11
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__derived__nvidia_gpu__s "ok") (F__os__name__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__pkg__faiss_x2d_cpu__s "ok") (F__pkg__faiss_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#11"))
(defrule gpufix:non-torch-library-cpu-build#12
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__os__name ?v3&:(and (stringp ?v3) (neq ?v3 "macos"))) (F__pkg__paddlepaddle__s "ok") (F__pkg__paddlepaddle_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#12"))
(defrule gpufix:non-torch-library-cpu-build#13
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__derived__nvidia_gpu__s "ok") (F__os__name ?v3&:(and (stringp ?v3) (neq ?v3 "macos"))) (F__pkg__paddlepaddle__s "ok") (F__pkg__paddlepaddle_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#13"))
(defrule gpufix:non-torch-library-cpu-build#14
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__os__name__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__pkg__paddlepaddle__s "ok") (F__pkg__paddlepaddle_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#14"))
(defrule gpufix:non-torch-library-cpu-build#15
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nontorch_cpu_build__s "ok") (F__derived__nvidia_gpu__s "ok") (F__os__name__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__pkg__paddlepaddle__s "ok") (F__pkg__paddlepaddle_x2d_gpu__s "ok") (S__158549b5dd08 FALSE))
   =>
   (gpufix-fired "non-torch-library-cpu-build#15"))
(defrule gpufix:non-torch-library-cuda-deps#0
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__90554c6bf67c FALSE) (S__91d5afab4d21 FALSE) (S__fb1930746cb7 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#0"))
(defrule gpufix:non-torch-library-cuda-deps#1
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__9d8ddf81210a TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#1"))
(defrule gpufix:non-torch-library-cuda-deps#2
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__6f09794d620a TRUE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#2"))
(defrule gpufix:non-torch-library-cuda-deps#3
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__549b0e94b60d TRUE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#3"))
(defrule gpufix:non-torch-library-cuda-deps#4
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__549b0e94b60d TRUE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#4"))
(defrule gpufix:non-torch-library-cuda-deps#5
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__d88756e47a60 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#5"))
(defrule gpufix:non-torch-library-cuda-deps#6
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__d88756e47a60 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#6"))
(defrule gpufix:non-torch-library-cuda-deps#7
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1ab918b8b48b TRUE) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#7"))
(defrule gpufix:non-torch-library-cuda-deps#8
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1ab918b8b48b TRUE) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#8"))
(defrule gpufix:non-torch-library-cuda-deps#9
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__535559b571bd TRUE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#9"))
(defrule gpufix:non-torch-library-cuda-deps#10
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__535559b571bd TRUE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#10"))
(defrule gpufix:non-torch-library-cuda-deps#11
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__315577a33b92 TRUE) (S__88f0670f19d4 FALSE) (S__be5a96568d04 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#11"))
(defrule gpufix:non-torch-library-cuda-deps#12
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__e20c50b9a645 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#12"))
(defrule gpufix:non-torch-library-cuda-deps#13
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__003ebd295624 TRUE) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#13"))
(defrule gpufix:non-torch-library-cuda-deps#14
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__0325c6cf16f5 TRUE) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#14"))
(defrule gpufix:non-torch-library-cuda-deps#15
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__4e889635c44f TRUE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#15"))
(defrule gpufix:non-torch-library-cuda-deps#16
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__77feb7fdd0b0 TRUE) (S__88f0670f19d4 FALSE) (S__da692379ec2d TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#16"))
(defrule gpufix:non-torch-library-cuda-deps#17
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__77feb7fdd0b0 TRUE) (S__88f0670f19d4 FALSE) (S__da692379ec2d TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#17"))
(defrule gpufix:non-torch-library-cuda-deps#18
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__8afd63f4c2f9 TRUE) (S__c815ec0901a7 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#18"))
(defrule gpufix:non-torch-library-cuda-deps#19
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__6759c1df3367 TRUE) (S__88f0670f19d4 FALSE) (S__c815ec0901a7 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#19"))
(defrule gpufix:non-torch-library-cuda-deps#20
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__8afd63f4c2f9 TRUE) (S__e059a58b7f7b TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#20"))
(defrule gpufix:non-torch-library-cuda-deps#21
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__6759c1df3367 TRUE) (S__88f0670f19d4 FALSE) (S__e059a58b7f7b TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#21"))
(defrule gpufix:non-torch-library-cuda-deps#22
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1ebaada7a2f3 TRUE) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__c815ec0901a7 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#22"))
(defrule gpufix:non-torch-library-cuda-deps#23
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__c815ec0901a7 TRUE) (S__da692379ec2d TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#23"))
(defrule gpufix:non-torch-library-cuda-deps#24
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__c815ec0901a7 TRUE) (S__da692379ec2d TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#24"))
(defrule gpufix:non-torch-library-cuda-deps#25
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__90195a4c7b00 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#25"))
(defrule gpufix:non-torch-library-cuda-deps#26
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__e760527f4833 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#26"))
(defrule gpufix:non-torch-library-cuda-deps#27
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__9ef267cf531d TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#27"))
(defrule gpufix:non-torch-library-cuda-deps#28
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__8d8abf0c1fd8 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#28"))
(defrule gpufix:non-torch-library-cuda-deps#29
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__51cfe20f8eaf TRUE) (S__88f0670f19d4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#29"))
(defrule gpufix:non-torch-library-cuda-deps#30
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__94d832c17c0e FALSE) (S__a05e72e9ecbb FALSE) (S__bfbb628eb4b9 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#30"))
(defrule gpufix:non-torch-library-cuda-deps#31
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__1f253c7035f0 FALSE) (S__88f0670f19d4 FALSE) (S__94d832c17c0e FALSE) (S__cab696593ffe TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#31"))
(defrule gpufix:non-torch-library-cuda-deps#32
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__5265aadb90c9 TRUE) (S__a449b36afbc4 FALSE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#32"))
(defrule gpufix:non-torch-library-cuda-deps#33
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda_available__b TRUE) (S__a449b36afbc4 FALSE) (S__fb6aacd5e1d1 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#33"))
(defrule gpufix:non-torch-library-cuda-deps#34
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__ort_cpu_package__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__zluda_setup__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda_available__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__a449b36afbc4 FALSE) (S__fb6aacd5e1d1 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#34"))
(defrule gpufix:non-torch-library-cuda-deps#35
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__f3cc2eea63ce TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#35"))
(defrule gpufix:non-torch-library-cuda-deps#36
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__6942c5c53954 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#36"))
(defrule gpufix:non-torch-library-cuda-deps#37
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__07d7174a95d3 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#37"))
(defrule gpufix:non-torch-library-cuda-deps#38
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__40425017cb64 TRUE) (S__99330c75aca0 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#38"))
(defrule gpufix:non-torch-library-cuda-deps#39
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__40425017cb64 TRUE) (S__be2d8157104c TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#39"))
(defrule gpufix:non-torch-library-cuda-deps#40
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__99330c75aca0 TRUE) (S__c4d9f99aae94 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#40"))
(defrule gpufix:non-torch-library-cuda-deps#41
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__41b72dd7c657 TRUE) (S__6a6ca68600ab TRUE) (S__7957885163d8 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#41"))
(defrule gpufix:non-torch-library-cuda-deps#42
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2d7fbe8372fe TRUE) (S__c2d4e6367ae1 TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#42"))
(defrule gpufix:non-torch-library-cuda-deps#43
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__match__fw_version__v__r9ca883dd50f5 ?v3&:(and (numberp ?v3) (< ?v3 100000000000070))) (F__match__torch_ct2_cu__v__r9ca883dd50f5 ?v4&:(and (numberp ?v4) (>= ?v4 12000000000000070))) (S__4b20dd961348 TRUE) (S__d005eb885e24 TRUE) (S__dba76dd63c5b TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#43"))
(defrule gpufix:non-torch-library-cuda-deps#44
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__match__fw_version__v__r9ca883dd50f5 ?v3&:(and (numberp ?v3) (>= ?v3 100000000000070))) (F__match__torch_ct2_cu__v__r9ca883dd50f5 ?v4&:(and (numberp ?v4) (>= ?v4 11000000000000070) (< ?v4 12000000000000070))) (S__4b20dd961348 TRUE) (S__d005eb885e24 TRUE) (S__dba76dd63c5b TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#44"))
(defrule gpufix:non-torch-library-cuda-deps#45
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__match__ct2_version__v__r9ca883dd50f5 ?v3&:(and (numberp ?v3) (< ?v3 400000000000070))) (F__match__torch_ct2_cu__v__r9ca883dd50f5 ?v4&:(and (numberp ?v4) (>= ?v4 12000000000000070))) (S__4b20dd961348 TRUE) (S__4d0b81b5e096 TRUE) (S__dba76dd63c5b TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#45"))
(defrule gpufix:non-torch-library-cuda-deps#46
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__match__ct2_version__v__r9ca883dd50f5 ?v3&:(and (numberp ?v3) (>= ?v3 400000000000070))) (F__match__torch_ct2_cu__v__r9ca883dd50f5 ?v4&:(and (numberp ?v4) (>= ?v4 11000000000000070) (< ?v4 12000000000000070))) (S__4b20dd961348 TRUE) (S__4d0b81b5e096 TRUE) (S__dba76dd63c5b TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#46"))
(defrule gpufix:non-torch-library-cuda-deps#47
   (gpufix-facts (F__derived__ort_cpu_package__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__wrong_cudnn__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__zluda_setup__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__match__ct2_version__v__r9ca883dd50f5 ?v3&:(and (numberp ?v3) (>= ?v3 400050000000070))) (F__match__torch_ct2_seen__v__r9ca883dd50f5 ?v4&:(and (numberp ?v4) (< ?v4 200040000000070))) (S__4b20dd961348 TRUE) (S__4d0b81b5e096 TRUE) (S__dba76dd63c5b TRUE))
   =>
   (gpufix-fired "non-torch-library-cuda-deps#47"))
(defrule gpufix:windows-path-system32-evidence#0
   (gpufix-facts (F__os__name "windows") (P__9d3b72e14445 FALSE) (P__c950ba23b682 FALSE))
   =>
   (gpufix-fired "windows-path-system32-evidence#0"))
(defrule gpufix:windows-path-system32-evidence#1
   (gpufix-facts (S__1bf293fb4abe TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#1"))
(defrule gpufix:windows-path-system32-evidence#2
   (gpufix-facts (S__5dd825f22e77 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#2"))
(defrule gpufix:windows-path-system32-evidence#3
   (gpufix-facts (S__f3becc3fffb6 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#3"))
(defrule gpufix:windows-path-system32-evidence#4
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1c4b6b473e99 TRUE) (S__70e28f10c93b FALSE) (S__c303481128e2 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#4"))
(defrule gpufix:windows-path-system32-evidence#5
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s "ok") (S__70e28f10c93b FALSE) (S__c303481128e2 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#5"))
(defrule gpufix:windows-path-system32-evidence#6
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (S__70e28f10c93b FALSE) (S__c303481128e2 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#6"))
(defrule gpufix:windows-path-system32-evidence#7
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2da2cbc57f94 TRUE) (S__70e28f10c93b FALSE) (S__ff1aa5a082e2 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#7"))
(defrule gpufix:windows-path-system32-evidence#8
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__33fc3518b65e TRUE) (S__70e28f10c93b FALSE))
   =>
   (gpufix-fired "windows-path-system32-evidence#8"))
(defrule gpufix:windows-path-system32-evidence#9
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__name "windows") (S__1c4b6b473e99 TRUE) (S__70e28f10c93b FALSE) (S__d6102ed76d50 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#9"))
(defrule gpufix:windows-path-system32-evidence#10
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s "ok") (F__os__name "windows") (S__70e28f10c93b FALSE) (S__d6102ed76d50 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#10"))
(defrule gpufix:windows-path-system32-evidence#11
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__os__name "windows") (F__torch__cuda_available__b TRUE) (S__70e28f10c93b FALSE) (S__d6102ed76d50 TRUE))
   =>
   (gpufix-fired "windows-path-system32-evidence#11"))
(defrule gpufix:arch-gap-elsewhere-evidence#0
   (gpufix-facts (F__derived__jetson_generic_torch__s "ok"))
   =>
   (gpufix-fired "arch-gap-elsewhere-evidence#0"))
(defrule gpufix:arch-gap-elsewhere-evidence#1
   (gpufix-facts (F__derived__other_framework_only__s "ok"))
   =>
   (gpufix-fired "arch-gap-elsewhere-evidence#1"))
(defrule gpufix:arch-gap-elsewhere-evidence#2
   (gpufix-facts (S__742ba1cb9ef2 TRUE))
   =>
   (gpufix-fired "arch-gap-elsewhere-evidence#2"))
(defrule gpufix:cpu-build-in-use#0
   (gpufix-facts (F__derived__cpu_build_shown__s "ok"))
   =>
   (gpufix-fired "cpu-build-in-use#0"))
(defrule gpufix:cpu-build-in-use#1
   (gpufix-facts (F__derived__cpu_build_stated__s "ok"))
   =>
   (gpufix-fired "cpu-build-in-use#1"))
(defrule gpufix:cpu-build-in-use#2
   (gpufix-facts (S__f3a571632616 TRUE))
   =>
   (gpufix-fired "cpu-build-in-use#2"))
(defrule gpufix:cpu-build-in-use#3
   (gpufix-facts (S__e698592676d8 TRUE))
   =>
   (gpufix-fired "cpu-build-in-use#3"))
(defrule gpufix:cpu-build-in-use#4
   (gpufix-facts (S__f81e86835e92 TRUE))
   =>
   (gpufix-fired "cpu-build-in-use#4"))
(defrule gpufix:jetson-generic-torch-build#0
   (gpufix-facts (F__derived__jetson_generic_torch__s "ok"))
   =>
   (gpufix-fired "jetson-generic-torch-build#0"))
(defrule gpufix:rocm-cuda-wheel-likely#0
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows") (neq ?v5 "macos"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#0"))
(defrule gpufix:rocm-cuda-wheel-likely#1
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows") (neq ?v5 "macos"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#1"))
(defrule gpufix:rocm-cuda-wheel-likely#2
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows") (neq ?v5 "macos"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#2"))
(defrule gpufix:rocm-cuda-wheel-likely#3
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows") (neq ?v5 "macos"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#3"))
(defrule gpufix:rocm-cuda-wheel-likely#4
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#4"))
(defrule gpufix:rocm-cuda-wheel-likely#5
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#5"))
(defrule gpufix:rocm-cuda-wheel-likely#6
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#6"))
(defrule gpufix:rocm-cuda-wheel-likely#7
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#7"))
(defrule gpufix:rocm-cuda-wheel-likely#8
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "macos"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#8"))
(defrule gpufix:rocm-cuda-wheel-likely#9
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "macos"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#9"))
(defrule gpufix:rocm-cuda-wheel-likely#10
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "macos"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#10"))
(defrule gpufix:rocm-cuda-wheel-likely#11
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "macos"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#11"))
(defrule gpufix:rocm-cuda-wheel-likely#12
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#12"))
(defrule gpufix:rocm-cuda-wheel-likely#13
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#13"))
(defrule gpufix:rocm-cuda-wheel-likely#14
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#14"))
(defrule gpufix:rocm-cuda-wheel-likely#15
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor ?v4&:(and (stringp ?v4) (neq ?v4 "nvidia"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#15"))
(defrule gpufix:rocm-cuda-wheel-likely#16
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows") (neq ?v5 "macos"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#16"))
(defrule gpufix:rocm-cuda-wheel-likely#17
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows") (neq ?v5 "macos"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#17"))
(defrule gpufix:rocm-cuda-wheel-likely#18
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows") (neq ?v5 "macos"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#18"))
(defrule gpufix:rocm-cuda-wheel-likely#19
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows") (neq ?v5 "macos"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#19"))
(defrule gpufix:rocm-cuda-wheel-likely#20
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#20"))
(defrule gpufix:rocm-cuda-wheel-likely#21
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#21"))
(defrule gpufix:rocm-cuda-wheel-likely#22
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#22"))
(defrule gpufix:rocm-cuda-wheel-likely#23
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "windows"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#23"))
(defrule gpufix:rocm-cuda-wheel-likely#24
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "macos"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#24"))
(defrule gpufix:rocm-cuda-wheel-likely#25
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "macos"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#25"))
(defrule gpufix:rocm-cuda-wheel-likely#26
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "macos"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#26"))
(defrule gpufix:rocm-cuda-wheel-likely#27
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name ?v5&:(and (stringp ?v5) (neq ?v5 "macos"))) (F__os__name__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__os__wsl__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__build__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__cuda__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__torch__hip__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#27"))
(defrule gpufix:rocm-cuda-wheel-likely#28
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#28"))
(defrule gpufix:rocm-cuda-wheel-likely#29
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#29"))
(defrule gpufix:rocm-cuda-wheel-likely#30
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#30"))
(defrule gpufix:rocm-cuda-wheel-likely#31
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__vendor__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#31"))
(defrule gpufix:rocm-cuda-wheel-likely#32
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows") (neq ?v4 "macos"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#32"))
(defrule gpufix:rocm-cuda-wheel-likely#33
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows") (neq ?v4 "macos"))) (F__os__wsl__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#33"))
(defrule gpufix:rocm-cuda-wheel-likely#34
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows") (neq ?v4 "macos"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#34"))
(defrule gpufix:rocm-cuda-wheel-likely#35
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows") (neq ?v4 "macos"))) (F__os__wsl__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#35"))
(defrule gpufix:rocm-cuda-wheel-likely#36
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#36"))
(defrule gpufix:rocm-cuda-wheel-likely#37
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#37"))
(defrule gpufix:rocm-cuda-wheel-likely#38
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#38"))
(defrule gpufix:rocm-cuda-wheel-likely#39
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#39"))
(defrule gpufix:rocm-cuda-wheel-likely#40
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "macos"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#40"))
(defrule gpufix:rocm-cuda-wheel-likely#41
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "macos"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#41"))
(defrule gpufix:rocm-cuda-wheel-likely#42
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "macos"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#42"))
(defrule gpufix:rocm-cuda-wheel-likely#43
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "macos"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#43"))
(defrule gpufix:rocm-cuda-wheel-likely#44
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#44"))
(defrule gpufix:rocm-cuda-wheel-likely#45
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__wsl__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#45"))
(defrule gpufix:rocm-cuda-wheel-likely#46
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#46"))
(defrule gpufix:rocm-cuda-wheel-likely#47
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor ?v3&:(and (stringp ?v3) (neq ?v3 "nvidia"))) (F__os__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__wsl__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#47"))
(defrule gpufix:rocm-cuda-wheel-likely#48
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows") (neq ?v4 "macos"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#48"))
(defrule gpufix:rocm-cuda-wheel-likely#49
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows") (neq ?v4 "macos"))) (F__os__wsl__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#49"))
(defrule gpufix:rocm-cuda-wheel-likely#50
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows") (neq ?v4 "macos"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#50"))
(defrule gpufix:rocm-cuda-wheel-likely#51
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows") (neq ?v4 "macos"))) (F__os__wsl__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#51"))
(defrule gpufix:rocm-cuda-wheel-likely#52
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#52"))
(defrule gpufix:rocm-cuda-wheel-likely#53
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#53"))
(defrule gpufix:rocm-cuda-wheel-likely#54
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#54"))
(defrule gpufix:rocm-cuda-wheel-likely#55
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "windows"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#55"))
(defrule gpufix:rocm-cuda-wheel-likely#56
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "macos"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#56"))
(defrule gpufix:rocm-cuda-wheel-likely#57
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "macos"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#57"))
(defrule gpufix:rocm-cuda-wheel-likely#58
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "macos"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#58"))
(defrule gpufix:rocm-cuda-wheel-likely#59
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name ?v4&:(and (stringp ?v4) (neq ?v4 "macos"))) (F__os__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__os__wsl__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__cuda__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__torch__hip__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#59"))
(defrule gpufix:rocm-cuda-wheel-likely#60
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#60"))
(defrule gpufix:rocm-cuda-wheel-likely#61
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__wsl__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#61"))
(defrule gpufix:rocm-cuda-wheel-likely#62
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__wsl__b FALSE) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#62"))
(defrule gpufix:rocm-cuda-wheel-likely#63
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__os__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__os__wsl__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__torch__hip__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (S__35cb52800162 TRUE) (S__44367e39070d TRUE) (S__44f97785dff1 FALSE) (S__721bacb2953b FALSE) (S__75a812216a3d FALSE) (S__a8dd01a7af37 FALSE))
   =>
   (gpufix-fired "rocm-cuda-wheel-likely#63"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#0
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (P__7996663c9ce5 FALSE) (P__dfe7a5271a63 TRUE) (P__f6e4954ab4f4 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#0"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#1
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__7996663c9ce5 FALSE) (P__dfe7a5271a63 TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#1"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#2
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__dfe7a5271a63 TRUE) (P__f6e4954ab4f4 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#2"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#3
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#3"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#4
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__hip__s "ok") (P__7996663c9ce5 FALSE) (P__f6e4954ab4f4 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#4"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#5
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s "ok") (P__7996663c9ce5 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#5"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#6
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s "ok") (P__f6e4954ab4f4 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#6"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#7
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s "ok") (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#7"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#8
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (P__7996663c9ce5 FALSE) (P__f6e4954ab4f4 FALSE) (S__36f469a73df2 FALSE) (S__543fd3fe6451 FALSE) (S__8362f10e8b82 TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#8"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#9
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__7996663c9ce5 FALSE) (S__36f469a73df2 FALSE) (S__543fd3fe6451 FALSE) (S__8362f10e8b82 TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#9"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#10
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__f6e4954ab4f4 FALSE) (S__36f469a73df2 FALSE) (S__543fd3fe6451 FALSE) (S__8362f10e8b82 TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#10"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#11
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__36f469a73df2 FALSE) (S__543fd3fe6451 FALSE) (S__8362f10e8b82 TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#11"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#12
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (P__7996663c9ce5 FALSE) (P__f6e4954ab4f4 FALSE) (S__32be687b8376 TRUE) (S__36f469a73df2 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#12"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#13
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__7996663c9ce5 FALSE) (S__32be687b8376 TRUE) (S__36f469a73df2 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#13"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#14
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__f6e4954ab4f4 FALSE) (S__32be687b8376 TRUE) (S__36f469a73df2 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#14"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#15
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__32be687b8376 TRUE) (S__36f469a73df2 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#15"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#16
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (P__7996663c9ce5 FALSE) (P__f6e4954ab4f4 FALSE) (S__144fa54d143c TRUE) (S__36f469a73df2 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#16"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#17
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__7996663c9ce5 FALSE) (S__144fa54d143c TRUE) (S__36f469a73df2 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#17"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#18
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__f6e4954ab4f4 FALSE) (S__144fa54d143c TRUE) (S__36f469a73df2 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#18"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#19
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__144fa54d143c TRUE) (S__36f469a73df2 FALSE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#19"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#20
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__7996663c9ce5 FALSE) (P__f6e4954ab4f4 FALSE) (S__9eb175116b27 TRUE) (S__ac586595759b TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#20"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#21
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (P__7996663c9ce5 FALSE) (S__9eb175116b27 TRUE) (S__ac586595759b TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#21"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#22
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__f6e4954ab4f4 FALSE) (S__9eb175116b27 TRUE) (S__ac586595759b TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#22"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#23
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__9eb175116b27 TRUE) (S__ac586595759b TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#23"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#24
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__7996663c9ce5 FALSE) (P__f6e4954ab4f4 FALSE) (S__43fac1fedefc TRUE) (S__9eb175116b27 TRUE) (S__ac586595759b TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#24"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#25
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__7996663c9ce5 FALSE) (S__43fac1fedefc TRUE) (S__9eb175116b27 TRUE) (S__ac586595759b TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#25"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#26
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__f6e4954ab4f4 FALSE) (S__43fac1fedefc TRUE) (S__9eb175116b27 TRUE) (S__ac586595759b TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#26"))
(defrule gpufix:rocm-wheel-on-nvidia-evidence#27
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__rocm__gpu_names__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__43fac1fedefc TRUE) (S__9eb175116b27 TRUE) (S__ac586595759b TRUE) (S__e783e22639c5 FALSE))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-evidence#27"))
(defrule gpufix:gpu-below-app-requirement#0
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__blackwell_torch_likely_old__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_stated__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__build ?v5&:(and (stringp ?v5) (neq ?v5 "cpu"))) (F__torch__cuda_available__b TRUE) (P__ae2d5fe2e58f FALSE) (S__0b8ea3dc03af TRUE) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#0"))
(defrule gpufix:gpu-below-app-requirement#1
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__blackwell_torch_likely_old__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_stated__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__build__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__cuda_available__b TRUE) (P__ae2d5fe2e58f FALSE) (S__0b8ea3dc03af TRUE) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#1"))
(defrule gpufix:gpu-below-app-requirement#2
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__blackwell_torch_likely_old__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_stated__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__build ?v5&:(and (stringp ?v5) (neq ?v5 "cpu"))) (F__torch__cuda_available__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (P__ae2d5fe2e58f FALSE) (S__0b8ea3dc03af TRUE) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#2"))
(defrule gpufix:gpu-below-app-requirement#3
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__blackwell_torch_likely_old__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_stated__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__build__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__cuda_available__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (P__ae2d5fe2e58f FALSE) (S__0b8ea3dc03af TRUE) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#3"))
(defrule gpufix:gpu-below-app-requirement#4
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__amd_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__blackwell_torch_likely_old__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cpu_build_stated__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__no_nvidia_gpu__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build ?v6&:(and (stringp ?v6) (neq ?v6 "cpu"))) (F__torch__cuda_available__b TRUE) (S__0b8ea3dc03af TRUE) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#4"))
(defrule gpufix:gpu-below-app-requirement#5
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__amd_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__blackwell_torch_likely_old__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cpu_build_stated__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__no_nvidia_gpu__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda_available__b TRUE) (S__0b8ea3dc03af TRUE) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#5"))
(defrule gpufix:gpu-below-app-requirement#6
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__amd_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__blackwell_torch_likely_old__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cpu_build_stated__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__no_nvidia_gpu__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build ?v6&:(and (stringp ?v6) (neq ?v6 "cpu"))) (F__torch__cuda_available__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__0b8ea3dc03af TRUE) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#6"))
(defrule gpufix:gpu-below-app-requirement#7
   (gpufix-facts (F__compat__gpu_sm__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__amd_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__blackwell_torch_likely_old__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cpu_build_stated__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__no_nvidia_gpu__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda_available__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__0b8ea3dc03af TRUE) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#7"))
(defrule gpufix:gpu-below-app-requirement#8
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cpu_build_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_stated__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build ?v4&:(and (stringp ?v4) (neq ?v4 "cpu"))) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE) (S__bda422424acb TRUE))
   =>
   (gpufix-fired "gpu-below-app-requirement#8"))
(defrule gpufix:gpu-below-app-requirement#9
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cpu_build_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_stated__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE) (S__bda422424acb TRUE))
   =>
   (gpufix-fired "gpu-below-app-requirement#9"))
(defrule gpufix:gpu-below-app-requirement#10
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cpu_build_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_stated__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build ?v4&:(and (stringp ?v4) (neq ?v4 "cpu"))) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE) (S__6668bd7973b8 TRUE))
   =>
   (gpufix-fired "gpu-below-app-requirement#10"))
(defrule gpufix:gpu-below-app-requirement#11
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cpu_build_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_stated__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE) (S__6668bd7973b8 TRUE))
   =>
   (gpufix-fired "gpu-below-app-requirement#11"))
(defrule gpufix:gpu-below-app-requirement#12
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cpu_build_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_stated__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build ?v4&:(and (stringp ?v4) (neq ?v4 "cpu"))) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE) (S__a4268eba2758 TRUE))
   =>
   (gpufix-fired "gpu-below-app-requirement#12"))
(defrule gpufix:gpu-below-app-requirement#13
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cpu_build_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cpu_build_stated__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE) (S__a4268eba2758 TRUE))
   =>
   (gpufix-fired "gpu-below-app-requirement#13"))
(defrule gpufix:gpu-below-app-requirement#14
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__app_gpu_refused__s "ok") (F__derived__cpu_build_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_stated__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__build ?v5&:(and (stringp ?v5) (neq ?v5 "cpu"))) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#14"))
(defrule gpufix:gpu-below-app-requirement#15
   (gpufix-facts (F__derived__amd_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__app_gpu_refused__s "ok") (F__derived__cpu_build_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_stated__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__build__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__2a462b3e7bc1 FALSE) (S__5b3ee3f42f4e FALSE))
   =>
   (gpufix-fired "gpu-below-app-requirement#15"))
(defrule gpufix:ray-gpu-unrequested-evidence#0
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__0c10051b5899 FALSE) (S__5633d45fba00 TRUE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#0"))
(defrule gpufix:ray-gpu-unrequested-evidence#1
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0c10051b5899 FALSE) (S__5633d45fba00 TRUE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#1"))
(defrule gpufix:ray-gpu-unrequested-evidence#2
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__0c10051b5899 FALSE) (S__5633d45fba00 TRUE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#2"))
(defrule gpufix:ray-gpu-unrequested-evidence#3
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0c10051b5899 FALSE) (S__5633d45fba00 TRUE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#3"))
(defrule gpufix:ray-gpu-unrequested-evidence#4
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#4"))
(defrule gpufix:ray-gpu-unrequested-evidence#5
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#5"))
(defrule gpufix:ray-gpu-unrequested-evidence#6
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#6"))
(defrule gpufix:ray-gpu-unrequested-evidence#7
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#7"))
(defrule gpufix:ray-gpu-unrequested-evidence#8
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#8"))
(defrule gpufix:ray-gpu-unrequested-evidence#9
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#9"))
(defrule gpufix:ray-gpu-unrequested-evidence#10
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#10"))
(defrule gpufix:ray-gpu-unrequested-evidence#11
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#11"))
(defrule gpufix:ray-gpu-unrequested-evidence#12
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__b94d5e14623f TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#12"))
(defrule gpufix:ray-gpu-unrequested-evidence#13
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__b94d5e14623f TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#13"))
(defrule gpufix:ray-gpu-unrequested-evidence#14
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__b94d5e14623f TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#14"))
(defrule gpufix:ray-gpu-unrequested-evidence#15
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0c10051b5899 FALSE) (S__b59f73e94167 TRUE) (S__b94d5e14623f TRUE) (S__d89716761391 FALSE) (S__f0cc667c9ce7 FALSE))
   =>
   (gpufix-fired "ray-gpu-unrequested-evidence#15"))

;; gpufix stratum: container-no-gpu-ask-host-nvidia-smi, container-no-gpu-ask-docker-gpus, cuda-unavailable-cpu-build-out, cuda-unavailable-no-driver-out, cuda-unavailable-no-gpu-out, cuda-unavailable-driver-too-old-out, cuda-unavailable-hidden-devices-out, cuda-unavailable-other-interpreter-out, cluster-job-without-gpu, container-started-without-gpus, driver-older-than-runtime, no-driver-gpu-unknown, no-driver, no-nvidia-gpu, windows-system32-missing-from-path, cpu-build-likely, gpu-arch-unsupported, rocm-cuda-wheel-on-amd, rocm-wheel-on-nvidia-gpu, cuda-visible-devices
(deftemplate gpufix-facts
   (slot F__compat__driver_supports_torch__b)
   (slot F__compat__driver_supports_torch__s)
   (slot F__compat__gpu_arch_supported__b)
   (slot F__compat__gpu_arch_supported__s)
   (slot F__compat__gpu_sm__s)
   (slot F__container__gpus__s)
   (slot F__container__inside__b)
   (slot F__container__inside__s)
   (slot F__derived__amd_gpu__s)
   (slot F__derived__app_gpu_refused__s)
   (slot F__derived__arch_gap_elsewhere__s)
   (slot F__derived__arch_gap_package__s)
   (slot F__derived__arch_gap_said__s)
   (slot F__derived__asked_build_minor_above_driver__s)
   (slot F__derived__blackwell_torch_likely_old__s)
   (slot F__derived__cluster_job_explained__s)
   (slot F__derived__container_gpu_lost__s)
   (slot F__derived__container_no_cuda_anyway__s)
   (slot F__derived__cpu_build_in_use__s)
   (slot F__derived__cpu_build_shown__s)
   (slot F__derived__cpu_run_chosen__s)
   (slot F__derived__cuda_compat_refused__s)
   (slot F__derived__cuda_said_predates_gpu__b)
   (slot F__derived__driver_runs_torch_shown__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__out__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__out__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__symptom__s)
   (slot F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__out__s)
   (slot F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__against__1__s)
   (slot F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__against__2__s)
   (slot F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__against__1__s)
   (slot F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__against__2__s)
   (slot F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__against__3__s)
   (slot F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__against__4__s)
   (slot F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__against__1__s)
   (slot F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__against__2__s)
   (slot F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__against__1__s)
   (slot F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__against__3__s)
   (slot F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__against__1__s)
   (slot F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__against__2__s)
   (slot F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__against__3__s)
   (slot F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__against__1__s)
   (slot F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__against__2__s)
   (slot F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__against__3__s)
   (slot F__derived__dx__cuda_x2d_unavailable__symptom__s)
   (slot F__derived__gpu_expected__s)
   (slot F__derived__gpu_unused_said__s)
   (slot F__derived__hybrid_mode_said__s)
   (slot F__derived__igpu_used_said__s)
   (slot F__derived__no_nvidia_gpu__s)
   (slot F__derived__no_nvidia_gpu_likely__s)
   (slot F__derived__no_nvidia_gpu_stated__s)
   (slot F__derived__no_rocm_wheel_os__s)
   (slot F__derived__nontorch_cpu_build__s)
   (slot F__derived__nvidia_gpu__s)
   (slot F__derived__ray_gpu_unrequested__s)
   (slot F__derived__rocm_cuda_wheel_likely__s)
   (slot F__derived__rocm_wheel_on_nvidia__s)
   (slot F__derived__several_torch__s)
   (slot F__derived__windows_path_lacks_system32__s)
   (slot F__derived__windows_tdr__s)
   (slot F__driver__version__s)
   (slot F__env__CUDA_VISIBLE_DEVICES)
   (slot F__env__CUDA_VISIBLE_DEVICES__s)
   (slot F__env__SLURM_GPUS_ON_NODE__s)
   (slot F__env__SLURM_GPUS__s)
   (slot F__env__SLURM_JOB_GPUS__s)
   (slot F__env__SLURM_JOB_ID__s)
   (slot F__env__SLURM_STEP_GPUS__s)
   (slot F__gpu__count__n)
   (slot F__gpu__count__s)
   (slot F__gpu__name__s)
   (slot F__os__name)
   (slot F__os__name__s)
   (slot F__pci__nvidia_count__n)
   (slot F__pci__nvidia_count__s)
   (slot F__torch__build)
   (slot F__torch__build__s)
   (slot F__torch__cuda__s)
   (slot F__torch__cuda__v)
   (slot F__torch__cuda_available__b)
   (slot F__torch__cuda_available__s)
   (slot F__torch__device_count__n)
   (slot F__torch__hip__s)
   (slot F__torch__version__s)
   (slot F__torch__version__v)
   (slot P__20a3991b56e3)
   (slot P__304b47994d92)
   (slot P__3b936df67deb)
   (slot P__3ea67e6d7645)
   (slot P__46f4143753cb)
   (slot P__49f039eeccde)
   (slot P__4b0fa42eb5d3)
   (slot P__5b9799743e39)
   (slot P__852737f06fd4)
   (slot P__8ef3a9f0da1a)
   (slot P__a5d92639e89c)
   (slot P__afaee449a44f)
   (slot P__c950ba23b682)
   (slot P__da4c9cc48184)
   (slot P__dfe7a5271a63)
   (slot S__00ff2a38c885)
   (slot S__02d7c03629ba)
   (slot S__072c35773689)
   (slot S__081053408209)
   (slot S__08dc4ebbdf59)
   (slot S__0c38f98f32d8)
   (slot S__0f8d4b5f5fce)
   (slot S__0fc0658dbe60)
   (slot S__101bc9e3d841)
   (slot S__10cc1f4b3161)
   (slot S__11b11f1e1f29)
   (slot S__1256fc3ae1dd)
   (slot S__17cf69b59ac4)
   (slot S__1b370d2550a4)
   (slot S__1bbf5e5fb952)
   (slot S__1c16a93b3c6c)
   (slot S__1d3f4b78fae5)
   (slot S__1f4dcf9a4536)
   (slot S__2204ccd7c93f)
   (slot S__229fb7ee889b)
   (slot S__23895d8ef9df)
   (slot S__2551c795b562)
   (slot S__26a008ee15a7)
   (slot S__26b09010feb8)
   (slot S__279f2cf10eeb)
   (slot S__285570940067)
   (slot S__2a58ad147526)
   (slot S__2bba8fe2e9da)
   (slot S__2bdc95930651)
   (slot S__2c00675f9406)
   (slot S__2c667bff78cc)
   (slot S__2da55383cabd)
   (slot S__2e38788f828c)
   (slot S__2e6c7d9d935f)
   (slot S__2f7aecafb31a)
   (slot S__312f505c80da)
   (slot S__32acefde8817)
   (slot S__36bd89ea0ab0)
   (slot S__3788a51cd9bb)
   (slot S__3cf143898e22)
   (slot S__3cf48aac7753)
   (slot S__40fdaf109b95)
   (slot S__4226cb3148c3)
   (slot S__4ce47fc500ad)
   (slot S__4e1985a3deb9)
   (slot S__4e739aef4662)
   (slot S__4fa478efd8d9)
   (slot S__4faea5ffc984)
   (slot S__4fccecd27821)
   (slot S__509ec55c7f6c)
   (slot S__53c8a9ebee2a)
   (slot S__54d26b3f6de5)
   (slot S__55a6b10bf402)
   (slot S__5e85fd488f07)
   (slot S__610c1f5f98bc)
   (slot S__613fa510963c)
   (slot S__62bbceae27e3)
   (slot S__64e0311210be)
   (slot S__666ec99e5def)
   (slot S__669f099052bc)
   (slot S__6788ef789538)
   (slot S__6aa6939ba8bd)
   (slot S__6cca69c652ec)
   (slot S__6d37830551e5)
   (slot S__6d3cad3e86f5)
   (slot S__6f92c1bff730)
   (slot S__79dd6f59b93e)
   (slot S__7caec14a997e)
   (slot S__7cf13912a700)
   (slot S__7ded9c25ee26)
   (slot S__7e1b2c761cd6)
   (slot S__7eb650454946)
   (slot S__7f9958698a01)
   (slot S__820beb8df9ca)
   (slot S__835562a45039)
   (slot S__835bd06850cc)
   (slot S__84003ae960db)
   (slot S__84a236102963)
   (slot S__87452bced117)
   (slot S__884b80bd21a1)
   (slot S__89b8a7a31834)
   (slot S__8b80344ffbe4)
   (slot S__8bf4459c489a)
   (slot S__8dacb84e04e4)
   (slot S__8ff8bfdc68be)
   (slot S__9118d3826a07)
   (slot S__914e6952cf0f)
   (slot S__935daa9499f7)
   (slot S__9437279e0180)
   (slot S__94d9e79075b7)
   (slot S__950b3a1939df)
   (slot S__9922889e26d1)
   (slot S__9a9543c5d0fa)
   (slot S__9fbb38bb191b)
   (slot S__a61d316f818b)
   (slot S__a71d12161e03)
   (slot S__a91d991c9028)
   (slot S__ae9c2d04a970)
   (slot S__b0e58bf8128c)
   (slot S__b1dbd1f54de7)
   (slot S__b670b10a52c4)
   (slot S__b6f8e6f0b45f)
   (slot S__b9624cc84c63)
   (slot S__bafcf8f1fc37)
   (slot S__bca24ccda541)
   (slot S__bf07cadfbfad)
   (slot S__bf63edbea42e)
   (slot S__c08cbc60340f)
   (slot S__c1c643d26b92)
   (slot S__c2061d783f7d)
   (slot S__c46baac25a16)
   (slot S__c4bc3727211a)
   (slot S__c64745ab9747)
   (slot S__c6c62fa6fc66)
   (slot S__c75547364ff0)
   (slot S__c9fbb6a924ca)
   (slot S__cae1e77d18fc)
   (slot S__cbe90e104541)
   (slot S__cd83b448fde2)
   (slot S__ce189d6a3983)
   (slot S__cf6ce2ca7ccc)
   (slot S__d038d92eae65)
   (slot S__d409857d0fb9)
   (slot S__d63de6b0a802)
   (slot S__d67c0880d9d5)
   (slot S__d6a1f3def218)
   (slot S__d6a23622f940)
   (slot S__d7d50a5e9523)
   (slot S__d8e801b77a17)
   (slot S__d93811176864)
   (slot S__dc1f1ae77dda)
   (slot S__dd5709b888df)
   (slot S__ddb6ae774d53)
   (slot S__df7d1c4a8498)
   (slot S__e0fd34b0d869)
   (slot S__e1329af377d5)
   (slot S__e40b0e3584ca)
   (slot S__e4bdbfd6e081)
   (slot S__e56874da9fa7)
   (slot S__e79e986c262f)
   (slot S__e8c55a6d1171)
   (slot S__e8fec33150aa)
   (slot S__e95c0879c17d)
   (slot S__e965cc78b901)
   (slot S__ed83635f1b3a)
   (slot S__edd99a2fb463)
   (slot S__ee77f58f669f)
   (slot S__eec9254cddfd)
   (slot S__f176b10642af)
   (slot S__f1a1b779ef10)
   (slot S__f3324089d4c4)
   (slot S__f340712d4933)
   (slot S__f493c5250cc2)
   (slot S__f54fa1ae03a0)
   (slot S__f56ad8ce955f)
   (slot S__f6a6878af0f0)
   (slot S__f6de41934424)
   (slot S__f75985952959)
   (slot S__f86fccec33f3)
   (slot S__fa6af2492d55)
   (slot S__fe56fe71c725)
   (slot S__ff0b278f2d0f)
   (slot S__ffed06330d53))
(defrule gpufix:container-no-gpu-ask-host-nvidia-smi#0
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "container-no-gpu-ask-host-nvidia-smi#0"))
(defrule gpufix:container-no-gpu-ask-host-nvidia-smi#1
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "container-no-gpu-ask-host-nvidia-smi#1"))
(defrule gpufix:container-no-gpu-ask-host-nvidia-smi#2
   (gpufix-facts (F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "container-no-gpu-ask-host-nvidia-smi#2"))
(defrule gpufix:container-no-gpu-ask-docker-gpus#0
   (gpufix-facts (F__container__gpus__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok") (neq ?v0 "absent"))) (F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__out__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "container-no-gpu-ask-docker-gpus#0"))
(defrule gpufix:container-no-gpu-ask-docker-gpus#1
   (gpufix-facts (F__container__gpus__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok") (neq ?v0 "absent"))) (F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok") (F__derived__dx__container_x2d_no_x2d_gpu__toolkit_x2d_missing__out__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))))
   =>
   (gpufix-fired "container-no-gpu-ask-docker-gpus#1"))
(defrule gpufix:container-no-gpu-ask-docker-gpus#2
   (gpufix-facts (F__container__gpus__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok") (neq ?v0 "absent"))) (F__derived__dx__container_x2d_no_x2d_gpu__host_x2d_no_x2d_driver__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__container_x2d_no_x2d_gpu__started_x2d_without_x2d_gpus__out__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__dx__container_x2d_no_x2d_gpu__symptom__s "ok"))
   =>
   (gpufix-fired "container-no-gpu-ask-docker-gpus#2"))
(defrule gpufix:cuda-unavailable-cpu-build-out#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__against__1__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-out#0"))
(defrule gpufix:cuda-unavailable-cpu-build-out#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__against__2__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-cpu-build-out#1"))
(defrule gpufix:cuda-unavailable-no-driver-out#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__against__1__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-out#0"))
(defrule gpufix:cuda-unavailable-no-driver-out#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__against__3__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-no-driver-out#1"))
(defrule gpufix:cuda-unavailable-no-gpu-out#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__against__1__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-out#0"))
(defrule gpufix:cuda-unavailable-no-gpu-out#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__against__2__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-out#1"))
(defrule gpufix:cuda-unavailable-no-gpu-out#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__against__3__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-no-gpu-out#2"))
(defrule gpufix:cuda-unavailable-driver-too-old-out#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__against__1__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-out#0"))
(defrule gpufix:cuda-unavailable-driver-too-old-out#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__against__2__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-out#1"))
(defrule gpufix:cuda-unavailable-driver-too-old-out#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__against__3__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-out#2"))
(defrule gpufix:cuda-unavailable-driver-too-old-out#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__against__4__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-driver-too-old-out#3"))
(defrule gpufix:cuda-unavailable-hidden-devices-out#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__against__1__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-out#0"))
(defrule gpufix:cuda-unavailable-hidden-devices-out#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__against__2__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-hidden-devices-out#1"))
(defrule gpufix:cuda-unavailable-other-interpreter-out#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__against__1__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-out#0"))
(defrule gpufix:cuda-unavailable-other-interpreter-out#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__against__2__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-out#1"))
(defrule gpufix:cuda-unavailable-other-interpreter-out#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__against__3__s "ok"))
   =>
   (gpufix-fired "cuda-unavailable-other-interpreter-out#2"))
(defrule gpufix:cluster-job-without-gpu#0
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__610c1f5f98bc TRUE) (S__cae1e77d18fc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#0"))
(defrule gpufix:cluster-job-without-gpu#1
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__610c1f5f98bc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#1"))
(defrule gpufix:cluster-job-without-gpu#2
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__610c1f5f98bc TRUE) (S__87452bced117 TRUE) (S__c46baac25a16 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#2"))
(defrule gpufix:cluster-job-without-gpu#3
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__55a6b10bf402 TRUE) (S__610c1f5f98bc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#3"))
(defrule gpufix:cluster-job-without-gpu#4
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__env__CUDA_VISIBLE_DEVICES "NoDevFiles") (S__cae1e77d18fc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#4"))
(defrule gpufix:cluster-job-without-gpu#5
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__env__CUDA_VISIBLE_DEVICES "NoDevFiles") (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "cluster-job-without-gpu#5"))
(defrule gpufix:cluster-job-without-gpu#6
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__env__CUDA_VISIBLE_DEVICES "NoDevFiles") (S__87452bced117 TRUE) (S__c46baac25a16 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#6"))
(defrule gpufix:cluster-job-without-gpu#7
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__env__CUDA_VISIBLE_DEVICES "NoDevFiles") (S__55a6b10bf402 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#7"))
(defrule gpufix:cluster-job-without-gpu#8
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__55a6b10bf402 TRUE) (S__6d37830551e5 TRUE) (S__cae1e77d18fc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#8"))
(defrule gpufix:cluster-job-without-gpu#9
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__55a6b10bf402 TRUE) (S__6d37830551e5 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#9"))
(defrule gpufix:cluster-job-without-gpu#10
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__55a6b10bf402 TRUE) (S__6d37830551e5 TRUE) (S__87452bced117 TRUE) (S__c46baac25a16 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#10"))
(defrule gpufix:cluster-job-without-gpu#11
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6d37830551e5 TRUE) (S__cae1e77d18fc TRUE) (S__d6a1f3def218 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#11"))
(defrule gpufix:cluster-job-without-gpu#12
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__6d37830551e5 TRUE) (S__d6a1f3def218 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#12"))
(defrule gpufix:cluster-job-without-gpu#13
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6d37830551e5 TRUE) (S__87452bced117 TRUE) (S__c46baac25a16 TRUE) (S__d6a1f3def218 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#13"))
(defrule gpufix:cluster-job-without-gpu#14
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__da4c9cc48184 TRUE) (S__cae1e77d18fc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#14"))
(defrule gpufix:cluster-job-without-gpu#15
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (P__da4c9cc48184 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#15"))
(defrule gpufix:cluster-job-without-gpu#16
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__da4c9cc48184 TRUE) (S__87452bced117 TRUE) (S__c46baac25a16 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#16"))
(defrule gpufix:cluster-job-without-gpu#17
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__pci__nvidia_count__n ?v1&:(and (numberp ?v1) (= ?v1 0))) (P__da4c9cc48184 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#17"))
(defrule gpufix:cluster-job-without-gpu#18
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__env__SLURM_GPUS_ON_NODE__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__env__SLURM_GPUS__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__env__SLURM_JOB_GPUS__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__env__SLURM_JOB_ID__s "ok") (F__env__SLURM_STEP_GPUS__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__cae1e77d18fc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#18"))
(defrule gpufix:cluster-job-without-gpu#19
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__env__SLURM_GPUS_ON_NODE__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__env__SLURM_GPUS__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__env__SLURM_JOB_GPUS__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__env__SLURM_JOB_ID__s "ok") (F__env__SLURM_STEP_GPUS__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "cluster-job-without-gpu#19"))
(defrule gpufix:cluster-job-without-gpu#20
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__env__SLURM_GPUS_ON_NODE__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__env__SLURM_GPUS__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__env__SLURM_JOB_GPUS__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__env__SLURM_JOB_ID__s "ok") (F__env__SLURM_STEP_GPUS__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__87452bced117 TRUE) (S__c46baac25a16 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#20"))
(defrule gpufix:cluster-job-without-gpu#21
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__26a008ee15a7 TRUE) (S__cae1e77d18fc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#21"))
(defrule gpufix:cluster-job-without-gpu#22
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__26a008ee15a7 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#22"))
(defrule gpufix:cluster-job-without-gpu#23
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__26a008ee15a7 TRUE) (S__87452bced117 TRUE) (S__c46baac25a16 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#23"))
(defrule gpufix:cluster-job-without-gpu#24
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__55a6b10bf402 TRUE) (S__cae1e77d18fc TRUE) (S__eec9254cddfd FALSE))
   =>
   (gpufix-fired "cluster-job-without-gpu#24"))
(defrule gpufix:cluster-job-without-gpu#25
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__55a6b10bf402 TRUE) (S__9a9543c5d0fa TRUE) (S__cae1e77d18fc TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#25"))
(defrule gpufix:cluster-job-without-gpu#26
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__55a6b10bf402 TRUE) (S__eec9254cddfd FALSE))
   =>
   (gpufix-fired "cluster-job-without-gpu#26"))
(defrule gpufix:cluster-job-without-gpu#27
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__55a6b10bf402 TRUE) (S__9a9543c5d0fa TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#27"))
(defrule gpufix:cluster-job-without-gpu#28
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__55a6b10bf402 TRUE) (S__87452bced117 TRUE) (S__c46baac25a16 TRUE) (S__eec9254cddfd FALSE))
   =>
   (gpufix-fired "cluster-job-without-gpu#28"))
(defrule gpufix:cluster-job-without-gpu#29
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__55a6b10bf402 TRUE) (S__87452bced117 TRUE) (S__9a9543c5d0fa TRUE) (S__c46baac25a16 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#29"))
(defrule gpufix:cluster-job-without-gpu#30
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__driver__version__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__a61d316f818b FALSE) (S__d6a1f3def218 TRUE) (S__eec9254cddfd FALSE) (S__fa6af2492d55 TRUE))
   =>
   (gpufix-fired "cluster-job-without-gpu#30"))
(defrule gpufix:cluster-job-without-gpu#31
   (gpufix-facts (F__derived__cluster_job_explained__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__89b8a7a31834 TRUE) (S__eec9254cddfd FALSE))
   =>
   (gpufix-fired "cluster-job-without-gpu#31"))
(defrule gpufix:container-started-without-gpus#0
   (gpufix-facts (S__312f505c80da FALSE) (S__bafcf8f1fc37 FALSE) (S__bca24ccda541 TRUE) (S__dc1f1ae77dda TRUE))
   =>
   (gpufix-fired "container-started-without-gpus#0"))
(defrule gpufix:container-started-without-gpus#1
   (gpufix-facts (S__0fc0658dbe60 FALSE) (S__312f505c80da FALSE) (S__b6f8e6f0b45f TRUE) (S__bafcf8f1fc37 FALSE) (S__bca24ccda541 TRUE))
   =>
   (gpufix-fired "container-started-without-gpus#1"))
(defrule gpufix:container-started-without-gpus#2
   (gpufix-facts (F__derived__container_no_cuda_anyway__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b FALSE) (S__0fc0658dbe60 FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__bca24ccda541 TRUE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#2"))
(defrule gpufix:container-started-without-gpus#3
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__ce189d6a3983 FALSE) (S__e8fec33150aa TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#3"))
(defrule gpufix:container-started-without-gpus#4
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__ce189d6a3983 FALSE) (S__e8fec33150aa TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#4"))
(defrule gpufix:container-started-without-gpus#5
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__669f099052bc TRUE) (S__bca24ccda541 TRUE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#5"))
(defrule gpufix:container-started-without-gpus#6
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__669f099052bc TRUE) (S__bca24ccda541 TRUE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#6"))
(defrule gpufix:container-started-without-gpus#7
   (gpufix-facts (F__derived__container_no_cuda_anyway__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__0fc0658dbe60 FALSE) (S__279f2cf10eeb TRUE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__cd83b448fde2 TRUE) (S__ce189d6a3983 FALSE) (S__dc1f1ae77dda TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#7"))
(defrule gpufix:container-started-without-gpus#8
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__container_no_cuda_anyway__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2e6c7d9d935f TRUE) (S__312f505c80da TRUE) (S__4226cb3148c3 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#8"))
(defrule gpufix:container-started-without-gpus#9
   (gpufix-facts (F__derived__container_no_cuda_anyway__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2e6c7d9d935f TRUE) (S__312f505c80da TRUE) (S__4226cb3148c3 FALSE) (S__ce189d6a3983 FALSE) (S__f176b10642af TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#9"))
(defrule gpufix:container-started-without-gpus#10
   (gpufix-facts (F__derived__container_no_cuda_anyway__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2e6c7d9d935f TRUE) (S__312f505c80da TRUE) (S__4226cb3148c3 FALSE) (S__bca24ccda541 TRUE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#10"))
(defrule gpufix:container-started-without-gpus#11
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__app_gpu_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_gpu_lost__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__container_no_cuda_anyway__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__dc1f1ae77dda TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#11"))
(defrule gpufix:container-started-without-gpus#12
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__app_gpu_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_gpu_lost__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__container_no_cuda_anyway__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda_available__b FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#12"))
(defrule gpufix:container-started-without-gpus#13
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__b TRUE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__container_gpu_lost__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__container_no_cuda_anyway__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__669f099052bc TRUE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#13"))
(defrule gpufix:container-started-without-gpus#14
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__b TRUE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__container_gpu_lost__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__container_no_cuda_anyway__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__669f099052bc TRUE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#14"))
(defrule gpufix:container-started-without-gpus#15
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__dc1f1ae77dda TRUE) (S__f176b10642af TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#15"))
(defrule gpufix:container-started-without-gpus#16
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__f176b10642af TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#16"))
(defrule gpufix:container-started-without-gpus#17
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__derived__app_gpu_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_gpu_lost__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__container_no_cuda_anyway__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__669f099052bc TRUE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__f176b10642af TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#17"))
(defrule gpufix:container-started-without-gpus#18
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__app_gpu_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_gpu_lost__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__container_no_cuda_anyway__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__669f099052bc TRUE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__f176b10642af TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#18"))
(defrule gpufix:container-started-without-gpus#19
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__0f8d4b5f5fce TRUE) (S__0fc0658dbe60 FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__cbe90e104541 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#19"))
(defrule gpufix:container-started-without-gpus#20
   (gpufix-facts (F__container__inside__b TRUE) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__0f8d4b5f5fce TRUE) (S__0fc0658dbe60 FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__cbe90e104541 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#20"))
(defrule gpufix:container-started-without-gpus#21
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0f8d4b5f5fce TRUE) (S__0fc0658dbe60 FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__cbe90e104541 FALSE) (S__ce189d6a3983 FALSE) (S__f176b10642af TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#21"))
(defrule gpufix:container-started-without-gpus#22
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__0f8d4b5f5fce TRUE) (S__0fc0658dbe60 FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__cbe90e104541 FALSE) (S__ce189d6a3983 FALSE) (S__f176b10642af TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#22"))
(defrule gpufix:container-started-without-gpus#23
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0f8d4b5f5fce TRUE) (S__0fc0658dbe60 FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__bca24ccda541 TRUE) (S__cbe90e104541 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#23"))
(defrule gpufix:container-started-without-gpus#24
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__0f8d4b5f5fce TRUE) (S__0fc0658dbe60 FALSE) (S__312f505c80da FALSE) (S__4226cb3148c3 FALSE) (S__bca24ccda541 TRUE) (S__cbe90e104541 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#24"))
(defrule gpufix:container-started-without-gpus#25
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__dc1f1ae77dda TRUE) (S__e79e986c262f FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#25"))
(defrule gpufix:container-started-without-gpus#26
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__cd83b448fde2 TRUE) (S__ce189d6a3983 FALSE) (S__dc1f1ae77dda TRUE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#26"))
(defrule gpufix:container-started-without-gpus#27
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__gpu_unused_said__s "ok") (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__e79e986c262f FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#27"))
(defrule gpufix:container-started-without-gpus#28
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__gpu_unused_said__s "ok") (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__cd83b448fde2 TRUE) (S__ce189d6a3983 FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#28"))
(defrule gpufix:container-started-without-gpus#29
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__e79e986c262f FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#29"))
(defrule gpufix:container-started-without-gpus#30
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__cd83b448fde2 TRUE) (S__ce189d6a3983 FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#30"))
(defrule gpufix:container-started-without-gpus#31
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__b6f8e6f0b45f TRUE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__e79e986c262f FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#31"))
(defrule gpufix:container-started-without-gpus#32
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__b6f8e6f0b45f TRUE) (S__bafcf8f1fc37 FALSE) (S__cd83b448fde2 TRUE) (S__ce189d6a3983 FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#32"))
(defrule gpufix:container-started-without-gpus#33
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__0fc0658dbe60 FALSE) (S__2e6c7d9d935f TRUE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__e79e986c262f FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#33"))
(defrule gpufix:container-started-without-gpus#34
   (gpufix-facts (F__derived__app_gpu_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_gpu_lost__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__container_no_cuda_anyway__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__0fc0658dbe60 FALSE) (S__2e6c7d9d935f TRUE) (S__4226cb3148c3 FALSE) (S__bafcf8f1fc37 FALSE) (S__cd83b448fde2 TRUE) (S__ce189d6a3983 FALSE) (S__edd99a2fb463 TRUE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#34"))
(defrule gpufix:container-started-without-gpus#35
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_no_cuda_anyway__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__835562a45039 TRUE) (S__bafcf8f1fc37 FALSE) (S__c9fbb6a924ca TRUE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#35"))
(defrule gpufix:container-started-without-gpus#36
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__container_no_cuda_anyway__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0fc0658dbe60 FALSE) (S__4226cb3148c3 FALSE) (S__8bf4459c489a TRUE) (S__bafcf8f1fc37 FALSE) (S__ce189d6a3983 FALSE) (S__ff0b278f2d0f FALSE))
   =>
   (gpufix-fired "container-started-without-gpus#36"))
(defrule gpufix:driver-older-than-runtime#0
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2551c795b562 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#0"))
(defrule gpufix:driver-older-than-runtime#1
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__26b09010feb8 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#1"))
(defrule gpufix:driver-older-than-runtime#2
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__40fdaf109b95 FALSE) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#2"))
(defrule gpufix:driver-older-than-runtime#3
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__229fb7ee889b FALSE) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#3"))
(defrule gpufix:driver-older-than-runtime#4
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__40fdaf109b95 FALSE) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#4"))
(defrule gpufix:driver-older-than-runtime#5
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__229fb7ee889b FALSE) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#5"))
(defrule gpufix:driver-older-than-runtime#6
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE) (S__e1329af377d5 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#6"))
(defrule gpufix:driver-older-than-runtime#7
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#7"))
(defrule gpufix:driver-older-than-runtime#8
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__40fdaf109b95 FALSE) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#8"))
(defrule gpufix:driver-older-than-runtime#9
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__229fb7ee889b FALSE) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#9"))
(defrule gpufix:driver-older-than-runtime#10
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__40fdaf109b95 FALSE) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#10"))
(defrule gpufix:driver-older-than-runtime#11
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__229fb7ee889b FALSE) (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#11"))
(defrule gpufix:driver-older-than-runtime#12
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE) (S__e1329af377d5 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#12"))
(defrule gpufix:driver-older-than-runtime#13
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__7ded9c25ee26 TRUE) (S__94d9e79075b7 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#13"))
(defrule gpufix:driver-older-than-runtime#14
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2c667bff78cc TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#14"))
(defrule gpufix:driver-older-than-runtime#15
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__9fbb38bb191b TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#15"))
(defrule gpufix:driver-older-than-runtime#16
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__d63de6b0a802 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#16"))
(defrule gpufix:driver-older-than-runtime#17
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__835bd06850cc TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#17"))
(defrule gpufix:driver-older-than-runtime#18
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__d6a23622f940 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#18"))
(defrule gpufix:driver-older-than-runtime#19
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#19"))
(defrule gpufix:driver-older-than-runtime#20
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "driver-older-than-runtime#20"))
(defrule gpufix:driver-older-than-runtime#21
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__c64745ab9747 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#21"))
(defrule gpufix:driver-older-than-runtime#22
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__torch__cuda_available__b FALSE) (S__c64745ab9747 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#22"))
(defrule gpufix:driver-older-than-runtime#23
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__c64745ab9747 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#23"))
(defrule gpufix:driver-older-than-runtime#24
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__torch__cuda_available__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__c64745ab9747 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#24"))
(defrule gpufix:driver-older-than-runtime#25
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__driver_runs_torch_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__7e1b2c761cd6 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#25"))
(defrule gpufix:driver-older-than-runtime#26
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__driver_runs_torch_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__7e1b2c761cd6 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#26"))
(defrule gpufix:driver-older-than-runtime#27
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__driver_runs_torch_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__84003ae960db FALSE) (S__c2061d783f7d TRUE) (S__f6de41934424 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#27"))
(defrule gpufix:driver-older-than-runtime#28
   (gpufix-facts (F__derived__cuda_compat_refused__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__driver_runs_torch_shown__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__84003ae960db FALSE) (S__c2061d783f7d TRUE) (S__f6de41934424 FALSE))
   =>
   (gpufix-fired "driver-older-than-runtime#28"))
(defrule gpufix:driver-older-than-runtime#29
   (gpufix-facts (F__derived__cpu_build_in_use__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__driver_runs_torch_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__8ef3a9f0da1a TRUE) (S__1bbf5e5fb952 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#29"))
(defrule gpufix:driver-older-than-runtime#30
   (gpufix-facts (F__derived__cpu_build_in_use__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__driver_runs_torch_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__20a3991b56e3 TRUE) (S__36bd89ea0ab0 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#30"))
(defrule gpufix:driver-older-than-runtime#31
   (gpufix-facts (F__derived__cpu_build_in_use__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__driver_runs_torch_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__304b47994d92 TRUE) (S__36bd89ea0ab0 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#31"))
(defrule gpufix:driver-older-than-runtime#32
   (gpufix-facts (F__derived__cpu_build_in_use__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__driver_runs_torch_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__3ea67e6d7645 TRUE) (S__3788a51cd9bb TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#32"))
(defrule gpufix:driver-older-than-runtime#33
   (gpufix-facts (F__derived__cpu_build_in_use__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__driver_runs_torch_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__5b9799743e39 TRUE) (S__ed83635f1b3a TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#33"))
(defrule gpufix:driver-older-than-runtime#34
   (gpufix-facts (F__derived__cpu_build_in_use__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__driver_runs_torch_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__49f039eeccde TRUE) (S__ed83635f1b3a TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#34"))
(defrule gpufix:driver-older-than-runtime#35
   (gpufix-facts (F__derived__asked_build_minor_above_driver__s "ok") (F__derived__cpu_build_in_use__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__cuda_compat_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__driver_runs_torch_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__ed83635f1b3a TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#35"))
(defrule gpufix:driver-older-than-runtime#36
   (gpufix-facts (F__derived__cpu_build_in_use__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_compat_refused__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__driver_runs_torch_shown__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__852737f06fd4 TRUE) (S__10cc1f4b3161 TRUE))
   =>
   (gpufix-fired "driver-older-than-runtime#36"))
(defrule gpufix:no-driver-gpu-unknown#0
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__64e0311210be FALSE) (S__666ec99e5def TRUE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#0"))
(defrule gpufix:no-driver-gpu-unknown#1
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__666ec99e5def TRUE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#1"))
(defrule gpufix:no-driver-gpu-unknown#2
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__666ec99e5def TRUE) (S__8b80344ffbe4 FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#2"))
(defrule gpufix:no-driver-gpu-unknown#3
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2e38788f828c FALSE) (S__666ec99e5def TRUE) (S__8b80344ffbe4 FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#3"))
(defrule gpufix:no-driver-gpu-unknown#4
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__64e0311210be FALSE) (S__666ec99e5def TRUE) (S__84a236102963 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#4"))
(defrule gpufix:no-driver-gpu-unknown#5
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__666ec99e5def TRUE) (S__84a236102963 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#5"))
(defrule gpufix:no-driver-gpu-unknown#6
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__666ec99e5def TRUE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#6"))
(defrule gpufix:no-driver-gpu-unknown#7
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2e38788f828c FALSE) (S__666ec99e5def TRUE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#7"))
(defrule gpufix:no-driver-gpu-unknown#8
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__64e0311210be FALSE) (S__6cca69c652ec TRUE) (S__c1c643d26b92 FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#8"))
(defrule gpufix:no-driver-gpu-unknown#9
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__6cca69c652ec TRUE) (S__c1c643d26b92 FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#9"))
(defrule gpufix:no-driver-gpu-unknown#10
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__6cca69c652ec TRUE) (S__8b80344ffbe4 FALSE) (S__c1c643d26b92 FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#10"))
(defrule gpufix:no-driver-gpu-unknown#11
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2e38788f828c FALSE) (S__6cca69c652ec TRUE) (S__8b80344ffbe4 FALSE) (S__c1c643d26b92 FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#11"))
(defrule gpufix:no-driver-gpu-unknown#12
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__64e0311210be FALSE) (S__6cca69c652ec TRUE) (S__84a236102963 FALSE) (S__c1c643d26b92 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#12"))
(defrule gpufix:no-driver-gpu-unknown#13
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__6cca69c652ec TRUE) (S__84a236102963 FALSE) (S__c1c643d26b92 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#13"))
(defrule gpufix:no-driver-gpu-unknown#14
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__6cca69c652ec TRUE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__c1c643d26b92 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#14"))
(defrule gpufix:no-driver-gpu-unknown#15
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2e38788f828c FALSE) (S__6cca69c652ec TRUE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__c1c643d26b92 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#15"))
(defrule gpufix:no-driver-gpu-unknown#16
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__64e0311210be FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#16"))
(defrule gpufix:no-driver-gpu-unknown#17
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#17"))
(defrule gpufix:no-driver-gpu-unknown#18
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#18"))
(defrule gpufix:no-driver-gpu-unknown#19
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#19"))
(defrule gpufix:no-driver-gpu-unknown#20
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#20"))
(defrule gpufix:no-driver-gpu-unknown#21
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#21"))
(defrule gpufix:no-driver-gpu-unknown#22
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#22"))
(defrule gpufix:no-driver-gpu-unknown#23
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#23"))
(defrule gpufix:no-driver-gpu-unknown#24
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__64e0311210be FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#24"))
(defrule gpufix:no-driver-gpu-unknown#25
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#25"))
(defrule gpufix:no-driver-gpu-unknown#26
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#26"))
(defrule gpufix:no-driver-gpu-unknown#27
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#27"))
(defrule gpufix:no-driver-gpu-unknown#28
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#28"))
(defrule gpufix:no-driver-gpu-unknown#29
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#29"))
(defrule gpufix:no-driver-gpu-unknown#30
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#30"))
(defrule gpufix:no-driver-gpu-unknown#31
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#31"))
(defrule gpufix:no-driver-gpu-unknown#32
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__64e0311210be FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#32"))
(defrule gpufix:no-driver-gpu-unknown#33
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#33"))
(defrule gpufix:no-driver-gpu-unknown#34
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#34"))
(defrule gpufix:no-driver-gpu-unknown#35
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#35"))
(defrule gpufix:no-driver-gpu-unknown#36
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#36"))
(defrule gpufix:no-driver-gpu-unknown#37
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#37"))
(defrule gpufix:no-driver-gpu-unknown#38
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#38"))
(defrule gpufix:no-driver-gpu-unknown#39
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c4bc3727211a FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#39"))
(defrule gpufix:no-driver-gpu-unknown#40
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__64e0311210be FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#40"))
(defrule gpufix:no-driver-gpu-unknown#41
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#41"))
(defrule gpufix:no-driver-gpu-unknown#42
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#42"))
(defrule gpufix:no-driver-gpu-unknown#43
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#43"))
(defrule gpufix:no-driver-gpu-unknown#44
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#44"))
(defrule gpufix:no-driver-gpu-unknown#45
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#45"))
(defrule gpufix:no-driver-gpu-unknown#46
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#46"))
(defrule gpufix:no-driver-gpu-unknown#47
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__windows_path_lacks_system32__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__2e38788f828c FALSE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__935daa9499f7 TRUE) (S__c75547364ff0 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#47"))
(defrule gpufix:no-driver-gpu-unknown#48
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__64e0311210be FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#48"))
(defrule gpufix:no-driver-gpu-unknown#49
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#49"))
(defrule gpufix:no-driver-gpu-unknown#50
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__8b80344ffbe4 FALSE) (S__d67c0880d9d5 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#50"))
(defrule gpufix:no-driver-gpu-unknown#51
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__2e38788f828c FALSE) (S__8b80344ffbe4 FALSE) (S__d67c0880d9d5 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#51"))
(defrule gpufix:no-driver-gpu-unknown#52
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__64e0311210be FALSE) (S__84a236102963 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#52"))
(defrule gpufix:no-driver-gpu-unknown#53
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__2e38788f828c FALSE) (S__64e0311210be FALSE) (S__84a236102963 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#53"))
(defrule gpufix:no-driver-gpu-unknown#54
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE) (S__e965cc78b901 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#54"))
(defrule gpufix:no-driver-gpu-unknown#55
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_likely__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__windows_path_lacks_system32__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__2e38788f828c FALSE) (S__84a236102963 FALSE) (S__8b80344ffbe4 FALSE))
   =>
   (gpufix-fired "no-driver-gpu-unknown#55"))
(defrule gpufix:no-driver#0
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__df7d1c4a8498 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#0"))
(defrule gpufix:no-driver#1
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__df7d1c4a8498 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#1"))
(defrule gpufix:no-driver#2
   (gpufix-facts (S__ddb6ae774d53 TRUE) (S__df7d1c4a8498 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#2"))
(defrule gpufix:no-driver#3
   (gpufix-facts (S__ddb6ae774d53 TRUE) (S__df7d1c4a8498 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#3"))
(defrule gpufix:no-driver#4
   (gpufix-facts (S__2bdc95930651 TRUE) (S__df7d1c4a8498 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#4"))
(defrule gpufix:no-driver#5
   (gpufix-facts (S__2bdc95930651 TRUE) (S__df7d1c4a8498 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#5"))
(defrule gpufix:no-driver#6
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#6"))
(defrule gpufix:no-driver#7
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#7"))
(defrule gpufix:no-driver#8
   (gpufix-facts (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#8"))
(defrule gpufix:no-driver#9
   (gpufix-facts (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#9"))
(defrule gpufix:no-driver#10
   (gpufix-facts (S__2bdc95930651 TRUE) (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#10"))
(defrule gpufix:no-driver#11
   (gpufix-facts (S__2bdc95930651 TRUE) (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#11"))
(defrule gpufix:no-driver#12
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__8dacb84e04e4 FALSE) (S__e4bdbfd6e081 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired "no-driver#12"))
(defrule gpufix:no-driver#13
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__8dacb84e04e4 FALSE) (S__e8c55a6d1171 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired "no-driver#13"))
(defrule gpufix:no-driver#14
   (gpufix-facts (S__8dacb84e04e4 FALSE) (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired "no-driver#14"))
(defrule gpufix:no-driver#15
   (gpufix-facts (S__8dacb84e04e4 FALSE) (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired "no-driver#15"))
(defrule gpufix:no-driver#16
   (gpufix-facts (S__2bdc95930651 TRUE) (S__8dacb84e04e4 FALSE) (S__e4bdbfd6e081 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired "no-driver#16"))
(defrule gpufix:no-driver#17
   (gpufix-facts (S__2bdc95930651 TRUE) (S__8dacb84e04e4 FALSE) (S__e8c55a6d1171 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired "no-driver#17"))
(defrule gpufix:no-driver#18
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__2bdc95930651 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#18"))
(defrule gpufix:no-driver#19
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (S__2bdc95930651 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#19"))
(defrule gpufix:no-driver#20
   (gpufix-facts (S__2bdc95930651 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#20"))
(defrule gpufix:no-driver#21
   (gpufix-facts (S__2bdc95930651 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#21"))
(defrule gpufix:no-driver#22
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s "ok") (F__derived__windows_path_lacks_system32__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#22"))
(defrule gpufix:no-driver#23
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s "ok") (F__derived__windows_path_lacks_system32__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#23"))
(defrule gpufix:no-driver#24
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#24"))
(defrule gpufix:no-driver#25
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#25"))
(defrule gpufix:no-driver#26
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2bdc95930651 TRUE) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#26"))
(defrule gpufix:no-driver#27
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2bdc95930651 TRUE) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#27"))
(defrule gpufix:no-driver#28
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s "ok") (F__derived__windows_path_lacks_system32__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#28"))
(defrule gpufix:no-driver#29
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__nvidia_gpu__s "ok") (F__derived__windows_path_lacks_system32__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#29"))
(defrule gpufix:no-driver#30
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#30"))
(defrule gpufix:no-driver#31
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#31"))
(defrule gpufix:no-driver#32
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2bdc95930651 TRUE) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#32"))
(defrule gpufix:no-driver#33
   (gpufix-facts (F__container__inside__b FALSE) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2bdc95930651 TRUE) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#33"))
(defrule gpufix:no-driver#34
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__windows_path_lacks_system32__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#34"))
(defrule gpufix:no-driver#35
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__windows_path_lacks_system32__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#35"))
(defrule gpufix:no-driver#36
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#36"))
(defrule gpufix:no-driver#37
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#37"))
(defrule gpufix:no-driver#38
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2bdc95930651 TRUE) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#38"))
(defrule gpufix:no-driver#39
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2bdc95930651 TRUE) (S__2f7aecafb31a TRUE) (S__cf6ce2ca7ccc FALSE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#39"))
(defrule gpufix:no-driver#40
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__windows_path_lacks_system32__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#40"))
(defrule gpufix:no-driver#41
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__windows_path_lacks_system32__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#41"))
(defrule gpufix:no-driver#42
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#42"))
(defrule gpufix:no-driver#43
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#43"))
(defrule gpufix:no-driver#44
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2bdc95930651 TRUE) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#44"))
(defrule gpufix:no-driver#45
   (gpufix-facts (F__container__inside__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__windows_path_lacks_system32__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2bdc95930651 TRUE) (S__2f7aecafb31a TRUE) (S__d038d92eae65 FALSE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#45"))
(defrule gpufix:no-driver#46
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#46"))
(defrule gpufix:no-driver#47
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#47"))
(defrule gpufix:no-driver#48
   (gpufix-facts (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#48"))
(defrule gpufix:no-driver#49
   (gpufix-facts (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#49"))
(defrule gpufix:no-driver#50
   (gpufix-facts (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__2bdc95930651 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#50"))
(defrule gpufix:no-driver#51
   (gpufix-facts (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__2bdc95930651 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#51"))
(defrule gpufix:no-driver#52
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__8ff8bfdc68be FALSE) (S__9437279e0180 FALSE) (S__e4bdbfd6e081 FALSE) (S__e56874da9fa7 TRUE))
   =>
   (gpufix-fired "no-driver#52"))
(defrule gpufix:no-driver#53
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__8ff8bfdc68be FALSE) (S__9437279e0180 FALSE) (S__e56874da9fa7 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#53"))
(defrule gpufix:no-driver#54
   (gpufix-facts (S__62bbceae27e3 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#54"))
(defrule gpufix:no-driver#55
   (gpufix-facts (S__62bbceae27e3 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#55"))
(defrule gpufix:no-driver#56
   (gpufix-facts (S__bf07cadfbfad TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#56"))
(defrule gpufix:no-driver#57
   (gpufix-facts (S__bf07cadfbfad TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#57"))
(defrule gpufix:no-driver#58
   (gpufix-facts (S__509ec55c7f6c TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired "no-driver#58"))
(defrule gpufix:no-driver#59
   (gpufix-facts (S__509ec55c7f6c TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired "no-driver#59"))
(defrule gpufix:no-nvidia-gpu#0
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__285570940067 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#0"))
(defrule gpufix:no-nvidia-gpu#1
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__285570940067 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#1"))
(defrule gpufix:no-nvidia-gpu#2
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__285570940067 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#2"))
(defrule gpufix:no-nvidia-gpu#3
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__08dc4ebbdf59 FALSE) (S__285570940067 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#3"))
(defrule gpufix:no-nvidia-gpu#4
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__23895d8ef9df TRUE) (S__5e85fd488f07 FALSE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#4"))
(defrule gpufix:no-nvidia-gpu#5
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__23895d8ef9df TRUE) (S__5e85fd488f07 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#5"))
(defrule gpufix:no-nvidia-gpu#6
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__23895d8ef9df TRUE) (S__5e85fd488f07 FALSE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#6"))
(defrule gpufix:no-nvidia-gpu#7
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__08dc4ebbdf59 FALSE) (S__23895d8ef9df TRUE) (S__5e85fd488f07 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#7"))
(defrule gpufix:no-nvidia-gpu#8
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__17cf69b59ac4 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#8"))
(defrule gpufix:no-nvidia-gpu#9
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__17cf69b59ac4 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#9"))
(defrule gpufix:no-nvidia-gpu#10
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__17cf69b59ac4 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#10"))
(defrule gpufix:no-nvidia-gpu#11
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__08dc4ebbdf59 FALSE) (S__17cf69b59ac4 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#11"))
(defrule gpufix:no-nvidia-gpu#12
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__dd5709b888df FALSE) (S__f3324089d4c4 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#12"))
(defrule gpufix:no-nvidia-gpu#13
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__f3324089d4c4 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#13"))
(defrule gpufix:no-nvidia-gpu#14
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__dd5709b888df FALSE) (S__f3324089d4c4 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#14"))
(defrule gpufix:no-nvidia-gpu#15
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__08dc4ebbdf59 FALSE) (S__f3324089d4c4 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#15"))
(defrule gpufix:no-nvidia-gpu#16
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (P__dfe7a5271a63 FALSE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#16"))
(defrule gpufix:no-nvidia-gpu#17
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s "absent") (F__torch__cuda__s "ok") (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#17"))
(defrule gpufix:no-nvidia-gpu#18
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s "absent") (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s "ok") (F__torch__hip__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#18"))
(defrule gpufix:no-nvidia-gpu#19
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s "absent") (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s "ok") (F__torch__hip__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__08dc4ebbdf59 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#19"))
(defrule gpufix:no-nvidia-gpu#20
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__101bc9e3d841 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#20"))
(defrule gpufix:no-nvidia-gpu#21
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__101bc9e3d841 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#21"))
(defrule gpufix:no-nvidia-gpu#22
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__101bc9e3d841 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#22"))
(defrule gpufix:no-nvidia-gpu#23
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b FALSE) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__08dc4ebbdf59 FALSE) (S__101bc9e3d841 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#23"))
(defrule gpufix:no-nvidia-gpu#24
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__101bc9e3d841 TRUE) (S__d409857d0fb9 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#24"))
(defrule gpufix:no-nvidia-gpu#25
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__101bc9e3d841 TRUE) (S__d409857d0fb9 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#25"))
(defrule gpufix:no-nvidia-gpu#26
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__101bc9e3d841 TRUE) (S__d409857d0fb9 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#26"))
(defrule gpufix:no-nvidia-gpu#27
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__08dc4ebbdf59 FALSE) (S__101bc9e3d841 TRUE) (S__d409857d0fb9 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#27"))
(defrule gpufix:no-nvidia-gpu#28
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__2da55383cabd TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#28"))
(defrule gpufix:no-nvidia-gpu#29
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__2da55383cabd TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#29"))
(defrule gpufix:no-nvidia-gpu#30
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__2da55383cabd TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#30"))
(defrule gpufix:no-nvidia-gpu#31
   (gpufix-facts (F__derived__no_nvidia_gpu__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__08dc4ebbdf59 FALSE) (S__2da55383cabd TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#31"))
(defrule gpufix:no-nvidia-gpu#32
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__ae9c2d04a970 TRUE) (S__c6c62fa6fc66 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#32"))
(defrule gpufix:no-nvidia-gpu#33
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__ae9c2d04a970 TRUE) (S__c6c62fa6fc66 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#33"))
(defrule gpufix:no-nvidia-gpu#34
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__ae9c2d04a970 TRUE) (S__c6c62fa6fc66 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#34"))
(defrule gpufix:no-nvidia-gpu#35
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__08dc4ebbdf59 FALSE) (S__ae9c2d04a970 TRUE) (S__c6c62fa6fc66 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#35"))
(defrule gpufix:no-nvidia-gpu#36
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__79dd6f59b93e FALSE) (S__c6c62fa6fc66 TRUE) (S__dd5709b888df FALSE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#36"))
(defrule gpufix:no-nvidia-gpu#37
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__79dd6f59b93e FALSE) (S__c6c62fa6fc66 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#37"))
(defrule gpufix:no-nvidia-gpu#38
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__79dd6f59b93e FALSE) (S__c6c62fa6fc66 TRUE) (S__dd5709b888df FALSE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#38"))
(defrule gpufix:no-nvidia-gpu#39
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__08dc4ebbdf59 FALSE) (S__79dd6f59b93e FALSE) (S__c6c62fa6fc66 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#39"))
(defrule gpufix:no-nvidia-gpu#40
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__54d26b3f6de5 FALSE) (S__ae9c2d04a970 TRUE) (S__dd5709b888df FALSE) (S__f340712d4933 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#40"))
(defrule gpufix:no-nvidia-gpu#41
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__54d26b3f6de5 FALSE) (S__ae9c2d04a970 TRUE) (S__f340712d4933 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#41"))
(defrule gpufix:no-nvidia-gpu#42
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__54d26b3f6de5 FALSE) (S__ae9c2d04a970 TRUE) (S__dd5709b888df FALSE) (S__f340712d4933 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#42"))
(defrule gpufix:no-nvidia-gpu#43
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__08dc4ebbdf59 FALSE) (S__54d26b3f6de5 FALSE) (S__ae9c2d04a970 TRUE) (S__f340712d4933 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#43"))
(defrule gpufix:no-nvidia-gpu#44
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__54d26b3f6de5 FALSE) (S__79dd6f59b93e FALSE) (S__dd5709b888df FALSE) (S__f340712d4933 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#44"))
(defrule gpufix:no-nvidia-gpu#45
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__54d26b3f6de5 FALSE) (S__79dd6f59b93e FALSE) (S__f340712d4933 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#45"))
(defrule gpufix:no-nvidia-gpu#46
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__54d26b3f6de5 FALSE) (S__79dd6f59b93e FALSE) (S__dd5709b888df FALSE) (S__f340712d4933 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#46"))
(defrule gpufix:no-nvidia-gpu#47
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__08dc4ebbdf59 FALSE) (S__54d26b3f6de5 FALSE) (S__79dd6f59b93e FALSE) (S__f340712d4933 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#47"))
(defrule gpufix:no-nvidia-gpu#48
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__54d26b3f6de5 FALSE) (S__ae9c2d04a970 TRUE) (S__dd5709b888df FALSE) (S__f493c5250cc2 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#48"))
(defrule gpufix:no-nvidia-gpu#49
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__54d26b3f6de5 FALSE) (S__ae9c2d04a970 TRUE) (S__f493c5250cc2 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#49"))
(defrule gpufix:no-nvidia-gpu#50
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__54d26b3f6de5 FALSE) (S__ae9c2d04a970 TRUE) (S__dd5709b888df FALSE) (S__f493c5250cc2 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#50"))
(defrule gpufix:no-nvidia-gpu#51
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__08dc4ebbdf59 FALSE) (S__54d26b3f6de5 FALSE) (S__ae9c2d04a970 TRUE) (S__f493c5250cc2 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#51"))
(defrule gpufix:no-nvidia-gpu#52
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__54d26b3f6de5 FALSE) (S__79dd6f59b93e FALSE) (S__dd5709b888df FALSE) (S__f493c5250cc2 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#52"))
(defrule gpufix:no-nvidia-gpu#53
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__54d26b3f6de5 FALSE) (S__79dd6f59b93e FALSE) (S__f493c5250cc2 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#53"))
(defrule gpufix:no-nvidia-gpu#54
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__54d26b3f6de5 FALSE) (S__79dd6f59b93e FALSE) (S__dd5709b888df FALSE) (S__f493c5250cc2 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#54"))
(defrule gpufix:no-nvidia-gpu#55
   (gpufix-facts (F__derived__cpu_run_chosen__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu_stated__s "ok") (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__hip__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (S__08dc4ebbdf59 FALSE) (S__54d26b3f6de5 FALSE) (S__79dd6f59b93e FALSE) (S__f493c5250cc2 TRUE) (S__f75985952959 FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#55"))
(defrule gpufix:no-nvidia-gpu#56
   (gpufix-facts (F__derived__no_nvidia_gpu_likely__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__285570940067 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#56"))
(defrule gpufix:no-nvidia-gpu#57
   (gpufix-facts (F__derived__no_nvidia_gpu_likely__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__hip__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__dfe7a5271a63 FALSE) (S__08dc4ebbdf59 FALSE) (S__285570940067 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#57"))
(defrule gpufix:no-nvidia-gpu#58
   (gpufix-facts (F__derived__no_nvidia_gpu_likely__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__285570940067 TRUE) (S__dd5709b888df FALSE))
   =>
   (gpufix-fired "no-nvidia-gpu#58"))
(defrule gpufix:no-nvidia-gpu#59
   (gpufix-facts (F__derived__no_nvidia_gpu_likely__s "ok") (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__build__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__hip__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__08dc4ebbdf59 FALSE) (S__285570940067 TRUE))
   =>
   (gpufix-fired "no-nvidia-gpu#59"))
(defrule gpufix:windows-system32-missing-from-path#0
   (gpufix-facts (F__derived__windows_path_lacks_system32__s "ok") (S__b9624cc84c63 TRUE))
   =>
   (gpufix-fired "windows-system32-missing-from-path#0"))
(defrule gpufix:windows-system32-missing-from-path#1
   (gpufix-facts (F__derived__windows_path_lacks_system32__s "ok") (F__os__name "windows") (P__c950ba23b682 FALSE))
   =>
   (gpufix-fired "windows-system32-missing-from-path#1"))
(defrule gpufix:cpu-build-likely#0
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__torch__build__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__cuda__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__hip__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__version__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#0"))
(defrule gpufix:cpu-build-likely#1
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__torch__build__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__cuda__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__hip__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__version__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#1"))
(defrule gpufix:cpu-build-likely#2
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__torch__build__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__cuda__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__hip__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__version__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#2"))
(defrule gpufix:cpu-build-likely#3
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__torch__build__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__cuda__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__hip__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__version__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#3"))
(defrule gpufix:cpu-build-likely#4
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__torch__build__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__cuda__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__hip__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__version__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#4"))
(defrule gpufix:cpu-build-likely#5
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__torch__build__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__cuda__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__hip__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__version__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#5"))
(defrule gpufix:cpu-build-likely#6
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__torch__build__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__cuda__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__hip__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__version__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#6"))
(defrule gpufix:cpu-build-likely#7
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__torch__build__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__cuda__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__hip__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__version__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#7"))
(defrule gpufix:cpu-build-likely#8
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name ?v15&:(and (stringp ?v15) (neq ?v15 "linux"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#8"))
(defrule gpufix:cpu-build-likely#9
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name ?v15&:(and (stringp ?v15) (neq ?v15 "linux"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#9"))
(defrule gpufix:cpu-build-likely#10
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name ?v15&:(and (stringp ?v15) (neq ?v15 "linux"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#10"))
(defrule gpufix:cpu-build-likely#11
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name ?v15&:(and (stringp ?v15) (neq ?v15 "linux"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#11"))
(defrule gpufix:cpu-build-likely#12
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name ?v15&:(and (stringp ?v15) (neq ?v15 "linux"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#12"))
(defrule gpufix:cpu-build-likely#13
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name ?v15&:(and (stringp ?v15) (neq ?v15 "linux"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#13"))
(defrule gpufix:cpu-build-likely#14
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name ?v15&:(and (stringp ?v15) (neq ?v15 "linux"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#14"))
(defrule gpufix:cpu-build-likely#15
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name ?v15&:(and (stringp ?v15) (neq ?v15 "linux"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#15"))
(defrule gpufix:cpu-build-likely#16
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#16"))
(defrule gpufix:cpu-build-likely#17
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#17"))
(defrule gpufix:cpu-build-likely#18
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#18"))
(defrule gpufix:cpu-build-likely#19
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__no_nvidia_gpu__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nontorch_cpu_build__s ?v10&:(and (stringp ?v10) (neq ?v10 "ok"))) (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#19"))
(defrule gpufix:cpu-build-likely#20
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#20"))
(defrule gpufix:cpu-build-likely#21
   (gpufix-facts (F__compat__driver_supports_torch__b TRUE) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#21"))
(defrule gpufix:cpu-build-likely#22
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__b FALSE) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#22"))
(defrule gpufix:cpu-build-likely#23
   (gpufix-facts (F__compat__driver_supports_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__container__inside__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__app_gpu_refused__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__cpu_build_shown__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__cuda_compat_refused__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__derived__gpu_expected__s "ok") (F__derived__hybrid_mode_said__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (F__derived__igpu_used_said__s ?v8&:(and (stringp ?v8) (neq ?v8 "ok"))) (F__derived__nontorch_cpu_build__s ?v9&:(and (stringp ?v9) (neq ?v9 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__ray_gpu_unrequested__s ?v11&:(and (stringp ?v11) (neq ?v11 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v12&:(and (stringp ?v12) (neq ?v12 "ok"))) (F__derived__several_torch__s ?v13&:(and (stringp ?v13) (neq ?v13 "ok"))) (F__env__CUDA_VISIBLE_DEVICES__s ?v14&:(and (stringp ?v14) (neq ?v14 "ok"))) (F__os__name__s ?v15&:(and (stringp ?v15) (neq ?v15 "ok"))) (F__torch__build__s ?v16&:(and (stringp ?v16) (neq ?v16 "ok"))) (F__torch__cuda__s ?v17&:(and (stringp ?v17) (neq ?v17 "ok"))) (F__torch__hip__s ?v18&:(and (stringp ?v18) (neq ?v18 "ok"))) (S__1f4dcf9a4536 FALSE) (S__2204ccd7c93f FALSE) (S__3cf48aac7753 FALSE) (S__613fa510963c FALSE) (S__820beb8df9ca FALSE) (S__a91d991c9028 FALSE) (S__f56ad8ce955f FALSE) (S__ffed06330d53 FALSE))
   =>
   (gpufix-fired "cpu-build-likely#23"))
(defrule gpufix:gpu-arch-unsupported#0
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4e1985a3deb9 TRUE) (S__f1a1b779ef10 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#0"))
(defrule gpufix:gpu-arch-unsupported#1
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4e1985a3deb9 TRUE) (S__e40b0e3584ca FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#1"))
(defrule gpufix:gpu-arch-unsupported#2
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6788ef789538 TRUE) (S__f1a1b779ef10 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#2"))
(defrule gpufix:gpu-arch-unsupported#3
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6788ef789538 TRUE) (S__e40b0e3584ca FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#3"))
(defrule gpufix:gpu-arch-unsupported#4
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2a58ad147526 TRUE) (S__f1a1b779ef10 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#4"))
(defrule gpufix:gpu-arch-unsupported#5
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2a58ad147526 TRUE) (S__e40b0e3584ca FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#5"))
(defrule gpufix:gpu-arch-unsupported#6
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__32acefde8817 TRUE) (S__f1a1b779ef10 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#6"))
(defrule gpufix:gpu-arch-unsupported#7
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__32acefde8817 TRUE) (S__e40b0e3584ca FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#7"))
(defrule gpufix:gpu-arch-unsupported#8
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6d3cad3e86f5 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#8"))
(defrule gpufix:gpu-arch-unsupported#9
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__4e739aef4662 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#9"))
(defrule gpufix:gpu-arch-unsupported#10
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__b1dbd1f54de7 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#10"))
(defrule gpufix:gpu-arch-unsupported#11
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__53c8a9ebee2a FALSE) (S__6aa6939ba8bd TRUE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#11"))
(defrule gpufix:gpu-arch-unsupported#12
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__53c8a9ebee2a FALSE) (S__6aa6939ba8bd TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#12"))
(defrule gpufix:gpu-arch-unsupported#13
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__11b11f1e1f29 FALSE) (S__6aa6939ba8bd TRUE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#13"))
(defrule gpufix:gpu-arch-unsupported#14
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__11b11f1e1f29 FALSE) (S__6aa6939ba8bd TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#14"))
(defrule gpufix:gpu-arch-unsupported#15
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__6aa6939ba8bd TRUE) (S__914e6952cf0f TRUE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#15"))
(defrule gpufix:gpu-arch-unsupported#16
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__6aa6939ba8bd TRUE) (S__914e6952cf0f TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#16"))
(defrule gpufix:gpu-arch-unsupported#17
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__53c8a9ebee2a FALSE) (S__6aa6939ba8bd TRUE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#17"))
(defrule gpufix:gpu-arch-unsupported#18
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__53c8a9ebee2a FALSE) (S__6aa6939ba8bd TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#18"))
(defrule gpufix:gpu-arch-unsupported#19
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__11b11f1e1f29 FALSE) (S__6aa6939ba8bd TRUE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#19"))
(defrule gpufix:gpu-arch-unsupported#20
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__11b11f1e1f29 FALSE) (S__6aa6939ba8bd TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#20"))
(defrule gpufix:gpu-arch-unsupported#21
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__6aa6939ba8bd TRUE) (S__914e6952cf0f TRUE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#21"))
(defrule gpufix:gpu-arch-unsupported#22
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__6aa6939ba8bd TRUE) (S__914e6952cf0f TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#22"))
(defrule gpufix:gpu-arch-unsupported#23
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__53c8a9ebee2a FALSE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#23"))
(defrule gpufix:gpu-arch-unsupported#24
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__53c8a9ebee2a FALSE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#24"))
(defrule gpufix:gpu-arch-unsupported#25
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__11b11f1e1f29 FALSE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#25"))
(defrule gpufix:gpu-arch-unsupported#26
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__11b11f1e1f29 FALSE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#26"))
(defrule gpufix:gpu-arch-unsupported#27
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__914e6952cf0f TRUE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#27"))
(defrule gpufix:gpu-arch-unsupported#28
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__914e6952cf0f TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#28"))
(defrule gpufix:gpu-arch-unsupported#29
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__53c8a9ebee2a FALSE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#29"))
(defrule gpufix:gpu-arch-unsupported#30
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__53c8a9ebee2a FALSE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#30"))
(defrule gpufix:gpu-arch-unsupported#31
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__11b11f1e1f29 FALSE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#31"))
(defrule gpufix:gpu-arch-unsupported#32
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__11b11f1e1f29 FALSE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#32"))
(defrule gpufix:gpu-arch-unsupported#33
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__914e6952cf0f TRUE) (S__b0e58bf8128c FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#33"))
(defrule gpufix:gpu-arch-unsupported#34
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__02d7c03629ba TRUE) (S__914e6952cf0f TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#34"))
(defrule gpufix:gpu-arch-unsupported#35
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_package__s "ok") (S__6aa6939ba8bd TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#35"))
(defrule gpufix:gpu-arch-unsupported#36
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__914e6952cf0f TRUE) (S__b0e58bf8128c FALSE) (S__d8e801b77a17 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#36"))
(defrule gpufix:gpu-arch-unsupported#37
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__914e6952cf0f TRUE) (S__d8e801b77a17 TRUE) (S__f86fccec33f3 FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#37"))
(defrule gpufix:gpu-arch-unsupported#38
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__7eb650454946 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#38"))
(defrule gpufix:gpu-arch-unsupported#39
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__7eb650454946 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#39"))
(defrule gpufix:gpu-arch-unsupported#40
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__arch_gap_said__s "ok"))
   =>
   (gpufix-fired "gpu-arch-unsupported#40"))
(defrule gpufix:gpu-arch-unsupported#41
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__arch_gap_said__s "ok"))
   =>
   (gpufix-fired "gpu-arch-unsupported#41"))
(defrule gpufix:gpu-arch-unsupported#42
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__compat__gpu_sm__s "ok") (F__derived__arch_gap_elsewhere__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__950b3a1939df TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#42"))
(defrule gpufix:gpu-arch-unsupported#43
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__gpu_sm__s "ok") (F__derived__arch_gap_elsewhere__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (S__950b3a1939df TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#43"))
(defrule gpufix:gpu-arch-unsupported#44
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__3cf143898e22 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#44"))
(defrule gpufix:gpu-arch-unsupported#45
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__3cf143898e22 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#45"))
(defrule gpufix:gpu-arch-unsupported#46
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (< ?v1 1100080000000070))) (F__torch__version__v ?v2&:(and (numberp ?v2) (< ?v2 200010000000070))) (P__a5d92639e89c TRUE) (S__f6a6878af0f0 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#46"))
(defrule gpufix:gpu-arch-unsupported#47
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (< ?v1 1100080000000070))) (F__torch__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__a5d92639e89c TRUE) (S__f6a6878af0f0 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#47"))
(defrule gpufix:gpu-arch-unsupported#48
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__version__v ?v2&:(and (numberp ?v2) (< ?v2 200010000000070))) (P__a5d92639e89c TRUE) (S__f6a6878af0f0 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#48"))
(defrule gpufix:gpu-arch-unsupported#49
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (P__a5d92639e89c TRUE) (S__f6a6878af0f0 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#49"))
(defrule gpufix:gpu-arch-unsupported#50
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__1b370d2550a4 FALSE) (S__a71d12161e03 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#50"))
(defrule gpufix:gpu-arch-unsupported#51
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__a71d12161e03 TRUE) (S__ee77f58f669f FALSE))
   =>
   (gpufix-fired "gpu-arch-unsupported#51"))
(defrule gpufix:gpu-arch-unsupported#52
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__cuda_said_predates_gpu__b TRUE) (F__derived__windows_tdr__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "gpu-arch-unsupported#52"))
(defrule gpufix:gpu-arch-unsupported#53
   (gpufix-facts (F__derived__arch_gap_elsewhere__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__blackwell_torch_likely_old__s "ok") (F__derived__windows_tdr__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "gpu-arch-unsupported#53"))
(defrule gpufix:gpu-arch-unsupported#54
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (F__derived__arch_gap_elsewhere__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__windows_tdr__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "gpu-arch-unsupported#54"))
(defrule gpufix:gpu-arch-unsupported#55
   (gpufix-facts (S__00ff2a38c885 TRUE))
   =>
   (gpufix-fired "gpu-arch-unsupported#55"))
(defrule gpufix:rocm-cuda-wheel-on-amd#0
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#0"))
(defrule gpufix:rocm-cuda-wheel-on-amd#1
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#1"))
(defrule gpufix:rocm-cuda-wheel-on-amd#2
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#2"))
(defrule gpufix:rocm-cuda-wheel-on-amd#3
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#3"))
(defrule gpufix:rocm-cuda-wheel-on-amd#4
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (F__torch__build "cpu"))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#4"))
(defrule gpufix:rocm-cuda-wheel-on-amd#5
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build "cpu"))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#5"))
(defrule gpufix:rocm-cuda-wheel-on-amd#6
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (F__torch__build "cpu"))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#6"))
(defrule gpufix:rocm-cuda-wheel-on-amd#7
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build "cpu"))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#7"))
(defrule gpufix:rocm-cuda-wheel-on-amd#8
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__no_rocm_wheel_os__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__count__n ?v4&:(and (numberp ?v4) (<= ?v4 0))) (F__gpu__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__pci__nvidia_count__n ?v6&:(and (numberp ?v6) (<= ?v6 0))) (P__dfe7a5271a63 FALSE) (S__1256fc3ae1dd TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#8"))
(defrule gpufix:rocm-cuda-wheel-on-amd#9
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__no_rocm_wheel_os__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__count__n ?v4&:(and (numberp ?v4) (<= ?v4 0))) (F__gpu__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__pci__nvidia_count__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (P__dfe7a5271a63 FALSE) (S__1256fc3ae1dd TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#9"))
(defrule gpufix:rocm-cuda-wheel-on-amd#10
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__no_rocm_wheel_os__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__count__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__gpu__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__pci__nvidia_count__n ?v6&:(and (numberp ?v6) (<= ?v6 0))) (P__dfe7a5271a63 FALSE) (S__1256fc3ae1dd TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#10"))
(defrule gpufix:rocm-cuda-wheel-on-amd#11
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__no_rocm_wheel_os__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__count__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__gpu__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__pci__nvidia_count__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (P__dfe7a5271a63 FALSE) (S__1256fc3ae1dd TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#11"))
(defrule gpufix:rocm-cuda-wheel-on-amd#12
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__no_rocm_wheel_os__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__count__n ?v4&:(and (numberp ?v4) (<= ?v4 0))) (F__gpu__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__pci__nvidia_count__n ?v6&:(and (numberp ?v6) (<= ?v6 0))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__1256fc3ae1dd TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#12"))
(defrule gpufix:rocm-cuda-wheel-on-amd#13
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__no_rocm_wheel_os__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__count__n ?v4&:(and (numberp ?v4) (<= ?v4 0))) (F__gpu__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__pci__nvidia_count__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__1256fc3ae1dd TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#13"))
(defrule gpufix:rocm-cuda-wheel-on-amd#14
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__no_rocm_wheel_os__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__count__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__gpu__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__pci__nvidia_count__n ?v6&:(and (numberp ?v6) (<= ?v6 0))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__1256fc3ae1dd TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#14"))
(defrule gpufix:rocm-cuda-wheel-on-amd#15
   (gpufix-facts (F__derived__amd_gpu__s "ok") (F__derived__no_rocm_wheel_os__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__count__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__gpu__name__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__pci__nvidia_count__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__build__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__1256fc3ae1dd TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#15"))
(defrule gpufix:rocm-cuda-wheel-on-amd#16
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (P__dfe7a5271a63 FALSE) (S__1256fc3ae1dd TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#16"))
(defrule gpufix:rocm-cuda-wheel-on-amd#17
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (P__dfe7a5271a63 FALSE) (S__1256fc3ae1dd TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#17"))
(defrule gpufix:rocm-cuda-wheel-on-amd#18
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (P__dfe7a5271a63 FALSE) (S__1256fc3ae1dd TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#18"))
(defrule gpufix:rocm-cuda-wheel-on-amd#19
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (P__dfe7a5271a63 FALSE) (S__1256fc3ae1dd TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#19"))
(defrule gpufix:rocm-cuda-wheel-on-amd#20
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__1256fc3ae1dd TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#20"))
(defrule gpufix:rocm-cuda-wheel-on-amd#21
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__1256fc3ae1dd TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#21"))
(defrule gpufix:rocm-cuda-wheel-on-amd#22
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__1256fc3ae1dd TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#22"))
(defrule gpufix:rocm-cuda-wheel-on-amd#23
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__1256fc3ae1dd TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#23"))
(defrule gpufix:rocm-cuda-wheel-on-amd#24
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (P__dfe7a5271a63 FALSE) (S__7f9958698a01 TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#24"))
(defrule gpufix:rocm-cuda-wheel-on-amd#25
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (P__dfe7a5271a63 FALSE) (S__7f9958698a01 TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#25"))
(defrule gpufix:rocm-cuda-wheel-on-amd#26
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (P__dfe7a5271a63 FALSE) (S__7f9958698a01 TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#26"))
(defrule gpufix:rocm-cuda-wheel-on-amd#27
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (P__dfe7a5271a63 FALSE) (S__7f9958698a01 TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#27"))
(defrule gpufix:rocm-cuda-wheel-on-amd#28
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__7f9958698a01 TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#28"))
(defrule gpufix:rocm-cuda-wheel-on-amd#29
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__n ?v3&:(and (numberp ?v3) (<= ?v3 0))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__7f9958698a01 TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#29"))
(defrule gpufix:rocm-cuda-wheel-on-amd#30
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__n ?v5&:(and (numberp ?v5) (<= ?v5 0))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__7f9958698a01 TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#30"))
(defrule gpufix:rocm-cuda-wheel-on-amd#31
   (gpufix-facts (F__derived__no_rocm_wheel_os__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__driver__version__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__gpu__count__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__gpu__name__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__pci__nvidia_count__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__build__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__7f9958698a01 TRUE) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#31"))
(defrule gpufix:rocm-cuda-wheel-on-amd#32
   (gpufix-facts (F__derived__rocm_cuda_wheel_likely__s "ok") (F__derived__rocm_wheel_on_nvidia__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__884b80bd21a1 TRUE))
   =>
   (gpufix-fired "rocm-cuda-wheel-on-amd#32"))
(defrule gpufix:rocm-wheel-on-nvidia-gpu#0
   (gpufix-facts (F__derived__rocm_wheel_on_nvidia__s "ok"))
   =>
   (gpufix-fired "rocm-wheel-on-nvidia-gpu#0"))
(defrule gpufix:cuda-visible-devices#0
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__072c35773689 FALSE) (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE) (S__7cf13912a700 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#0"))
(defrule gpufix:cuda-visible-devices#1
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__no_nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE) (S__7cf13912a700 FALSE) (S__f54fa1ae03a0 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#1"))
(defrule gpufix:cuda-visible-devices#2
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__072c35773689 FALSE) (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE) (S__7cf13912a700 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#2"))
(defrule gpufix:cuda-visible-devices#3
   (gpufix-facts (F__derived__container_gpu_lost__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s "ok") (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE) (S__7cf13912a700 FALSE) (S__f54fa1ae03a0 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#3"))
(defrule gpufix:cuda-visible-devices#4
   (gpufix-facts (S__bf63edbea42e TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#4"))
(defrule gpufix:cuda-visible-devices#5
   (gpufix-facts (S__2bba8fe2e9da TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#5"))
(defrule gpufix:cuda-visible-devices#6
   (gpufix-facts (S__1d3f4b78fae5 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#6"))
(defrule gpufix:cuda-visible-devices#7
   (gpufix-facts (S__2c00675f9406 FALSE) (S__4faea5ffc984 FALSE) (S__d7d50a5e9523 TRUE) (S__f54fa1ae03a0 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#7"))
(defrule gpufix:cuda-visible-devices#8
   (gpufix-facts (F__torch__cuda_available__b TRUE) (S__2c00675f9406 FALSE) (S__4faea5ffc984 FALSE) (S__e0fd34b0d869 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#8"))
(defrule gpufix:cuda-visible-devices#9
   (gpufix-facts (F__torch__cuda_available__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__2c00675f9406 FALSE) (S__4faea5ffc984 FALSE) (S__e0fd34b0d869 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#9"))
(defrule gpufix:cuda-visible-devices#10
   (gpufix-facts (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4faea5ffc984 FALSE) (S__e0fd34b0d869 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#10"))
(defrule gpufix:cuda-visible-devices#11
   (gpufix-facts (F__env__CUDA_VISIBLE_DEVICES__s "ok") (F__gpu__count__n ?v1&:(and (numberp ?v1) (> ?v1 0))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))))
   =>
   (gpufix-fired "cuda-visible-devices#11"))
(defrule gpufix:cuda-visible-devices#12
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0))) (P__afaee449a44f TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#12"))
(defrule gpufix:cuda-visible-devices#13
   (gpufix-facts (P__46f4143753cb TRUE) (S__4fa478efd8d9 TRUE) (S__fe56fe71c725 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#13"))
(defrule gpufix:cuda-visible-devices#14
   (gpufix-facts (S__4fa478efd8d9 FALSE) (S__c08cbc60340f TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#14"))
(defrule gpufix:cuda-visible-devices#15
   (gpufix-facts (S__2c00675f9406 FALSE) (S__4ce47fc500ad TRUE) (S__9922889e26d1 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#15"))
(defrule gpufix:cuda-visible-devices#16
   (gpufix-facts (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__9922889e26d1 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#16"))
(defrule gpufix:cuda-visible-devices#17
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__081053408209 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#17"))
(defrule gpufix:cuda-visible-devices#18
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__081053408209 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#18"))
(defrule gpufix:cuda-visible-devices#19
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__081053408209 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#19"))
(defrule gpufix:cuda-visible-devices#20
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__081053408209 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#20"))
(defrule gpufix:cuda-visible-devices#21
   (gpufix-facts (S__2c00675f9406 FALSE) (S__6f92c1bff730 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#21"))
(defrule gpufix:cuda-visible-devices#22
   (gpufix-facts (S__1c16a93b3c6c TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#22"))
(defrule gpufix:cuda-visible-devices#23
   (gpufix-facts (F__torch__device_count__n ?v0&:(and (numberp ?v0) (>= ?v0 1))) (P__3b936df67deb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 FALSE) (S__f54fa1ae03a0 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#23"))
(defrule gpufix:cuda-visible-devices#24
   (gpufix-facts (S__2c00675f9406 FALSE) (S__9118d3826a07 TRUE) (S__f54fa1ae03a0 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#24"))
(defrule gpufix:cuda-visible-devices#25
   (gpufix-facts (S__2c00675f9406 FALSE) (S__b670b10a52c4 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#25"))
(defrule gpufix:cuda-visible-devices#26
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__7caec14a997e TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#26"))
(defrule gpufix:cuda-visible-devices#27
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__7caec14a997e TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#27"))
(defrule gpufix:cuda-visible-devices#28
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__7caec14a997e TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#28"))
(defrule gpufix:cuda-visible-devices#29
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__7caec14a997e TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#29"))
(defrule gpufix:cuda-visible-devices#30
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (P__46f4143753cb TRUE) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#30"))
(defrule gpufix:cuda-visible-devices#31
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__46f4143753cb TRUE) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#31"))
(defrule gpufix:cuda-visible-devices#32
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (P__46f4143753cb TRUE) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#32"))
(defrule gpufix:cuda-visible-devices#33
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__46f4143753cb TRUE) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#33"))
(defrule gpufix:cuda-visible-devices#34
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#34"))
(defrule gpufix:cuda-visible-devices#35
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#35"))
(defrule gpufix:cuda-visible-devices#36
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#36"))
(defrule gpufix:cuda-visible-devices#37
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#37"))
(defrule gpufix:cuda-visible-devices#38
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__9922889e26d1 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#38"))
(defrule gpufix:cuda-visible-devices#39
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__9922889e26d1 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#39"))
(defrule gpufix:cuda-visible-devices#40
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__9922889e26d1 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#40"))
(defrule gpufix:cuda-visible-devices#41
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (P__46f4143753cb TRUE) (S__2c00675f9406 FALSE) (S__4fa478efd8d9 TRUE) (S__9922889e26d1 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#41"))
(defrule gpufix:cuda-visible-devices#42
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#42"))
(defrule gpufix:cuda-visible-devices#43
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#43"))
(defrule gpufix:cuda-visible-devices#44
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#44"))
(defrule gpufix:cuda-visible-devices#45
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#45"))
(defrule gpufix:cuda-visible-devices#46
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#46"))
(defrule gpufix:cuda-visible-devices#47
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#47"))
(defrule gpufix:cuda-visible-devices#48
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#48"))
(defrule gpufix:cuda-visible-devices#49
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#49"))
(defrule gpufix:cuda-visible-devices#50
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (S__2c00675f9406 FALSE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#50"))
(defrule gpufix:cuda-visible-devices#51
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__2c00675f9406 FALSE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#51"))
(defrule gpufix:cuda-visible-devices#52
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b FALSE) (S__2c00675f9406 FALSE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#52"))
(defrule gpufix:cuda-visible-devices#53
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b FALSE) (S__2c00675f9406 FALSE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#53"))
(defrule gpufix:cuda-visible-devices#54
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__2c00675f9406 FALSE) (S__9922889e26d1 TRUE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#54"))
(defrule gpufix:cuda-visible-devices#55
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2c00675f9406 FALSE) (S__9922889e26d1 TRUE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#55"))
(defrule gpufix:cuda-visible-devices#56
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (S__2c00675f9406 FALSE) (S__9922889e26d1 TRUE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#56"))
(defrule gpufix:cuda-visible-devices#57
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__2c00675f9406 FALSE) (S__9922889e26d1 TRUE) (S__d93811176864 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#57"))
(defrule gpufix:cuda-visible-devices#58
   (gpufix-facts (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE) (S__4fccecd27821 TRUE))
   =>
   (gpufix-fired "cuda-visible-devices#58"))
(defrule gpufix:cuda-visible-devices#59
   (gpufix-facts (F__derived__ray_gpu_unrequested__s "ok"))
   =>
   (gpufix-fired "cuda-visible-devices#59"))
(defrule gpufix:cuda-visible-devices#60
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (S__072c35773689 FALSE) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#60"))
(defrule gpufix:cuda-visible-devices#61
   (gpufix-facts (F__derived__no_nvidia_gpu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (S__072c35773689 FALSE) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#61"))
(defrule gpufix:cuda-visible-devices#62
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build ?v1&:(and (stringp ?v1) (neq ?v1 "cpu"))) (F__torch__cuda_available__b TRUE) (S__072c35773689 FALSE) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#62"))
(defrule gpufix:cuda-visible-devices#63
   (gpufix-facts (F__derived__nvidia_gpu__s "ok") (F__torch__build__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (S__072c35773689 FALSE) (S__0c38f98f32d8 TRUE) (S__2c00675f9406 FALSE))
   =>
   (gpufix-fired "cuda-visible-devices#63"))

;; gpufix stratum: cuda-unavailable-ask-nvidia-smi, cuda-unavailable-ask-torch-build, cuda-unavailable-ask-gpu-vendor, cuda-unavailable-ask-visible-devices, cuda-unavailable-ask-where-python, cpu-only-wheel, mirror-without-cuda-wheels
(deftemplate gpufix-facts
   (slot F__compat__index_has_cuda_wheels__b)
   (slot F__compat__index_kind)
   (slot F__derived__ascend_npu__s)
   (slot F__derived__cpu_build_likely__s)
   (slot F__derived__cpu_build_shown__s)
   (slot F__derived__cpu_build_stated__s)
   (slot F__derived__cuda_build_ran__s)
   (slot F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__out__s)
   (slot F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__out__s)
   (slot F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__out__s)
   (slot F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s)
   (slot F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s)
   (slot F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__out__s)
   (slot F__derived__dx__cuda_x2d_unavailable__symptom__s)
   (slot F__derived__gpu_unused_said__s)
   (slot F__derived__jetson_generic_torch__s)
   (slot F__derived__mirror_used__s)
   (slot F__derived__no_nvidia_gpu__s)
   (slot F__derived__nontorch_cpu_build__s)
   (slot F__derived__nvidia_gpu__s)
   (slot F__derived__several_torch__s)
   (slot F__derived__wrong_cudnn__s)
   (slot F__driver__version__s)
   (slot F__env__CUDA_VISIBLE_DEVICES__s)
   (slot F__gpu__count__n)
   (slot F__gpu__vendor)
   (slot F__gpu__vendor__s)
   (slot F__os__name)
   (slot F__os__name__s)
   (slot F__path__pythons__s)
   (slot F__pip__index_cuda_wheels__b)
   (slot F__torch__build)
   (slot F__torch__build__s)
   (slot F__torch__cuda__s)
   (slot F__torch__hip__s)
   (slot P__e91a1ee4af75)
   (slot S__0ea64f391aeb)
   (slot S__20dc7659ddc1)
   (slot S__4b4c9354d7a5)
   (slot S__4ff89fa51392)
   (slot S__543e1209fb34)
   (slot S__5fb496e2848b)
   (slot S__67f6cf793576)
   (slot S__76c0534ec9c6)
   (slot S__7c935f402cd2)
   (slot S__872c7114db46)
   (slot S__87e6fac0f40b)
   (slot S__917b16788671)
   (slot S__92c151645171)
   (slot S__9a9e22eeeec6)
   (slot S__9db906191d8c)
   (slot S__abf5821a1a92)
   (slot S__ae5d918c61bb)
   (slot S__bca1cbfdfaf1)
   (slot S__be605816ff95)
   (slot S__bf4695ee8290)
   (slot S__c8104d2e90b9)
   (slot S__d8ab63a12ab6)
   (slot S__df8479301d30)
   (slot S__e392eb857bff)
   (slot S__f2794c218286))
(defrule gpufix:cuda-unavailable-ask-nvidia-smi#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-nvidia-smi#0"))
(defrule gpufix:cuda-unavailable-ask-nvidia-smi#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-nvidia-smi#1"))
(defrule gpufix:cuda-unavailable-ask-nvidia-smi#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__driver__version__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-nvidia-smi#2"))
(defrule gpufix:cuda-unavailable-ask-torch-build#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-torch-build#0"))
(defrule gpufix:cuda-unavailable-ask-torch-build#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-torch-build#1"))
(defrule gpufix:cuda-unavailable-ask-torch-build#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-torch-build#2"))
(defrule gpufix:cuda-unavailable-ask-torch-build#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-torch-build#3"))
(defrule gpufix:cuda-unavailable-ask-torch-build#4
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-torch-build#4"))
(defrule gpufix:cuda-unavailable-ask-torch-build#5
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__torch__build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-torch-build#5"))
(defrule gpufix:cuda-unavailable-ask-gpu-vendor#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__gpu__vendor__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-gpu-vendor#0"))
(defrule gpufix:cuda-unavailable-ask-visible-devices#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__env__CUDA_VISIBLE_DEVICES__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-visible-devices#0"))
(defrule gpufix:cuda-unavailable-ask-visible-devices#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__env__CUDA_VISIBLE_DEVICES__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-visible-devices#1"))
(defrule gpufix:cuda-unavailable-ask-visible-devices#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__env__CUDA_VISIBLE_DEVICES__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-visible-devices#2"))
(defrule gpufix:cuda-unavailable-ask-visible-devices#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__env__CUDA_VISIBLE_DEVICES__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-visible-devices#3"))
(defrule gpufix:cuda-unavailable-ask-where-python#0
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__cpu_x2d_build__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__path__pythons__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-where-python#0"))
(defrule gpufix:cuda-unavailable-ask-where-python#1
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_driver__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__path__pythons__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-where-python#1"))
(defrule gpufix:cuda-unavailable-ask-where-python#2
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__no_x2d_gpu__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__path__pythons__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-where-python#2"))
(defrule gpufix:cuda-unavailable-ask-where-python#3
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__driver_x2d_too_x2d_old__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__path__pythons__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-where-python#3"))
(defrule gpufix:cuda-unavailable-ask-where-python#4
   (gpufix-facts (F__derived__dx__cuda_x2d_unavailable__hidden_x2d_devices__out__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__dx__cuda_x2d_unavailable__other_x2d_interpreter__out__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__dx__cuda_x2d_unavailable__symptom__s "ok") (F__path__pythons__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok") (neq ?v3 "absent"))))
   =>
   (gpufix-fired "cuda-unavailable-ask-where-python#4"))
(defrule gpufix:cpu-only-wheel#0
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__543e1209fb34 FALSE) (S__abf5821a1a92 TRUE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#0"))
(defrule gpufix:cpu-only-wheel#1
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__abf5821a1a92 TRUE) (S__ae5d918c61bb FALSE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#1"))
(defrule gpufix:cpu-only-wheel#2
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__543e1209fb34 FALSE) (S__abf5821a1a92 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#2"))
(defrule gpufix:cpu-only-wheel#3
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__abf5821a1a92 TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#3"))
(defrule gpufix:cpu-only-wheel#4
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__543e1209fb34 FALSE) (S__abf5821a1a92 TRUE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#4"))
(defrule gpufix:cpu-only-wheel#5
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__abf5821a1a92 TRUE) (S__ae5d918c61bb FALSE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#5"))
(defrule gpufix:cpu-only-wheel#6
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__543e1209fb34 FALSE) (S__abf5821a1a92 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#6"))
(defrule gpufix:cpu-only-wheel#7
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__abf5821a1a92 TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#7"))
(defrule gpufix:cpu-only-wheel#8
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__543e1209fb34 FALSE) (S__9a9e22eeeec6 TRUE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#8"))
(defrule gpufix:cpu-only-wheel#9
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__9a9e22eeeec6 TRUE) (S__ae5d918c61bb FALSE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#9"))
(defrule gpufix:cpu-only-wheel#10
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__543e1209fb34 FALSE) (S__9a9e22eeeec6 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#10"))
(defrule gpufix:cpu-only-wheel#11
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__9a9e22eeeec6 TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#11"))
(defrule gpufix:cpu-only-wheel#12
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__543e1209fb34 FALSE) (S__9a9e22eeeec6 TRUE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#12"))
(defrule gpufix:cpu-only-wheel#13
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__9a9e22eeeec6 TRUE) (S__ae5d918c61bb FALSE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#13"))
(defrule gpufix:cpu-only-wheel#14
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__543e1209fb34 FALSE) (S__9a9e22eeeec6 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#14"))
(defrule gpufix:cpu-only-wheel#15
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__9a9e22eeeec6 TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#15"))
(defrule gpufix:cpu-only-wheel#16
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__543e1209fb34 FALSE) (S__be605816ff95 TRUE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#16"))
(defrule gpufix:cpu-only-wheel#17
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__ae5d918c61bb FALSE) (S__be605816ff95 TRUE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#17"))
(defrule gpufix:cpu-only-wheel#18
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__543e1209fb34 FALSE) (S__be605816ff95 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#18"))
(defrule gpufix:cpu-only-wheel#19
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__ae5d918c61bb FALSE) (S__be605816ff95 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#19"))
(defrule gpufix:cpu-only-wheel#20
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__543e1209fb34 FALSE) (S__be605816ff95 TRUE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#20"))
(defrule gpufix:cpu-only-wheel#21
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__ae5d918c61bb FALSE) (S__be605816ff95 TRUE) (S__df8479301d30 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#21"))
(defrule gpufix:cpu-only-wheel#22
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__543e1209fb34 FALSE) (S__be605816ff95 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#22"))
(defrule gpufix:cpu-only-wheel#23
   (gpufix-facts (F__derived__ascend_npu__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__4ff89fa51392 FALSE) (S__ae5d918c61bb FALSE) (S__be605816ff95 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#23"))
(defrule gpufix:cpu-only-wheel#24
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__several_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__wrong_cudnn__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__872c7114db46 TRUE) (S__92c151645171 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#24"))
(defrule gpufix:cpu-only-wheel#25
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nontorch_cpu_build__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE) (S__67f6cf793576 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#25"))
(defrule gpufix:cpu-only-wheel#26
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nontorch_cpu_build__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__67f6cf793576 TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#26"))
(defrule gpufix:cpu-only-wheel#27
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nontorch_cpu_build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE) (S__67f6cf793576 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#27"))
(defrule gpufix:cpu-only-wheel#28
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nontorch_cpu_build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__67f6cf793576 TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#28"))
(defrule gpufix:cpu-only-wheel#29
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nontorch_cpu_build__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE) (S__9db906191d8c TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#29"))
(defrule gpufix:cpu-only-wheel#30
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__no_nvidia_gpu__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nontorch_cpu_build__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__9db906191d8c TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#30"))
(defrule gpufix:cpu-only-wheel#31
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nontorch_cpu_build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE) (S__9db906191d8c TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#31"))
(defrule gpufix:cpu-only-wheel#32
   (gpufix-facts (F__derived__cuda_build_ran__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__nontorch_cpu_build__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__9db906191d8c TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#32"))
(defrule gpufix:cpu-only-wheel#33
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__gpu__count__n ?v6&:(and (numberp ?v6) (> ?v6 0))))
   =>
   (gpufix-fired "cpu-only-wheel#33"))
(defrule gpufix:cpu-only-wheel#34
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__driver__version__s "ok"))
   =>
   (gpufix-fired "cpu-only-wheel#34"))
(defrule gpufix:cpu-only-wheel#35
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__gpu__vendor "nvidia"))
   =>
   (gpufix-fired "cpu-only-wheel#35"))
(defrule gpufix:cpu-only-wheel#36
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__several_torch__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__wrong_cudnn__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (S__c8104d2e90b9 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#36"))
(defrule gpufix:cpu-only-wheel#37
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE) (S__87e6fac0f40b TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#37"))
(defrule gpufix:cpu-only-wheel#38
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__87e6fac0f40b TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#38"))
(defrule gpufix:cpu-only-wheel#39
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE) (S__87e6fac0f40b TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#39"))
(defrule gpufix:cpu-only-wheel#40
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__87e6fac0f40b TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#40"))
(defrule gpufix:cpu-only-wheel#41
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__gpu_unused_said__s "ok") (F__derived__jetson_generic_torch__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__mirror_used__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__no_nvidia_gpu__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__several_torch__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__derived__wrong_cudnn__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__543e1209fb34 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#41"))
(defrule gpufix:cpu-only-wheel#42
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__gpu_unused_said__s "ok") (F__derived__jetson_generic_torch__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__mirror_used__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__no_nvidia_gpu__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__several_torch__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__derived__wrong_cudnn__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#42"))
(defrule gpufix:cpu-only-wheel#43
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__gpu_unused_said__s "ok") (F__derived__jetson_generic_torch__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__mirror_used__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__derived__wrong_cudnn__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__543e1209fb34 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#43"))
(defrule gpufix:cpu-only-wheel#44
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__gpu_unused_said__s "ok") (F__derived__jetson_generic_torch__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__mirror_used__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__derived__wrong_cudnn__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#44"))
(defrule gpufix:cpu-only-wheel#45
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE) (S__7c935f402cd2 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#45"))
(defrule gpufix:cpu-only-wheel#46
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__7c935f402cd2 TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#46"))
(defrule gpufix:cpu-only-wheel#47
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE) (S__7c935f402cd2 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#47"))
(defrule gpufix:cpu-only-wheel#48
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__7c935f402cd2 TRUE) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#48"))
(defrule gpufix:cpu-only-wheel#49
   (gpufix-facts (F__derived__cpu_build_likely__s "ok") (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__os__name "linux") (S__543e1209fb34 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#49"))
(defrule gpufix:cpu-only-wheel#50
   (gpufix-facts (F__derived__cpu_build_likely__s "ok") (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__wrong_cudnn__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__543e1209fb34 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#50"))
(defrule gpufix:cpu-only-wheel#51
   (gpufix-facts (F__derived__cpu_build_likely__s "ok") (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__wrong_cudnn__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__os__name "linux") (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#51"))
(defrule gpufix:cpu-only-wheel#52
   (gpufix-facts (F__derived__cpu_build_likely__s "ok") (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__mirror_used__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__wrong_cudnn__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#52"))
(defrule gpufix:cpu-only-wheel#53
   (gpufix-facts (F__derived__cpu_build_stated__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#53"))
(defrule gpufix:cpu-only-wheel#54
   (gpufix-facts (F__derived__cpu_build_stated__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__no_nvidia_gpu__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#54"))
(defrule gpufix:cpu-only-wheel#55
   (gpufix-facts (F__derived__cpu_build_stated__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__543e1209fb34 FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#55"))
(defrule gpufix:cpu-only-wheel#56
   (gpufix-facts (F__derived__cpu_build_stated__s "ok") (F__derived__cuda_build_ran__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__jetson_generic_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__mirror_used__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__nvidia_gpu__s "ok") (F__derived__several_torch__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__derived__wrong_cudnn__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__ae5d918c61bb FALSE))
   =>
   (gpufix-fired "cpu-only-wheel#56"))
(defrule gpufix:cpu-only-wheel#57
   (gpufix-facts (F__derived__jetson_generic_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__several_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__wrong_cudnn__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build "cpu") (F__torch__cuda__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__hip__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (P__e91a1ee4af75 FALSE) (S__0ea64f391aeb FALSE) (S__5fb496e2848b TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#57"))
(defrule gpufix:cpu-only-wheel#58
   (gpufix-facts (F__derived__jetson_generic_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__several_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__wrong_cudnn__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build "cpu") (F__torch__build__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__cuda__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__hip__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__0ea64f391aeb FALSE) (S__5fb496e2848b TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#58"))
(defrule gpufix:cpu-only-wheel#59
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__several_torch__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__wrong_cudnn__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__cuda__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__hip__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (P__e91a1ee4af75 FALSE) (S__0ea64f391aeb FALSE) (S__5fb496e2848b TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#59"))
(defrule gpufix:cpu-only-wheel#60
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__jetson_generic_torch__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__nvidia_gpu__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__several_torch__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__derived__wrong_cudnn__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__build__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__cuda__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (F__torch__hip__s ?v7&:(and (stringp ?v7) (neq ?v7 "ok"))) (S__0ea64f391aeb FALSE) (S__5fb496e2848b TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#60"))
(defrule gpufix:cpu-only-wheel#61
   (gpufix-facts (F__derived__jetson_generic_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__several_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__wrong_cudnn__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__cuda__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__hip__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (P__e91a1ee4af75 FALSE) (S__0ea64f391aeb FALSE) (S__5fb496e2848b TRUE) (S__d8ab63a12ab6 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#61"))
(defrule gpufix:cpu-only-wheel#62
   (gpufix-facts (F__derived__jetson_generic_torch__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__derived__nvidia_gpu__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__derived__several_torch__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__derived__wrong_cudnn__s ?v3&:(and (stringp ?v3) (neq ?v3 "ok"))) (F__torch__build__s ?v4&:(and (stringp ?v4) (neq ?v4 "ok"))) (F__torch__cuda__s ?v5&:(and (stringp ?v5) (neq ?v5 "ok"))) (F__torch__hip__s ?v6&:(and (stringp ?v6) (neq ?v6 "ok"))) (S__0ea64f391aeb FALSE) (S__5fb496e2848b TRUE) (S__d8ab63a12ab6 TRUE))
   =>
   (gpufix-fired "cpu-only-wheel#62"))
(defrule gpufix:mirror-without-cuda-wheels#0
   (gpufix-facts (S__bca1cbfdfaf1 TRUE))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#0"))
(defrule gpufix:mirror-without-cuda-wheels#1
   (gpufix-facts (F__derived__mirror_used__s "ok") (S__bf4695ee8290 TRUE))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#1"))
(defrule gpufix:mirror-without-cuda-wheels#2
   (gpufix-facts (F__compat__index_has_cuda_wheels__b FALSE) (F__compat__index_kind "pypi-mirror") (F__torch__build "cpu"))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#2"))
(defrule gpufix:mirror-without-cuda-wheels#3
   (gpufix-facts (F__compat__index_has_cuda_wheels__b FALSE) (F__compat__index_kind ?v1&:(and (stringp ?v1) (neq ?v1 "pypi") (neq ?v1 "pytorch"))) (F__pip__index_cuda_wheels__b FALSE) (F__torch__build "cpu"))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#3"))
(defrule gpufix:mirror-without-cuda-wheels#4
   (gpufix-facts (F__derived__mirror_used__s "ok") (S__4b4c9354d7a5 TRUE))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#4"))
(defrule gpufix:mirror-without-cuda-wheels#5
   (gpufix-facts (F__derived__cpu_build_shown__s "ok") (F__derived__mirror_used__s "ok"))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#5"))
(defrule gpufix:mirror-without-cuda-wheels#6
   (gpufix-facts (F__os__name "windows") (S__76c0534ec9c6 TRUE) (S__e392eb857bff TRUE))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#6"))
(defrule gpufix:mirror-without-cuda-wheels#7
   (gpufix-facts (S__f2794c218286 TRUE))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#7"))
(defrule gpufix:mirror-without-cuda-wheels#8
   (gpufix-facts (F__derived__cpu_build_likely__s "ok") (F__derived__mirror_used__s "ok") (F__os__name ?v2&:(and (stringp ?v2) (neq ?v2 "linux"))))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#8"))
(defrule gpufix:mirror-without-cuda-wheels#9
   (gpufix-facts (F__derived__cpu_build_likely__s "ok") (F__derived__mirror_used__s "ok") (F__os__name__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#9"))
(defrule gpufix:mirror-without-cuda-wheels#10
   (gpufix-facts (S__20dc7659ddc1 TRUE))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#10"))
(defrule gpufix:mirror-without-cuda-wheels#11
   (gpufix-facts (F__derived__mirror_used__s "ok") (S__917b16788671 TRUE))
   =>
   (gpufix-fired "mirror-without-cuda-wheels#11"))
