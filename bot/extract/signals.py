"""What a line or a sentence says about who speaks beyond itself: a source line, a dash line or a
"Quote from X:" label, a transcript's host, a photo credit, a readout's passive, the words that carry
an account on into the next sentence or that say it is someone else's. Patterns only, read by
document.py's walk through the text.
"""

from __future__ import annotations

import re

# "Source: ISW (Institute for the Study of War)" after a paragraph: whose the paragraph is (the
# style of Ukrainian outlets), up to two paragraphs back.
SOURCE_LINE = re.compile(r"\s*Sources?\s*:\s*")
SOURCE_REACH = 2
# Whom a reporter interviewed, the one a "he" after it means: "we spoke to Andriy Kovalenko from ...".
SPOKE_WITH = re.compile(r"\b(?:spoke|talked|speaking|talking)\s+(?:to|with)\s+(?P<who>(?:[A-Z][\w’'.-]*\s+){1,3}?"
                        r"[A-Z][\w’'-]+)(?=\s*(?:,|\.|\s+(?:from|of|at|who|about|on|in)\b))|"
                        r"\binterviewed\s+(?P<who2>(?:[A-Z][\w’'.-]*\s+){0,3}?[A-Z][\w’'-]+)(?=\s*[,.;]|\s+(?:on|in|at|about|"
                        r"who|after|for|by)\b)")
# A photo credit closing a caption after a bar: "| Alexander Kazakov/AFP via Getty Images".
PHOTO_CREDIT = re.compile(r"\|\s*[A-Z][\w.’'-]+(?:\s+[A-Z][\w.’'-]+)*\s*/\s*(?:AFP|AP|Reuters|EPA|Getty|Yonhap|Xinhua|TASS|"
                          r"Sputnik|Anadolu|Pool|Kremlin|KCNA)\b[^.|]*$|\s/\s*(?:Source|Photo|Image)\s*:\s*\S[^.]{0,40}$|"
                          r"\s(?:Photo|Image|Picture)\s*:\s*[A-Z][\w.’'/ -]{1,40}\.?$|"  # ("... missile tests Photo: Shutterstock")
                          r"^(?:(?:Photo\s+)?Credit:\s*[\w./ -]{1,40}?\s*)+$")  # (or "... / Source: X", a caption's credit;
# "Credit: AP Credit: AP", a picture's credit line)
# A sentence that says it rests on someone else's account: "Russia reportedly provided ...".
OTHER_SOURCE = re.compile(r"\b(?:reportedly|allegedly|purportedly|(?:is|are|was|were)\s+said\s+to)\b")
# "Russian President Vladimir Putin, he added, “started ...”": the one speaking is "he", named before.
ASIDE_PRONOUN = re.compile(r"\s*,\s*(?:he|she)\s+(?:added|said|continued|noted|stressed|argued|went\s+on|wrote)\s*,")
# A sentence closed by "he said": its opening subject is inside what was said, so not whom "he" means
# ("One of the soldiers told him he wanted to go home, he said": the lawmaker who met them).
CLOSING_PRONOUN = re.compile(r",\s*(?:he|she)\s+(?:added|said|says|continued|noted|stressed|argued|wrote|told\s+[\w ]{2,40}?)"
                             r"(?:\s+(?:on|last|this)\s+\w+)?\s*\.?\s*$")
# A writer's gloss on a name ("DPRK refers to the Democratic People's Republic of Korea"): about words, by
# nobody, so its subject is no one "it" may mean next.
GLOSS = re.compile(r"[\w’'.-]+(?:\s+[\w’'.-]+){0,3}\s+(?:refers\s+to|stands\s+for|is\s+short\s+for|"
                   r"is\s+(?:an?\s+|the\s+)?(?:acronym|abbreviation|initialism)\s+(?:for|of))\s")
# The passive of official readouts: "It was underlined that ...", "It was also noted that ...".
IMPERSONAL_SAID = re.compile(r"\s*It\s+(?:was|is|has\s+been)\s+(?:also\s+|further\s+)?(?:underlined|underscored|stressed|"
                             r"emphasi[sz]ed|noted|pointed\s+out|stated|added|specified|clarified|reiterated|"
                             r"reported\s+to\s+(?:the\s+)?[A-Z][\w\s]{2,40}?)\s+that\s+")  # ("It was also reported to
# the National Assembly that ...", after "The NIS reported to the National Assembly that ...")
# "Quote from Shoigu: ..." opening a paragraph: the paragraph is that speaker's words.
QUOTE_FROM = re.compile(r"\s*Quotes?\s+(?:from|by)\s+(?P<who>[^:]{2,60}?)\s*:\s*")
# A paragraph opening with a label of the page's own: "Details:", "Background:", "Source:".
PARAGRAPH_LABEL = re.compile(r"[A-Z][a-z]+(?:\s+[a-z]+){0,2}\s*:")
# "Quote:" with no name, under a "Source: X" line: X's words.
QUOTE_BARE = re.compile(r"\s*Quotes?\s*:\s*")
# A line that only names who spoke the paragraph above, after a dash: "- replied Miller.", "— the
# spokesperson stressed." (unquoted speech, in the style of Ukrainian and Russian outlets).
_DASH_VERBS = r"(?:replied|said|stated|added|noted|emphasi[sz]ed|stressed|explained|answered|responded|wrote|concluded|summed\s+up)"
DASH_SPEAKER = re.compile(rf"\s*[-–—]\s*(?:{_DASH_VERBS}\s+(?P<who>[^.,;]{{2,60}}?)|(?P<who_first>[^.,;]{{2,60}}?),?\s+"
                          rf"{_DASH_VERBS})(?:,\s+(?:referring|adding|noting|speaking|commenting|answering|"
                          rf"responding)\s+[^.]{{2,200}})?\s*\.?\s*")  # ("— Putin said, referring to ...")
# A broadcast soundbite's caption: "Lee Seong-kweun / People Power Party".
SOUNDBITE = re.compile(r"^(?!(?:Photo|Photos|Image|Picture|Video|Credit|Source)\b)"  # ("Photo PAP/Piotr Nowak": a credit)
                       r"(?P<name>[A-Z][\w’'.-]+(?:[ -][A-Z][\w’'.-]+){1,3})\s*/\s*"
                       r"(?!(?:[^/]*\b(?:via|Getty|Images|Photos?|Pool|Shutterstock|EPA|AFP|AP|Reuters|Yonhap|Xinhua|"
                       r"TASS|Sputnik|Anadolu|Newsis|News1|Kyodo|Associated\s+Press|Press\s+Association|Bloomberg|"
                       r"Redux|Alamy|Sipa|Abaca|Zuma|UPI|Courtesy|Handout)\b))"  # ("Kim Won Jin/AFP via Getty Images",
                       # "Alex Brandon/Associated Press": a credit)
                       r"(?P<affiliation>[^/]{2,60})$")
# A transcript label for the programme's own people, whose lines are narration, not claims.
JOURNALIST = re.compile(r"\b(?:BYLINE|HOST|ANCHOR|REPORTER|CORRESPONDENT|INTERVIEWER|PRESENTER|MODERATOR|QUESTION|"
                        r"JOURNALIST)\b", re.I)
HOST_OPENING = re.compile(r"\b(?:This is|I'm|I’m|I am|Welcome (?:to|back)|You're listening|You’re listening)\b")
# A sentence that hedges without a source, which a closing "according to X" next to it covers.
HEDGED_UNSOURCED = re.compile(r"(?:\b(?:is|are|was|were|has been|have been)\s+|[’']re\s+|[’']s\s+)(?:estimated|believed|"
                              r"thought|said|reported|understood|expected)\s+to\b")
# A hedge that goes on with the source's account: "They could have suffered too many losses".
MODAL_HEDGE = re.compile(r"^(?:They|It)\s+(?:could|may|might|must)\s+(?:well\s+)?have\b|^(?:They|It)\s+(?:are|is)\s+"
                         r"(?:likely|probably|possibly)\b")
# "This is:", "Our demands are:": a few words that open a list.
LEAD_IN = re.compile(r"\s*(?:\S+\s+){0,5}\S+:\s*")
PLATFORMS = r"(?:X|Twitter|Telegram|Facebook|Instagram)"
# A sentence that ends by naming a social-media post, whose text the page then prints without quotation
# marks: "..., the forces said in an X post.", "Zelensky wrote on Telegram."
SOCIAL_POST_END = re.compile(r"\b(?:said|says|wrote|writes|posted|posts|stated|states|announced)\s+(?:in|on|via)\s+"
                             r"(?:(?:an?|his|her|its|their)\s+)?(?:(?:post|message|statement|video)\s+on\s+)?"
                             + PLATFORMS + r"(?:\s+post)?\s*[.:]\s*$")
SAID_IN_POST = re.compile(r"(?:^|,\s*)(?P<who>[^,]{2,80}?)\s+(?:said|says|wrote|writes|posted|posts|stated|states|"
                          r"announced)\s+(?:in|on|via)(?:\s+\S+){1,4}?\s*[.:]\s*$")
# A participle phrase saying what a statement was about, not what it said: "Describing the fighting".
SETTING_PARTICIPLE = re.compile(r"(?:Describing|Commenting\s+on|Speaking\s+(?:about|of|on)|Referring\s+to|"
                                r"Responding\s+to|Addressing|Discussing|Reacting\s+to)\b")
# "1. a significant escalation", "- more troops", "• ...": an item of a list.
LIST_ITEM = re.compile(r"\s*(?:(?:\d{1,2}[.)]|[-–•*])\s+|[▪■◾●►✅🔹🔸]\ufe0f?\s*)")  # ("▪️Russia had no reason ...")
# A lead-in to someone's points listed below it: "Key takeaways from Lavrov's statements at a press conference:".
KEY_POINTS = re.compile(r"(?:The\s+)?(?:(?:Key|Main)\s+(?:takeaways|points|statements|theses|quotes)|Highlights)\s+"
                        r"(?:from|of)\s+(?P<who>[^:“”\"]{2,80}?)[’']s?\s+(?:statements?|remarks|speech|address|"
                        r"interview|comments|briefing|press\s+conference)\b[^:]{0,120}:\s*$")
# A bare label over a speaker's points: "Key points:", "Main theses:", "Highlights".
KEY_POINTS_LABEL = re.compile(r"(?:The\s+)?(?:(?:Key|Main)\s+(?:takeaways|points|statements|theses|quotes)|Highlights)\s*:?")
# Courtesies of interviews and briefings, which state nothing.
PLEASANTRY = re.compile(r"(?i:(?:(?:well|so|and|okay|ok|now)\s*,?\s+(?:as\s+always\s*,\s*)?)?(?:"
                        r"(?:i\s+want|i'd\s+like|i’d\s+like|let\s+me)\s+to\s+(?:begin|start)\s+by\s+thanking[^.]{0,160}|"
                        r"thank(?:s|\s+you)(?:\s+(?:very|so)\s+much)?(?:(?:,\s*|\s+for\s+)[\w’'., ]{0,60})?|"
                        r"good\s+(?:morning|afternoon|evening|day)(?:,?\s*[\w’' ]{0,30})?|"
                        r"(?:(?:i'm|i’m|we're|we’re|i\s+am|we\s+are)\s+)?(?:so\s+)?sorry(?:\s+(?:we|i|for|about)\b[\w’' ]{0,40})?|"
                        r"(?:it(?:'s|’s|\s+is)\s+)?(?:good|great|nice|a\s+pleasure|a\s+(?:real\s+|great\s+)?(?:honou?r|"
                        r"privilege)(?:\s+and\s+(?:a\s+)?(?:honou?r|privilege|pleasure))?)\s+to\s+(?:be|see|have|talk|speak)"
                        r"[\w’', ]{0,60}|"
                        r"(?:i(?:'m|’m|\s+am)|we(?:'re|’re|\s+are))\s+(?:very\s+|so\s+|deeply\s+)?(?:honou?red|privileged|"
                        r"delighted|pleased|glad|happy)(?:\s+and\s+(?:honou?red|privileged|delighted|pleased))?\s+to\s+"
                        r"(?:be|see|have|talk|speak)"
                        r"[\w’', ]{0,60}|"
                        r"(?:(?:i(?:'m|’m|\s+am)\s+)?(?:happy|glad|pleased)\s+to\s+take\s+(?:your\s+|any\s+|some\s+)?"
                        r"questions)|"
                        r"(?:hello|hi|welcome(?:\s+back)?)\b(?:,\s*[\w’' ]{0,30}|\s+to\s+[\w’' ]{0,30})?|"
                        r"you(?:'re|’re)\s+welcome|"
                        # thanks given to the chair, the briefers, the hosts
                        r"(?:i|we)\s+(?:also\s+)?(?:would\s+(?:also\s+)?like\s+to\s+|want\s+to\s+)?(?:thank|extend\s+(?:my|our)\s+"
                        r"(?:sincere\s+|deep\s+)?(?:gratitude|thanks|appreciation))\b.{0,200}|"
                        # a bare assent, whose meaning is in the question it answers
                        r"(?:yes|yeah|right|exactly|indeed|of\s+course|sure|certainly|absolutely|"
                        r"that(?:'s|’s|\s+is)\s+(?:right|correct|true))(?:\s*,\s*(?:yes|of\s+course|indeed))?))")
# A source that did not answer the outlet ("did not immediately respond to a request for comment",
# "declined to comment.", "could not be reached", "referred questions to the ministry"): the outlet's note on its own reporting, which says
# nothing of where the source stands. (Not "declined to comment on reports that ...", nor "has not
# acknowledged the deployment": those are non-confirmations of something, and stay hedged claims.)
_NOT = r"(?:(?:did|does|do|has|have|had|could)\s*(?:not|n[’']t)|didn[’']t|doesn[’']t|hasn[’']t|haven[’']t|couldn[’']t)"
_SOON = r"(?:\s+(?:yet|immediately|publicly|officially))*"
NO_ANSWER = re.compile(
    rf"(?i:(?:{_NOT}{_SOON}\s+(?:respond(?:ed)?|repl(?:y|ied)|return(?:ed)?|answer(?:ed)?)\s+(?:to\s+)?"
    r"(?:(?:an?|the|multiple|repeated|several|emailed|written|phone|[\w.]+[’']s?)\s+)*"
    r"(?:requests?|questions?|quer(?:y|ies)|calls?|e-?mails?|messages?|inquir(?:y|ies)|enquir(?:y|ies))\b[^.;]*"
    rf"|(?:declined|refused|{_NOT}{_SOON}\s+(?:wish|want)(?:ed)?)\s+to\s+(?:immediately\s+)?comment"
    rf"|{_NOT}{_SOON}\s+(?:be\s+(?:immediately\s+)?reached|comment(?:ed)?)"
    r"|had\s+no\s+(?:immediate\s+)?comment"
    rf"|{_NOT}\s+(?:say|specify|explain|disclose)\s+how\b[^.;]*"  # ("did not say how the footage was obtained")
    r"|neither\s+[^,;]{2,60}?\s+nor\s+[^,;]{2,60}?\s+(?:has\s+|have\s+|had\s+)?(?:immediately\s+)?(?:commented|responded)"
    r"|(?:referr?(?:ed|ing|s)?|direct(?:ed|ing|s)?)\s+(?:all\s+)?(?:questions|queries|inquiries|enquiries|inquirers|"
    r"enquirers|requests\s+for\s+comment)\b[^.;]*)"
    r"(?:\s+(?:further|immediately|publicly|on\s+(?:it|this|that|the\s+matter)|when\s+(?:asked|contacted|reached)(?:\s+by\s+[\w.]+(?:\s+[\w.]+){0,2})?|"
    r"(?:to|from|by|with|for)\s+(?:the\s+)?(?:comment|[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,3})))*)[\s.,]*")
# A page that is one person's statement, named in its header: "Statement by H.E. Ambassador X,
# Permanent Representative ...", "Remarks by X at ...", a written answer's "Answered by Lord X - Minister".
# Where a written answer's page goes on to another question: the answer above has ended.
SPEECH_ENDS = re.compile(r"(?:Asked\s+by|Question\s+to)\b")
SPEECH_HEADER = re.compile(r"(?:(?:Opening\s+|Closing\s+|Keynote\s+|Joint\s+)?(?:Statement|Remarks|Speech|Address|"
                           r"Intervention|Testimony)\s+(?:delivered\s+|made\s+)?by|Answered\s+by)\s+"
                           r"(?P<who>[A-Z][^,:;()“”\"\n]{2,80}?)\s*(?:,|\(|\s[-–—]\s|\s+(?:at|to|on|before|in)\s+(?:the\s+)?[A-Z]|$)|"
                           # "Minister of Foreign Affairs S.V. Lavrov during the strategic dialogue (Wonsan, July 12,
                           # 2025)": a transcript's title, the speaker before the event, its place and date after it
                           r"(?P<speaker>[A-Z][^()“”\"\n]{2,120}?)\s+(?:during|at)\s+(?:the\s+)?[^()\n]{3,160}\("
                           r"(?:[A-Z][\w-]+,\s+)?(?:[A-Z][a-z]+\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+),?\s+\d{4}\)\s*$|"
                           # "Interview of the Russian Ambassador to X, G.V.Zinoviev, Izvestia (January 28, 2025)": the
                           # interviewee's answers follow
                           r"Interview\s+(?:of|with|given\s+by)\s+(?:the\s+)?[^,()\n]{2,100},\s+"
                           r"(?P<interviewee>[A-Z][^,()“”\"\n]{2,40}?),\s+[^()\n]{2,80}\([^()\n]{4,40}\d{4}\)\s*$")
# The site addressing its reader ("Please contact us for subscription options"), not a speaker's "us".
SITE_NOTICE = re.compile(r"(?:Please|Click|Tap|Subscribe|Sign\s+up|Follow\s+us|Contact\s+us|Read\s+(?:more|also)|"
                         r"Join\s+us|Download|Share\s+this|Support\s+us|Donate)\b")
# First-person words outside quotation marks ("US" in capitals is the country).
FIRST_PERSON = re.compile(r"\b(?:[Ww]e|[Oo]ur|[Oo]urs|us|I|[Mm]y|me)\b")
# Words that open a sentence carrying on the account before it: "In addition, ...", "This violates ...".
GOES_ON = re.compile(r"(?:In\s+addition(?!\s+to\b)|Additionally|Moreover|Furthermore|Besides|What(?:’s|'s)\s+more|Also|"
                     r"In\s+(?:exchange|return))\s*,?\s+|"
                     r"(?:This|Such)\s+(?!is\s+(?:not\s+)?the\s+first\b)(?:\w+\s+){0,2}?(?:violates?|means?|shows?|"
                     r"indicates?|constitutes?|proves?|confirms?|demonstrates?|represents?|is|are|must|"
                     r"would|will|could)\b")
# "Syrsky gives the following arguments:": what is listed below is the speaker's.
GIVES_POINTS = re.compile(r"\b(?:gives?|gave|lists?|listed|outlines?|outlined|offers?|offered|cites?|cited|names?|named|"
                          r"presents?|presented)\s+(?:the\s+)?following\b")
# "reads as follows:": the words are below, not in the sentence.
POINTS_AHEAD = re.compile(r"(?:as\s+follows|the\s+following)\W*", re.I)
# "Asked about the troops, Peskov responded:": who speaks the words set off below.
COLON_SPEAKER = re.compile(r"(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s+(?:(?:also|then|later|further)\s+)?"
                           r"(?P<verb>[a-z]+)(?:\s+[\w’' ,.-]{0,80})?:\s*$")  # ("she estimated the number to be 10,000:")
# "The Defence Secretary has warned ...", "He said ...": a sentence read again once the whole text says who.
ROLE_SPEAKS = re.compile(r"The\s+(?:[A-Z][\w’'-]*\s+){1,4}(?:(?:has|have|had)\s+)?(?:[a-z]+ed|said|says|told)\b")
PRONOUN_SPEAKS = re.compile(r"(?:^|[,”\"]\s+)(?:He|She|he|she)\s+(?:(?:also|further|again|then|later)\s+)?"
                            r"(?:[a-z]+ed|said|says|adds|notes|told|wrote|spoke)\b|^According\s+to\s+(?:him|her)\b")
# A photo's credit on a line of its own: "Photo provided by X", "Photo: X".
CAPTION_CREDIT = re.compile(r"(?:Photo|Image|Picture|Video)s?\b(?:\s+(?:provided\s+)?by\b|\s*:)")
# Where a clause with a subject of its own begins inside a sentence that opens with none: "This came as".
SUBORDINATE_SUBJECT = re.compile(r"^(?:This|That|It|The\s+\w+)\s+(?:\w+\s+){0,3}?(?:as|when|while|after)\s+(?=[A-Z])")
# An unnamed person opening a sentence: "a soldier complained ...", "one Russian officer told ...".
UNNAMED_ONE_OPENS = re.compile(r"(?:[Aa]n?|[Oo]ne)\s+(?:[\w-]+\s+){0,3}?(?:soldier|official|officer|diplomat|source|man|"
                               r"woman|resident|prisoner|captive|fighter|serviceman|commander|nurse|lawmaker|analyst|"
                               r"expert|spokesperson|spokesman|spokeswoman)\b(?!\s+(?:is|was|are|were|seen|pictured|shown|"
                               r"lies|sits|stands|looks)\b)")  # (not a caption's "A soldier is seen on a bed")
# Where and through whom a "Source:" line's source spoke: "at a briefing on 28 April, as reported by X".
SOURCE_SETTING = re.compile(r"(?:,?\s+(?:at|in|during|on|via)\s+(?:a|an|the|his|her|its|their)\s+(?:[\w-]+\s+){0,3}?"
                            r"(?:briefing|interview|conference|statement|speech|post|meeting|address|session)\b[^,]*"
                            r"|,?\s+(?:on|via)\s+" + PLATFORMS + r"(?:\s+\w+)?)?"  # ("Source: X on Facebook")
                            r"(?:,?\s+as\s+(?:reported|cited|quoted)\s+by\s+.*)?$")
# A text introduced by its author before a colon: "And this is a post by News1 reporter Lee Jeong-gyu:".
TEXT_BY = re.compile(r"\b(?:a|the|this)\s+(?:post|statement|message|tweet|comment|letter)\s+(?:by|from)\s+"
                     r"(?P<who>[^:“”\"]{3,80}?)\s*:\s*$")
# A lead-in announcing someone's findings below it: "Here is what the NIS has assessed:", "This is what
# the minister told lawmakers:". The paragraphs that follow are theirs, often several.
WHAT_FOLLOWS = re.compile(r"(?:Here|This|Below)\s+(?:is|are)\s+what\s+(?P<clause>[^:“”\"]{2,140}):\s*$")
# A paragraph that turns to other news, which ends a run of someone's findings: "Separately, ...".
TURNS_AWAY = re.compile(r"(?:Separately|Meanwhile|Elsewhere|Earlier|Later|In\s+other\s+(?:news|developments))\b")
# Whom an outlet quotes before a colon: "The Journal quoted Hong Min (translated name), a researcher at X:".
QUOTED_ONE = re.compile(r"\bquot(?:ed|es)\s+(?P<who>[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){0,3})\s*(?:\([^)]{0,40}\))?"
                        r"\s*(?:,[^:“”\"]{0,120})?:\s*$")
