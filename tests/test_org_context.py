"""Organizations known by their context (extract/org_context.py).

Every sentence here is invented for the tests; the company names are made up
so that no list in the package can know them.
"""
from __future__ import annotations

import pytest

from pressroom.extract.org_context import context_spans, evidenced_names
from pressroom.extract.orgs import find_organizations


FOUND = [
    ("Shares of Vantorix rose 4 percent after the miner said output climbed. Vantorix has mines in Chile.",
     "Vantorix", "shares of a name"),
    ("Danish brewer Keldgaard cut its forecast on Tuesday.", "Keldgaard", "a corporate noun before the name"),
    ("Orlane said chipmaker Tessival would build two plants.", "Tessival", "a -maker compound before the name"),
    ("Marvessa, the Brazilian miner, said output fell.", "Marvessa", "an apposition that says what it is"),
    ("Brandholm, the world's third-largest brewer by sales, opened a plant.", "Brandholm",
     "an apposition with a superlative"),
    ("Quillon's chief executive resigned on Friday.", "Quillon", "a possessive of a corporate role"),
    ("Talvera CEO Ann Roe told reporters the deal was done.", "Talvera", "a corporate role after the name"),
    ("It was a nod to Corvanta's CFO Lin Shu, adding that talks went on.", "Corvanta",
     "a possessive inside a run of capitalised words"),
    ("But, the former CEO of Dellmont-Harte added, it is too late.", "Dellmont-Harte", "a title before `of`"),
    ("said Ann Roe, who is chairman of Our Brightline Pac, in a statement.", "Brightline Pac",
     "a sentence word opening the name after the cue"),
    ("The deal was welcomed by an analyst at Pembury Hale.", "Pembury Hale", "an analyst at a firm"),
    ("Analysts at Quorvex said sales rose.", "Quorvex", "analysts at a one-word company"),
    ("Ruth Vo, chief executive of the Council of Harbour Pilots of Eastern Ports, spoke first.",
     "Council of Harbour Pilots of Eastern Ports", "connectors inside the name"),
    ("The Ospreys beat the Kestrels 5-3 on Sunday.", "Kestrels", "a team's plural name after a game verb"),
    ("He played for the Dunmore Foxes for two seasons.", "Dunmore Foxes", "a player's club"),
]


@pytest.mark.parametrize("body,name,why", FOUND)
def test_context_marks_an_organization(body, name, why, lexicon, model):
    assert name in {o.name for o in find_organizations(body, lexicon, model)}, why


NOT_FOUND = [
    ("The theater producer Alan Brisk said the show would close. Brisk said he was tired.", "Alan Brisk",
     "a person after a trade noun, named by his surname later"),
    ("The firm was sold to publisher Dan Okoro in 1991.", "Dan Okoro", "a person's trade before a person"),
    ("Mr. Quarle said Quarle's profit rose.", "Quarle", "a one-word name written after a title"),
    ("He was chief executive of Maria Velt's campaign.", "Maria Velt", "an owner, not the company"),
    ("said Jo Penrow, the president and publisher of the house.", "Jo Penrow", "a person's apposition with a title"),
    ("Officials said the super PAC's chairman would testify.", "PAC", "an all-caps common noun"),
    ("Asia's stock markets fell and Britain's shares slid.", "Asia", "a region owns markets"),
    ("Britain's shares slid.", "Britain", "a country"),
    ("The Democrats beat the Republicans in the vote.", "Republicans", "partisans are no team"),
    ("Club President Rafa Domen said the team would rebuild.", "Rafa Domen", "a title opens a person's name"),
]


@pytest.mark.parametrize("body,name,why", NOT_FOUND)
def test_context_does_not_take_people_places_or_common_nouns(body, name, why):
    assert name not in evidenced_names(body), why


def test_one_decision_per_name_per_article():
    body = ("Keldgaard said sales rose. Danish brewer Keldgaard expects more. "
            "Analysts like Keldgaard's plan, but New Keldgaard Holdings is another firm.")
    spans = context_spans(body)
    assert [body[s:e] for s, e in spans] == ["Keldgaard", "Keldgaard", "Keldgaard"]
    assert all(not body[e:].startswith(" Holdings") for _, e in spans)   # not inside a longer name


def test_context_fills_only_where_nothing_else_found_a_name(lexicon, model):
    body = "Shares of Morrow Bank rose. Morrow Bank said it would hire."
    orgs = find_organizations(body, lexicon, model)
    assert [(o.name, len(o.mentions)) for o in orgs] == [("Morrow Bank", 2)]


def test_an_article_without_evidence_is_unchanged():
    assert context_spans("Anna Vell said the plan would work. Vell spoke in Lisbon on Monday.") == []


# --- a company called by its first word (orgs._company_first_word) -----------------

def _mentions(body, lexicon, model):
    return {o.name: [m.text for m in o.mentions] for o in find_organizations(body, lexicon, model)}


def test_a_company_is_called_by_its_first_word_later(lexicon, model):
    body = "Talvex Holdings Inc said profit rose. Talvex also cut 300 jobs, and Talvex shares fell."
    assert _mentions(body, lexicon, model)["Talvex Holdings Inc"] == ["Talvex Holdings Inc", "Talvex", "Talvex"]


@pytest.mark.parametrize("body,company,word,why", [
    ("Brenmoor Capital Group and Brenmoor Steel Group both reported. Brenmoor said costs rose.",
     "Brenmoor Steel Group", "Brenmoor", "two companies of the article share the word"),
    ("Summit Holdings Group reported results before the summit. Summit said costs rose.",
     "Summit Holdings Group", "Summit", "the article writes the word in lower case: a common word"),
    ("Marlow Holdings Group reported results. Jane Marlow, its founder, said Marlow would not sell.",
     "Marlow Holdings Group", "Marlow", "a person's surname"),
])
def test_a_first_word_is_not_taken_when_it_names_something_else(body, company, word, why, lexicon, model):
    found = _mentions(body, lexicon, model)
    assert company in found   # the company itself is found ...
    assert all(word not in mentions for mentions in found.values()), why   # ... but not by its first word


def test_a_list_shares_its_first_members_evidence():
    assert evidenced_names("Shares of Orvale and Brisant rose.") == {"Orvale", "Brisant"}
    assert evidenced_names("Danish brewers Keldgaard, Osterby Bryg and Harlund gained.") == {
        "Keldgaard", "Osterby Bryg", "Harlund"}
    assert evidenced_names("It was welcomed by analysts at Pembury Hale, Ann Roe said.") == {"Pembury Hale"}


def test_a_name_inside_a_longer_name_with_a_year_is_not_taken():
    assert evidenced_names("said Ann Roe, chairman of the Dunmore 2016 Host Committee.") == set()
