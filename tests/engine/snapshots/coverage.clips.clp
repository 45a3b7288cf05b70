;; gpufix stratum: booleans, derive-cuda, numbers, predicates, signature, statuses, texts, versions
(deftemplate gpufix-facts
   (slot F__driver__version__v)
   (slot F__gpu__count__n)
   (slot F__match__found__rfab5f62863cd)
   (slot F__nvcc__version__s)
   (slot F__os__name)
   (slot F__torch__build)
   (slot F__torch__cuda__v)
   (slot F__torch__cuda_available__b)
   (slot F__verify__speedup__n)
   (slot P__3b936df67deb)
   (slot P__4b0fa42eb5d3)
   (slot P__a7bfe26cbcce)
   (slot P__bca104959c6f)
   (slot P__bdad6d85f176)
   (slot S__95c1f8a54516))
(defrule gpufix:booleans#0
   (gpufix-facts (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "booleans#0"))
(defrule gpufix:booleans#1
   (gpufix-facts (F__torch__cuda_available__b FALSE))
   =>
   (gpufix-fired "booleans#1"))
(defrule gpufix:derive-cuda#0
   (gpufix-facts (P__4b0fa42eb5d3 TRUE))
   =>
   (gpufix-fired "derive-cuda#0"))
(defrule gpufix:numbers#0
   (gpufix-facts (F__gpu__count__n ?v0&:(and (numberp ?v0) (> ?v0 0) (<= ?v0 8))) (F__verify__speedup__n ?v1&:(and (numberp ?v1) (>= ?v1 1.5))))
   =>
   (gpufix-fired "numbers#0"))
(defrule gpufix:predicates#0
   (gpufix-facts (F__torch__build "cu118") (P__3b936df67deb TRUE) (P__a7bfe26cbcce TRUE) (P__bca104959c6f FALSE) (P__bdad6d85f176 TRUE))
   =>
   (gpufix-fired "predicates#0"))
(defrule gpufix:predicates#1
   (gpufix-facts (F__torch__build "cu121") (P__3b936df67deb TRUE) (P__a7bfe26cbcce TRUE) (P__bca104959c6f FALSE) (P__bdad6d85f176 TRUE))
   =>
   (gpufix-fired "predicates#1"))
(defrule gpufix:signature#0
   (gpufix-facts (F__match__found__rfab5f62863cd ?v0&:(and (stringp ?v0) (neq ?v0 "12040"))) (S__95c1f8a54516 TRUE))
   =>
   (gpufix-fired "signature#0"))
(defrule gpufix:statuses#0
   (gpufix-facts (F__nvcc__version__s "absent"))
   =>
   (gpufix-fired "statuses#0"))
(defrule gpufix:statuses#1
   (gpufix-facts (F__nvcc__version__s "unknown"))
   =>
   (gpufix-fired "statuses#1"))
(defrule gpufix:statuses#2
   (gpufix-facts (F__nvcc__version__s ?v0&:(and (stringp ?v0) (neq ?v0 "ok"))))
   =>
   (gpufix-fired "statuses#2"))
(defrule gpufix:texts#0
   (gpufix-facts (F__torch__build "cpu"))
   =>
   (gpufix-fired "texts#0"))
(defrule gpufix:texts#1
   (gpufix-facts (F__torch__build ?v0&:(and (stringp ?v0) (neq ?v0 "say \"hi\" \\\\ bye"))))
   =>
   (gpufix-fired "texts#1"))
(defrule gpufix:texts#2
   (gpufix-facts (F__os__name "训练"))
   =>
   (gpufix-fired "texts#2"))
(defrule gpufix:versions#0
   (gpufix-facts (F__driver__version__v ?v0&:(and (numberp ?v0) (< ?v0 52500600013000070))) (F__torch__cuda__v ?v1&:(and (numberp ?v1) (>= ?v1 1200010000000070))))
   =>
   (gpufix-fired "versions#0"))

;; gpufix stratum: chained
(deftemplate gpufix-facts
   (slot F__derived__cuda_build__b)
   (slot F__gpu__count__n))
(defrule gpufix:chained#0
   (gpufix-facts (F__derived__cuda_build__b TRUE) (F__gpu__count__n ?v1&:(and (numberp ?v1) (= ?v1 0))))
   =>
   (gpufix-fired "chained#0"))
