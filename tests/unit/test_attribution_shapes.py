"""Shapes of attribution met on real articles nobody here had read (each fresh batch scored first,
then its misses turned into general rules), tested on sentences written for these tests.

The registry is empty: every speaker must be found from the text alone, as for tomorrow's articles.
"""

from __future__ import annotations

import pytest

from bot.extract.document import extract_claims
from bot.index.model import Claim, Document, Source, Speaker
from bot.index.speakers import Registry


def claims_of(text: str) -> list[Claim]:
    return extract_claims(Document("t", text, Source("t", published="2025-03-13")), Registry())


def said(text: str) -> list[tuple[str, str]]:
    return [(c.speaker, c.text) for c in claims_of(text)]


def speakers(text: str) -> list[str]:
    return [c.speaker for c in claims_of(text)]


# --- who speaks ----------------------------------------------------------------------------------------

def test_a_name_followed_by_the_body_it_is_of():
    c, = claims_of("“The border is closed,” Rep. Anna Kowalski of the ruling Civic Party told reporters after "
                   "the briefing.")
    assert (c.speaker, c.kind) == ("Anna Kowalski", "direct")
    assert "Civic Party" in c.speaker_role


def test_a_counterpart_named_after_the_role_is_introduced():
    text = ("Lindqvist met his Finnish counterpart Matti Virtanen on Monday. "
            "Virtanen said the talks had been useful.")
    assert ("Matti Virtanen", "the talks had been useful") in said(text)


def test_a_description_by_nationality_finds_the_one_person_of_that_country():
    text = ("Foreign Minister Erik Lindqvist met his Finnish counterpart Matti Virtanen on Monday. "
            "The Finnish minister said the visit was a sign of solidarity.")
    assert ("Matti Virtanen", "the visit was a sign of solidarity") in said(text)


def test_a_sentence_with_its_own_speaker_is_never_the_previous_speakers_quotation():
    text = ("“We will respond,” Foreign Minister Erik Lindqvist said. "
            "Virtanen said the shipments were “a sign that the war is spreading to the north of Europe.”")
    found = claims_of(text)
    shipments = [c for c in found if "shipments" in c.sentence]
    assert all(c.speaker != "Erik Lindqvist" for c in shipments)


def test_the_official_is_the_spokesperson_who_just_spoke():
    text = ("“Any support for the war must end,” a Defense Department spokesperson said. "
            "The official added that third countries bear responsibility for the conflict.")
    found = claims_of(text)
    assert [c.speaker for c in found] == [found[0].speaker, found[0].speaker]
    assert "spokesperson" in found[0].speaker.lower()


def test_a_role_then_a_comma_then_the_name_introduces_the_person():
    text = ("The talks were held with the chief of the General Staff, Tomas Berg. "
            "The units “showed discipline,” according to Berg.")
    assert speakers(text) == ["Tomas Berg"]


def test_a_description_of_the_one_just_speaking():
    text = ("The talks were held with the chief of the General Staff, Tomas Berg. "
            "The units “showed discipline,” according to Berg. "
            "The army general praised the troops for their resilience.")
    assert speakers(text) == ["Tomas Berg", "Tomas Berg"]


def test_a_government_and_its_backers():
    c, = claims_of("Kyiv and its Western backers had long alleged that the shells came from the north.")
    assert c.text == "the shells came from the north"


@pytest.mark.parametrize("subject", ["South Korean intelligence services", "Japanese intelligence agencies"])
def test_a_countrys_intelligence_services(subject):
    c, = claims_of(f"On Monday, {subject} reported that the units had lost 400 men.")
    assert c.speaker == subject and not c.vague


# --- what is said --------------------------------------------------------------------------------------

def test_conveyed_reports():
    c, = claims_of("“Supplies are short,” Anna Kowalski conveyed in the briefing.")
    assert c.text == "Supplies are short"


@pytest.mark.parametrize("phrase", ["has for the first time confirmed", "has once again confirmed",
                                    "has in a statement confirmed"])
def test_a_phrase_between_auxiliary_and_verb(phrase):
    c, = claims_of(f"The Norwegian government {phrase} that it sent observers.")
    assert (c.speaker, c.text) == ("Norwegian government", "it sent observers")


def test_joining_another_in_condemning():
    c, = claims_of("Canada has joined Norway in condemning the shipments of shells.")
    assert c.speaker == "Canada" and "condemning the shipments" in c.text


def test_an_institution_deeply_concerned():
    c, = claims_of("The Council of Europe is deeply concerned about reports that conscripts are being sent abroad.")
    assert c.speaker == "Council of Europe" and "conscripts" in c.text and c.stance == "asserts"


def test_plain_concern_is_the_writers_reading_not_a_statement():
    assert claims_of("For its part, Norway is concerned that the war could spread.") == []


def test_briefing_lawmakers_on_something():
    c, = claims_of("The spy agency on Tuesday also briefed lawmakers on a new shipment of shells.")
    assert "new shipment of shells" in c.text


def test_a_colon_after_a_reporting_verb_introduces_the_quotation_below():
    text = ("Foreign Minister Erik Lindqvist spoke in Oslo.\nHe praised the ties with Helsinki:\n"
            "“Although there are many kilometres between us, our countries are close in values.”")
    assert ("Erik Lindqvist", "Although there are many kilometres between us, our countries are close in values.") \
        in said(text)


def test_a_headline_ending_with_a_dash_and_its_source():
    text = "Northern units are not so effective, they suffer losses – Lindqvist\nErik Lindqvist spoke on Monday."
    assert ("Erik Lindqvist", "Northern units are not so effective, they suffer losses") in said(text)


def test_a_long_first_line_without_a_full_stop_is_a_headline():
    text = ("It is not about volunteers from the north but about regular army units sent to fight in the war in the "
            "east - Lindqvist\nForeign Minister Erik Lindqvist said the units were regular troops.")
    assert any(c.text.startswith("It is not about volunteers") and c.speaker == "Erik Lindqvist"
               for c in claims_of(text))


def test_speech_printed_without_quotation_marks_in_the_first_person():
    text = ("Foreign Minister Erik Lindqvist said that the units were regular troops.\n"
            "We are not talking about volunteers but about full units. This means an escalation.\n"
            "Lindqvist also said sanctions were needed.\n"
            "I would like to stress that we urge our partners to decide now.")
    found = said(text)
    assert ("Erik Lindqvist", "We are not talking about volunteers but about full units") in found
    assert ("Erik Lindqvist", "This means an escalation") in found
    assert ("Erik Lindqvist", "I would like to stress that we urge our partners to decide now") in found


def test_an_outlet_that_quotes_speech_writes_we_in_its_own_voice():
    text = ("“The units are regular troops and they are already fighting in the east,” Erik Lindqvist said.\n"
            "As we learn more about the deployment, officials are right to be alarmed.")
    assert [c.speaker for c in claims_of(text) if "alarmed" in c.sentence] == []


def test_the_sentence_before_stated_by_someone_after_an_unquoted_paragraph():
    text = ("Minister Lindqvist spoke on Monday.\nWe are not talking about volunteers but about full units.\n"
            "This was stated by Foreign Minister Erik Lindqvist during a press conference.")
    assert ("Erik Lindqvist", "We are not talking about volunteers but about full units") in said(text)


def test_a_claim_denied_by_someone():
    found = claims_of("General Tomas Berg also claims his forces regained the whole region - a claim denied by Kyiv.")
    denial, = [c for c in found if c.stance == "denies"]
    assert denial.speaker != "Tomas Berg" and denial.text == "his forces regained the whole region"
    assert any(c.speaker == "Tomas Berg" and c.text == "his forces regained the whole region" for c in found)


def test_an_unsourced_hedge_goes_on_with_the_estimate_before_it():
    text = ("The Estonian intelligence service believes the units are stationed in the far east.They are expected "
            "to be sent to the front after training.")
    found = said(text)
    assert ("Estonian intelligence service", "They are expected to be sent to the front after training") in found


def test_a_hedge_in_the_next_paragraph_goes_on_only_with_a_pronoun_for_its_subject():
    said_first = "The Estonian intelligence service said the units have not been seen in combat since January.\n"
    found = said(said_first + "They could have suffered too many losses.")
    assert ("Estonian intelligence service", "They could have suffered too many losses") in found
    assert len(claims_of(said_first + "The units are expected to be sent to the front after training.")) == 1


# --- batch E ----------------------------------------------------------------------------------------

def test_a_contracted_hedge_goes_on_with_the_report_before_it():
    text = "The Latvian intelligence service reports that the units are not in combat. They're expected to regroup soon."
    assert ("Latvian intelligence service", "They're expected to regroup soon") in said(text)


def test_a_soundbite_broken_over_short_lines():
    text = ("Exercises have changed this winter.\n\nAnna Berg/ Baltic Defence College\n\n"
            "Given the losses, it is clear that the units would shrink\n\nvery quickly. So, more could be sent.\n")
    found = said(text)
    assert [who for who, _ in found] == ["Anna Berg"] * 3
    assert found[0][1].startswith("Given the losses")


def test_a_date_before_the_subject():
    c, = claims_of("Last week Finnish President Matti Virtanen said that the border would stay closed.")
    assert (c.speaker, c.text) == ("Matti Virtanen", "the border would stay closed")


def test_an_official_who_named_a_figure():
    found = claims_of("The gap is explained by a U.S. military official, who named several hundred victims.")
    assert any("several hundred victims" in c.text for c in found)


def test_comments_by_someone_that_say_two_things():
    found = said("The report echoed comments by Estonian and Latvian officials that losses are heavy and that "
                 "the units are used in large numbers.")
    assert [text for _who, text in found] == ["losses are heavy", "the units are used in large numbers"]
    assert all(who == "Estonian and Latvian officials" for who, _text in found)


def test_a_statement_issued_by_someone_on_a_date_that():
    c, = claims_of("Analysts mentioned a statement issued by the Latvian Defence Ministry on March 4 that the units "
                   "fired at their own vehicles.")
    assert c.speaker == "Latvian Defence Ministry" and c.text == "the units fired at their own vehicles"


def test_neither_has_recognized_the_deployment():
    found = claims_of("Neither Minsk nor Moscow has officially recognized the deployment of the units.")
    assert [(c.speaker, c.stance) for c in found] == [("Minsk", "hedged"), ("Moscow", "hedged")]


def test_yet_to_confirm_is_a_non_confirmation():
    c, = claims_of("The Norwegian government is yet to confirm the presence of the units.")
    assert (c.speaker, c.stance) == ("Norwegian government", "hedged")


def test_speech_closed_by_a_dash_and_the_speaker():
    c, = claims_of("Given the threat to their lives, we are open to talks on moving them to third countries, "
                   "- Lindqvist said.")
    assert c.speaker == "Lindqvist" and c.text.startswith("Given the threat")


def test_expecting_is_a_hedged_statement():
    c, = claims_of("Foreign Minister Erik Lindqvist expects that Finland will consult its neighbours.")
    assert (c.speaker, c.stance, c.text) == ("Erik Lindqvist", "hedged", "Finland will consult its neighbours")


def test_a_reporting_verb_that_lost_its_space():
    c, = claims_of("President Matti Virtanen reportedthat two soldiers were captured.")
    assert (c.speaker, c.text) == ("Matti Virtanen", "two soldiers were captured")


def test_said_this_in_a_report_is_the_sentence_before():
    text = ("The units are reportedly struggling with poor communication.\n"
            "The Baltic Defence Institute (BDI) said this in a new report, according to a wire service.")
    c, = claims_of(text)
    assert (c.speaker, c.text) == ("Baltic Defence Institute", "The units are reportedly struggling with poor communication")


def test_a_hosts_line_still_carries_the_attributions_inside_it():
    text = ("ANNA BERG, HOST: Estonia, Latvia and now Finland have all said the units are moving north.\n"
            "ERIK LINDQVIST: Thank you, Anna. It's good to be with you.\n"
            "BERG: Who do you believe?\nLINDQVIST: Well, they are moving.")
    found = said(text)
    assert [who for who, text in found if "moving north" in text] == ["Estonia", "Latvia", "Finland"]
    assert ("Erik Lindqvist", "Well, they are moving") in found
    assert not any("Thank you" in text or "good to be" in text for _who, text in found)


def test_a_full_name_is_not_a_registry_person_with_the_same_family_name():
    from bot.index.model import Speaker
    registry = Registry([Speaker("cha-ilsung", "Cha Il-sung", ("Cha",), "researcher", "South Korea", "person")])
    text = "VICTOR CHA: Thank you.\nRASCOE: Why?\nCHA: Because the units are lying."
    found = extract_claims(Document("t", text, Source("t", published="2025-03-13")), registry)
    assert [c.speaker for c in found if "lying" in c.text] == ["Victor Cha"]


def test_presenting_evidence_and_welcoming_interest():
    assert [c.text for c in claims_of("Director Bailey presented evidence of arms transfers to Russia.")] == \
        ["presented evidence of arms transfers to Russia"]
    assert claims_of("The Baltic Monitoring Team welcomes interest from other states.")[0].text.startswith("welcomes")
    assert claims_of("President Lindqvist welcomed Virtanen at the airport.") == []


def test_briefing_is_a_statement_only_to_lawmakers_or_the_press():
    assert claims_of("The State Department briefs UN member states on the monitoring report.") == []


def test_according_to_an_assessment_is_the_assessors():
    c, = claims_of("The units are believed to be moving, according to a Latvian intelligence assessment.")
    assert c.speaker == "Latvian intelligence" and c.stance == "hedged"


def test_he_after_a_family_name_the_text_explains_only_later():
    text = ("Given the threat, we are open to talks on moving them elsewhere, - Lindqvist said.\n\n"
            "He expects that Finland will consult its neighbours.")
    assert said(text) == [("Lindqvist", "Given the threat, we are open to talks on moving them elsewhere"),
                          ("Lindqvist", "Finland will consult its neighbours")]


def test_a_byline_is_not_a_headline_with_its_source():
    assert claims_of("By ANNA BERG – Associated Press\nThe port was closed on Monday.") == []


def test_an_infinitive_is_not_a_report():
    assert claims_of("The team was set up to monitor and report violations of the sanctions.") == []


def test_the_north_is_north_korea():
    assert speakers("Neither the North nor Russia has officially recognized the deployment of troops.") == \
        ["North Korea", "Russia"]


# --- shapes the issue names ----------------------------------------------------------------------------

def test_a_name_with_a_particle_keeps_it():
    c, = claims_of("Colonel Pieter de Vries said the column had crossed the river.")
    assert (c.speaker, c.speaker_role) == ("Pieter de Vries", "Colonel")


def test_asked_about_it_someone_responded_with_a_colon():
    text = ("Press secretary Anna Berg spoke on Monday.\nAsked about the units, Berg responded:\n"
            "“We have nothing to add to what has been said.”")
    assert ("Anna Berg", "We have nothing to add to what has been said.") in said(text)


@pytest.mark.parametrize("sentence", ["The Kremlin left the question without comment.",
                                      "The Kremlin left the question unanswered.",
                                      "Lindqvist declined to answer questions about the units.",
                                      "Lindqvist avoided answering a question about the units."])
def test_declining_to_answer_is_a_non_confirmation(sentence):
    c, = claims_of(sentence)
    assert c.stance == "hedged"


def test_agreeing_that_and_calling_it_something():
    assert [c.text for c in claims_of("Finland and Estonia agreed that the shipments violate the sanctions.")] == \
        ["the shipments violate the sanctions"] * 2
    assert claims_of("The National Security Council called it a dangerous escalation.")[0].speaker == \
        "National Security Council"


def test_commenting_on_something_is_the_setting_of_what_is_said():
    found = claims_of("Foreign Ministry spokesperson Anna Berg, commenting on the reported presence of the units, "
                      "said Finland was not aware of the situation.")
    assert [(c.speaker, c.text) for c in found] == [("Anna Berg", "Finland was not aware of the situation")]


def test_a_think_tank_analyses_why():
    assert claims_of("The Baltic Defence Institute analyses why the regime sent more units.")[0].text == \
        "the regime sent more units"


def test_the_sentence_stated_in_an_email_is_no_claim_of_the_outlet():
    text = ("Any support must end, the official said.\n"
            "This was stated in an email sent to media outlets by a State Department spokesperson, a wire reports.")
    assert not any(c.text.startswith("This was stated") for c in claims_of(text))


# --- batch F ----------------------------------------------------------------------------------------

def test_a_quoted_speech_over_two_sentences_is_whole():
    c, = claims_of("“There is no proof yet, but this is a serious escalation. And not only words are needed,” "
                   "Erik Lindqvist said.")
    assert c.text == "There is no proof yet, but this is a serious escalation. And not only words are needed"


def test_an_appositive_with_a_date_between_subject_and_verb():
    c, = claims_of("Finnish President Matti Virtanen, speaking to Swedish media this week, denounced what he called "
                   "the inaction of his allies.")
    assert c.speaker == "Matti Virtanen"


def test_as_per_a_report_by_an_agency():
    c, = claims_of("As per a report by the Latvian news agency LETA, around 60 soldiers are believed to have died.")
    assert c.speaker == "LETA" and c.stance == "hedged"


def test_according_to_an_announcement_from_a_government_on_a_date():
    c, = claims_of("Demining has begun in the border region, according to an announcement from the Finnish "
                   "government on November 14.")
    assert c.speaker == "Finnish government"


def test_a_state_newspaper_by_its_name():
    c, = claims_of("Finland's state-run newspaper Uusi Tähti reported that the engineers are on a complex mission.")
    assert c.speaker == "Uusi Tähti"


def test_hailing_the_ties():
    c, = claims_of("Foreign Minister Erik Lindqvist hailed the close ties between the two countries' armies.")
    assert c.speaker == "Erik Lindqvist" and "close ties" in c.text


def test_an_envoy_to_a_body():
    c, = claims_of("A Latvian representative to the United Nations in New York called the reports “groundless rumours”.")
    assert c.stance == "denies" and "representative" in c.speaker


def test_a_countrys_warning_that():
    c, = claims_of("The report mirrors Finland’s warning last week that the units were primed to move.")
    assert (c.speaker, c.text) == ("Finland", "the units were primed to move")


def test_according_to_x_everything_that_follows_is_xs():
    c, = claims_of("According to Foreign Minister Erik Lindqvist, support will continue, and Helsinki may send more "
                   "air defence systems.")
    assert c.text == "support will continue, and Helsinki may send more air defence systems"


def test_members_of_a_parliament_after_a_date_and_a_citing_clause():
    c, = claims_of("In late June, members of Finland’s Parliament, citing the security service, reported that more "
                   "units may be sent.")
    assert c.text == "more units may be sent" and c.stance == "hedged"


def test_the_document_is_the_statement_named_before():
    text = ("The allies will not help, according to a statement adopted by the Nordic Council’s annual meeting.\n"
            "The document notes that it was signed by five partners.")
    assert speakers(text) == ["Nordic Council", "Nordic Council"]


def test_the_chief_is_the_head_who_just_spoke():
    text = ("“Support will go on,” said Anna Berg, head of the Finnish security service.\n"
            "“I see no signs that our cooperation will stop,” the service chief said.")
    assert speakers(text) == ["Anna Berg", "Anna Berg"]


# --- batch G ----------------------------------------------------------------------------------------

def test_a_sentence_carrying_on_the_account_before_it():
    text = ("A spokesperson for the Nordic Council expressed concern about the deployment of the units. "
            "This violates the treaty and indicates an escalation.\n"
            "Anna Berg, head of the Finnish security service, said the units had arrived.\n"
            "In addition, workers are being sent to the plants.")
    found = said(text)
    assert any(who.startswith("A spokesperson for the Nordic Council") and text == 
               "This violates the treaty and indicates an escalation" for who, text in found)
    assert ("Anna Berg", "In addition, workers are being sent to the plants") in found


def test_narrative_after_a_claim_stays_narrative():
    text = ("Anna Berg, head of the Finnish security service, said the units had arrived.\n"
            "The border was closed in 2023.")
    assert len(claims_of(text)) == 1


def test_a_subject_set_off_by_dashes():
    text = ("Two soldiers surnamed Ri and Paek were interviewed.\n"
            "In Wednesday’s interview, Ri — who was captured last month — said he was a member of the bureau.")
    assert ("Ri", "he was a member of the bureau") in said(text)


def test_went_on_to_say_and_the_chairperson():
    text = ("The Chairperson Kim Jong Un spoke at the ceremony.\n"
            "He went on to say, “We achieved a miracle.”\nThe Chairperson also said, “All have returned.”")
    assert [who for who, _ in said(text)] == ["Kim Jong Un", "Kim Jong Un"]


def test_a_parenthetical_he_continued_names_who_adds():
    text = ("Under-Secretary-General Anna Berg briefed the council.\n"
            "To date, the office has verified that 120 civilians were killed, she continued, adding that thousands "
            "remain displaced.")
    assert said(text) == [("Anna Berg", "To date, the office has verified that 120 civilians were killed"),
                          ("Anna Berg", "thousands remain displaced")]
    assert claims_of("Russia continued its attacks on the city.") == []


def test_a_headline_agreeing():
    text = "Lindqvist, Virtanen agree troop dispatch increases regional tensions\nThe two ministers met on Monday."
    assert any("increases regional tensions" in c.text for c in claims_of(text))


# --- batch H ----------------------------------------------------------------------------------------

def test_a_quotation_over_paragraphs_named_where_it_begins():
    text = ('Defence Secretary Anna Berg spoke in parliament.\nShe told MPs: "The units are already there.\n'
            '"They bring shells in breach of the sanctions.\n"It is a growing alliance we must confront."')
    found = said(text)
    assert [who for who, _ in found] == ["Anna Berg"] * 3
    assert found[-1][1].startswith("It is a growing alliance")


def test_a_podcast_transcript_with_names_in_title_case():
    text = ("Anna Berg: This is Nordic News Daily. I'm Anna Berg. Tell me about those videos.\n"
            "Erik Lindqvist: So the videos reportedly show units behind barbed wire.\n"
            "Anna Berg: It's remarkable.\nErik Lindqvist: And they seem to be preparing for combat.")
    assert [who for who, _ in said(text)] == ["Erik Lindqvist", "Erik Lindqvist"]


def test_a_headline_names_the_first_of_a_role_not_the_last():
    text = ("Sending the units a desperate move, says Defence Secretary\n"
            "Defence Secretary Anna Berg told parliament the units were there.\n"
            "Shadow defence secretary Erik Lindqvist agreed that it was an escalation.")
    assert ("Anna Berg", "Sending the units a desperate move") in said(text)


def test_a_wire_dateline_glued_to_the_first_word():
    c, = claims_of("Oslo, Dec. 5 (Nordic Press)--Norwegian Prime Minister Erik Lindqvist said the border is closed.")
    assert (c.speaker, c.speaker_role) == ("Erik Lindqvist", "Norwegian Prime Minister")


def test_voicing_a_sense_of_alarm():
    c, = claims_of("Prime Minister Erik Lindqvist on Thursday voiced a sense of alarm over the security situation.")
    assert c.speaker == "Erik Lindqvist"


def test_a_quotation_cut_off_at_the_end_of_the_text_is_no_headline():
    text = ("Lindqvist accused the neighbours of a military buildup.\n\n\"We warn against exploiting these ties to build "
            "a new alliance in the")
    found = claims_of("Foreign Minister Erik Lindqvist spoke.\n" + text)
    assert any(c.text.startswith("We warn against") for c in found)


# --- batch I ----------------------------------------------------------------------------------------

def test_a_figure_after_says_is_the_claim_not_a_setting():
    c, = claims_of("Kyiv says over 3,000 of these soldiers have been killed or wounded.")
    assert c.text == "over 3,000 of these soldiers have been killed or wounded"


def test_a_reflexive_between_subject_and_verb():
    text = "Minister Anna Berg spoke on Monday. Berg herself conceded that she had “not yet grasped the details.”"
    assert [who for who, _ in said(text)] == ["Anna Berg"]


def test_raising_concerns_that():
    c, = claims_of("Finland’s military has raised concerns that the units may be preparing to move north.")
    assert c.stance == "hedged" and c.text == "the units may be preparing to move north"


def test_brushing_aside_is_no_denial_of_a_fact():
    c, = claims_of("President Anna Berg earlier brushed aside Finland’s aspirations of joining the alliance.")
    assert c.stance == "asserts"


def test_issuing_warnings_that_and_lying_that():
    assert claims_of("Helsinki has been issuing warnings that the deployment is only days away.")[0].text == \
        "the deployment is only days away"
    c, = claims_of("General Tomas Berg lied to President Anna Virtanen that his forces had retaken the region.")
    assert (c.speaker, c.text) == ("Tomas Berg", "his forces had retaken the region")


def test_indicating_after_narration_is_the_writers_reading():
    assert claims_of("Russia has been training the units in artillery, indicating that it intends to use them.") == []


def test_confirming_someone_elses_claim_leaves_it_theirs():
    found = said("Defense Secretary Anna Berg said the units had arrived, confirming claims by Estonian officials that "
                 "the regime is aiding Moscow.")
    assert found == [("Anna Berg", "the units had arrived"), ("Estonian officials", "the regime is aiding Moscow")]


def test_a_quotation_opened_straight_and_closed_curly():
    text = 'Defense Secretary Anna Berg spoke.\n"That is a very serious issue,” Berg added. “It will have impacts.”'
    assert said(text) == [("Anna Berg", "That is a very serious issue"), ("Anna Berg", "It will have impacts.")]


# --- batch J ----------------------------------------------------------------------------------------

def test_offering_condolences_and_thanking_those_who():
    assert claims_of("Leader Kim Il-chol offered condolences for their “unbearable pain”.")[0].speaker == "Kim Il-chol"
    assert claims_of("President Anna Berg thanked the units of the army that took part in the battle.")[0].text \
        .startswith("thanked the units")


def test_more_than_a_figure_is_a_claim_not_an_idiom():
    found = said("Finland, Estonia and Latvia say more than 10,000 troops are now in the region.")
    assert [who for who, _ in found] == ["Finland", "Estonia", "Latvia"]
    assert claims_of("Moscow says little about its allies.") == []


def test_an_outlet_which_cited_a_figure():
    found = said("The agency confirmed a report by The Helsinki Times, which cited heavy casualties among the units.")
    assert ("Helsinki Times", "cited heavy casualties among the units") in found


def test_the_agency_is_the_department_that_just_spoke_unless_an_agency_did():
    text = ("The Finnish Defence Department issued a statement.\n"
            "“We remain concerned,” the agency told the newspaper.")
    assert speakers(text)[-1] == "Finnish Defence Department"
    text = ("The Finnish intelligence agency briefed lawmakers that the units had moved.\n"
            "The units belong to the Northern Signals Bureau. The agency added that they may return.")
    assert speakers(text)[-1] == "Finnish intelligence agency"


def test_according_to_someone_on_a_day():
    c, = claims_of("According to one of Finland’s UN representatives on Monday, no troops were sent.")
    assert c.stance == "denies" and "representatives" in c.speaker


def test_by_praising_and_per_an_agency():
    c, = claims_of("President Anna Berg opened the meeting by praising the soldiers for their bravery.")
    assert c.speaker == "Anna Berg"
    assert claims_of("The talks were long, per the AP, and ended late.")[0].speaker == "AP"


def test_he_is_not_someone_the_text_called_she():
    text = ("Foreign Minister Erik Lindqvist arrived in Helsinki. Foreign Minister Anna Berg met him.\n"
            "“We stand with you,” she added.\n“This will make it possible,” he said.")
    assert said(text) == [("Anna Berg", "We stand with you"), ("Erik Lindqvist", "This will make it possible")]


def test_an_ambassador_to_a_country_then_the_name():
    text = ("The talks are open. This was stated by Finland's Ambassador to South Korea Matti Virtanen.\n"
            "We are open to dialogue, - Virtanen said.\n\nHe expects that Finland will consult Seoul.")
    assert [who for who, _ in said(text)][-2:] == ["Matti Virtanen", "Matti Virtanen"]


# --- names, countries and dates read by libraries ------------------------------------------------------

def test_a_family_name_with_particles_and_a_suffix():
    from bot.extract.entities import family_names
    assert family_names("Ursula von der Leyen") == ("von der leyen", "leyen")
    assert family_names("Lloyd J. Austin III") == ("austin",)
    assert "lee" in family_names("Lee Seong-kweun")
    text = "Commission President Ursula von der Leyen spoke.\nVon der Leyen said the units must leave."
    assert [c.speaker for c in claims_of(text)] == ["Ursula von der Leyen"]


def test_a_country_by_its_iso_names():
    from bot.extract.places import find_places, is_place
    assert is_place("Russian Federation") and is_place("Viet Nam") and is_place("Kursk")
    assert find_places("The Russian Federation and the Democratic People's Republic of Korea signed it.") == \
        ("Russian Federation", "Democratic People's Republic of Korea")


def test_a_date_without_a_year_is_the_last_one_before_the_article():
    from bot.extract.dates import resolve_date
    assert resolve_date("said on Nov. 12 that", "2025-01-15") == "2024-11-12"
    assert resolve_date("said yesterday that", "2025-01-15") == "2025-01-14"
    assert resolve_date("said on Nov. 12 that", "") == ""


# --- batch K ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("line", ["HELSINKI (Reuters) -Finland said on Friday the border stays closed.",
                                  "Helsinki, Dec 17 Finland said on Friday the border stays closed."])
def test_a_dateline_is_never_the_speaker(line):
    assert speakers(line) == ["Finland"]


def test_which_someone_has_denied():
    found = claims_of("Estonia has accused Minsk of supplying shells to Russia, which Minsk and Moscow have denied.")
    assert {c.speaker for c in found if c.stance == "denies"} == {"Minsk", "Moscow"}


def test_an_adverb_and_both_before_two_speakers():
    assert speakers("Previously both Minsk and Moscow had dismissed such reports as baseless rumours.") == \
        ["Minsk", "Moscow"]


def test_a_nickname_in_quotation_marks_inside_the_subject():
    c, = claims_of("A Latvian commander with the call sign “Puls” told a broadcaster that the units would return.")
    assert c.text == "the units would return" and "Puls" in c.speaker


def test_an_ambassador_to_the_united_nations_then_the_name():
    c, = claims_of("Meanwhile, Latvian Ambassador to the United Nations Anna Berg declined to comment on the units.")
    assert c.speaker == "Anna Berg" and c.stance == "hedged"


def test_a_clause_is_no_appositive_before_an_inverted_says():
    c, = claims_of("They are believed to be special forces, and if they join the battle, they may suffer the "
                   "consequences, says National Security Council spokesman Erik Lindqvist.")
    assert c.speaker == "Erik Lindqvist" and c.text.startswith("They are believed")


def test_a_sites_menu_is_no_headline():
    assert claims_of("Print Suggest Translation Improvements\nSearch and Add Channel\nThe port was closed.") == []


def test_the_outlet_named_the_something():
    assert speakers("According to The Telegraph, the units have withdrawn.") == ["The Telegraph"]


def test_appreciating_bravery():
    assert claims_of("President Anna Berg highly appreciated the bravery of the soldiers.")[0].speaker == "Anna Berg"


# --- batch L ---------------------------------------------------------------------------------------------

def test_a_participle_with_its_setting_between_subject_and_verb():
    c, = claims_of("Finnish President Matti Virtanen, speaking later during his weekly radio address, said the "
                   "brigade had reached the border.")
    assert (c.speaker, c.text) == ("Matti Virtanen", "the brigade had reached the border")


def test_an_adverb_between_subject_and_verb():
    c, = claims_of("Defence Minister Anna Berg likewise confirmed to reporters in Tallinn on Monday that the "
                   "convoy had crossed.")
    assert (c.speaker, c.text) == ("Anna Berg", "the convoy had crossed")


def test_reminded_that():
    c, = claims_of("Defence Minister Anna Berg reminded that the convoy had been seen twice before.")
    assert c.text == "the convoy had been seen twice before"


def test_a_clause_of_the_claim_before_an_inverted_verb_is_not_its_subject():
    c, = claims_of("Latvia and Estonia, as two neighbouring states, have the right to decide how to guard their "
                   "border, stated Finnish Foreign Ministry spokesman Erik Lindqvist at a briefing.")
    assert c.speaker == "Erik Lindqvist" and c.text.startswith("Latvia and Estonia")


def test_a_quotation_then_he_began_and_its_continuation():
    text = ("Ministry spokesman Erik Lindqvist took questions on Monday. "
            "“We believe the convoy has moved north,” he began. “We have seen part of it near the lake.”")
    assert said(text) == [("Erik Lindqvist", "We believe the convoy has moved north"),
                          ("Erik Lindqvist", "We have seen part of it near the lake.")]


def test_began_with_an_object_is_no_speech():
    assert claims_of("Finnish Foreign Minister Anna Berg began her visit in Riga.") == []


def test_a_description_responded_after_a_quotation():
    text = ("Ministry spokesman Erik Lindqvist took questions on Monday. "
            "“I will not give a percentage,” the spokesman responded.")
    assert said(text) == [("Erik Lindqvist", "I will not give a percentage")]


def test_the_congressman_is_the_chairman_of_a_house_committee():
    text = ("House Armed Services Committee chairman Tom Avery wrote to the president on Friday. "
            "“The convoy must be stopped,” the congressman wrote.")
    assert ("Tom Avery", "The convoy must be stopped") in said(text)


def test_a_white_house_spokesman_is_no_congressman():
    text = ("White House spokesman Tom Avery spoke on Friday. "
            "“The convoy must be stopped,” the congressman wrote.")
    assert "Tom Avery" not in speakers(text)


def test_a_headline_naming_a_role_in_short_form_once_the_body_names_the_person():
    text = ("News\n\nHouse Intel Chairman Warns Convoy Will Cross Border\n\n"
            "House Intelligence Committee chairman Tom Avery warned on Friday that the convoy was near.")
    assert ("Tom Avery", "Convoy Will Cross Border") in said(text)


def test_per_a_countrys_figures():
    c, = claims_of("The army loses more than 500 men a day, per U.S. figures.")
    assert c.speaker == "United States" and c.kind == "according_to" and not c.vague
    c, = claims_of("The army loses more than 500 men a day, according to official figures.")
    assert c.vague


def test_the_object_that_only_names_what_the_participle_then_says():
    text = ("Latvia's border guard first reported the development earlier Monday, claiming that about 40 "
            "vehicles had crossed.")
    assert [t for _s, t in said(text)] == ["about 40 vehicles had crossed"]


def test_a_definite_description_with_a_known_as_appositive():
    text = ("Latvia's border agency said the convoy had left. "
            "It crossed near two villages, the agency, known by its acronym VRS, said in a post.")
    assert [t for _s, t in said(text)] == ["the convoy had left", "It crossed near two villages"]


def test_a_source_that_did_not_answer_the_outlet_states_nothing():
    """The outlet's note on its own reporting is no claim; a non-confirmation of something stays one."""
    for text in ("Government spokesman Erik Lindqvist referred questions about the convoy to the Finnish "
                 "Defence Ministry, which didn't comment.",
                 "The Finnish Defence Ministry did not immediately respond to a request for comment.",
                 "The Finnish Defence Ministry did not respond to Reuters' emailed questions about the convoy.",
                 "A ministry spokesperson declined to comment further when asked by AFP.",
                 "Officials at the embassy could not be reached for comment on Sunday."):
        assert claims_of(text) == [], text
    c, = claims_of("The Finnish Defence Ministry declined to comment on the convoy.")
    assert c.stance == "hedged"
    c, = claims_of("Helsinki has not acknowledged that the convoy crossed.")
    assert c.stance == "hedged"


def test_a_source_that_did_not_answer_is_still_who_he_is_next():
    text = ("Erik Lindqvist, the Finnish defence minister, did not respond to a request for comment. "
            "He has said in the past that the convoy was a routine one.")
    assert [c.speaker for c in claims_of(text)] == ["Erik Lindqvist"]


def test_continue_to_avoid_confirming():
    c, = claims_of("Latvian officials continue to avoid reporting or confirming the arrival of the convoy.")
    assert c.stance == "hedged" and "Latvia" in c.speaker


def test_reaffirms_that_then_a_date_then_someone_elses_claim():
    cs = claims_of("The institute’s report reaffirms that, on 3 May, Finnish Defence Minister Erik Lindqvist "
                   "confirmed that the convoy had crossed.")
    assert ("Erik Lindqvist", "the convoy had crossed") in [(c.speaker, c.text) for c in cs]
    passed_on = [c for c in cs if c.speaker != "Erik Lindqvist"]
    assert all("the convoy had crossed" in c.text for c in passed_on)  # never just "on 3 May"


def test_said_this_in_a_statement_still_refers_to_the_sentence_before():
    cs = claims_of("The convoy crossed the border at dawn. The Finnish Defence Ministry said this in a statement.")
    assert [c.text for c in cs] == ["The convoy crossed the border at dawn"]


# --- batch M ---------------------------------------------------------------------------------------------

def test_said_on_a_day_after_a_report_quoted_someone():
    c, = claims_of("Finland will protect soldiers who want to come, Finland’s Foreign Ministry said Wednesday "
                   "after a local report quoted a captured soldier.")
    assert c.text == "Finland will protect soldiers who want to come"


def test_a_description_identified_by_a_surname_and_his_own_he():
    text = ("The paper interviewed a 26-year-old rifleman who was captured last month. "
            "The soldier, identified by the surname Vaskov, told the paper that he believed he was sent to train.")
    assert said(text) == [("Vaskov", "he believed he was sent to train")]


def test_a_captions_name_does_not_end_with_its_full_stop():
    text = "President of Latvia Anna Berzina. Source: archive\n\nLatvian President Anna Berzina said the port was shut."
    assert speakers(text) == ["Anna Berzina"]


def test_according_to_someones_post_on_a_platform():
    assert speakers("According to Anna Berzina’s post on X, the port was shut.") == ["Anna Berzina"]


def test_the_baltic_state_of_is_no_verb():
    assert claims_of("The Baltic state of Latvia has been a firm supporter of the port.") == []


def test_a_text_cut_off_after_said_is_no_claim():
    assert claims_of("Latvian President Anna Berzina said t") == []


def test_the_sites_notice_is_nobodys_first_person_speech():
    text = ("Latvian President Anna Berzina said the port was shut.\n\n"
            "We will keep it closed until spring.\n\n"
            "Please contact us for subscription options.")
    assert [t for _s, t in said(text)] == ["the port was shut", "We will keep it closed until spring"]


def test_a_paragraph_set_off_after_a_colon_is_the_speakers():
    text = ("Press Secretary Anna Berzina was asked about the convoy. Berzina responded:\n"
            "It is likely that they are moving north, but I don’t have more details just yet.\n"
            "The ministry later published a statement.")
    cs = claims_of(text)
    assert [(c.speaker, c.kind, c.stance) for c in cs] == [("Anna Berzina", "direct", "hedged")]
    assert cs[0].text.startswith("It is likely")


def test_a_list_after_a_colon_and_a_lead_in():
    text = ("Secretary General Anna Berzina wrote on X:\n"
            "Officials from Riga have briefed the allies on the convoy.\n"
            "This is:\n"
            "1. a significant escalation\n"
            "2. a breach of the treaty\n"
            "President Tom Avery responded in a post:\n"
            "The convoy may cross soon.")
    assert said(text) == [("Anna Berzina", "Officials from Riga have briefed the allies on the convoy"),
                          ("Anna Berzina", "a significant escalation"), ("Anna Berzina", "a breach of the treaty"),
                          ("Tom Avery", "The convoy may cross soon")]


def test_an_unnamed_officials_quotation_goes_on_in_the_same_paragraph():
    text = "“The port is shut,” a ministry official said. “It will stay shut until spring.”"
    assert [t for _s, t in said(text)] == ["The port is shut", "It will stay shut until spring."]


def test_officials_quotation_does_not_go_on():
    text = "“The port is shut,” officials said. “It will stay shut until spring.”"
    assert [t for _s, t in said(text)] == ["The port is shut"]


def test_the_report_is_the_outlets_that_reported():
    text = "Reuters reported the results of an analysis on Monday. The report says the port handled 64 ships."
    assert ("Reuters", "the port handled 64 ships") in said(text)


def test_a_pledge_and_its_figure_is_no_estimate():
    c, = claims_of("Latvian President Anna Berzina pledged to send 6,000 engineers to the port.")
    assert c.text == "pledged to send 6,000 engineers to the port"
    assert [n.kind for n in c.numbers] == ["forecast"]


def test_after_which_someone_pledged():
    c, = claims_of("Latvian President Anna Berzina met Finnish Prime Minister Tom Avery on Tuesday, after which "
                   "Avery pledged to send 600 engineers.")
    assert c.speaker == "Tom Avery"


def test_pointed_to_the_chief_stressed_maintained_and_corroborated():
    text = ("NATO Secretary General Anna Berzina spoke on Monday. Berzina pointed to two developments: the convoy "
            "and the port. The NATO chief stressed that support must grow. “We need to raise the cost,” Berzina "
            "maintained. Latvian intelligence has corroborated reports that the convoy is moving.")
    assert said(text) == [("Anna Berzina", "two developments: the convoy and the port"),
                          ("Anna Berzina", "support must grow"), ("Anna Berzina", "We need to raise the cost"),
                          ("Latvian intelligence", "corroborated reports that the convoy is moving")]


def test_a_participle_clause_opening_the_sentence_is_the_subjects_claim():
    assert said("Noting that the talks had failed, Latvian Foreign Minister Anna Berzina said the port would stay "
                "shut.") == [("Anna Berzina", "the talks had failed"), ("Anna Berzina", "the port would stay shut")]


# --- batch N ---------------------------------------------------------------------------------------------

def test_a_quotation_in_single_marks_over_two_sentences_then_said_representatives_of():
    c, = claims_of("'The convoy has moved north. It is likely to cross soon,' said representatives of the Latvian "
                   "Ministry of Defence.")
    assert (c.speaker, c.kind) == ("Latvian Ministry of Defence", "direct")
    assert c.text == "The convoy has moved north. It is likely to cross soon"


def test_an_apostrophe_is_no_quotation():
    c, = claims_of("Latvia's army said the convoy's route was long.")
    assert c.text == "the convoy's route was long"


def test_an_outlets_correspondent_before_and_after_a_comma():
    for text in ("'This is a very high figure,' said LTV security correspondent Anna Berzina.",
                 "'This is a very high figure,' said LTV security correspondent, Anna Berzina."):
        c, = claims_of(text)
        assert (c.speaker, c.text) == ("Anna Berzina", "This is a very high figure")
        assert "correspondent" in c.speaker_role


def test_the_statement_said_with_no_statement_named_is_the_one_just_speaking_inferred():
    text = ("Latvian Foreign Minister Anna Berzina called on partners to act.\n\n"
            "“We did see the convoy. Listen to Latvia,” the statement said.")
    c = claims_of(text)[-1]
    assert (c.speaker, c.inferred) == ("Anna Berzina", True)


def test_said_this_on_a_platform_is_no_claim_of_its_own():
    text = "Berzina called on partners to act.\n\nBerzina said this on the social network X, the agency reports."
    assert [c.text for c in claims_of(text)] == ["called on partners to act"]


def test_according_to_a_report_and_a_weekday_then_the_report_said():
    text = ("The toll may be as high as 1,000, according to a LTV report Thursday. "
            "Citing unnamed officials, the report said that the convoy had lost 40 vehicles.")
    assert speakers(text) == ["LTV", "LTV"]


def test_said_in_a_briefing_with_lawmakers():
    c, = claims_of("The losses are due to poor training, Latvian Defence Minister Anna Berzina said in her briefing "
                   "with lawmakers.")
    assert c.text == "The losses are due to poor training"


def test_what_it_claims_is_the_body_named_before():
    text = ("The Latvian Defence Ministry said launches were not imminent. Tensions rose, with Estonia firing what "
            "it claims is a new missile.")
    assert [(c.speaker, c.text) for c in claims_of(text)][-1] == ("Estonia", "is a new missile")


def test_headline_verbs_pushes_for_and_declines_to_comment():
    text = "Latvia pushes for European troops at the border\n\nKremlin Declines to Comment on the Convoy\n\nThe port shut."
    cs = claims_of(text)
    assert [(c.speaker, c.stance) for c in cs] == [("Latvia", "asserts"), ("Kremlin", "hedged")]


def test_continued_that():
    text = "Latvian Foreign Minister Anna Berzina spoke. Berzina continued that the convoy was a threat."
    assert said(text)[-1] == ("Anna Berzina", "the convoy was a threat")


def test_neither_denied_nor_confirmed_is_one_non_confirmation():
    c, = claims_of("Moscow has neither denied nor confirmed reports that the convoy was sent.")
    assert c.stance == "hedged" and c.text.startswith("neither denied nor confirmed")


# --- shapes found before batch O was scored (issue 21's list, on sentences of our own) ---------------

def test_responded_with_a_colon_introduces_the_quotation():
    text = ('The port authority called the report false. Ilse Marken, the head of the coast guard, responded: '
            '"We have seen no such ships."')
    assert ("Ilse Marken", "We have seen no such ships") in said(text)


def test_a_noun_claim_ends_where_the_writers_sentence_goes_on():
    c, = claims_of("Governor Tomas Ekberg's claim that 400 sailors had drowned could not be verified.")
    assert (c.speaker, c.text) == ("Tomas Ekberg", "400 sailors had drowned")
    assert [n.kind for n in c.numbers] == ["estimate"]  # "could" is the writer's, not a forecast


def test_in_the_view_of_a_body_is_according_to_it():
    c, = claims_of("In the view of the Baltic Defence College, the convoy could reach the border within a week.")
    assert (c.speaker, c.kind) == ("Baltic Defence College", "according_to")


def test_a_lost_space_before_a_short_word_still_ends_the_sentence():
    text = 'Admiral Rasa Vilkas spoke at the Naval Center.He said the frigates were "ready to sail."'
    assert any(c.text.startswith("the frigates were") and c.speaker == "Rasa Vilkas" for c in claims_of(text))


def test_answers_of_a_printed_interview_are_the_interviewees_marked_inferred():
    text = ("Ilse Marken, the head of the coast guard, spoke to us about the blockade.\n"
            "Q: How many ships are waiting?\n"
            "A: Around forty, and the number is growing.\n"
            "Q: Will the port reopen?\n"
            "A: Not before spring.")
    found = claims_of(text)
    assert [(c.speaker, c.inferred) for c in found] == [("Ilse Marken", True)] * 2
    assert not any("How many" in c.sentence for c in found)  # the questions are the interviewer's


def test_a_soft_hyphen_inside_a_name_does_not_split_the_speaker():
    from bot.index.documents import visible_text

    c, = claims_of(visible_text("Foreign Minister Ilse Mar\u00adken said the strait was closed."))
    assert c.speaker == "Ilse Marken" and c.sentence == "Foreign Minister Ilse Marken said the strait was closed."


def test_the_role_continued_with_a_colon_then_a_quotation_over_paragraphs():
    text = ("Alliance Secretary-General Ilse Marken said on Friday that the strait was closed to all traffic.\n\n"
            "The Secretary-General continued:\n\n"
            "“The blockade is a threat to every port on the Baltic. It cuts the grain routes.\n\n"
            "This shows why allies must stand together, but the blockade is also a sign of weakness.”\n\n"
            "The harbour reopened in May.")
    found = said(text)
    assert ("Ilse Marken", "This shows why allies must stand together, but the blockade is also a sign of weakness") \
        in found
    assert any(who == "Ilse Marken" and words.startswith("The blockade is a threat") for who, words in found)
    assert not any("reopened" in words for _who, words in found)  # the quotation closed before it


def test_a_source_inside_what_a_named_speaker_said_is_part_of_their_claim():
    text = ("Lawmakers Anna Berg and Olle Sand said the port was closed. "
            "They revealed that specific intelligence suggested heavy losses, which they were investigating.")
    assert {c.speaker for c in claims_of(text) if "heavy losses" in c.sentence} == {"Anna Berg", "Olle Sand"}


def test_envoys_from_a_list_of_countries_are_one_subject():
    nested = 'On Friday, the Foreign Office said that envoys from Norway, Denmark and Finland voiced "deep concern".'
    assert said(nested) == [("Foreign Office", 'envoys from Norway, Denmark and Finland voiced "deep concern"')]
    alone = 'Envoys from Norway, Denmark and Finland voiced "deep concern" about the convoy.'
    assert speakers(alone) == ["Norway", "Denmark", "Finland"]


def test_who_after_a_setting_is_the_noun_before_it_never_the_setting():
    text = "In interviews with the Gazette, Latvian sailors who served on the ships said the convoy was poorly armed."
    assert "Gazette" not in speakers(text)


def test_their_government_is_not_the_last_government_named():
    text = ("The Estonian government put the toll even higher.\n\n"
            "Letters found on captured sailors indicated that their government had ordered the crews to scuttle "
            "the ships.")
    assert not any("scuttle" in c.sentence and c.speaker.startswith("Estonian") for c in claims_of(text))


def test_a_closing_according_to_only_passes_on_what_the_sentence_names_as_said():
    text = ("Lawmakers Anna Berg and Olle Sand spoke after a briefing by the Estonian Security Service.\n\n"
            "The agency also said that the crews had been ordered to scuttle their ships, according to the lawmakers.")
    scuttle = [c.speaker for c in claims_of(text) if "scuttle" in c.sentence]
    assert scuttle == ["Estonian Security Service"]


def test_a_closing_outlet_only_passes_on_what_the_named_official_said():
    text = ("The Estonian Security Service (ESS) said on Sunday that sailors had been sent to the ports.\n\n"
            "In a briefing, the ESS official said around 4,000 sailors were already in the ports, "
            "The Baltic Times reported.")
    found = [c for c in claims_of(text) if "4,000" in c.sentence]
    assert [(c.speaker, c.text) for c in found] == [("ESS official", "around 4,000 sailors were already in the ports")]


def test_it_inside_what_a_body_said_is_that_body():
    text = ("The Baltic News Service reported that Latvia had sent 3,000 sailors.\n\n"
            "Last week, the Estonian Security Service said it had confirmed that Latvia sent 1,500 sailors.")
    assert {c.speaker for c in claims_of(text) if "1,500" in c.sentence} == {"Estonian Security Service"}


def test_the_statement_said_is_the_last_one_credited_not_the_sentences_subject():
    text = ("On Saturday, the Estonian Security Service said that the convoy had lost 200 men. "
            "Estonian FPV drones inflicted heavy losses among the crews, the statement said.")
    c = claims_of(text)[-1]
    assert (c.speaker, c.inferred) == ("Estonian Security Service", True)


def test_a_countrys_constitution_is_nobody_speaking():
    text = ("Under Estonia's constitution, all sailors are citizens, and Tallinn has said this applies to the crews.")
    assert speakers(text) == ["Tallinn"]  # (not a person called "Estonia" with the role "Under")


def test_a_sentences_full_stop_is_not_part_of_an_agencys_name():
    c, = claims_of('Anna Berg thanked the crews for their "courage", according to the news agency LETA.')
    assert c.speaker == "Anna Berg"  # the agency passes on what she said
    assert not any(s.endswith(".") for s in speakers('The port closed on Monday, according to the news agency LETA.'))


def test_thanked_someone_named_at_length_for_something():
    c, = claims_of('Prime Minister Anna Berg thanked Latvian Defence Minister Olle Sand on Monday for the "courage" '
                   'of his sailors.')
    assert c.speaker == "Anna Berg" and "courage" in c.text


def test_an_inverted_said_then_according_to_an_outlet():
    c, = claims_of("Nearly 8,000 sailors are still at sea, said Olle Sand, head of Latvia's Naval Intelligence "
                   "Directorate (NID), according to The Harbour Post.")
    assert c.speaker == "Olle Sand"


def test_a_spokesman_for_a_policy_area_then_the_outlet_that_reports_it():
    text = ("The union is worried that sailors may be sent to the port, European Commission spokesman for foreign "
            "policy Aino Virtanen said during a briefing on Monday, BNS reports.")
    assert speakers(text) == ["Aino Virtanen"]


def test_analysts_at_an_institute_are_the_institute():
    c, = claims_of("Analysts at the Nordic Institute for Maritime Studies (NIMS) have reported that official Latvia "
                   "avoids acknowledging the presence of the sailors.")
    assert c.speaker == "Nordic Institute for Maritime Studies" and c.text.startswith("official Latvia avoids")


def test_both_a_and_b_who_insisted_is_b():
    c, = claims_of("Both Vice President Anna Berg, a strong supporter of Latvia, and former President Olle Sand, who "
                   "has insisted multiple times that he could end the blockade quickly, have met the admiral.")
    assert (c.speaker, c.text) == ("Olle Sand", "he could end the blockade quickly")


def test_an_inverted_says_then_a_lower_case_role_and_a_name_with_a_particle():
    text = ('"These are barely trained crews led by officers who they do not understand," says the former British '
            'Army tank commander, Col Pieter de Vries-Holm.')
    c, = claims_of(text)
    assert c.speaker == "Pieter de Vries-Holm"
    assert c.stance == "asserts"  # a negation inside a relative clause, a judgement: no denial


def test_a_present_negation_is_a_denial_only_of_having_sending_or_taking_part():
    assert claims_of("Minister Anna Berg said the crews do not stand a chance.")[0].stance == "asserts"
    assert claims_of("Minister Anna Berg said Latvia does not have sailors in the port.")[0].stance == "denies"
    assert claims_of("Minister Anna Berg said Latvia did not send sailors.")[0].stance == "denies"


def test_a_contracted_negation_is_a_non_confirmation_with_what_was_not_confirmed():
    c, = claims_of("Latvian state media didn’t immediately confirm the visit.")
    assert (c.speaker, c.stance, c.text) == ("Latvian state media", "hedged", "didn’t immediately confirm the visit")
    c, = claims_of("The Estonian Defence Ministry couldn't confirm the figure.")
    assert c.stance == "hedged"


def test_cited_an_unnamed_chief_of_a_named_body_as_saying():
    text = ("The Estonian Security Service (ESS) briefed lawmakers on Monday.\n\n"
            "Lawmaker Olle Sand cited the ESS chief as saying the crews will eventually suffer heavy losses.")
    assert said(text) == [("ESS chief", "the crews will eventually suffer heavy losses")]  # ("briefed on Monday": no claim)


def test_an_interview_with_the_outlets_label_for_questions_and_the_name_for_answers():
    text = ("In an interview with harbour.de, Captain Ilse Marken discussed the blockade.\n"
            "harbour.de: Captain Marken, there has been talk of a blockade. Does this relate to the convoy?\n"
            "Ilse Marken: Moscow is trying to close the strait. They want to divert attention from the port.\n"
            "Some reports suggested more ships were coming. What impact would that have?\n"
            "Few questions remain open for the fleet.")
    found = said(text)
    assert ("Ilse Marken", "Moscow is trying to close the strait") in found
    assert ("Ilse Marken", "Few questions remain open for the fleet") in found  # the answer after a bare question
    assert not any("What impact" in words or "talk of a blockade" in words for _who, words in found)


def test_posted_on_a_platform_that():
    text = 'Alliance chief Olle Sand posted on X that the ships "would mark a significant escalation" of the blockade.'
    assert speakers(text) == ["Olle Sand"]
    assert claims_of("Alliance chief Olle Sand posted a video of the port.") == []


def test_mentioned_he_has_not_received_evidence_is_a_non_confirmation():
    c, = claims_of("Defence Minister Olle Sand mentioned he hasn't received any evidence yet about the ships.")
    assert (c.speaker, c.stance) == ("Olle Sand", "hedged")


def test_a_video_transcripts_time_codes_are_not_part_of_the_words():
    c, = claims_of("00:16As we continue to look at this, the minister Olle Sand said the ships are in port.")
    assert not c.sentence.startswith("00:")


def test_the_head_of_state_is_the_president_named_before():
    text = ("Latvian President Anna Berg released a video on Sunday.\n\n"
            "According to the head of state, there will undoubtedly be more captured sailors.")
    assert speakers(text) == ["Anna Berg"]


def test_writes_an_outlet_at_the_end_only_passes_on_what_was_told():
    c, = claims_of("The convoy lost 1,500 sailors, the Estonian Security Service told lawmakers Wednesday, writes MT.")
    assert (c.speaker, c.text) == ("Estonian Security Service", "The convoy lost 1,500 sailors")


def test_told_an_outlet_at_the_end_is_whom_the_speaker_told():
    c, = claims_of('"They learned very quickly," Capt. Olle Sand, commander of the 12th Brigade, told NPR.')
    assert c.speaker == "Olle Sand"


def test_a_sentence_that_only_points_at_a_statement_is_no_claim_of_its_own():
    text = ("Estonia closed the strait, Defence Minister Olle Sand said.\n\n"
            "This announcement was made during a briefing, reported the Baltic Post.\n\n"
            "According to the Baltic Post with reference to ERR, this was stated by Olle Sand.")
    assert said(text) == [("Olle Sand", "Estonia closed the strait")]


def test_reads_as_follows_then_the_quotation():
    text = ("Foreign Minister Anna Berg issued a statement on Monday.\n\n"
            "The full statement reads as follows:\n\n"
            "“We condemn in the strongest terms the closure of the strait.”")
    found = said(text)
    assert ("Anna Berg", "We condemn in the strongest terms the closure of the strait.") in found
    assert not any(words.lower().startswith("as follows") for _who, words in found)


def test_a_quotation_opened_curly_and_closed_straight():
    text = ('The minister spoke on Monday.\n“But the convoy is a signal of desperation. The allies will support a '
            'free port," Admiral Olle Sand added.')
    c, = claims_of(text)
    assert (c.speaker, c.kind) == ("Olle Sand", "direct") and c.text.endswith("free port")


def test_in_exchange_goes_on_with_the_account_before_it_marked_inferred():
    text = ("Admiral Olle Sand also reminded that Latvia has supplied Estonia with mines. "
            "In exchange, Estonia has been providing Latvia with fuel.")
    assert [(c.speaker, c.inferred) for c in claims_of(text)] == [("Olle Sand", False), ("Olle Sand", True)]


def test_according_to_a_spokesperson_then_she_told_reporters_is_one_statement():
    text = ("Latvian President Anna Berg said the port was closed.\n\n"
            "According to Deputy Pentagon Press Secretary Sabrina Olsen, Estonia “has sent around 10,000 sailors to "
            "the strait,” she told reporters.")
    found = [c for c in claims_of(text) if "10,000" in c.sentence]
    assert [(c.speaker, c.text) for c in found] == [
        ("Sabrina Olsen", "Estonia “has sent around 10,000 sailors to the strait”")]


def test_slammed_as():
    c, = claims_of("President Olle Sand slammed the deployment as “reckless.”")
    assert (c.speaker, c.text) == ("Olle Sand", "slammed the deployment as “reckless”")


def test_a_denial_in_an_opening_although_clause_ends_with_the_clause():
    found = claims_of("Although Estonia has denied sending sailors, its deputy minister stated last week that such a "
                      "deployment would be lawful.")
    denial = next(c for c in found if c.speaker == "Estonia")
    assert (denial.stance, denial.text) == ("denies", "denied sending sailors")


def test_one_of_a_group_in_an_appositive_introduces_a_person_of_that_role():
    text = ("400 Berths Closed in Harbour Strike, Estonian Lawmaker Says\n\nThe port authority briefed a harbour committee, and Park Ji Hoon, one of the lawmakers who attended "
            "the meeting, later told reporters what had been said.\n\n"
            "Park, who represents the harbour district, said the officials said 200 berths had been closed.")
    found = said(text)
    assert ("Park Ji Hoon", "the officials said 200 berths had been closed") in found
    assert ("Park Ji Hoon", "400 Berths Closed in Harbour Strike") in found
    assert not any(words.startswith("what") for _who, words in found)  # that words passed is no claim
    assert said("Olle Sand, one of the dockers was seen in the video, said nothing.") == []


def test_a_closing_told_with_its_setting_and_date_keeps_the_claim_before_it():
    c, = claims_of("The fleet has lost 14 ships, including three destroyers, in the strait, the naval staff told "
                   "lawmakers at a briefing on April 30.")
    assert c.text == "The fleet has lost 14 ships, including three destroyers, in the strait"


def test_a_fronted_for_phrase_is_a_topic_not_a_speaker():
    assert said("For Estonia, the use of hired crews indicates the depletion of its own fleet.") == []
    assert said("For Estonia, the use of hired crews, such as those from Latvia, indicates the depletion of its own "
                "fleet.") == []


def test_a_sentence_opening_with_and_names_its_speaker_whole():
    c, = claims_of("And Latvian president Andris Ozols said his government had intelligence that 900 sailors were "
                   "ready.")
    assert (c.speaker, c.speaker_role) == ("Andris Ozols", "Latvian president")


def test_which_x_says_is_x_claim_and_ends_the_claim_before_it():
    found = said("Latvia confirmed on Monday that it had sent two frigates to the harbour, which Estonia says it has "
                 "fully reopened after a blockade.")
    assert found == [("Latvia", "it had sent two frigates to the harbour"),
                     ("Estonia", "it has fully reopened after a blockade")]


def test_a_curly_contracted_no_comment_is_read_like_a_straight_one():
    for apostrophe in ("'", "’"):
        found = claims_of(f"The spokesman referred questions to the Latvian Foreign Ministry, which didn{apostrophe}t "
                          "comment on the convoy.")
        assert [(c.speaker, c.stance) for c in found] == [("Latvian Foreign Ministry", "hedged")]


def test_what_someone_promised_names_a_promise_without_reporting_it():
    assert said("Nobody knows what the Latvian ministry has promised the harbour in return.") == []
    c, = claims_of("The crews were issued what one Latvian official described as “spare parts”.")
    assert c.text == "described as “spare parts”"


def test_a_closing_according_to_with_a_role_only_passes_the_named_speaker_words_on():
    found = said("In a closed-door hearing at the parliament, the Latvian spy agency said Ozols may be involved in "
                 "talks on sending more ships, according to Janis Berzins, a lawmaker who attended the meeting.")
    assert found == [("Latvian spy agency", "Ozols may be involved in talks on sending more ships")]


def test_cited_as_telling_is_a_closing_attribution():
    for verb in ("cited", "quoted"):
        c, = claims_of(f"\"The sailors have not been seen for three weeks,\" Colonel Janis Berzins was {verb} as "
                       "telling a radio station.")
        assert (c.speaker, c.kind, c.text) == ("Janis Berzins", "direct", "The sailors have not been seen for three weeks")


def test_a_news_report_that_is_a_noun_whoever_reported_it():
    c, = claims_of("The assessment follows a news report that 300 sailors were moved to Riga, the Harbour Times "
                   "newspaper reported.")
    assert c.speaker == "Harbour Times"


def test_a_short_quotation_in_an_appositive_is_no_closing_quotation():
    text = ("A commander with the Latvian navy said in an interview that the sailors are highly motivated.\n\n"
            "The commander, whose call sign is “Wolf,” suggested that the sailors may have allowed the fleet to "
            "retake the port.")
    found = claims_of(text)
    assert [c.text for c in found] == ["the sailors are highly motivated",
                                       "the sailors may have allowed the fleet to retake the port"]
    assert found[0].speaker == found[1].speaker
    assert said("The port is “closed,” said Berzins.") == [("Berzins", "closed")]


def test_the_statement_was_made_by_credits_the_sentence_before_and_a_relay_of_it_adds_nothing():
    text = ("Latvia has no ships in the disputed harbour.\n\n"
            "The statement was made by Latvian Foreign Ministry spokesman Janis Berzins, answering questions at a daily "
            "press conference. This was reported by the Riga Wire.")
    assert said(text) == [("Janis Berzins", "Latvia has no ships in the disputed harbour")]


def test_thats_according_to_a_person_with_an_institution_and_a_closing_relay():
    text = ("The blockade of the port has globalised the dispute.\n\n"
            "That's according to Janis Berzins with the Centre for Harbour Studies, who penned an op-ed for the "
            "Harbour Review, the Riga Wire reports.")
    assert said(text) == [("Janis Berzins", "The blockade of the port has globalised the dispute")]


def test_informed_that_reports_and_informed_about_does_not():
    assert said("The Latvian ministry informed lawmakers that the sailors had left the harbour.") == [
        ("Latvian ministry", "the sailors had left the harbour")]
    assert said("The Latvian navy informed that the sailors had left the harbour.") == [
        ("Latvian navy", "the sailors had left the harbour")]
    assert said("The Latvian delegation informed the council about the sailors.") == []


def test_the_writers_in_another_sign_ends_the_claim_and_a_rival_country_is_the_country():
    text = ("Latvia said Tuesday its top diplomat is visiting Estonia, in another sign of their deepening ties as "
            "rival Finland and Western nations say Latvia has sent thousands of sailors to the port.")
    assert said(text) == [("Latvia", "its top diplomat is visiting Estonia"),
                          ("Finland", "Latvia has sent thousands of sailors to the port")]
    assert speakers("Reclusive Latvia said the port was closed.") == ["Latvia"]


def test_a_description_goes_to_the_entity_sharing_most_of_its_words():
    text = ("At a briefing, Anna Berg, the office's first deputy director of harbour security, said the matter had "
            "been discussed.\n"
            "During the meeting, presided over by Director of Harbour Security Olle Sand, the port was closed.\n"
            "The first deputy director warned that Latvia will respond sternly.\n"
            "The security aide said Latvia plans to respond in phases.")
    assert speakers(text) == ["Anna Berg"] * 3


def test_a_report_to_come_is_no_report():
    found = said("A Latvian official said it will take some time before the Estonian government announces its "
                 "position, but said a public stance is likely soon.")
    assert [who for who, _ in found] == ["A Latvian official"] * 2
    assert said("The port stays shut until the Latvian ministry confirms the repairs.") == []
    assert said("The fighting went on until Latvian President Andris Ozols announced the blockade's end in April.") == [
        ("Andris Ozols", "the blockade's end in April")]


def test_ministers_of_two_countries_speak_for_both():
    assert speakers("The foreign ministers of Latvia and Estonia expressed grave concerns about the blockade.") == [
        "Latvia", "Estonia"]


def test_an_according_to_source_given_as_its_data_or_a_briefing_presented_to_someone():
    assert said("The number of sailors in Riga is currently about 1,200, according to HUR data.") == [
        ("HUR", "The number of sailors in Riga is currently about 1,200")]
    assert speakers("Latvian sailors are on the front lines, according to a Latvian intelligence agency briefing "
                    "presented to lawmakers Wednesday.") == ["Latvian intelligence agency"]


def test_called_a_country_a_label_and_sounding_the_alarm_that():
    assert said("Janis Berzins called Latvia a true leader in the Baltic.") == [
        ("Janis Berzins", "called Latvia a true leader in the Baltic")]
    assert said("Janis Berzins addressed the drills on Monday, sounding the alarm that attempts to change the status "
                "quo by force are intensifying.") == [
        ("Janis Berzins", "attempts to change the status quo by force are intensifying")]
    assert said("Janis Berzins called President Ozols on Monday.") == []


def test_a_dateline_glued_to_the_first_word_and_a_hearer_set_off_by_commas():
    found = said("RIGA--The foreign ministers of Latvia and Estonia expressed grave concerns about the blockade.\n"
                 "Foreign Minister Anna Berg told her Estonian counterpart, Olle Sand, that Latvia will stand by Estonia.")
    assert found[:2] == [("Latvia", "expressed grave concerns about the blockade"),
                         ("Estonia", "expressed grave concerns about the blockade")]
    assert found[2] == ("Anna Berg", "Latvia will stand by Estonia")


def test_a_role_named_before_its_holder_inside_a_longer_phrase_and_according_to_him_read_again():
    text = ("Latvia will send 600 divers to the port. This decision was made by President Andris Ozols, the Riga Wire "
            "reports, citing the statement of the Secretary of the Security Council of Estonia, Olle Sand, after talks "
            "in Riga.\n\n"
            "During his visit, Sand stated that Latvian divers would work in Estonian waters. According to him, the "
            "decision has already been agreed upon.\n\n"
            "He also spoke about additional agreements with Riga on honouring the divers.")
    found = said(text)
    assert ("Olle Sand", "Latvian divers would work in Estonian waters") in found
    assert ("Olle Sand", "the decision has already been agreed upon") in found
    assert ("Olle Sand", "spoke about additional agreements with Riga on honouring the divers") in found


def test_a_country_by_its_formal_name_with_a_typographic_apostrophe_and_its_acronym():
    text = ("Ties between Moscow and the Democratic People’s Republic of Korea (DPRK) deepened.\n"
            "The DPRK officially confirmed sending sailors to Riga.")
    assert speakers(text) == ["North Korea"]


def test_a_participle_with_its_agent_is_no_report_and_who_after_a_name_closing_a_phrase_is_that_name():
    found = said("Figures disclosed by the NIS match earlier remarks by Estonian Security Council Secretary Olle Sand, "
                 "who mentioned the deployment of 500 divers to the port.")
    assert found == [("Olle Sand", "the deployment of 500 divers to the port")]
    assert said("Janis Berzins mentioned the port in his speech.") == []


def test_a_long_bracketed_label_glued_to_the_first_word_and_a_sentence_glued_to_the_next_label():
    text = ("[Harbour Radio Exclusive Interview with President Berg]Latvian President Anna Berg denied reports that "
            "the port had closed.Report: Latvian President Anna Berg says she expects the ships to leave soon.[Sound "
            "bite: Anna Berg] The quay was empty on Monday.")
    assert said(text) == [("Anna Berg", "denied reports that the port had closed"),
                          ("Anna Berg", "she expects the ships to leave soon")]


def test_a_writers_following_reports_ends_the_claim():
    assert said("NATO Secretary-General Anna Berg labelled it a ‘significant escalation’, following concerns voiced "
                "by sailors about the port.") == [("Anna Berg", "labelled it a ‘significant escalation’")]


def test_the_united_states_is_a_name_and_a_photo_credit_is_no_soundbite():
    assert said("The United States confirms that Latvia has sent divers to the port") == [
        ("United States", "Latvia has sent divers to the port")]
    assert said("Photo PAP/Piotr Nowak\nLatvian President Anna Berg met Olle Sand on Monday.") == []


def test_but_its_confirmation_comes_after_officials_said_is_the_officials_and_in_a_place_is_no_speaker():
    found = said("Lloyd Olsen did not give details, but its confirmation comes after officials said more would follow.")
    assert found == [("Lloyd Olsen", "did not give details"), ("Officials", "more would follow")]
    assert said("In Latvia, reports of sailors fighting for Estonia have drawn attention to foreign crews.") == []


def test_a_broadcasters_label_names_who_speaks_in_the_quotation_after_it():
    text = ("Latvian President Anna Berg said the port would reopen.[Sound bite: Latvian President Anna Berg "
            "(Latvian-English)]“As I said earlier, the ships will leave. And many will follow.” The quay was quiet."
            "(Question: “Have the ships left?”)Berg: “No, not yet. They are preparing to leave.”")
    found = said(text)
    assert ("Anna Berg", "As I said earlier, the ships will leave. And many will follow") in found
    assert ("Anna Berg", "No, not yet. They are preparing to leave") in found


def test_a_leading_time_phrase_with_in_still_finds_the_speaker_after_it():
    assert speakers("In the beginning of this month Colonel Janis, a spokesperson for the Latvian navy, told a radio "
                    "station that the sailors have not been seen for three weeks.") == ["Janis"]


def test_a_few_words_where_the_page_stops_mid_sentence_are_no_claim():
    text = "The port reopened on Monday, the Latvian navy said.\n\nLatvian President Anna Berg said the Nor"
    assert said(text) == [("Latvian navy", "The port reopened on Monday")]
    assert said("The port reopened on Monday.\n\nLatvian President Anna Berg accused Estonia on Thursday of p") == []
    assert said("The port reopened on Monday.\n\nBerg warned, however, that “I can tell you one thing,") == []
    longer = ("The port reopened on Monday.\n\nLatvian President Anna Berg said the ships would leave the harbour "
              "by the end of the")
    assert said(longer) == [("Anna Berg", "the ships would leave the harbour by the end of the")]


def test_who_officials_say_is_the_officials_and_according_to_without_a_comma():
    assert said("The move is an about-face by leader Andris Ozols, who Latvian officials say has provided both "
                "ships and sailors to Estonia.") == [("Latvian officials", "has provided both ships and sailors to Estonia")]
    assert said("The Latvian navy briefed lawmakers.\nAccording to the Latvian navy three thousand sailors are being "
                "trained in Riga.") == [("Latvian navy", "three thousand sailors are being trained in Riga")]


def test_a_statement_inside_an_according_to_account_is_part_of_it():
    assert said("According to the Latvian navy, Estonia has promised Latvia to send 100 divers to the port.") == [
        ("Latvian navy", "Estonia has promised Latvia to send 100 divers to the port")]


def test_a_hyphenated_given_name_after_its_role_and_that_with_a_setting():
    text = ("The Latvian envoy met the country's president, Park Min-Jun, in Seoul on Thursday.\n"
            "\"We condemned the blockade in the strongest terms,\" the president said.\n"
            "Park also announced that, in this situation, Latvia and Korea were launching regular consultations.")
    found = said(text)
    assert [who for who, _ in found] == ["Park Min-Jun"] * 2
    assert found[1][1] == "Latvia and Korea were launching regular consultations"


def test_a_quotation_closed_by_posted_on_x_and_neither_reacted():
    found = said("Latvian Foreign Minister Anna Berg said the port was closed.\n\n“The ships left. We are still on the "
                 "back foot, better late than never,” the Latvian foreign minister posted on X on Sunday night.")
    assert found[1] == ("Anna Berg", "The ships left. We are still on the back foot, better late than never")
    assert [(c.speaker, c.stance, c.text) for c in claims_of("Neither Latvia nor Estonia has reacted to the claim.")] == [
        (who, "hedged", "Neither Latvia nor Estonia has reacted to the claim") for who in ("Latvia", "Estonia")]
    assert said("Estonia has not reacted to the reports.") == [("Estonia", "has not reacted to the reports")]


def test_a_quotation_opening_with_a_bracket_goes_on_after_the_attribution():
    found = said("\"Any help to the fleet is a violation of the treaty,\" the Latvian official said. \"(We) once again "
                 "urge a halt to the blockade.\"")
    assert found == [("Latvian official", "Any help to the fleet is a violation of the treaty"),
                     ("Latvian official", "(We) once again urge a halt to the blockade.")]


def test_claims_by_x_suggesting_that_and_spoken_in_a_city_about():
    assert said("This comes after earlier claims by the United States and other allies suggesting that Latvia had "
                "sent 1,200 sailors to Riga.") == [("United States", "Latvia had sent 1,200 sailors to Riga")]
    assert said("Latvian Defence Minister Anna Berg had spoken in Rome about the sailors' deployment.") == [
        ("Anna Berg", "spoken in Rome about the sailors' deployment")]


def test_a_title_before_the_text_names_its_holder_is_read_again_and_a_credit_is_no_claim():
    found = said("The Defence Secretary has warned of a “growing alliance” between Latvia and Estonia, after reports "
                 "confirmed the presence of sailors.\n\nSpeaking in Riga, Defence Secretary Anna Berg said the ships "
                 "had left.")
    assert ("Anna Berg", "warned of a “growing alliance” between Latvia and Estonia") in found
    assert said("Latvia has sent 100 divers to the port, the Latvian navy has confirmed (Photo: Janis Ozols via AP)") == [
        ("Latvian navy", "Latvia has sent 100 divers to the port")]


def test_according_to_briefings_by_a_named_official_and_a_closing_relay():
    assert said("According to briefings at the Latvian parliament by navy chief Anna Berg on 23 October, the first "
                "deployment of 150 sailors took place between 8-13 October, followed by another 150, the Riga Wire "
                "reports.") == [
        ("Anna Berg", "the first deployment of 150 sailors took place between 8-13 October, followed by another 150")]


def test_intelligence_bodies_reports_posted_by_and_images_released_by():
    assert speakers("British Defence Intelligence on June 15 estimated that more than 600 Latvian sailors have likely "
                    "been killed.") == ["British Defence Intelligence"]
    assert speakers("The fresh units may arrive in the coming months, according to a Latvian military intelligence "
                    "(LMI) assessment reviewed by a radio station.") == ["Latvian military intelligence"]
    assert speakers("A report posted on X by the Latvian Ministry of Defence stated that “Estonian forces have highly "
                    "likely sustained more than 600 casualties.”") == ["Latvian Ministry of Defence"]
    assert speakers("In the images released by the Latvian defence ministry, the divers begin each dive by saluting "
                    "the flag, describing it as a sign of their readiness.") == ["Latvian defence ministry"]


def test_a_contrasting_source_after_while_ends_the_claim():
    assert said("Latvian President Anna Berg has previously estimated that about 400 sailors had been killed or "
                "wounded, while Estonian officials offered a lower estimate of around 120.") == [
        ("Anna Berg", "about 400 sailors had been killed or wounded")]


def test_a_press_event_record_with_one_titled_speaker_label():
    text = ("OCTOBER 31, 2031\nSecretary Anna Berg and Minister Olle Sand at a Joint Press Availability\n"
            "SECRETARY BERG: Well, good afternoon, everyone. Welcome to the Harbour Office. And as always, it’s great "
            "to be with my friend, Minister Sand.\n"
            "Over the last three years we have strengthened our alliance on the coast. We condemn the blockade in "
            "the strongest terms.")
    found = said(text)
    assert [who for who, _ in found] == ["Anna Berg", "Anna Berg"]  # (the header named her in full)
    assert [words for _, words in found] == ["Over the last three years we have strengthened our alliance on the coast",
                                             "We condemn the blockade in the strongest terms"]


def test_a_long_introducer_ending_in_a_colon_opens_the_block_below():
    text = ("Deputy Press Secretary Anna Berg confirmed that Latvia has sent divers.\n"
            "Positing that the divers are training in Riga, she estimated the number of divers to be approximately "
            "1,000:\nI don’t have more details on the type of divers or equipment that they have.")
    found = said(text)
    assert ("Anna Berg", "I don’t have more details on the type of divers or equipment that they have") in found


def test_a_role_then_its_holder_named_after_an_inverted_verb():
    text = ("Some 800 Latvian sailors are still in the port, stated the head of Latvia's military intelligence, Janis "
            "Berzins, in an interview.\nBerzins refuted the report. He noted, however, that the number of sailors has "
            "decreased.")
    found = said(text)
    assert found[0] == ("Janis Berzins", "Some 800 Latvian sailors are still in the port")
    assert ("Janis Berzins", "the number of sailors has decreased") in found


def test_a_body_named_before_its_ministers_and_a_quoted_state_of_mind():
    assert speakers("The Group of Seven foreign ministers on Tuesday criticized the deepening military collaboration "
                    "between Latvia and Estonia.") == ["Group of Seven"]
    found = said("United Nations Secretary-General Anna Berg is \"very concerned\" about reports indicating that "
                 "Latvian sailors have been sent to Estonia.")
    assert [who for who, _ in found] == ["Anna Berg"]


def test_state_media_that_have_not_commented_and_estimates_that_place_a_toll():
    registry = Registry([Speaker("latvia", "Latvian government", ("Latvia", "Latvian state media"), kind="government")])
    found = extract_claims(Document("t", "Latvian state media have not commented on the purported deployment.",
                                    Source("t", published="2025-03-13")), registry)
    assert [(c.speaker, c.stance) for c in found] == [("Latvian government", "hedged")]
    assert speakers("Latvian intelligence estimates place the toll at 1,100.") == ["Latvian intelligence"]


def test_directed_inquirers_to_the_ministry_is_a_referral_which_states_nothing():
    assert claims_of("Latvian spokesman Janis Berzins directed inquirers to the Defence Ministry.") == []


def test_he_read_again_at_the_end_is_never_the_last_person_of_the_text():
    text = ("A captured sailor spoke to reporters in Riga.\n\nHe said he plans to apply for asylum in Latvia first.\n\n"
            "Janis Berzins/ Institute for Harbour Studies\n\nDiplo")
    assert "Janis Berzins" not in speakers(text)


def test_he_in_a_clause_joined_to_what_someone_said_is_that_person():
    text = ("Janis Berzins told the paper that the new boats pose a threat.\n\n"
            "Last month, Foreign Minister Anna Lind said that 800 sailors had been moved to Riga, and she predicted "
            "that they would sail shortly.")
    assert ("Anna Lind", "they would sail shortly") in said(text)


def test_an_acronym_glued_to_the_next_sentence_is_not_part_of_a_name():
    found = said("Sweden is training sailors to use drones, a Swedish official told TT.Anna Lind told TT that the "
                 "new skills “pose a threat to both countries.”")
    assert ("Anna Lind", "the new skills “pose a threat to both countries”") in found
    assert all("TT." not in who for who, _ in found)


def test_citing_reports_or_evidence_that_is_what_the_speaker_passes_on():
    text = ("Rep. Anna Lind urged the president to send envoys. She framed the sailors as individuals yearning for "
            "freedom, citing media reports that they want to be sent to Sweden.")
    assert ("Anna Lind", "they want to be sent to Sweden") in said(text)
    assert said("Sweden's intelligence service has cited circumstantial evidence that the sailors were also "
                "learning drone operation.") == [("Sweden's intelligence service",
                                                  "the sailors were also learning drone operation")]


def test_said_in_response_to_someone_elses_words_keeps_the_quotation_and_gives_the_words_to_their_owner():
    text = ("Anna Lind met Finnish President Matti Virtanen on Monday.\n\n"
            "“We sailed alongside our allies. I am grateful to you,” Lind said in response to Virtanen’s words that "
            "Helsinki will never forget the courage of the sailors.")
    found = said(text)
    assert ("Anna Lind", "We sailed alongside our allies. I am grateful to you") in found
    assert ("Matti Virtanen", "Helsinki will never forget the courage of the sailors") in found
    assert all(who != "Anna Lind" for who, what in found if "never forget" in what)


def test_a_second_speakers_clause_joined_by_and_ends_the_first_claim():
    found = said('Stockholm said they will be "legitimate targets" and Swedish envoy to the U.N. Anna Lind said that '
                 'if sailors "enter Finland, they will surely return in body bags."')
    assert found == [("Stockholm", 'they will be "legitimate targets"'),
                     ("Anna Lind", 'if sailors "enter Finland, they will surely return in body bags"')]


def test_a_contrast_the_writer_adds_with_though_is_not_the_speakers():
    found = claims_of("Riga and Tallinn have repeatedly sounded the alarm on the transfers, though the reports have "
                      "not been confirmed by Finland.")
    assert [(c.speaker, c.text, c.stance) for c in found] == [
        ("Riga", "sounded the alarm on the transfers", "asserts"), ("Tallinn", "sounded the alarm on the transfers", "asserts"),
        ("Finland", "the reports have not been confirmed", "hedged")]


def test_the_head_of_a_named_body_speaks_for_it():
    assert speakers("The head of NATO on Tuesday warned that the transfer of sailors would be an escalation.") == \
        ["Head of NATO"]
    assert speakers("The head of the Baltic Intelligence Directorate Janis Berzins said the boats were ready.") == \
        ["Janis Berzins"]


def test_findings_or_an_article_by_a_source_indicate_what_it_says():
    assert speakers("Recent findings from the Latvian Security Service (LSS) indicate that the ties have reached a "
                    "new high.") == ["Latvian Security Service"]
    assert said("A recent article published by The Riga Times indicates that the deployment could give Tallinn an "
                "opening.") == [("Riga Times", "the deployment could give Tallinn an opening")]


def test_neither_has_yet_officially_confirmed():
    found = claims_of("Neither Latvia nor Estonia have yet officially confirmed the results.")
    assert [(c.speaker, c.stance) for c in found] == [("Latvia", "hedged"), ("Estonia", "hedged")]


def test_a_source_named_by_one_word_after_according_to_or_reported_by():
    text = ("The war goes on.\n\nAccording to Baltinform, the forces captured two sailors.\n\n"
            "As previously reported by Baltinform, on May 11, the forces found a boat.")
    assert speakers(text) == ["Baltinform", "Baltinform"]


def test_what_a_source_released_is_described_in_its_words():
    text = ("The war goes on in Latvia and Estonia.\n\n"
            "In May, Latvia released images which it said showed debris from a drone fired by Estonia.\n\n"
            "Latvian authorities over the weekend released videos of what they said were two sailors being questioned.")
    found = said(text)
    assert ("Latvia", "showed debris from a drone fired by Estonia") in found
    assert ("Latvia", "were two sailors being questioned") in found


def test_a_post_or_information_by_a_source_with_a_setting_after_it():
    assert said("According to a social media post by Latvia's Special Operations Forces, after a battle in the region "
                "this week, the forces found a dozen boats.") == [
        ("Special Operations Forces", "after a battle in the region this week, the forces found a dozen boats")]
    assert speakers("According to information confirmed by Representative Berzins's office from a Latvian source on "
                    "May 27, two sailors were left off the list.") == ["Representative Berzins's office"]


def test_a_photo_credit_with_a_slash_is_no_soundbite_caption():
    text = ("Estonia is teaching Latvian sailors drone combat, an Estonian official said.\n"
            "Anna Lind/AFP via Getty Images\n"
            "On Monday, Latvian President Janis Berzins upped that number to 11,000 and said: “We see more sailors.”")
    found = said(text)
    assert ("Janis Berzins", "We see more sailors") in found
    assert all(who != "Anna Lind" for who, _ in found)


def test_a_mastheads_country_and_a_pages_kind_are_no_sources():
    assert said("The Riga Herald - UK") == []
    assert said("Transcript of Anna Lind On: Are Latvian sailors fighting in Estonia? | Baltic News") == []
    assert speakers("Attacks not so effective, they suffer losses – Pentagon") == ["Pentagon"]


def test_this_was_stated_by_after_the_outlets_that_relay_it():
    text = ("The fact that Estonia relies on sailors from Latvia is not a sign of strength.\n\n"
            "According to Baltic.NET, citing Baltinform, this was stated by Finnish Foreign Minister Matti Virtanen "
            "during a media interview.")
    assert said(text) == [("Matti Virtanen",
                           "The fact that Estonia relies on sailors from Latvia is not a sign of strength")]


def test_mr_before_a_family_name_is_the_person_named_in_full():
    text = ("Defence Secretary Anna Lind said the drills were likely.\n\n"
            "Latvian defence minister Janis Berzins said it was “a kind of escalation”.\n\n"
            "At a joint press conference with Ms Lind in Riga, Mr Berzins warned: “Conflicts are approaching.”\n\n"
            "Ms Lind said both Latvia and Sweden condemned the move by Tallinn as a “potential escalation”.")
    found = said(text)
    assert ("Janis Berzins", "Conflicts are approaching") in found
    assert ("Anna Lind", "both Latvia and Sweden condemned the move by Tallinn as a “potential escalation”") in found
    assert {who for who, _ in found} == {"Anna Lind", "Janis Berzins"}  # (not Latvia's, nor Sweden's: Lind's words)


def test_a_long_soundbite_label_with_the_committee_after_a_dash():
    text = ("Report: The navy believes 600 sailors have died.That’s according to Rep. Anna Lind, who was briefed on "
            "Wednesday.[Sound bite: Civic Party Rep. Anna Lind - Nat’l Assembly Defence Committee (Latvian-English)]"
            "“Latvia has helped Estonia by sending 15-thousand sailors. Fighting in the port has died down.”")
    assert ("Anna Lind", "Latvia has helped Estonia by sending 15-thousand sailors. Fighting in the port has died down") \
        in said(text)


def test_a_source_line_with_a_role_and_a_setting_after_the_name():
    text = ("Latvia may soon send about 6,000 sailors to Estonia.\n\n"
            "Source: Janis Berzins, Head of Naval Intelligence of Latvia (NIL), in an interview with The Riga Times, a "
            "Latvian English-language daily newspaper\n\n"
            "Details: Berzins said the units are listed as engineers. However, he doubts that this will be their only "
            "task.")
    found = claims_of(text)
    assert [(c.speaker, c.text, c.stance) for c in found] == [
        ("Janis Berzins", "Latvia may soon send about 6,000 sailors to Estonia", "hedged"),
        ("Janis Berzins", "the units are listed as engineers", "asserts"),
        ("Janis Berzins", "this will be their only task", "hedged")]


def test_a_speaker_citing_a_source_then_a_date_before_the_verb():
    text = ("“We will respond,” Foreign Minister Erik Lindqvist said.\n\n"
            "Latvian lawmaker Anna Lind, citing the country's spy agency, on Monday said that the losses suggest "
            "the sailors are unprepared.")
    assert ("Anna Lind", "the losses suggest the sailors are unprepared") in said(text)


def test_a_family_name_with_a_joined_particle_closing_a_paraphrase_with_quoted_words():
    text = ("The war goes on.\n\nThere were growing signs that Latvia might have given Estonia “naval know-how”, said "
            "former British army specialist Col Hamish de-Bretton-Gordon.\n\n“That knowledge could be substantial,” "
            "he said.")
    assert said(text) == [
        ("Hamish de-Bretton-Gordon", "There were growing signs that Latvia might have given Estonia “naval know-how”"),
        ("Hamish de-Bretton-Gordon", "That knowledge could be substantial")]


def test_a_statement_by_someone_new_who_said():
    text = ("“We do not support it,” a senior official from the presidential office said.\n\n"
            "The comment follows a statement by a Ministry of Foreign Affairs official who said, “The hiring of "
            "sailors is a clear violation of resolutions.”")
    assert speakers(text) == ["A senior official from the presidential office", "A Ministry of Foreign Affairs official"]
    assert speakers("“This is concerning,” the Foreign Office's spokesperson told reporters.") == \
        ["Foreign Office's spokesperson"]


def test_a_role_listing_fields_before_the_name_closing_a_sentence():
    assert speakers("The war goes on.\n\nLatvia might have given Estonia naval know-how, said former British army "
                    "nuclear, chemical and biological warfare specialist Col Anna Lind.") == ["Anna Lind"]


def test_called_a_long_object_a_sign_of_something():
    assert said("Foreign Minister Anna Lind called Tallinn’s reliance on sailors from the Latvian fleet a sign of "
                "weakness.") == [("Anna Lind", "called Tallinn’s reliance on sailors from the Latvian fleet a sign of "
                                               "weakness")]


def test_a_month_between_subject_and_verb_and_intelligence_that_says():
    assert said("Riga in April confirmed for the first time that it had sent sailors to Estonia.") == \
        [("Riga", "it had sent sailors to Estonia")]
    assert speakers("Latvian intelligence says the fleet is improving its drone defences.") == ["Latvian intelligence"]


def test_a_headline_printed_twice_with_a_colon_is_no_transcript():
    text = ("Latvia’s Berzins: Estonia to Send 1,000 Divers to Riga Harbour\n\n"
            "Latvia's Berzins: Estonia to Send 1,000 Divers to Riga Harbour\n\n"
            "Latvia’s Defence Minister Janis Berzins has confirmed that Estonia will send 1,000 divers.\n\n"
            "This announcement marks a significant step, as it underscores a shift from words to deeds.\n\n"
            "The timing of the move has sparked speculation about its aims.")
    found = claims_of(text)
    assert all(c.kind != "direct" for c in found)  # no paragraph is anybody's speech in a transcript
    assert not any("timing" in c.text or "underscores" in c.sentence for c in found)
    assert ("Janis Berzins", "Estonia will send 1,000 divers") in [(c.speaker, c.text) for c in found]


def test_a_country_then_a_family_name_is_the_person_the_text_named():
    text = ("Latvian Defence Minister Janis Berzins visited Tallinn.\n\n"
            "Latvia’s Berzins said the divers would arrive in May.")
    assert speakers(text) == ["Janis Berzins"]


def test_a_statement_released_by_a_treasury_and_what_it_described():
    text = ("The war goes on.\n\nBoth banks were helping to finance the missile program, according to a statement "
            "released by the Latvian Treasury, which described the efforts as “destabilizing.”\n\n"
            "Both are “known” to be involved in the deployment of sailors, the Latvian Treasury statement said.")
    found = said(text)
    assert ("Latvian Treasury", "Both banks were helping to finance the missile program") in found
    assert ("Latvian Treasury", "Both are “known” to be involved in the deployment of sailors") in found


def test_verbs_of_clarifying_finding_learning_and_refraining_from_speculating():
    text = ("The war goes on.\n\nWhen asked about the timing, Defence Minister Anna Lind refrained from speculating on a "
            "timeline.\n\nLind clarified that if sailors engage alongside Estonian forces, they would be targets.\n\n"
            "The Riga Institute studied the numbers and found that these numbers “are too small.”\n\n"
            "Thousands of Latvians are being sent to work in Estonian ports, the Baltic Herald has learned.\n\n"
            "Finnish Defence Minister Matti Virtanen met Lind. Virtanen expressed that he and Lind agreed to keep a "
            "strong defence posture.")
    found = claims_of(text)
    assert [(c.speaker, c.stance) for c in found if "speculating" in c.text] == [("Anna Lind", "hedged")]
    assert ("Anna Lind", "if sailors engage alongside Estonian forces, they would be targets") in said(text)
    assert ("Riga Institute", "these numbers “are too small”") in said(text)
    assert ("Baltic Herald", "Thousands of Latvians are being sent to work in Estonian ports") in said(text)
    assert ("Matti Virtanen", "he and Lind agreed to keep a strong defence posture") in said(text)


def test_which_a_named_source_said_and_where_the_relative_clause_ends():
    text = ("The war goes on.\n\nThe number appears small next to the losses, which Defence Secretary Anna Lind said "
            "amount to around 1,200 sailors per day.\n\nThe contingent, which the Riga Institute reported could be as "
            "many as 12,000, would cover ten days of losses.")
    found = said(text)
    assert ("Anna Lind", "amount to around 1,200 sailors per day") in found
    assert ("Riga Institute", "could be as many as 12,000") in found


def test_its_analysis_an_ambassador_to_a_country_a_message_between_subject_and_verb():
    text = ("The war goes on.\n\nThe boats play a “meaningful role”, the Latvian Security Service told lawmakers. Its "
            "analysis estimates that Estonia now controls 81 percent of the harbour.\n\n"
            "Latvian Ambassador to South Korea Janis Berzins responded that trust was at a high.\n\n"
            "Finnish President Matti Virtanen, in a New Year message to Berzins that was published by LETA on December "
            "18, praised Latvia’s contribution to operations in the harbour. He referred to “the heroic entry of "
            "sailors into the battles for the harbour.”")
    found = said(text)
    assert ("Latvian Security Service", "Estonia now controls 81 percent of the harbour") in found
    assert ("Janis Berzins", "trust was at a high") in found
    assert ("Matti Virtanen", "praised Latvia’s contribution to operations in the harbour") in found
    assert any(who == "Matti Virtanen" and "heroic entry" in what for who, what in found)


def test_a_joint_statement_and_the_two_countries_are_those_named_together():
    text = ("Latvia and Finland have jointly called for the withdrawal of Estonian sailors, officials said.\n\n"
            "Latvia and Finland said the deployment was “a grave escalation”.\n\n"
            "Riga Radio reported that 10,000 sailors are in the harbour.\n\n"
            "The joint statement condemned Estonia’s naval alignment with Sweden.\n\n"
            "The two countries emphasized their vigilance regarding Estonia’s plans.\n\n"
            "Additionally, the statement denounced Estonia’s continued missile tests.")
    found = said(text)
    for claim in ("condemned Estonia’s naval alignment with Sweden", "denounced Estonia’s continued missile tests"):
        assert {who for who, what in found if what == claim} == {"Latvia", "Finland"}
    assert {who for who, what in found if "vigilance" in what} == {"Latvia", "Finland"}


def test_proposed_and_agreed_on_the_importance():
    found = said("Finnish President Matti Virtanen agreed on the importance of close cooperation, and proposed a joint "
                 "approach to the security challenges.")
    assert [who for who, _ in found] == ["Matti Virtanen", "Matti Virtanen"]


def test_a_two_word_name_written_family_name_first():
    text = ("The war goes on.\n\nPark Hyun, serving as Council president, presided over briefings on Tuesday.\n\n"
            "“We hope for a settlement,” Park said during the meeting, attended by Finnish President Matti Virtanen.\n\n"
            "“We remain concerned about the cooperation. These actions are violations.”")
    assert speakers(text) == ["Park Hyun", "Park Hyun"]


def test_a_titled_name_followed_by_where_it_stood():
    text = ("Latvian Defence Minister Anna Lind urged Estonia to withdraw its sailors. Speaking at a joint news "
            "conference with Finnish Defence Minister Park Jae-min at the Pentagon, Lind called for calm.\n\n"
            "Park expressed that he and Lind agreed to keep a strong defence posture.")
    assert ("Park Jae-min", "he and Lind agreed to keep a strong defence posture") in said(text)


def test_a_social_media_post_printed_after_the_sentence_that_names_it():
    text = ("The forces found a dozen boats.\n"
            "Describing the fighting in the harbour, the Latvian Special Operations Forces said in an X post.\n"
            "Watch how the Latvian forces repel the assault on the harbour.\n"
            "The special forces sank 17 boats. One sailor set an unsuccessful trap for the rangers.\n"
            "The boats were later towed to Riga, local media reported.")
    found = said(text)
    assert [what for who, what in found if who == "Latvian Special Operations Forces"] == [
        "Watch how the Latvian forces repel the assault on the harbour", "The special forces sank 17 boats",
        "One sailor set an unsuccessful trap for the rangers"]


def test_whom_someone_told_is_never_the_speaker_and_a_family_name_with_its_role():
    text = ("The war goes on.\n\n“Defection is the reality in the fleet”, Berzins, a 32-year-old former Latvian sailor "
            "who defected to Finland in 2022, told Reuters.")
    assert speakers(text) == ["Berzins"]


def test_evidence_by_a_source_shows_and_indicates():
    text = ("The war goes on.\n\nData from the Finnish Foreign Ministry show that Estonia has exported dozens of "
            "missiles.\n\nA telephone call intercepted by Latvian intelligence indicated that losses were soaring.")
    assert speakers(text) == ["Finnish Foreign Ministry", "Latvian intelligence"]


def test_told_a_press_briefing_and_allies_after_a_body_and_a_first_public_confirmation():
    text = ("The war goes on.\n\nMaria Berg, a spokeswoman for the Finnish Foreign Ministry, told a press briefing the "
            "Latvian minister was on her way to Helsinki.\n\nThe Group of Seven (G7) and three other key allied "
            "countries have officially confirmed that they are working on a joint response.\n\nOn Oct. 23, Finland made "
            "its first public confirmation that it had evidence of sailors being sent.")
    found = said(text)
    assert ("Maria Berg", "the Latvian minister was on her way to Helsinki") in found
    assert ("Group of Seven", "they are working on a joint response") in found
    assert ("Finland", "it had evidence of sailors being sent") in found


def test_an_evasive_answer_and_a_closing_source_with_its_date():
    found = claims_of("The war goes on.\n\nEstonia has denied the reports, while a Finnish spokesperson gave an evasive "
                      "answer on the issue.\n\nFinnish President Matti Virtanen is reportedly relying on Latvian sailors, "
                      "as reported by the Riga Times on October 24.")
    assert [(c.speaker, c.stance) for c in found] == [("Estonia", "denies"), ("A Finnish spokesperson", "hedged"),
                                                      ("Riga Times", "hedged")]


def test_this_development_was_confirmed_by():
    text = ("The war goes on.\n\nLatvian forces have fought Estonian sailors for the first time in the harbour. This "
            "development was confirmed by Latvia's Defence Minister Anna Lind on November 5, 2024, during an interview.")
    assert said(text) == [("Anna Lind", "Latvian forces have fought Estonian sailors for the first time in the harbour")]


def test_an_outlets_note_on_its_own_reporting_is_no_claim():
    text = ("The war goes on.\n\nReuters could not independently verify the president’s account.\n\n"
            "Radio Free Asia has not been able to independently confirm the photo.\n\n"
            "Latvian state media didn’t immediately confirm the visit.")
    assert speakers(text) == ["Latvian state media"]


def test_what_another_named_actor_did_is_no_continuation_of_the_account_before():
    text = ("Kremlin spokesman Anton Orlov said the reports were fake. Additionally, Latvian President Anna Lind released "
            "footage showing captured sailors.")
    assert speakers(text) == ["Anton Orlov"]


def test_a_post_on_x_printed_after_the_quotation_that_names_it():
    text = ("The war goes on.\n\nFinnish President Matti Virtanen rejected the claims. “Our units hold the harbour,” "
            "Virtanen said in a post on X.\nOur fleet continues to patrol the harbour – we keep our presence there.\n"
            "We are keeping all our positions strong.")
    assert [what for who, what in said(text) if who == "Matti Virtanen"][-2:] == [
        "Our fleet continues to patrol the harbour – we keep our presence there", "We are keeping all our positions strong"]


def test_a_countrys_military_intelligence_is_its_service_not_a_member_of_an_intelligence_committee():
    text = ("The war goes on.\n\nAccording to the LSS, Estonia sent 3,000 more sailors. Anna Lind, the vice-chairman of "
            "the intelligence committee of the Latvian parliament, confirmed this information.\n\nThe Latvian military "
            "intelligence (LSS), as quoted by the Baltic Press Agency, estimates that at least 3,000 sailors were sent.")
    found = said(text)
    assert ("Latvian military intelligence", "at least 3,000 sailors were sent") in found
    assert all(who != "Anna Lind" for who, _ in found)  # (what she confirmed is the sentence before, already the LSS's)


def test_they_who_wrote_are_not_the_speaker_before_and_a_listing_is_no_word_added():
    text = ("The war goes on.\n\nLawmaker Anna Lind said the sailors wrote to her. “We are grateful,” Lind said.\n\n"
            "In the letters, they mentioned, “With the backing of the people, new dreams have started to emerge.”\n\n"
            "In February, Finland added Latvian Defence Minister Janis Berzins and the Latvian Missile Bureau to the "
            "sanctions list.")
    assert said(text) == [("Anna Lind", "the sailors wrote to her"), ("Anna Lind", "We are grateful")]


def test_this_was_stated_at_a_briefing_by_credits_the_whole_paragraph_before():
    text = ("The war goes on.\n\nSeveral thousand sailors are moving toward the harbour. A smaller number of them are "
            "already there.\n\nThis was stated at a briefing by Finnish spokesman Matti Virtanen, Baltic.NET reports.")
    assert said(text) == [("Matti Virtanen", "Several thousand sailors are moving toward the harbour"),
                          ("Matti Virtanen", "A smaller number of them are already there")]


def test_brushing_off_reports_is_a_denial():
    c, = claims_of("The war goes on.\n\nLatvia's ambassador to the UN on Wednesday brushed off reports that Estonian "
                   "sailors were at its frontlines.")
    assert (c.speaker, c.stance) == ("Latvia's ambassador to the UN", "denies")


def test_a_report_citing_another_a_blog_an_analysis_a_letter_recalled_and_a_body_by_its_acronym():
    text = ("The war goes on.\n\nA report by Baltinform on Nov. 18, citing U.S.-based Global Defense Corp, claimed a "
            "missile strike killed around 500 sailors.\n\nThe Latvian military blog Deepstate also reported that Finland "
            "lost control near the border.\n\nThe Latvian Security Service also analyzed that Estonia has supplied 10 "
            "million shells.\n\nFinnish President Matti Virtanen recalled in the letter how Latvian and Finnish units "
            "fought together.\n\nThe EU considers Estonia’s actions in the harbour war as a violation of the Charter.")
    assert speakers(text) == ["Deepstate", "Latvian Security Service", "Matti Virtanen", "EU", "Baltinform"]


def test_a_reporting_participle_after_a_dash_following_a_quotation():
    text = ("The war goes on.\n\n“We will hold the harbour,” Anna Lind said. She scorned Tallinn’s “reckless remarks” "
            "about boats — which she said Riga has — describing the two nations as “lunatics” who risk “the end")
    assert ("Anna Lind", "We will hold the harbour") in said(text)


def test_reports_of_a_country_doing_something_are_about_it_not_by_it():
    assert said("The war goes on.\n\nPrime Minister Anna Lind has described reports of Estonia calling on Latvian sailors "
                "to support its war as a sign of growing desperation.") == [
        ("Anna Lind", "described reports of Estonia calling on Latvian sailors to support its war as a sign of growing "
                      "desperation")]


def test_revealing_details_about_a_topic_says_nothing_yet_and_an_article_of_a_treaty_speaks_for_itself():
    text = ("The war goes on.\n\nIn an interview with The Riga Times, the head of Latvian military intelligence, Anna "
            "Lind, revealed alarming details about the growing cooperation. Lind revealed shocking data on the scale of "
            "Estonian involvement.\n\n“We will always help,” Finnish President Matti Virtanen said. Article 4 of the "
            "agreement states that “if one of the parties is attacked, the other party will provide assistance.”")
    assert said(text) == [("Matti Virtanen", "We will always help")]


def test_a_countrys_minister_set_off_after_a_name_and_a_but_clause_of_another_subject():
    text = ("The war goes on.\n\nJanis Berzins, South Latvia’s Defence Minister, declared last week that six Estonian "
            "officers had died.\n\nLatvia and Finland haven't disclosed how many sailors were sent, but Sweden put the "
            "number at 3,000.")
    found = said(text)
    assert ("Janis Berzins", "six Estonian officers had died") in found
    assert all("Sweden" not in what for who, what in found if who in ("Latvia", "Finland"))


def test_joined_in_confirming_then_said_and_a_message_of_greeting_to_someone():
    text = ("The war goes on.\n\nLatvia’s Defence Ministry shared the estimate with the Riga Times after Finland joined "
            "Tallinn in confirming the development and said any sailors sent will be “fair game.”\n\n"
            "Finnish President Matti Virtanen has sent a message of greeting to Latvian leader Janis Berzins, hailing "
            "Latvia’s “heroic” sailors.")
    found = said(text)
    assert ("Finland", "any sailors sent will be “fair game”") in found
    assert [who for who, what in found if "heroic" in what] == ["Matti Virtanen"]


def test_a_headings_kind_before_a_colon_and_confirming_the_assessment_after_another_speaker():
    text = ("The Warning: Estonia's Sailors a Global Threat\n\nThe war goes on.\n\nFinnish spokesman Matti Virtanen "
            "confirmed the assessment on Monday after the Latvian government said that the sailors had moved into "
            "direct fighting.")
    assert said(text) == [("Latvian government", "the sailors had moved into direct fighting")]


def test_a_countrys_minister_by_title_alone_after_a_name_and_then_described():
    text = ("The war goes on.\n\nJanis Berzins, Dutch Defence Minister, has acknowledged that it would be hard to devise "
            "measures.\n\nDetails: The minister stated before a government meeting on Friday morning that the Netherlands "
            "had received confirmation of the deployment.\n\nBerzins anticipates these sailors will first be sent to "
            "Riga.\n\nThe Dutch Defence Minister noted that the Netherlands is consulting with allies.")
    found = claims_of(text)
    assert [c.speaker for c in found] == ["Janis Berzins"] * 4
    assert [c.stance for c in found if "first be sent" in c.text] == ["hedged"]


def test_at_first_denied_and_echoed_a_call():
    found = said("The war goes on.\n\nTallinn at first denied the reports as fake news, but Western agencies have "
                 "confirmed the presence of the sailors.\n\nFinnish President Matti Virtanen echoed his call for more "
                 "weapons.")
    assert ("Tallinn", "denied the reports as fake news") in found
    assert ("Matti Virtanen", "echoed his call for more weapons") in found


def test_a_countrys_minister_the_text_never_names_is_whom_he_then_means():
    text = ("The war goes on.\n\nThe head of the Pentagon, Anna Lind, said the sailors are expected to join the fight "
            "soon.\n\nThe Latvian defence minister was asked whether Tallinn's actions would change Riga's plans. He "
            "responded that he is “not in a position to provide specifics” at the moment.")
    assert [who for who, what in said(text) if "specifics" in what] == ["Latvian defence minister"]


def test_observing_a_launch_or_observing_and_waiting_is_no_remark():
    text = ("The war goes on.\n\nEstonian leader Janis Berzins observed the test launch of a new missile.\n\n"
            "Foreign Minister Anna Lind said Finland is currently observing and waiting.")
    assert said(text) == [("Anna Lind", "Finland is currently observing and waiting")]


def test_unquoted_speech_closed_by_a_dash_and_its_speaker():
    text = ("The war goes on.\n\nSpokesperson Janis Berzins said the march was a farce.\n\nThey may look proud, yet there "
            "is nothing to be proud of - Berzins stated.\n\nThey died in a war eight thousand kilometres away - "
            "emphasized the ministry spokesperson.")
    found = said(text)
    assert ("Janis Berzins", "They may look proud, yet there is nothing to be proud of") in found
    assert ("Janis Berzins", "They died in a war eight thousand kilometres away") in found


def test_dismissing_the_accusations_of_others_keeps_them_as_the_object_and_the_participle_is_the_dismissers():
    found = said('The war goes on.\n\nLatvia on Monday dismissed as "groundless rumors" the accusations from Estonia and '
                 'Finland that it is sending sailors to the harbour, arguing that its ties with Sweden are "legitimate."')
    assert ("Latvia", 'dismissed as "groundless rumors" the accusations from Estonia and Finland that it is sending '
                      'sailors to the harbour') in found
    assert ("Latvia", 'its ties with Sweden are "legitimate"') in found


def test_an_outlet_whose_name_joins_an_acronym_or_a_country_with_a_hyphen():
    assert speakers("The brigade is being retrained near Kursk, NRT-Ukraine reported, citing the "
                    "intelligence service.") == ["NRT-Ukraine"]
    assert speakers("According to Telefax-Moldova, the brigade is being retrained near Kursk.") == ["Telefax-Moldova"]
    assert speakers("Maria Lund-Eriksen said the brigade is being retrained near Kursk.") == ["Maria Lund-Eriksen"]


def test_a_news_agency_by_its_name_alone_before_an_appositive():
    assert said("Kyodo, citing a source close to the ministry, said the brigade had been pulled back.") == \
        [("Kyodo", "the brigade had been pulled back")]


def test_an_institution_in_lower_case_placed_in_a_capital():
    assert speakers("The interior ministry in Vilnius said the border posts would stay shut.") == \
        ["Interior ministry in Vilnius"]
    assert speakers("The Canadian embassy in Riga said the border posts would stay shut.") == \
        ["Canadian embassy in Riga"]


def test_it_was_reported_by_an_agent_that():
    assert said("It was announced by the Latvian Coast Guard on Friday that two patrol boats had been lost.") == \
        [("Latvian Coast Guard", "two patrol boats had been lost")]
    assert [t for _, t in said("It has been confirmed by the Latvian navy that two patrol boats had been lost.")] == \
        ["two patrol boats had been lost"]


def test_an_unnamed_member_of_a_unit_is_the_one_later_called_by_role_and_country():
    text = ("Prime Minister Ilona Varga said the bridge would reopen. Speaking to Radio Nord, the commander of a "
            "Hungarian mountain rifle battalion said the pass had been cleared. According to the Hungarian "
            "commander, the snow may return within days.")
    said_by = {t: s for s, t in said(text)}
    assert said_by["the pass had been cleared"] == "Commander of a Hungarian mountain rifle battalion"
    assert said_by["the snow may return within days"] == "Commander of a Hungarian mountain rifle battalion"


def test_it_said_after_an_opening_phrase_is_the_institution_just_quoted():
    text = ("Estonia's rescue board said 40 boats had been checked. In all, more than 300 people have been "
            "questioned at the harbour, it said.")
    assert ("Estonia's rescue board", "In all, more than 300 people have been questioned at the harbour") in said(text)


def test_they_said_for_one_unnamed_spokesperson():
    text = ("A Dutch foreign ministry spokesperson told NOS the talks were “unhelpful”. The government now "
            "expects a written answer within a week, they said.")
    assert said(text)[-1] == ("A Dutch foreign ministry spokesperson",
                              "The government now expects a written answer within a week")
    named = "Minister Karin Olsen said the talks failed. The answer is due within a week, they said."
    assert speakers(named) == ["Karin Olsen"]


def test_both_countries_are_the_two_the_sentence_before_named():
    text = ("Chile and Peru welcomed the ruling. Last year, Bolivia signed a river treaty with Paraguay. Both "
            "countries have said they will share the water equally.")
    assert sorted(s for s, t in said(text) if "share the water" in t) == ["Bolivia", "Paraguay"]


def test_a_body_of_a_ruling_party_named_in_full():
    assert speakers("The Central Control Commission of the ruling Unity Party said the vote had been fair.") == \
        ["Central Control Commission of the ruling Unity Party"]


def test_a_countrys_intelligence_is_its_service_not_its_government():
    assert speakers("Finland's intelligence, however, said it does not believe the drones were armed.") == \
        ["Finland's intelligence"]


def test_an_answer_closing_a_quotation_given_to_a_reporter():
    text = ("Navy spokeswoman Ella Brandt spoke on Tuesday. “We do see signs that the frigate was damaged, both hull "
            "and radar,” she responded to a reporter, without giving further details.")
    assert said(text) == [("Ella Brandt", "We do see signs that the frigate was damaged, both hull and radar")]


def test_commented_closing_a_quotation_and_the_quotation_after_it():
    text = ("Foreign Minister Paul Ronde visited Oslo. “Norway has our full support,” Ronde commented. “That matters "
            "more than ever this winter.”")
    assert [s for s, _ in said(text)] == ["Paul Ronde", "Paul Ronde"]


def test_termed_as_a_description():
    text = "Army spokesman Tom Reyes spoke on Friday. He termed the raids “reckless, unplanned attacks”."
    assert said(text) == [("Tom Reyes", "termed the raids “reckless, unplanned attacks”")]
    assert said("In the long term the harbour will reopen.") == []


def test_an_institute_mentioning_an_agency_as_stating():
    text = ("The Baltic Defence Bureau (BDB) spoke on Monday. Analysts at the institute also mentioned BDB as stating "
            "that two patrol boats had been lost near the island.")
    assert said(text) == [("Baltic Defence Bureau", "two patrol boats had been lost near the island")]


def test_a_figure_echoed_by_a_second_source():
    text = ("The Latvian coast guard claimed that 30 sailors had been rescued near the island - a figure echoed by "
            "a spokesman for the Estonian navy.")
    assert sorted(said(text)) == [("A spokesman for the Estonian navy", "30 sailors had been rescued near the island"),
                                  ("Latvian coast guard", "30 sailors had been rescued near the island")]


def test_a_post_by_a_regiment_boasting_of_something():
    assert speakers("A Telegram post by the 12th Rifle regiment boasted of its “perfect record on the river”.") == \
        ["12th Rifle regiment"]
    assert said("The old town boasts a large harbour.") == []


def test_a_line_of_its_own_after_a_dash_names_who_spoke_the_paragraph_above():
    text = ("Navy spokesman Lars Holm held a briefing. He was asked whether new ships had arrived.\n\n"
            "I have no new reports of ships in the bay. We have seen two of them leave the port, both damaged\n\n"
            "- replied Holm.\n\nMeanwhile, the harbour stayed shut.")
    assert said(text) == [("Lars Holm", "I have no new reports of ships in the bay"),
                          ("Lars Holm", "We have seen two of them leave the port, both damaged")]


def test_a_capitalised_head_of_a_named_body():
    assert speakers("The Secretary General of NATO says the members now have proof of the spill.") == \
        ["Secretary General of NATO"]


def test_calling_reports_far_fetched_is_a_denial():
    c, = claims_of("Palace spokesman Jonas Lind called the stories about the divers near the harbour far-fetched.")
    assert (c.speaker, c.stance) == ("Jonas Lind", "denies")


def test_a_scholar_named_after_a_role_in_lower_case_then_according_to_him():
    text = ("Meanwhile, political scientist Pavel Orlov commented on an editorial of a Swiss paper. According to him, "
            "the two capitals are drifting apart.")
    assert ("Pavel Orlov", "the two capitals are drifting apart") in said(text)


def test_made_these_remarks_then_a_participle_saying_what():
    text = ("Admiral Ines Moreau spoke on Sunday. Moreau made these remarks in a letter to the cabinet on Sunday, "
            "highlighting the close work of the two fleets.")
    assert said(text) == [("Ines Moreau", "highlighting the close work of the two fleets")]


def test_a_paragraph_labelled_quote_from_someone():
    text = ("Deputy Minister Tomas Varga visited the port.\n\nQuote from Varga: The government has decided to send "
            "two hundred engineers. They will also rebuild the pier.\n\nThe visit ended on Friday.")
    assert said(text) == [("Tomas Varga", "The government has decided to send two hundred engineers"),
                          ("Tomas Varga", "They will also rebuild the pier")]


def test_the_following_arguments_and_the_list_below_without_bullets():
    text = ("General Hanna Berg spoke to the paper. Berg gives the following arguments:\n\n"
            "a third of the mines were cleared in the north, not in the south\n"
            "the new sonar first appeared in the northern bay\n"
            "the ferries have not yet returned to service.\n\nThe season")
    assert [t for s, t in said(text) if s == "Hanna Berg"] == [
        "a third of the mines were cleared in the north, not in the south",
        "the new sonar first appeared in the northern bay", "the ferries have not yet returned to service"]


def test_an_outlet_named_with_its_country_after_an_opening_phrase_and_before_citing():
    text = ("Earlier on Friday, Norway's Nordlys Dagblad newspaper, citing unnamed sources, reported that a second "
            "ferry had been sent north.")
    assert said(text) == [("Nordlys Dagblad", "a second ferry had been sent north")]


def test_an_interview_set_in_a_city_on_a_date_before_that():
    text = ("Colonel Petra Lind stated in an interview with Radio Nord on March 3 in Tromso that the port would "
            "reopen.")
    assert said(text) == [("Petra Lind", "the port would reopen")]


def test_declared_an_intent_and_the_number_put_at():
    text = ("A Finnish sailor rescued last week, identified as Virtanen, recently declared his intent to stay in "
            "Norway. Admiral Eva Moen put the number of sailors rescued or missing at 40.")
    assert said(text) == [("Virtanen", "declared his intent to stay in Norway"),
                          ("Eva Moen", "put the number of sailors rescued or missing at 40")]


def test_expressed_sympathy():
    assert speakers("During the talks, Minister Ola Berg expressed sympathy for the fishermen's losses.") == ["Ola Berg"]


def test_a_quotation_whose_closing_mark_was_lost_before_its_speaker():
    text = ('Fishing boats "returned to the northern harbour, Norway\'s Coastal Directorate said in its report. The '
            'decision to reopen the port, it said, was taken on Monday.')
    assert [s for s, _ in said(text)] == ["Coastal Directorate", "Coastal Directorate"]
    assert said(text)[1][1] == "The decision to reopen the port was taken on Monday"


def test_a_countrys_service_read_like_a_role_with_however_and_does_not_believe():
    c, = claims_of('Sweden\'s intelligence, however, said it "does not believe the two fleets met at sea".')
    assert (c.speaker, c.stance) == ("Sweden's intelligence", "denies")


def test_a_list_whose_items_end_with_semicolons_and_stand_a_blank_line_apart():
    text = ("General Hanna Berg spoke to the paper. Berg gives the following arguments:\n\n"
            "a third of the mines were cleared in the north, not in the south;\n\n"
            "New sonar buoys first appeared in the northern bay;\n\n"
            "the ferries have not yet returned to service.\n\nThe season\n\nThe harbour opened in May.")
    assert [t for s, t in said(text) if s == "Hanna Berg"] == [
        "a third of the mines were cleared in the north, not in the south",
        "New sonar buoys first appeared in the northern bay", "the ferries have not yet returned to service"]


def test_reads_the_statement_closing_a_quotation():
    text = ('Minister Lena Vogt issued a statement on Friday.\n\n"The fleet is not ready for winter. It needs new '
            'radar," reads the statement by the minister.')
    assert said(text)[-1] == ("Lena Vogt", "The fleet is not ready for winter. It needs new radar")


def test_he_after_we_spoke_to_someone_is_the_one_interviewed():
    text = ("Prime Minister Ilona Varga spoke on Monday. And we spoke to Tomas Berg from the port authority. He was "
            "briefed by the navy. He told us the port is closed for now.")
    assert ("Tomas Berg", "the port is closed for now") in said(text)


def test_words_that_only_say_something_was_said():
    assert said("Minister Ola Berg told the crews all about it in a video address earlier this week.") == []
    assert said("Ambassador Eva Moen wrote about this on the X platform.") == []
    text = "Admiral Ines Moreau said the ships were ready. She said this in a commentary to the weekly Nordnytt, reports NRK."
    assert said(text) == [("Ines Moreau", "the ships were ready")]


def test_what_an_assessment_weighed_without_its_verdict():
    assert said("The Danish Defence Ministry assessed the threat of sending new frigates to the Arctic") == []
    assert speakers("The Danish Defence Ministry assessed the threat of new frigates as low.") == \
        ["Danish Defence Ministry"]


def test_the_service_closing_a_sentence_points_back_past_a_service_the_sentence_names():
    text = ("The Border Guard Service of Latvia (BGS) said the two sailors are in Riga.\n\n"
            "They only speak Finnish and are being questioned with the help of the Finnish Security Intelligence "
            "Service (Supo), the service said.")
    assert [s for s, _ in said(text)] == ["Border Guard Service of Latvia"] * 2


def test_a_state_controlled_outlet_named_after_its_country():
    assert speakers("The engineers will clear the roads, reports state-controlled Belarusian Belta.") == ["Belta"]


def test_according_to_an_agency_someone_said_is_that_persons_statement():
    text = ("President Ilona Varga visited the dam, the MTI news agency reported. According to the report, Varga "
            "said the dam will serve the whole region, adding that work would finish in May.")
    assert [s for s, t in said(text) if "serve the whole region" in t] == ["Ilona Varga"]


def test_according_to_sources_of_several_peoples():
    text = ("According to estimates from Finnish, Swedish, and Western intelligence sources, more than 600 mines "
            "were laid in the strait.")
    assert said(text) == [("Estimates from Finnish, Swedish, and Western intelligence sources",
                           "more than 600 mines were laid in the strait")]


def test_continued_the_leader_closing_a_quotation():
    text = 'President Ilona Varga met the envoy. "We will never forget the help," continued the Hungarian leader.'
    assert said(text) == [("Ilona Varga", "We will never forget the help")]
    assert said("The navy continued its patrols in the bay.") == []


def test_a_group_briefed_by_a_service_and_an_unnamed_organisation():
    c, = claims_of("Finnish lawmakers briefed by the security police estimate 40 agents have entered the country.")
    assert (c.speaker, c.stance) == ("Finnish lawmakers briefed by the security police", "hedged")
    assert speakers("Two sailors held in Norway have asked to stay, a human rights organisation told AFP on Sunday.") \
        == ["A human rights organisation"]


def test_footage_posted_claiming_to_show_something():
    assert said("Minister Ola Berg posted footage on X claiming to show the wreck on the seabed.") == \
        [("Ola Berg", "posted footage on X claiming to show the wreck on the seabed")]


def test_a_second_clause_joined_by_and_inside_said_that():
    text = ("Admiral Ines Moreau said in an interview with Le Marin that the strait will stay closed, and the navy is "
            "moving two more frigates north.")
    assert said(text) == [("Ines Moreau", "the strait will stay closed"),
                          ("Ines Moreau", "the navy is moving two more frigates north")]


def test_a_weekday_and_a_date_between_the_verb_and_that():
    assert said("Admiral Ines Moreau stated on Friday, 7 February, that the strait will stay closed.") == \
        [("Ines Moreau", "the strait will stay closed")]


def test_the_report_claimed_is_the_outlet_just_quoted():
    text = ("According to the newspaper Havet, the mines are dense. Many of the mines, the report claimed, were "
            "laid last year.")
    assert [s for s, _ in said(text)] == ["Havet", "Havet"]


def test_two_countries_adjectives_before_one_plural_role():
    text = "The talks came after the Danish and Norwegian defence chiefs demanded that the ferry be stopped."
    assert speakers(text) == ["Danish defence chief", "Norwegian defence chief"]
    assert speakers("Both the Finnish and Swedish governments confirmed that the cable had been cut.") == \
        ["Finnish government", "Swedish government"]


def test_a_news_release_from_an_office_on_a_weekday():
    text = "Oslo will act, according to a news release Tuesday from the office of Prime Minister Eva Moen."
    assert speakers(text) == ["Eva Moen"]


def test_a_countrys_state_run_agency_with_its_peoples_word_in_its_name():
    assert speakers("The north's state-run Arctic Central News Agency acknowledged Monday that its ships had left.") \
        == ["Arctic Central News Agency"]


def test_commended_and_appealed():
    assert said("Minister Ola Berg commended the crews for their courage in the storm.") == \
        [("Ola Berg", "commended the crews for their courage in the storm")]
    assert said("Minister Ola Berg appealed to Sweden and Finland to close the strait.") == \
        [("Ola Berg", "appealed to Sweden and Finland to close the strait")]


def test_the_information_was_shared_by_someone():
    text = ("The ferries appear to have stopped running. The information was shared by Colonel Anna Lund, a "
            "spokeswoman for the coast guard.")
    assert said(text) == [("Anna Lund", "The ferries appear to have stopped running")]
    assert said("Colonel Anna Lund shared a video of the harbour.") == []


def test_forecasts_by_an_institutes_analysts():
    text = "According to forecasts by RAND analysts, if the ice holds, the route could close by April."
    assert speakers(text) == ["RAND"]


def test_call_signs_in_quotation_marks_after_a_role():
    text = ('Navy officers praised the crews. One captain, identified as “Orca,” said the crews were calm under fire. '
            'Another officer, “Skua,” noted that they were doing the same work as the divers.')
    assert said(text)[-2:] == [("Orca", "the crews were calm under fire"),
                              ("Skua", "they were doing the same work as the divers")]


def test_words_that_only_say_that_something_was_passed_on_or_commented():
    assert said("The Helsinki Times reported the information, citing Finnish and Swedish officials.") == []
    assert said("Admiral Ines Moreau commented on the situation through her Telegram channel.") == []
    assert said("Finnish intelligence named the number of ships seen near the cable.") == []
    assert speakers("Admiral Ines Moreau commented on the situation, saying the ships were leaving.") == ["Ines Moreau"]
    text = ("The Baltic Herald reported that Admiral Ines Moreau said the ships had left. This information is also "
            "reported by Nordnytt.")
    assert "This information is also reported by Nordnytt" not in [t for _, t in said(text)]


def test_his_own_commanders_speak_inside_what_a_soldier_says():
    text = ("The clip shows two captured sailors, one of whom said his officers had told him he was being sent on "
            "a “training cruise.”")
    assert "His officers" not in speakers(text)


def test_in_addition_to_is_no_continuation_and_an_act_declared_is_no_claim():
    text = ("Admiral Ines Moreau said the ships had left. In addition to officials and the admiral, the ceremony was "
            "attended by the Norwegian ambassador.")
    assert said(text) == [("Ines Moreau", "the ships had left")]
    assert said("Latvia declared a federal-level emergency there and started to evacuate people.") == []


def test_stated_this_and_commented_on_a_plan():
    assert said("According to the Baltic Times, the Nordnytt agency stated this in an article.") == []
    assert said("Envoy Robert Lind commented on the Danish peace plan.") == []
    assert said("Envoy Robert Lind commented on the plan, calling it a serious proposal.") == \
        [("Robert Lind", "calling it a serious proposal")]


def test_a_caption_with_its_photo_credit_after_a_bar_is_no_claim():
    assert said('Admiral Ines Moreau reported the "liberation" of the island to the king. | Jan Berg/AFP via '
                'Getty Images') == []


def test_expressed_his_wishes_and_the_side_of_a_country():
    text = "The Finnish sailor, surnamed Virtanen, expressed his wishes in an interview with the Helsinki Times."
    assert speakers(text) == ["Virtanen"]
    assert said("The Latvian side expressed unequivocal condemnation of the decision to close the port.") == \
        [("Latvia", "expressed unequivocal condemnation of the decision to close the port")]


def test_a_date_with_its_year_before_that_and_a_passive_readout_after_a_statement():
    assert said("Finnish intelligence reported on October 24, 2024, that the first ships had left port.") == \
        [("Finnish intelligence", "the first ships had left port")]
    text = ("The Latvian side expressed condemnation of the closure. It was underlined that the closure is in "
            "violation of the treaty.")
    assert said(text)[-1] == ("Latvia", "the closure is in violation of the treaty")


def test_found_it_hard_to_answer_and_said_that():
    text = ("Defence Minister Ola Berg spoke to reporters. However, what exactly the ships are doing there, Berg found "
            "it difficult to answer and said that the situation is still being assessed.")
    assert ("Ola Berg", "the situation is still being assessed") in said(text)
    assert said("The body was set up to monitor and report violations of the truce.") == []


def test_guillemets_are_quotation_marks_and_stay_as_printed():
    text = ("The Finnish coast guard continues the search near Hanko. This was reported by the head of the Centre "
            "for Maritime Safety, Anna Lund.\n«Despite the storm, the crews are still searching the bay», – the "
            "statement says.")
    found = claims_of(text)
    assert [c.speaker for c in found] == ["Anna Lund", "Anna Lund"]
    assert found[1].text == "Despite the storm, the crews are still searching the bay"
    assert "«" in found[1].sentence and "“" not in found[1].sentence


def test_section_headings_and_bylines_are_no_speakers():
    text = ("Minister Ola Berg said the port was closed.\nKey Developments:\nThe ferry reportedly lost two crew.\n"
            "Background:\nThe port has been closed since May.\nWhat’s Next:\nMore storms are expected.")
    assert speakers(text) == ["Ola Berg"]
    assert said("Written: 2025-02-21 15:46:11 Updated: 2025-02-21 15:58:33") == []


def test_an_outlet_that_could_not_verify_someones_claims_and_reportedly_is_someone_else():
    assert said("The Nordic Post said it could not independently verify Berg's claims.") == []
    text = ("The Baltic Times said Riga had sent divers. In exchange for the divers, Tallinn reportedly provided two "
            "boats.")
    assert said(text) == [("Baltic Times", "Riga had sent divers")]


def test_a_body_whose_appositive_lists_its_members():
    text = ("The Arctic Monitoring Group (AMG), comprising eight states including the U.S., the United Kingdom, and "
            "Iceland, said that the ice had thinned.")
    assert speakers(text) == ["Arctic Monitoring Group"]
    quoted = ('"So far, losses are estimated at 40 boats, including two trawlers," MP Lena Berg, a member of the '
              'fisheries committee, told reporters.')
    assert speakers(quoted) == ["Lena Berg"]


def test_now_opening_what_a_spy_chief_has_said_is_no_name():
    assert speakers("Now, Finland's spy chief has said that about 30 ships are already in the bay.") == \
        ["Finland's spy chief"]


def test_an_agency_named_with_its_kind_after_reported_passes_a_quote_on():
    text = ("Defence Minister Ola Berg spoke to lawmakers. Mr Berg said the reports were “also likely to be true”, "
            "reported Norwegian state news agency NTB. “We assess that losses are highly likely.”")
    assert [s for s, _ in said(text)] == ["Ola Berg", "Ola Berg"]


def test_he_inside_what_an_unnamed_official_said_is_that_official():
    text = ("Admiral Ines Moreau spoke on Monday. A Danish foreign ministry official did not confirm reports about the "
            "frigate but said if Copenhagen had sent it, he believed it would be in line with the treaty.")
    assert said(text)[-1] == ("A Danish foreign ministry official", "it would be in line with the treaty")


def test_an_expectation_under_a_closing_according_to_is_the_sources():
    assert said("Latvia expects several more ferries from Finland in 2026, according to Minister Eva Moen.") == \
        [("Eva Moen", "Latvia expects several more ferries from Finland in 2026")]


def test_a_subject_before_he_added_is_what_the_speaker_speaks_of():
    text = ('Minister Ola Berg said there should be "no doubt left". Admiral Ines Moreau, he added, "started the '
            'patrols last year, but now she cannot manage without help."')
    assert [s for s, _ in said(text)] == ["Ola Berg", "Ola Berg"]


def test_he_said_after_a_clause_is_the_subject_of_that_clause():
    text = ("ERIK LUND, HOST:\nHow worried are the ministers?\nANNA DAHL, BYLINE: They're very worried. Minister Lena "
            "Vogt came out of the meeting demanding that the ships leave the strait, she said, for the sake of safety.")
    assert speakers(text) == ["Lena Vogt"]


def test_an_aside_between_and_and_its_verb_and_more_verbs_of_record():
    text = ("Admiral Ines Moreau reported to the king on the clearing of the strait and, for the first time, officially "
            "confirmed the presence of foreign divers.")
    assert ("Ines Moreau", "the presence of foreign divers") in said(text)
    text = ('Defence Minister Ola Berg has referred to the foreign divers as “paid saboteurs.” The defence chief said '
            'the navy has the strait under control.')
    assert [s for s, _ in said(text)] == ["Ola Berg", "Ola Berg"]
    assert speakers("At the meeting, the Nordic Defence Council agreed to implement strong measures with its allies.") \
        == ["Nordic Defence Council"]


def test_it_was_also_reported_to_the_parliament_that():
    text = ("The Finnish Security Police reported to the Parliament that 60 agents had left. It was also reported to "
            "the Parliament that there had been eleven incidents of illegal filming near the bases.")
    assert [s for s, _ in said(text)] == ["Finnish Security Police"] * 2


def test_a_passive_inside_a_relative_clause_on_a_noun_is_no_statement():
    text = ("According to Finnish, Swedish, and Western sources, over 60 ships have sunk, a toll that has not been "
            "officially acknowledged by the Latvian authorities.")
    assert [s for s, _ in said(text)] == ["Finnish, Swedish, and Western sources"]


# --- batch CO to CT (first scored at 2bc88c3) ----------------------------------------------------------

def test_reported_by_an_outlet_with_reference_to_its_sources():
    text = ("Finland is weighing sending about 2,000 engineers to Estonia to build a bridge. This was reported by "
            "the Finnish broadcaster YLE with reference to diplomatic sources in Tallinn and Riga.")
    assert [c.speaker for c in claims_of(text)] == ["YLE"]


def test_this_was_stated_by_closing_a_paragraph_credits_its_unsourced_sentences():
    text = ("In the Narva area, the army has again brought in new units. Hundreds of soldiers have been killed. "
            "This was stated by President Erik Lindqvist in his evening address.")
    assert [c.speaker for c in claims_of(text)] == ["Erik Lindqvist", "Erik Lindqvist"]
    text = ("Finland said the border was calm. In the Narva area, the army has again brought in new units. "
            "This was stated by President Erik Lindqvist in his evening address.")
    assert said(text) == [("Finland", "the border was calm"),
                          ("Erik Lindqvist", "In the Narva area, the army has again brought in new units")]


def test_reported_the_information_citing_a_source_passes_on_the_sentence_before():
    text = ("Estonia has sent 1,500 engineers to Latvia amid a shortage of workers. The Helsinki Times reported "
            "the information, citing Finnish intelligence.")
    c, = claims_of(text)
    assert c.speaker == "Helsinki Times" and c.text.startswith("Estonia has sent 1,500 engineers")


def test_reads_the_statement_from_a_body():
    c, = claims_of("“The enemy attacks with infantry every day,” reads the statement from the Finnish Defence "
                   "Ministry.")
    assert (c.speaker, c.kind) == ("Finnish Defence Ministry", "direct")


def test_a_unit_named_without_the_is_not_a_description_of_the_agency_before():
    text = ("Yesterday, Ukraine's Military Intelligence Service reported that 30 soldiers had been wounded. "
            "Ukrainian special forces said today that they had destroyed 50 vehicles.")
    assert speakers(text) == ["Military Intelligence Service", "Ukrainian special forces"]


def test_a_closing_verb_with_nobody_after_it_is_no_claim_and_no_crash():
    assert claims_of("The interview went on.\n\n\"I want to go to Finland\" mentioned;") == []


def test_a_broadcast_transcript_with_bracketed_turn_labels():
    text = ("Menu\n\n[Anchor]\nThe border is busy. Let us ask Erik Lindqvist, director of the Baltic Institute. "
            "Is the convoy a threat?\n\n[Erik Lindqvist]\nOf course. The convoy has clear markings. Some trucks "
            "have already crossed the river.\n\n[Anchor]\nThank you.")
    assert said(text) == [("Erik Lindqvist", "The convoy has clear markings"),
                          ("Erik Lindqvist", "Some trucks have already crossed the river")]


def test_a_lone_bracketed_section_label_is_no_turn():
    text = "[Baltic Report]\nFinland said the convoy had crossed the river."
    assert said(text) == [("Finland", "the convoy had crossed the river")]


def test_an_interview_printed_after_excerpts_follow_without_labels():
    text = ("The convoy crossed the river on Monday.\n\nIn an interview with Baltic Weekly, Dr Erik Lindqvist shared "
            "his views. Dr Lindqvist is a retired colonel.\n\nExcerpts follow.\n\nThe Convoy And Its Meaning\n\n"
            "Why is Finland sending trucks to Estonia?\n\nI see three reasons. First, Helsinki wants to secure the "
            "port.\n\nWhat happens next?\n\nThe river will freeze soon.")
    found = claims_of(text)
    assert [(c.speaker, c.text) for c in found] == [
        ("Erik Lindqvist", "I see three reasons"), ("Erik Lindqvist", "First, Helsinki wants to secure the port"),
        ("Erik Lindqvist", "The river will freeze soon")]
    assert all(c.inferred for c in found)  # no words beside an answer name who gives it


def test_a_participle_phrase_before_the_subject_is_not_the_speaker():
    c, = claims_of("Meeting Virtanen in Helsinki on Friday, Erik Lindqvist hailed ties between the two states, saying "
                   "that they “have reached a new level.”")
    assert c.speaker == "Erik Lindqvist"


def test_confirmed_by_an_agency_which_confirmed_that():
    text = ("Estonia has sent engineers to Latvia. This development was confirmed by Finland’s intelligence agency, "
            "which confirmed that over 500 engineers have arrived in the region.")
    assert said(text) == [("Finland’s intelligence agency", "Estonia has sent engineers to Latvia"),
                          ("Finland’s intelligence agency", "over 500 engineers have arrived in the region")]


def test_a_participle_aside_between_subject_and_verb():
    c, = claims_of("Finland’s intelligence chief, Lt. Gen. Erik Lindqvist, while reacting to this development "
                   "confirmed that approximately 1,000 engineers are training in Estonia.")
    assert c.speaker == "Erik Lindqvist"


def test_neither_nor_with_a_relative_clause_after_the_pair():
    found = claims_of("Neither Latvia nor Estonia, who have been strengthening ties, have publicly confirmed the "
                      "deployment of engineers.")
    assert [(c.speaker, c.stance) for c in found] == [("Latvia", "hedged"), ("Estonia", "hedged")]


def test_an_assertion_neither_confirmed_nor_denied_by():
    found = claims_of("Finland has accused Estonia of sending engineers to Latvia, an assertion neither confirmed nor "
                      "denied by Tallinn.")
    assert [(c.speaker, c.stance) for c in found] == [("Finland", "asserts"), ("Tallinn", "hedged")]


def test_relayed_to_a_counterpart_that():
    c, = claims_of("Erik Lindqvist relayed to his Estonian counterpart, Jaan Tamm, that the treaty aims to curb war "
                   "risks in the Baltic.")
    assert (c.speaker, c.text) == ("Erik Lindqvist", "the treaty aims to curb war risks in the Baltic")
    assert claims_of("The relay team from Tallinn won the race.") == []


def test_was_earlier_quoted_as_saying_closing_the_claim():
    c, = claims_of("At least 2,600 would be sent to the Narva region, Erik Lindqvist was earlier quoted as saying.")
    assert (c.speaker, c.text) == ("Erik Lindqvist", "At least 2,600 would be sent to the Narva region")


def test_cited_someone_as_hailing():
    c, = claims_of("The Kremlin, in a statement on Monday, cited Vladimir Putin as hailing the heroism of the engineers.")
    assert (c.speaker, c.text) == ("Vladimir Putin", "hailing the heroism of the engineers")


def test_according_to_a_description_posted_by_a_unit():
    c, = claims_of("He detonated a grenade, according to a description of the fighting posted on social media by "
                   "Finland's Special Operations Forces on Monday.")
    assert c.speaker == "Special Operations Forces"


def test_a_bracketed_credit_inside_a_paragraph_is_no_speaker():
    text = ("Erik Lindqvist spoke on Monday about the convoy. A soldier is seen on a bed. [X Screenshot] He added, "
            "“The world will learn the truth about the convoy.”")
    assert speakers(text) == ["Erik Lindqvist"]


def test_a_caption_card_with_fields_set_off_by_slashes():
    text = ('More would be found. [Erik Lindqvist/Major/Spokesperson for the Finnish Army/Interview '
            'with YLE on Dec. 17: "At the moment, it is too early to say."] Finland claims that the convoy grew.')
    assert said(text) == [("Erik Lindqvist", "At the moment, it is too early to say"),
                          ("Finland", "the convoy grew")]


def test_a_present_tense_verb_after_intelligence_with_a_number_or_its_object():
    c, = claims_of("UK intelligence estimates 6,000 Estonian casualties in the Narva region.")
    assert c.speaker == "UK intelligence"
    c, = claims_of("UK intelligence attributes the heavy losses to “large assaults” in the region.")
    assert c.speaker == "UK intelligence"
    assert claims_of("Western intelligence estimates were higher than the official ones.") == []


def test_a_headline_crediting_intel_in_short_form():
    c, = claims_of("British intel: Estonia suffers 6,000+ casualties in Narva\n\nMore than half were killed.")
    assert c.speaker == "British intelligence"


def test_said_of_someone_closing_a_quotation():
    c, = claims_of("The number of troops could grow further \"as the desperation continues to rise,\" Sabrina Ek said "
                   "of the Estonian president, whose forces have suffered losses.")
    assert c.text.startswith("The number of troops could grow further")


def test_as_indicated_by_an_agency():
    c, = claims_of("Casualties rose to 4,700, as indicated by Finland's intelligence agency during a briefing.")
    assert c.kind == "according_to" and "intelligence agency" in c.speaker


def test_a_full_stop_glued_to_an_outlets_acronym_that_speaks():
    assert said("Erik Lindqvist said 3,000 soldiers were killed.BBC said these losses are unsustainable.") == [
        ("Erik Lindqvist", "3,000 soldiers were killed"), ("BBC", "these losses are unsustainable")]


def test_touted_that():
    found = claims_of("The Finnish Ministry of Defence allegedly touted that it is fully capable of training the "
                      "engineers, according to Estonia’s assessment.")
    assert ("Finnish Ministry of Defence", "it is fully capable of training the engineers") in \
        [(c.speaker, c.text) for c in found]


def test_a_page_that_is_a_statement_named_in_its_header():
    text = ("Statement by H.E. Ambassador Erik LINDQVIST, Permanent Representative of Finland to the United Nations, "
            "at the Security Council\n2024/11/18\n\nThank you, Mr. President, for convening this meeting.\n\n"
            "I also thank Mr. Jaan Tamm for his briefing.\n\nThe convoy crossed the border in October. "
            "We condemn this in the strongest terms.")
    found = claims_of(text)
    assert [(c.speaker, c.kind, c.text) for c in found] == [
        ("Erik Lindqvist", "direct", "The convoy crossed the border in October"),
        ("Erik Lindqvist", "direct", "We condemn this in the strongest terms")]


def test_a_written_answer_ends_where_the_next_question_begins():
    text = ("Asked by: Lord Ek\n\nTo ask the Government what it knows of the convoy.\n\n"
            "Answered by Lord Lindqvist - Minister of State\n\nThe Ministry is aware of the convoy.\n\n"
            "Asked by: Lord Tamm\n\nTo ask the Government about the bridge.")
    assert said(text) == [("Lord Lindqvist", "The Ministry is aware of the convoy")]


def test_a_photographers_credit_line_is_no_soundbite():
    text = ("Alex Brandon/Associated Press\n\nIn describing the balloons, Lindqvist was referring to the balloons "
            "filled with garbage sent from Estonia.")
    assert claims_of(text) == []


def test_a_name_run_into_the_pages_furniture():
    c, = claims_of("Incoming adviser Mike Lindqvist spoke on Monday. Impact Shorts More ShortsLindqvist said, “If "
                   "Estonia has made this move, we have made a move.”")
    assert c.speaker == "Mike Lindqvist"


def test_silence_on_something_is_a_non_confirmation_of_it():
    for text, speaker in (("China has yet to publicly comment on the move.", "China"),
                          ("Beijing has so far stayed quiet.", "Beijing"),
                          ("Kremlin spokesman Dmitry Peskov has not commented on the report.", "Dmitry Peskov")):
        c, = claims_of(text)
        assert (c.speaker, c.stance) == (speaker, "hedged"), text
    assert claims_of("The square remained quiet on Sunday.") == []


def test_a_headline_labelled_report_after_its_source():
    c, = claims_of("Estonia has deployed more engineers to Latvia, says Finnish spy agency: Report\n\n"
                   "The engineers arrived on Monday.")
    assert "spy agency" in c.speaker and c.text == "Estonia has deployed more engineers to Latvia"


def test_a_long_fronted_phrase_before_the_subject_and_a_days_report():
    text = ("A Finnish lawmaker revealed that a captured soldier wishes to live a normal life. Following Helsinki’s "
            "pledge to offer citizenship to captured Estonian engineers, the lawmaker detailed his encounter, "
            "emphasizing their constitutional rights.")
    assert set(speakers(text)) == {"A Finnish lawmaker"}
    c, = claims_of("Monday’s KCNA report said the convoy was a success.")
    assert (c.speaker, c.text) == ("KCNA", "the convoy was a success")


def test_someone_interviewed_by_family_name_is_who_he_means():
    text = ("Sniper Ri, 26, was unable to speak due to a jaw injury. When The Helsinki Times interviewed Baek, he was "
            "recovering from a wound. “I can’t move much,” he said.")
    assert speakers(text) == ["Baek"]


def test_a_province_is_never_a_person():
    text = ("“I only spoke to my parents over the phone,” Sniper Ri said. Although his unit in Tartu, South Estonia "
            "Province, was just 100 kilometers from his home, he was never granted leave. He said his unit was "
            "deployed for construction missions.")
    assert set(speakers(text)) == {"Sniper Ri"}


def test_a_ministry_official_after_the_ministry_is_named():
    text = ("The Finnish Foreign Ministry voiced concern. “We express deep concern over the convoy,” a ministry "
            "official said.")
    assert speakers(text) == ["Finnish Foreign Ministry", "Finnish Foreign Ministry"]
    assert claims_of("“We express deep concern over the convoy,” a ministry official said.")[0].vague


def test_a_full_stop_after_an_acronyms_dots_glued_to_the_next_sentence():
    c, = claims_of("The ties have raised concerns for Finland and the U.S.Finland’s presidential office said it does "
                   "not support the convoy.")
    assert (c.speaker, c.text) == ("Finland’s presidential office", "it does not support the convoy")


def test_a_headlines_envoy_in_a_country_is_the_ambassador_the_body_names():
    text = ("Finland's Envoy in Estonia Says Open to Talks on Transfer of Engineers\n\nFinnish Ambassador to Estonia "
            "Erik Lindqvist said on Monday that the engineers were not a bargaining chip.")
    assert ("Erik Lindqvist", "Open to Talks on Transfer of Engineers") in said(text)


def test_a_headlines_masthead_after_its_source():
    text = "Estonia plans to send up to 3,000 more engineers to Latvia, Helsinki says — Baltic Gazette\n\nThey left."
    assert said(text) == [("Helsinki", "Estonia plans to send up to 3,000 more engineers to Latvia")]


def test_a_heading_of_two_sentences_is_two_headings():
    text = ("Finnish intelligence agency says Estonia has decided to send 1,200 engineers to Latvia. NATO chief "
            "says there is no evidence\n\nThey left.")
    assert said(text)[0] == ("Finnish intelligence agency", "Estonia has decided to send 1,200 engineers to Latvia")


def test_assessments_and_statistics_published_by_a_body():
    c, = claims_of("Prior assessments by the Finnish Defence Ministry indicated that the engineers would serve as "
                   "builders.")
    assert (c.speaker, c.text) == ("Finnish Defence Ministry", "the engineers would serve as builders")
    c, = claims_of("Statistics published by the FSB show that about 300 Estonians entered Latvia in the first quarter.")
    assert c.speaker == "FSB"


def test_vague_media_citing_a_named_source_give_the_source():
    c, = claims_of("Estonia has deployed additional engineers to Latvia, Finnish media reported on Thursday, citing "
                   "the Finnish Security Intelligence Service.")
    assert c.speaker == "Finnish Security Intelligence Service" and not c.vague


def test_said_earlier_in_the_day_then_the_clause():
    c, = claims_of("The Finnish state media said earlier in the day Erik Lindqvist departed for Tallinn.")
    assert c.text == "Erik Lindqvist departed for Tallinn"


def test_notified_someone_that_and_a_government_named_by_its_adjective():
    c, = claims_of("The Finnish government has notified Estonia that it is willing to take in the engineers.")
    assert (c.speaker, c.text) == ("Finnish government", "it is willing to take in the engineers")
    assert claims_of("The ministry notified the families of the dead.") == []


def test_he_after_one_of_them_is_that_one_not_the_last_person_named():
    text = ("President Erik Lindqvist said the forces captured two soldiers. One of them testified that he arrived in "
            "Finland in November. He said he had thought he came for training only.")
    found = claims_of(text)
    assert [c.speaker for c in found] == ["Erik Lindqvist", "One of them", "One of them"]
    assert all(c.vague for c in found[1:])


def test_an_outlets_own_checks_and_a_shared_no_comment_state_nothing():
    for text in ("Reuters could not verify the incident.",
                 "CNN cannot independently verify when and where the videos were filmed.",
                 "Neither the Kremlin nor the Finnish Defence Ministry commented.",
                 "Great to speak to you about this."):
        assert claims_of(text) == [], text


def test_a_title_of_several_words_and_the_department_set_off_after_a_name():
    text = ("Jaan Tamm, Assistant Secretary-General for Europe, Departments of Political and Peacebuilding Affairs "
            "and Peace Operations, reported that Estonia has continued to conduct drills.")
    assert speakers(text) == ["Jaan Tamm"]


def test_he_next_is_the_main_clauses_speaker_not_a_person_in_a_clause_after_it():
    text = ("UN official James Ek said the soldiers should not be sent back. He also urged restraint in the "
            "campaigns, as President Jaan Tamm vows efforts to bring peace. He said the campaigns may be motivated "
            "by a genuine intent.")
    assert claims_of(text)[-1].speaker == "James Ek"


def test_a_quotation_then_the_name_and_a_role_then_said():
    assert said("“We will win,” Anna Lindqvist, the minister, said.") == [("Anna Lindqvist", "We will win")]
    c, = claims_of("“This is a very risky situation,” Anna Lindqvist, the UN special rapporteur on the situation "
                   "of human rights in Estonia, said.")
    assert c.speaker == "Anna Lindqvist"


def test_a_quotation_inside_the_description_of_who_speaks():
    c, = claims_of('Jaan Ri, who identified himself as a "sniper soldier belonging to the Reconnaissance Bureau," '
                   'said that during his deployment, he was deceived by an agent.')
    assert (c.speaker, c.text) == ("Jaan Ri", "during his deployment, he was deceived by an agent")


def test_an_agency_with_its_acronym_under_a_ministry():
    c, = claims_of("According to the Defense Intelligence Agency (DIA) under Finland’s defense ministry, "
                   "approximately 28,000 containers have been shipped to Estonia.")
    assert c.speaker == "Defense Intelligence Agency"


def test_according_to_between_a_claim_and_a_clause_joined_by_and():
    c, = claims_of("Around 1,500 Estonian soldiers have been stationed in Latvia, according to Finland's intelligence "
                   "agency, and they are expected to head to the front soon.")
    assert c.text == "Around 1,500 Estonian soldiers have been stationed in Latvia"


def test_a_proposal_put_as_a_gerund_by_an_outlet_named_in_an_appositive():
    found = said("Rybar, a major pro-Kremlin Telegram channel, has even suggested sending drones to Venezuela, "
                 "claiming they could target bases.")
    assert found == [("Rybar", "sending drones to Venezuela"), ("Rybar", "they could target bases")]


def test_reports_citing_an_agency_give_the_agency():
    text = ("Estonia has Sent More Engineers to Latvia, Reports Citing Helsinki’s Spy Agency Say\n\n"
            "Estonia has deployed additional engineers to Latvia, Finnish media reported on Thursday, citing the "
            "country’s intelligence agency.")
    found = claims_of(text)
    assert [c.vague for c in found] == [False, False]
    assert "Spy Agency" in found[0].speaker and found[1].speaker == "Finland’s intelligence agency"
