"""Prefect orchestration of pressroom: thin tasks over the library, one wiring flow.

Modules: `pipeline` (the flow), `tasks` (its tasks), `serve` (the scheduled
deployment), `embedded_api` (the run's private Prefect API). Nothing is
imported here, so `flows.embedded_api` can start before Prefect is imported.
"""
