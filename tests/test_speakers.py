"""Speaker phrases and their resolution (speakers.py), as case tables."""
from __future__ import annotations

import pytest

from pressroom.extract.speakers import (SPEAKER_TAIL_RE, Resolver, head_word, is_person_name, is_speaker_phrase,
                                       split_title, titled_name)
from pressroom.ids import org_id
from pressroom.records import Organization, OrgMention

# (phrase, (title, name), why)
TITLE_CASES = [
    ("NHC Spokesperson Mi Feng", ("NHC Spokesperson", "Mi Feng"), "acronym + title before the name"),
    ("Sen. Ada Brooks", ("Sen.", "Ada Brooks"), "abbreviated title"),
    ("Ada Brooks", (None, "Ada Brooks"), "no title"),
    ("President of the Senate", (None, "President of the Senate"), "a role, not a title + name"),
    ("the Post's senior politics editor Ada Brooks", ("the Post's senior politics editor", "Ada Brooks"),
     "a lower-case role noun ends a descriptive title"),
]


@pytest.mark.parametrize(("phrase", "expected", "why"), TITLE_CASES, ids=[c[2] for c in TITLE_CASES])
def test_speakers_split_title(phrase: str, expected: tuple, why: str) -> None:
    assert split_title(phrase) == expected, why


# (text before a cue, speaker phrase, why)
TAIL_CASES = [
    ("The plan will fail, the department", "the department", "determiner + role noun"),
    ("Later, Harbour Authority Director Lena Okafor", "Harbour Authority Director Lena Okafor", "title run"),
    ("as he", "he", "pronoun"),
    ("Ministry of Foreign Affairs", "Ministry of Foreign Affairs", "name with an of-tail"),
    ("the party's spokesman", "the party's spokesman", "possessive"),
    ("Ocean Health Organization (OHO) chief", "Ocean Health Organization (OHO) chief", "chief heads a speaker"),
]


@pytest.mark.parametrize(("text", "expected", "why"), TAIL_CASES, ids=[c[2] for c in TAIL_CASES])
def test_speakers_tail_phrase(text: str, expected: str, why: str) -> None:
    m = SPEAKER_TAIL_RE.search(text)
    assert m is not None and m.group("spk") == expected and is_speaker_phrase(expected), why


def test_speakers_case_tables_have_no_duplicates() -> None:
    assert len({c[0] for c in TITLE_CASES}) == len(TITLE_CASES)
    assert len({c[0] for c in TAIL_CASES}) == len(TAIL_CASES)


@pytest.mark.parametrize(("phrase", "head"), [("the department", "department"),
                                              ("Ministry of Foreign Affairs", "ministry"),
                                              ("the messages", "messages")])
def test_speakers_head_word(phrase: str, head: str) -> None:
    assert head_word(phrase) == head


BODY = ("The Ministry of Health (MOH) sent letters to clinics on Monday. "
        "Dr. Rosa Lindqvist, who leads the vaccine unit, spoke later. "
        "It said ... the ministry said ... the letters said ... Lindqvist said ... she said")


def _orgs() -> tuple[Organization, ...]:
    start = BODY.index("Ministry of Health (MOH)")
    name = "Ministry of Health"
    mention = OrgMention(start, start + len("Ministry of Health (MOH)"), "Ministry of Health (MOH)")
    return (Organization(org_id(name), name, (mention,), "MOH"),)


# (speaker as written, (speaker_name, speaker_kind), why)
RESOLVE_CASES = [
    ("The Ministry of Health (MOH)", ("Ministry of Health", "organization"), "the span is an org mention"),
    ("It", ("Ministry of Health", "organization"), "it -> the organization before it"),
    ("the ministry", ("Ministry of Health", "organization"), "nominal -> compatible organization"),
    ("the letters", ("Ministry of Health", "other"), "documents -> the organization that sent them"),
    ("Lindqvist", ("Rosa Lindqvist", "person"), "surname -> full name introduced earlier"),
    ("she", ("Rosa Lindqvist", "person"), "pronoun -> the person who spoke last"),
]


def test_speakers_resolution_in_reading_order() -> None:
    resolver = Resolver(BODY, _orgs())
    for text, expected, why in RESOLVE_CASES:
        start = BODY.index(text)
        spk = resolver.resolve(text, start)
        assert (spk.name, spk.kind) == expected, why
        if spk.kind == "organization":
            assert spk.org_id == org_id("Ministry of Health")


def test_speakers_title_kept_apart() -> None:
    spk = Resolver("NHC Spokesperson Mi Feng said so.").resolve("NHC Spokesperson Mi Feng", 0)
    assert (spk.name, spk.title, spk.kind) == ("Mi Feng", "NHC Spokesperson", "person")


# (phrase, (title, name) or None, why)
TITLED_NAME_CASES = [
    ("Harbour Ministry Vice-Minister Lena Okafor", ("Harbour Ministry Vice-Minister", "Lena Okafor"),
     "a compound title that names an organization, then the name"),
    ("Chief of the Ocean Health Organization (OHO) Tomas Berg", ("Chief of the Ocean Health Organization (OHO)", "Tomas Berg"),
     "a role of an organization with its acronym, then the name"),
    ("Norland's Ambassador to the U.K. Ada Brooks", ("Norland's Ambassador to the U.K.", "Ada Brooks"),
     "`to` inside the title, then the name"),
    ("The Harbour Post's Omar Haddad", ("The Harbour Post's", "Omar Haddad"), "an affiliation in the possessive"),
    ("a spokesman for Harbour Mayor Ada Brooks", None, "the name is the object of the role (`for`)"),
    ("an aide to Senator Ada Brooks", None, "the name follows `to` + a title: the aide is someone else"),
    ("People in Port Ellis", None, "a place after a preposition is no name"),
    ("the Harbour Ministry", None, "an organization"),
    ("Senator Ada Brooks's", None, "a possessive is no speaker's name"),
    ("Port Ellis lawyer Jane Roe", ("Port Ellis lawyer", "Jane Roe"), "a place and an unlisted role before the name"),
    ("St. Ives Rovers forward Tom Hale", ("St. Ives Rovers forward", "Tom Hale"),
     "a club whose name holds an abbreviation, a sport role, then the name"),
    ("Brightline Capital senior technology analyst Ravi Menon", ("Brightline Capital senior technology analyst", "Ravi Menon"),
     "an employer and a role of several unlisted words"),
    ("visitors from Port Ellis", None, "a place after a preposition and a plural noun is no titled name"),
]


@pytest.mark.parametrize(("phrase", "expected", "why"), TITLED_NAME_CASES, ids=[c[2] for c in TITLED_NAME_CASES])
def test_speakers_titled_name(phrase: str, expected: tuple | None, why: str) -> None:
    assert titled_name(phrase) == expected, why


def test_speakers_titled_name_resolves_to_a_person_and_teaches_the_surname_and_title() -> None:
    body = ("Harbour Ministry Vice-Minister Lena Okafor said the talks were frank. Okafor said more would follow. "
            "The vice-minister said the port would reopen. She added that fees would fall.")
    resolver = Resolver(body, ())
    got = [resolver.resolve(t, body.index(t)) for t in ("Harbour Ministry Vice-Minister Lena Okafor", "Okafor",
                                                          "The vice-minister", "She")]
    assert [(s.name, s.kind) for s in got] == [("Lena Okafor", "person")] * 4
    assert got[0].title == "Harbour Ministry Vice-Minister"


@pytest.mark.parametrize("phrase", ["A harbour ministry spokesperson", "A Ministry of Harbour Affairs spokesperson"])
def test_speakers_indefinite_role_phrase_with_an_organization_is_a_person(phrase: str) -> None:
    spk = Resolver(phrase + " said so.").resolve(phrase, 0)
    assert spk.kind == "person"


@pytest.mark.parametrize(("phrase", "expected"), [
    ("Lena Okafor", True), ("Sen. Ada Brooks", True), ("The judge", False), ("The OHO", False),
    ("Ada Brooks's", False), ("Okafor", False)])
def test_speakers_is_person_name(phrase: str, expected: bool) -> None:
    assert is_person_name(phrase) is expected


def test_speakers_country_speaks_as_a_state_and_it_refers_back() -> None:
    body = "The U.S. said the tariffs would stay. It added that talks would go on. Norland urged calm."
    resolver = Resolver(body, ())
    us = resolver.resolve("The U.S.", 0)
    it = resolver.resolve("It", body.index("It"))
    assert (us.name, us.kind) == ("United States", "organization")
    assert (it.name, it.kind) == ("United States", "organization")
    assert resolver.resolve("Norland", body.index("Norland")).kind == "person"  # not a country: a name


def test_speakers_country_word_after_a_person_of_that_name_is_the_person() -> None:
    body = "Rep. Ada Jordan said the bill would pass. Jordan said it twice."
    resolver = Resolver(body, ())
    resolver.resolve("Rep. Ada Jordan", 0)
    spk = resolver.resolve("Jordan", body.rindex("Jordan"))
    assert (spk.name, spk.kind) == ("Ada Jordan", "person")


def test_speakers_two_names_joined_are_no_antecedent_of_he() -> None:
    body = "Lena Okafor attended. Talks between Norland and Eastmark went on. He said it went well."
    resolver = Resolver(body, ())
    assert resolver.resolve("He", body.index("He")).name == "Lena Okafor"


@pytest.mark.parametrize("body", [
    "Lena Okafor's plan was debated for hours. Okafor said it would pass.",
    "The talks were led by Lena Okafor. Okafor said it would pass.",
    "Ada Brooks and Lena Okafor led the talks. Okafor said it would pass.",
], ids=["possessive", "sentence end", "two names joined"])
def test_speakers_surname_resolves_to_a_name_written_with_a_possessive_or_at_a_sentence_end(body: str) -> None:
    assert Resolver(body, ()).resolve("Okafor", body.rindex("Okafor")).name == "Lena Okafor"


def test_speakers_phrase_around_a_name_is_no_full_name() -> None:
    body = "One of Okafor's aides left early. Okafor said it would pass."
    assert Resolver(body, ()).resolve("Okafor", body.rindex("Okafor")).name == "Okafor"


def test_speakers_unknown_document_author_stays_none() -> None:
    spk = Resolver("The messages said so.").resolve("The messages", 0)
    assert (spk.name, spk.kind) == (None, "other")


def test_speakers_relative_pronoun_names_its_antecedent() -> None:
    body = "Dr. Rosa Lindqvist, who said the trial was safe, left. The ministry, who said so too, agreed."
    resolver = Resolver(body, ())
    first = resolver.resolve("who", body.index("who"))
    assert (first.text, first.name, first.title, first.kind) == ("who", "Rosa Lindqvist", "Dr.", "person")
    second = resolver.resolve("who", body.rindex("who"))
    assert (second.text, second.kind) == ("who", "organization")
    alone = Resolver("who said it").resolve("who", 0)
    assert (alone.name, alone.kind) == (None, "person")


def _org_named(body: str, name: str) -> Organization:
    start = body.index(name)
    return Organization(org_id(name), name, (OrgMention(start, start + len(name), name),), None)


def test_speakers_he_never_resolves_to_an_organization() -> None:
    body = "Harbour Freight Lines cut 200 jobs at its depot on Monday. He said the firm would grow again."
    spk = Resolver(body, (_org_named(body, "Harbour Freight Lines"),)).resolve("He", body.index("He said"))
    assert (spk.name, spk.kind) == (None, "person")


def test_speakers_it_agrees_with_an_unnamed_organization() -> None:
    body = "The company said it would close the plant. It said the decision was final."
    resolver = Resolver(body)
    assert resolver.resolve("The company", 0).kind == "organization"
    spk = resolver.resolve("It", body.index("It said"))
    assert (spk.name, spk.kind) == (None, "organization")


@pytest.mark.parametrize(("phrase", "expected", "why"), [
    ("Lt. Col. Jane Roe of the Harbour Guard", ("Jane Roe", "person"),
     "a titled person with an affiliation after `of` is the person, not the organization"),
    ("Sen. Mary Stone (D-Mo.)", ("Mary Stone", "person"), "a party tag is no part of the name"),
])
def test_speakers_affiliation_and_party_tag_stay_out_of_the_name(phrase: str, expected: tuple, why: str) -> None:
    body = phrase + " said the storm had passed."
    org = _org_named(body, "Harbour Guard") if "Harbour Guard" in body else None
    spk = Resolver(body, (org,) if org else ()).resolve(phrase, 0)
    assert (spk.name, spk.kind) == expected, why
