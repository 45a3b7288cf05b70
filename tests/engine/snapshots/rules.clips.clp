;; gpufix stratum: code-error, driver-library-mismatch, driver-older-than-runtime, missing-cuda-libs, multiple-torch-installs, no-driver, python-env-mismatch, toolkit-not-needed, windows-dll-load, windows-paging-file-1455, cuda-home-not-set, cpu-only-wheel, gpu-arch-unsupported, mirror-without-cuda-wheels, no-matching-wheel, numpy2-abi, torchvision-mismatch, cuda-oom, cuda-unknown-error, cuda-visible-devices, fabric-manager-802, mps-unavailable, ptx-unsupported-toolchain
(deftemplate gpufix-facts
   (slot F__compat__driver_supports_torch__b)
   (slot F__compat__gpu_arch_supported__b)
   (slot F__compat__gpu_arch_supported__s)
   (slot F__compat__index_has_cuda_wheels__b)
   (slot F__compat__index_kind)
   (slot F__compat__index_kind__s)
   (slot F__compat__numpy_abi_ok__b)
   (slot F__compat__nvcc_major_matches_torch__b)
   (slot F__compat__torchvision_matches__b)
   (slot F__driver__version__s)
   (slot F__env__CUDA_VISIBLE_DEVICES__s)
   (slot F__gpu__count__n)
   (slot F__gpu__vendor)
   (slot F__match__requirement__s__r99d0aa7101db)
   (slot F__nvcc__version__s)
   (slot F__os__arch)
   (slot F__os__name)
   (slot F__pip__matches_python__b)
   (slot F__pip__matches_python__s)
   (slot F__torch__build)
   (slot F__torch__cuda__s)
   (slot F__torch__cuda_available__b)
   (slot F__torch__cuda_available__s)
   (slot F__torch__device_count__n)
   (slot F__torch__hip__s)
   (slot F__torch__install_count__n)
   (slot F__torch__mps_available__b)
   (slot P__080e00b02b19)
   (slot P__33dd67f520d1)
   (slot P__4b0fa42eb5d3)
   (slot P__afaee449a44f)
   (slot P__bfaabae75a5a)
   (slot P__fe8787c568a2)
   (slot S__0567571fbbd8)
   (slot S__066cd9be2253)
   (slot S__06914c88d381)
   (slot S__0db1fd69b39f)
   (slot S__10cb2e015865)
   (slot S__10d83936b966)
   (slot S__1302b1666f37)
   (slot S__1a7496016792)
   (slot S__1b9f48d314ee)
   (slot S__216815985f0f)
   (slot S__233e04c6ea82)
   (slot S__23cecb987dfd)
   (slot S__2551c795b562)
   (slot S__2a7b0bc94cb6)
   (slot S__2c00675f9406)
   (slot S__2da485e563a6)
   (slot S__30f55269bf0c)
   (slot S__31d693896ea2)
   (slot S__34fa6b966624)
   (slot S__478496dbcddf)
   (slot S__4c94d85d42ab)
   (slot S__4e1985a3deb9)
   (slot S__4f5699d4fd6c)
   (slot S__5046fc528085)
   (slot S__59acc0d5e737)
   (slot S__5c7fedbf59c5)
   (slot S__5d80a0ac1fd4)
   (slot S__66eafdc7f336)
   (slot S__6aa6939ba8bd)
   (slot S__6bdde74ce2d9)
   (slot S__6d3cad3e86f5)
   (slot S__73dae673da70)
   (slot S__767f85ba7661)
   (slot S__78206cb9cf27)
   (slot S__7c5acfe3f11d)
   (slot S__7caec14a997e)
   (slot S__7ded9c25ee26)
   (slot S__7fe4e611c380)
   (slot S__81ce181bfb08)
   (slot S__82b08df15d8c)
   (slot S__99ee6f18f921)
   (slot S__9d66a265ccc6)
   (slot S__a12d18513737)
   (slot S__a19da6f2d981)
   (slot S__a3b153c021e0)
   (slot S__a6b4753d6bbc)
   (slot S__abf5821a1a92)
   (slot S__ac24e6f5851a)
   (slot S__b4a9969d4646)
   (slot S__b6b72e71acc6)
   (slot S__b97da6499fd6)
   (slot S__bca1cbfdfaf1)
   (slot S__bf4695ee8290)
   (slot S__bf63edbea42e)
   (slot S__c08bbb9e41d1)
   (slot S__c19d9ad4780e)
   (slot S__c2c4da248e97)
   (slot S__c53e3961031e)
   (slot S__cb1a364f2f0f)
   (slot S__cd453528f676)
   (slot S__cd7973434f84)
   (slot S__d33e8557f8dc)
   (slot S__ddb6ae774d53)
   (slot S__df7d1c4a8498)
   (slot S__e4bdbfd6e081)
   (slot S__e8c55a6d1171)
   (slot S__e95c0879c17d)
   (slot S__ea28f1a819a5)
   (slot S__f34136679630)
   (slot S__f9c4b77ec58a)
   (slot S__fb13a05874c1))
(defrule a0 "code-error#0"
   (gpufix-facts (S__066cd9be2253 TRUE))
   =>
   (gpufix-fired 0))
(defrule a1 "code-error#1"
   (gpufix-facts (S__b4a9969d4646 TRUE))
   =>
   (gpufix-fired 1))
(defrule a2 "code-error#2"
   (gpufix-facts (S__b97da6499fd6 TRUE))
   =>
   (gpufix-fired 2))
(defrule a3 "code-error#3"
   (gpufix-facts (S__ac24e6f5851a TRUE))
   =>
   (gpufix-fired 3))
(defrule a4 "code-error#4"
   (gpufix-facts (S__a19da6f2d981 TRUE))
   =>
   (gpufix-fired 4))
(defrule a5 "code-error#5"
   (gpufix-facts (S__82b08df15d8c TRUE))
   =>
   (gpufix-fired 5))
(defrule a6 "driver-library-mismatch#0"
   (gpufix-facts (S__81ce181bfb08 TRUE))
   =>
   (gpufix-fired 6))
(defrule a7 "driver-library-mismatch#1"
   (gpufix-facts (P__fe8787c568a2 FALSE))
   =>
   (gpufix-fired 7))
(defrule a8 "driver-older-than-runtime#0"
   (gpufix-facts (S__2551c795b562 TRUE))
   =>
   (gpufix-fired 8))
(defrule a9 "driver-older-than-runtime#1"
   (gpufix-facts (S__7ded9c25ee26 TRUE))
   =>
   (gpufix-fired 9))
(defrule a10 "driver-older-than-runtime#2"
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired 10))
(defrule a11 "driver-older-than-runtime#3"
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired 11))
(defrule a12 "missing-cuda-libs#0"
   (gpufix-facts (S__a6b4753d6bbc TRUE) (S__fb13a05874c1 TRUE))
   =>
   (gpufix-fired 12))
(defrule a13 "missing-cuda-libs#1"
   (gpufix-facts (S__34fa6b966624 TRUE))
   =>
   (gpufix-fired 13))
(defrule a14 "multiple-torch-installs#0"
   (gpufix-facts (S__478496dbcddf TRUE) (S__7c5acfe3f11d TRUE))
   =>
   (gpufix-fired 14))
(defrule a15 "multiple-torch-installs#1"
   (gpufix-facts (S__c53e3961031e TRUE))
   =>
   (gpufix-fired 15))
(defrule a16 "multiple-torch-installs#2"
   (gpufix-facts (F__torch__install_count__n ?v0&:(and (numberp ?v0) (> ?v0 1))))
   =>
   (gpufix-fired 16))
(defrule a17 "no-driver#0"
   (gpufix-facts (S__df7d1c4a8498 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired 17))
(defrule a18 "no-driver#1"
   (gpufix-facts (S__df7d1c4a8498 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired 18))
(defrule a19 "no-driver#2"
   (gpufix-facts (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired 19))
(defrule a20 "no-driver#3"
   (gpufix-facts (S__ddb6ae774d53 TRUE) (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired 20))
(defrule a21 "no-driver#4"
   (gpufix-facts (S__e4bdbfd6e081 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired 21))
(defrule a22 "no-driver#5"
   (gpufix-facts (S__e8c55a6d1171 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired 22))
(defrule a23 "no-driver#6"
   (gpufix-facts (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired 23))
(defrule a24 "no-driver#7"
   (gpufix-facts (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__e8c55a6d1171 FALSE))
   =>
   (gpufix-fired 24))
(defrule a25 "python-env-mismatch#0"
   (gpufix-facts (S__4f5699d4fd6c TRUE) (S__73dae673da70 TRUE))
   =>
   (gpufix-fired 25))
(defrule a26 "python-env-mismatch#1"
   (gpufix-facts (S__4f5699d4fd6c TRUE) (S__7fe4e611c380 TRUE))
   =>
   (gpufix-fired 26))
(defrule a27 "python-env-mismatch#2"
   (gpufix-facts (S__1b9f48d314ee TRUE) (S__6bdde74ce2d9 TRUE))
   =>
   (gpufix-fired 27))
(defrule a28 "python-env-mismatch#3"
   (gpufix-facts (F__pip__matches_python__b FALSE))
   =>
   (gpufix-fired 28))
(defrule a29 "python-env-mismatch#4"
   (gpufix-facts (F__pip__matches_python__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__33dd67f520d1 FALSE))
   =>
   (gpufix-fired 29))
(defrule a30 "toolkit-not-needed#0"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 30))
(defrule a31 "toolkit-not-needed#1"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 31))
(defrule a32 "toolkit-not-needed#2"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 32))
(defrule a33 "toolkit-not-needed#3"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 33))
(defrule a34 "toolkit-not-needed#4"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__a3b153c021e0 TRUE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 34))
(defrule a35 "toolkit-not-needed#5"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__a3b153c021e0 TRUE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 35))
(defrule a36 "toolkit-not-needed#6"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__a3b153c021e0 TRUE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 36))
(defrule a37 "toolkit-not-needed#7"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__a3b153c021e0 TRUE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 37))
(defrule a38 "toolkit-not-needed#8"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 38))
(defrule a39 "toolkit-not-needed#9"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 39))
(defrule a40 "toolkit-not-needed#10"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 40))
(defrule a41 "toolkit-not-needed#11"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 41))
(defrule a42 "toolkit-not-needed#12"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 42))
(defrule a43 "toolkit-not-needed#13"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 43))
(defrule a44 "toolkit-not-needed#14"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 44))
(defrule a45 "toolkit-not-needed#15"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 45))
(defrule a46 "toolkit-not-needed#16"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 46))
(defrule a47 "toolkit-not-needed#17"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 47))
(defrule a48 "toolkit-not-needed#18"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 48))
(defrule a49 "toolkit-not-needed#19"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 49))
(defrule a50 "toolkit-not-needed#20"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__a3b153c021e0 TRUE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 50))
(defrule a51 "toolkit-not-needed#21"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__a3b153c021e0 TRUE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 51))
(defrule a52 "toolkit-not-needed#22"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__a3b153c021e0 TRUE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 52))
(defrule a53 "toolkit-not-needed#23"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__a3b153c021e0 TRUE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 53))
(defrule a54 "toolkit-not-needed#24"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 54))
(defrule a55 "toolkit-not-needed#25"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 55))
(defrule a56 "toolkit-not-needed#26"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 56))
(defrule a57 "toolkit-not-needed#27"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 57))
(defrule a58 "toolkit-not-needed#28"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 58))
(defrule a59 "toolkit-not-needed#29"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 59))
(defrule a60 "toolkit-not-needed#30"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 60))
(defrule a61 "toolkit-not-needed#31"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 61))
(defrule a62 "toolkit-not-needed#32"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 62))
(defrule a63 "toolkit-not-needed#33"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 63))
(defrule a64 "toolkit-not-needed#34"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 64))
(defrule a65 "toolkit-not-needed#35"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 65))
(defrule a66 "toolkit-not-needed#36"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__a3b153c021e0 TRUE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 66))
(defrule a67 "toolkit-not-needed#37"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__a3b153c021e0 TRUE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 67))
(defrule a68 "toolkit-not-needed#38"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__a3b153c021e0 TRUE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 68))
(defrule a69 "toolkit-not-needed#39"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__a3b153c021e0 TRUE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 69))
(defrule a70 "toolkit-not-needed#40"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 70))
(defrule a71 "toolkit-not-needed#41"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 71))
(defrule a72 "toolkit-not-needed#42"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 72))
(defrule a73 "toolkit-not-needed#43"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 73))
(defrule a74 "toolkit-not-needed#44"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 74))
(defrule a75 "toolkit-not-needed#45"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 75))
(defrule a76 "toolkit-not-needed#46"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 76))
(defrule a77 "toolkit-not-needed#47"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 77))
(defrule a78 "toolkit-not-needed#48"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 78))
(defrule a79 "toolkit-not-needed#49"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 79))
(defrule a80 "toolkit-not-needed#50"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 80))
(defrule a81 "toolkit-not-needed#51"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 81))
(defrule a82 "toolkit-not-needed#52"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__a3b153c021e0 TRUE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 82))
(defrule a83 "toolkit-not-needed#53"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__a3b153c021e0 TRUE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 83))
(defrule a84 "toolkit-not-needed#54"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__a3b153c021e0 TRUE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 84))
(defrule a85 "toolkit-not-needed#55"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__a3b153c021e0 TRUE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 85))
(defrule a86 "toolkit-not-needed#56"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 86))
(defrule a87 "toolkit-not-needed#57"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 87))
(defrule a88 "toolkit-not-needed#58"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 88))
(defrule a89 "toolkit-not-needed#59"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 89))
(defrule a90 "toolkit-not-needed#60"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 90))
(defrule a91 "toolkit-not-needed#61"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__b6b72e71acc6 FALSE))
   =>
   (gpufix-fired 91))
(defrule a92 "toolkit-not-needed#62"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 92))
(defrule a93 "toolkit-not-needed#63"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__9d66a265ccc6 FALSE) (S__f34136679630 FALSE))
   =>
   (gpufix-fired 93))
(defrule a94 "windows-dll-load#0"
   (gpufix-facts (S__cb1a364f2f0f TRUE))
   =>
   (gpufix-fired 94))
(defrule a95 "windows-dll-load#1"
   (gpufix-facts (S__2a7b0bc94cb6 TRUE))
   =>
   (gpufix-fired 95))
(defrule a96 "windows-dll-load#2"
   (gpufix-facts (S__10cb2e015865 TRUE) (S__1302b1666f37 TRUE))
   =>
   (gpufix-fired 96))
(defrule a97 "windows-paging-file-1455#0"
   (gpufix-facts (S__99ee6f18f921 TRUE))
   =>
   (gpufix-fired 97))
(defrule a98 "cuda-home-not-set#0"
   (gpufix-facts (S__767f85ba7661 TRUE))
   =>
   (gpufix-fired 98))
(defrule a99 "cpu-only-wheel#0"
   (gpufix-facts (S__abf5821a1a92 TRUE))
   =>
   (gpufix-fired 99))
(defrule a100 "cpu-only-wheel#1"
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0))) (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5c7fedbf59c5 TRUE))
   =>
   (gpufix-fired 100))
(defrule a101 "cpu-only-wheel#2"
   (gpufix-facts (F__driver__version__s "ok") (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5c7fedbf59c5 TRUE))
   =>
   (gpufix-fired 101))
(defrule a102 "cpu-only-wheel#3"
   (gpufix-facts (F__gpu__vendor "nvidia") (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5c7fedbf59c5 TRUE))
   =>
   (gpufix-fired 102))
(defrule a103 "cpu-only-wheel#4"
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0))) (F__torch__build "cpu"))
   =>
   (gpufix-fired 103))
(defrule a104 "cpu-only-wheel#5"
   (gpufix-facts (F__driver__version__s "ok") (F__torch__build "cpu"))
   =>
   (gpufix-fired 104))
(defrule a105 "cpu-only-wheel#6"
   (gpufix-facts (F__gpu__vendor "nvidia") (F__torch__build "cpu"))
   =>
   (gpufix-fired 105))
(defrule a106 "gpu-arch-unsupported#0"
   (gpufix-facts (S__4e1985a3deb9 TRUE))
   =>
   (gpufix-fired 106))
(defrule a107 "gpu-arch-unsupported#1"
   (gpufix-facts (S__6d3cad3e86f5 TRUE))
   =>
   (gpufix-fired 107))
(defrule a108 "gpu-arch-unsupported#2"
   (gpufix-facts (S__1a7496016792 TRUE))
   =>
   (gpufix-fired 108))
(defrule a109 "gpu-arch-unsupported#3"
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (S__6aa6939ba8bd TRUE))
   =>
   (gpufix-fired 109))
(defrule a110 "gpu-arch-unsupported#4"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6aa6939ba8bd TRUE))
   =>
   (gpufix-fired 110))
(defrule a111 "gpu-arch-unsupported#5"
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE))
   =>
   (gpufix-fired 111))
(defrule a112 "mirror-without-cuda-wheels#0"
   (gpufix-facts (S__bca1cbfdfaf1 TRUE))
   =>
   (gpufix-fired 112))
(defrule a113 "mirror-without-cuda-wheels#1"
   (gpufix-facts (S__233e04c6ea82 TRUE) (S__bf4695ee8290 TRUE))
   =>
   (gpufix-fired 113))
(defrule a114 "mirror-without-cuda-wheels#2"
   (gpufix-facts (S__5046fc528085 TRUE) (S__bf4695ee8290 TRUE))
   =>
   (gpufix-fired 114))
(defrule a115 "mirror-without-cuda-wheels#3"
   (gpufix-facts (F__compat__index_kind "pypi-mirror") (S__bf4695ee8290 TRUE))
   =>
   (gpufix-fired 115))
(defrule a116 "mirror-without-cuda-wheels#4"
   (gpufix-facts (F__compat__index_has_cuda_wheels__b FALSE) (F__compat__index_kind "pypi-mirror") (F__torch__build "cpu"))
   =>
   (gpufix-fired 116))
(defrule a117 "no-matching-wheel#0"
   (gpufix-facts (P__bfaabae75a5a FALSE) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired 117))
(defrule a118 "no-matching-wheel#1"
   (gpufix-facts (F__match__requirement__s__r99d0aa7101db ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired 118))
(defrule a119 "no-matching-wheel#2"
   (gpufix-facts (F__compat__index_kind ?v0&:(and (stringp ?v0) (neq ?v0 "pypi-mirror"))) (S__30f55269bf0c FALSE) (S__4c94d85d42ab FALSE) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired 119))
(defrule a120 "no-matching-wheel#3"
   (gpufix-facts (F__compat__index_kind__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__30f55269bf0c FALSE) (S__4c94d85d42ab FALSE) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired 120))
(defrule a121 "no-matching-wheel#4"
   (gpufix-facts (P__bfaabae75a5a FALSE) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired 121))
(defrule a122 "no-matching-wheel#5"
   (gpufix-facts (F__match__requirement__s__r99d0aa7101db ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired 122))
(defrule a123 "no-matching-wheel#6"
   (gpufix-facts (F__compat__index_kind ?v0&:(and (stringp ?v0) (neq ?v0 "pypi-mirror"))) (S__30f55269bf0c FALSE) (S__4c94d85d42ab FALSE) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired 123))
(defrule a124 "no-matching-wheel#7"
   (gpufix-facts (F__compat__index_kind__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__30f55269bf0c FALSE) (S__4c94d85d42ab FALSE) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired 124))
(defrule a125 "numpy2-abi#0"
   (gpufix-facts (S__f9c4b77ec58a TRUE))
   =>
   (gpufix-fired 125))
(defrule a126 "numpy2-abi#1"
   (gpufix-facts (S__06914c88d381 TRUE))
   =>
   (gpufix-fired 126))
(defrule a127 "numpy2-abi#2"
   (gpufix-facts (S__d33e8557f8dc TRUE))
   =>
   (gpufix-fired 127))
(defrule a128 "numpy2-abi#3"
   (gpufix-facts (F__compat__numpy_abi_ok__b FALSE))
   =>
   (gpufix-fired 128))
(defrule a129 "torchvision-mismatch#0"
   (gpufix-facts (S__59acc0d5e737 TRUE))
   =>
   (gpufix-fired 129))
(defrule a130 "torchvision-mismatch#1"
   (gpufix-facts (S__78206cb9cf27 TRUE))
   =>
   (gpufix-fired 130))
(defrule a131 "torchvision-mismatch#2"
   (gpufix-facts (S__0567571fbbd8 TRUE))
   =>
   (gpufix-fired 131))
(defrule a132 "torchvision-mismatch#3"
   (gpufix-facts (S__10d83936b966 TRUE))
   =>
   (gpufix-fired 132))
(defrule a133 "torchvision-mismatch#4"
   (gpufix-facts (F__compat__torchvision_matches__b FALSE))
   =>
   (gpufix-fired 133))
(defrule a134 "cuda-oom#0"
   (gpufix-facts (S__2da485e563a6 TRUE))
   =>
   (gpufix-fired 134))
(defrule a135 "cuda-oom#1"
   (gpufix-facts (S__23cecb987dfd TRUE))
   =>
   (gpufix-fired 135))
(defrule a136 "cuda-unknown-error#0"
   (gpufix-facts (S__c2c4da248e97 TRUE))
   =>
   (gpufix-fired 136))
(defrule a137 "cuda-visible-devices#0"
   (gpufix-facts (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE))
   =>
   (gpufix-fired 137))
(defrule a138 "cuda-visible-devices#1"
   (gpufix-facts (S__bf63edbea42e TRUE))
   =>
   (gpufix-fired 138))
(defrule a139 "cuda-visible-devices#2"
   (gpufix-facts (F__env__CUDA_VISIBLE_DEVICES__s "ok") (F__gpu__count__n ?v1&:(and (numberp ?v1) (> ?v1 0))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))))
   =>
   (gpufix-fired 139))
(defrule a140 "cuda-visible-devices#3"
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0))) (P__afaee449a44f TRUE))
   =>
   (gpufix-fired 140))
(defrule a141 "fabric-manager-802#0"
   (gpufix-facts (S__ea28f1a819a5 TRUE))
   =>
   (gpufix-fired 141))
(defrule a142 "fabric-manager-802#1"
   (gpufix-facts (S__c19d9ad4780e TRUE))
   =>
   (gpufix-fired 142))
(defrule a143 "fabric-manager-802#2"
   (gpufix-facts (S__c08bbb9e41d1 TRUE))
   =>
   (gpufix-fired 143))
(defrule a144 "mps-unavailable#0"
   (gpufix-facts (S__a12d18513737 TRUE))
   =>
   (gpufix-fired 144))
(defrule a145 "mps-unavailable#1"
   (gpufix-facts (S__cd7973434f84 TRUE))
   =>
   (gpufix-fired 145))
(defrule a146 "mps-unavailable#2"
   (gpufix-facts (S__0db1fd69b39f TRUE))
   =>
   (gpufix-fired 146))
(defrule a147 "mps-unavailable#3"
   (gpufix-facts (S__31d693896ea2 TRUE))
   =>
   (gpufix-fired 147))
(defrule a148 "mps-unavailable#4"
   (gpufix-facts (F__os__arch "arm64") (F__os__name "macos") (F__torch__mps_available__b FALSE))
   =>
   (gpufix-fired 148))
(defrule a149 "mps-unavailable#5"
   (gpufix-facts (F__os__arch "aarch64") (F__os__name "macos") (F__torch__mps_available__b FALSE))
   =>
   (gpufix-fired 149))
(defrule a150 "ptx-unsupported-toolchain#0"
   (gpufix-facts (S__5d80a0ac1fd4 TRUE))
   =>
   (gpufix-fired 150))
