"""Prefect orchestration of pressroom: thin tasks over the library, one wiring flow."""
from flows.pipeline import pressroom_run, run_pipeline

__all__ = ["pressroom_run", "run_pipeline"]
