"""find_quotes: frames, kinds, text boundaries and the span invariant, as case tables."""
from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from pressroom.extract.quotes import find_quotes
from pressroom.extract.sentences import quote_spans, split_sentences

# (body, expected [(text, kind, speaker, cue)], why)
FRAME_CASES = [
    # Statements only where speech is (issue 19): labels, counts, scores and market subjects say nothing.
    ("THE TAKEAWAY: Shares rose on Tuesday as fuel prices climbed and bank stocks gained ground.", [],
     "a capitals heading before a colon is no speaker"),
    ("READ MORE: Harbour city unveils a new plan to build ten thousand homes by the end of the decade.", [],
     "a link prompt before a colon is no speaker"),
    ("PORT ELLIS: Norland Motors on Thursday said the car market is going through a difficult year.",
     [("the car market is going through a difficult year", "indirect", "Norland Motors", "said")],
     "a capitals dateline opening the story is no speaker; the sentence's own statement stays"),
    ("Harbour added two goals in the third period to seal the win over Ellis.", [],
     "a team adding goals says nothing"),
    ("The composite index added 0.3 per cent to close at 20,145.", [], "a market index says nothing"),
    ("The goalie denied the visitors on three breakaways in the second period.", [], "deny: the sport sense"),
    ("He was called for holding late in the fourth quarter.", [], "a passive `called for` is a penalty"),
    ("The board announced a dividend of 25 cents per share payable in March.", [],
     "an announced dividend is an action, not a statement"),
    ("One delegate, Kelly Smith, told reporters the vote was rigged.",
     [("the vote was rigged", "indirect", "Kelly Smith", "told")],
     "a name in apposition to a described subject is the speaker (was a known failure)"),
    ("Its chief executive, John Doe, said he expected a rebound.",
     [("he expected a rebound", "indirect", "John Doe", "said")], "a role, then the name in apposition"),
    ("Although the roof was badly damaged, the chief said in his opinion the house can be saved.",
     [("in his opinion the house can be saved", "indirect", "the chief", "said")],
     "a clause after the cue: the statement follows it, not the words before the speaker"),
    ("Mr. Chen told shareholders at the annual meeting in Waterloo, Ont., that he was pleased with the results.",
     [("he was pleased with the results", "indirect", "Mr. Chen", "told")],
     "a listener with a place and its commas before `that`"),
    ("Ann Lee, the union's president, said members would vote on Friday.\n\n"
     "The vote follows six months of talks with the city.\n\n"
     "\u201cWe have waited long enough for a fair deal and our members are tired of waiting.\u201d",
     [("members would vote on Friday", "indirect", "Ann Lee", "said"),
      ("We have waited long enough for a fair deal and our members are tired of waiting.", "direct", "Ann Lee", "said")],
     "a quotation paragraph continues the last speaker across a paragraph that names and quotes nobody"),
    ("Ann Lee, the union's president, said members would vote on Friday.\n\n"
     "Mayor Tom Hale met city staff on Thursday to discuss the offer.\n\n"
     "\u201cWe have waited long enough for a fair deal and our members are tired of waiting.\u201d",
     [("members would vote on Friday", "indirect", "Ann Lee", "said")],
     "... but not across a paragraph that names another person"),
    ("The premier responded, writing on Facebook that the province would not back down.",
     [("the province would not back down", "indirect", "The premier", "writing")],
     "a participle after a medium and before `that`; premier is a role"),
    ("The mayor of St. Albert, Cathy Heron, said the city would appeal.",
     [("the city would appeal", "indirect", "Cathy Heron", "said")],
     "a described role with a place name in it, then the name in apposition"),
    ("The mayor was told by the fire chief that the station would close in the spring.",
     [("the station would close in the spring", "indirect", "the fire chief", "told")],
     "a passive tell: the agent after `by` speaks, the subject listened"),
    ("The mayor had been told that the station would close in the spring.",
     [("the station would close in the spring", "indirect", None, "told")],
     "a passive tell with no agent: a statement with no speaker, never the listener"),
    ("He was quoted as saying the plan would fail.",
     [("the plan would fail", "indirect", "He", "saying")], "`was quoted as saying`: the subject said it"),
    ("Price said the index would recover by the spring.",
     [("the index would recover by the spring", "indirect", "Price", "said")],
     "a capitalised market word is a surname, and a speaker"),
    ("Hale added an empty-net goal with 1:12 left in the third period.", [],
     "a score object: a participle closing it makes no clause"),
    ("Ann Lee reported from Harbour City.", [], "a reporter's place is no statement"),
    ("All told, up to five million residents could be eligible for the programme.", [], "`All told` is an idiom"),
    ("Those promises add up to more than $8.5 million.", [], "`add up` reports nothing"),
    ("The measures were added by the council on other issues.", [], "a passive agent after a cue is no statement"),
    ("The defence ministers all urged a larger role for the alliance.",
     [("a larger role for the alliance", "indirect", "The defence ministers all", "urged")],
     "`all` before a cue inside a sentence is no idiom"),
    ("The board replaced the trustees it dismissed last October.", [], "an object that is only a time reports nothing"),
    ("Tom Hale added a two-run home run, picking up his first career hit.", [],
     "a score object ends at its comma: the participle after it is no verb of a clause"),
    ("Harbour claimed a well-earned 22-7 victory at the stadium on Sunday.", [], "a game's score makes a count"),
    ("The minister wrote to the mayor of Port Ellis after requesting the figures.", [],
     "an addressee after `to` and no clause: a letter was written, nothing reported"),
    ("Harbour's quality told as Tom Hale crossed over in the second half.", [],
     "`told` then a subordinate clause: an effect, not speech"),
    ("The retailer reported a profit of $1.78 per share, above what analysts expected.",
     [("a profit of $1.78 per share, above what analysts expected", "indirect", "The retailer", "reported")],
     "report with a business result: figures somebody gave stay a statement"),
    ("The ministry said 2,093 of the released emails were redacted.",
     [("2,093 of the released emails were redacted", "indirect", "The ministry", "said")],
     "a number opening a clause whose verb comes later"),
    ("Ann Lee says the main goal of the effort is to reach every voter.",
     [("the main goal of the effort is to reach every voter", "indirect", "Ann Lee", "says")],
     "a score noun inside a subject with its verb further on"),
    ("Police said two men were arrested near the harbour.",
     [("two men were arrested near the harbour", "indirect", "Police", "said")],
     "a count that opens a clause with its verb is still reported speech"),
    ('"This is a major step forward for patients," said lead author Dr. Ann Roe, a cardiologist at the city hospital.',
     [("This is a major step forward for patients", "direct", "lead author Dr. Ann Roe", "said")],
     "inverted cue: unlisted role words and an honorific before the name, then a long appositive"),
    ('"We played hard tonight," said St. Ives Rovers forward Tom Hale.',
     [("We played hard tonight", "direct", "St. Ives Rovers forward Tom Hale", "said")],
     "inverted cue: the phrase runs past a club name with an abbreviation to the player's name"),
    ("The plan will fail, the minister said.",
     [("The plan will fail", "indirect", "the minister", "said")], "postposed speaker and cue"),
    ("The minister said that the plan will fail.",
     [("the plan will fail", "indirect", "The minister", "said")], "preposed cue; `that` left out"),
    ("The plan will fail, said Ana Ruiz, a senior adviser.",
     [("The plan will fail", "indirect", "Ana Ruiz", "said")], "inverted cue with an appositive"),
    ("According to the ministry, exports rose by a tenth.",
     [("exports rose by a tenth", "indirect", "the ministry", "According to")], "according to, preposed"),
    ("Exports rose by a tenth, according to the ministry.",
     [("Exports rose by a tenth", "indirect", "the ministry", "according to")], "according to, postposed"),
    ('"We are ready," she said.',
     [("We are ready", "direct", "she", "said")], "direct quote; trailing comma dropped"),
    ('"We are ready," she said. "The bridge opens on Monday."',
     [("We are ready", "direct", "she", "said"), ("The bridge opens on Monday.", "direct", "she", "said")],
     "quote split around its attribution: two rows, one speaker"),
    ("He said the delay was \u201ca serious mistake\u201d by the builders.",
     [("the delay was \u201ca serious mistake\u201d by the builders", "mixed", "He", "said")], "partly quoted: mixed"),
    ("Prices will fall, the agency said, adding that wages will rise.",
     [("Prices will fall", "indirect", "the agency", "said"), ("wages will rise", "indirect", "the agency", "adding")],
     "adding that: a second statement, same speaker"),
    ("Stressing in the report that water is scarce, the board said that farms must adapt.",
     [("water is scarce", "indirect", "the board", "Stressing"), ("farms must adapt", "indirect", "the board", "said")],
     "participle opener: two statements"),
    ("The mayor thanked the crews and said the roads would reopen soon.",
     [("the roads would reopen soon", "indirect", "The mayor", "said")], "coordinated cue shares the subject"),
    ("\u2018It is a good day,\u2019 said Omar Haddad.",
     [("It is a good day", "direct", "Omar Haddad", "said")], "single curly marks as quotation marks"),
    ("''It is a good day,'' Mr. Haddad said.",
     [("It is a good day", "direct", "Mr. Haddad", "said")], "two apostrophes as a double mark"),
    ("Grain prices will climb next spring, a Dutch expert on the Baltic grain trade has said.",
     [("Grain prices will climb next spring", "indirect", "a Dutch expert on the Baltic grain trade", "said")],
     "postposed: long speaker with a prepositional phrase and perfect aspect"),
    ("The old canal, the engineer said, would be drained by the end of May.",
     [("The old canal", "indirect", "the engineer", "said"), ("would be drained by the end of May", "indirect", "the engineer", "said")],
     "parenthetical attribution: both parts of the statement"),
    ("In a short interview, the engineer said, the canal would be drained.",
     [("the canal would be drained", "indirect", "the engineer", "said")], "parenthetical after a scene-setting phrase"),
    ("The coach said, however, that the team would not change.",
     [("the team would not change", "indirect", "The coach", "said")], "aside adverb between cue and clause"),
    ("The bank assured savers the deposits were safe.",
     [("the deposits were safe", "indirect", "The bank", "assured")], "assure: listener skipped"),
    ("The firm had told shareholders the sale would close in June.",
     [("the sale would close in June", "indirect", "The firm", "told")], "tell + a bare plural listener, no that"),
    ("The warden urged hikers to stay on the marked trails, citing the fog.",
     [("hikers to stay on the marked trails", "indirect", "The warden", "urged")], "urge + object + infinitive"),
    ("The author talked about her years on the island.",
     [("her years on the island", "indirect", "The author", "talked about")], "talk about + topic"),
    ("Farmers called for a ban on the new pesticide.",
     [("a ban on the new pesticide", "indirect", "Farmers", "called for")], "call for + object"),
    ("The host asked the pilot on Sunday whether the flight was safe.",
     [("whether the flight was safe", "indirect", "The host", "asked")], "ask + listener + whether"),
    ("The coach asked the players to train twice a day.",
     [("the players to train twice a day", "indirect", "The coach", "asked")], "ask + object + infinitive"),
    ("Asked whether he would leave, the coach said he had no such plans.",
     [("whether he would leave", "indirect", None, "Asked"), ("he had no such plans", "indirect", "the coach", "said")],
     "sentence-opening `Asked whether`: the question, asker unnamed"),
    ("Rep. Lena Ortiz (D-Ore.) said the bill would cut fees.",
     [("the bill would cut fees", "indirect", "Rep. Lena Ortiz (D-Ore.)", "said")], "speaker with a party tag"),
    ("Jon Park, the head of a group that sued the city's water board, said the rates were too high.",
     [("the rates were too high", "indirect", "Jon Park", "said")], "appositive with a possessive apostrophe"),
    ("In a phone interview, Ms. Vale rejected the report and said that the school would stay open.",
     [("the school would stay open", "indirect", "Ms. Vale", "said")], "coordinated cue after an opening phrase"),
    ("The board approved the budget, the chairman said, while the union called the vote a mistake.",
     [("The board approved the budget", "indirect", "the chairman", "said"),
      ("the vote a mistake", "indirect", "the union", "called")], "content ends before `, while`"),
    ("As the Gazette reported on Friday, the dam had been inspected twice.",
     [("the dam had been inspected twice", "indirect", "the Gazette", "reported")], "`As X reported, A`"),
    ("As reported by the Gazette, the dam had been inspected twice.",
     [("the dam had been inspected twice", "indirect", "the Gazette", "reported")], "`As reported by X, A`"),
    ("The dam had been inspected twice, as the Gazette reported.",
     [("The dam had been inspected twice", "indirect", "the Gazette", "reported")], "`A, as X reported`"),
    ("The plan angered farmers who say the new fees will ruin them.",
     [("the new fees will ruin them", "indirect", "who", "say")], "relative pronoun as the speaker"),
    ("Bus fares will double next year, said a Danish scholar on Tuesday.",
     [("Bus fares will double next year", "indirect", "a Danish scholar", "said")],
     "inverted: role noun speaker, time phrase cut from the speaker"),
    ("The port will reopen soon, said Ida Berg, an engineer and adviser to the regional shipping board, in a radio interview.",
     [("The port will reopen soon", "indirect", "Ida Berg", "said")], "inverted: long appositive, then a phrase"),
    ("The senator called the merger \"a bad deal\" for farmers.",
     [("the merger \"a bad deal\" for farmers", "mixed", "The senator", "called")], "call + object + quotation: mixed"),
    ("\u201cCan we win this?\u201d Coach Rita Moss said to the team.",
     [("Can we win this?", "direct", "Coach Rita Moss", "said")], "no sentence break between a `?` quotation and its attribution"),
    ("Then she turned to the budget: \u201cWe cannot pay for all of it,\u201d she said.",
     [("We cannot pay for all of it", "direct", "she", "said")], "quotation after a colon, attribution after it"),
    ("By a wide margin, those polled said the tax should stay.",
     [("the tax should stay", "indirect", "those polled", "said")], "determiner + survey participle as the speaker"),
    ("MORALES: We are not leaving the table.\n\nQ: Why not?",
     [("We are not leaving the table", "indirect", "MORALES", ":")], "transcript turn: capitals label and colon"),
    # A name ending in -ly is a speaker, not an adverb before the cue.
    ('"We will not back down," Kelly said.',
     [("We will not back down", "direct", "Kelly", "said")], "name ending in -ly before the cue"),
    ("Farmers \u2014 and some traders \u2014 say that the new levy will ruin the market.",
     [("the new levy will ruin the market", "indirect", "Farmers", "say")], "a dash aside inside the subject"),
    ("The judge -- who has heard the case twice -- said the ruling would stand.",
     [("the ruling would stand", "indirect", "The judge", "said")], "a double-hyphen aside after a common-noun subject"),
    ("Residents campaigning for a new clinic say the town has ignored them for years.",
     [("the town has ignored them for years", "indirect", "Residents campaigning for a new clinic", "say")],
     "a participle phrase after a role noun"),
    ("Officials involved in the talks said the deal was close.",
     [("the deal was close", "indirect", "Officials involved in the talks", "said")],
     "a past participle after a role noun"),
    ("About 42% say the economy is improving.",
     [("the economy is improving", "indirect", "About 42%", "say")], "a percentage as the subject"),
    ("Of the voters polled, about half, 51 percent, say the plan is fair.",
     [("the plan is fair", "indirect", "51 percent", "say")], "a poll figure set off by commas"),
    ("In 2019, Mara Lindqvist said the bridge would be rebuilt within a year.",
     [("the bridge would be rebuilt within a year", "indirect", "Mara Lindqvist", "said")],
     "a year set off by a comma before the speaker is not part of the speaker"),
    ("The audit, however, suggests the budget will not be balanced by June.",
     [("the budget will not be balanced by June", "indirect", "The audit", "suggests")],
     "a discourse adverb set off by commas between subject and cue"),
    ("Reached at home, she said by telephone that the vote had been postponed.",
     [("the vote had been postponed", "indirect", "she", "said")],
     "a means of speaking (by telephone) before the that-clause"),
    ('Okafor backed the bill in early June, but only after publicly weighing the decision, telling reporters in May '
     'that she was "not ready to commit."',
     [('she was "not ready to commit."', "mixed", "Okafor", "telling")],
     "a month before a comma is not the speaker of a participle cue"),
    ("Last fall, 1,250 nurses said the ward was short of staff every night.",
     [("the ward was short of staff every night", "indirect", "1,250 nurses", "said")],
     "a thousands separator inside a number subject"),
    ("In her reply, Dana Okafor, the head of the school board, said on Monday that the budget was balanced.",
     [("the budget was balanced", "indirect", "Dana Okafor", "said")],
     "a scene-setting phrase before the speaker is not the statement"),
    ("Ruiz, who said the levee was sound, told reporters that the river would crest on Friday.",
     [("the levee was sound", "indirect", "who", "said"), ("the river would crest on Friday", "indirect", "Ruiz", "told")],
     "a relative clause with its own statement ends before the main cue"),
    ("While Ruiz said the levee was sound, she said the pumps were too old.",
     [("the levee was sound", "indirect", "Ruiz", "said"), ("the pumps were too old", "indirect", "she", "said")],
     "a statement in a subordinate clause ends at the main clause's subject"),
    ("While Ruiz said the levee was sound, she looked worried.",
     [("the levee was sound", "indirect", "Ruiz", "said")], "a subordinate statement ends before the main clause"),
    ("One in three said the fees were fair and one in four said they were too high.",
     [("the fees were fair", "indirect", "One in three", "said"), ("they were too high", "indirect", "one in four", "said")],
     "a second subject after `and` starts a second statement"),
    ("The mayor, a former judge, said the Ortiz family had been warned.",
     [("the Ortiz family had been warned", "indirect", "The mayor", "said")],
     "an -ly noun after the cue is no adverb: `said the Ortiz family ...` is a clause, not an inverted speaker"),
    ("She won the crowd with long speeches and promises to cut taxes if elected, Ruiz said.",
     [("She won the crowd with long speeches and promises to cut taxes if elected", "indirect", "Ruiz", "said")],
     "a noun homograph after `and` is not a second verb of the subject"),
    ('"Why do they pay lower rates than you do?" Mrs. Clinton asked.',
     [("Why do they pay lower rates than you do?", "direct", "Mrs. Clinton", "asked")],
     "a question then a speaker with an abbreviated title: one sentence"),
    ("Ruiz said the levee had been neglected for years, whereas Ortiz acknowledged that repairs were late.",
     [("the levee had been neglected for years", "indirect", "Ruiz", "said"),
      ("repairs were late", "indirect", "Ortiz", "acknowledged")],
     "a second cue with its own subject after `whereas` starts a second statement"),
    ("The dean asked the students if they had read the report.",
     [("if they had read the report", "indirect", "The dean", "asked")],
     "ask + a listener the general listener pattern overreads, then `if`"),
    ('"We will rebuild the levee," said one district flood official. "Then we will widen it."',
     [("We will rebuild the levee", "direct", "one district flood official", "said"),
      ("Then we will widen it.", "direct", "one district flood official", "said")],
     "after a quotation, an inverted speaker with words outside the role lists"),
    ('"It was a long night," said the 46-year-old.',
     [("It was a long night", "direct", "the 46-year-old", "said")], "an age as the speaker's head"),
    ("But a person familiar with the planning for the meeting said the vote would be delayed.",
     [("the vote would be delayed", "indirect", "a person familiar with the planning for the meeting", "said")],
     "an opener before a long determiner-led subject ending in an -ing noun"),
    ("The bridge needs new cables, engineers say; in 2019, one snapped.",
     [("The bridge needs new cables", "indirect", "engineers", "say")],
     "a semicolon after a postposed cue starts a new clause"),
    ("If only a few seats are at stake, the party said, it may not ask for a recount.",
     [("If only a few seats are at stake", "indirect", "the party", "said"),
      ("it may not ask for a recount", "indirect", "the party", "said")],
     "a parenthetical attribution after a subordinate clause: both parts"),
    ("One former employee, speaking on condition of anonymity, said the charity paid the fees.",
     [("the charity paid the fees", "indirect", "One former employee", "said")],
     "a participle appositive after a person noun"),
    ('"The count is not over yet," said one of those volunteers, who asked not to be named.',
     [("The count is not over yet", "direct", "one of those volunteers", "said")],
     "a partitive speaker after an inverted cue"),
    ("On Friday, Texas, leading a group of states, asked a federal judge to block the rules.",
     [("a federal judge to block the rules", "indirect", "Texas", "asked")],
     "an infinitive after the cue's object: a request, not an inverted speaker"),
    ("The mill will close in June, the local paper reports.",
     [("The mill will close in June", "indirect", "the local paper", "reports")],
     "a noun-homograph cue closing its sentence after a speaker is a verb"),
    ('"The vote is delayed," the Herald\'s senior politics editor Ada Brooks said.',
     [("The vote is delayed", "direct", "the Herald's senior politics editor Ada Brooks", "said")],
     "a possessive inside a long title before the name"),
    ("More than six in 10 said the fees were too high; 46 percent said they would not pay.",
     [("the fees were too high", "indirect", "More than six in 10", "said"),
      ("they would not pay", "indirect", "46 percent", "said")],
     "a quantifier subject (`more than`), and a second statement after a semicolon"),
    ("Ana Ruiz, the mayor's spokeswoman, told the Herald last week that the bridge would reopen.",
     [("the bridge would reopen", "indirect", "Ana Ruiz", "told")],
     "a listener then a that-clause: no inverted speaker after the cue"),
    ("The bridge must be repaired before winter, the rights group says.",
     [("The bridge must be repaired before winter", "indirect", "the rights group", "says")],
     "a plural noun after a determiner inside a speaker phrase"),
    ("People with direct knowledge of the talks said the deal was close.",
     [("the deal was close", "indirect", "People with direct knowledge of the talks", "said")],
     "a person noun opens a longer subject"),
    ("The senator blasted the new budget, calling it a gift to lobbyists.",
     [("the new budget", "indirect", "The senator", "blasted"), ("it a gift to lobbyists", "indirect", "The senator", "calling")],
     "participle after an object content"),
    ('The coach praised the team\'s "relentless spirit under pressure," noting that three players were injured.',
     [('the team\'s "relentless spirit under pressure,"', "indirect", "The coach", "praised"),
      ("three players were injured", "indirect", "The coach", "noting")], "participle after a comma inside a quote mark"),
    ("The mayor said the park would reopen, recalling that it had flooded twice.",
     [("the park would reopen", "indirect", "The mayor", "said"), ("it had flooded twice", "indirect", "The mayor", "recalling")],
     "any speech participle opens a second statement"),
    ('"The talks went well," the envoy told reporters, before insisting that no deal was near.',
     [("The talks went well", "direct", "the envoy", "told"), ("no deal was near", "indirect", "the envoy", "insisting")],
     "participle after `before`"),
    ("The governor told the crowd the plan was dead while warning that the budget would not pass.",
     [("the plan was dead", "indirect", "The governor", "told"), ("the budget would not pass", "indirect", "The governor", "warning")],
     "participle after `while`, no comma"),
    ("Sales fell by a third last year, according to the trade group, but prices held steady.",
     [("Sales fell by a third last year", "indirect", "the trade group", "according to")],
     "mid-sentence according to closes the clause before it (a conjunction follows)"),
    ("The deal was signed in secret, according to Lena Park, who advised the board.",
     [("The deal was signed in secret", "indirect", "Lena Park", "according to")],
     "mid-sentence according to with a relative clause about the source"),
    ("In 2019, according to the agency, the firm lost half of its clients.",
     [("the firm lost half of its clients", "indirect", "the agency", "according to")],
     "after a short opening phrase according to still opens the content"),
    ("Nurses who work night shifts say the new rota is unsafe.",
     [("the new rota is unsafe", "indirect", "Nurses", "say")], "speaker with a short relative clause"),
    ("Mr. Ortiz, who chairs the panel, said he was sure the vote would pass.",
     [("he was sure the vote would pass", "indirect", "Mr. Ortiz", "said")],
     "a pronoun then a verb after the cue is the content, not an inverted speaker"),
    ("Sen. Ana Reyes (D-N.M.), said on Friday that the bill was dead.",
     [("the bill was dead", "indirect", "Sen. Ana Reyes (D-N.M.)", "said")], "comma after a party tag"),
    ("The ministry said the bridge would reopen under Anna Berg, who led the last repair.",
     [("the bridge would reopen under Anna Berg", "indirect", "The ministry", "said")],
     "content ends before a relative clause about a name (a writer's aside)"),
    ("The council said the vote was lost by the people who live near the port.",
     [("the vote was lost by the people who live near the port", "indirect", "The council", "said")],
     "a relative clause after a common noun defines it: kept"),
    ("The mayor said the town would build a new dam, a plan that has split the valley.",
     [("the town would build a new dam", "indirect", "The mayor", "said")],
     "content ends before a closing appositive"),
    ("The coach said the team would play on Sunday but declined to name the players.",
     [("the team would play on Sunday", "indirect", "The coach", "said")],
     "content ends before a second predicate of the speaker (but declined ...)"),
    ('"We will win," the mayor said when asked whether she would run again next year.',
     [("We will win", "direct", "the mayor", "said"), ("whether she would run again next year", "indirect", None, "asked")],
     "when asked + a question: the question is reported, its asker unnamed"),
    ("Asked on the radio why the plant was closed, the governor declined to comment.",
     [("why the plant was closed", "indirect", None, "Asked")],
     "sentence-opening Asked + a question with no main statement"),
    ("The mayor said that\u2019s not true of the new bridge.",
     [("that\u2019s not true of the new bridge", "indirect", "The mayor", "said")],
     "`that` with a contraction is the clause's subject: kept"),
    ("The mayor said that is unlikely before the spring.",
     [("that is unlikely before the spring", "indirect", "The mayor", "said")],
     "`that` before a finite verb is the clause's subject: kept"),
    ("Lena Varga, an economist at the port authority, held that the tariffs will hurt exporters most.",
     [("the tariffs will hurt exporters most", "indirect", "Lena Varga", "held")],
     "held + that-clause reports a view"),
    ('"We will not sell," Omar Haddad said.\n\nLena Varga, his business partner, took a softer line. '
     '"Selling a share to the city could still make sense."',
     [("We will not sell", "direct", "Omar Haddad", "said"),
      ("Selling a share to the city could still make sense.", "direct", "Lena Varga", None)],
     "a lead-in sentence about a named person, then a quotation with no cue: the named person's"),
    ("The senator talked about immigration.",
     [("immigration", "indirect", "The senator", "talked about")],
     "a topic cue's object may be one word"),
    ("Ports will stay open and fees will fall this year, said Ma.",
     [("Ports will stay open and fees will fall this year", "indirect", "Ma", "said")],
     "a two-letter surname closing the sentence loses the full stop"),
    ("Harbour Ministry spokesperson Lena Okafor on Thursday condemned the report and urged the board to reopen the port.",
     [("the board to reopen the port", "indirect", "Harbour Ministry spokesperson Lena Okafor", "urged")],
     "a time phrase after the shared subject is not part of the speaker"),
    ("In Norland, the authorities are pressing foreign reporters, warning them to stay away from the square.",
     [("them to stay away from the square", "indirect", "the authorities", "warning")],
     "a sentence-opening place phrase is not the subject"),
    ("Trade rose by a tenth on Monday.According to the bureau, exports rose too.",
     [("exports rose too", "indirect", "the bureau", "According to")],
     "a full stop with its space lost still ends a sentence"),
    ("A farmer in Lindale, Norland, told reporters the harvest had failed twice.",
     [("the harvest had failed twice", "indirect", "A farmer", "told")],
     "a place and its region set off by commas: the speaker is the phrase before them"),
    ('Kai Berg urged the United States to stop the tariffs, which are "the real cause of the slowdown in the region."',
     [("the United States to stop the tariffs", "indirect", "Kai Berg", "urged"),
      ("the real cause of the slowdown in the region.", "direct", "Kai Berg", "urged")],
     "a capitalised cue word inside a name (`States`) is no cue of a later quotation"),
    ("The mayor told the council they would vote on the budget in May.",
     [("they would vote on the budget in May", "indirect", "The mayor", "told")],
     "the listener of told ends before a word that opens the clause (`they`, `the`)"),
    ("Ada Brooks, a nurse, told reporters the ward was full.",
     [("the ward was full", "indirect", "Ada Brooks", "told")],
     "a tell verb takes a listener, never an inverted speaker (`, told reporters` is no `said X`)"),
    ("This complaint came within two days of Norland denying that the port was closed.",
     [("the port was closed", "indirect", "Norland", "denying")],
     "a speaker's prefix stops at a preposition (`within`): the gerund's subject is the name"),
    ('"We will not sell," Omar Haddad said.\n\nThe Norland spokesman, Lena Okafor, expressed hope the city will '
     '"keep the port open for every ship that needs it."',
     [("We will not sell", "direct", "Omar Haddad", "said"),
      ("keep the port open for every ship that needs it.", "direct", "The Norland spokesman", None)],
     "a long quotation inside a sentence about a person, no cue: that person's, not the previous speaker's"),
]


@pytest.mark.parametrize(("body", "expected", "why"), FRAME_CASES, ids=[c[2] for c in FRAME_CASES])
def test_quotes_frames(body: str, expected: list, why: str) -> None:
    got = [(q.text, q.kind, q.speaker, q.cue) for q in find_quotes(body)]
    assert got == expected, why


# (body, why): nothing here is a quote
NOT_QUOTE_CASES = [
    ("Critics attacked his proposed ban on imports from the region.", "a participle after a possessive is an adjective"),
    ("Editor's note: This story was updated to correct the date of the council vote.",
     "a noun homograph of a cue after a possessive is a noun"),
    ("The governor called Ms. Alvarez shortly after the results were announced.",
     "call + a name + a time phrase is a telephone call, not a naming"),
    ('Delegates gathered for the "two sessions" in March.', "scare quotes around a term"),
    ('She read "The Old Man and the Sea" twice.', "title of a work"),
    ("The department also explained its cooperation with the agency.", "explain + topic, no that-clause"),
    ("Some states remained too close to call.", "noun homograph of a cue word"),
    ("The Washington Post published the story.", "capitalised cue word inside a name"),
    ("", "empty body"),
    ("The singer was criticized on social media for the remarks.", "passive object cue: no object content"),
    ("UPDATE: The road has reopened.", "a note label, not a transcript turn"),
    ("She joined a program called Safe Streets last year.", "call naming a thing, no quotation"),
    ("The campaign hired a firm called Northwind Analytics, which is owned by a donor.",
     "a common noun named by `called`, then a relative clause"),
    ("The port is in no position to lower fees, let alone asserting a monopoly.",
     "a fixed phrase (`let alone`) before a participle is no speaker"),
    ("The senator talked about it.", "a topic cue's object that is only a pronoun reports nothing"),
    ("The summit was held in Lisbon because the hotels there were cheaper.", "held without a that-clause: a meeting"),
    ("The board held talks on Monday that lasted late into the night.", "held + object + relative that: no statement"),
]


@pytest.mark.parametrize(("body", "why"), NOT_QUOTE_CASES, ids=[c[1] for c in NOT_QUOTE_CASES])
def test_quotes_not_quotes(body: str, why: str) -> None:
    assert find_quotes(body) == (), why


def test_quotes_case_tables_have_no_duplicates() -> None:
    assert len({c[0] for c in FRAME_CASES}) == len(FRAME_CASES)
    assert len({c[0] for c in NOT_QUOTE_CASES}) == len(NOT_QUOTE_CASES)


def test_quotes_paragraph_continuation() -> None:
    body = '"The first part stays open.\n\n"The second part closes it," he said.'
    quotes = find_quotes(body)
    assert [(q.text, q.paragraph_index, q.speaker) for q in quotes] == [
        ("The first part stays open.", 0, "he"), ("The second part closes it", 1, "he")]


def test_quotes_spans_and_offsets_index_body() -> None:
    body = ("Officials said on Monday that the dam is safe.\n\n"
            '"We checked every gate," said Li Wen, the chief engineer. "Nothing is loose."\n\n'
            "Li said inspections will continue, adding that the reservoir is half full.")
    quotes = find_quotes(body)
    assert len(quotes) == 5
    for q in quotes:
        assert body[q.start:q.end] == q.text
        assert body[q.speaker_start:q.speaker_end] == q.speaker
        assert body[q.cue_start:q.cue_end] == q.cue
        assert q.paragraph_index == body.count("\n\n", 0, q.start)
    assert [q.start for q in quotes] == sorted(q.start for q in quotes)
    assert quotes[-1].speaker_name == "Li Wen"  # surname resolved to the full name


# (text, expected inner texts, why)
SPAN_CASES = [
    ('a "b c" d', ["b c"], "straight double marks"),
    ("a \u201cb c\u201d d", ["b c"], "curly double marks"),
    ("don\u2019t \u2018b c\u2019 it\u2019s", ["b c"], "apostrophes are not marks"),
    ('"open to the end', ["open to the end"], "an unclosed mark runs to the paragraph end"),
]


@pytest.mark.parametrize(("text", "expected", "why"), SPAN_CASES, ids=[c[2] for c in SPAN_CASES])
def test_quotes_quote_spans(text: str, expected: list, why: str) -> None:
    assert [text[o + 1:c] for o, c in quote_spans(text, 0, len(text))] == expected, why


def test_quotes_sentences_do_not_break_inside_quotes() -> None:
    body = '"One. Two," he said. Mr. Smith left on Jan. 5. Then it rained.'
    sentences, _ = split_sentences(body)
    assert [body[s.start:s.end] for s in sentences] == [
        '"One. Two," he said.', "Mr. Smith left on Jan. 5.", "Then it rained."]


@given(st.text(alphabet='ab Smith said told, according to It the ministry "\u201c\u201d\u2018\u2019\'.:;\n\u00a0-', max_size=300))
def test_quotes_spans_hold_on_any_text(body: str) -> None:
    for q in find_quotes(body):
        assert q.text and body[q.start:q.end] == q.text
        assert q.kind in ("direct", "indirect", "mixed")
        if q.speaker_start is not None:
            assert body[q.speaker_start:q.speaker_end] == q.speaker
        if q.cue_start is not None:
            assert body[q.cue_start:q.cue_end] == q.cue


def test_quotes_speaker_span_keeps_odd_spaces() -> None:
    body = "Then\u00a0the city\u00a0council said the budget is balanced."
    (q,) = find_quotes(body)
    assert body[q.speaker_start:q.speaker_end] == q.speaker
