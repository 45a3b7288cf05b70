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
   (slot F__log__present__s)
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
   (slot P__22078f8f9c6d)
   (slot P__244589942a35)
   (slot P__25cf354661a5)
   (slot P__2617872841b3)
   (slot P__33dd67f520d1)
   (slot P__38a4f2153385)
   (slot P__4b0fa42eb5d3)
   (slot P__69ff5229a859)
   (slot P__7feec6ab49a6)
   (slot P__80e1abb8663c)
   (slot P__91981b4069e9)
   (slot P__9ceab5fa8049)
   (slot P__afaee449a44f)
   (slot P__bfaabae75a5a)
   (slot P__bfbcfa2e6cdc)
   (slot P__c1641f71d5fa)
   (slot P__d86123107817)
   (slot P__e780713c62ea)
   (slot P__f4c01d02d39e)
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
   (slot S__3f48b8acf31c)
   (slot S__478496dbcddf)
   (slot S__4c94d85d42ab)
   (slot S__4e1985a3deb9)
   (slot S__4f5699d4fd6c)
   (slot S__5046fc528085)
   (slot S__532dc748d8c3)
   (slot S__59acc0d5e737)
   (slot S__5c7fedbf59c5)
   (slot S__5d80a0ac1fd4)
   (slot S__640accf406df)
   (slot S__66eafdc7f336)
   (slot S__6aa6939ba8bd)
   (slot S__6bdde74ce2d9)
   (slot S__6c6a7ab8255e)
   (slot S__6d3cad3e86f5)
   (slot S__7118da3765d2)
   (slot S__73dae673da70)
   (slot S__767f85ba7661)
   (slot S__78206cb9cf27)
   (slot S__7c5acfe3f11d)
   (slot S__7caec14a997e)
   (slot S__7ded9c25ee26)
   (slot S__7fe4e611c380)
   (slot S__82b08df15d8c)
   (slot S__99ee6f18f921)
   (slot S__a12d18513737)
   (slot S__a19da6f2d981)
   (slot S__a45ba7b726f9)
   (slot S__a6b4753d6bbc)
   (slot S__abf5821a1a92)
   (slot S__ac24e6f5851a)
   (slot S__afe8751a0cca)
   (slot S__b4a9969d4646)
   (slot S__b5d2c72739af)
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
   (slot S__e95c0879c17d)
   (slot S__ea28f1a819a5)
   (slot S__f9c4b77ec58a)
   (slot S__fb13a05874c1))
(defrule a0 "code-error#0"
   (gpufix-facts (S__066cd9be2253 TRUE))
   =>
   (gpufix-fired 0))
(defrule a1 "code-error#1"
   (gpufix-facts (S__b97da6499fd6 TRUE))
   =>
   (gpufix-fired 1))
(defrule a2 "code-error#2"
   (gpufix-facts (S__82b08df15d8c TRUE))
   =>
   (gpufix-fired 2))
(defrule a3 "code-error#3"
   (gpufix-facts (S__b4a9969d4646 TRUE))
   =>
   (gpufix-fired 3))
(defrule a4 "code-error#4"
   (gpufix-facts (S__a19da6f2d981 TRUE))
   =>
   (gpufix-fired 4))
(defrule a5 "code-error#5"
   (gpufix-facts (S__ac24e6f5851a TRUE))
   =>
   (gpufix-fired 5))
(defrule a6 "driver-library-mismatch#0"
   (gpufix-facts (S__6c6a7ab8255e TRUE))
   =>
   (gpufix-fired 6))
(defrule a7 "driver-library-mismatch#1"
   (gpufix-facts (S__3f48b8acf31c TRUE))
   =>
   (gpufix-fired 7))
(defrule a8 "driver-library-mismatch#2"
   (gpufix-facts (P__9ceab5fa8049 TRUE))
   =>
   (gpufix-fired 8))
(defrule a9 "driver-library-mismatch#3"
   (gpufix-facts (P__fe8787c568a2 FALSE))
   =>
   (gpufix-fired 9))
(defrule a10 "driver-older-than-runtime#0"
   (gpufix-facts (S__2551c795b562 TRUE))
   =>
   (gpufix-fired 10))
(defrule a11 "driver-older-than-runtime#1"
   (gpufix-facts (S__7ded9c25ee26 TRUE))
   =>
   (gpufix-fired 11))
(defrule a12 "driver-older-than-runtime#2"
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired 12))
(defrule a13 "driver-older-than-runtime#3"
   (gpufix-facts (F__compat__driver_supports_torch__b FALSE) (F__torch__cuda_available__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))))
   =>
   (gpufix-fired 13))
(defrule a14 "missing-cuda-libs#0"
   (gpufix-facts (S__a6b4753d6bbc TRUE) (S__fb13a05874c1 TRUE))
   =>
   (gpufix-fired 14))
(defrule a15 "missing-cuda-libs#1"
   (gpufix-facts (P__c1641f71d5fa TRUE))
   =>
   (gpufix-fired 15))
(defrule a16 "multiple-torch-installs#0"
   (gpufix-facts (S__478496dbcddf TRUE) (S__7c5acfe3f11d TRUE))
   =>
   (gpufix-fired 16))
(defrule a17 "multiple-torch-installs#1"
   (gpufix-facts (S__c53e3961031e TRUE))
   =>
   (gpufix-fired 17))
(defrule a18 "multiple-torch-installs#2"
   (gpufix-facts (F__torch__install_count__n ?v0&:(and (numberp ?v0) (> ?v0 1))))
   =>
   (gpufix-fired 18))
(defrule a19 "no-driver#0"
   (gpufix-facts (F__log__present__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__df7d1c4a8498 TRUE))
   =>
   (gpufix-fired 19))
(defrule a20 "no-driver#1"
   (gpufix-facts (S__df7d1c4a8498 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired 20))
(defrule a21 "no-driver#2"
   (gpufix-facts (F__log__present__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__ddb6ae774d53 TRUE))
   =>
   (gpufix-fired 21))
(defrule a22 "no-driver#3"
   (gpufix-facts (S__ddb6ae774d53 TRUE) (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired 22))
(defrule a23 "no-driver#4"
   (gpufix-facts (F__log__present__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired 23))
(defrule a24 "no-driver#5"
   (gpufix-facts (S__e4bdbfd6e081 FALSE) (S__e95c0879c17d TRUE))
   =>
   (gpufix-fired 24))
(defrule a25 "no-driver#6"
   (gpufix-facts (F__driver__version__s "absent") (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s "ok"))
   =>
   (gpufix-fired 25))
(defrule a26 "no-driver#7"
   (gpufix-facts (F__driver__version__s "absent") (F__torch__cuda__s "ok") (S__e4bdbfd6e081 FALSE))
   =>
   (gpufix-fired 26))
(defrule a27 "python-env-mismatch#0"
   (gpufix-facts (S__4f5699d4fd6c TRUE) (S__73dae673da70 TRUE))
   =>
   (gpufix-fired 27))
(defrule a28 "python-env-mismatch#1"
   (gpufix-facts (S__4f5699d4fd6c TRUE) (S__7fe4e611c380 TRUE))
   =>
   (gpufix-fired 28))
(defrule a29 "python-env-mismatch#2"
   (gpufix-facts (S__1b9f48d314ee TRUE) (S__6bdde74ce2d9 TRUE))
   =>
   (gpufix-fired 29))
(defrule a30 "python-env-mismatch#3"
   (gpufix-facts (F__pip__matches_python__b FALSE))
   =>
   (gpufix-fired 30))
(defrule a31 "python-env-mismatch#4"
   (gpufix-facts (F__pip__matches_python__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (P__33dd67f520d1 FALSE))
   =>
   (gpufix-fired 31))
(defrule a32 "toolkit-not-needed#0"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired 32))
(defrule a33 "toolkit-not-needed#1"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 33))
(defrule a34 "toolkit-not-needed#2"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__7118da3765d2 TRUE))
   =>
   (gpufix-fired 34))
(defrule a35 "toolkit-not-needed#3"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__7118da3765d2 TRUE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 35))
(defrule a36 "toolkit-not-needed#4"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__532dc748d8c3 TRUE))
   =>
   (gpufix-fired 36))
(defrule a37 "toolkit-not-needed#5"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__532dc748d8c3 TRUE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 37))
(defrule a38 "toolkit-not-needed#6"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE))
   =>
   (gpufix-fired 38))
(defrule a39 "toolkit-not-needed#7"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 39))
(defrule a40 "toolkit-not-needed#8"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__log__present__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired 40))
(defrule a41 "toolkit-not-needed#9"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 41))
(defrule a42 "toolkit-not-needed#10"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired 42))
(defrule a43 "toolkit-not-needed#11"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 43))
(defrule a44 "toolkit-not-needed#12"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__7118da3765d2 TRUE))
   =>
   (gpufix-fired 44))
(defrule a45 "toolkit-not-needed#13"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__7118da3765d2 TRUE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 45))
(defrule a46 "toolkit-not-needed#14"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__532dc748d8c3 TRUE))
   =>
   (gpufix-fired 46))
(defrule a47 "toolkit-not-needed#15"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__532dc748d8c3 TRUE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 47))
(defrule a48 "toolkit-not-needed#16"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE))
   =>
   (gpufix-fired 48))
(defrule a49 "toolkit-not-needed#17"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 49))
(defrule a50 "toolkit-not-needed#18"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__log__present__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE))
   =>
   (gpufix-fired 50))
(defrule a51 "toolkit-not-needed#19"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda__s "ok") (F__torch__cuda_available__b TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 51))
(defrule a52 "toolkit-not-needed#20"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired 52))
(defrule a53 "toolkit-not-needed#21"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 53))
(defrule a54 "toolkit-not-needed#22"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__7118da3765d2 TRUE))
   =>
   (gpufix-fired 54))
(defrule a55 "toolkit-not-needed#23"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__7118da3765d2 TRUE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 55))
(defrule a56 "toolkit-not-needed#24"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__532dc748d8c3 TRUE))
   =>
   (gpufix-fired 56))
(defrule a57 "toolkit-not-needed#25"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__532dc748d8c3 TRUE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 57))
(defrule a58 "toolkit-not-needed#26"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired 58))
(defrule a59 "toolkit-not-needed#27"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 59))
(defrule a60 "toolkit-not-needed#28"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__log__present__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired 60))
(defrule a61 "toolkit-not-needed#29"
   (gpufix-facts (F__compat__gpu_arch_supported__b TRUE) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 61))
(defrule a62 "toolkit-not-needed#30"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired 62))
(defrule a63 "toolkit-not-needed#31"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__nvcc__version__s "absent") (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 63))
(defrule a64 "toolkit-not-needed#32"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__7118da3765d2 TRUE))
   =>
   (gpufix-fired 64))
(defrule a65 "toolkit-not-needed#33"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__7118da3765d2 TRUE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 65))
(defrule a66 "toolkit-not-needed#34"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__532dc748d8c3 TRUE))
   =>
   (gpufix-fired 66))
(defrule a67 "toolkit-not-needed#35"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__532dc748d8c3 TRUE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 67))
(defrule a68 "toolkit-not-needed#36"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__log__present__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired 68))
(defrule a69 "toolkit-not-needed#37"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__torch__cuda_available__b TRUE) (P__080e00b02b19 TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 69))
(defrule a70 "toolkit-not-needed#38"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__log__present__s ?v2&:(and (stringp ?v2) (neq ?v2 "ok"))) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired 70))
(defrule a71 "toolkit-not-needed#39"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (F__compat__nvcc_major_matches_torch__b FALSE) (F__torch__cuda_available__b TRUE) (P__4b0fa42eb5d3 TRUE) (S__216815985f0f FALSE) (S__640accf406df FALSE) (S__a45ba7b726f9 FALSE) (S__afe8751a0cca FALSE) (S__b5d2c72739af FALSE))
   =>
   (gpufix-fired 71))
(defrule a72 "windows-dll-load#0"
   (gpufix-facts (S__cb1a364f2f0f TRUE))
   =>
   (gpufix-fired 72))
(defrule a73 "windows-dll-load#1"
   (gpufix-facts (S__2a7b0bc94cb6 TRUE))
   =>
   (gpufix-fired 73))
(defrule a74 "windows-dll-load#2"
   (gpufix-facts (S__10cb2e015865 TRUE) (S__1302b1666f37 TRUE))
   =>
   (gpufix-fired 74))
(defrule a75 "windows-dll-load#3"
   (gpufix-facts (P__69ff5229a859 TRUE))
   =>
   (gpufix-fired 75))
(defrule a76 "windows-paging-file-1455#0"
   (gpufix-facts (S__99ee6f18f921 TRUE))
   =>
   (gpufix-fired 76))
(defrule a77 "windows-paging-file-1455#1"
   (gpufix-facts (P__bfbcfa2e6cdc TRUE))
   =>
   (gpufix-fired 77))
(defrule a78 "cuda-home-not-set#0"
   (gpufix-facts (S__767f85ba7661 TRUE))
   =>
   (gpufix-fired 78))
(defrule a79 "cuda-home-not-set#1"
   (gpufix-facts (P__25cf354661a5 TRUE))
   =>
   (gpufix-fired 79))
(defrule a80 "cpu-only-wheel#0"
   (gpufix-facts (S__abf5821a1a92 TRUE))
   =>
   (gpufix-fired 80))
(defrule a81 "cpu-only-wheel#1"
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0))) (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5c7fedbf59c5 TRUE))
   =>
   (gpufix-fired 81))
(defrule a82 "cpu-only-wheel#2"
   (gpufix-facts (F__driver__version__s "ok") (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5c7fedbf59c5 TRUE))
   =>
   (gpufix-fired 82))
(defrule a83 "cpu-only-wheel#3"
   (gpufix-facts (F__gpu__vendor "nvidia") (F__torch__hip__s ?v1&:(and (stringp ?v1) (neq ?v1 "ok"))) (S__5c7fedbf59c5 TRUE))
   =>
   (gpufix-fired 83))
(defrule a84 "cpu-only-wheel#4"
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0))) (F__torch__build "cpu"))
   =>
   (gpufix-fired 84))
(defrule a85 "cpu-only-wheel#5"
   (gpufix-facts (F__driver__version__s "ok") (F__torch__build "cpu"))
   =>
   (gpufix-fired 85))
(defrule a86 "cpu-only-wheel#6"
   (gpufix-facts (F__gpu__vendor "nvidia") (F__torch__build "cpu"))
   =>
   (gpufix-fired 86))
(defrule a87 "gpu-arch-unsupported#0"
   (gpufix-facts (S__4e1985a3deb9 TRUE))
   =>
   (gpufix-fired 87))
(defrule a88 "gpu-arch-unsupported#1"
   (gpufix-facts (S__6d3cad3e86f5 TRUE))
   =>
   (gpufix-fired 88))
(defrule a89 "gpu-arch-unsupported#2"
   (gpufix-facts (S__1a7496016792 TRUE))
   =>
   (gpufix-fired 89))
(defrule a90 "gpu-arch-unsupported#3"
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE) (S__6aa6939ba8bd TRUE))
   =>
   (gpufix-fired 90))
(defrule a91 "gpu-arch-unsupported#4"
   (gpufix-facts (F__compat__gpu_arch_supported__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__6aa6939ba8bd TRUE))
   =>
   (gpufix-fired 91))
(defrule a92 "gpu-arch-unsupported#5"
   (gpufix-facts (F__compat__gpu_arch_supported__b FALSE))
   =>
   (gpufix-fired 92))
(defrule a93 "mirror-without-cuda-wheels#0"
   (gpufix-facts (S__bca1cbfdfaf1 TRUE))
   =>
   (gpufix-fired 93))
(defrule a94 "mirror-without-cuda-wheels#1"
   (gpufix-facts (S__233e04c6ea82 TRUE) (S__bf4695ee8290 TRUE))
   =>
   (gpufix-fired 94))
(defrule a95 "mirror-without-cuda-wheels#2"
   (gpufix-facts (S__5046fc528085 TRUE) (S__bf4695ee8290 TRUE))
   =>
   (gpufix-fired 95))
(defrule a96 "mirror-without-cuda-wheels#3"
   (gpufix-facts (F__compat__index_kind "pypi-mirror") (S__bf4695ee8290 TRUE))
   =>
   (gpufix-fired 96))
(defrule a97 "mirror-without-cuda-wheels#4"
   (gpufix-facts (F__compat__index_has_cuda_wheels__b FALSE) (F__compat__index_kind "pypi-mirror") (F__torch__build "cpu"))
   =>
   (gpufix-fired 97))
(defrule a98 "no-matching-wheel#0"
   (gpufix-facts (P__bfaabae75a5a FALSE) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired 98))
(defrule a99 "no-matching-wheel#1"
   (gpufix-facts (F__match__requirement__s__r99d0aa7101db ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired 99))
(defrule a100 "no-matching-wheel#2"
   (gpufix-facts (F__compat__index_kind ?v0&:(and (stringp ?v0) (neq ?v0 "pypi-mirror"))) (S__30f55269bf0c FALSE) (S__4c94d85d42ab FALSE) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired 100))
(defrule a101 "no-matching-wheel#3"
   (gpufix-facts (F__compat__index_kind__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__30f55269bf0c FALSE) (S__4c94d85d42ab FALSE) (S__cd453528f676 TRUE))
   =>
   (gpufix-fired 101))
(defrule a102 "no-matching-wheel#4"
   (gpufix-facts (P__bfaabae75a5a FALSE) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired 102))
(defrule a103 "no-matching-wheel#5"
   (gpufix-facts (F__match__requirement__s__r99d0aa7101db ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired 103))
(defrule a104 "no-matching-wheel#6"
   (gpufix-facts (F__compat__index_kind ?v0&:(and (stringp ?v0) (neq ?v0 "pypi-mirror"))) (S__30f55269bf0c FALSE) (S__4c94d85d42ab FALSE) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired 104))
(defrule a105 "no-matching-wheel#7"
   (gpufix-facts (F__compat__index_kind__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))) (S__30f55269bf0c FALSE) (S__4c94d85d42ab FALSE) (S__66eafdc7f336 TRUE))
   =>
   (gpufix-fired 105))
(defrule a106 "numpy2-abi#0"
   (gpufix-facts (S__f9c4b77ec58a TRUE))
   =>
   (gpufix-fired 106))
(defrule a107 "numpy2-abi#1"
   (gpufix-facts (S__06914c88d381 TRUE))
   =>
   (gpufix-fired 107))
(defrule a108 "numpy2-abi#2"
   (gpufix-facts (S__d33e8557f8dc TRUE))
   =>
   (gpufix-fired 108))
(defrule a109 "numpy2-abi#3"
   (gpufix-facts (P__80e1abb8663c TRUE))
   =>
   (gpufix-fired 109))
(defrule a110 "numpy2-abi#4"
   (gpufix-facts (F__compat__numpy_abi_ok__b FALSE))
   =>
   (gpufix-fired 110))
(defrule a111 "torchvision-mismatch#0"
   (gpufix-facts (S__59acc0d5e737 TRUE))
   =>
   (gpufix-fired 111))
(defrule a112 "torchvision-mismatch#1"
   (gpufix-facts (S__78206cb9cf27 TRUE))
   =>
   (gpufix-fired 112))
(defrule a113 "torchvision-mismatch#2"
   (gpufix-facts (S__0567571fbbd8 TRUE))
   =>
   (gpufix-fired 113))
(defrule a114 "torchvision-mismatch#3"
   (gpufix-facts (S__10d83936b966 TRUE))
   =>
   (gpufix-fired 114))
(defrule a115 "torchvision-mismatch#4"
   (gpufix-facts (P__e780713c62ea TRUE))
   =>
   (gpufix-fired 115))
(defrule a116 "torchvision-mismatch#5"
   (gpufix-facts (F__compat__torchvision_matches__b FALSE))
   =>
   (gpufix-fired 116))
(defrule a117 "cuda-oom#0"
   (gpufix-facts (S__2da485e563a6 TRUE))
   =>
   (gpufix-fired 117))
(defrule a118 "cuda-oom#1"
   (gpufix-facts (S__23cecb987dfd TRUE))
   =>
   (gpufix-fired 118))
(defrule a119 "cuda-oom#2"
   (gpufix-facts (P__22078f8f9c6d TRUE))
   =>
   (gpufix-fired 119))
(defrule a120 "cuda-unknown-error#0"
   (gpufix-facts (S__c2c4da248e97 TRUE))
   =>
   (gpufix-fired 120))
(defrule a121 "cuda-unknown-error#1"
   (gpufix-facts (P__f4c01d02d39e TRUE))
   =>
   (gpufix-fired 121))
(defrule a122 "cuda-unknown-error#2"
   (gpufix-facts (P__2617872841b3 TRUE))
   =>
   (gpufix-fired 122))
(defrule a123 "cuda-unknown-error#3"
   (gpufix-facts (P__244589942a35 TRUE))
   =>
   (gpufix-fired 123))
(defrule a124 "cuda-visible-devices#0"
   (gpufix-facts (S__2c00675f9406 FALSE) (S__7caec14a997e TRUE))
   =>
   (gpufix-fired 124))
(defrule a125 "cuda-visible-devices#1"
   (gpufix-facts (S__bf63edbea42e TRUE))
   =>
   (gpufix-fired 125))
(defrule a126 "cuda-visible-devices#2"
   (gpufix-facts (F__env__CUDA_VISIBLE_DEVICES__s "ok") (F__gpu__count__n ?v1&:(and (numberp ?v1) (> ?v1 0))) (F__torch__device_count__n ?v2&:(and (numberp ?v2) (= ?v2 0))))
   =>
   (gpufix-fired 126))
(defrule a127 "cuda-visible-devices#3"
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0))) (P__afaee449a44f TRUE))
   =>
   (gpufix-fired 127))
(defrule a128 "fabric-manager-802#0"
   (gpufix-facts (S__ea28f1a819a5 TRUE))
   =>
   (gpufix-fired 128))
(defrule a129 "fabric-manager-802#1"
   (gpufix-facts (S__c19d9ad4780e TRUE))
   =>
   (gpufix-fired 129))
(defrule a130 "fabric-manager-802#2"
   (gpufix-facts (S__c08bbb9e41d1 TRUE))
   =>
   (gpufix-fired 130))
(defrule a131 "fabric-manager-802#3"
   (gpufix-facts (P__91981b4069e9 TRUE))
   =>
   (gpufix-fired 131))
(defrule a132 "fabric-manager-802#4"
   (gpufix-facts (P__7feec6ab49a6 TRUE))
   =>
   (gpufix-fired 132))
(defrule a133 "mps-unavailable#0"
   (gpufix-facts (S__a12d18513737 TRUE))
   =>
   (gpufix-fired 133))
(defrule a134 "mps-unavailable#1"
   (gpufix-facts (S__cd7973434f84 TRUE))
   =>
   (gpufix-fired 134))
(defrule a135 "mps-unavailable#2"
   (gpufix-facts (S__0db1fd69b39f TRUE))
   =>
   (gpufix-fired 135))
(defrule a136 "mps-unavailable#3"
   (gpufix-facts (S__31d693896ea2 TRUE))
   =>
   (gpufix-fired 136))
(defrule a137 "mps-unavailable#4"
   (gpufix-facts (F__os__arch "arm64") (F__os__name "macos") (F__torch__mps_available__b FALSE))
   =>
   (gpufix-fired 137))
(defrule a138 "mps-unavailable#5"
   (gpufix-facts (F__os__arch "aarch64") (F__os__name "macos") (F__torch__mps_available__b FALSE))
   =>
   (gpufix-fired 138))
(defrule a139 "ptx-unsupported-toolchain#0"
   (gpufix-facts (S__5d80a0ac1fd4 TRUE))
   =>
   (gpufix-fired 139))
(defrule a140 "ptx-unsupported-toolchain#1"
   (gpufix-facts (P__d86123107817 TRUE))
   =>
   (gpufix-fired 140))
(defrule a141 "ptx-unsupported-toolchain#2"
   (gpufix-facts (P__38a4f2153385 TRUE))
   =>
   (gpufix-fired 141))
