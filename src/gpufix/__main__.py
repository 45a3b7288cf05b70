from gpufix.cli import main

raise SystemExit(main())
