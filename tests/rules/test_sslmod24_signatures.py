"""python-ssl-missing-evidence (session 24) reads a Python without a working ssl module in every tool's words: pip's
warning (pip 9 onwards), urllib3's refusal as pip, requests and conda print it, conda 22.9's CondaSSLError, pip 24's
truststore line, the _ssl extension failing to import (each Python's wording, Windows and Linux), a build that left
the extension out (pyenv, CPython's ensurepip) and the reporter's words. Each line is verbatim from the thread named;
the near misses are certificate and connection failures, where the ssl module works."""
from __future__ import annotations


RULE = "python-ssl-missing-evidence"

FIRES = [
    ("pip_no_ssl", "WARNING: pip is configured with locations that require TLS/SSL, however the ssl module in Python is "
     "not available.", "pytorch/pytorch#94194"),
    ("pip_no_ssl", "pip is configured with locations that require TLS/SSL, however the ssl module in Python is not "
     "available.", "k4m4/kickthemout#251 (pip 9)"),
    ("urllib3_no_ssl", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(\"Can't connect to HTTPS URL because the SSL module is not available.\")': "
     "/whl/cpu/torch/", "rupeshs/fastsdcpu#59"),
    ("urllib3_no_ssl", "  Could not fetch URL https://pypi.python.org/simple/ssl/: There was a problem confirming the ssl "
     "certificate: Can't connect to HTTPS URL because the SSL module is not available. - skipping", "pypa/pip#4960"),
    ("urllib3_no_ssl", "requests.exceptions.SSLError: HTTPSConnectionPool(host='huggingface.co', port=443): Max retries "
     "exceeded with url: /openai/clip-vit-large-patch14/resolve/main/vocab.json (Caused by SSLError(\"Can't connect to "
     "HTTPS URL because the SSL module is not available.\"))", "basujindal/stable-diffusion#12"),
    ("conda_no_openssl", "CondaSSLError: OpenSSL appears to be unavailable on this machine. OpenSSL is required to",
     "ashawkey/stable-dreamfusion#42"),
    ("truststore_no_ssl", "WARNING: Disabling truststore since ssl support is missing", "Tavris1/ComfyUI-Easy-Install#128"),
    ("ssl_import_failed", "ImportError: DLL load failed while importing _ssl: 找不到指定的模块。",
     "pyg-team/pytorch_geometric#9720"),
    ("ssl_import_failed", "ImportError: DLL load failed while importing _ssl: The specified module could not be found.",
     "ContinuumIO/anaconda-issues#11994"),
    ("ssl_import_failed", "    from _ssl import OPENSSL_VERSION_NUMBER, OPENSSL_VERSION_INFO, OPENSSL_VERSION",
     "pyg-team/pytorch_geometric#9720"),
    ("ssl_import_failed", "    import _ssl             # if we can't import it, let the error propagate",
     "Datalux/Osintgram#207"),
    ("ssl_import_failed", "ModuleNotFoundError: No module named '_ssl'", "Datalux/Osintgram#207"),
    ("ssl_import_failed", "ImportError: No module named _ssl", "kuri65536/python-for-android#4"),
    ("ssl_import_failed", "ImportError: /lib/x86_64-linux-gnu/libcrypto.so.3: version `OPENSSL_3.3.0' not found (required "
     "by /opt/miniconda3/lib/python3.11/lib-dynload/_ssl.cpython-311-x86_64-linux-gnu.so)", "QuantConnect/Lean#8895"),
    ("build_no_ssl", "    ERROR: The Python ssl extension was not compiled. Missing the OpenSSL lib?", "pyenv/pyenv#483"),
    ("build_no_ssl", "Ignoring ensurepip failure: pip 1.5.6 requires SSL/TLS", "pyenv/pyenv#929"),
    ("said_no_ssl", "找不到_ssl模块", "Tencent-Hunyuan/HunyuanDiT#64 (title)"),
    ("said_no_ssl", "pip 缺少TLS/SSL支持", "Alfonsxh/py-all-in-one#1 (title)"),
]

QUIET = [
    # A certificate the ssl module could not verify (a proxy's, an expired one): the module works.
    ("urllib3_no_ssl", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
     "failed: self signed certificate in certificate chain (_ssl.c:1124)'))': /whl/torch_stable.html", "pytorch/pytorch#47354"),
    ("ssl_import_failed", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
     "failed: self signed certificate in certificate chain (_ssl.c:1124)'))': /whl/torch_stable.html", "pytorch/pytorch#47354"),
    # A TLS connection closed by the other end: negotiated with a working ssl module.
    ("ssl_import_failed", "Could not fetch URL https://download.pytorch.org/whl/cu113/torch_stable.html: There was a problem "
     "confirming the ssl certificate: HTTPSConnectionPool(host='download.pytorch.org', port=443): Max retries exceeded with "
     "url: /whl/cu113/torch_stable.html (Caused by SSLError(SSLZeroReturnError(6, 'TLS/SSL connection has been closed (EOF) "
     "(_ssl.c:1129)'))) - skipping", "autogluon/autogluon#1639"),
    ("said_no_ssl", "Could not fetch URL https://download.pytorch.org/whl/cu113/torch_stable.html: There was a problem "
     "confirming the ssl certificate: HTTPSConnectionPool(host='download.pytorch.org', port=443): Max retries exceeded with "
     "url: /whl/cu113/torch_stable.html (Caused by SSLError(SSLZeroReturnError(6, 'TLS/SSL connection has been closed (EOF) "
     "(_ssl.c:1129)'))) - skipping", "autogluon/autogluon#1639"),
    # An extension's own libssl dependency, not Python's ssl module.
    ("ssl_import_failed", "A problem about ImportError: libssl.so.3: cannot open shared object file: No such file or "
     "directory", "meta-pytorch/data#1316 (title)"),
    # A web UI started with its own TLS certificate files: the ssl module is there.
    ("said_no_ssl", "Launch webui with --tls-keyfile and --tls-certfile, specifying the route",
     "AUTOMATIC1111/stable-diffusion-webui#11619"),
]
