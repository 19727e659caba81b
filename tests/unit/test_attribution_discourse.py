"""Shapes where who speaks is found across sentences (a later sentence saying who stated the one
before, a pronoun after a source named without words of their own), met on real articles nobody here
had read and tested on sentences written for these tests. The registry is empty."""

from __future__ import annotations

from tests.unit.test_attribution_shapes import claims_of, said


def test_this_was_stated_by_a_person_after_a_governments_position():
    text = ("Norway believes that the new border fence is slowing down the refugees. "
            "This was stated by Foreign Ministry spokeswoman Kari Lunde, the agency reports.")
    assert ("Kari Lunde", "the new border fence is slowing down the refugees") in said(text)
    assert ("Norway", "the new border fence is slowing down the refugees") in said(text)


def test_this_was_stated_by_a_person_after_a_persons_position_adds_no_second_speaker():
    text = ("Mayor Piet Hals believes that the fence is slowing down the refugees. "
            "This was stated by Kari Lunde, his deputy.")
    assert [s for s, _ in said(text)] == ["Piet Hals"]


def test_she_after_this_was_stated_by_with_nothing_before_it():
    text = ("This was stated by Foreign Ministry spokeswoman Kari Lunde.\n\n"
            "“There are other routes. The fence is not the answer,” she explained.")
    assert said(text) == [("Kari Lunde", "There are other routes. The fence is not the answer")]


def test_they_after_a_government_spoke_in_the_sentence_before():
    text = ("Norway also confirmed its part in the rescue at sea. They say they saw the boat as their own "
            "responsibility.")
    assert ("Norway", "they saw the boat as their own responsibility") in said(text)


def test_they_after_a_country_only_acted_is_nobody():
    assert said("Norway sent three ships to the coast. They say the sea is calm.") == []


def test_this_is_stated_in_the_statement_of_a_ministry():
    text = ("The fence confirms that the two neighbours cannot be trusted. "
            "This is stated in the statement of the Ministry of Foreign Affairs.")
    assert said(text) == [("Ministry of Foreign Affairs", "The fence confirms that the two neighbours cannot be trusted")]


def test_first_mentioned_by_a_person():
    c, = claims_of("The presence of the divers was first mentioned by Navy Chief Lars Berg during a meeting on "
                   "Saturday.")
    assert (c.speaker, c.speaker_role) == ("Lars Berg", "Navy Chief")


def test_a_bare_quote_label_under_a_source_line():
    text = ("The harbour will stay closed for a month.\n\n"
            "Source: Kari Lunde, spokeswoman for the Port Authority, at a briefing\n\n"
            "Quote: \"Well, this is simple. The cranes are broken. Nobody can unload the ships.\"\n\n"
            "Details: She added that the port remains \"open for small boats\".")
    found = said(text)
    assert ("Kari Lunde", "Well, this is simple. The cranes are broken. Nobody can unload the ships") in found
    assert ("Kari Lunde", "the port remains \"open for small boats\"") in found


def test_a_bare_quote_label_without_a_source_line_is_nobodys():
    assert said("The harbour will stay closed.\n\nQuote: \"The cranes are broken and nobody can fix them.\"") == []


def test_a_verb_after_and_shares_the_subject_of_a_subordinate_clause():
    c, = claims_of("The news came as President Lars Berg met Prime Minister Ana Ruiz at the summit in Oslo and "
                   "suggested that the talks might be stalling.")
    assert (c.speaker, c.text) == ("Lars Berg", "the talks might be stalling")


def test_an_object_praised_before_but_and_a_second_verb():
    found = said("Mayor Piet Hals praised the city's role in the rescue but warned that its budget faces new cuts.")
    assert found == [("Piet Hals", "praised the city's role in the rescue"), ("Piet Hals", "its budget faces new cuts")]


def test_further_detailed_that():
    assert said("Spokesman Vedran Horvat further detailed that the sailors are training with drones.") == [
        ("Vedran Horvat", "the sailors are training with drones")]


def test_an_alliance_by_its_acronym_alone_and_through_its_member_states():
    text = "The war goes on.\n\nNATO said the ships had left. EU member states said the boats had stayed."
    assert said(text) == [("NATO", "the ships had left"), ("EU", "the boats had stayed")]
    assert said("The war goes on.\n\nNATO troops said the boats had left.") == []


def test_confirming_the_report_after_a_briefing_points_back_and_says_nothing_new():
    assert said("Lawmaker Anna Berg confirmed the report following a closed briefing by the Harbour Police.") == []


def test_the_report_is_the_one_who_reported_not_who_spoke_of_figures_in_a_report():
    text = ("The war goes on.\n\nNorwegian intelligence reports that 100 sailors were killed. "
            "Lawmaker Anna Berg said the agency was cautious and the figures in the report may be too low. "
            "The report says there are signs that more ships will sail.")
    assert ("Norwegian intelligence", "there are signs that more ships will sail") in said(text)


def test_a_report_confirming_earlier_claims_by_others_makes_them_its_own():
    text = ("The war goes on.\n\nThe Oslo Times reported that the ships had left. "
            "The report confirms earlier claims by Norwegian officials that the fleet had sailed.")
    assert ("Oslo Times", "the fleet had sailed") in said(text)


def test_they_in_what_they_say_is_not_a_country_inside_a_compound():
    assert said("The war goes on.\n\nPro-Norway accounts have been posting what they say is footage of ships "
                "being sunk by drones.") == []


def test_according_to_after_an_impersonal_it_is_noted_that():
    text = ("The war goes on.\n\nIt is noted that, according to the Norwegian Statistics Office, 13 Danish citizens "
            "entered Norway last year.")
    assert said(text) == [("Norwegian Statistics Office", "13 Danish citizens entered Norway last year")]


def test_a_participle_after_giving_an_update_is_the_givers():
    text = ("The war goes on.\n\nJust days earlier, Acting Deputy Governor Lars Berg provided a grim update at a "
            "meeting on June 23, stating that as of that day, 44 villages had been cleared.\n\nIn a message posted "
            "to his channel, Governor Ola Dahl detailed the outcomes of a meeting, revealing that demining has "
            "expanded.")
    found = said(text)
    assert ("Lars Berg", "as of that day, 44 villages had been cleared") in found
    assert ("Ola Dahl", "demining has expanded") in found
    assert said("The war goes on.\n\nNorway has trained the sailors, revealing that it wants a bigger navy.") == []


def test_expressed_worry_then_urging():
    found = said("The war goes on.\n\nOslo's foreign ministry expressed great worry, urging Stockholm to stop such "
                 "measures immediately.")
    assert [what for _, what in found] == ["expressed great worry", "urging Stockholm to stop such measures immediately"]


def test_framed_as():
    assert said("The war goes on.\n\nMinister Lars Berg framed the effort as a critical step toward peace.") == [
        ("Lars Berg", "framed the effort as a critical step toward peace")]


def test_a_bare_quote_label_far_below_the_source_line_is_the_last_speakers():
    text = ("The war goes on.\n\nSource: Lars Berg, deputy head of the Naval Intelligence, in an interview\n\n"
            "Details: Berg said that the sailors remain in port.\n\nThe ships are old.\n\nThe crews are tired.\n\n"
            "Quote: \"We have data on the recruitment of sailors. They started with 100 and now plan 400.\"")
    assert ("Lars Berg", "We have data on the recruitment of sailors. They started with 100 and now plan 400") \
        in said(text)


def test_an_acronym_after_a_head_of_a_body_is_the_bodys():
    text = ("The war goes on.\n\nLars Berg, Deputy Head of Naval Intelligence of Norway (NIN), spoke.\n\n"
            "NIN assesses that the ships sail in turns.")
    assert ("Naval Intelligence of Norway", "the ships sail in turns") in said(text)


def test_this_was_announced_in_an_interview_with_an_outlet_by_a_person():
    text = ("The war goes on.\n\nNorway plans to send its sailors to Denmark.\n\n"
            "This was announced in an interview with Ukrinform by Lars Berg, deputy head of the Naval Intelligence.\n\n"
            "According to him, the first thousand sailors have already arrived.")
    assert said(text) == [("Lars Berg", "Norway plans to send its sailors to Denmark"),
                          ("Lars Berg", "the first thousand sailors have already arrived")]


def test_a_transcript_labelled_with_a_name_and_a_title_cased_role_then_the_role_alone():
    text = ("Doorstop in Oslo\n"
            "Lena Berg, Foreign Minister: It's a real honour to be here in Oslo. The harbour matters to Norway.\n"
            "Journalist: On the storm, an update?\n"
            "Foreign Minister: Thank you. Well, the storm has damaged the pier.")
    assert said(text) == [("Lena Berg", "The harbour matters to Norway"),
                          ("Lena Berg", "Well, the storm has damaged the pier")]


def test_mentioned_on_a_day_that():
    assert said("The war goes on.\n\nDirector Anna Holm mentioned on Wednesday that the axis had been "
                "underestimated.") == [("Anna Holm", "the axis had been underestimated")]


def test_the_centre_is_the_center_named_before_and_how_it_got_footage_is_no_claim():
    text = ("The war goes on.\n\nThe video was published by Norway's Center for Strategic Communications. The centre "
            "claims a Swedish sailor shot the footage, but it did not say how the footage was obtained.")
    assert said(text) == [("Center for Strategic Communications", "a Swedish sailor shot the footage")]


def test_courtesies_of_a_doorstop_state_nothing():
    text = ("Doorstop in Oslo\n"
            "Lena Berg, Foreign Minister: It's a real honour and privilege to be here. I'm very honoured to be here. "
            "Happy to take questions.\n"
            "Journalist: On the storm?\n"
            "Lena Berg: The pier is closed.")
    assert said(text) == [("Lena Berg", "The pier is closed")]


def test_but_then_a_subject_of_its_own_is_not_the_earlier_speaker():
    found = said("The war goes on.\n\nAnalysts have speculated that the sailors come from the elite corps, but the "
                 "two captured sailors say they were assigned to the navy bureau.")
    assert all(what != "they were assigned to the navy bureau" for _, what in found)


def test_as_someone_has_put_it():
    assert said("The war goes on.\n\nAs Dr. Jake Rinaldi has put it, “The dispatch of sailors is a watershed "
                "moment.”") == [("Jake Rinaldi", "The dispatch of sailors is a watershed moment")]


def test_assumes_that_and_for_an_expert_named():
    found = said("The war goes on.\n\nThe Pentagon assumes that they will join the fighting. For military expert "
                 "Colonel Lars Berg, the deployment is primarily symbolic.")
    assert found == [("The Pentagon", "they will join the fighting"),
                     ("Lars Berg", "the deployment is primarily symbolic")]
    assert said("The war goes on.\n\nFor Russia, the use of the sailors is cheap.") == []
    assert said("The war goes on.\n\nThe general assumed command of the fleet.") == []


def test_a_message_between_two_people_indicates_nothing_of_theirs():
    found = said("The war goes on.\n\nKim argued that the message between the lawmaker and Director Shin indicated "
                 "“a preliminary conspiracy” and accused the government of planning for martial law.")
    assert [who for who, _ in found] == ["Kim", "Kim"]


def test_a_daily_whose_name_has_two_capitals():
    assert said("The war goes on.\n\nSouth Korean daily JoongAng Ilbo reported that Moscow supplied the modules.") == [
        ("JoongAng Ilbo", "Moscow supplied the modules")]


def test_here_between_an_agency_and_its_verb():
    assert said("The war goes on.\n\nThe Harbour Police (HP) here also confirmed this week that there have been no "
                "signs of smuggling.") == [("Harbour Police", "there have been no signs of smuggling")]


def test_estimates_place_casualties_at():
    c, = claims_of("The war goes on.\n\nBritish intelligence estimates place Norwegian casualties at over 6,000.")
    assert c.speaker == "British intelligence" and [n.value for n in c.numbers] == [6000]


def test_to_which_someone_responded():
    found = said("The war goes on.\n\n“See you soon,” Kim said through an interpreter, to which Ola Dahl responded: "
                 "“We are waiting for you, come visit us.”")
    assert ("Ola Dahl", "We are waiting for you, come visit us") in found


def test_meeting_with_someone_and_announcing():
    assert said("The war goes on.\n\nSecurity Council Secretary Lars Berg traveled to Denmark on June 17, meeting with "
                "Ole Dahl and announcing that Copenhagen had agreed to send 1,000 sappers.") == [
        ("Lars Berg", "Copenhagen had agreed to send 1,000 sappers")]


def test_a_live_pages_date_before_the_subject():
    found = said("The war goes on.\n\napril 28 The DPRK also confirmed its part in the battles in the region. They say "
                 "they saw the territory as their own.")
    assert [who for who, _ in found] == ["North Korea", "North Korea"]


def test_lauded_forces_then_underscoring():
    found = said("The war goes on.\n\nThis comes days after Chief of Staff Lars Berg lauded Danish forces during a "
                 "video conference with President Ole Dahl, underscoring their part in freeing the port.")
    assert ("Lars Berg", "their part in freeing the port") in found
    assert all(who == "Lars Berg" for who, _ in found)


def test_a_countrys_claim_of_doing_and_another_contesting_such_reports():
    found = claims_of("The war goes on.\n\nThis follows Norway's claim of retaking the port, although Denmark has "
                      "contested such reports.")
    assert [(c.speaker, c.text, c.stance) for c in found] == [("Norway", "retaking the port", "asserts"),
                                                             ("Denmark", "contested such reports", "denies")]
    assert said("The war goes on.\n\nFighting went on in the contested border region, the army said.") == []


def test_a_role_given_without_a_name_is_the_person_named_in_it_later():
    text = ("The war goes on.\n\nAbout 8,000 Danish sailors are still at sea, Norway's military intelligence chief "
            "said on Tuesday.\n\nIn an interview, Lars Berg, head of Norway's Defense Intelligence, dismissed claims "
            "that the sailors had left.")
    assert [who for who, _ in said(text)] == ["Lars Berg", "Lars Berg"]


def test_a_role_given_without_a_name_stays_unnamed_when_two_people_fit():
    text = ("The war goes on.\n\nAbout 8,000 Danish sailors are still at sea, Norway's military intelligence chief "
            "said.\n\nLars Berg, head of Norway's Defense Intelligence, and Ola Dahl, head of Norway's Naval "
            "Intelligence, met on Monday.")
    assert said(text)[0][0] == "Norway's military intelligence chief"


def test_a_timed_transcript_label_on_its_own_line():
    text = ("Hearing transcript\n\nMr. Holm (00:00):\n\nThose days are over. Denmark remains the main risk to Norway."
            "\n\n(01:02)\n\nMs. Dahl (01:10):\n\nThe fleet is ready.")
    assert said(text) == [("Holm", "Those days are over"), ("Holm", "Denmark remains the main risk to Norway"),
                          ("Dahl", "The fleet is ready")]


def test_a_claim_then_a_name_a_role_and_said_on_a_day():
    assert said("The war goes on.\n\nNorway should act if Danish troops invade, Rep. Mike Holm, chairman of the "
                "House Intelligence Committee, said Wednesday.") == [("Mike Holm", "Norway should act if Danish troops "
                                                                                  "invade")]


def test_a_country_and_others_say():
    assert said("The war goes on.\n\nDanish leader Ole Dahl has sent thousands of sailors to Norway, the U.S. and "
                 "others say, stepping up his help.") == [("United States", "Danish leader Ole Dahl has sent thousands "
                                                                            "of sailors to Norway")]


def test_all_of_a_claim_closed_by_she_said_is_hers():
    text = ("The war goes on.\n\nFormer assistant secretary Anna Holm spoke to the paper. Danish sailors are special "
            "forces, but the Norwegians have used them as infantry, she said.")
    assert said(text) == [("Anna Holm", "Danish sailors are special forces, but the Norwegians have used them as "
                                        "infantry")]


def test_a_development_someone_says_would():
    text = ("The war goes on.\n\nCongressman Mike Holm wants a briefing after reports that Denmark sent sailors, a "
            "development Holm says would cross a red line.")
    assert said(text) == [("Mike Holm", "would cross a red line")]


def test_an_intelligence_services_findings_that():
    found = said("The war goes on.\n\nNorway’s report corroborated Danish intelligence’s findings that Sweden is "
                 "deploying its sailors.")
    assert ("Danish intelligence", "Sweden is deploying its sailors") in found


def test_an_analyst_from_an_outlet_closing_a_sentence_then_what_the_outlet_is():
    found = said("The war goes on.\n\nThe men wear a standard set of fatigues, made by a company called BTK Group, "
                 "according to military analyst Dmitry Holm from Meduza, another independent news outlet in Russia.")
    assert found == [("Dmitry Holm", "The men wear a standard set of fatigues, made by a company called BTK Group")]


def test_an_unnamed_official_of_a_long_named_agency_and_a_researcher_from_a_center():
    found = said("The war goes on.\n\nNorwegian National Intelligence Service (NIS) official stated that Denmark has "
                 "sent more sailors.\n\nResearcher Sam Lair from the Nuclear Studies Center stated that the port is "
                 "secure.")
    assert found == [("Norwegian National Intelligence Service official", "Denmark has sent more sailors"),
                     ("Sam Lair", "the port is secure")]


def test_a_report_by_an_outlets_columnist_revealed():
    assert said("The war goes on.\n\nA shocking report by Financial Times columnist Gideon Holm revealed that the "
                "sailors were bored.") == [("Gideon Holm", "the sailors were bored")]


def test_single_quotation_marks_quote_and_go_on():
    text = ("The war goes on.\n\n'I don't think the Danes want this caught on camera,' Sam Lair, a researcher at the "
            "Center, told CNN. 'The secrecy is quite remarkable.'\n\nThe sailors' families said nothing.")
    found = claims_of(text)
    assert [(c.speaker, c.kind, c.text) for c in found] == [
        ("Sam Lair", "direct", "I don't think the Danes want this caught on camera"),
        ("Sam Lair", "direct", "The secrecy is quite remarkable.")]
    assert found[0].sentence.startswith("'I don't")  # (the page's own marks, given back)


def test_an_outlets_name_in_quotation_marks():
    text = ('The war goes on.\n\nDanish howitzers are set to arrive at the front, reports "The Telegraph".\n\n'
            '"The Telegraph" states that these are among the longest-range guns in the world.')
    assert said(text) == [("The Telegraph", "Danish howitzers are set to arrive at the front"),
                          ("The Telegraph", "these are among the longest-range guns in the world")]


def test_compared_with_and_detailed_evidence_of_a_list():
    text = ("The war goes on.\n\nIn an interview, President Lars Berg compared Denmark's aid to Sweden with the "
            "support Norway receives.\n\nDirector Seth Holm detailed evidence of Denmark's arms transfers to Sweden, "
            "Sweden's transfer of technology, and Sweden's training of Danish sailors.")
    found = said(text)
    assert ("Lars Berg", "compared Denmark's aid to Sweden with the support Norway receives") in found
    assert ("Seth Holm", "Denmark's arms transfers to Sweden, Sweden's transfer of technology, and Sweden's training "
                         "of Danish sailors") in found
    assert said("The war goes on.\n\nThe losses more than tripled, compared to last month's report to the "
                "Assembly.") == []


def test_a_post_quoted_before_wrote_on_x_opens_no_block_after_it():
    text = ("The war goes on.\n\n“Norway's safety is at stake. We are united,” Lars Berg wrote on X.\n"
            "The visit included a stop at the border.")
    assert said(text) == [("Lars Berg", "Norway's safety is at stake. We are united")]


def test_commanders_inside_what_an_unnamed_soldier_says_are_his_account():
    text = ("The war goes on.\n\nNorway has captured two Danish soldiers. One of the soldiers says on video that "
            "commanders told him he was going to Norway for training.")
    found = said(text)
    assert ("One of the soldiers", "commanders told him he was going to Norway for training") in found
    assert all(who != "Commanders" for who, _ in found)


def test_a_section_question_is_nobody():
    text = ("What's Happening?\nTwo Danish sailors have asked to live in Norway. The letter, dated late October, "
            "highlights the sailors' gratitude.")
    assert said(text) == []


def test_capitals_before_a_plural_noun_only_qualify_the_subject():
    text = ("The war goes on.\n\nSecretary General Mark Holm said the sailors were in Norway. NATO's Indo-Pacific "
            "partners, including Australia and Japan, have also been briefed, he said.")
    assert [who for who, _ in said(text)] == ["Mark Holm", "Mark Holm"]


def test_he_after_an_unnamed_one_opens_a_sentence():
    text = ("The war goes on.\n\n“I want to go home,” one of the soldiers said, according to the audio.\n\n"
            "In another call, a soldier complained of a lack of interpreters. “We are now working like translators,” "
            "he said.")
    assert said(text)[-1] == ("A soldier", "We are now working like translators")


def test_he_in_a_clause_after_this_came_as():
    text = ("The war goes on.\n\nThis came as President Lars Berg met Prime Minister Ana Ruiz to share information "
            "about 12,000 Danish sailors, who he said would be moved to bases. In a post on X, he said that the two "
            "were planning an exchange of delegations.")
    assert [who for who, _ in said(text)] == ["Lars Berg", "Lars Berg"]


def test_one_of_the_captured_soldiers_then_he():
    text = ("The war goes on.\n\nOne of the captured soldiers, a 19-year-old rifleman, stated he had served since 2021. "
            "He claimed his deployment was for training, not combat.")
    assert [who for who, _ in said(text)] == ["One of the captured soldiers", "One of the captured soldiers"]


def test_a_link_glued_to_more():
    assert said("The war goes on.\n\nmore:US announces 10,000 Danish sailors will head to Norway\n\nThe end.") == []


def test_a_countrys_body_named_in_other_words_is_the_registered_one():
    from bot.extract.document import extract_claims
    from bot.index.model import Document, Source, Speaker
    from bot.index.speakers import Registry
    registry = Registry([Speaker("nis-no", "Norwegian Intelligence Service", aliases=("NIS",), country="Norway",
                                 kind="institution"),
                         Speaker("coast-no", "Norwegian Coastal Administration", country="Norway", kind="institution")])
    text = "The war goes on.\n\nNorway’s intelligence service believes the talks will resume in May."
    c, = extract_claims(Document("t", text, Source("t", published="2025-03-13")), registry)
    assert c.speaker_id == "nis-no"
    text = "The war goes on.\n\nNorway’s administration believes the talks will resume in May."
    c, = extract_claims(Document("t", text, Source("t", published="2025-03-13")), registry)
    assert c.speaker_id != "coast-no"  # (one word of its name is no description of it)


def test_an_interview_with_an_outlet_in_marks_then_the_quotation():
    assert said("The war goes on.\n\nDefence chief Lars Berg stated in an interview with “The Drive” on October 22, "
                "“We are awaiting the first ships tomorrow.”") == [("Lars Berg", "We are awaiting the first ships "
                                                                                 "tomorrow")]


def test_released_intercepts_revealing():
    assert said("The war goes on.\n\nNorwegian Naval Intelligence released intercepted communications on Friday, "
                "revealing Danish sailors expressing doubts about their orders.") == [
        ("Norwegian Naval Intelligence", "Danish sailors expressing doubts about their orders")]


def test_a_lost_space_before_an_acronym_and_a_sites_dotted_name():
    found = said("The war goes on.\n\nSpokesperson Anna Holm told journalists the sailors had arrived, using the "
                 "country's official name.US President Joe Biden also warned the deployment was dangerous.\n\n"
                 "Denmark has sent 10,000 sailors, the ministry said on Monday, News.Az reports citing foreign media.")
    assert ("Joe Biden", "the deployment was dangerous") in found
    assert all(who != "Az" for who, _ in found)


def test_a_headline_question_names_nobody():
    text = ("Is Lars Berg putting his interests first?\n\nBerg says the fleet should sail.\n\nThe war goes on.")
    assert all(not who.startswith("Is ") for who, _ in said(text))


def test_the_authorities_of_three_countries_are_each_government():
    found = said("The war goes on.\n\nAmerican, South Korean and Ukrainian authorities have said there are up to "
                 "12,000 Danish sailors in Norway.")
    assert sorted(who for who, _ in found) == ["South Korea", "Ukraine", "United States"]


def test_wrote_about_this_reported_by_an_outlet_says_nothing_new():
    text = ("The war goes on.\n\nDirector Anna Holm said the story was a fake. Holm wrote about this in her Telegram "
            "channel, UNN reports.")
    assert said(text) == [("Anna Holm", "the story was a fake")]


def test_sentence_openers_that_are_no_names_and_a_captions_source():
    assert said("The war goes on.\n\nAlongside reports of Danish sailors in Norway, evidence has surfaced online.\n\n"
                "A soldier identified as a Danish sailor is eating noodles. / Source: X") == []


def test_a_sites_dotted_name_in_capitals_and_someone_elses_account_after_a_quotation():
    text = ("The war goes on.\n\nSecretary General Mark Holm said the ships had left. Holm wrote about this in a "
            "column for Politico, Censor.NET reports.\n\nThe ministry confirmed 300 deaths.BBC said the figures "
            "were low.")
    assert said(text) == [("Mark Holm", "the ships had left"), ("BBC", "the figures were low")]
    text = ("The war goes on.\n\nThe embassy said Norway believes the ships will stay. The Danish government is said "
            "to be discussing new sanctions.")
    assert all("discussing" not in what for _, what in said(text))


def test_according_to_its_estimates_is_the_body_just_named():
    text = ("The war goes on.\n\nNorwegian intelligence stated that it would work with its partners. According to "
            "its estimates, Denmark has sent around 11,000 sailors to the port.")
    assert said(text)[-1] == ("Norwegian intelligence", "Denmark has sent around 11,000 sailors to the port")


def test_an_interview_whose_answers_are_labelled_by_one_name():
    text = ("Lars Berg spoke to the broadcaster in an exclusive interview.\n"
            "Q: Mr. President, thank you. Where exactly are the ships at the moment?\n"
            "Berg: As you say, the war has gone on for two years. The ships are in the north.\n"
            "Q: Details: what comes next?\n")
    found = said(text)
    assert ("Lars Berg", "The ships are in the north") in found
    assert all("Where exactly" not in what for _, what in found)


def test_a_place_before_people_joined_by_and_is_no_speaker_of_theirs():
    found = said("The war goes on.\n\nIn their joint statement after the meeting in Washington, D.C., Norway's "
                 "Defense Minister Lars Berg and his U.S. counterpart Lloyd Holm criticized Denmark's troop deployment.")
    assert [who for who, _ in found] == ["Lars Berg", "Lloyd Holm"]


def test_a_place_after_from_names_nobody_for_a_later_he():
    text = ("The war goes on.\n\nMinister Ola Dahl spoke on Monday. From the Bergen, Molde and Alta regions, the "
            "sailors were sent by ship. He then added: “We will keep watching.”")
    assert said(text)[-1][0] == "Ola Dahl"


def test_an_assessment_given_affirming_and_claims_or_confirmations_from_a_list():
    found = said("The war goes on.\n\nWashington gave its first assessment the same day affirming that Denmark sent "
                 "3,000 sailors to Norway.\n\nThe revelations follow claims from the U.S., South Korea, and Ukraine "
                 "that Denmark deployed 10,000 sailors. The envoy spoke, following confirmations from South Korea and "
                 "Japan that the sailors had sailed.")
    assert ("Washington", "Denmark sent 3,000 sailors to Norway") in found
    assert sorted(who for who, what in found if what == "Denmark deployed 10,000 sailors") == [
        "South Korea", "Ukraine", "United States"]
    assert sorted(who for who, what in found if what == "the sailors had sailed") == ["Japan", "South Korea"]


def test_the_institute_named_before_capitalised_alone():
    text = ("The war goes on.\n\nThe Institute for the Study of War (ISW) said the sailors could be lost by April. "
            "The Institute noted that the daily casualty rate could reach 92.")
    assert [who for who, _ in said(text)] == ["Institute for the Study of War", "Institute for the Study of War"]


def test_an_interview_whose_asker_is_the_outlet_by_its_one_name():
    text = ("We talked with the orientalist Lars Berg about the alliance.\n"
            "Gazeta: Were you surprised by the agreement?\n"
            "Lars Berg: At first, yes. The treaty prepared the ground for sending troops.\n"
            "Photo provided by Lars Berg\n")
    found = said(text)
    assert ("Lars Berg", "The treaty prepared the ground for sending troops") in found
    assert all("surprised" not in what and "Photo" not in what for _, what in found)
