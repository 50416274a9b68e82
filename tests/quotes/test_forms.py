"""PolNeAR attribution forms beyond ``X said that Y``: colon cues, ``as`` clauses, relative pronouns, verb groups."""

from __future__ import annotations

import pytest

from newsgraph.eval.quotes import source_span
from newsgraph.quotes import attribution
from newsgraph.quotes.cues import tense

TEXT = (
    "Graham: Trump’s rhetoric is destroying the party\n\n"
    "As the Times noted, the senator raised $1 million from bankers last year.\n\n"
    "Kerry, who said the deal was fair, left the talks early.\n\n"
    "Warren has in the past called for a ban on fracking.\n\n"
    "“It’s doable,” Risch told The Spokesman-Review on Monday. “Is it going to happen? Nobody knows.”\n\n"
    "The governor called the plan “a disaster for farmers.”\n\n"
    "In the three years since the shooting, Barden says, far too many lives have been lost.\n\n"
    "A broader swath of Republican voters appears to be moving behind Trump.\n\n"
    "LONDON (Reuters) - Donald Trump said he was unlikely to have a good relationship with David Cameron.\n\n"
    "Cleveland (AFP) – Ted Cruz said Thursday that the convention would be open to every delegate.\n\n"
    "Sanders: Clinton Email Story Has Moved\n\n"
    "The Latest: Cruz to give away engraved shotgun\n\n"
    "Clinton: 547.\n\n"
    "“This is the moment they told us would never happen,” Rubio said Monday night.\n\n"
    "“They told me we had no chance.”\n\n"
    "“That is simply not true,” Cruz replied.\n\n"
    "A greater percentage of Democratic registered voters view the Vermont senator as likable, honest and "
    "competent than they did just two months ago, according to a new Associated Press-GfK poll.\n\n"
    "Sanders said he had received offers for the gun, but the offers were to use it in a fashion he did not like.\n\n"
    "Cruz said the race was over, but Rubio insisted that it was not.\n\n"
    "Trump mocked the protesters on Tuesday, telling the crowd “Some people get a little carried away, have you noticed that?”\n\n"
    "Clinton is calling for the United States to step up military efforts in Syria.\n"
)


def _with(quotes, needle: str, text: str = TEXT):
    """The quote whose content (in ``text``) holds ``needle``."""
    (quote,) = [q for q in quotes if needle in text[q.content_span[0] : q.content_span[1]]]
    return quote


def test_colon_headline_is_an_attribution(quotes) -> None:
    quote = _with(quotes, "rhetoric is destroying")
    assert quote.cue.text == ":" and quote.speaker.text == "Graham"


def test_colon_cue_takes_capitalised_names_not_labels_or_tallies(quotes) -> None:
    quote = _with(quotes, "Email Story Has Moved")
    assert quote.cue.text == ":" and quote.speaker.text == "Sanders"
    assert not [q for q in quotes if "engraved shotgun" in TEXT[slice(*q.content_span)] or "547" in TEXT[slice(*q.content_span)]]


def test_quotation_continued_after_its_frame_is_one_statement(quotes) -> None:
    quote = _with(quotes, "would never happen")
    assert "we had no chance" in quote.text and quote.speaker.text == "Rubio"
    assert _with(quotes, "simply not true").speaker.text == "Cruz"  # a new frame is a new statement


def test_according_to_stands_when_the_verb_it_qualifies_runs_over_it(quotes) -> None:
    quote = _with(quotes, "view the Vermont senator")
    assert quote.cue.text == "according to" and quote.speaker.text == "a new Associated Press-GfK poll"


def test_second_clause_hung_on_the_cue_stays_in_the_content_unless_it_is_a_cue(quotes) -> None:
    assert TEXT[slice(*_with(quotes, "offers for the gun").content_span)].endswith("he did not like")
    assert TEXT[slice(*_with(quotes, "race was over").content_span)] == "the race was over"
    assert _with(quotes, "it was not").speaker.text == "Rubio"


def test_recipient_object_gives_way_to_the_quotation_the_verb_frames(quotes) -> None:
    quote = _with(quotes, "carried away")
    assert quote.cue.lemma == "tell" and quote.kind == "direct" and "the crowd" not in quote.text
    assert quote.speaker is None or quote.speaker.text != "you"


def test_for_infinitive_clause_is_the_content(quotes) -> None:
    quote = _with(quotes, "step up military efforts")
    assert quote.cue.text == "is calling for" and quote.speaker.text == "Clinton"
    assert TEXT[slice(*quote.content_span)] == "the United States to step up military efforts in Syria"


def test_as_clause_reports_the_main_clause(quotes) -> None:
    quote = _with(quotes, "raised $1 million")
    assert quote.cue.lemma == "note" and quote.speaker.text == "the Times"


def test_relative_pronoun_source_names_its_antecedent(nlp) -> None:
    doc = nlp(TEXT)
    quote = _with(doc._.quotes, "the deal was fair")
    assert quote.speaker.text == "Kerry" and TEXT[slice(*quote.speaker.span)] == "Kerry"
    start = TEXT.index("who")
    assert source_span(doc, quote) == (start, start + 3)  # PolNeAR marks the pronoun


def test_cue_keeps_its_whole_verb_group(quotes) -> None:
    assert _with(quotes, "a ban on fracking").cue.text == "has in the past called for"


def test_interrupted_quote_skips_the_recipient(quotes) -> None:
    quote = _with(quotes, "It’s doable")
    assert "Nobody knows" in quote.text and quote.cue.text == "told"


def test_object_content_keeps_its_predicate(quotes) -> None:
    assert "a disaster for farmers" in _with(quotes, "the plan").text


def test_parenthetical_cue_keeps_its_source(quotes) -> None:
    quote = _with(quotes, "far too many lives")
    assert quote.speaker.text == "Barden" and "Barden" not in quote.text



def test_dateline_is_not_the_source(quotes) -> None:
    assert _with(quotes, "good relationship").speaker.text == "Donald Trump"
    assert _with(quotes, "open to every delegate").speaker.text == "Ted Cruz"  # title-case place with an agency


def test_raising_verb_content_holds_its_subject(quotes) -> None:
    quote = _with(quotes, "moving behind Trump")
    assert quote.cue.lemma == "appear" and quote.speaker is None
    assert TEXT[slice(*quote.content_span)] == "A broader swath of Republican voters appears to be moving behind Trump"


def test_agentless_passive_has_no_source(nlp) -> None:
    """``delegates who are expected to support …``, ``was asked to``: no one is named as expecting or asking."""
    doc = nlp(
        "The caucus is the first step in determining delegates who are expected to support candidates at the convention.\n\n"
        "The senator was asked to name a single achievement."
    )
    passives = [q for q in doc._.quotes if q.cue and q.cue.lemma in ("expect", "ask")]
    assert len(passives) == 2 and all(q.speaker is None for q in passives)
    assert doc.text[passives[0].content_span[0] :].startswith("who are expected to support")


def test_gerund_in_a_prepositional_phrase_shares_the_clause_subject(nlp) -> None:
    """``After saying …, the man …``, ``… without specifically naming her``: the speaker is the main clause's subject."""
    doc = nlp(
        "After saying he was nervous to ask a question, the man ended up in the middle of the room.\n\n"
        "Blackwell also took a shot at Hillary Clinton, without specifically naming her."
    )
    speakers = {q.cue.lemma: q.speaker.text for q in doc._.quotes if q.cue and q.speaker}
    assert speakers.get("say") == "the man" and speakers.get("name") == "Blackwell"


def test_a_participle_cue_is_spoken_by_the_noun_it_describes(nlp) -> None:
    """``A petition calling on the mayor to resign``, ``an outside group backing the governor``: who calls and who backs
    is the noun the participle describes (PolNeAR's source), found once the cue is kept."""
    doc = nlp(
        "A petition calling on the mayor to resign has gathered 12,000 signatures since Friday.\n\n"
        "An outside group backing the governor spent $4 million on television ads last month."
    )
    speakers = {q.cue.lemma: q.speaker.text for q in doc._.quotes if q.cue and q.speaker}
    assert speakers.get("call") == "A petition" and speakers.get("back") == "An outside group"


def test_catenative_verb_joins_the_cue(nlp) -> None:
    """``continued to criticize``, ``went on to say``: the aspect or effort verb opens the cue, as PolNeAR marks it."""
    doc = nlp(
        "Sanders continued to criticize Clinton for her paid speeches.\n\n"
        "Cruz went on to say that the convention would be open."
    )
    cues = {q.cue.text: q.speaker.text for q in doc._.quotes if q.cue and q.speaker}
    assert cues == {"continued to criticize": "Sanders", "went on to say": "Cruz"}


def test_speech_verb_completing_another_verb_is_one_cue(nlp) -> None:
    """``declined to say whether …``, ``responded by saying``: the chain is the cue and what was (not) said the
    content; ``vowed to cut``
    keeps the intention as the cue, and ``urged voters to reject`` names someone else's act."""
    text = (
        "Clinton declined to say whether she would release the transcripts.\n\n"
        "Trump vowed to cut taxes for the middle class.\n\n"
        "He urged voters to reject the measure.\n\n"
        "Sanders responded by saying that the system was rigged."
    )
    found = {q.cue.text: (q.speaker.text, text[slice(*q.content_span)]) for q in nlp(text)._.quotes if q.cue}
    assert found["declined to say"] == ("Clinton", "whether she would release the transcripts")
    assert found["responded by saying"] == ("Sanders", "that the system was rigged")
    assert found["vowed"] == ("Trump", "to cut taxes for the middle class")
    assert found["urged"][1] == "voters to reject the measure"


def test_participle_of_a_statement_chains_to_its_verb(nlp) -> None:
    """``issued a statement saying``, ``released a statement Wednesday questioning``: one cue from the verb to the
    participle, the verb's subject the speaker (the parse hangs the participle on the noun or on the verb)."""
    text = (
        "McConnell issued a statement saying the Senate would not act.\n\n"
        "The campaign released a statement Wednesday questioning the poll."
    )
    found = {q.cue.text: (q.speaker.text, text[slice(*q.content_span)]) for q in nlp(text)._.quotes if q.cue}
    assert found == {
        "issued a statement saying": ("McConnell", "the Senate would not act"),
        "released a statement Wednesday questioning": ("The campaign", "the poll"),
    }


def test_colon_headline_holds_the_cues_inside_it(nlp) -> None:
    """``Warren: ‘I Am Tired Of Men Telling …’``: the colon attribution stands; the verb inside its content is nested."""
    doc = nlp("Warren: ‘I Am Tired Of Men Telling Women What To Say.’")
    (quote,) = doc._.quotes
    assert quote.cue.text == ":" and quote.speaker.text == "Warren"


def test_credit_lines_and_handles_are_not_colon_cues(nlp) -> None:
    """``Contributing: Nicole Gaudiano``, ``Twitter: @Milbank``: a credit line and a contact line end a column;
    neither names who speaks nor says anything, so neither is even a candidate. ``Poll: …`` still is."""
    doc = nlp(
        "Sanders: Clinton Email Story Has Moved\n\nThe senator spoke for an hour.\n\n"
        "Contributing: Nicole Gaudiano, USA TODAY\n\nTwitter: @Milbank\n\n"
        "Poll: Three battleground Senate races are tight"
    )
    colons = [f.source.text for f in attribution.candidates(doc) if f.via == "colon"]
    assert colons == ["Sanders", "Poll"]


def test_transcript_labels_naming_a_person_are_colon_cues(nlp) -> None:
    """``TAPPER: …`` in a transcript is a speaker label (the article names Jake Tapper); ``UPDATE: …`` is not."""
    doc = nlp(
        "CNN's Jake Tapper interviewed Governor Mary Fallin on Sunday.\n\n"
        "TAPPER: Do you think he can heal the country?\n\n"
        "FALLIN: Well, I think the whole nation needs to work together.\n\n"
        "UPDATE: This story has been corrected."
    )
    assert [(q.cue.text, q.speaker.text) for q in doc._.quotes] == [(":", "TAPPER"), (":", "FALLIN")]


def test_recurring_transcript_labels_are_speakers_without_a_named_person(nlp) -> None:
    """A label that opens several turns (``HOLLIS:``), or a word of a longer label (``DANA HOLLIS:`` then ``HOLLIS:``),
    is a speaker; interview turns ``Q:`` / ``A:`` and a one-off ``UPDATE:`` are not; names joined by ``and`` lead a
    colon cue together."""
    text = (
        "The mayor joined the morning show to talk about the strike.\n\n"
        "DANA HOLLIS: Thanks for coming in this morning.\n\n"
        "MAYOR: Glad to be here.\n\n"
        "HOLLIS: Will the buses run on Monday?\n\n"
        "MAYOR: We expect a deal by the weekend, and I think the drivers want one too.\n\n"
        "Q: When did the talks start?\n\n"
        "A: Last Tuesday, at the union hall.\n\n"
        "- Rachel Ortiz and Sam Dube: “The union has never been this united.”\n\n"
        "UPDATE: This story has been updated with the mayor’s comments."
    )
    speakers = [q.speaker.text for q in nlp(text)._.quotes if q.cue and q.cue.text == ":" and q.speaker]
    assert speakers.count("MAYOR") == 2 and "HOLLIS" in speakers and "Rachel Ortiz and Sam Dube" in speakers
    assert not {"Q", "A", "UPDATE"} & set(speakers)


def test_a_dash_and_a_name_sign_the_quotation_before_them(nlp) -> None:
    """``“…”`` then ``- Bernie Sanders.``, ``“…” — Name, …`` on one line, and an embedded post ``… — Name (@handle)``
    are candidate attributions of the quotation or post; a dash inside a sentence is not."""
    text = (
        "Here are the claims we checked.\n\n"
        "\"Almost all new income is going to the top 1 percent.\"\n\n"
        "- Bernie Sanders.\n\n"
        "“We will not raise the gas tax this year.” — Gov. Maria Lopez, at a town hall in Reno.\n\n"
        "Proud of our team tonight. The work goes on — Tom Reyes (@tomreyes) March 3, 2016\n\n"
        "The vote was close - Republicans held firm on the amendment."
    )
    doc = nlp(text)
    signed = {text[slice(*f.source_span)]: text[slice(*f.content)] for f in attribution.candidates(doc) if f.via == "signature"}
    assert signed == {
        "Bernie Sanders": "\"Almost all new income is going to the top 1 percent.\"",
        "Gov. Maria Lopez": "“We will not raise the gas tax this year.”",
        "Tom Reyes": "Proud of our team tonight. The work goes on",
    }


def test_inverted_verb_after_a_quotation_names_its_object_as_speaker(nlp) -> None:
    """``“…?” asked Ms. Okafor``: the parse reads the speaker as the verb's object; the quotation is the content. A
    participle opening a sentence (``Titled …``) is no inversion."""
    text = (
        "“Who is going to pay for the new stadium?” asked Ms. Okafor, pointing at the budget on the screen.\n\n"
        "“Fund the schools first,” read the banner over the entrance."
    )
    found = {q.cue.text: (q.speaker.text if q.speaker else None, text[slice(*q.content_span)])
             for q in nlp(text)._.quotes if q.cue}
    assert found["asked"] == ("Ms. Okafor", "“Who is going to pay for the new stadium?”")
    assert found["read"] == ("the banner", "“Fund the schools first,”")


def test_quoted_title_after_the_cue_is_the_occasion_not_the_content(nlp) -> None:
    """``“…,” she said on “The Morning Hour”``: the show is where it was said; the quotation before is what was."""
    text = (
        "“Build, build, build,” Mrs. Ames said on “The Morning Hour With Dana Cole” last month when asked what her "
        "husband would do."
    )
    (quote,) = [q for q in nlp(text)._.quotes if q.cue and q.cue.text.startswith("said")]
    assert text[slice(*quote.content_span)] == "“Build, build, build,”" and quote.speaker.text == "Mrs. Ames"


def test_speaker_between_a_quotation_and_its_verb_survives_a_parse_that_joins_them(nlp) -> None:
    """The parser sometimes hangs the quotation's clause on the speaker's name (``“It’s unanimous,”
    councilmember Dana Ruiz said``) or the speaker inside the quotation's clause (``“…,” Gene Baxter, a top
    adviser, said``): the speaker is the phrase between the closing mark and the verb, the content the quotation."""
    text = (
        "“It’s unanimous,” councilmember Dana Ruiz said of the council’s support for the measure.\n\n"
        "“It is not the position that everything is hunky-dory,” Gene Baxter, a top outside Clinton adviser, said at "
        "a recent breakfast."
    )
    found = [(q.speaker.text if q.speaker else None, text[slice(*q.content_span)]) for q in nlp(text)._.quotes]
    assert found == [
        ("councilmember Dana Ruiz", "“It’s unanimous,”"),
        ("Gene Baxter, a top outside Clinton adviser", "“It is not the position that everything is hunky-dory,”"),
    ]


def test_according_to_source_runs_to_its_comma_or_the_sentence_end(nlp) -> None:
    """The source of ``according to`` is read by its commas, not by where the parse hung its modifiers: a relative
    clause (``cables … that were later released by WikiLeaks,``) or an appositive at the end of the sentence."""
    text = (
        "According to State Department cables at the time that were later released by WikiLeaks, the ambassador met "
        "the oligarch twice.\n\n"
        "The governor was at the hospital on Monday, according to a report Tuesday from WKOW, the ABC affiliate in "
        "Madison, Wisconsin."
    )
    quotes = [q for q in nlp(text)._.quotes if q.cue and q.cue.text.lower() == "according to"]
    sources = [text[slice(*q.speaker.span)] for q in quotes]
    assert sources == [
        "State Department cables at the time that were later released by WikiLeaks",
        "a report Tuesday from WKOW, the ABC affiliate in Madison, Wisconsin",
    ]


def test_object_content_runs_over_an_adverbial_clause_unless_it_is_a_cue(nlp) -> None:
    """``proposed $500 million … to help …``: the clause completes the object; ``…, saying …`` is a statement of its own."""
    text = (
        "The senator proposed $500 million in new grants to help rural hospitals hire nurses.\n\n"
        "Trump criticized the judge on Friday, saying he was biased."
    )
    contents = {q.cue.text: text[slice(*q.content_span)] for q in nlp(text)._.quotes if q.cue}
    assert contents["proposed"].endswith("to help rural hospitals hire nurses")
    assert contents["criticized"] == "the judge" and contents["saying"] == "he was biased"


def test_infinitive_content_starts_at_the_object_before_it(nlp) -> None:
    """``asked the governor to veto the bill``: PolNeAR's content holds the object with the infinitive."""
    text = "Activists asked the governor to veto the bill."
    (quote,) = nlp(text)._.quotes
    assert text[slice(*quote.content_span)] == "the governor to veto the bill"


def test_time_adverb_after_a_framing_cue_joins_it(nlp) -> None:
    """``“…,” Rubio said Monday night.``: annotators keep the time adverb after a frame's verb in the cue."""
    doc = nlp("“It is over,” Rubio said Monday night.\n\n“We will win,” she said later.")
    assert [q.cue.text for q in doc._.quotes] == ["said Monday night", "said later"]


@pytest.mark.parametrize("text", ["“No,” he said in Iowa.", "“No,” he said during the debate."])
def test_a_setting_phrase_is_not_the_content(nlp, text: str) -> None:
    """``“No,” he said in Iowa / during the debate.``: where or when it was said; the quotation is what was said."""
    (quote,) = nlp(text)._.quotes
    assert quote.kind == "direct" and text[slice(*quote.content_span)] == "“No,”"


def test_title_case_headline_verb_taken_for_a_name(nlp) -> None:
    """``Carly Fiorina Endorses Ted Cruz``: the tagger reads the headline verb as a name; its lexicon form is the cue."""
    doc = nlp("Carly Fiorina Endorses Ted Cruz\n\nDonald Trump Rallies In Iowa\n\nThe former executive spoke on Wednesday.")
    (quote,) = doc._.quotes
    assert (quote.cue.text, quote.cue.lemma, quote.speaker.text, quote.text) == (
        "Endorses",
        "endorse",
        "Carly Fiorina",
        "Ted Cruz",
    )


def test_interrupted_quote_in_doubled_apostrophes_is_one_statement(nlp) -> None:
    """``''…,'' Mr. Smith said. ''…''``: both parts are the statement's content, as with curly marks."""
    text = "''We hung out in coffee shops,'' Mr. Smith said. ''We did not have phones.''"
    (quote,) = nlp(text)._.quotes
    assert quote.kind == "direct" and quote.speaker.text == "Mr. Smith" and "did not have phones" in quote.text


def test_clause_content_runs_over_a_tail_the_parse_hung_on_the_cue(nlp) -> None:
    """``showed Trump was leading Cruz nationally, 45 percent to 18 percent, among …``: one content to the end."""
    text = "The poll showed Trump was leading Cruz nationally, 45 percent to 18 percent, among evangelical voters."
    (quote,) = nlp(text)._.quotes
    assert text[slice(*quote.content_span)].endswith("among evangelical voters")


def test_according_to_inside_its_clause_keeps_its_source(nlp) -> None:
    """``Over the long term, according to the budget office, the rise …``: the phrase splits the content in two."""
    text = "Over the long term, according to the budget office, the rise in annual deficits would slow growth."
    (quote,) = nlp(text)._.quotes
    assert quote.speaker.text == "the budget office"
    assert quote.text == "Over the long term the rise in annual deficits would slow growth"


def test_source_inside_a_content_opened_by_a_fronted_wh_word(nlp) -> None:
    """``what former employees have called a fraudulent scheme``: the wh-word opens the content before the source."""
    text = "The company settled what former employees have called a fraudulent scheme."
    (quote,) = nlp(text)._.quotes
    assert quote.speaker.text == "former employees" and text[slice(*quote.content_span)].startswith("what")


def test_framing_verbs_go_through_the_classifier(nlp) -> None:
    """A verb beside a quotation frames it only if the cue model keeps it: a show's title is not a statement."""
    text = "Amy Poehler has starred in “Parks and Recreation” since 2009.\n\n“We will win,” Sanders quipped."
    (quote,) = nlp(text)._.quotes
    assert quote.cue.text == "quipped" and quote.speaker.text == "Sanders"


def test_passive_with_an_agent_reports_its_subject(nlp) -> None:
    """``The plan was first reported by Politico``: the agent is the source, the passive subject what is reported."""
    text = "The plan was first reported by Politico on Monday.\n\nClinton was joined by her husband on Monday."
    (quote,) = nlp(text)._.quotes
    assert quote.speaker.text == "Politico" and quote.text == "The plan" and quote.cue.lemma == "report"


def test_yes_no_question_hung_on_the_cue_is_its_content(nlp) -> None:
    """``asked the mayor if he would run again``: the ``if`` clause the parse hangs on the verb is what was asked (a
    condition hangs on the reported verb instead: ``says he may move if …``)."""
    doc = nlp("The reporter asked the mayor if he would run again.")
    (quote,) = doc._.quotes
    assert quote.cue.lemma == "ask" and quote.speaker.text == "The reporter"
    assert doc.text[quote.content_span[0] : quote.content_span[1]] == "if he would run again"


def test_adjective_cue_takes_its_copulas_tense(nlp) -> None:
    """``was confident that``, ``are concerned about``: an adjective has no tense of its own; its copula gives it."""
    doc = nlp("The union was confident that the strike would end.\n\nFarmers are concerned about the rules.")
    words = {t.text: t for t in doc}
    assert tense(words["confident"]) == "past" and tense(words["concerned"]) == "present"


@pytest.mark.parametrize(
    ("text", "cue", "content"),
    [
        (
            "Critics voiced concern about the plan to close three rural hospitals.",
            "voiced concern about",
            "the plan to close three rural hospitals",
        ),
        ("The minister avoided direct criticism of the central bank.", "avoided direct criticism of", "the central bank"),
    ],
)
def test_light_verb_noun_and_preposition_join_the_cue(nlp, text: str, cue: str, content: str) -> None:
    """``voiced concern about X``: a light verb's cue-like noun object and its preposition are the cue (as PolNeAR
    marks them); what follows the preposition is reported."""
    (quote,) = nlp(text)._.quotes
    assert (quote.cue.text, text[slice(*quote.content_span)]) == (cue, content)


def test_noun_object_of_a_strong_cue_verb_stays_in_the_content(nlp) -> None:
    """``defended his commitment to X``: the verb is far likelier a cue than its noun, so the noun is what was
    defended, not part of the cue."""
    text = "The mayor defended his commitment to the stadium deal."
    (quote,) = nlp(text)._.quotes
    assert (quote.cue.text, text[slice(*quote.content_span)]) == ("defended", "his commitment to the stadium deal")


FRAMES = (
    "“We will build the bridge. Nobody should doubt that,” the mayor told reporters.\n\n"
    "“Why should taxpayers trust you again?” Ortiz said to the council.\n\n"
    "“Nobody listens to farmers anymore. We are on our own. #harvest,” tweeted a grower from Fresno going by the "
    "handle Okra.\n\n"
    "“We did everything we could,” the coach said after the game on Sunday night, in front of a sold-out and very "
    "loud crowd at the old arena downtown. “The players gave it all.”\n\n"
    "“I don’t know where he stands,” said Anna Reyes of Dover, before a “no-nonsense” forum hosted by the party.\n\n"
    "But there is a risk, some Democrats said, that the senator would push the party to embrace positions that "
    "could later hurt the nominee.\n\n"
    "Many in Paris feared the re-emergence of a German colossus in Europe.\n\n"
    "Any serious reading of the deal, said Michael Kofman, an expert on Russia, would see this as a retreat.\n\n"
    "The two coastal counties voting next week are widely seen as strongholds of the governor.\n\n"
    "The mayor said the city had made progress despite the cuts. “I really believe we turned a corner this year.”\n\n"
    "She starred in the comedy for years. “Parks and Recreation” ran for seven seasons on NBC.\n\n"
    "Independents are the largest bloc of voters in the state, but they turn out at lower rates in primaries, "
    "according to a study by the state university.\n\n"
    "“My apologies, I’m sorry,” Quick said after a back-and-forth with the candidate.\n\n"
    "“Of course we will release the records,” the senator said during an interview on CNN’s “State of the Union” on "
    "Sunday. “I am very healthy.”\n"
)


@pytest.fixture(scope="module")
def framed(nlp):
    """The statements of ``FRAMES``, parsed once for the tests of quotation frames and split contents."""
    return nlp(FRAMES)._.quotes


def _framing(quotes, needle: str):
    """The statement of ``FRAMES`` whose content holds ``needle``."""
    return _with(quotes, needle, FRAMES)


def _with_cue(quotes, cue: str):
    """The statement of ``FRAMES`` with this cue."""
    (quote,) = [q for q in quotes if q.cue and q.cue.text == cue]
    return quote


def test_quotation_of_several_sentences_is_what_the_verb_with_a_recipient_reports(framed) -> None:
    quote = _framing(framed, "Nobody should doubt")
    assert quote.kind == "direct" and "reporters" not in quote.text and quote.speaker.text == "the mayor"


def test_question_quotation_is_what_a_verb_with_a_prepositional_recipient_reports(framed) -> None:
    quote = _framing(framed, "trust you again")
    assert quote.kind == "direct" and "council" not in quote.text and quote.speaker.text == "Ortiz"


def test_verb_after_the_quotation_with_its_subject_after_it_is_inverted(framed) -> None:
    quote = _framing(framed, "Nobody listens")
    assert quote.kind == "direct" and quote.speaker.text.startswith("a grower")


def test_interrupted_quote_skips_a_long_cue_clause(framed) -> None:
    quote = _framing(framed, "everything we could")
    assert "gave it all" in quote.text and quote.speaker.text == "the coach"


def test_scare_quotes_inside_the_cue_clause_are_not_the_quotation_continued(framed) -> None:
    quote = _framing(framed, "where he stands")
    assert "no-nonsense" not in quote.text and quote.speaker.text == "Anna Reyes of Dover"


def test_content_split_by_its_cue_keeps_both_pieces(framed) -> None:
    quote = _framing(framed, "there is a risk")
    assert "push the party" in quote.text and quote.speaker.text == "some Democrats"


def test_object_the_parse_broke_at_a_hyphen_is_whole(framed) -> None:
    assert _framing(framed, "re-emergence").text == "the re-emergence of a German colossus in Europe"


def test_cue_set_off_by_commas_after_a_fronted_subject_names_the_speaker_after_it(framed) -> None:
    quote = _framing(framed, "would see this")
    assert quote.speaker.text.startswith("Michael Kofman") and quote.cue.text == "said"
    assert quote.text.startswith("Any serious reading of the deal") and "Kofman" not in quote.text


def test_agentless_passive_with_a_complement_reports_its_subject_too(framed) -> None:
    quote = _framing(framed, "strongholds of the governor")
    assert quote.speaker is None and quote.text.startswith("The two coastal counties")
    assert quote.text.endswith("strongholds of the governor") and quote.cue.lemma == "see"


def test_unframed_quotation_ending_the_paragraph_continues_the_reported_clause_before_it(framed) -> None:
    quote = _framing(framed, "had made progress")
    assert quote.text.endswith("“I really believe we turned a corner this year.”") and quote.speaker.text == "The mayor"
    assert not [q for q in framed if "seven seasons" in q.text]  # a title inside a sentence of its own continues nothing


def test_according_to_reports_every_coordinated_clause_it_follows(framed) -> None:
    quote = _with_cue(framed, "according to")
    assert quote.text.startswith("Independents are the largest bloc") and quote.text.endswith("lower rates in primaries")


def test_subject_nearest_the_cue_is_the_speaker_when_the_parse_gives_two(framed) -> None:
    assert _framing(framed, "My apologies").speaker.text == "Quick"


def test_interrupted_quote_skips_a_title_quoted_in_the_cue_clause(framed) -> None:
    quote = _framing(framed, "release the records")
    assert quote.text.endswith("“I am very healthy.”") and "State of the Union" not in quote.text


@pytest.mark.parametrize(
    ("pieces", "kept"),
    [
        (["Clinton has seen her standing erode since last fall and"], ["Clinton has seen her standing erode since last fall"]),
        (["“We will be back,”", "the plan is dead, and"], ["“We will be back,”", "the plan is dead"]),
        (["rock and roll"], ["rock and roll"]),
    ],
)
def test_content_never_ends_on_a_dangling_conjunction(pieces: list[str], kept: list[str]) -> None:
    from newsgraph.quotes.records import _tied_off

    text = " ".join(pieces)
    spans, at = [], 0
    for piece in pieces:
        spans.append((at, at + len(piece)))
        at += len(piece) + 1
    found = attribution.Found((spans[0][0], spans[-1][1]), parts=spans if len(spans) > 1 else [])
    _tied_off(text, found)
    assert [text[s:e] for s, e in (found.parts or [found.content])] == kept


def test_relative_clause_reporting_a_claim_is_its_own_statement(nlp) -> None:
    """``…, which an FBI investigation said was …``: the relative clause is the investigation's claim, not part of
    what Mukasey criticized, however unsure the classifier is of ``said`` there."""
    text = (
        "Mukasey criticized Clinton’s email use, which an FBI investigation said was extremely careless "
        "but did not warrant criminal charges."
    )
    quotes = nlp(text)._.quotes
    by_cue = {q.cue.text: q for q in quotes}
    assert text[slice(*by_cue["criticized"].content_span)] == "Clinton’s email use"
    claim = by_cue["said"]
    assert claim.speaker.text == "an FBI investigation"
    assert "extremely careless" in text[slice(*claim.content_span)]


def test_a_charge_answered_after_an_accusation_leaves_the_accusation_standing(nlp) -> None:
    """``She accused X of Y, a charge Eritrea has repeatedly denied``: two statements, the denial's content the charge,
    its source Eritrea (the parse hangs the accusation on "denied")."""
    text = ("Ethiopia's government spokesperson denied any plan to take Eritrean territory. She accused Asmara of arming "
            "militiamen in the Amhara region, a charge Eritrea has repeatedly denied.")
    by_cue = {q.cue.text: q for q in nlp(text)._.quotes}
    assert "accused" in by_cue and text[slice(*by_cue["accused"].content_span)].startswith("Asmara of arming")
    denial = by_cue["has repeatedly denied"]
    assert denial.speaker.text == "Eritrea" and text[slice(*denial.content_span)] == "a charge"


def test_who_feels_a_verb_of_feeling_is_the_source_and_what_they_feel_about_the_content(nlp) -> None:
    text = "The senator's remarks on trade have alarmed farm groups in Iowa."
    (quote,) = nlp(text)._.quotes
    assert text[slice(*quote.content_span)] == "The senator's remarks on trade"
    assert quote.speaker is not None and quote.speaker.text == "farm groups in Iowa"


def test_a_passive_verb_of_feeling_takes_its_by_phrase_as_the_content(nlp) -> None:
    text = "German authorities are worried by the rise in hate speech against refugees."
    (quote,) = nlp(text)._.quotes
    assert text[slice(*quote.content_span)] == "by the rise in hate speech against refugees"
    assert quote.speaker is not None and quote.speaker.text == "German authorities"


def test_a_short_quoted_paragraph_is_a_heading_not_a_continued_statement(nlp) -> None:
    """A quoted heading or slogan standing as its own paragraph ("Related:", "NO TO THE DAM") continues nobody's words;
    a quoted paragraph of a sentence does."""
    for slogan, continued in (("“NO TO THE DAM”", False),
                              ("“We have farmed this valley for generations and we will stay.”", True)):
        text = ("“We will not give up our land,” said Marta Quispe. Farmers blocked the road to the dam on Monday.\n\n"
                f"{slogan}\n\nThe council meets on Friday.")
        contents = [text[slice(*q.content_span)] for q in nlp(text)._.quotes]
        assert (slogan in contents) == continued, contents
