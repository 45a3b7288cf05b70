"""install-network-blocked-evidence (session 25) reads a torch install whose connection to the index was intercepted or
blocked on the way, in every tool's words: a certificate chain re-signed by a TLS-inspecting proxy or antivirus (pip,
curl, uv, conda), a proxy that refuses or is set wrongly (urllib3 1 and 2, conda, pip's SOCKS support, an https:// proxy
URL), a handshake cut by a VPN or firewall (SSLEOFError, SSLZeroReturnError, a TLS hello sent to a plain-HTTP proxy), a
host that never resolves or a socket a firewall forbids, and the reporter naming the block. Each line is verbatim from
the thread named; the near misses are a server's own expired certificate, a Python without ssl, a download that broke
off after it started, and run-time weight downloads."""
from __future__ import annotations


RULE = "install-network-blocked-evidence"

FIRES = [
    ("tls_intercepted", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
     "failed: self signed certificate in certificate chain (_ssl.c:1124)'))': /whl/torch_stable.html",
     "pytorch/pytorch#47354"),
    ("tls_intercepted", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify "
     "failed: unable to get local issuer certificate (_ssl.c:1131)'))': /whl/lts/1.8/torch_lts.html",
     "pytorch/pytorch#71545"),
    ("tls_intercepted", "curl: (60) SSL certificate problem: unable to get local issuer certificate",
     "pytorch/pytorch#71545"),
    ("tls_intercepted", "WARNING: Retrying (Retry(total=0, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(SSLError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed "
     "(_ssl.c:852)'),)': /packages/cc/f6/b2996d65fb72200b1455a776d38915760b097ad1fa8c1c177a8cccbff07a/"
     "tensorflow_cpu-2.3.0-cp36-cp36m-manylinux2010_x86_64.whl", "Samsung/ONE#7070"),
    ("tls_intercepted", "╰─▶ invalid peer certificate: UnknownIssuer", "unslothai/unsloth#6671"),
    ("tls_intercepted", "  ╰─▶ invalid peer certificate: UnknownIssuer", "astral-sh/uv#17355"),
    ("tls_intercepted", "CondaSSLError: Encountered an SSL error. Most likely a certificate verification issue.",
     "oobabooga/textgen#251"),
    ("proxy_failed", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'ProxyError('Your proxy appears to only use HTTP and not HTTPS, try changing your proxy URL "
     "to be HTTP. See: https://urllib3.readthedocs.io/en/1.26.x/advanced-usage.html#https-proxy-error-http-proxy', "
     "SSLError(SSLError(1, '[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:997)')))': /whl/cu118/torch/",
     "Huanshere/VideoLingo#251"),
    ("proxy_failed", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'ProxyError('Cannot connect to proxy.', OSError(0, 'Error'))': /simple/sdkit/",
     "easydiffusion/easydiffusion#882"),
    ("proxy_failed", "2024-05-28 06:14:30.965 | ERROR    | app.services.material:search_videos_pexels:81 - search videos "
     "failed: HTTPSConnectionPool(host='api.pexels.com', port=443): Max retries exceeded with url: /videos/search?"
     "query=Universal+Studios&per_page=20&orientation=portrait (Caused by ProxyError('Unable to connect to proxy', "
     "NewConnectionError('<urllib3.connection.HTTPSConnection object at 0xffff358e71f0>: Failed to establish a new "
     "connection: [Errno 111] Connection refused')))", "harry0703/MoneyPrinterTurbo#392"),
    ("proxy_failed", "ProxyError: Conda cannot proceed due to an error in your proxy configuration.",
     "zzzgydi/clash-verge#888"),
    ("proxy_failed", "ERROR: Could not install packages due to an OSError: Missing dependencies for SOCKS support.",
     "stemdeckapp/stemdeck#127"),
    ("proxy_failed", "遇到ValueError: check_hostname requires server_hostname的解决办法是关VPN",
     "IrisRainbowNeko/genshin_auto_fish#73"),
    ("tls_cut", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(SSLEOFError(8, 'EOF occurred in violation of protocol (_ssl.c:1131)'))': "
     "/simple/torch/", "chenfei-wu/TaskMatrix#82"),
    ("tls_cut", "Could not fetch URL https://download.pytorch.org/whl/cu113/torch_stable.html: There was a problem "
     "confirming the ssl certificate: HTTPSConnectionPool(host='download.pytorch.org', port=443): Max retries exceeded "
     "with url: /whl/cu113/torch_stable.html (Caused by SSLError(SSLZeroReturnError(6, 'TLS/SSL connection has been "
     "closed (EOF) (_ssl.c:1129)'))) - skipping", "autogluon/autogluon#1639"),
    ("tls_cut", " Retrying (Retry(total=2, connect=None, read=None, redirect=None, status=None)) after connection broken "
     "by 'SSLZeroReturnError(6, 'TLS/SSL connection has been closed (EOF) (_ssl.c:1131)')': /nvidia/noarch/repodata.json",
     "zzzgydi/clash-verge#888"),
    ("unreachable", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at "
     "0x000001B235707610>: Failed to establish a new connection: [Errno 11001] getaddrinfo failed')': /whl/cu118/torch/",
     "vladmandic/sdnext#683"),
    ("unreachable", " Retrying (Retry(total=1, connect=None, read=None, redirect=None)) after connection broken by "
     "'NewConnectionError('<pip._vendor.requests.packages.urllib3.connection.VerifiedHTTPSConnection object at "
     "0x7f065f81a9e8>: Failed to establish a new connection: [Errno -2] Name or service not known',)': /simple/torchtime/",
     "philipdarke/torchtime#1"),
    ("unreachable", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'NewConnectionError('<pip._vendor.urllib3.connection.HTTPSConnection object at "
     "0x7fe056f410f0>: Failed to establish a new connection: [Errno 101] Network is unreachable',)': "
     "/whl/cpu/torch_stable.html", "spinalcordtoolbox/spinalcordtoolbox#3190"),
    ("host_said_blocked", "内网环境，无法连接到https://download.pytorch.org/whl/cpu", "eosphoros-ai/DB-GPT#2450"),
    ("network_said", "In Corp network, the gpu servers are usually behind the firewall, which requires the the server to "
     "access outside of the world via the corp proxy.", "pytorch/vision#1033"),
    ("network_said", "On macOS behind a TLS-inspecting proxy (Cisco Umbrella, Zscaler, etc.), the installer fails during "
     "PyTorch download with:", "unslothai/unsloth#6671"),
]

QUIET = [
    # download.pytorch.org's own certificate expired (2025-04-01): a server incident, not the user's network.
    ("tls_intercepted", "Could not fetch URL https://download.pytorch.org/whl/cpu/torchvision/: There was a problem "
     "confirming the ssl certificate: HTTPSConnectionPool(host='download.pytorch.org', port=443): Max retries exceeded "
     "with url: /whl/cpu/torchvision/ (Caused by SSLError(SSLCertVerificationError(1, '[SSL: CERTIFICATE_VERIFY_FAILED] "
     "certificate verify failed: certificate has expired (_ssl.c:1133)'))) - skipping", "pytorch/pytorch#150492"),
    # No ssl module: python-ssl-module-missing's.
    ("tls_intercepted", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(\"Can't connect to HTTPS URL because the SSL module is not available.\")': "
     "/whl/nightly/cu118/torch/", "pytorch/pytorch#86566"),
    ("tls_cut", "WARNING: Retrying (Retry(total=4, connect=None, read=None, redirect=None, status=None)) after "
     "connection broken by 'SSLError(\"Can't connect to HTTPS URL because the SSL module is not available.\")': "
     "/whl/nightly/cu118/torch/", "pytorch/pytorch#86566"),
    # A download that started and broke off: torch-download-failed's.
    ("unreachable", "ConnectionResetError: [WinError 10054] An existing connection was forcibly closed by the remote host",
     "pfnet/pytorch-pfn-extras#243"),
    ("tls_cut", "pip._vendor.urllib3.exceptions.ReadTimeoutError: HTTPSConnectionPool(host='download.pytorch.org', "
     "port=443): Read timed out.", "pytorch/pytorch#124566"),
    # A socket already in use on the server side is not a firewall on the client (Easy Diffusion binding its port).
    ("unreachable", "ERROR:    [Errno 10013] error while attempting to bind on address ('0.0.0.0', 9000): An attempt was "
     "made to access a socket in a way forbidden by its access permissions", "easydiffusion/easydiffusion#792"),
    # "proxy" in a product name or a log line about huggingface is not the install's proxy.
    ("proxy_failed", "proxy/deepseek", "eosphoros-ai/DB-GPT#2450"),
]
