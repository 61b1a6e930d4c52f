"""Prefect's console log handlers, found wherever logging's config put them
(the progress bar prints them through its own console; quiet workers raise
their level)."""
from __future__ import annotations

import logging

from prefect.logging.handlers import PrefectConsoleHandler


def console_handlers() -> list[PrefectConsoleHandler]:
    """Prefect's console handlers on the root logger and every named logger, once each."""
    loggers = [logging.getLogger()] + [lg for lg in logging.Logger.manager.loggerDict.values()
                                      if isinstance(lg, logging.Logger)]
    found = {id(h): h for lg in loggers for h in lg.handlers if isinstance(h, PrefectConsoleHandler)}
    return list(found.values())
