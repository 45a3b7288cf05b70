"""Fleet: many nodes' `gpufix --json` documents, from any launcher, summarised as one report.

`streams` splits launcher output (label lines, kubectl/pdsh/srun/Ansible prefixes) into
documents and problems; `nodes` keeps the few things a summary needs from each document;
`summary` groups them (statuses, diagnoses, version skew); `sources` reads files and
directories; `slurm` runs gpufix on every node of an allocation through `srun`. Node names
are compressed to hostlist notation in `hostlists` (python-hostlist), the only module that
imports it.
"""
