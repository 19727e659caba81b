"""Within one sentence: which reporting cues have a speaker, and what each speaker said.

The shapes covered (each with its own unit test):
  X said/told reporters/believes [that] CLAIM         reporting verb with a clause
  X urged/denied/labeled OBJECT                        verb whose object is the claim
  “QUOTE,” X said [...] / “QUOTE,” said X, ROLE        quotation, attribution after
  X explains, “QUOTE”                                   quotation, attribution before
  CLAIM, X said on Wednesday                            attribution at the end
  CLAIM, analysts say, CLAIM                            parenthetical attribution
  As X warned, CLAIM                                    fronted attribution
  According to X[, ROLE], CLAIM / CLAIM, according to X
  NAME, ROLE, said ... / NAME, who ..., said ...        appositives and relative clauses
  X ... and urged ...                                   a second verb sharing the subject
  Russia and North Korea have denied ...               coordinated speakers: one claim each
"""

from __future__ import annotations

import re

from bot.extract.attributed import Attribution
from bot.extract.complement import NOMINAL, clean, complement, kind_of
from bot.extract.cues import AUXILIARY, NEGATION, NEEDS_NEXT, PASSIVE, Cue, find_cues, is_modal
from bot.extract.lexicon import GROUP_NOUNS, ORG_WORDS, PERSON_ROLES, STATEMENT_NOUNS, TITLES, VAGUE_HEADS
from bot.extract.places import is_place
from bot.extract.phrases import (NAME_ONLY, ROLE, comma_segments, has_role_noun, join_roles, titled, titled_alone,
                                 trailing_name)
from bot.extract.relays import DENIED_BY, TRAILING_TIME, RelayReader
from bot.extract.sentences import Sentence, single_quoted
from bot.extract.settle import (CLOSING_NAME, disclaimer, end_with_subordinate_clause, only_names_it, own_pronoun,
                                repeats, reported_inside, said_again, says_something, split_coordinated, told_by_name,
                                without_channel)
from bot.extract.subjects import (INTRODUCTORY, NAMED_AS, NOT_NAMES, PAIRED_ADJECTIVES, Mention, SubjectResolver, demonym,
                                  opening_subject, titled_after)

BOUNDARY_WORDS = {"that", "though", "although", "while", "whereas", "because", "since", "but", "if", "when",
                  "after", "before", "which", "where", "as", "so", "despite", "however", "meanwhile",
                  "whether", "once", "until", "unless", "whom", "whose", "than", "like", "who", "what"}
CONJUNCTIONS = {"and", "or", "nor"}
# A reporting verb whose clause needs no "that" also ends a clause: in "They said the agency told
# the committee ...", the agency is who told.
SAID_BOUNDARY = {"said", "says", "added", "noted", "stated", "claimed", "reported", "believes", "believed",
                 "stressed", "insisted", "argued", "warned", "wrote"}
# A cue word right after these is a noun or an adjective ("the reported deployment", "such claims").
DETERMINERS_BEFORE = {"the", "a", "an", "these", "those", "such", "this", "its", "their", "his", "her", "our",
                      "some", "any", "no", "of", "by", "whose", "after", "amid", "following", "despite", "about",
                      "over", "on", "against", "unconfirmed", "unverified", "with"}  # "came after reports that": a noun
# After these modifiers only a past tense is a verb: "media said" reports, "media reports" is a
# noun phrase.
MODIFIERS_BEFORE = {"growing", "recent", "latest", "new", "initial", "intelligence", "media", "conflicting",
                    "contradictory", "earlier", "unverified", "public", "western", "many", "several", "press",
                    "news", "official", "first", "further", "brief", "formal", "various", "numerous", "multiple",
                    "other", "separate"}
UNABLE_TO = {"confirm", "verify", "deny", "comment", "say"}  # "could not confirm" reports a non-confirmation
# Forms of reporting verbs that are never nouns: "Ukrainian intelligence says ..." (not "intelligence reports").
ONLY_VERBS = {"says", "tells", "believes", "thinks", "warns", "insists", "argues", "suggests", "assesses", "pegs", "puts"}
PAST_FORMS = {"said", "told", "wrote", "thought", "added", "reported", "claimed", "stated", "warned", "noted",
              "estimated", "confirmed", "denied", "called", "described", "questioned", "commented", "published",
              "released", "issued"}
APPOSITIVE_START = re.compile(r"^(?:a|an|also|who|which|the\s+[a-z]|(?!(?:they|he|she|it|we|i|you|and|but|if|when|"
                              r"while|so|because)\b)[a-z]|(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\b)")  # (a clause is no
# appositive; "South Korea's Defence Minister" is one)
# "members of South Korea's National Assembly": a group of a named body, the subject, not a role.
GROUP_OF = re.compile(r"^(?:members|officials|lawmakers|representatives|ministers|leaders|diplomats|envoys|delegates)\s+"
                      r"(?:of|from)\s+[A-Z]")
_WORDS = re.compile(r"\S+")
# "didn't", "hasn’t", "couldn't": an auxiliary or a modal and its negation in one word.
CONTRACTED_NEGATION = re.compile(r"(?:did|does|do|has|have|had|is|are|was|were|could|would|can|wo|should)n[’']t", re.I)
_DAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# What only follows a reporting verb, never the noun: "intelligence reports that ...", "UK intelligence
# estimates 6,000 casualties", "Western intelligence estimate Pyongyang sent ..." (a name, not a date).
VERB_AFTER_MODIFIER = re.compile(rf"\s+that\s+(?!(?:was|were|is|are|has|have|had|will|would)\b)|"
                                 rf"\s+(?:(?:about|around|some|over|more\s+than|at\s+least|up\s+to|nearly|roughly|"
                                 rf"approximately|almost|as\s+many\s+as|close\s+to)\s+)?\d|"
                                 rf"\s+(?:that\s+)?(?!{_DAY}|{_MONTH})[A-Z](?!\w*\s+(?:of|on|about)\b)")
# A date opening the clause before its subject: "Last week", "Earlier this month", "On Monday".
LEADING_TIME = re.compile(rf"\s*(?:[A-Z][a-z]{{3,}}ly(?:\s+both)?|[Ii]n\s+(?:(?:early|late|mid)[- ])?[A-Z][a-z]+(?:\s+\d{{4}})?|"
                          rf"(?:[Ll]ast|[Tt]his|[Ee]arlier\s+this|[Ll]ater\s+that|[Ee]arlier\s+that|[Nn]ext)\s+"
                          rf"(?:week|month|year|weekend|{_DAY}|morning|evening|spring|summer|autumn|fall|winter)|"
                          rf"(?:[Oo]n\s+)?{_DAY}|[Yy]esterday|[Ee]arlier|[Oo]n\s+[A-Z][a-z]+\s+\d{{1,2}}|"
                          r"(?i:january|february|march|april|may|june|july|august|september|october|november|december)"
                          r"\s+\d{1,2})\s+(?=[A-Z])")  # (a live page's "april 28 The DPRK also confirmed ...")
# A date between subject and verb: "the government on Monday strongly condemned", "X last week said".
TIME_BETWEEN = re.compile(
    rf"(?:,?\s+(?:(?:earlier|later)\s+(?:this|that|last)|on|last|earlier|late|early|this|over)\s+(?:the\s+)?"
    rf"(?:{_DAY}|week|weekend|month|year|morning|evening|"
    rf"\d{{1,2}}(?:st|nd|rd|th)|[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})(?:\s*\([^)]{{1,20}}\))?|\s+{_DAY}|"
    rf",?\s+in\s+(?:early\s+|late\s+|mid-)?{_MONTH}(?:\s+\d{{4}})?|\s+at(?:\s+first)?|"
    rf",?\s+(?:today|yesterday|tonight)(?:,\s+(?:{_MONTH}\s+\d{{1,2}}|\d{{1,2}}\s+{_MONTH}))?),?\s*$")  # ("Pyongyang in April
# confirmed", "Moscow at first denied")
# "Kim at a meeting in Pyongyang with the Russian minister assured ...", "X, speaking later in his
# nightly address, said": where, not who.
SETTING_BETWEEN = re.compile(r",?\s+(?:(?:speaking|talking|writing)(?:\s+(?:later|earlier|again|separately|also))?\s+)?"
                             r"(?:at|during|in|after)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w’'-]+\s+){0,3}?"
                             r"(?:meeting|talks|summit|conference|session|briefing|hearing|call|interview|visit|ceremony|"
                             r"speech|address|message|letter|statement|post|video|article|op-ed)\b[^,;:]{0,90}?(?<!\band)(?<!\bbut),?\s*$")
# (not "X met Y at the summit in Oslo and suggested ...": the verb before "and" has its own subject)
# What may come before a reporting participle that opens the sentence ("Noting that ...").
FRONTED = re.compile(r"\s*(?:(?:Also|While|After)\s+)?")
CAPITALISED_RUN = re.compile(r"\b[A-Z][\w.’'-]*(?:\s+(?:of\s+)?[A-Z][\w.’'-]*)*")
# A participle appositive that renames or places its noun ("known by its acronym GUR", "based in
# Washington"), after a definite description that is the subject ("the agency").
KNOWN_AS = re.compile(r"^(?:(?:also|better|widely)\s+)?(?:known|called|referred\s+to)\s+(?:as|by)\b|^(?:based|headquartered|"
                      r"located)\s+in\b|^(?:led|headed|run)\s+by\b")
DEFINITE_ROLE = re.compile(r"the\s+(?:[a-z-]+\s+)?[a-z]+")
# The last comma segment before an inverted verb is a clause of the claim, not an appositive of a
# subject: "A and B, as X, have the right to decide ..., stated Y".
CLAUSE_BEFORE_INVERSION = re.compile(r"(?:^|,)\s*(?:have|has|had|is|are|was|were|will|would|can|could|should|must|"
                                     r"may|might|do|does|did)\s[^,]{8,},\s*$", re.I)
# "North Korea has for the first time confirmed", "Seoul has once again urged": a phrase between
# the auxiliary and the verb that does not change who speaks.
ADVERBIAL_BETWEEN = re.compile(r"\s+(?:(?:went|go|goes|going)\s+on\s+to|(?:continue[sd]?|proceed(?:s|ed)?|hasten(?:s|ed)?)\s+to|"
                               r"(?:was|were|is)\s+quick\s+to|for\s+the\s+(?:first|second|third|last)\s+time|once\s+again|"
                               r"once\s+more|at\s+last|"
                               r"in\s+turn|in\s+(?:a|an|its|his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|interview|"
                               r"speech|address|post|report|briefing|letter|message)|on\s+(?:its|his|her|their)\s+part|"
                               r"in\s+(?:public|private|person|writing|response)|so\s+far|(?:until|till|up\s+to)\s+now)\s*$",
                               re.I)
# "has not been able to (independently) verify": the verb's subject is before all of it.
ABLE_TO = re.compile(r"(?:\s+(?:has|have|had|was|were|is|are))?(?:\s+(?:not|never))?(?:\s+been)?\s+(?:un)?able\s+to"
                     r"(?:\s+\w+ly)?\s*$")
# "said this in a new report", "stated this on Telegram": the sentence before is what was said.
SAID_THIS = re.compile(r"this(?:\s*,?\s+(?:in|at|on|during|to|while|after|before|when|according|citing|via|with|"
                       r"referring|quoting|"
                       r"through)\b.*)?|that\s+(?:in|at|on|during|to|while|after|before|when|according|citing|via|"
                       r"through)\b[^,]*", re.I)  # ("reported that" at the end of a text cut short is not one;
# "reaffirms that, on 16 December, X confirmed ...": "that" opens a clause)
THE_FINDINGS = re.compile(r"\bthe\s+(?:assessment|estimate|findings?|figures?|data|information|reports?)\b", re.I)
# What a verb takes as its object when it only points at the sentence before: "X confirmed this information".
CONFIRMED_THIS = re.compile(r"(?:\w+\s+){0,2}?(?P<det>this|that|these|those|the)\s+(?:information|report|reports|news|data|figures?|"
                            r"claims?|account|assessment|findings?|development|estimates?|warnings?)(?:\s+(?:on|in|at|following|after|during)\b.*)?", re.I)
# A participle aside between a subject and its verb: "X, while reacting to the news(,) confirmed ...".
# (and a relative clause set off by commas: "Neither X nor Y, who have been strengthening ties, have confirmed")
PARTICIPLE_ASIDE = re.compile(r"(?<=[\w.])\s*,?\s+(?:while|when|after|before|upon)\s+[a-z]+ing\b[^,;“”\"]{0,60}?,?\s*$|"
                              r"(?<=[\w.]),\s+who\s+(?:has|have|had|is|are|was|were)\s+[^,;“”\"]{3,80},\s*$")
# "reported the information, citing ...", "shared this news": the sentence before is what was passed on
# (not "reported the news that ...", nor "the report" of someone's own).
PASSED_BACK = re.compile(r"\s+(?:(?:the|this|that)\s+(?:information|news)|(?:on|about)\s+(?:this|it))\s*(?:[,.;]|$|\s+(?:on|in|via|through|with|"
                         r"citing|referring|quoting|from)\b)", re.I)
# What is left of a claim cut before a later attribution when that attribution was its content.
ONLY_WHEN = re.compile(r"(?:that\s*,?\s*)?(?:(?:on|in|at|during|last|earlier|this|since)\b[^,]{0,40})?[\s,]*", re.I)
DASH_ASIDE = re.compile(r"\s+[—–]\s+[^—–]{3,140}?\s+[—–]\s*$|\s+\([^()]{3,140}\)\s*$")
# A short name in quotation marks inside the subject: 'a commander with the call sign “Puls” told ...'
NICKNAME = re.compile(r"[“\"]([\w’' -]{1,30})[”\"](?=\s*,?\s*$|\s+\w)")
# "The U.S. is yet to confirm": not confirmed, said.
YET_TO = re.compile(r"\s+(?:is|are|was|were|has|have|had)\s+(?:still\s+)?yet\s+to(?:\s+\w+ly)?\s*$")
# A participle clause after the main clause: ", adding that", "while stressing", "with X hailing".
PARTICIPLE_AFTER = re.compile(r"(?:,|\b(?:while|before|after|also|and|by))\s*$|\b(?:with|despite|amid|on\s+the\s+heels\s+of)\s+"
                              r"[^,;]{2,60}$"
                              r"|\b(?:statement|report|message|letter|post|video|notice|communiqu[ée]|article|claims|"
                              r"reports|assessments?|estimates)\b[^,;“\"]{0,80}$")  # ("gave its first assessment the
# same day affirming that ...")
# "a statement from the Central Military Commission on Monday confirming ...": its author speaks
STATEMENT_FROM = re.compile(r"\b(?:(?:statement|report|message|letter|post|video|footage|notice|communiqu[ée])\s+"
                            r"(?:(?:released|published|posted|issued|shared|aired)\s+)?(?:from|by)|"  # ("a video released by
                            # the unit claiming that ...")
                            r"(?:claims|reports|assessments|estimates)\s+(?:from|by))\s+"  # (not "reports of Russia
                            # calling on ...": reports about Russia)
                            r"(?P<who>.+?)(?:\s+(?:on|in|at|last|earlier)\s+[^,;]{0,30})?\s*$")
# "In the images released by the Russian defense ministry, the sappers ..., describing it as ...": who released them
FRONTED_RELEASE = re.compile(r"In\s+(?:the|a|an|its|their)\s+(?:images|photos|photographs|video|videos|footage|statement|"
                             r"report|post)\s+(?:released|published|issued|posted|shared)\s+by\s+(?P<who>[^,]{3,60}),")
WITH_OWNER = re.compile(r"\b(?:with|despite|amid|on\s+the\s+heels\s+of)\s+(?P<who>[^,;]{2,60}?)\s*$")  # "despite Moscow
# claiming", "came on the heels of North Korea confirming"
# "... was confirmed by the ministry in an update", "this is stated in the statement of the ministry": the
# agent of a passive reporting verb speaks.
PASSIVE_AGENT = re.compile(r"\s+(?:(?:in|at|during)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:report|statement|study|analysis|"
                           r"assessment|update|article|post|briefing|interview|press\s+conference|meeting)"
                           r"(?:\s+(?:with|to|for)\s+(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3})?\s+(?:by|of|from)"
                           r"|by)\s+(?P<who>(?:the\s+)?[A-Z][^,;]*?|"
                           r"(?:the\s+)?(?:[a-z-]+\s+){0,2}(?:head|chief|director|commander|spokesperson|spokesman|"
                           r"spokeswoman|secretary)\s+(?:of|for)\s+(?:the\s+)?[A-Z][^,;]*?|"
                           r"(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:broadcaster|newspaper|agency|outlet|publication|channel|daily|"
                           r"portal|website|magazine)\s+[A-Z][^,;]*?|[a-z][\w\s’'-]*?(?:officials|ministry|"
                           r"intelligence|agency|government|military|authorities))(?=\s+(?:in|on|at|during|after|as|"
                           r"last|this|earlier|which|who|that|with|citing|referring|quoting|according|via|through)\b|"
                           r"[,.;]|$)")  # ("reported by NHK with reference to diplomats")
BY_AGENT_CUES = {"confirm", "report", "estimate", "state", "announce", "reveal", "disclose", "say", "claim", "deny", "share",
                 "verify", "acknowledge", "assess", "release", "publish", "give", "cite", "provide", "mention"}
# An aside set off by commas between a conjunction and its verb: "and, for the first time, confirmed".
SET_OFF_ASIDE = re.compile(r"(?<=\band),\s*(?:for\s+the\s+first\s+time|in\s+turn|in\s+addition|once\s+again|again|"
                           r"at\s+the\s+same\s+time|however|moreover|notably|crucially|later)\s*,")
# Company set off between a subject and its verb: ", alongside the South Korean president and ...,".
ALONGSIDE_ASIDE = re.compile(r",\s+(?:alongside|along\s+with|together\s+with|joined\s+by|flanked\s+by)\s+[^,;“”\"]{3,120},\s*$")
# What a thing is of, never who speaks: "the decision of Finnish leader X to send ..." after a verb.
THING_OF = re.compile(r"\s*(?:the|a|an|this|that|its|his|her|their)\s+(?P<noun>[a-z]+)\s+of\b")
# An appositive listing a body's members: ", comprising 11 states including ...", ", which includes ...".
MEMBERS_LISTED = re.compile(r"\s*(?:comprising|including|consisting\s+of|made\s+up\s+of|(?:which|that)\s+includes?|"
                            r"composed\s+of|grouping|bringing\s+together)\b")
# "..., which Pyongyang and Moscow have denied": who denies what the clause before says.
WHICH_DENIED = re.compile(r",\s+which\s+(?P<who>[A-Z][^,;.]{1,60}?)\s+(?:has|have|had)\s+(?:\w+ly\s+)?"
                          r"(?P<verb>denied|rejected|disputed|dismissed|refuted)\s*\.?\s*$")
# A reporting verb right after a cue word makes that word a noun: "the KCNA report said", "the update noted".
NOUN_THEN_VERB = re.compile(r"\s+(?:said|says|stated|states|claimed|claims|noted|notes|added|adds|showed|shows|found|"
                            r"finds|suggested|suggests|revealed|reveals|warned|warns|concluded|concludes)\b")
_NOUN_FORMS = frozenset("report reports estimate estimates claim claims assessment statement update comment comments "
                        "note notes warning warnings finding findings".split())
MASTHEAD = re.compile(r"\s+[-–—|]\s+[A-Z][\w.’' -]{1,40}$")
CITING = re.compile(r",\s+citing\s+(?P<who>[^,;.“\"]{2,80}?)\s*(?:[,;.]|$)")
# The unit a person works in, set off after their title: ", Departments of Political and Peacebuilding
# Affairs and Peace Operations," (an affiliation, never the speaker when a name comes before it).
UNIT_OF = re.compile(r"(?:Departments?|Offices?|Divisions?|Bureaus?|Directorates?)\s+(?:of|for)\s+[A-Z]")
# An appositive saying a name is an outlet's: ", a major pro-Kremlin Telegram channel,", ", a Seoul daily,".
OUTLET_ROLE = re.compile(r"^(?:also\s+)?(?:a|an|the)\s+(?:[\w’'-]+\s+){0,4}(?:channel|newspaper|daily|outlet|"
                         r"broadcaster|website|blog|news\s+agency|magazine|weekly|portal)\b")
# A headline's closing label saying the news comes from reports: "..., says Seoul spy agency: Report".
REPORT_SUFFIX = re.compile(r"\s*[:|]\s*(?:Reports?|Media\s+reports?|Sources?)\s*$")
# A headline ending with its source after a colon: "N. Korean soldier wants to go south: lawmaker".
HEADLINE_SPEAKER = re.compile(r"^(?P<claim>.{12,}?):\s+(?P<who>(?:[A-Z][\w.’'-]*|[a-z]+)(?:\s+[\w.’'-]+){0,3})\s*$")
# The same with the source before its verb: "..., Kyiv says", "..., Reports Citing Seoul’s Spy Agency Say".
HEADLINE_SOURCE_SAYS = re.compile(r"^(?P<claim>.{12,}?),\s+(?P<who>[^,]{2,60}?)\s+(?P<cue>[Ss]ays?|[Ss]aid|[Cc]laims|[Ww]arns)\s*$")
HEADLINE_SAYS = re.compile(r"^(?P<claim>.{12,}?),\s+(?P<cue>[Ss]ays|[Ss]aid|[Cc]laims|[Ww]arns)\s+"
                           r"(?P<who>(?:[A-Z][\w.’'-]*|[a-z]+)(?:\s+[\w.’'-]+){0,3})\s*$")
# A broadcaster's label naming who speaks in the quotation that follows it on the same line, as
# pages that lost their line breaks print them: "[Sound bite: President X (Ukrainian-English)]“...”",
# "(Question: “...?”)Zelenskyy: “No, not yet.”"; a caption card whose fields are set off by slashes, the
# quotation inside the brackets: '[X/Major/Spokesperson for .../Dec. 17: "..."]'.
LABELLED_QUOTE = re.compile(r"^\[(?:Sound\s*bite|SOT|Interview)\s*:\s*(?P<bite>[^\]]{3,140})\]\s*(?=[“\"])|"
                            r"^\[(?P<card>[A-Z][^/\]:\n“”\"]{2,40})/[^\]\n:“”\"]{0,200}:\s*(?=[“\"])|"
                            r"(?:^|(?<=[)\]]))\s*(?P<who>[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]+){0,3}):\s*(?=[“\"])")
BYLINE = re.compile(r"^(?:By|Photo|Photos|Image|Video|Credit|Source|Text|Edited\s+by)\b")  # "By NAME – Agency"
HEADLINE_DASH = re.compile(r"^(?P<claim>.{12,}?)\s+[-–—]\s+(?P<who>[A-Z][\w.’'-]*(?:\s+(?:(?:of|for|on|and|the)\s+)?"
                           r"[A-Z][\w.’'-]*){0,5})\s*$")  # ("... - Center for Countering Disinformation")
# "X's comments suggest that ...": the author reading X, not X speaking.
# A main verb by which a speaker gives out information: a participle after it tells what they said.
PUT_ACROSS = re.compile(r"\b(?:detailed|outlined|presented|provided|gave|delivered|issued|published|released|shared|"
                        r"posted|sent|offered)\s+(?:(?:a|an|the|his|her|its|their)\s+)?(?:[\w-]+\s+){0,2}?"
                        r"(?:outcomes?|results?|update|briefing|report|account|details|figures|data|overview|"
                        r"summary|statement|assessment|message|communications|recordings?|audio|intercepts|footage|"
                        r"videos?|documents)\b")  # ("released intercepted communications, revealing that ...")
# A thing, with the people it passed between or came from: "the message between X and Y", "the video from X".
THING_BETWEEN = re.compile(r"(?:the|a|an|this|that)\s+(?:message|letter|exchange|conversation|call|video|footage|images?|"
                           r"photos?|document|meeting|talks|move|decision|fact|texts?)\s+(?:between|from|sent|of|with)\b",
                           re.I)
INFERENCE = {"suggest", "indicate", "signal", "hint", "underscore", "highlight", "point", "reveal", "show", "imply"}
READING_OF = re.compile(r"[’']s?\s+(?:comments?|remarks?|words|statements?|silence|actions?|behaviou?r|tone|"
                        r"response|reaction|decision|visit|move)\s*$")
# (after a setting or a source of its own: "According to X, this was stated by Y", "This announcement was made
# during a briefing", "This had previously been reported")
BACK_REFERENCE_CLAUSE = re.compile(r"^(?:[^,]{0,80},\s*)?(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose)\b.{0,40}\b(?:was|were|is|are)\s+"
                                   r"(?:also\s+|likewise\s+|similarly\s+)?(?:[a-z]+ed|said|told|written|made|shown|"
                                   r"given|spoken)\s+by\b(?<!accompanied\sby)(?<!caused\sby)(?<!followed\sby)|"  # (not
                                   # "these conditions are accompanied by ...": what the clause says, not who said it)
                                   r"^(?:[\w’'.-]+\s+){1,6}?(?:also\s+)?(?:said|stated|wrote|announced|noted|reported)\s+"
                                   r"(?:this|so)\b(?!\s+\w+\s+(?:is|was|are|were|has|have|will|would)\b)|"  # ("He said this in
                                   # a commentary to X, reports UNN.", "the Yonhap news agency stated this in an article")
                                   r"^(?:The|These|Those)\s+(?:statement|remarks|comments|announcement|words)\s+"
                                   r"(?:was|were)\s+(?:made|issued|delivered)\s+by\b|"
                                   r"^(?:[^,]{0,80},\s*)?(?:[Tt]his|[Tt]hese|[Tt]hat|[Tt]hose)(?:\s+(?:announcement|"
                                   r"information|statement|news|message|assessment|figure))?\s+(?:was|were|is|are|has\s+been|"
                                   r"had\s+(?:\w+ly\s+|also\s+)?been)\s+(?:stated|said|reported|announced|confirmed|noted|"
                                   r"claimed|written|published|declared|disclosed|revealed|made)\b")
# The state of a place name split off by its comma: "Washington, D.C.", "Austin, Tex."
ABBREVIATED_PLACE = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z][a-z]{1,4}\.")
# What a heading names before its colon when it is the kind of page, not a source.
PROGRAMME = re.compile(r"(?:The\s+)?(?:Transcript|Watch|Video|Listen|Podcast|Explainer|Analysis|Opinion|Live|Photos?|"
                       r"Gallery|Read|Related|Breaking|Update|Updates|Editorial|Interview|Episode|Warning|Verdict|"
                       r"Takeaway|Bottom\s+Line|Big\s+Picture|Background|Context|Summary|Why\s+It\s+Matters|"
                       r"What\s+(?:to\s+Know|Happened|Next)|Key\s+(?:Points|Facts)|Details)\b", re.I)
HEADLINE_SOURCE_FIRST = re.compile(r"^(?P<who>[A-Z][\w.’'-]*(?:\s+[\w.’'-]+){0,6}):\s+(?P<claim>(?:[^\s&]+\s+){3,}\S.{3,})$")
# A second verb phrase of the same subject: ", and for the first time acknowledged", " but later".
# A definite role alone right before the verb: "..., the soldier claimed".
THE_ROLE_ENDS = re.compile(r"(?:^|,\s+)([Tt]he\s+[a-z-]+(?:\s+[a-z-]+)?)\s*$")
# A sentence pointing back at the quotation before it: "This is how Kim, now 32, describes ...".
THIS_IS_HOW = re.compile(r"(?:That|This)\s+is\s+(?:how|what)\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})"
                         r"(?:,[^,]{1,40},)?")
# A sentence opening with a subordinate clause: "While X described ..., they ...".
# People named right before a clause whose subject is "they": "worries analysts as they fear ...".
THEY_AFTER_GROUP = re.compile(r"\b(?P<noun>[a-z]+s)\s+(?:as|because|since|while|when|and)\s+they\s*$")
SUBORDINATE_OPENS = re.compile(r"(?:While|Although|Though|Whereas|After|Because|Since|When|Even\s+as)\s")
SHARED_SUBJECT = re.compile(r"^\s*(?:and|but)(?!\s+(?:the|a|an|some|many|most|several|various|numerous|multiple|other|"
                            r"both|two|three|four|five|its|their|"
                            r"these|those)\b)"  # (not "but the two captured soldiers say": a subject of its own)
                            r"(?:\s+(?!(?:he|she|it|they|we|after|before|when|while|as|since|because|if|"
                            r"that|which|who)\b)[a-z]+){0,5}\s*$")  # (not "but its confirmation comes after officials")
# Verbs by which a speaker makes someone else's claim their own: "confirms previous claims by X that ...".
VOUCHING = {"confirm", "corroborate", "verify", "echo", "back", "support"}
# A noun with a relative clause that has no "that": "a development Turner says would ...".
ZERO_RELATIVE = re.compile(r"(?:a|an|the)\s+(?:[a-z-]+\s+){1,2}(?P<who>[A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+){0,2})")
# A name (NAME_ONLY) in quotation marks closing the sentence, as some outlets print another's: ', reports
# “The Telegraph”.'
# A quotation an outlet credits after it: '“...,” TASS quoted the press service of the Security Council.'
QUOTE_CREDITED = re.compile(r"[“\"].+[,.!?]?[”\"]\s*,?\s+(?:(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+"
                            r"(?P<verb>quoted|cited)\s+(?!.*\bas\s+(?:saying|telling)\b)(?P<who>(?:the\s+)?[^“”\",;]{2,100}?)\s*[.]?\s*")
QUOTED_CLOSING = re.compile(r"\s+[“\"]" + NAME_ONLY.pattern + r"[”\"][\s.]*")
# Where a subordinate clause with a subject of its own begins: "came as X met Y".
SUBORDINATE_OPENER = re.compile(r"\b(?:as|when|while|after|because|since|before)\s+(?=[A-Z])")
NOT_CONFIRMING = {"confirm", "acknowledge", "admit", "comment", "verify", "deny", "recognize", "recognise", "disclose",
                  "announce", "say", "report", "explain", "answer", "reply", "respond", "react"}
NEITHER_NOR = re.compile(r"^(?:.*[,;:]\s*)?[Nn]either\s+\S.*\bnor\b")


FRONTED_PREPOSITION = re.compile(r"(?:For|In|At|On|With|To|By|From|Unlike|Like|After|Before|Despite|As|Under|Since|"
                                 r"Beyond|Without|Across|Inside|Outside|Within|Against|Among|Behind)\b")


def _tail_after_boundary(segment: str) -> tuple[str, str]:
    """(words after the last clause boundary, the boundary word). Coordinations stay whole."""
    words = segment.split()
    i = len(words)
    while i > 0:
        w = words[i - 1].lower().strip("“”\"'’()")
        if w in BOUNDARY_WORDS or w in SAID_BOUNDARY and i < len(words):
            return " ".join(words[i:]), w
        if w in CONJUNCTIONS and i == len(words):
            return "", w
        i -= 1
    return " ".join(words), ""


def _opens_subordinate(clause: str) -> bool:
    """Whether a clause opens with a word that makes it subordinate or a new sentence's ("that", "while")."""
    first = clause.strip().split()[:1]
    return bool(first) and first[0].lower() in BOUNDARY_WORDS


def _leading_phrase(clause: str) -> str:
    """The noun phrase a clause starts with: "South Korea summoned ..." -> "South Korea"."""
    words = clause.split()
    out = []
    for k, w in enumerate(words):
        if out and not (w[:1].isupper() or w.lower() in {"of", "the"} or out[-1][:1].isupper() and w.islower() and
                        titled_after(words[k:k + 3])):  # ("Harbour chief Lars Dahl honored ...")
            break
        if not out and w.lower() not in {"the", "a"} and not w[:1].isupper():
            break
        out.append(w)
    return " ".join(out)


# What ends the clause before a subject (a comma, but not the one of a number: "upped it to 11,000 and said").
CLAUSE_DELIMITER = re.compile(r"(?<!\d),|,(?!\d{3}\b)|[;:—–“”\"\]]|\s-\s")
# The dash that closes unquoted speech before its speaker, in the style of Ukrainian and Russian outlets:
# "There is nothing to be proud of - Tikhiy stated.", "... - emphasized the MFA spokesperson."
DASH_CLOSES = re.compile(r"\S\s+[-–—]\s*$")
# Someone new named as the author of a statement, before "who": "a statement by a ministry official".
INDEFINITE_AGENT = re.compile(r"\b(?:by|from|with)\s+((?:an?|one)\s+[^,;“”\"]{2,60})$")
# A role whose words list fields, then a name, closing a sentence: "nuclear, chemical and biological
# warfare specialist Col Hamish de-Bretton-Gordon".
LISTED_ROLE = re.compile(r"(?:[\w’'-]+\s+){0,4}[a-z]+(?:,\s+[a-z]+)+,?\s+(?:and|or)\s+(?:[a-z-]+\s+){1,3}"
                         r"(?:[A-Z][\w.’'-]*\s+){0,2}[A-Za-z][\w’'-]*")
# A role in lower case, then a name, closing the sentence after its verb: " former army specialist Col X.".
ROLE_THEN_NAME_CLOSING = re.compile(r"\s+(?=[a-z])(?:[\w’'.-]+,?\s+(?:(?:and|or)\s+)?){1,12}?"
                                    r"(?:[A-Z][\w.’'-]*\s+)+[A-Za-z][\w’'-]*\.?\s*")
# A pronoun opening a relative clause: "images which it said showed ...".
# "... than that of South Korea, where authorities said": the authorities of the place just named.
PLACE_WHERE = re.compile(r"(?P<place>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3}),?\s+where\s+(?:the\s+)?"
                         r"(?P<who>(?:(?:local|military|intelligence|government|defen[cs]e)\s+)?(?:authorities|officials|"
                         r"government))$")
# "A high-ranking but unidentified official": the "but" joins two words of one description, it opens no clause.
UNNAMED_BUT = re.compile(r"(?<=\w)\s+but(?=\s+(?:unidentified|unnamed|anonymous)\b)")
# "..., according to the source, who also revealed that ...": the relative clause is about the source.
ACCORDING_TO_WHO = re.compile(r"\baccording\s+to\s+(?P<who>[^,]{2,80}),$")
# "an interview given by X on Monday, in which he said": the clause about what X gave.
IN_WHICH = re.compile(r",?\s+(?:in|during|at|with)\s+which\s+(?:he|she)$")
# A relative clause whose own subject is a source: "Lee, who The Associated Press reported served in ...".
WHO_SOURCE_SAID = re.compile(r",\s+who\s+(?P<who>(?:[Tt]he\s+)?[A-Z][\w.’'&-]*(?:\s+[A-Z][\w.’'&-]*){0,4})\s*$")
RELATIVE_PRONOUN = re.compile(r"\b(?:which|that|what)\s+(?P<pronoun>it|they|he|she)\s*$")
# What a source makes public, the object a relative clause then describes in its words.
RELEASED = re.compile(r"\b(?:released|publish(?:ed|es)|posted|shared|showed|presented|issued|distributed|aired|"
                      r"broadcast|circulated|provided|displayed|unveiled|produced|obtained|intercepted)\b")


class SentenceAttributor:
    def __init__(self, resolver: SubjectResolver) -> None:
        self.resolver = resolver
        self.relays = RelayReader(resolver, self._subject)  # "according to X", "quoted as saying", passives
        self._found: list[Attribution] = []

    def attribute(self, sent: Sentence) -> list[Attribution]:
        s = sent.text
        found: list[Attribution] = []
        self._found = found  # what this sentence has attributed so far, for verbs sharing a subject
        if sent.heading:
            s = REPORT_SUFFIX.sub("", s)  # "X, says Seoul spy agency: Report": the outlet's label, not the source
            masthead = MASTHEAD.search(s)
            if masthead and (HEADLINE_SAYS.match(s[:masthead.start()]) or HEADLINE_SOURCE_SAYS.match(s[:masthead.start()])):
                s = s[:masthead.start()]  # "X, Kyiv says — Novaya Gazeta Europe": the outlet's name, after its source
            closing = HEADLINE_SOURCE_SAYS.match(s)  # "North Korea has Sent More Troops, Reports Citing Seoul’s Spy
            if closing:  # Agency Say"
                mentions = self.resolver.resolve(closing.group("who"), allow_coordination=False)
                if len(mentions) == 1 and not mentions[0].vague:
                    cue = Cue("say", closing.start("cue"), closing.end("cue"), closing.group("cue"))
                    return [Attribution(mentions, cue, kind_of(closing.group("claim"), sent),
                                        clean(closing.group("claim")), False, closing.start("who"))]
            said = HEADLINE_SAYS.match(s)  # "Each day brings more hardship, Says Delegate"
            if said:
                mentions = self.resolver.resolve(said.group("who")) or self.resolver.resolve(_one(said.group("who")))
                if mentions:
                    cue = Cue("say", said.start("cue"), said.end("cue"), said.group("cue"))
                    return [Attribution(mentions, cue, kind_of(said.group("claim"), sent), clean(said.group("claim")),
                                        False, said.start("cue"))]
            dash = HEADLINE_DASH.match(s)  # "Attacks not so effective, they suffer losses – Pentagon"
            if dash and not BYLINE.match(s) and not NAME_ONLY.fullmatch(dash.group("claim")):  # ("The Guardian - UK":
                # a masthead)
                mentions = self.resolver.resolve(dash.group("who"), allow_coordination=False)
                if mentions and not any(m.vague for m in mentions):
                    cue = Cue("say", dash.start("who"), dash.end("who"), "–")
                    return [Attribution(mentions, cue, kind_of(dash.group("claim"), sent), clean(dash.group("claim")),
                                        False, dash.start("who"))]
            lead = HEADLINE_SOURCE_FIRST.match(s)  # "Ukraine's intelligence chief: troops heading to Kursk"
            if lead and not find_cues(lead.group("claim"), lambda pos: True, headline=True) and \
                    not PROGRAMME.match(lead.group("who")):  # ("Transcript of X: ...", "Watch: ...": a page's kind)
                mentions = self.resolver.resolve(lead.group("who"), allow_coordination=False)
                if len(mentions) == 1 and not mentions[0].vague and not re.match(  # ("Crossing the Rubicon: ..."
                        r"[A-Z][a-z]+ing\b", lead.group("who")):  # is a title, not a source)
                    cue = Cue("say", lead.end("who"), lead.end("who") + 1, ":")
                    return [Attribution(mentions, cue, kind_of(lead.group("claim"), sent), clean(lead.group("claim")),
                                        False, 0)]
            colon = HEADLINE_SPEAKER.match(s)  # "Troops moved to Kursk: lawmaker"
            if colon:
                mentions = self.resolver.resolve(colon.group("who")) or self.resolver.resolve(_one(colon.group("who")))
                if mentions:
                    cue = Cue("say", colon.start("who"), colon.end("who"), ":")
                    return [Attribution(mentions, cue, kind_of(colon.group("claim"), sent), clean(colon.group("claim")),
                                        False, colon.start("who"))]
            s = sent.text
        relayed = QUOTE_CREDITED.fullmatch(s) if sent.quotes and sent.quotes[0].start == 0 else None
        if relayed:  # '“...,” TASS quoted the press service of the Security Council.': the service's words
            mentions = self.resolver.resolve(relayed.group("who"), allow_coordination=False)
            if len(mentions) == 1 and not mentions[0].vague:
                cue = Cue("say", relayed.start("verb"), relayed.end("verb"), relayed.group("verb"))
                return [Attribution(mentions, cue, "direct", clean(sent.quotes[0].inner.strip(), quoted=True), False,
                                    relayed.start("who"))]
        labelled = LABELLED_QUOTE.search(s) if ":" in s and not sent.heading else None
        if labelled:  # "[Sound bite: Ukrainian President X (Ukrainian-English)]“...”", "(Question: ...)X: “...”"
            who = re.sub(r"\s*\([^)]*\)\s*$", "", labelled.group("bite") or labelled.group("card") or labelled.group("who"))
            who = re.split(r"\s+[-–—/]\s+", who)[0]  # "Rep. X - Nat'l Assembly Intelligence Committee": X
            mentions = self.resolver.resolve(who, allow_coordination=False)
            quote = next((q for q in sent.quotes if q.start >= labelled.end() - 1), None)
            if len(mentions) == 1 and quote:
                cue = Cue("say", labelled.start(), labelled.end(), ":")
                return [Attribution(mentions, cue, "direct", clean(quote.inner.strip(), quoted=True), False,
                                    labelled.start())]
        fronted: Cue | None = None
        last_end = None  # where the cue before ended
        for cue in find_cues(s, lambda pos: not sent.in_quote(pos), headline=sent.heading):
            right_after, last_end = last_end is not None and not s[last_end:cue.start].strip(), cue.end
            if s.rstrip().endswith("?") and ASKED_OF.search(s, 0, cue.start):
                continue  # "how does Ukraine assess the impact ...?": a question put, nothing said
            if right_after and cue.text.lower() in _NOUN_FORMS:
                continue  # "NATO Confirms Reports of ...", "confirmed reports that": the object of the verb before
            prev = s[:cue.start].split()[-2:] or [""]
            word_before = prev[-1].lower().strip("“”\"")
            article = len(prev) == 2 and prev[0].lower() in ("a", "an", "the")  # "a news report that": a noun
            if cue.text == "States" and prev[-1][:1].isupper():
                continue  # "The United States confirms ...": the name of the country, not "states"
            if cue.text.lower() in _NOUN_FORMS and NOUN_THEN_VERB.match(s, cue.end):
                last_end = None  # (its verb is no object of it: "The report claims ...")
                continue  # "The KCNA report said ...": a noun, its verb after it
            if cue.lemma not in ("according to", "quoted as saying", "quoted someone as saying", "possessive claim",
                                 "statement by") and not (cue.is_participle and word_before == "by") and (
                    word_before in DETERMINERS_BEFORE or word_before.endswith(("’s", "'s"))
                    or word_before.endswith(("’", "'")) and not word_before[:-1].endswith((",", ".", "!", "?"))
                    or word_before in MODIFIERS_BEFORE and cue.text.split()[0].lower() not in PAST_FORMS | AUXILIARY | ONLY_VERBS
                    and not (prev[-1][:1].isupper() and len(s[:cue.start].split()) > 1 and  # ("The Baltic News reports.":
                             re.match(r"\s*(?:[.,;:]|$|that\b)", s[cue.end:]))
                    # the end of a name, not "Media reports")
                    and not cue.text.split()[0].lower().endswith("ed")  # "the official stressed": a verb
                    and not (word_before == "official" and cue.is_participle)  # ("with an official claiming")
                    and (article or not VERB_AFTER_MODIFIER.match(s, cue.end))
                    and not (cue.lemma in NEEDS_NEXT and " " in cue.text)):  # ("intelligence attributes the losses to")
                last_end = None  # (a noun: the cue after it is its verb, not an object of a verb)
                continue  # "these reports", "intelligence reports", "North Korea's state media": not verbs
            if cue.lemma == "according to":
                att = self.relays.according_to(sent, cue)
            elif cue.lemma == "quoted someone as saying":
                att = self.relays.quoted_as_saying(sent, cue)
            elif cue.lemma == "possessive claim":
                att = self.relays.possessive_claim(sent, cue)
            elif cue.lemma == "statement by":
                att = self.relays.statement_by(sent, cue)
            elif cue.is_participle and cue.lemma == "comment":
                att = None  # "X, commenting on the reports, said ...": the setting of what X said
            elif cue.is_participle and FRONTED.fullmatch(s[:cue.start]) and re.match(r"\s+that\s", s[cue.end:]):
                att, fronted = None, cue  # "Noting that A, the minister said B": read once the main verb is known
            elif cue.is_participle and PARTICIPLE_AFTER.search(s[:cue.start]):
                att = self._participle(sent, cue, found)
            else:
                att = self._verb(sent, cue)
            if att and att.mentions and (cue.lemma != "ask" or att.kind == "direct"):  # a question counts quoted
                found.append(att)
        opening = self._fronted_participle(sent, fronted, found) if fronted else None
        if opening:
            found.insert(0, opening)
        denied = (DENIED_BY.search(s) if "by" in s else None) or (WHICH_DENIED.search(s) if "which" in s else None)
        if denied:  # "Gerasimov claims Moscow regained control - a claim denied by Ukraine"
            found = [a for a in found if a.cue.start < denied.start()]
            tail = s[denied.start():denied.start("verb")].strip()  # "- a claim"
            for a in found:
                a.text = a.text[:a.text.find(tail)].rstrip(" ,;-–—") if tail in a.text else a.text
            att = self.relays.denied_by(sent, denied, found)
            if att:
                found.append(att)
        found = [a for a in found if not (a.cue.lemma in ("continue", "begin") and any(  # "..., he continued, adding that":
            o is not a and o.cue.start < a.cue.start for o in found))]  # who adds, not a claim of its own
        found = reported_inside(found, s)
        found = said_again(without_channel(told_by_name(self._trim(found, s), s), s), s)
        end_with_subordinate_clause(found, s)
        # "This was stated by X, reports Reuters": X's claim is the one; the attribution is no claim itself
        found = [att for att in found if att.refers_back or not BACK_REFERENCE_CLAUSE.match(att.text)]
        found = [part for att in found for part in split_coordinated(att, s)]
        own_pronoun(found, s)
        return [att for att in found if (says_something(att.text) or att.refers_back) and not repeats(att, found)
                and not only_names_it(att, found) and not disclaimer(att)]

    @staticmethod
    def _trim(found: list[Attribution], s: str) -> list[Attribution]:
        """A claim's text ends where the next attribution in the sentence begins."""
        for att in found:
            for later in found:
                if later is att or later.subject_start <= 0:
                    continue
                if later.cue.lemma in NOMINAL and att.cue.takes_object and att.cue.start < later.subject_start:
                    continue  # "dismissed as rumors the accusations from X that ...": the accusations are the object
                said = s[later.subject_start:later.cue.end]  # "state media said"
                relative = re.search(r",\s+(?:which|who)\b", said)  # "referred questions to the ministry,
                where = att.text.find(said[relative.start():] if relative else said)  # which didn't comment"
                if where > 0 and ONLY_WHEN.fullmatch(att.text[:where]):  # "reaffirms that, on 16 December, X
                    att.text = re.sub(r"^that\s*,\s*", "", att.text)  # confirmed ...": what it reaffirms is X's claim
                elif later.cue.lemma == "statement by" and att.cue.lemma in VOUCHING and not att.cue.is_participle \
                        and 0 <= where and re.fullmatch(r"(?:(?:the|previous|earlier|recent|prior|those|these)\s+)*",
                                                        att.text[:where]):
                    att.text = later.text  # "The report confirms previous claims by X that C": C, vouched for
                elif where > 0 and not re.search(r"\b(?:whether|if)\s*$", att.text[:where]):  # "asked whether X
                    att.text = _strip_conjunction(att.text[:where])  # still says ...": the question is whole
                elif where == 0 and later.cue.lemma == "statement by":  # "..., confirming claims by X that ...":
                    att.text = ""  # what X claims is X's (the one confirming said so in their own clause)
            for later in found:  # "X, who called for A, warned that B": A ends before the main verb
                if later is not att and later.subject_start < att.cue.start < later.cue.start:
                    where = att.text.find(", " + s[later.cue.start:later.cue.end])
                    if where > 0:
                        att.text = att.text[:where]
            for later in found:  # "X praised A but warned that B": A ends before the second verb
                if later is not att and later.subject_start == att.subject_start >= 0 and later.cue.start > att.cue.start:
                    verb = re.escape(s[later.cue.start:later.cue.end].split()[0])
                    cut = re.search(rf",?\s+(?:and|but)\s+(?:also\s+|then\s+)?{verb}\b", att.text)
                    if cut and cut.start() > 0:
                        att.text = att.text[:cut.start()]
        return found

    # -- a participle clause: ", adding that ...", "with Gerasimov hailing ..." --------------------
    def _participle(self, sent: Sentence, cue: Cue, found: list[Attribution]) -> Attribution | None:
        """Who speaks in a participle clause: the "with" phrase's owner, else the speaker of the
        attribution before it in the sentence, else the sentence's subject ("The spy agency
        backed up Kyiv's account, telling AFP it had confirmed ...")."""
        s = sent.text
        before = s[:cue.start]
        start = len(before.rstrip(" ,")) if before.rstrip().endswith(",") else len(before.rstrip())
        owner = WITH_OWNER.search(before)
        if owner and re.search(r"\s(?:and|or)$", owner.group("who")):
            owner = None  # "..., meeting with Kim and announcing that ...": whom he met, not who announced
        author = STATEMENT_FROM.search(before) or FRONTED_RELEASE.match(before)
        if author and not owner:
            mentions = self.resolver.resolve(author.group("who"), allow_coordination=False)
            start = author.start()
        elif owner:  # "with Gerasimov hailing ...", "with Western intelligence agencies having reported":
            who = owner.group("who")
            when = TIME_BETWEEN.search(who)
            who = who[:when.start()] if when else who  # "with state news agency KCNA on Monday reporting"
            words = who.split()
            while len(words) > 1 and words[-1].lower() in AUXILIARY | {"too", "similarly"}:
                words.pop()  # "with the military now adding": the military (the words between subject and verb)
            who = " ".join(words)
            named = any(w[:1].isupper() for w in who.split())  # sources; "with some
            mentions = [m for m in self.resolver.resolve(who) if named or not m.vague]  # experts
            # positing" is colour
            start = owner.start()
        elif re.search(r"\b(?:reports?|evidence|data|images|footage|intelligence|claims|signs|indications|"
                       r"information|documents?|photos)\s*$", before) or \
                re.search(r"\b(?:reports?|claims?|news|accounts?|allegations?)\s+of\s+[^,;“\"]{1,40}$", before):
            return None  # "concerned about reports indicating that ...": the reports', nobody named; "described
            # reports of Russia calling on ... as": what the reports are about, no one speaking
        else:
            earlier = [a for a in found if 0 <= a.subject_start < cue.start and a.cue.lemma not in NOMINAL]  # (not
            # "the accusations from X that ..., arguing": the sentence's own speaker argues)
            if not earlier and cue.lemma in INFERENCE and not PUT_ACROSS.search(before):
                return None  # "Russia has trained them, indicating that ...": the writer's reading (but "X
                # detailed the outcomes of a meeting, revealing that ...": X's words, given out)
            clause = list(SUBORDINATE_OPENER.finditer(before))  # "The vote came after X addressed the parliament,
            # saying ...": the subject of the clause the participle follows
            named = self.resolver.resolve(opening_subject(before[clause[-1].end():]), allow_coordination=False) \
                if clause and not earlier else []
            mentions = [m.copy() for m in earlier[-1].mentions] if earlier else \
                named if len(named) == 1 and not named[0].vague else \
                self.resolver.resolve(opening_subject(s), allow_coordination=False)
        if not mentions:
            return None
        kind, text = complement(sent, cue, s[cue.end:], cue.start)
        if not text or text.startswith(("that ", "which ")):
            return None
        return Attribution(mentions, cue, kind, text, False, start)

    # -- "Noting that A, the minister said B" ---------------------------------------------------------
    def _fronted_participle(self, sent: Sentence, cue: Cue, found: list[Attribution]) -> Attribution | None:
        """A participle clause opening the sentence is said by the main clause's subject: "Positing that
        the soldiers are training, she estimated ..." is hers too."""
        s = sent.text
        clause_start = s.index("that", cue.end) + len("that")
        main = next((a for a in found if a.subject_start > clause_start), None)
        if main is None or "," not in s[clause_start:main.subject_start]:
            return None
        text = s[clause_start:main.subject_start].rstrip(" ,")
        return Attribution([m.copy() for m in main.mentions], cue, "indirect", clean(text), False, -1) \
            if says_something(text) else None

    # -- reporting verbs ------------------------------------------------------------------------
    def _verb(self, sent: Sentence, cue: Cue) -> Attribution | None:
        s = sent.text
        able = ABLE_TO.search(s, 0, cue.start) or YET_TO.search(s, 0, cue.start)  # "has not been able to verify"
        head = SET_OFF_ASIDE.sub(lambda m: " " * len(m.group(0)), s[:able.start() if able else cue.start])  # ("and,
        # for the first time, officially confirmed": read past the aside, its offsets kept)
        between = ADVERBIAL_BETWEEN.search(head)
        words = list(_WORDS.finditer(head[:between.start()] if between else head))
        negated = bool(able and re.search(r"\b(?:not|never|unable|yet)\b|n[’']t", able.group(0)))
        if between is None:  # "Ri — who was captured last month — said": the subject is before the dashes
            aside = DASH_ASIDE.search(head)
            if aside:
                words = list(_WORDS.finditer(head[:aside.start()]))
        i = len(words)
        lower = [w.group(0).lower() for w in words[-3:]]
        negated |= lower[-1:] == ["nor"]  # "did not confirm nor deny them": neither
        if len(lower) >= 2 and lower[-1] == "to" and lower[-2] in ("appeared", "appears", "seemed", "seems"):
            i -= 2  # "appeared to imply that ...": what the speaker is taken to have said
            lower = [w.group(0).lower() for w in words[max(0, i - 3):i]]
        if lower[-1:] == ["to"] or len(lower) == 3 and lower[0] == "to" and lower[1].isalpha() and \
                lower[2] in ("and", "or") and not re.fullmatch(r"said|told|\w+ed", cue.text.split()[0].lower()):
            # (not "upped it to 11,000 and said", nor "found it hard to answer and said that ...")
            return None  # "set up to monitor and report violations": an infinitive, not a report
        while i > 1 and (words[i - 1].group(0).lower() in ("week", "month", "year", "weekend") and
                         words[i - 2].group(0).lower() in ("last", "this", "earlier") or
                         words[i - 2].group(0).lower() == "on" and re.fullmatch(_DAY, words[i - 1].group(0))):
            i -= 2  # "had last week confirmed", "has on Monday denied": the time between auxiliary and verb
        while i and (words[i - 1].group(0).lower().strip(",") in AUXILIARY | NEGATION | {"yet", "also", "likewise", "here",
                                                                                        "each", "both", "all"}  # ("have yet
                     or re.fullmatch(r"[a-z]{3,}ly", words[i - 1].group(0))  # officially confirmed")
                     or CONTRACTED_NEGATION.fullmatch(words[i - 1].group(0))):
            negated |= words[i - 1].group(0).lower() in NEGATION or bool(
                CONTRACTED_NEGATION.fullmatch(words[i - 1].group(0)))
            i -= 1
        if i and is_modal(words[i - 1].group(0)):
            if not (negated and cue.lemma in UNABLE_TO):
                return None  # "could claim", "may suggest": hypothetical, not a report
            i -= 1  # "could not confirm", "cannot verify": a non-confirmation, said
            while i and words[i - 1].group(0).lower() in AUXILIARY:
                i -= 1
        if i and words[i - 1].group(0).lower() in PASSIVE:
            if not cue.is_participle:
                agent = PASSIVE_AGENT.match(s, cue.end)
                if agent and cue.lemma in BY_AGENT_CUES:  # "This figure was confirmed by the ministry"
                    return self.relays.passive(sent, cue, s[:words[i - 1].start()], agent)
                return None  # "it is said", "were reportedly sent": no speaker in the sentence
            i -= 1  # "is warning": progressive, the subject comes before
            while i and words[i - 1].group(0).lower() in AUXILIARY | NEGATION:
                i -= 1
        elif cue.is_participle:
            return None  # "stating that" after a comma continues the main verb's claim; "with experts
            # positing" has no finite reporting verb
        pre_end = words[i - 1].end() if i else 0
        pre = s[:pre_end]
        if re.fullmatch(r"\s*(?:[Ww]ho|[Ww]hat|[Ww]hich)", pre):
            return None  # "Who said what", "Who said it was safe?": a question, nobody speaking
        pre = ALONGSIDE_ASIDE.sub("", pre)  # "Biden, alongside X and Y, condemned": Biden
        when = TIME_BETWEEN.search(pre)
        if when:  # "The government on Monday strongly condemned": the subject is before the date
            pre = pre[:when.start()] + ("," if (when.group(0).rstrip().endswith(",") or when.group(0).startswith(","))
                                        and ("," in pre[:when.start()] or re.match(r"\s+[A-Z]", s[cue.end:])) else "")
            # ("X, speaking to media this week, said", "X, citing the agency, on Monday said": still an appositive;
            # "The quay was rebuilt last year, wrote Pravda": the claim's own date, then the inverted verb)
        setting = SETTING_BETWEEN.search(pre) if len(pre) > 20 else None
        if setting and setting.start() > 0:  # "Kim at a meeting with Shoigu assured": Kim
            pre = pre[:setting.start()]
            pre = re.sub(r",\s+(?:who|which)\b[^,]*$", "", pre)  # ("X, who appeared at the press conference
            # on Thursday, said": X, not the relative clause the setting was in)
        after = s[cue.end:]
        if not cue.is_participle and re.match(r"\s+by\s", after) and re.search(r"\w\s*$", pre) and \
                (cue.text.endswith("ed") or cue.text in ("told", "said", "written")):
            return None  # "Figures disclosed by the NIS match ...": a participle with its agent, no report
        if NEITHER_NOR.match(pre):  # "Neither Moscow nor Pyongyang has acknowledged ...": each has not
            return self._neither(sent, cue, PARTICIPLE_ASIDE.sub("", pre), after)  # (", who have ...," set aside)

        single = single_quoted(s)
        closing = next((q for q in sent.quotes if q.end == len(pre.rstrip())), None)
        nickname = closing is not None and closing.start > 0 and closing.words() <= 2 and (
            not re.match(r"\s+(?:[A-Z]|the\s|a\s|an\s)", after) or  # 'The commander, whose call sign is “Green,” said'
            re.search(r"\b(?:identified\s+as|called|named|known\s+as|call\s+sign(?:\s+is)?|nicknamed)\s*$",
                      s[:closing.start]))  # ('One commander, identified as “Veles,” said the troops ...')
        described = closing is not None and closing.start > 0 and bool(re.search(r",\s+who\b", s[:closing.start]))
        nickname = nickname or closing is not None and bool(NAME_ONLY.fullmatch(closing.inner)) and \
            not s[closing.end:cue.start].strip()  # '“The Telegraph” states that ...': an outlet's name in marks
        if nickname or described:  # ('Ri, who identified himself as a "sniper ...," said that': words in his
            pre = re.sub(r"([,!?])([”\"])\s*$", r"\2\1", pre)  # description, not what he said)
        if not nickname and not described and (re.search(r"[,!?]\s*[”\"]\s*$|[”\"],\s*$", pre) or re.search(r"[”\"]\s*$", pre) and
                             re.match(r"\s*[“\"]", s)) or single and not pre[single:].strip():
            return self._inverted(sent, cue, negated)  # “...,” said Edward Howell (not a subject 'with the call
            # sign “Puls”'); '...,' said the ministry

        if CLAUSE_BEFORE_INVERSION.search(pre) and re.match(r"\s+(?:[A-Z]|the\s|a\s|an\s)", after):
            inverted = self._inverted(sent, cue, negated)  # "Russia and North Korea, as sovereign states, have
            if inverted:  # the right to ..., stated spokesman Lin Jian": not Russia's words
                return inverted
        if pre.rstrip().endswith(",") and cue.lemma in INVERTIBLE and (
                CLOSING_NAME.fullmatch(after) or QUOTED_CLOSING.fullmatch(after)):  # "CLAIM, X
            # told lawmakers, writes MT." (not "CLAIM, X, commander of ..., told NPR.": whom he told)
            inverted = self._inverted(sent, cue, negated)
            if inverted:  # (else "..., X, chairman of Y, said Wednesday.": the name before the verb)
                return inverted
        this_is_how = THIS_IS_HOW.fullmatch(pre) if cue.lemma in ("describe", "explain", "recount", "recall", "put",
                                                                 "sum") else None
        if this_is_how:  # "“...” This is how Kim, now 32, describes his stay in the army": the words before are his
            named = self.resolver.resolve(this_is_how.group("who"), allow_coordination=False)
            return Attribution(named, cue, "indirect", "", negated, this_is_how.start("who"), refers_back=True) \
                if len(named) == 1 and not named[0].vague else None
        relayed = WHO_SOURCE_SAID.search(pre) if "who" in pre else None
        if relayed and not re.match(r"\s+that\b", after):  # "said Lee, who The Associated Press reported served
            named = self.resolver.resolve(relayed.group("who"), allow_coordination=False)  # in the corps": the
            said_of = re.match(r"\s+([a-z][^,;.“”\"]{8,})", after)  # source's account of the one before
            if len(named) == 1 and not named[0].vague and said_of:
                return Attribution(named, cue, "indirect", clean(said_of.group(1)), negated, relayed.start("who"))
        subject_start, mentions, role = self._subject(UNNAMED_BUT.sub(lambda m: " " * len(m.group(0)), NICKNAME.sub(
            lambda m: f" {m.group(1)} ", PARTICIPLE_ASIDE.sub("", pre))))  # ("A high-ranking but unidentified official")
        relative = RELATIVE_PRONOUN.search(pre)
        releaser = self._releaser(pre[:relative.start()]) if relative else []
        if releaser:  # "Ukraine released images which it said showed ...": the one who released them
            subject_start, mentions, role = relative.start("pronoun"), releaser, ""
        if not mentions and (pre.rstrip().endswith(",") or DASH_CLOSES.search(pre)) and \
                cue.lemma not in ("tell", "inform", "brief") and (
                re.match(r"\s+(?:[A-Z]|the\s|a\s|an\s)", after) or ROLE_THEN_NAME_CLOSING.fullmatch(after)):
            # (never "..., told Reuters": whom they told)
            return self._inverted(sent, cue, negated)  # "CLAIM, said Andriy Yusov, a representative of ...",
            # "CLAIM, said former army specialist Col X."
        definite = THE_ROLE_ENDS.search(pre) if not mentions else None
        if definite:  # "During questioning, the soldier claimed ...": someone unnamed, whom "he" then means
            mentions, subject_start = self.resolver.unnamed(definite.group(1)), definite.start(1)
        if not mentions:
            return None
        conjunction = re.search(r"\b(before|until|unless|if|once|when)\s+$", s[:max(subject_start, 0)], re.I)
        if conjunction and (conjunction.group(1).lower() in ("unless", "if") or
                            not (cue.text.split()[0].lower() in PAST_FORMS or cue.text.split()[0].endswith("ed"))):
            return None  # "it will take time before the U.S. announces its position": an event to come, no report
        if re.search(r"\bwhat\s+$", s[:max(subject_start, 0)]) and not re.match(r"\s+(?:as|is|are|was|were)\b", after) \
                and cue.lemma not in ("call", "describe", "term", "dub", "label"):
            return None  # "mystery over what the Kremlin has promised Pyongyang" names what was promised, it does
            # not report it (but "what it claims is a missile", "what X described as ..." report what was said)
        if cue.lemma in INFERENCE and THING_BETWEEN.match(s, max(subject_start, 0)):
            return None  # "the message between the lawmaker and Director Shin indicated ...": a thing, read
        if cue.lemma in INFERENCE and READING_OF.search(pre[max(subject_start, 0):]):
            return None  # "Austin's comments suggest that ...": the writer's reading, not Austin's claim
        if cue.lemma in INFERENCE and re.fullmatch(r"\s*(?:(?:as|and|but)\s+)?(?:it|this|that|which)\s*",
                                                   pre[max(subject_start, 0):], re.I):
            return None  # "This announcement marks a step, as it underscores a shift": a thing, nobody speaking
        for m in mentions:
            m.role = join_roles(m.role, role)
        if cue.lemma in ("report", "share", "publish", "write") and PASSED_BACK.match(after):  # "The Journal reported
            # the information, citing intelligence", "NHK reports on this, citing ...": what the sentence before says
            return Attribution(mentions, cue, "indirect", "", negated, subject_start, refers_back=True)
        negated |= bool(re.search(r"\b[Nn]either\b", s[max(0, subject_start - 9):cue.start]))
        kind, text = complement(sent, cue, after, subject_start)
        if negated and cue.lemma in NOT_CONFIRMING and text in (clean(after), clean(cue.text + after)) and \
                not re.match(r"\s*[,:“\"]", after):
            text = clean(s[pre_end:])  # "didn't immediately confirm the visit": what was not confirmed, said so
        if not text and negated and cue.lemma == "comment":
            kind, text = "indirect", clean(s[pre_end:])  # "China has yet to publicly comment on the move": a
            # non-confirmation of it
        if re.search(r",\s+who\b", pre[max(subject_start, 0):]) or re.search(r",\s+which\s+$", s[:max(subject_start, 0)]):
            text = RELATIVE_ENDS.split(text, 1)[0]  # "B, who has insisted that C, have met", "the contingent, which
            # ISW reported could be 12,000, would ...": the relative clause ends where the main verb comes
        if not text or cue.lemma == "speak" and len(re.sub(r"^\s*\S+\s+(?:about|of)\s+", "", text).split()) <= 2:
            return None  # ("Kim spoke about Ukraine": a topic, nothing said about it)
        pointer = CONFIRMED_THIS.fullmatch(text)
        if pointer and pointer.group("det").lower() == "the":
            if cue.denies or negated or not THE_FINDINGS.search(text):
                pointer = None  # ("Estonia has denied the reports": a denial, whole)
            else:
                return None  # "X confirmed the assessment on Monday after ...": which, the sentence does not say
        cited = CITING.search(s, cue.end) if all(m.vague for m in mentions) else None
        if cited:  # "..., South Korean media reported, citing the spy agency": the agency is the source
            who = cited.group("who")
            country = mentions[0].speaker.country if len(mentions) == 1 else ""
            if country and re.match(r"the\s+country[’']s\s", who):  # "citing the country’s intelligence agency":
                who = re.sub(r"^the\s+country[’']s", f"{country}’s", who)  # the relaying media's country
            named = self.resolver.resolve(who, allow_coordination=False)
            if len(named) == 1 and not named[0].vague:
                mentions = named
        if SAID_THIS.fullmatch(text) or pointer or cue.lemma == "inform" and re.search(r"about\s+(?:this|it)$", cue.text):
            # ("X informed about this on Monday": what the sentence before says)
            # "The ISW said this in a new report", "X confirmed this
            # information": what the sentence before says
            return Attribution(mentions, cue, "indirect", "", negated, subject_start, refers_back=True)
        return Attribution(mentions, cue, kind, text, negated, subject_start)

    def _releaser(self, text: str) -> list[Mention]:
        """Who released what a relative clause is about: "Ukraine released images [which it said ...]"."""
        verb = RELEASED.search(text)
        if not verb:
            return []
        pre = LEADING_TIME.sub("", text[:verb.start()], count=1)
        when = TIME_BETWEEN.search(pre)
        pre = pre[:when.start()] if when else pre
        _start, mentions, _role = self._subject(pre)
        return mentions if mentions and not any(m.vague for m in mentions) else []

    def _neither(self, sent: Sentence, cue: Cue, pre: str, after: str) -> Attribution | None:
        """"Neither X nor Y has confirmed Z": X and Y each leave Z unconfirmed (a non-confirmation,
        hedged, never a denial)."""
        m = re.search(r"[Nn]either\s+(?P<x>.+?)\s+nor\s+(?P<y>.+?)$", pre)
        if not m or cue.lemma not in NOT_CONFIRMING:
            return None
        x, y = m.group("x"), m.group("y")
        shared = re.fullmatch(r"((?:[A-Z][\w’'-]*\s+){1,2})([a-z][\w’'-]*(?:\s+[a-z][\w’'-]*)?)", y)
        if shared and re.fullmatch(r"[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*)?", x) and demonym(x.split()[-1]) and \
                demonym(shared.group(1).split()[-1]):
            x = f"{x} {shared.group(2)}"  # "Neither Russian nor North Korean authorities": both peoples' authorities
        mentions = [*self.resolver.resolve(x, allow_coordination=False),
                    *self.resolver.resolve(y, allow_coordination=False)]
        if len(mentions) != 2 or any(x.vague for x in mentions):
            return None
        kind, text = complement(sent, cue, after, m.start())
        if not text or text in (clean(after), clean(cue.text + after)):
            kind, text = "indirect", clean(sent.text[m.start():])  # "Neither X nor Y has reacted to (or commented
            # on) the claim": whole, with "neither"
        return Attribution(mentions, cue, kind, text, True, m.start()) if text else None

    def _subject(self, pre: str) -> tuple[int, list[Mention], str]:
        """(start of the subject in the sentence, speakers, role given in an appositive)."""
        stripped = pre.rstrip()
        if stripped.endswith(","):
            return self._appositive(stripped[:-1])
        listed = PAIRED_ADJECTIVES.fullmatch(stripped) if "," in stripped else None
        if listed:  # "American, South Korean and Ukrainian authorities said": its commas list the peoples
            found = self.resolver.resolve(stripped)
            if len(found) > 2 and not any(m.vague for m in found):
                return 0, found, ""
        delimiters = list(CLAUSE_DELIMITER.finditer(stripped))  # not "(": "(ISW)" ends a name; nor "11,000"
        clause_start = delimiters[-1].end() if delimiters else 0
        opening = LEADING_TIME.match(stripped, clause_start)
        if opening:  # "Last week Ukrainian President X said": the subject follows the date
            clause_start = opening.end()
        clause = stripped[clause_start:]
        tail, boundary = _tail_after_boundary(clause)
        group = THEY_AFTER_GROUP.search(clause) if tail.lower() == "they" else None
        if group and group.group("noun").lower() in VAGUE_HEADS | GROUP_NOUNS:  # "worries analysts as they fear
            found = self.resolver.resolve(group.group("noun"))  # ...": the analysts, named right before
            if found:
                return clause_start + group.start("noun"), found, ""
        if self._found and clause_start and tail.lower() in ("they", "he", "she", "it") and \
                SUBORDINATE_OPENS.match(stripped) and self._found[-1].cue.start < clause_start:
            earlier = self._found[-1]  # "While Ukrainian forces described them as fierce, they also pointed out":
            person = [m.speaker.kind == "person" for m in earlier.mentions]  # the subordinate clause's speaker,
            if person == [True] and tail.lower() in ("he", "she") or not any(person) and tail.lower() in ("they", "it"):
                return clause_start + clause.rfind(tail), [m.copy() for m in earlier.mentions], ""  # who goes on
        if SHARED_SUBJECT.match(clause) and self._found and VAGUE_HEADS.isdisjoint(clause.lower().split()):  # "X
            # claimed A, and for the first time acknowledged B" (not "..., but various reports indicate B": a subject)
            earlier = self._found[-1]
            return clause_start, [m.copy() for m in earlier.mentions], ""
        if boundary in CONJUNCTIONS and not tail and self._found and self._found[-1].cue.start >= clause_start:
            earlier = self._found[-1]  # "X, the envoy, denied A and accused B": the same speaker, two claims
            return stripped.rfind(" " + boundary) + 1, [m.copy() for m in earlier.mentions], ""
        if boundary in CONJUNCTIONS and not tail:  # "South Korea summoned X and urged ..."
            lead_clause = clause[:clause.rfind(" " + boundary)] if " " + boundary in clause else clause
            tail = _leading_phrase(lead_clause.strip())
            found = self.resolver.resolve(tail)
            if not found and lead_clause.strip()[:1].islower() and not _opens_subordinate(lead_clause):
                opening = opening_subject(stripped)  # "X, who requested the meeting, refrained from Y and instead
                named = self.resolver.resolve(opening, allow_coordination=False) if opening else []  # claimed": X
                at = stripped.find(opening) if opening else -1
                if len(named) == 1 and not named[0].vague and at >= 0 and \
                        re.match(r",\s+who\b", stripped[at + len(opening):]):
                    return at, named, ""
            inner = list(SUBORDINATE_OPENER.finditer(lead_clause)) if not found else []
            if inner:  # "The news came as President X met Y ... and suggested that ...": the subordinate clause's
                lead = _leading_phrase(lead_clause[inner[-1].end():].strip())  # subject suggests
                named = self.resolver.resolve(lead, allow_coordination=False) if lead else []
                if len(named) == 1 and not named[0].vague:
                    return clause_start + inner[-1].end() + lead_clause[inner[-1].end():].find(lead), named, ""
            return clause_start + clause.find(tail) if tail else -1, found, ""
        if boundary == "which" and not tail and stripped.endswith(", which"):
            segment = comma_segments(stripped[:-len(", which")])[-1].strip()
            agent = re.search(r"\bby\s+((?:the\s+)?[A-Z][^,]{1,60})$", segment)  # ("confirmed by Finland’s spy agency,
            named = agent.group(1) if agent else trailing_name(segment)  # which said ..."; "... by The New
            found = self.resolver.resolve(named, allow_coordination=False) if named else []  # York Times, which cited"
            if len(found) == 1 and not found[0].vague and found[0].speaker.kind != "person":
                return stripped.rfind(named), found, ""
        if boundary == "which" and stripped.endswith(", which " + tail) and len(tail.split()) <= 8:  # ("..., which
            # US Defense Secretary Lloyd Austin said amounts to ...")
            found = self.resolver.resolve(tail, allow_coordination=False)  # "the region, which Russia says it
            if len(found) == 1 and not found[0].vague:  # has recaptured": Russia's claim about the region
                return len(stripped) - len(tail), found, ""
        where = PLACE_WHERE.search(stripped) if boundary == "where" else None
        if where and is_place(where.group("place")):  # "... than that of South Korea, where authorities said":
            found = self.resolver.resolve(f"{where.group('place')}’s {where.group('who')}", allow_coordination=False)
            if len(found) == 1:  # the place's own authorities or officials
                return where.start("who"), found, ""
        if boundary == "which" and tail.lower() in ("he", "she") and IN_WHICH.search(stripped):
            named = trailing_name(TRAILING_TIME.sub("", comma_segments(stripped[:IN_WHICH.search(stripped).start()])[-1]))
            found = self.resolver.resolve(named, allow_coordination=False) if named else []  # "an interview given by
            if len(found) == 1 and found[0].speaker.kind == "person" and not found[0].vague:  # X on Monday, in which he
                return stripped.rfind(named), found, ""  # said": X, named at the end of the phrase the clause is about
        if boundary in ("which", "whom", "whose") and not (tail and re.search(
                r"\b(?:after|during|at|in|following|upon|before|on|to)\s+which\s+" + re.escape(tail) + "$", clause)):
            return -1, [], ""  # "the troops, which officials said numbered 3,000": embedded, not a claim (but
            # "the talks, after which Kim pledged ...", "..., to which Putin responded: ...": a clause of its own)
        if boundary == "who" and tail:  # "leader Kim, who U.S. officials say has provided ...": the officials
            return clause_start + clause.rfind(tail), self.resolver.resolve(tail), ""
        if boundary == "who":  # "Lin Jian, who ..., remarked"
            before = stripped[:stripped.rfind("who")].rstrip()
            source = ACCORDING_TO_WHO.search(before)
            if source:  # "CLAIM, according to the source, who also revealed that ...": the source
                found = self.resolver.resolve(source.group("who"), allow_coordination=False)
                return (stripped.rfind(source.group("who")), found, "") if found else (-1, [], "")
            indefinite = INDEFINITE_AGENT.search(before)  # "a statement by a Ministry of Foreign Affairs official
            if indefinite:  # who said": someone new, never the official named before
                found = self.resolver.resolve(indefinite.group(1), allow_coordination=False)
                if found:
                    return stripped.rfind(indefinite.group(1)), found, ""
            if before and not before.endswith(","):  # "In talks with X, soldiers who fought them said": the
                antecedent = comma_segments(before)[-1].strip()  # soldiers, or nobody known; never X
                found = self.resolver.resolve(antecedent, allow_coordination=False) if antecedent else []
                if found:
                    return stripped.rfind(antecedent), found, ""
                start, found, role = self._appositive(before, relative=True)  # "... made by a navy official who"
                return (start, found, role) if start >= stripped.rfind(antecedent) else (-1, [], "")
            if before and re.search(r"\b(?:by|from|of|with)\s+(?:[A-Z][\w.’'-]*\s+){0,6}[A-Z][\w.’'-]*,$", before):
                named = trailing_name(before[:-1])  # "... match earlier remarks by Secretary X, who mentioned":
                found = self.resolver.resolve(named, allow_coordination=False) if named else []  # X, named at
                if len(found) == 1 and found[0].speaker.kind == "person" and not found[0].vague:  # the end of
                    return before.rfind(named), found, ""  # a phrase that is not the sentence's subject
            return self._appositive(before.rstrip(","), relative=True) if before else (-1, [], "")
        if boundary == "but" and not tail:  # "Kim did not bring it up, but told Putin that ...": the sentence's
            subject = opening_subject(stripped)  # subject goes on
            found = self.resolver.resolve(subject, allow_coordination=False) if subject else []
            return (stripped.find(subject), found, "") if len(found) == 1 and not found[0].vague else (-1, [], "")
        if not tail:
            return -1, [], ""
        if boundary == "what" and tail.lower() in ("it", "they"):  # "North Korea firing what it claims is a
            before = stripped[:stripped.rfind(" what ")]  # missile": the body named just before, not the last speaker
            for run in reversed(list(CAPITALISED_RUN.finditer(before))):
                if before[run.start() - 1:run.start()] == "-" or re.match(r"(?:Pro|Anti|Non)-", run.group(0)):
                    continue  # "pro-Ukraine accounts": a word of a compound, not the body itself
                found = self.resolver.resolve(run.group(0), allow_coordination=False)
                if len(found) == 1 and not found[0].vague and found[0].speaker.kind != "person":
                    return clause_start + clause.rfind(tail), found, ""
            return -1, [], ""
        if tail.lower() == "it":  # "In notes left by soldiers, it says ...": the notes, if anyone
            document = re.match(r"^\s*In\s+([^,]+?),\s*it$", stripped)
            if document:
                return clause_start + clause.rfind(tail), self.resolver.resolve(document.group(1)), ""
        if tail.split()[0].lower() in CONJUNCTIONS and clause_start:  # "the United States, its allies, and NATO"
            return self._coordinated_list(stripped[:clause_start - 1], tail, clause_start)
        if tail.split()[0].lower() in CONJUNCTIONS and len(tail.split()) > 1:  # "And Ukraine's president said":
            clause_start += clause.find(tail) + len(tail.split()[0]) + 1  # the sentence goes on from the one
            tail = tail.split(None, 1)[1]  # before; its subject is what follows the conjunction
        start = clause_start + clause.rfind(tail)
        mentions = self.resolver.resolve(tail)
        zero = ZERO_RELATIVE.fullmatch(tail) if not mentions else None
        if zero:  # "..., a development Turner says would cross a red line": Turner, of the development
            named = self.resolver.resolve(zero.group("who"), allow_coordination=False)
            if len(named) == 1 and not named[0].vague:
                return start + zero.start("who"), named, ""
        if not mentions and tail.split()[0].lower() == "the" and clause_start and stripped[clause_start - 1] == ",":
            named = comma_segments(stripped[:clause_start - 1])[-1].strip()  # "Okafor, the truck driver told"
            if named and len(named.split()) <= 3 and all(w[:1].isupper() for w in named.split()) and \
                    not FRONTED_PREPOSITION.match(named):  # ("For Russia, the use of ... indicates": a topic)
                mentions = self.resolver.resolve(named)
                for m in mentions:
                    m.role = m.role or tail
        if len(mentions) > 1 and clause_start and re.search(r"\s(?:and|or)\s", tail):
            for seg in reversed(comma_segments(stripped[:clause_start - 1])[-3:]):  # "South Korea, Ukraine and
                found = self.resolver.resolve(seg, allow_coordination=False)  # now the U.S. have all said"
                origin = FROM_PLACE.search(seg) if len(found) != 1 or found[0].vague else None
                place = self.resolver.resolve(origin.group("place"), allow_coordination=False) if origin else []
                if origin and origin.group("head").split()[-1].lower() in NATIONALS:
                    return -1, [], ""  # "The POWs from Cuba, Nepal and Somalia said": people of those countries,
                    # unnamed, never their governments
                if len(place) == 1 and not place[0].vague:  # "envoys from Norway, Denmark and Finland": all of
                    mentions.insert(0, place[0])  # it is the subject, from where its head begins
                    start = stripped.rfind(seg[origin.start("head"):], 0, start)
                    break
                if len(seg.split()) > 4 or len(found) != 1 or found[0].vague or ABBREVIATED_PLACE.fullmatch(seg.strip()) \
                        or (found[0].speaker.kind == "person") != all(m.speaker.kind == "person" for m in mentions):
                    break  # (not "in Washington, D.C., the minister and his counterpart": a place, then people)
                mentions.insert(0, found[0])
                start -= len(seg) + 1
        return start, mentions, ""

    def _coordinated_list(self, before: str, last: str, last_start: int) -> tuple[int, list[Mention], str]:
        mentions = self.resolver.resolve(last.split(maxsplit=1)[1] if len(last.split()) > 1 else "")
        if not mentions:
            return -1, [], ""
        start = last_start
        segs = comma_segments(before)
        for seg in reversed(segs[-4:]):
            found = self.resolver.resolve(seg)
            if found:
                mentions = found + mentions
            elif not (len(seg.split()) <= 4 and seg.split()[0].lower() in {"its", "their", "other", "the", "some"}):
                break
            start -= len(seg) + 1
        return max(start, 0), mentions, ""

    def _appositive(self, text: str, relative: bool = False) -> tuple[int, list[Mention], str]:
        """Walk back over ", ROLE," and ", who ...," segments to the name they describe."""
        segs = comma_segments(text)
        member = INCLUDING.fullmatch(segs[-1]) if len(segs) > 1 and re.search(
            r"\b(?:countries|allies|governments|nations|states|partners)\s*$", segs[-2]) else None
        group = self.resolver.resolve(_tail_after_boundary(segs[-2])[0]) if member else []
        if member and all(m.vague for m in group):  # "Western countries, including the US, say ...": the one
            # named speaks with them (but "The U.S. and several allied nations, including ...": the U.S.)
            found = self.resolver.resolve(member.group("who"), allow_coordination=True)
            if found and not any(m.vague for m in found):
                return len(text) - len(segs[-1]) + member.start("who"), found, ""
        listing = next((k for k, seg in enumerate(segs) if k and MEMBERS_LISTED.match(seg) and
                        not re.search(r"[“”\"]", ",".join(segs[:k + 1]))), None)  # (never inside a quotation)
        if listing is not None:  # "The MSMT, comprising 11 states including the U.S., the UK, and Japan, said":
            text = ",".join(segs[:listing])  # the body, not the last of its members
            segs = segs[:listing]
        last = re.match(r"(\s*(?:and|or)\s+)(.+)$", segs[-1]) if relative and segs else None
        if last:  # "Both A, a strong supporter, and former President B, who has insisted ...": B
            found = self.resolver.resolve(last.group(2), allow_coordination=False)
            if len(found) == 1 and not found[0].vague:
                return len(text) - len(segs[-1]) + last.end(1), found, ""
        skipped: list[str] = []
        offset = len(text)
        window = segs[-4:]
        for k, seg in enumerate(reversed(window)):
            offset -= len(seg)
            body = seg.strip().lstrip("”\"’").strip()  # ("“...,” Anna Lindqvist, the minister, said")
            first = body.split()[0] if body else ""
            role_like = body.isdigit() or titled(body) or ABBREVIATED_PLACE.fullmatch(body) or \
                k + 1 < len(window) and (UNIT_OF.match(body) or LISTED_AFTER_ROLE.match(body) and
                                         APPOSITIVE_ROLE.match(window[-k - 2].strip())) or \
                titled_alone(body) and not re.match(r"(?i:the|a|an)\s", body) or \
                APPOSITIVE_START.match(body) and not GROUP_OF.match(body) and not (
                first.lower() == "the" and len(body.split()) > 1 and body.split()[1][:1].isupper()
                and not PERSON_ROLES.intersection(w.lower().strip(",") for w in body.split()[1:8]))
            # (", the Russian Ambassador to North Korea," is a role, ", the Kremlin," a name)
            if body and role_like and offset == 0 and titled(body) and skipped:
                mentions = self.resolver.resolve(body)  # "Secretary of State X, speaking alongside Y, said"
                if len(mentions) == 1 and mentions[0].speaker.kind == "person":
                    return 0, mentions, ""
            if body and skipped and NAMED_AS.match(f"{body} {skipped[-1]}"):  # "The soldier, identified by
                mentions = self.resolver.resolve(f"{body} {skipped[-1]}")  # the surname Ri, told": Ri
                if mentions:
                    return offset + seg.find(body), mentions, ""
            if body and role_like and skipped and KNOWN_AS.match(skipped[-1]) and DEFINITE_ROLE.fullmatch(body):
                mentions = self.resolver.resolve(body)  # "CLAIM, the agency, known by its acronym GUR, said"
                if len(mentions) == 1 and not mentions[0].vague:
                    return offset + seg.find(body), mentions, ""
            if body and not role_like and skipped and k + 1 == len(window) and \
                    re.match(FRONTED_PREPOSITION.pattern + r"\s+(?:a|an|the|his|her|its|their)\s", body) and \
                    re.search(r"\b(?:shared|posted|published|released|aired|broadcast|uploaded|circulated)\b", body):
                # "In a video shared on X's Facebook, one of the prisoners, through an interpreter, claimed":
                # the setting first, then the subject; what it names is where, not who
                found = self.resolver.resolve(skipped[-1], allow_coordination=False)
                return (offset + len(seg) + 1, found, "") if found else (-1, [], "")  # (just after the setting's comma)
            if body and not role_like:
                tail, boundary = _tail_after_boundary(body)
                if tail.lower().startswith("who "):
                    tail = ""
                mentions = self.resolver.resolve(tail) if tail else []
                if not mentions and tail and (relative or any(r.startswith("who") for r in skipped)):
                    whole = tail
                    tail = trailing_name(whole)  # "corroborated by President X, who said": X
                    mentions = self.resolver.resolve(tail) if tail else []
                    unnamed = UNNAMED_AT_END.search(whole) if not mentions else None
                    if unnamed:  # "made by a U.S. military official who cited ...": that official
                        tail = unnamed.group(0)
                        mentions = self.resolver.resolve(tail)
                role = next((r for r in reversed(skipped) if ROLE.match(r) or titled_alone(r)), "")
                if not mentions and role and re.fullmatch(r"[A-Z][a-z’'-]+", tail) and has_role_noun(role) and \
                        tail.lower() not in NOT_NAMES:  # (not "Now, South Korea's spy chief said")
                    described = re.split(r"\s+(?:who|which|that)\s", re.sub(r"^(?:also\s+)?(?:a|an|the)\s+", "", role))[0]
                    mentions = [m for m in self.resolver.resolve(f"{described} {tail}", allow_coordination=False)
                                if m.speaker.kind == "person"]  # "Kim, a 32-year-old former soldier who
                    # defected in 2022, told Reuters": a person of that name, whom the role describes
                if not mentions and role and re.fullmatch(r"[A-Z][\w’'-]+", tail) and OUTLET_ROLE.search(role) and \
                        tail.lower() not in NOT_NAMES:  # "Rybar, a major pro-Kremlin Telegram channel, has suggested"
                    mentions = self.resolver.outlet_named(tail)
                if mentions:
                    return offset + seg.find(tail), mentions, role
                left = window[-k - 2].strip() if k + 2 <= len(window) else ""
                if tail and not skipped and re.fullmatch(r"[A-Z][a-z’'-]+", tail) and left and \
                        re.match(r"(?:[Aa]nother|[Oo]ne|[Aa]n?|[Tt]he)\s", left) and has_role_noun(left):
                    person = self.resolver.resolve(f"{left} named {tail}", allow_coordination=False)  # "Another
                    if len(person) == 1:  # officer, “Lesnik,” noted": a person of that (call) name, the role before it
                        return offset + seg.find(tail), person, ""
                if tail and skipped and INTRODUCTORY.match(body + ", "):  # "Earlier on Wednesday, South Korea's
                    found = self.resolver.resolve(skipped[-1], allow_coordination=False)  # JoongAng Ilbo newspaper,
                    if len(found) == 1 and not found[0].vague:  # citing ..., reported": the name after the opening
                        return text.find(skipped[-1], offset + len(seg)), found, ""  # phrase, though it reads like
                        # a role ("South Korea's ...")
                if tail:
                    return -1, [], ""
            skipped.append(body)
            offset -= 1  # the comma
        if skipped and offset <= 0 and APPOSITIVE_START.match(skipped[-1]) and \
                re.match(r"(?:[A-Z][\w.-]*\s+){0,2}[A-Z][\w.-]*[’']s\s", skipped[-1]):  # "South Korea's intelligence,
            found = self.resolver.resolve(skipped[-1], allow_coordination=False)  # however, said": read as a role,
            if len(found) == 1 and not found[0].vague:  # but the sentence names no one else
                return text.find(skipped[-1]), found, ""
        return -1, [], ""

    def _inverted(self, sent: Sentence, cue: Cue, negated: bool) -> Attribution | None:
        s = sent.text
        segs = comma_segments(s[cue.end:])
        head = re.sub(r"\b(statement|message|post|letter|report|communiqu[ée]|note|notice)\s+from\b", r"\1 by",
                      segs[0].rstrip("."))  # ('“...,” reads the statement from the ministry': the ministry's text)
        posted = POSTED_BY.match(head)  # '“...,” reads a message posted this week on Telegram by X': X's
        who = posted.group("who") if posted else \
            re.split(r"\s+(?:in|at|on|during|after|before|to|from|when|while|as|via|through|last|this|earlier|"
                     r"quoted|cited|citing|according|today|yesterday)\b", head)[0]  # "said Yu in a press conference": Yu
        # ("said the NIS quoted by the Yonhap news agency": the NIS)
        thing = THING_OF.match(who)
        if thing and thing.group("noun") not in PERSON_ROLES | TITLES | ORG_WORDS | STATEMENT_NOUNS | GROUP_NOUNS:
            return None  # "..., condemned the decision of leader X to send troops": what was condemned
        named_after = NAMED_AFTER.fullmatch(segs[1]) if len(segs) > 1 else None
        mentions: list[Mention] = []
        if named_after and re.match(r"\s*(?:the|a|an)\s", who) and has_role_noun(who):  # "stated the head of
            named = self.resolver.resolve(named_after.group(0).strip().rstrip("."), allow_coordination=False)
            if len(named) == 1 and named[0].speaker.kind == "person":  # military intelligence, Kyrylo Budanov,":
                named[0].role = named[0].role or who.strip()  # the person the role is given to
                mentions, segs = named, segs[:1] + segs[2:]
        mentions = mentions or self.resolver.resolve(who) or self.resolver.unnamed(who)
        whole = s[cue.end:].strip().rstrip(".")
        if not mentions and len(segs) > 1 and LISTED_ROLE.fullmatch(whole):  # "said former army nuclear, chemical
            mentions = self.resolver.resolve(whole, allow_coordination=False)  # and biological warfare specialist X"
            segs = segs[:1] if mentions else segs
        if (not mentions or all(m.vague for m in mentions)) and named_after and re.search(r"\b[a-z]+$", who):
            who = f"{who} {named_after.group(0).strip().rstrip('.')}"  # "said BBC security correspondent,
            mentions = self.resolver.resolve(who)  # Frank Gardner": the role, then the name
            segs = segs[:1] + segs[2:]
        if not mentions:
            return None
        role = segs[1].strip().rstrip(".") if len(segs) > 1 and ROLE.match(segs[1].strip()) else ""
        for m in mentions:
            m.role = m.role or role
        before = [q for q in sent.quotes if q.end <= cue.start]
        if before and len(s[:before[0].start].split()) > 3:  # "Russia might have given X “nuclear know-how”, said
            text = s[:cue.start].rstrip(" ,")  # Y": the paraphrase with its quoted words, whole
            return Attribution(mentions, cue, kind_of(text, sent), clean(text), negated, cue.start)
        quotes = [q.inner for q in before]
        text = " … ".join(q.strip().rstrip(",") for q in quotes) if quotes else s[:cue.start].rstrip(" ,-–—")
        return Attribution(mentions, cue, "direct" if quotes else "indirect", clean(text, quoted=bool(quotes)), negated,
                           cue.start)


# A text named with its author after it: "a message posted this week in Korean on Telegram by X".
POSTED_BY = re.compile(r"\s*(?:a|an|the)\s+(?:[\w-]+\s+)?(?:message|statement|post|letter|note|notice|leaflet|appeal|"
                       r"video)\s+(?:posted|published|released|issued|sent|shared)\b[^,;]*?\bby\s+(?P<who>[^,;]+?)\s*$")
# A question asking what someone thinks, right before the verb: "how does Ukraine assess ...?".
ASKED_OF = re.compile(r"\b(?:[Hh]ow|[Ww]hat|[Ww]hy|[Ww]hen|[Ww]here|[Ww]hich)\s+(?:does|do|did|will|would|can|could|is|are)\s+"
                      r"[^,?;“”\"]{1,40}$")
# The members named of a group that speaks: ", including the US and Japan,".
INCLUDING = re.compile(r"\s*(?:including|notably|among\s+them)\s+(?P<who>[^,;]{2,60}?)\s*")
# The rest of a list a description names, after its first item: ", a research leader for Defence
# Strategy[, Policy and Capabilities at RAND Europe,] told" (not a name of its own).
LISTED_AFTER_ROLE = re.compile(r"(?:[A-Z][\w’'-]*\s+){1,3}(?:and|or|&)\s+[A-Z]|[A-Z][\w’'-]*$")
APPOSITIVE_ROLE = re.compile(r"(?:a|an|the)\s+[a-z]|(?:Deputy\s+)?(?:" + "|".join(
    sorted(w.capitalize() for w in PERSON_ROLES | {"member", "chair"} if w.isalpha())) + r")\s+of\s")  # ("Chairman of the
# Committee on CIS Affairs, Eurasian Integration and Relations with Compatriots")
UNNAMED_AT_END = re.compile(r"\b(?:an?|one)\s+(?:[\w.’'-]+\s+){0,4}?(?:official|spokesperson|spokesman|"
                            r"spokeswoman|diplomat|officer|source|lawmaker|analyst|expert|commander)$")


# The head of a list of places: "envoys from Norway[, Denmark and Finland]".
# People who speak for nobody but themselves when named by where they come from.
NATIONALS = frozenset("""pows prisoners captives soldiers troops fighters mercenaries recruits workers labourers laborers
citizens nationals people men women volunteers students refugees migrants residents""".split())
FROM_PLACE = re.compile(r"(?:^|\s)(?P<head>(?:(?!that\b)[\w’'.-]+\s+){1,5}?)(?:from|of)\s+"
                        r"(?P<place>(?:the\s+)?[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,2})\s*$")
# A name set off after its role: ", Frank Gardner", ", Col Pieter de Vries-Holm".
NAMED_AFTER = re.compile(r"\s*[A-Z][\w’'.-]+(?:\s+(?:[A-Z][\w’'.-]+|"
                         r"(?:de|van|von|der|den|del|della|da|di|du|la|le|bin|al)(?=\s+[A-Z]))){1,4}\.?\s*")
# Where a relative clause closes and the sentence's main verb follows: ", have met with".
RELATIVE_ENDS = re.compile(r",\s+(?:has|have|had|is|are|was|were|will|would|did|does|do)\s+(?!been\s+\w+ed\b)")
INVERTIBLE = {"say", "write", "report", "add", "note", "claim", "state", "announce"}


def _one(role: str) -> str:
    """A headline's bare role as one unnamed person: "Official" -> "an official", "US expert" -> "a US
    expert", "NIS official" -> "an NIS official" (the article goes by how the first word sounds)."""
    words = role.split()
    words[-1] = words[-1].lower() if words[-1][:1].isupper() and words[-1][1:].islower() else words[-1]
    first = words[0]
    lower = first.lower()
    vowel = first[:1] in "AEFHILMNORSX" if first.isupper() and len(first) > 1 else \
        lower[:1] in "aeio" or lower.startswith("un") and not lower.startswith(("unit", "union", "univ", "uniq"))
    return ("an " if vowel else "a ") + " ".join(words)


def _strip_conjunction(text: str) -> str:
    text = re.sub(r"(?:[\s,;—–]+(?:and|but|or|while|as|though|although|which|where|after|before|since|because|when|"
                  r"until))*[\s,;—–]*$", "", text)
    return re.sub(r"[,;]+([”\"])$", r"\1", text)  # '... to the strait,” she told': the quotation, closed
