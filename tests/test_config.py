"""Settings: defaults in code, PRESSROOM_* environment, then explicit overrides."""
from __future__ import annotations

import os
import re

import pytest

from pressroom.config import MAX_DEFAULT_WORKERS, Settings, default_workers, settings_from, usable_cores
from pressroom.errors import UsageError


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
    with pytest.raises(UsageError, match="must be at least 1"):
        settings_from({key: 0}, environ={})


@pytest.mark.parametrize(("var", "value", "message"), [
    ("PRESSROOM_WORKERS", "abc", "PRESSROOM_WORKERS='abc': not an integer"),
    ("PRESSROOM_WORKERS", "0", "must be at least 1"),
    ("PRESSROOM_BATCH_SIZE", "-5", "must be at least 1"),
    ("PRESSROOM_FAIL_ON_INVALID", "maybe", "PRESSROOM_FAIL_ON_INVALID='maybe': expected one of"),
    ("PRESSROOM_PROGRESS", "sometimes", "expected one of"),
    ("PRESSROOM_DEFAULT_TZ", "Mars/Base", "unknown time zone 'Mars/Base'"),
])
def test_config_environment_values_it_cannot_take_are_usage_errors(var: str, value: str, message: str) -> None:
    with pytest.raises(UsageError, match=re.escape(message)):
        settings_from({}, environ={var: value})


@pytest.mark.parametrize(("text", "expected"), [("1", True), ("YES", True), (" on ", True), ("true", True),
                                                ("0", False), ("no", False), ("Off", False), ("FALSE", False)])
def test_config_booleans_read_both_ways(text: str, expected: bool) -> None:
    assert settings_from({}, environ={"PRESSROOM_FULL": text}).full is expected


def test_config_unknown_time_zone_flag_is_a_usage_error() -> None:
    with pytest.raises(UsageError, match="Mars/Base"):
        settings_from({"default_tz": "Mars/Base"}, environ={})
    assert settings_from({"default_tz": "Europe/London"}, environ={}).default_tz == "Europe/London"


def test_config_workers_default_is_the_usable_cores() -> None:
    assert Settings().workers is None, "None: decided per run (cores, or in-process for small runs)"
    assert usable_cores() == len(os.sched_getaffinity(0))
    assert default_workers() == min(usable_cores(), MAX_DEFAULT_WORKERS)
    assert settings_from({}, environ={"PRESSROOM_WORKERS": "3"}).workers == 3


def test_config_reject_limit() -> None:
    assert settings_from({}, environ={}).reject_limit is None
    assert settings_from({"max_rejects": 4}, environ={}).reject_limit == 4
    assert settings_from({}, environ={"PRESSROOM_FAIL_ON_REJECT": "yes"}).reject_limit == 0
    with pytest.raises(UsageError):
        settings_from({"max_rejects": -1}, environ={})
