"""`kg ingest --cluster ADDRESS`: extraction, linking and validation as tasks on a Dask cluster.

* `inputs` cuts the input into partitions (files, records of JSON Lines, rows of a manifest) and
  reads them back where a task runs;
* `tasks` is what runs on a worker: one partition in, validated N-Quads per article out;
* `connect` reaches the scheduler (or starts a `LocalCluster` for `local:N`) and checks the
  workers;
* `ingest` is the one writer: it keeps the workers fed and commits what they return, in input
  order and all or nothing (kg.loader's staged write), or each article as it arrives.

Nothing here is imported unless `--cluster` is given: without it `kg ingest` is unchanged, and
`distributed` is needed only where a cluster is used.
"""
