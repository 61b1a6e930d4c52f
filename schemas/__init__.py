"""Pandera models and Arrow schemas of the output tables: one module per table.

SCHEMA_VERSION counts breaking changes to the contract (README changelog).
"""
from schemas.articles import ARTICLES_ARROW, ArticleModel
from schemas.organizations import ORGANIZATIONS_ARROW, OrganizationModel
from schemas.quotes import QUOTES_ARROW, QuoteModel
from schemas.rejects import REJECTS_ARROW, RejectModel
from schemas.runs import RUNS_ARROW, RunModel

SCHEMA_VERSION = 1

# table name -> (model, Arrow schema); the order is the order tables are written.
TABLES = {
    "articles": (ArticleModel, ARTICLES_ARROW),
    "quotes": (QuoteModel, QUOTES_ARROW),
    "organizations": (OrganizationModel, ORGANIZATIONS_ARROW),
    "rejects": (RejectModel, REJECTS_ARROW),
    "runs": (RunModel, RUNS_ARROW),
}

__all__ = [
    "ARTICLES_ARROW", "ORGANIZATIONS_ARROW", "QUOTES_ARROW", "REJECTS_ARROW", "RUNS_ARROW",
    "ArticleModel", "OrganizationModel", "QuoteModel", "RejectModel", "RunModel",
    "SCHEMA_VERSION", "TABLES",
]
