"""Imported last by the workers' fork server (`workers.PRELOAD`): prepares it once for all its forks.

Measured in the workers of a 20,000-file run (py-spy, Prefect 3.8.8): besides
our batch code, each task run spent ~0.2 s in Prefect, over half of it
building SSL contexts, and each worker's first task ~0.3 s more loading
Prefect's collections (prefect-dask, hence Dask). See
`workers.prepare_worker_process`.
"""
from flows.workers import prepare_worker_process

prepare_worker_process()
