"""The sentence splitter: where sentences end, and offsets that reproduce the text exactly."""

import pytest

from bot.extract.sentences import is_heading, split_sentences


def texts(text: str) -> list[str]:
    return [s.text for s in split_sentences(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The convoy left. It reached the port at noon!", ["The convoy left.", "It reached the port at noon!"]),
    ("Gen. Ivo Petrov spoke. Lt. Col. Ana Ruiz did not.", ["Gen. Ivo Petrov spoke.", "Lt. Col. Ana Ruiz did not."]),
    ("John F. Kennedy was quoted. Then the hall emptied.", ["John F. Kennedy was quoted.", "Then the hall emptied."]),
    ("The U.S. Defense Secretary spoke.", ["The U.S. Defense Secretary spoke."]),
    ("Aid came from the U.S. The shipment was late.", ["Aid came from the U.S.", "The shipment was late."]),
    ("It rose to 12. Officials were surprised.", ["It rose to 12.", "Officials were surprised."]),
    ("1. A list item follows. It has two sentences.", ["1. A list item follows.", "It has two sentences."]),
    ("Did it end? Nobody knows.", ["Did it end?", "Nobody knows."]),
])
def test_sentence_ends(text, expected):
    assert texts(text) == expected


def test_a_quotation_spanning_two_sentences_stays_whole():
    text = "“The talks are over. We leave tonight,” she said. Nobody answered."
    assert texts(text) == ["“The talks are over. We leave tonight,” she said.", "Nobody answered."]
    straight = 'He said "we wait. We watch." Then he left.'
    assert texts(straight) == ['He said "we wait. We watch."', "Then he left."]


def test_a_quotation_ending_a_sentence_closes_it():
    assert texts("“We are ready.” The minister left.") == ["“We are ready.”", "The minister left."]


def test_never_across_paragraphs_and_offsets_are_exact():
    text = "Headline Without A Period\nThe first paragraph ends here without a full stop but it runs on long enough " \
           "to be prose\nSecond paragraph. Another one."
    found = split_sentences(text)
    assert [s.text for s in found][1:] == ["Second paragraph.", "Another one."]
    assert all(text[s.start:s.end] == s.text for s in found)
    assert [s.paragraph for s in found] == [1, 2, 2]


def test_quotes_are_found_with_their_words():
    (sentence,) = split_sentences("“Nothing moves at night,” Captain Ivo Petrov said.")
    assert sentence.quotes[0].inner == "Nothing moves at night,"
    assert not sentence.is_pure_quote()
    (pure,) = split_sentences("“We will not return this year.”")
    assert pure.is_pure_quote()


def test_headings():
    assert is_heading("Moscow's Denials and the Silence of NATO")
    assert not is_heading("NATO said the exercise had ended.")


@pytest.mark.parametrize("furniture", [
    "date 2031-04-02 ", "[Evening Bulletin] ", "Details: ", "LISBON, Apr. 2 (Wire) -- ", "Lisbon, Apr 2 (Wire).- ",
    "LISBON, April 2. /WIRE/. ", "LISBON – ", "LISBON: ",
])
def test_stamps_labels_and_datelines_are_not_part_of_the_first_sentence(furniture):
    text = furniture + "The harbour reopened on Tuesday. Ships queued."
    first, second = split_sentences(text)
    assert first.text == "The harbour reopened on Tuesday."
    assert text[first.start:first.end] == first.text


def test_headlines_are_kept_apart_when_asked_for():
    text = "Harbour reopens after storm, port says\nThe harbour reopened on Tuesday."
    assert texts(text) == ["The harbour reopened on Tuesday."]
    headline, body = split_sentences(text, headings=True)
    assert (headline.heading, body.heading) == (True, False)
    footer = "The post Harbour reopens, port says appeared first on Coast Daily."
    (title,) = split_sentences(footer, headings=True)
    assert title.text == "Harbour reopens, port says" and title.heading


@pytest.mark.parametrize("pointer", [
    "Read also: Port authority says the storm cost millions",
    "READ MORE | Harbour chief warns of a second storm",
    "Related: Fishermen say the quay is unsafe",
])
def test_a_pointer_to_another_article_is_not_read(pointer):
    text = f"Harbour reopens after storm\n{pointer}\nThe harbour reopened on Tuesday, the port said."
    assert [s.text for s in split_sentences(text, headings=True)] == [
        "Harbour reopens after storm", "The harbour reopened on Tuesday, the port said."]


def test_the_titles_listed_under_a_bare_related_label_are_not_read():
    text = ("The harbour reopened on Tuesday, the port said.\nRelated stories\nPort chief says quay is unsafe\n"
            "Fishermen warn of a second storm\n\nDivers inspected the quay on Wednesday, the navy said.")
    assert texts(text) == ["The harbour reopened on Tuesday, the port said.",
                           "Divers inspected the quay on Wednesday, the navy said."]
    assert [s.text for s in split_sentences(text, headings=True)] == texts(text)
    assert [s.text for s in split_sentences("Details: The quay held.")] == ["The quay held."]


def test_a_list_of_other_articles_under_a_closing_label_is_not_read():
    text = ("The harbour reopened on Tuesday, the port said.\n\"Harbour\" POPULAR ARTICLES\n-\n"
            "Port chief: quay is unsafe after the storm\n-\nFishermen Warn of a Second Storm; Navy Says Quay Will Hold for Now "
            "Despite the Damage\n")
    assert [s.text for s in split_sentences(text, headings=True)] == ["The harbour reopened on Tuesday, the port said."]


def test_a_quotation_glued_to_the_full_stop_before_it_opens_the_next_sentence():
    text = ('The vote is set for Tuesday."We now assess that 1,000 sailors are in Riga," Berzins said."We have not '
            'seen them deploy," he added.The secretary left.')
    assert texts(text) == ["The vote is set for Tuesday.", '"We now assess that 1,000 sailors are in Riga," Berzins said.',
                           '"We have not seen them deploy," he added.', "The secretary left."]
