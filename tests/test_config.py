"""Settings: defaults in code, PRESSROOM_* environment, then explicit overrides."""
from __future__ import annotations

import pytest

from pressroom.config import Settings, settings_from


def test_config_defaults() -> None:
    s = settings_from({}, environ={})
    assert s == Settings()
    assert (s.raw, s.output, s.default_tz) == ("raw", "output", "Asia/Shanghai")


def test_config_environment_then_overrides() -> None:
    env = {"PRESSROOM_OUTPUT": "/data/out", "PRESSROOM_BATCH_SIZE": "50", "PRESSROOM_FAIL_ON_INVALID": "true"}
    s = settings_from({"batch_size": 7, "raw": None}, environ=env)
    assert s.output == "/data/out" and s.fail_on_invalid is True
    assert s.batch_size == 7, "a flag beats the environment"
    assert s.raw == "raw", "None means 'not given'"


@pytest.mark.parametrize("key", ["batch_size", "workers", "max_file_bytes"])
def test_config_rejects_non_positive(key: str) -> None:
    with pytest.raises(ValueError):
        settings_from({key: 0}, environ={})
